import { findRootBeyond } from "./findRoot.js";
import { twoSidedNormalP } from "./quantiles.js";

/** Two binomial samples: x₁ events of n₁ (the group) and x₀ of n₀ (the reference). */
export interface TwoSamples {
  readonly x1: number;
  readonly n1: number;
  readonly x0: number;
  readonly n0: number;
}

/**
 * The score statistic for H₀: p₁/p₀ = θ (Koopman 1984; Miettinen & Nurminen 1985):
 * z(θ) = (p̂₁ − θp̂₀)/√V(θ), V(θ) = p̃₁(1 − p̃₁)/n₁ + θ²p̃₀(1 − p̃₀)/n₀, where p̃₀ and p̃₁ = θp̃₀ are
 * the maximum-likelihood estimates under H₀ (Farrington & Manning 1990, the smaller root of
 * Nθp² − (n₁θ + x₁ + n₀ + x₀θ)p + x₁ + x₀ = 0). `corrected` multiplies V by N/(N − 1).
 */
export function riskRatioScore({ x1, n1, x0, n0 }: TwoSamples, theta: number, corrected: boolean): number {
  const total = n1 + n0;
  const a = total * theta;
  const b = -(n1 * theta + x1 + n0 + x0 * theta);
  const c = x1 + x0;
  const discriminant = Math.max(0, b * b - 4 * a * c);
  // The smaller root, written to avoid cancellation: 2c / (−b + √disc).
  const p0 = c === 0 ? 0 : (2 * c) / (-b + Math.sqrt(discriminant));
  const p1 = Math.min(1, theta * p0);
  let variance = (p1 * (1 - p1)) / n1 + (theta * theta * p0 * (1 - p0)) / n0;
  if (corrected) variance *= total / (total - 1);
  const difference = x1 / n1 - (theta * x0) / n0;
  if (variance <= 0) return difference === 0 ? 0 : difference > 0 ? Infinity : -Infinity;
  return difference / Math.sqrt(variance);
}

/**
 * The score interval for p₁/p₀: the θ where z(θ) = ±z_{α/2}, solved by Brent's method on ln θ
 * outward from the sample ratio. Lower 0 when x₁ = 0; upper ∞ when x₀ = 0.
 */
export function riskRatioScoreInterval(samples: TwoSamples, z: number, corrected: boolean) {
  const { x1, n1, x0, n0 } = samples;
  // Start between the limits: the sample ratio, nudged off 0 and ∞.
  const start = Math.log(((x1 + 0.5) / (n1 + 1)) / ((x0 + 0.5) / (n0 + 1)));
  const score = (logTheta: number) => riskRatioScore(samples, Math.exp(logTheta), corrected);
  const solve = (target: number, direction: 1 | -1) => {
    const f = (logTheta: number) => score(logTheta) - target;
    const atStart = f(start);
    // z(θ) decreases in θ: if we already stand beyond the target, search the other way.
    const dir = atStart * direction > 0 ? direction : (-direction as 1 | -1);
    return Math.exp(findRootBeyond(f, start, atStart, dir));
  };
  return {
    lower: x1 === 0 ? 0 : solve(z, -1),
    upper: x0 === 0 ? Infinity : solve(-z, 1),
  };
}

/** Two-sided p-value of the score test of θ = 1. */
export function riskRatioScoreP(samples: TwoSamples, corrected: boolean): number {
  return twoSidedNormalP(riskRatioScore(samples, 1, corrected));
}
