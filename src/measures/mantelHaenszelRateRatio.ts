import { freezeResult } from "../_internal/freeze.js";
import { logGammaTail } from "../_internal/gammaTail.js";
import { twoSidedNormalP, zForLevel } from "../_internal/quantiles.js";
import { ratioValue } from "../_internal/ratioStatus.js";
import { checkLevel, checkNonNegative, checkOptions, checkRecord } from "../_internal/validate.js";
import { ArgumentError } from "../errors.js";
import type { Interval, LevelOption, RatioStatus } from "../types.js";

/** One stratum (an area, an age band): the group's and the reference group's counts and person-time. */
export interface RateRatioStratum {
  /** The stratum's label (unique), e.g. a local authority. */
  readonly stratum: string;
  /** The group's events, ≥ 0. */
  readonly count: number;
  /** The group's population or person-time, ≥ 0 (0 only with a count of 0). */
  readonly population: number;
  /** The reference group's events, ≥ 0. */
  readonly referenceCount: number;
  /** The reference group's population or person-time, ≥ 0 (0 only with a count of 0). */
  readonly referencePopulation: number;
}

/** The Breslow–Day-type score test that the rate ratio is the same in every stratum. */
export interface RateRatioHomogeneity {
  /** `"ok"`, or `"not-computed"` when the pooled ratio is 0, infinite or undefined or fewer than two strata are informative. */
  readonly status: "ok" | "not-computed";
  /** χ² = Σ(aₖ − Eₖ)²/Vₖ over the informative strata (0 when not computed). */
  readonly statistic: number;
  /** Degrees of freedom: informative strata − 1 (0 when not computed). */
  readonly df: number;
  /** The upper-tail χ² p-value (1 when not computed). */
  readonly pValue: number;
}

/** Options for {@link mantelHaenszelRateRatio}. */
export type MantelHaenszelRateRatioOptions = LevelOption;

/** The result of {@link mantelHaenszelRateRatio}. */
export interface MantelHaenszelRateRatioEstimate extends Omit<Interval<"mantel-haenszel", RatioStatus>, "value"> {
  /** The pooled rate ratio; `null` when there are no events in either group (`"undefined-ratio"`). */
  readonly value: number | null;
  /** The Greenland–Robins standard error of ln(value) (`Infinity` unless `status` is `"ok"`). */
  readonly standardError: number;
  /** The Mantel–Haenszel χ² (1 df) for a common ratio of 1. */
  readonly chiSquare: number;
  /** Its two-sided p-value. */
  readonly pValue: number;
  /** The test of a common ratio across strata. */
  readonly homogeneity: RateRatioHomogeneity;
  /** Strata given. */
  readonly strata: number;
  /** Strata with events and both populations > 0: the ones that carry information. */
  readonly informativeStrata: number;
}

const FN = "mantelHaenszelRateRatio";

/**
 * The Mantel–Haenszel rate ratio of a group to a reference group pooled over strata (areas, age
 * bands), with the Greenland–Robins confidence interval, the Mantel–Haenszel test and a test of
 * homogeneity.
 *
 * @remarks
 * In stratum k, a and c are the group's and reference's counts, b and d their person-time,
 * T = b + d and M = a + c:
 * - IRR_MH = Σ(a·d/T) / Σ(c·b/T) (Rothman & Greenland 1998, ch. 15);
 * - var(ln IRR_MH) = Σ(M·b·d/T²) / [Σ(a·d/T)·Σ(c·b/T)] (Greenland & Robins 1985), with the
 *   interval exp(ln IRR_MH ± z·√var) — as epiR's `epi.2by2(method = "cohort.time")` `IRR.mh.wald`;
 * - χ²_MH = (Σa − ΣM·b/T)² / ΣM·b·d/T² (1 df), the score test of a common ratio of 1;
 * - homogeneity: χ² = Σ(a − Eₖ)²/Vₖ on (strata − 1) df with Eₖ = M·πₖ, Vₖ = M·πₖ(1 − πₖ),
 *   πₖ = IRR_MH·b/(IRR_MH·b + d): each stratum's conditional binomial count against the pooled
 *   ratio (the person-time analogue of Breslow–Day). epiR offers no homogeneity test for rate ratios.
 *
 * Strata without events, or with a zero population, carry no information and add nothing to the
 * sums. With no reference events anywhere the ratio is `Infinity` (`"infinite-ratio"`), with no
 * group events 0 (`"zero-ratio"`), and with neither `null` (`"undefined-ratio"`); in those cases
 * the interval is [0, ∞] and homogeneity is not computed.
 *
 * References: Greenland S, Robins JM (1985) Estimation of a common effect parameter from sparse
 * follow-up data, Biometrics 41:55–68; Rothman KJ, Greenland S (1998) Modern Epidemiology, 2nd
 * ed., ch. 15; Stevenson M et al., epiR `epi.2by2`.
 *
 * @param strata - one {@link RateRatioStratum} per stratum
 * @param options - `level` (default 0.95)
 * @returns a frozen {@link MantelHaenszelRateRatioEstimate}
 * @throws {@link ArgumentError} for an empty or non-array `strata`, a repeated or non-string
 *   stratum, a negative or non-finite count or population, a count above 0 with a population of
 *   0, or a level outside (0, 1)
 *
 * @example
 * ```ts
 * const mh = mantelHaenszelRateRatio([
 *   { stratum: "Newport", count: 60, population: 20000, referenceCount: 400, referencePopulation: 130000 },
 *   { stratum: "Torfaen", count: 12, population: 3000, referenceCount: 250, referencePopulation: 85000 },
 * ]);
 * mh.value // => 1.0280
 * mh.lower // => 0.8041
 * mh.upper // => 1.3143
 * mh.homogeneity.pValue // => 0.306
 * ```
 */
export function mantelHaenszelRateRatio(strata: readonly RateRatioStratum[], options?: MantelHaenszelRateRatioOptions): MantelHaenszelRateRatioEstimate {
  const opts = checkOptions(FN, options);
  const level = checkLevel(FN, opts.level);
  const rows = checkRateStrata(strata);
  let top = 0;
  let bottom = 0;
  let varianceSum = 0;
  let observed = 0;
  let expected = 0;
  for (const { a, b, c, d } of rows) {
    const t = b + d;
    if (t === 0) continue;
    top += (a * d) / t;
    bottom += (c * b) / t;
    varianceSum += ((a + c) * b * d) / (t * t);
    observed += a;
    expected += ((a + c) * b) / t;
  }
  const { value, status } = ratioValue(top, bottom);
  const informative = rows.filter((r) => r.a + r.c > 0 && r.b > 0 && r.d > 0);
  const standardError = status === "ok" ? Math.sqrt(varianceSum / (top * bottom)) : Infinity;
  const z = zForLevel(level);
  const lower = status === "ok" ? Math.exp(Math.log(value as number) - z * standardError) : 0;
  const upper = status === "ok" ? Math.exp(Math.log(value as number) + z * standardError) : Infinity;
  const chiSquare = varianceSum > 0 ? (observed - expected) ** 2 / varianceSum : 0;
  const pValue = varianceSum > 0 ? twoSidedNormalP(Math.sqrt(chiSquare)) : 1;
  const homogeneity = status === "ok" && informative.length >= 2 ? homogeneityTest(informative, value as number) : { status: "not-computed" as const, statistic: 0, df: 0, pValue: 1 };
  return freezeResult({ value, lower, upper, level, method: "mantel-haenszel" as const, status, standardError, chiSquare, pValue, homogeneity, strata: rows.length, informativeStrata: informative.length });
}

interface Cells {
  a: number;
  b: number;
  c: number;
  d: number;
}

function homogeneityTest(rows: readonly Cells[], ratio: number): RateRatioHomogeneity {
  let statistic = 0;
  for (const { a, b, c, d } of rows) {
    const share = (ratio * b) / (ratio * b + d);
    const m = a + c;
    statistic += (a - m * share) ** 2 / (m * share * (1 - share));
  }
  const df = rows.length - 1;
  return { status: "ok", statistic, df, pValue: Math.exp(logGammaTail(df / 2, statistic / 2, true)) };
}

function checkRateStrata(strata: unknown): Cells[] {
  if (!Array.isArray(strata) || strata.length === 0) throw new ArgumentError(FN, "strata", "must be a non-empty array of objects", strata);
  const seen = new Set<string>();
  return strata.map((entry: unknown, i) => {
    const record = checkRecord(FN, `strata[${i}]`, entry);
    const label = record["stratum"];
    if (typeof label !== "string") throw new ArgumentError(FN, `strata[${i}].stratum`, "must be a string", label);
    if (seen.has(label)) throw new ArgumentError(FN, "strata", "must not name a stratum twice", label);
    seen.add(label);
    const [a, b, c, d] = (["count", "population", "referenceCount", "referencePopulation"] as const).map((field) => checkNonNegative(FN, `strata[${i}].${field}`, record[field])) as [number, number, number, number];
    if (b === 0 && a > 0) throw new ArgumentError(FN, `strata[${i}].count`, "must be 0 when the population is 0", a);
    if (d === 0 && c > 0) throw new ArgumentError(FN, `strata[${i}].referenceCount`, "must be 0 when the reference population is 0", c);
    return { a, b, c, d };
  });
}
