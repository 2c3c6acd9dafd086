/** A small seeded PRNG (mulberry32), so that every run of a bench sees the same draws. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Poisson draw by inversion (adequate for the means used here, up to a few hundred). */
export function poissonDraw(random: () => number, mean: number): number {
  let k = 0;
  let term = Math.exp(-mean);
  let cumulative = term;
  const u = random();
  while (u > cumulative && term > 0) {
    k++;
    term *= mean / k;
    cumulative += term;
  }
  return k;
}

/** A binomial draw as a sum of Bernoulli trials (n is small here). */
export function binomialDraw(random: () => number, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (random() < p) k++;
  return k;
}
