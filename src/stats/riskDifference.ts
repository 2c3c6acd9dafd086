import { zForLevel } from "../_internal/quantiles.js";
import { checkEventsAndTotal, checkLevel, checkMethod, checkOptions } from "../_internal/validate.js";
import { wilsonLimits } from "../_internal/wilson.js";
import { freezeResult } from "../_internal/freeze.js";
import type { EventsAndTotal, Interval, LevelOption } from "../types.js";

/** Interval methods for a difference of two proportions. */
export type RiskDifferenceMethod = "newcombe" | "wald";

/** Options for {@link riskDifference}. */
export interface RiskDifferenceOptions extends LevelOption {
  /** Interval method; defaults to `"newcombe"`. */
  readonly method?: RiskDifferenceMethod;
}

/** `"ok"`, or `"zero-count"` when neither group has any events. */
export type RiskDifferenceStatus = "ok" | "zero-count";

/** The result of {@link riskDifference}. */
export interface RiskDifferenceEstimate extends Interval<RiskDifferenceMethod, RiskDifferenceStatus> {
  /** The group's inputs, as given. */
  readonly group: Readonly<EventsAndTotal>;
  /** The reference group's inputs, as given. */
  readonly reference: Readonly<EventsAndTotal>;
}

const METHODS: readonly RiskDifferenceMethod[] = ["newcombe", "wald"];
const FN = "riskDifference";

/**
 * The difference of two proportions, x₁/n₁ − x₀/n₀ (as a fraction), with a confidence interval.
 *
 * @remarks
 * - `"newcombe"` (default; Newcombe 1998, method 10, the hybrid score or "square-and-add"
 *   interval): with Wilson limits (l₁, u₁) and (l₀, u₀) for each proportion,
 *   lower = d − √((p₁ − l₁)² + (u₀ − p₀)²), upper = d + √((u₁ − p₁)² + (p₀ − l₀)²).
 * - `"wald"`: d ± z√(p₁(1 − p₁)/n₁ + p₀(1 − p₀)/n₀), clipped to [−1, 1]. When both proportions
 *   are 0 or 1 its width is zero; then the Newcombe interval is used and `method` says so.
 *
 * References: Newcombe RG (1998) Stat Med 17:873–890; Wilson EB (1927) JASA 22:209–212.
 *
 * @param group - the group's `{ events, total }` (whole numbers, 0 ≤ events ≤ total, total > 0)
 * @param reference - the reference group's `{ events, total }`
 * @param options - `level` (default 0.95) and `method` (default `"newcombe"`)
 * @returns a frozen {@link RiskDifferenceEstimate}
 * @throws {@link ArgumentError} for non-integer or negative inputs, events > total, total = 0, a
 *   level outside (0, 1) or an unknown method
 *
 * @example
 * ```ts
 * const rd = riskDifference({ events: 5, total: 56 }, { events: 0, total: 29 });
 * rd.value // => 0.089286
 * rd.lower // => -0.038137
 * rd.upper // => 0.19256
 * ```
 */
export function riskDifference(group: EventsAndTotal, reference: EventsAndTotal, options?: RiskDifferenceOptions): RiskDifferenceEstimate {
  const opts = checkOptions(FN, options);
  const level = checkLevel(FN, opts.level);
  const requested = checkMethod(FN, opts.method, METHODS, "newcombe");
  const g = checkEventsAndTotal(FN, "group", group);
  const r = checkEventsAndTotal(FN, "reference", reference);
  const p1 = g.events / g.total;
  const p0 = r.events / r.total;
  const variance = (p1 * (1 - p1)) / g.total + (p0 * (1 - p0)) / r.total;
  const method = requested === "wald" && variance === 0 ? "newcombe" : requested;
  const z = zForLevel(level);
  const value = p1 - p0;
  let lower: number;
  let upper: number;
  if (method === "wald") {
    lower = Math.max(-1, value - z * Math.sqrt(variance));
    upper = Math.min(1, value + z * Math.sqrt(variance));
  } else {
    const w1 = wilsonLimits(g.events, g.total, z);
    const w0 = wilsonLimits(r.events, r.total, z);
    lower = value - Math.hypot(p1 - w1.lower, w0.upper - p0);
    upper = value + Math.hypot(w1.upper - p1, p0 - w0.lower);
  }
  const status: RiskDifferenceStatus = g.events === 0 && r.events === 0 ? "zero-count" : "ok";
  return freezeResult({ value, lower, upper, level, method, status, group: g, reference: r });
}
