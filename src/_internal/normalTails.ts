import normalCdf from "@stdlib/stats-base-dists-normal-cdf";

/** The upper tail P(Z ≥ z) and lower tail P(Z ≤ z) of a standard normal statistic, each computed directly. */
export function normalTails(z: number): { readonly upper: number; readonly lower: number } {
  return { upper: normalCdf(-z, 0, 1), lower: normalCdf(z, 0, 1) };
}
