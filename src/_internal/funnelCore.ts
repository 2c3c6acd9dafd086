import { ArgumentError } from "../errors.js";
import { findRootBeyond } from "./findRoot.js";
import { logGammaTail } from "./gammaTail.js";
import { zForLevel } from "./quantiles.js";

// The limits of a funnel plot at one denominator, shared by funnelLimits and funnelSignificance.
// Values are per unit of denominator here (a rate per person, a ratio, a proportion); callers
// scale rates by `per`.

/** What a funnel plots: a Poisson rate, an observed ÷ expected ratio, or a binomial proportion. */
export type FunnelType = "rate" | "ratio" | "proportion";

/**
 * How the limits were drawn: `"exact-poisson"` (rates and ratios) and `"inverse-wilson"`
 * (proportions) are PHE's Fingertips methods; the `"-overdispersed"` methods are Spiegelhalter's
 * (2005) random-effects limits on the √ scale (rates and ratios) or arcsine-√ scale (proportions).
 */
export type FunnelMethod = "exact-poisson" | "inverse-wilson" | "sqrt-overdispersed" | "arcsine-overdispersed";

/** The method name for a type and between-area variance. */
export function funnelMethod(type: FunnelType, tau2: number): FunnelMethod {
  if (type === "proportion") return tau2 > 0 ? "arcsine-overdispersed" : "inverse-wilson";
  return tau2 > 0 ? "sqrt-overdispersed" : "exact-poisson";
}

/** Lower and upper limits at one level. */
export interface Band {
  readonly lower: number;
  readonly upper: number;
}

/** The standard error s of the transformed value at a denominator (√ or arcsine-√ scale). */
export function transformedSe(denominator: number): number {
  return 1 / (2 * Math.sqrt(denominator));
}

/** The variance-stabilising transform: √v for rates and ratios, arcsin √v for proportions. */
export function transform(type: FunnelType, value: number): number {
  return type === "proportion" ? Math.asin(Math.sqrt(Math.min(1, value))) : Math.sqrt(value);
}

/** Back from the transformed scale, clamped to the transform's range (≥ 0; [0, π/2] for arcsin). */
function untransform(type: FunnelType, y: number): number {
  if (y <= 0) return 0;
  if (type === "proportion") return y >= Math.PI / 2 ? 1 : Math.sin(y) ** 2;
  return y * y;
}

/**
 * The count on the upper limit at expected count E: the (continuous) count a with
 * P(X ≥ a; E) = tail, i.e. P(a, E) = tail for the regularised lower incomplete gamma P, so that
 * at whole counts it is the count whose exact lower limit χ²(tail; 2a)/2 is E.
 */
function upperCount(expected: number, tail: number): number {
  const logTail = Math.log(tail);
  // ln P(eᵗ, E) falls as t = ln a grows.
  const f = (t: number) => logTail - logGammaTail(Math.exp(t), expected, false);
  const start = Math.log(expected + zForLevel(1 - 2 * tail) * Math.sqrt(expected) + 1);
  const atStart = f(start);
  return Math.exp(findRootBeyond(f, start, atStart, atStart > 0 ? -1 : 1, 1e-15));
}

/**
 * The count on the lower limit at expected count E: the count a with P(X ≤ a; E) = tail, i.e.
 * Q(a + 1, E) = tail, so that at whole counts E is the exact upper limit χ²(1 − tail; 2a + 2)/2
 * of a. It is 0 when even a count of 0 is within the limit (e^(−E) ≥ tail).
 */
function lowerCount(expected: number, tail: number): number {
  if (-expected >= Math.log(tail)) return 0;
  const logTail = Math.log(tail);
  // ln Q(eᵗ, E) rises with t = ln(a + 1).
  const f = (t: number) => logGammaTail(Math.exp(t), expected, true) - logTail;
  const start = Math.log(Math.max(1.5, expected - zForLevel(1 - 2 * tail) * Math.sqrt(expected) + 1));
  const atStart = f(start);
  return Math.exp(findRootBeyond(f, start, atStart, atStart > 0 ? -1 : 1, 1e-15)) - 1;
}

/**
 * The limits at one denominator and level, per unit of denominator.
 * - rate and ratio, τ² = 0: exact Poisson (as PHE's funnels): the counts on the limits at
 *   E = target × denominator, divided by the denominator;
 * - proportion, τ² = 0: inverse Wilson (as PHE): p̄ ± z√(p̄(1 − p̄)/n), clipped to [0, 1];
 * - τ² > 0 (Spiegelhalter 2005): on the √ (arcsin √ for proportions) scale,
 *   y₀ ± z√(s² + τ²) with s = 1/(2√n), transformed back and floored at 0.
 */
export function bandAt(type: FunnelType, target: number, denominator: number, level: number, tau2: number): Band {
  const tail = (1 - level) / 2;
  const z = zForLevel(level);
  if (tau2 > 0) {
    const y0 = transform(type, target);
    const spread = z * Math.sqrt(transformedSe(denominator) ** 2 + tau2);
    return { lower: untransform(type, y0 - spread), upper: untransform(type, y0 + spread) };
  }
  if (type === "proportion") {
    const spread = z * Math.sqrt((target * (1 - target)) / denominator);
    return { lower: Math.max(0, target - spread), upper: Math.min(1, target + spread) };
  }
  const expected = target * denominator;
  if (expected === 0) return { lower: 0, upper: 0 };
  return { lower: lowerCount(expected, tail) / denominator, upper: upperCount(expected, tail) / denominator };
}

/** "95" for 0.95, "99.8" for 0.998: a level as a percentage without rounding noise. */
export function levelLabel(level: number): string {
  return String(Number((level * 100).toPrecision(12)));
}

/** Checks a levels option (`param`): a non-empty array of distinct fractions in (0, 1); returns them sorted. */
export function checkLevels(fn: string, value: unknown, param = "options.levels"): number[] {
  if (value === undefined) return [0.95, 0.998];
  if (!Array.isArray(value) || value.length === 0) throw new ArgumentError(fn, param, "must be a non-empty array of fractions", value);
  value.forEach((level: unknown, i) => {
    if (typeof level !== "number" || !Number.isFinite(level) || level <= 0 || level >= 1) {
      const hint = typeof level === "number" && level > 1 && level < 100 ? `did you mean ${level / 100}?` : undefined;
      throw new ArgumentError(fn, `${param}[${i}]`, "must be a fraction strictly between 0 and 1", level, hint);
    }
  });
  const sorted = [...(value as number[])].sort((a, b) => a - b);
  if (new Set(sorted).size !== sorted.length) throw new ArgumentError(fn, param, "must not repeat a level", value);
  return sorted;
}

/** Checks `options.type`, defaulting to `"rate"`. */
export function checkFunnelType(fn: string, value: unknown): FunnelType {
  if (value === undefined) return "rate";
  if (value !== "rate" && value !== "ratio" && value !== "proportion") {
    throw new ArgumentError(fn, "options.type", 'must be one of "rate", "ratio", "proportion"', value);
  }
  return value;
}
