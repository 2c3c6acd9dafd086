import { freezeResult } from "../_internal/freeze.js";
import { byarCountLimits, exactCountLimits } from "../_internal/poissonLimits.js";
import { zForLevel } from "../_internal/quantiles.js";
import { checkCount, checkLevel, checkNonNegative, checkOptions } from "../_internal/validate.js";
import { checkStrata } from "../_internal/validateStrata.js";
import { ArgumentError } from "../errors.js";
import type { Interval, LevelOption } from "../types.js";

/** The interval method of an indirectly standardised ratio: PHE's rule picks it from O. */
export type IndirectlyStandardisedRatioMethod = "exact" | "byar";

/** `"ok"` or `"zero-count"` (O = 0: ratio and lower limit 0). */
export type IndirectlyStandardisedRatioStatus = "ok" | "zero-count";

/** One age band (or other stratum) of the group: its population and the reference rate there. */
export interface ReferenceRateStratum {
  /** Population (or person-time) of the band in the group, ≥ 0. */
  readonly population: number;
  /** The reference population's rate in the band, per person (not per 1,000), ≥ 0. */
  readonly referenceRate: number;
}

/** Options for {@link indirectlyStandardisedRatio}. */
export type IndirectlyStandardisedRatioOptions = LevelOption;

/** The result of {@link indirectlyStandardisedRatio}. */
export interface IndirectlyStandardisedRatioEstimate extends Interval<IndirectlyStandardisedRatioMethod, IndirectlyStandardisedRatioStatus> {
  /** O, the observed count. */
  readonly observed: number;
  /** E = Σ populationᵢ × referenceRateᵢ, the count expected at the reference rates. */
  readonly expected: number;
}

const FN = "indirectlyStandardisedRatio";

/**
 * An indirectly standardised ratio (a standardised incidence or mortality ratio), O/E: the count
 * observed over the count expected if the reference rates applied in each band of the group.
 *
 * @remarks
 * E = Σ populationᵢ × referenceRateᵢ. The limits are those of the Poisson count O divided by E,
 * by PHE's rule (`calculate_ISRatio`): exact (Garwood 1936; χ²(α/2; 2O)/2 and
 * χ²(1 − α/2; 2O + 2)/2) when O < 10, and Byar's approximation in PHE's form (Breslow & Day
 * 1987) from 10. `method` says which. At O = 0 the ratio and lower limit are 0 and `status` is
 * `"zero-count"`. Multiply by 100 for the SMR × 100 convention.
 *
 * References: Breslow NE, Day NE (1987) Statistical Methods in Cancer Research, vol. II, IARC;
 * Garwood F (1936) Biometrika 28:437–442.
 *
 * @param observed - the observed count O: a non-negative number (whole below 10)
 * @param strata - one `{ population, referenceRate }` per band
 * @param options - `level` (default 0.95)
 * @returns a frozen {@link IndirectlyStandardisedRatioEstimate}
 * @throws {@link ArgumentError} for a negative or non-finite count, a non-integer count below 10,
 *   an empty or non-array `strata`, a negative or non-finite population or rate, an expected
 *   count of 0, or a level outside (0, 1)
 *
 * @example
 * ```ts
 * const strata = [
 *   { population: 20000, referenceRate: 0.002 },
 *   { population: 15000, referenceRate: 0.004 },
 *   { population: 5000, referenceRate: 0.012 },
 * ];
 * const isr = indirectlyStandardisedRatio(190, strata);
 * isr.expected // => 160
 * isr.value // => 1.1875
 * isr.method // => "byar"
 * isr.lower // => 1.0246
 * isr.upper // => 1.3689
 * indirectlyStandardisedRatio(3, strata).method // => "exact"
 * ```
 */
export function indirectlyStandardisedRatio(
  observed: number,
  strata: readonly ReferenceRateStratum[],
  options?: IndirectlyStandardisedRatioOptions,
): IndirectlyStandardisedRatioEstimate {
  const opts = checkOptions(FN, options);
  const level = checkLevel(FN, opts.level);
  let count = checkNonNegative(FN, "observed", observed);
  const method: IndirectlyStandardisedRatioMethod = count < 10 ? "exact" : "byar";
  if (method === "exact") count = checkCount(FN, "observed", count, " below 10, where exact limits are used");
  const bands = checkStrata(FN, strata, ["population", "referenceRate"] as const);
  const expected = bands.reduce((sum, band) => sum + band.population * band.referenceRate, 0);
  if (!(expected > 0 && Number.isFinite(expected))) {
    const rule = "must give a finite expected count Σ population × referenceRate greater than 0";
    throw new ArgumentError(FN, "strata", rule, strata, `it gives ${expected}`);
  }
  const limits = method === "exact" ? exactCountLimits(count, (1 - level) / 2) : byarCountLimits(count, zForLevel(level));
  return freezeResult({
    value: count / expected,
    lower: limits.lower / expected,
    upper: limits.upper / expected,
    level,
    method,
    status: count === 0 ? "zero-count" : "ok",
    observed: count,
    expected,
  });
}
