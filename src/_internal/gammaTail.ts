import { logPoissonDensity } from "./logPoissonDensity.js";

// The regularised incomplete gamma functions P(a, x) (lower tail of Gamma(a, 1)) and
// Q(a, x) = 1 − P (upper tail), on the log scale. With d = x^a e^(−x) / Γ(a + 1) computed
// carefully (see logPoissonDensity), P = d·Σₙ xⁿ / ((a + 1)…(a + n)) when x < a + 1, and
// otherwise Q = a·d·F with F Legendre's continued fraction 1/(x + 1 − a − 1(1 − a)/(x + 3 − a − …)),
// evaluated by the modified Lentz method. The tail that is not computed directly is taken as
// a complement, so each region returns its own small tail to full relative accuracy.

const TINY = 1e-300;
const MAX_TERMS = 1_000_000;

/** Σₙ xⁿ / ((a + 1)…(a + n)), n ≥ 0, for x < a + 1 (terms shrink from the start). */
function lowerSeries(a: number, x: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 1; n < MAX_TERMS; n++) {
    term *= x / (a + n);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return sum;
}

/** Legendre's continued fraction for Q(a, x) / (a·d), for x ≥ a + 1, by modified Lentz. */
function upperFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_TERMS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return h;
}

/** ln P(a, x) (`upper` false) or ln Q(a, x) (`upper` true), for shape a > 0 and x ≥ 0. */
export function logGammaTail(a: number, x: number, upper: boolean): number {
  if (x === 0) return upper ? 0 : -Infinity;
  if (x === Infinity) return upper ? -Infinity : 0;
  const logDensity = logPoissonDensity(a, x);
  if (x < a + 1) {
    const logLower = logDensity + Math.log(lowerSeries(a, x));
    return upper ? Math.log1p(-Math.exp(logLower)) : logLower;
  }
  const logUpper = logDensity + Math.log(a) + Math.log(upperFraction(a, x));
  return upper ? logUpper : Math.log1p(-Math.exp(logUpper));
}
