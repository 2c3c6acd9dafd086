import { accurateGammaQuantile } from "../_internal/accurateGammaQuantile.js";
import { freezeResult } from "../_internal/freeze.js";
import { byarCountLimits } from "../_internal/poissonLimits.js";
import { zForLevel } from "../_internal/quantiles.js";
import { checkLevel, checkMethod, checkOptions, checkPositive } from "../_internal/validate.js";
import { checkStrata } from "../_internal/validateStrata.js";
import { ArgumentError } from "../errors.js";
import type { LevelOption } from "../types.js";

/** Interval methods for a directly standardised rate. */
export type DirectlyStandardisedRateMethod = "dobson" | "gamma";

/** One age band (or other stratum) of the group being standardised. */
export interface StandardisationStratum {
  /** Events in the band, a non-negative number. */
  readonly count: number;
  /** Population (or person-time) of the band, ≥ 0; 0 only when `count` is 0. */
  readonly population: number;
  /** The band's weight in the standard population (e.g. its ESP 2013 population), ≥ 0. */
  readonly standard: number;
}

/** Options for {@link directlyStandardisedRate}. */
export interface DirectlyStandardisedRateOptions extends LevelOption {
  /** The multiplier: a rate per `per` people; defaults to 100,000 (as PHE). */
  readonly per?: number;
  /** Interval method; defaults to `"dobson"`. */
  readonly method?: DirectlyStandardisedRateMethod;
}

/** The fields every {@link directlyStandardisedRate} result carries. */
export interface DirectlyStandardisedRateFields {
  /** The two-sided confidence level, a fraction in (0, 1). */
  readonly level: number;
  /** The interval method used. */
  readonly method: DirectlyStandardisedRateMethod;
  /** The multiplier the rate is expressed per. */
  readonly per: number;
  /** O, the total count over the bands with a standard weight above 0. */
  readonly count: number;
  /** The total population over the bands with a standard weight above 0. */
  readonly population: number;
  /** The bands, as given. */
  readonly strata: readonly Readonly<StandardisationStratum>[];
}

/** A directly standardised rate with its interval; `S` is its status. */
export interface DirectlyStandardisedRateReported<S extends "ok" | "zero-count" = "ok" | "zero-count"> extends DirectlyStandardisedRateFields {
  /** `"ok"`, or `"zero-count"` (gamma method, O = 0: value and lower limit 0). */
  readonly status: S;
  /** The standardised rate per `per`. */
  readonly value: number;
  /** The lower confidence limit. */
  readonly lower: number;
  /** The upper confidence limit. */
  readonly upper: number;
}

/** A directly standardised rate that is withheld: value and limits are `null`; `S` is its status. */
export interface DirectlyStandardisedRateWithheld<S extends "small-count" | "empty-band" = "small-count" | "empty-band"> extends DirectlyStandardisedRateFields {
  /**
   * `"small-count"`: Dobson method with O < 10 (PHE's rule, O = 0 included);
   * `"empty-band"`: a band with a standard weight has no population, so its rate is unknown.
   */
  readonly status: S;
  /** Withheld. */
  readonly value: null;
  /** Withheld. */
  readonly lower: null;
  /** Withheld. */
  readonly upper: null;
}

/**
 * The result of {@link directlyStandardisedRate}, one member per status: narrow on `status` (or
 * on `value !== null`) to reach the numbers.
 */
export type DirectlyStandardisedRateEstimate =
  | DirectlyStandardisedRateReported<"ok">
  | DirectlyStandardisedRateReported<"zero-count">
  | DirectlyStandardisedRateWithheld<"small-count">
  | DirectlyStandardisedRateWithheld<"empty-band">;

/** `"ok"`, `"zero-count"`, `"small-count"` or `"empty-band"`. */
export type DirectlyStandardisedRateStatus = DirectlyStandardisedRateEstimate["status"];

const METHODS: readonly DirectlyStandardisedRateMethod[] = ["dobson", "gamma"];
const FN = "directlyStandardisedRate";

/**
 * A directly standardised rate, Σ(wᵢxᵢ/nᵢ) / Σwᵢ × per, with a confidence interval: the rate the
 * group would have if its band-specific rates xᵢ/nᵢ applied to a standard population w.
 *
 * @remarks
 * With O = Σxᵢ and var = Σ(wᵢ²xᵢ/nᵢ²) / (Σwᵢ)² the variance of the rate (per 1):
 * - `"dobson"` (default; Dobson et al. 1991, as PHE's `calculate_dsr`): value + √(var/O)·(O_L − O)·per
 *   and value + √(var/O)·(O_U − O)·per, with O_L, O_U Byar's limits for O in PHE's form. When
 *   O < 10 (O = 0 included) the rate is unreliable and PHE withholds it: `status` is
 *   `"small-count"` and value and limits are `null`. A lower limit below 0 (possible when a few
 *   events carry very large weights) is truncated to 0; PHE returns it negative.
 * - `"gamma"` (Fay & Feuer 1997, as epitools' `ageadjust.direct`): with the weights normalised to
 *   sum to 1 and wₘ = max(wᵢ/nᵢ), lower = Gamma quantile(α/2; shape dsr²/var, scale var/dsr) and
 *   upper = Gamma quantile(1 − α/2; shape (dsr + wₘ)²/(var + wₘ²), scale (var + wₘ²)/(dsr + wₘ)).
 *   Never withheld; at O = 0 the status is `"zero-count"` and value and lower limit are 0.
 *
 * A band with standard weight 0 takes no part (nor its count nor its population). A band with a
 * weight but population 0 (and count 0) makes the rate undefined: `status` is `"empty-band"` and
 * value and limits are `null`. Narrow on `status` to get numbers.
 *
 * References: Dobson AJ, Kuulasmaa K, Eberle E, Scherer J (1991) Stat Med 10:457–462;
 * Fay MP, Feuer EJ (1997) Stat Med 16:791–801; Breslow NE, Day NE (1987) Statistical Methods in
 * Cancer Research, vol. II, IARC.
 *
 * @param strata - one `{ count, population, standard }` per band, e.g. the 19 bands of
 *   {@link europeanStandardPopulation2013}
 * @param options - `per` (default 100,000), `level` (default 0.95), `method` (default `"dobson"`)
 * @returns a frozen {@link DirectlyStandardisedRateEstimate}
 * @throws {@link ArgumentError} for an empty or non-array `strata`, a negative or non-finite
 *   count, population or weight, a positive count over population 0, weights summing to 0,
 *   `per` ≤ 0, a level outside (0, 1) or an unknown method
 *
 * @example
 * ```ts
 * const strata = [
 *   { count: 12, population: 25000, standard: 30000 },
 *   { count: 40, population: 30000, standard: 50000 },
 *   { count: 60, population: 10000, standard: 20000 },
 * ];
 * const dsr = directlyStandardisedRate(strata);
 * dsr.value // => 201.0667
 * dsr.lower // => 165.1909
 * dsr.upper // => 242.3558
 * directlyStandardisedRate(strata, { method: "gamma" }).upper // => 242.5948
 * directlyStandardisedRate([{ count: 4, population: 900, standard: 1 }]).status // => "small-count"
 * ```
 */
export function directlyStandardisedRate(
  strata: readonly StandardisationStratum[],
  options?: DirectlyStandardisedRateOptions,
): DirectlyStandardisedRateEstimate {
  const opts = checkOptions(FN, options);
  const level = checkLevel(FN, opts.level);
  const method = checkMethod(FN, opts.method, METHODS, "dobson");
  const per = opts.per === undefined ? 100000 : checkPositive(FN, "options.per", opts.per);
  const bands = checkStrata(FN, strata, ["count", "population", "standard"] as const);
  let count = 0;
  let population = 0;
  let weights = 0;
  let weighted = 0;
  let squares = 0;
  let maxWeightPerPerson = 0;
  let empty = false;
  bands.forEach((band, index) => {
    if (band.population === 0 && band.count > 0) {
      throw new ArgumentError(FN, `strata[${index}].population`, "must be greater than 0 where the count is positive", 0);
    }
    weights += band.standard;
    if (band.standard === 0) return;
    if (band.population === 0) {
      empty = true;
      return;
    }
    count += band.count;
    population += band.population;
    weighted += (band.count * band.standard) / band.population;
    squares += band.count * (band.standard / band.population) ** 2;
    maxWeightPerPerson = Math.max(maxWeightPerPerson, band.standard / band.population);
  });
  if (weights === 0) throw new ArgumentError(FN, "strata", "must have standard weights summing to more than 0", strata, "they sum to 0");
  const totals = { per, count, population, strata: bands };
  const withheld = empty ? "empty-band" : method === "dobson" && count < 10 ? "small-count" : undefined;
  if (withheld) return freezeResult({ value: null, lower: null, upper: null, level, method, status: withheld, ...totals });
  const dsr = weighted / weights;
  const variance = squares / weights ** 2;
  const limits = method === "dobson" ? dobsonLimits(dsr, variance, count, level) : gammaLimits(dsr, variance, maxWeightPerPerson / weights, level);
  const status = count === 0 ? "zero-count" : "ok";
  return freezeResult({ value: dsr * per, lower: limits.lower * per, upper: limits.upper * per, level, method, status, ...totals });
}

/** Dobson's limits: the rate moved by √(var/O) per unit of Byar's count limits' distance from O. */
function dobsonLimits(dsr: number, variance: number, count: number, level: number) {
  const counts = byarCountLimits(count, zForLevel(level));
  const spread = Math.sqrt(variance / count);
  return { lower: Math.max(0, dsr + spread * (counts.lower - count)), upper: dsr + spread * (counts.upper - count) };
}

/** Fay and Feuer's gamma limits, with the rate, variance and wₘ on normalised weights. */
function gammaLimits(dsr: number, variance: number, maxWeight: number, level: number) {
  const alpha = 1 - level;
  const lower = dsr === 0 ? 0 : accurateGammaQuantile(alpha / 2, dsr ** 2 / variance, variance / dsr);
  const shiftedRate = dsr + maxWeight;
  const shiftedVariance = variance + maxWeight ** 2;
  const upper = accurateGammaQuantile(1 - alpha / 2, shiftedRate ** 2 / shiftedVariance, shiftedVariance / shiftedRate);
  return { lower, upper };
}
