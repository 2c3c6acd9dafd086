import { betaQuantileSafe } from "./quantiles.js";
import { seededNormal } from "./seededRandom.js";

/**
 * The midpoint of each group's range in the cumulative population distribution, groups taken in
 * the order given (PHEindicatormethods' `FindXValues`): group i gets C(i−1) + aᵢ/2, where aᵢ is
 * its share of the population and C the cumulative share.
 */
export function ridits(shares: readonly number[]): number[] {
  let cumulative = 0;
  return shares.map((share) => {
    const midpoint = cumulative + share / 2;
    cumulative += share;
    return midpoint;
  });
}

/** A weighted least-squares line y = intercept + slope·x, with its classical (lm) covariance. */
export interface SlopeFit {
  readonly intercept: number;
  readonly slope: number;
  /** var(intercept), var(slope) and cov(intercept, slope) from the residual variance, as R's `vcov(lm)`. */
  readonly varIntercept: number;
  readonly varSlope: number;
  readonly covariance: number;
  /** Residual degrees of freedom, groups − 2. */
  readonly df: number;
  /** The coefficients ∑ cᵢyᵢ = slope, so that a replicate's slope is one dot product. */
  readonly slopeWeights: readonly number[];
}

/** Weighted least squares of y on x with weights w (weights need not sum to 1). */
export function weightedLine(x: readonly number[], y: readonly number[], w: readonly number[]): SlopeFit {
  const total = w.reduce((s, v) => s + v, 0);
  const xBar = x.reduce((s, v, i) => s + (w[i] as number) * v, 0) / total;
  const yBar = y.reduce((s, v, i) => s + (w[i] as number) * v, 0) / total;
  const sxx = x.reduce((s, v, i) => s + (w[i] as number) * (v - xBar) ** 2, 0);
  const slopeWeights = x.map((v, i) => ((w[i] as number) * (v - xBar)) / sxx);
  const slope = y.reduce((s, v, i) => s + (slopeWeights[i] as number) * v, 0);
  const intercept = yBar - slope * xBar;
  const df = x.length - 2;
  const rss = y.reduce((s, v, i) => s + (w[i] as number) * (v - intercept - slope * (x[i] as number)) ** 2, 0);
  const sigma2 = rss / df;
  const varSlope = sigma2 / sxx;
  return {
    intercept,
    slope,
    varSlope,
    varIntercept: sigma2 / total + xBar ** 2 * varSlope,
    covariance: -xBar * varSlope,
    df,
    slopeWeights,
  };
}

/**
 * The upper quantile t such that P(|T| ≤ t) = level for Student's t with df degrees of freedom,
 * from the beta distribution: if X ~ Beta(df/2, ½) is the (1 − level)-quantile, t = √(df(1 − X)/X).
 */
export function tForLevel(level: number, df: number): number {
  const x = betaQuantileSafe(1 - level, df / 2, 0.5);
  return Math.sqrt((df * (1 - x)) / x);
}

/** R's `round(x)`: to the nearest integer, halves to even. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Simulated draws of the SII, PHE's RII and SII ÷ mean, one entry per replicate. */
export interface SlopeIndexDraws {
  readonly sii: Float64Array;
  readonly rii: Float64Array;
  readonly relative: Float64Array;
}

/**
 * PHE's simulation (`phe_sii`, value_type = 1): each replicate draws every group's log rate from
 * N(ln rate, se²), takes exp, and refits the weighted line; the draws are groups-fastest, as R fills
 * its matrix. Returns the SII (slope), the RII (fitted at rank 1 ÷ fitted at rank 0) and SII ÷ mean.
 */
export function simulateSlopeIndex(
  logRates: readonly number[],
  logSe: readonly number[],
  shares: readonly number[],
  fit: SlopeFit,
  replicates: number,
  seed: number,
): SlopeIndexDraws {
  const normal = seededNormal(seed);
  const k = logRates.length;
  const xBar = 0.5; // the share-weighted mean of ridits is always ½
  const sii = new Float64Array(replicates);
  const rii = new Float64Array(replicates);
  const relative = new Float64Array(replicates);
  for (let r = 0; r < replicates; r++) {
    let slope = 0;
    let mean = 0;
    for (let i = 0; i < k; i++) {
      const y = Math.exp((logRates[i] as number) + (logSe[i] as number) * normal());
      slope += (fit.slopeWeights[i] as number) * y;
      mean += (shares[i] as number) * y;
    }
    const intercept = mean - slope * xBar;
    sii[r] = slope;
    rii[r] = (intercept + slope) / intercept;
    relative[r] = slope / mean;
  }
  return { sii, rii, relative };
}

/**
 * PHE's percentile limits of simulated draws: sort, then take the values at 1-based positions
 * round(R·α/2) and round(R·(1 − α/2)) (R's rounding, at least position 1).
 */
export function simulatedLimits(draws: Float64Array, level: number): { lower: number; upper: number } {
  const sorted = Float64Array.from(draws).sort();
  const n = sorted.length;
  const upperConfidence = level + (1 - level) / 2;
  const lowerPosition = Math.min(n, Math.max(1, roundHalfEven(n * (1 - upperConfidence))));
  const upperPosition = Math.min(n, Math.max(1, roundHalfEven(n * upperConfidence)));
  return { lower: sorted[lowerPosition - 1] as number, upper: sorted[upperPosition - 1] as number };
}
