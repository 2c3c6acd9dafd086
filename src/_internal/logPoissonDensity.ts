// The log of x^a e^(−x) / Γ(a + 1): the Poisson density at a (any a > 0, not only whole
// numbers) with mean x, and the prefactor of the regularised incomplete gamma function. For
// a shape in the thousands the plain formula a·ln x − x − ln Γ(a + 1) cancels badly near the
// mean (three terms of size ~a·ln a leave a result of size ~ln a), which is where stdlib's
// incomplete gamma loses its accuracy. Instead, following Loader (2000) "Fast and accurate
// computation of binomial probabilities", it is −½ln(2πa) − δ(a) − D(a, x), with δ the
// Stirling-series error of ln Γ(a + 1) and D(a, x) = a·ln(a/x) + x − a summed as a series when
// a is close to x.

const LN_SQRT_2PI = 0.9189385332046728;

/** Lanczos (g = 7, n = 9) coefficients, Godfrey's set; ln Γ to about 1e-15 for arguments ≥ 1. */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
] as const;

/** ln Γ(a + 1) for a ≥ 0 by the Lanczos approximation. */
export function logGammaOnePlus(a: number): number {
  let sum = LANCZOS[0];
  for (let k = 1; k < LANCZOS.length; k++) sum += (LANCZOS[k] as number) / (a + k);
  const t = a + 7.5;
  return LN_SQRT_2PI + (a + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** δ(a) = ln Γ(a + 1) − (a + ½)ln a + a − ½ln(2π) for a > 15, by the Stirling series. */
function stirlingError(a: number): number {
  const aa = a * a;
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / (1188 * aa)) / aa) / aa) / aa) / a;
}

/** a·ln(a/x) + x − a ≥ 0, summed as a series in v = (a − x)/(a + x) when a is near x. */
function deviance(a: number, x: number): number {
  if (Math.abs(a - x) >= 0.1 * (a + x)) return a * Math.log(a / x) + x - a;
  let v = (a - x) / (a + x);
  let sum = (a - x) * v;
  let term = 2 * a * v;
  v *= v;
  for (let j = 1; j < 1000; j++) {
    term *= v;
    const next = sum + term / (2 * j + 1);
    if (next === sum) break;
    sum = next;
  }
  return sum;
}

/** ln(x^a e^(−x) / Γ(a + 1)) for a > 0 and x ≥ 0 (−Infinity at x = 0). */
export function logPoissonDensity(a: number, x: number): number {
  if (x === 0) return -Infinity;
  if (a <= 15) return a * Math.log(x) - x - logGammaOnePlus(a);
  return -Math.log(2 * Math.PI * a) / 2 - stirlingError(a) - deviance(a, x);
}
