import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";

/**
 * A seeded uniform generator on the open interval (0, 1): two mulberry32 outputs (Tommy Ettinger's
 * 32-bit generator) make one 53-bit uniform, offset by half a step so that 0 and 1 never occur.
 * The same seed always gives the same sequence, on every platform.
 */
export function seededUniform(seed: number): () => number {
  let state = seed >>> 0;
  const next32 = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return () => {
    const high = next32() >>> 5; // 27 bits
    const low = next32() >>> 6; // 26 bits
    return (high * 67108864 + low + 0.5) / 9007199254740992;
  };
}

/** A seeded standard normal generator by inversion of the uniform (as R's default `rnorm`). */
export function seededNormal(seed: number): () => number {
  const uniform = seededUniform(seed);
  return () => normalQuantile(uniform(), 0, 1);
}
