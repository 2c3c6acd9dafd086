import poissonPmf from "@stdlib/stats-base-dists-poisson-pmf";

// Poisson tail probabilities summed term by term from P(X = k). stdlib's incomplete gamma
// function loses up to 2e-4 of relative accuracy above the mean when the shape is in the
// thousands, so the exact Poisson limits are solved on these sums instead. Each sum runs away
// from the mean, so its first term is its largest and it stops once terms fall below 1e-17 of
// the total; the tail on the mean's side is taken as a complement.

/** Σ P(X = j) for j = k, k − 1, …, 0; requires k ≤ mean so that terms shrink. */
function sumDown(k: number, mean: number): number {
  let term = poissonPmf(k, mean);
  let sum = term;
  for (let j = k; j > 0 && term > sum * 1e-17; j--) {
    term *= j / mean;
    sum += term;
  }
  return sum;
}

/** Σ P(X = j) for j = k, k + 1, …; requires k ≥ mean so that terms shrink. */
function sumUp(k: number, mean: number): number {
  let term = poissonPmf(k, mean);
  let sum = term;
  for (let j = k; term > sum * 1e-17; j++) {
    term *= mean / (j + 1);
    sum += term;
  }
  return sum;
}

/** P(X ≤ k) for X ~ Poisson(mean). */
export function poissonAtMost(k: number, mean: number): number {
  return k <= mean ? sumDown(k, mean) : 1 - sumUp(k + 1, mean);
}

/** P(X ≥ k) for X ~ Poisson(mean). */
export function poissonAtLeast(k: number, mean: number): number {
  if (k === 0) return 1;
  return k >= mean ? sumUp(k, mean) : 1 - sumDown(k - 1, mean);
}
