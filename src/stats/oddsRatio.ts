import { crossRatioInterval } from "../_internal/crossRatioInterval.js";
import { ratioValue } from "../_internal/ratioStatus.js";
import { checkEventsAndTotal, checkLevel, checkMethod, checkOptions } from "../_internal/validate.js";
import { freezeResult } from "../_internal/freeze.js";
import type { Comparison, EventsAndTotal, LevelOption, RatioStatus } from "../types.js";

/** Interval methods for an odds ratio. */
export type OddsRatioMethod = "exact" | "woolf";

/** Options for {@link oddsRatio}. */
export interface OddsRatioOptions extends LevelOption {
  /** Interval method; defaults to `"exact"`. */
  readonly method?: OddsRatioMethod;
}

/** The result of {@link oddsRatio}. */
export interface OddsRatioEstimate extends Comparison<OddsRatioMethod, RatioStatus, EventsAndTotal> {
  /** Two-sided p-value for an odds ratio of 1, by the method used. */
  readonly pValue: number;
}

const METHODS: readonly OddsRatioMethod[] = ["exact", "woolf"];
const FN = "oddsRatio";

/**
 * The odds ratio of a group against a reference group, with a confidence interval and a
 * two-sided p-value for an odds ratio of 1.
 *
 * @remarks
 * With the table [[a, b], [c, d]] = [[group events, group non-events], [reference events,
 * reference non-events]], `value` is always the sample odds ratio ad/(bc).
 * - `"exact"` (default; Fisher's conditional interval, as R's `fisher.test`, solved to 1e-13):
 *   given the margins, a follows the noncentral hypergeometric law with odds ratio ψ; the lower
 *   limit solves P(A ≥ a; ψ) = α/2 and the upper P(A ≤ a; ψ) = α/2. The p-value sums the
 *   probabilities (at ψ = 1) of all tables no more likely than the one observed.
 * - `"woolf"` (Woolf 1955): exp(ln OR ± z√(1/a + 1/b + 1/c + 1/d)), p from the same z. Undefined
 *   with a zero cell; then the exact method is used and `method` says `"exact"`.
 *
 * An odds ratio of 0 is `"zero-ratio"`, of ∞ `"infinite-ratio"`, and 0/0 gives `null` with
 * limits [0, ∞] (`"undefined-ratio"`).
 *
 * References: Fisher RA (1935) JRSS 98:39–82; Cornfield J (1956) Proc. Third Berkeley Symp. 4:135–148;
 * Woolf B (1955) Ann Hum Genet 19:251–253.
 *
 * @param group - the group's `{ events, total }` (whole numbers, 0 ≤ events ≤ total, total > 0)
 * @param reference - the reference group's `{ events, total }`
 * @param options - `level` (default 0.95) and `method` (default `"exact"`)
 * @returns a frozen {@link OddsRatioEstimate}
 * @throws {@link ArgumentError} for non-integer or negative inputs, events > total, total = 0, a
 *   level outside (0, 1) or an unknown method
 *
 * @example
 * ```ts
 * const or = oddsRatio({ events: 7, total: 22 }, { events: 58, total: 530 });
 * or.value // => 3.797701
 * or.lower // => 1.251483
 * or.upper // => 10.363494
 * ```
 */
export function oddsRatio(group: EventsAndTotal, reference: EventsAndTotal, options?: OddsRatioOptions): OddsRatioEstimate {
  const opts = checkOptions(FN, options);
  const level = checkLevel(FN, opts.level);
  const requested = checkMethod(FN, opts.method, METHODS, "exact");
  const g = checkEventsAndTotal(FN, "group", group);
  const r = checkEventsAndTotal(FN, "reference", reference);
  const [a, b, c, d] = [g.events, g.total - g.events, r.events, r.total - r.events];
  const method = requested === "woolf" && a * b * c * d === 0 ? "exact" : requested;
  const { value, status } = ratioValue(a * d, b * c);
  const { lower, upper, pValue } = crossRatioInterval(a, b, c, d, value as number, method === "exact", level);
  return freezeResult({ value, lower, upper, level, method, status, pValue, group: g, reference: r });
}
