import { ArgumentError } from "../errors.js";
import { seededUniform } from "./seededRandom.js";
import { checkRecord } from "./validate.js";

/** Bootstrap settings, defaults applied: `replicates` (2000), `seed` (1) and `level` (0.95). */
export interface PayGapBootstrapSettings {
  readonly replicates: number;
  readonly seed: number;
  readonly level: number;
}

/** A percentile interval for one gap, or `null` limits when every replicate was undefined. */
export interface PayGapBootstrapInterval {
  readonly lower: number | null;
  readonly upper: number | null;
  /** Replicates whose reference average was 0 (gap undefined), left out of the percentiles. */
  readonly undefinedReplicates: number;
}

/** Percentile bootstrap intervals for the mean and median gaps. */
export interface PayGapBootstrapResult {
  readonly method: "percentile";
  readonly replicates: number;
  readonly seed: number;
  readonly level: number;
  readonly mean: PayGapBootstrapInterval;
  readonly median: PayGapBootstrapInterval;
}

export const BOOTSTRAP_DEFAULTS: PayGapBootstrapSettings = { replicates: 2000, seed: 1, level: 0.95 };

/**
 * Checks a `bootstrap` option (`undefined` → no bootstrap; an object, fields optional) and applies
 * the defaults: `replicates` a whole number from 100 to 1,000,000, `seed` a whole number
 * (used modulo 2³²), `level` a fraction in (0, 1).
 */
export function checkBootstrapOption(fn: string, value: unknown, param = "options.bootstrap"): PayGapBootstrapSettings | null {
  if (value === undefined) return null;
  const record = checkRecord(fn, param, value);
  const replicates = record["replicates"] ?? BOOTSTRAP_DEFAULTS.replicates;
  const seed = record["seed"] ?? BOOTSTRAP_DEFAULTS.seed;
  const level = record["level"] ?? BOOTSTRAP_DEFAULTS.level;
  if (typeof replicates !== "number" || !Number.isInteger(replicates) || replicates < 100 || replicates > 1e6) {
    throw new ArgumentError(fn, `${param}.replicates`, "must be a whole number from 100 to 1000000", replicates);
  }
  if (typeof seed !== "number" || !Number.isSafeInteger(seed)) throw new ArgumentError(fn, `${param}.seed`, "must be a whole number", seed);
  if (typeof level !== "number" || !Number.isFinite(level) || level <= 0 || level >= 1) {
    const hint = typeof level === "number" && level > 1 && level < 100 ? `did you mean ${level / 100}?` : undefined;
    throw new ArgumentError(fn, `${param}.level`, "must be a fraction strictly between 0 and 1", level, hint);
  }
  return { replicates, seed, level };
}

/** The type-7 (linear interpolation, numpy's default) p-quantile of sorted values. */
function quantileSorted(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const x = sorted[below] as number;
  return below + 1 < sorted.length ? x + (h - below) * ((sorted[below + 1] as number) - x) : x;
}

function interval(gaps: Float64Array, count: number, level: number): PayGapBootstrapInterval {
  const defined = gaps.subarray(0, count).sort();
  const tail = (1 - level) / 2;
  const undefinedReplicates = gaps.length - count;
  if (count === 0) return { lower: null, upper: null, undefinedReplicates };
  return { lower: quantileSorted(defined, tail), upper: quantileSorted(defined, 1 - tail), undefinedReplicates };
}

/** Draws a resample of `values` into `out` (indices ⌊u·n⌋, clamped below n) and returns its sum. */
function resample(values: readonly number[], out: Float64Array, uniform: () => number): number {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = values[Math.min(n - 1, Math.floor(uniform() * n))] as number;
    out[i] = v;
    sum += v;
  }
  return sum;
}

function medianSorted(sorted: Float64Array): number {
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Percentile bootstrap intervals for the mean and median pay gaps (reference − group) / reference × 100.
 *
 * Each replicate resamples each sample with replacement, within its own group and at its own
 * size (a stratified bootstrap: group sizes are fixed, as in the published figures). The uniform
 * stream is `seededUniform(seed)`; each replicate draws the reference sample's indices first,
 * then the group's. Replicates whose reference average is 0 leave the gap undefined: they are
 * counted and left out. Limits are the type-7 quantiles of the replicate gaps at (1 − level)/2
 * and (1 + level)/2. Both samples must be non-empty (callers report a status instead).
 *
 * @param reference - the reference group's hourly pay (men, for the gender pay gap)
 * @param group - the comparison group's hourly pay (women)
 */
export function bootstrapPayGap(reference: readonly number[], group: readonly number[], settings: PayGapBootstrapSettings): PayGapBootstrapResult {
  const { replicates, seed, level } = settings;
  const uniform = seededUniform(seed);
  const refDraw = new Float64Array(reference.length);
  const groupDraw = new Float64Array(group.length);
  const means = new Float64Array(replicates);
  const medians = new Float64Array(replicates);
  let meanCount = 0;
  let medianCount = 0;
  for (let b = 0; b < replicates; b++) {
    const refMean = resample(reference, refDraw, uniform) / reference.length;
    const groupMean = resample(group, groupDraw, uniform) / group.length;
    const refMedian = medianSorted(refDraw.sort());
    const groupMedian = medianSorted(groupDraw.sort());
    if (refMean !== 0) means[meanCount++] = ((refMean - groupMean) / refMean) * 100;
    if (refMedian !== 0) medians[medianCount++] = ((refMedian - groupMedian) / refMedian) * 100;
  }
  return { method: "percentile", replicates, seed, level, mean: interval(means, meanCount, level), median: interval(medians, medianCount, level) };
}
