import { transform, transformedSe, type FunnelType } from "./funnelCore.js";

// Spiegelhalter's (2005) additive random-effects estimate of overdispersion for a funnel plot,
// as FunnelPlotR does it: z-scores on a variance-stabilising scale, winsorised, φ their mean
// square, and τ² by the DerSimonian–Laird moment formula when nφ > n − 1.

/** One area on the transformed scale. */
export interface ScaledArea {
  /** Numerator and denominator (> 0). */
  readonly numerator: number;
  readonly denominator: number;
}

/** The estimate. */
export interface Overdispersion {
  readonly phi: number;
  readonly tau2: number;
  readonly found: boolean;
  readonly zScores: number[];
}

/** The p-quantile of sorted values by linear interpolation between order statistics (R's type 7). */
export function quantileType7(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const low = sorted[below] as number;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return low + (h - below) * (high - low);
}

/**
 * φ and τ² for areas around a target (per unit of denominator), winsorising `trim` of the
 * z-scores at each end: zᵢ = (yᵢ − y₀)/sᵢ with y the √ (or arcsin √) of numerator ÷ denominator
 * and sᵢ = 1/(2√nᵢ); φ = mean(winsorised zᵢ²); τ² = (nφ − (n − 1)) / (Σwᵢ − Σwᵢ²/Σwᵢ), wᵢ = 1/sᵢ²,
 * when nφ > n − 1, else 0. Needs at least two areas.
 */
export function estimateOverdispersion(type: FunnelType, target: number, areas: readonly ScaledArea[], trim: number): Overdispersion {
  const y0 = transform(type, target);
  const zScores = areas.map((a) => (transform(type, a.numerator / a.denominator) - y0) / transformedSe(a.denominator));
  const sorted = [...zScores].sort((a, b) => a - b);
  const low = quantileType7(sorted, trim);
  const high = quantileType7(sorted, 1 - trim);
  const n = zScores.length;
  const phi = zScores.reduce((sum, z) => sum + Math.min(high, Math.max(low, z)) ** 2, 0) / n;
  const weights = areas.map((a) => 1 / transformedSe(a.denominator) ** 2);
  const sumW = weights.reduce((s, w) => s + w, 0);
  const sumW2 = weights.reduce((s, w) => s + w * w, 0);
  const found = n * phi > n - 1;
  const tau2 = found ? Math.max(0, (n * phi - (n - 1)) / (sumW - sumW2 / sumW)) : 0;
  return { phi, tau2, found, zScores };
}
