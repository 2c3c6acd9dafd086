/**
 * Brent's method (Brent 1973, "zeroin"): a root of `f` in [a, b], where f(a) and f(b) have
 * opposite signs, to an absolute tolerance `tolerance` in x.
 */
export function findRoot(f: (x: number) => number, a: number, b: number, tolerance = 1e-14): number {
  let fa = f(a);
  let fb = f(b);
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (fa * fb > 0) throw new Error(`findRoot: f(${a}) and f(${b}) have the same sign`);
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iteration = 0; iteration < 300; iteration++) {
    if (fb * fc > 0) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.abs(b) + tolerance / 2;
    const half = (c - b) / 2;
    if (Math.abs(half) <= tol || fb === 0) return b;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * half * s;
        q = 1 - s;
      } else {
        const r = fb / fc;
        const t = fa / fc;
        p = s * (2 * half * t * (t - r) - (b - a) * (r - 1));
        q = (t - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * half * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = half;
        e = d;
      }
    } else {
      d = half;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : half > 0 ? tol : -tol;
    fb = f(b);
  }
  return b;
}

/**
 * The root of `f` on one side of `start`, where f(start) is known to be `atStart`: steps of
 * doubling length go in `direction` (+1 or −1) until the sign of f changes, then the bracket is
 * refined by {@link findRoot}. Returns ±Infinity if no sign change is found within 2^9 (enough on a log scale).
 */
export function findRootBeyond(
  f: (x: number) => number,
  start: number,
  atStart: number,
  direction: 1 | -1,
  tolerance = 1e-13,
): number {
  if (atStart === 0) return start;
  let inner = start;
  for (let step = 0.5; step <= 2 ** 9; step *= 2) {
    const outer = start + direction * step;
    const value = f(outer);
    if (value === 0) return outer;
    if (value * atStart < 0) return direction > 0 ? findRoot(f, inner, outer, tolerance) : findRoot(f, outer, inner, tolerance);
    inner = outer;
  }
  return direction * Infinity;
}
