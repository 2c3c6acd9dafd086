import { riskRatioScoreInterval, riskRatioScoreP } from "../_internal/riskRatioScore.js";
import { twoSidedNormalP, zForLevel } from "../_internal/quantiles.js";
import { ratioValue } from "../_internal/ratioStatus.js";
import { checkEventsAndTotal, checkLevel, checkMethod, checkOptions } from "../_internal/validate.js";
import { freezeResult } from "../_internal/freeze.js";
import type { Comparison, EventsAndTotal, LevelOption, RatioStatus } from "../types.js";

/** Interval methods for a ratio of two proportions. */
export type RiskRatioMethod = "miettinen-nurminen" | "koopman" | "katz";

/** Options for {@link riskRatio}. */
export interface RiskRatioOptions extends LevelOption {
  /** Interval method; defaults to `"miettinen-nurminen"`. */
  readonly method?: RiskRatioMethod;
}

/** The result of {@link riskRatio}. */
export interface RiskRatioEstimate extends Comparison<RiskRatioMethod, RatioStatus, EventsAndTotal> {
  /** Two-sided p-value for a ratio of 1, by the method used. */
  readonly pValue: number;
}

const METHODS: readonly RiskRatioMethod[] = ["miettinen-nurminen", "koopman", "katz"];
const FN = "riskRatio";

/**
 * The ratio of two proportions (risk ratio), (x₁/n₁) ÷ (x₀/n₀), with a confidence interval and
 * a two-sided p-value for a ratio of 1: e.g. the share of a group's searches that led to arrest
 * over the reference group's share.
 *
 * @remarks
 * - `"miettinen-nurminen"` (default; Miettinen & Nurminen 1985): the θ where the score statistic
 *   z(θ) = (p̂₁ − θp̂₀)/√V(θ) equals ±z, with V(θ) = [p̃₁(1 − p̃₁)/n₁ + θ²p̃₀(1 − p̃₀)/n₀]·N/(N − 1),
 *   where p̃ are the restricted maximum-likelihood estimates (Farrington & Manning 1990) and
 *   N = n₁ + n₀. p-value: the score test at θ = 1.
 * - `"koopman"` (Koopman 1984): the same without the N/(N − 1) factor.
 * - `"katz"` (Katz et al. 1978): exp(ln θ̂ ± z√(1/x₁ − 1/n₁ + 1/x₀ − 1/n₀)), p from the same
 *   log-scale z. Undefined when either group has no events (and of zero width when both have
 *   nothing but events); then the Miettinen–Nurminen method is used and `method` says so.
 *
 * A group with no events gives 0 (`"zero-ratio"`), a reference with none `Infinity`
 * (`"infinite-ratio"`), and both give `null` with limits [0, ∞] (`"undefined-ratio"`).
 *
 * References: Katz D, Baptista J, Azen SP, Pike MC (1978) Biometrics 34:469–474; Koopman PAR
 * (1984) Biometrics 40:513–517; Miettinen O, Nurminen M (1985) Stat Med 4:213–226; Farrington
 * CP, Manning G (1990) Stat Med 9:1447–1454.
 *
 * @param group - the group's `{ events, total }` (whole numbers, 0 ≤ events ≤ total, total > 0)
 * @param reference - the reference group's `{ events, total }`
 * @param options - `level` (default 0.95) and `method` (default `"miettinen-nurminen"`)
 * @returns a frozen {@link RiskRatioEstimate}
 * @throws {@link ArgumentError} for non-integer or negative inputs, events > total, total = 0, a
 *   level outside (0, 1) or an unknown method
 *
 * @example
 * ```ts
 * const rr = riskRatio({ events: 7, total: 18 }, { events: 1, total: 18 });
 * rr.value // => 7
 * rr.lower // => 1.296
 * rr.upper // => 42.544
 * riskRatio({ events: 27, total: 122 }, { events: 44, total: 487 }, { method: "katz" }).lower // => 1.583699
 * ```
 */
export function riskRatio(group: EventsAndTotal, reference: EventsAndTotal, options?: RiskRatioOptions): RiskRatioEstimate {
  const opts = checkOptions(FN, options);
  const level = checkLevel(FN, opts.level);
  const requested = checkMethod(FN, opts.method, METHODS, "miettinen-nurminen");
  const g = checkEventsAndTotal(FN, "group", group);
  const r = checkEventsAndTotal(FN, "reference", reference);
  const katzUndefined = g.events === 0 || r.events === 0 || (g.events === g.total && r.events === r.total);
  const method = requested === "katz" && katzUndefined ? "miettinen-nurminen" : requested;
  const { value, status } = ratioValue(g.events / g.total, r.events / r.total);
  const z = zForLevel(level);
  let lower: number;
  let upper: number;
  let pValue: number;
  if (method === "katz") {
    const se = Math.sqrt(1 / g.events - 1 / g.total + 1 / r.events - 1 / r.total);
    const logRatio = Math.log(value as number);
    lower = Math.exp(logRatio - z * se);
    upper = Math.exp(logRatio + z * se);
    pValue = twoSidedNormalP(logRatio / se);
  } else {
    const samples = { x1: g.events, n1: g.total, x0: r.events, n0: r.total };
    const corrected = method === "miettinen-nurminen";
    ({ lower, upper } = riskRatioScoreInterval(samples, z, corrected));
    pValue = riskRatioScoreP(samples, corrected);
  }
  return freezeResult({ value, lower, upper, level, method, status, pValue, group: g, reference: r });
}
