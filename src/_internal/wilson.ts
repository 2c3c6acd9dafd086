/** Wilson score limits for x events out of n at normal quantile z, clipped to [0, 1]. */
export function wilsonLimits(x: number, n: number, z: number): { lower: number; upper: number } {
  const z2 = z * z;
  const centre = 2 * x + z2;
  const spread = z * Math.sqrt(z2 + 4 * x * (1 - x / n));
  const scale = 2 * (n + z2);
  return {
    lower: x === 0 ? 0 : Math.max(0, (centre - spread) / scale),
    upper: x === n ? 1 : Math.min(1, (centre + spread) / scale),
  };
}
