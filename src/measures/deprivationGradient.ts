import { freezeResult } from "../_internal/freeze.js";
import { gradientGroups, type GradientGroup } from "../_internal/gradientGroups.js";
import { zForLevel } from "../_internal/quantiles.js";
import { ridits, simulateSlopeIndex, simulatedLimits, tForLevel, weightedLine, type SlopeFit } from "../_internal/slopeIndex.js";
import { checkCount, checkLevel, checkOptions, checkPositive } from "../_internal/validate.js";
import { ArgumentError } from "../errors.js";
import { rate, type RateEstimate } from "../stats/rate.js";
import { rateRatio, type RateRatioEstimate } from "../stats/rateRatio.js";
import type { Baseline } from "../baselines/types.js";
import type { GroupCounts, LevelOption } from "../types.js";

/** How the intervals of the inequality indices are found. */
export type InequalityIntervalMethod = "simulation" | "analytic";

/** Options for {@link deprivationGradient}. */
export interface DeprivationGradientOptions extends LevelOption {
  /** The multiplier: rates per `per` people; defaults to 1,000. */
  readonly per?: number;
  /** `"simulation"` (default, PHE's `phe_sii`) or `"analytic"` (the weighted regression's own standard errors). */
  readonly interval?: InequalityIntervalMethod;
  /** Simulation replicates, a whole number of at least 1,000; defaults to 100,000 (as `phe_sii`). */
  readonly replicates?: number;
  /** Seed of the simulation's random numbers, a whole number; defaults to 1. The same seed gives the same limits. */
  readonly seed?: number;
}

/** A count, population or label that could not be used as given, reported rather than dropped. */
export interface DeprivationIssue {
  /**
   * `"unmatched-lsoa"`: records whose LSOA code is blank or not a Welsh 2011 LSOA in WIMD 2019;
   * `"outside-area"`: records in Welsh LSOAs outside the chosen area;
   * `"count-without-group"`: a count whose label is no group of the baseline;
   * `"zero-population"`: a group whose population is 0 or suppressed, left out of the gradient.
   */
  readonly kind: "unmatched-lsoa" | "outside-area" | "count-without-group" | "zero-population";
  /** The group concerned, or `null` for LSOA issues. */
  readonly group: string | null;
  /** The records concerned. */
  readonly count: number;
  /** For LSOA issues, each code with its records (a blank code is `""`). */
  readonly lsoas?: readonly {
    /** The LSOA code as counted (blank for records without one). */
    readonly code: string;
    /** Records counted under it. */
    readonly count: number;
  }[];
  /** A sentence for a report. */
  readonly message: string;
}

/** One deprivation group of {@link deprivationGradient}, most deprived first. */
export interface DeprivationGroupRate {
  /** The baseline's label, e.g. `"Q1"`. */
  readonly group: string;
  /** Records counted. */
  readonly count: number;
  /** The population, or `null` where suppressed. */
  readonly population: number | null;
  /** Share of the population of the groups in the gradient (`null` for a group left out). */
  readonly share: number | null;
  /** Relative rank: the midpoint of the group's share of the cumulative population, 0 = most deprived end. */
  readonly ridit: number | null;
  /** The rate per `per` with its interval (see {@link rate}), or `null` for a population of 0 or suppressed. */
  readonly rate: RateEstimate | null;
}

/** Why an inequality index (or its interval) is withheld. */
export type InequalityIndexStatus = "ok" | "too-few-groups" | "zero-count" | "non-positive-intercept" | "zero-mean";

/** An inequality index with its interval; `null` fields are withheld, and `status` says why. */
export interface InequalityIndex {
  /** The index, or `null` when it is undefined. */
  readonly value: number | null;
  /** The lower confidence limit, or `null` when withheld. */
  readonly lower: number | null;
  /** The upper confidence limit, or `null` when withheld. */
  readonly upper: number | null;
  /** The two-sided confidence level. */
  readonly level: number;
  /** The interval method. */
  readonly method: InequalityIntervalMethod;
  /**
   * `"ok"`; `"too-few-groups"` (fewer than 3 groups with a population: nothing to fit);
   * `"zero-count"` (a group has no records, so the log-normal simulation is undefined: value kept,
   * limits withheld); `"non-positive-intercept"` (the fitted rate at the most deprived end is ≤ 0,
   * so the RII is undefined); `"zero-mean"` (no records at all: SII ÷ mean is undefined).
   */
  readonly status: InequalityIndexStatus;
}

/** The result of {@link deprivationGradient}. */
export interface DeprivationGradient {
  /** The multiplier. */
  readonly per: number;
  /** The confidence level. */
  readonly level: number;
  /** One row per baseline group, most deprived first. */
  readonly rows: readonly DeprivationGroupRate[];
  /** The most deprived group's rate ÷ the least deprived group's, by {@link rateRatio} (exact); `null` with too few groups. */
  readonly extremes: {
    /** The most deprived group in the gradient (normally group 1). */
    readonly mostDeprived: string;
    /** The least deprived group in the gradient (normally the last). */
    readonly leastDeprived: string;
    /** Most deprived ÷ least deprived. */
    readonly rateRatio: RateRatioEstimate;
  } | null;
  /** Slope index of inequality, rate units per `per`: fitted rate at the least deprived end minus at the most deprived end. */
  readonly sii: InequalityIndex;
  /** Relative index of inequality as `phe_sii`: fitted rate at the least deprived end ÷ at the most deprived end. */
  readonly rii: InequalityIndex;
  /** SII ÷ the population-weighted mean rate (Pamuk's relative index). */
  readonly siiToMean: InequalityIndex;
  /** The weighted least-squares line rate = intercept + slope × ridit; `null` with too few groups. */
  readonly fit: {
    /** Fitted rate at ridit 0, the most deprived end. */
    readonly intercept: number;
    /** The slope: the SII. */
    readonly slope: number;
    /** The slope's standard error from the residual variance (R's `summary(lm)`). */
    readonly standardError: number;
    /** Residual degrees of freedom: groups − 2. */
    readonly df: number;
    /** The population-weighted mean rate (= the fitted rate at ridit ½). */
    readonly meanRate: number;
  } | null;
  /** The simulation's replicates and seed, or `null` for analytic intervals. */
  readonly simulation: {
    /** Simulated replicates. */
    readonly replicates: number;
    /** Seed of the random numbers. */
    readonly seed: number;
  } | null;
  /** `"ok"`, `"zero-count"` (some group has no records) or `"too-few-groups"`. */
  readonly status: "ok" | "zero-count" | "too-few-groups";
  /** Counts, populations and LSOA codes that could not be used as given. */
  readonly issues: readonly DeprivationIssue[];
}

const FN = "deprivationGradient";

/**
 * Rates by deprivation group (WIMD quintiles, say), the most ÷ least deprived rate ratio, and the
 * slope and relative indices of inequality with intervals as PHEindicatormethods' `phe_sii`.
 *
 * @remarks
 * Groups are ordered by their number, 1 = most deprived (WIMD and IMD convention). Each group's
 * rate xᵢ/nᵢ × per comes from {@link rate}. With aᵢ the group's share of the population, its
 * ridit is ∑ⱼ₍ⱼ₎<ᵢ aⱼ + aᵢ/2. The weighted least-squares line of rate on ridit (weights aᵢ, as
 * `phe_sii`'s regression of y√a on √a and b√a) gives intercept α (fitted rate at the most deprived
 * end) and slope: **SII = slope**, the fitted rate at the least deprived end minus the most
 * deprived end; **RII = (α + SII)/α**, least ÷ most deprived, as `phe_sii`. So when rates are
 * higher in deprived areas the SII is negative and the RII below 1. `siiToMean` is SII ÷ the
 * weighted mean rate (Pamuk 1985), negative in the same case.
 *
 * Intervals, `interval: "simulation"` (default), as `phe_sii` with `value_type = 1` (rates): each
 * group's SE on the log scale is (ln U − ln L)/(2 × 1.959964) from its 95% rate interval (exact
 * below 10 records, Byar from 10, as `phe_rate`; 95% whatever `level`, as `phe_sii`); each of
 * `replicates` draws ln rate ~ Normal(ln rateᵢ, SEᵢ) for every group, refits the line, and the
 * limits are the draws at sorted positions round(R·α/2) and round(R·(1 − α/2)). The random numbers
 * are our own (seeded mulberry32, normals by inversion), so limits differ from R's by Monte Carlo
 * error only (about 1% of the half-width at 100,000 replicates). A group with no records has no log
 * rate: the limits are then withheld (`status: "zero-count"`); use `interval: "analytic"`.
 * `interval: "analytic"`: SII ± t(groups − 2) × SE from the weighted regression's residual variance
 * (R's `confint(lm(rate ~ ridit, weights = population))`), and the RII and SII ÷ mean by the delta
 * method on the same covariance. These measure how far the groups stray from the line, not
 * Poisson noise, and have only groups − 2 degrees of freedom: prefer the simulation.
 *
 * A group with a population of 0 or suppressed is left out (an issue says so); the ratio then
 * compares the most and least deprived groups left. Fewer than 3 groups left: `"too-few-groups"`.
 *
 * References: Low A, Low A (2004) Measuring the gap: quantifying and comparing local health
 * inequalities. J Public Health 26:388–395; Pamuk ER (1985) Population Studies 39:17–31; Office for
 * Health Improvement and Disparities, PHEindicatormethods `phe_sii`.
 *
 * @param counts - records per group: `{ group, count }[]` or a record (labels `"Q1"`, `"1"`, `"D1"`…),
 *   counts in group order (`[q1, q2, …]`), or the result of {@link deprivationCounts} (its issues are kept)
 * @param baseline - populations per group: a {@link Baseline} (e.g. `gwentPopulation({ by: "deprivation" })`),
 *   a record, or populations in group order
 * @param options - `per` (1000), `level` (0.95), `interval` (`"simulation"`), `replicates` (100,000), `seed` (1)
 * @returns a frozen {@link DeprivationGradient}
 * @throws {@link ArgumentError} for negative or fractional counts, a baseline group without a count,
 *   labels that are not 1…k, or invalid options
 *
 * @example
 * ```ts
 * const g = deprivationGradient([60, 45, 40, 30, 25], [10000, 10000, 10000, 10000, 10000]);
 * g.rows.map((r) => r.rate?.value) // => [6, 4.5, 4, 3, 2.5]
 * g.extremes?.rateRatio.value // => 2.4
 * g.sii.value // => -4.25
 * g.sii.lower // => -6.43
 * g.sii.upper // => -2.17
 * g.rii.value // => 0.3061
 * g.siiToMean.value // => -1.0625
 * g.sii.method // => "simulation"
 * ```
 */
export function deprivationGradient(
  counts: GroupCounts | readonly number[] | { readonly counts: GroupCounts; readonly issues: readonly DeprivationIssue[] },
  baseline: Baseline | Readonly<Record<string, number>> | readonly number[],
  options?: DeprivationGradientOptions,
): DeprivationGradient {
  const opts = checkOptions(FN, options);
  const level = checkLevel(FN, opts.level);
  const per = opts.per === undefined ? 1000 : checkPositive(FN, "options.per", opts.per);
  const interval = opts.interval ?? "simulation";
  if (interval !== "simulation" && interval !== "analytic") throw new ArgumentError(FN, "options.interval", 'must be "simulation" or "analytic"', interval);
  const replicates = opts.replicates === undefined ? 100000 : checkCount(FN, "options.replicates", opts.replicates);
  if (replicates < 1000) throw new ArgumentError(FN, "options.replicates", "must be at least 1000", replicates);
  const seed = opts.seed === undefined ? 1 : checkSeed(opts.seed);
  const { groups, issues } = gradientGroups(FN, counts, baseline);
  const used = groups.filter((g) => g.population !== null && g.population > 0);
  for (const g of groups) if (!used.includes(g)) issues.push(zeroPopulation(g));
  const total = used.reduce((s, g) => s + (g.population as number), 0);
  const shares = used.map((g) => (g.population as number) / total);
  const x = ridits(shares);
  const rows = groups.map((g) => {
    const i = used.indexOf(g);
    const r = i < 0 ? null : rate(g.count, g.population as number, { per, level });
    return { group: g.group, count: g.count, population: g.population, share: i < 0 ? null : (shares[i] as number), ridit: i < 0 ? null : (x[i] as number), rate: r };
  });
  const simulation = interval === "simulation" ? { replicates, seed } : null;
  if (used.length < 3) {
    const none = withheld(level, interval, "too-few-groups");
    return freezeResult({ per, level, rows, extremes: null, sii: none, rii: none, siiToMean: none, fit: null, simulation, status: "too-few-groups" as const, issues });
  }
  const most = used[0] as GradientGroup;
  const least = used[used.length - 1] as GradientGroup;
  const extremes = {
    mostDeprived: most.group,
    leastDeprived: least.group,
    rateRatio: rateRatio({ count: most.count, population: most.population as number }, { count: least.count, population: least.population as number }, { level }),
  };
  const y = used.map((g) => (g.count / (g.population as number)) * per);
  const fit = weightedLine(x, y, shares);
  const zeroCount = used.some((g) => g.count === 0);
  const indices = interval === "analytic" ? analyticIndices(fit, level) : simulatedIndices(used, shares, fit, { per, level, replicates, seed, zeroCount });
  return freezeResult({
    per,
    level,
    rows,
    extremes,
    ...indices,
    fit: { intercept: fit.intercept, slope: fit.slope, standardError: Math.sqrt(fit.varSlope), df: fit.df, meanRate: fit.intercept + fit.slope / 2 },
    simulation,
    status: zeroCount ? ("zero-count" as const) : ("ok" as const),
    issues,
  });
}

function checkSeed(seed: unknown): number {
  if (typeof seed !== "number" || !Number.isInteger(seed)) throw new ArgumentError(FN, "options.seed", "must be a whole number", seed);
  return seed;
}

function zeroPopulation(g: GradientGroup): DeprivationIssue {
  const why = g.population === null ? "is suppressed" : "is 0";
  return { kind: "zero-population", group: g.group, count: g.count, message: `The population of ${g.group} ${why}, so its ${g.count} records are left out of the gradient.` };
}

function withheld(level: number, method: InequalityIntervalMethod, status: InequalityIndexStatus, value: number | null = null): InequalityIndex {
  return { value, lower: null, upper: null, level, method, status };
}

/** The three indices as functions of the line's intercept and slope. */
const INDICES = {
  sii: (_a: number, b: number) => b,
  rii: (a: number, b: number) => (a + b) / a,
  siiToMean: (a: number, b: number) => b / (a + b / 2),
};

function undefinedStatus(name: keyof typeof INDICES, a: number, b: number): InequalityIndexStatus | null {
  if (name === "rii" && !(a > 0)) return "non-positive-intercept";
  if (name === "siiToMean" && a + b / 2 === 0) return "zero-mean";
  return null;
}

/** Delta-method intervals with t(df) quantiles on the regression covariance. */
function analyticIndices(fit: SlopeFit, level: number) {
  const t = tForLevel(level, fit.df);
  const { intercept: a, slope: b } = fit;
  const m = a + b / 2;
  // Gradients of each index with respect to (intercept, slope).
  const gradients = { sii: [0, 1], rii: [-b / (a * a), 1 / a], siiToMean: [-b / (m * m), a / (m * m)] } as const;
  const out = {} as Record<keyof typeof INDICES, InequalityIndex>;
  for (const name of Object.keys(INDICES) as (keyof typeof INDICES)[]) {
    const status = undefinedStatus(name, a, b);
    if (status) {
      out[name] = withheld(level, "analytic", status);
      continue;
    }
    const [ga, gb] = gradients[name];
    const se = Math.sqrt(ga * ga * fit.varIntercept + gb * gb * fit.varSlope + 2 * ga * gb * fit.covariance);
    const value = INDICES[name](a, b);
    out[name] = { value, lower: value - t * se, upper: value + t * se, level, method: "analytic", status: "ok" };
  }
  return out;
}

/** PHE's simulated intervals (see {@link simulateSlopeIndex}). */
function simulatedIndices(used: GradientGroup[], shares: number[], fit: SlopeFit, o: { per: number; level: number; replicates: number; seed: number; zeroCount: boolean }) {
  const { intercept: a, slope: b } = fit;
  const out = {} as Record<keyof typeof INDICES, InequalityIndex>;
  let draws: ReturnType<typeof simulateSlopeIndex> | null = null;
  if (!o.zeroCount) {
    const z95 = zForLevel(0.95);
    const logRates: number[] = [];
    const logSe: number[] = [];
    for (const g of used) {
      const r95 = rate(g.count, g.population as number, { per: o.per, level: 0.95 });
      logRates.push(Math.log(r95.value));
      logSe.push((Math.log(r95.upper) - Math.log(r95.lower)) / (2 * z95));
    }
    draws = simulateSlopeIndex(logRates, logSe, shares, fit, o.replicates, o.seed);
  }
  for (const name of Object.keys(INDICES) as (keyof typeof INDICES)[]) {
    const status = undefinedStatus(name, a, b);
    if (status) out[name] = withheld(o.level, "simulation", status);
    else if (!draws) out[name] = withheld(o.level, "simulation", "zero-count", INDICES[name](a, b));
    else out[name] = { value: INDICES[name](a, b), ...simulatedLimits(draws[name === "siiToMean" ? "relative" : name], o.level), level: o.level, method: "simulation", status: "ok" };
  }
  return out;
}
