import { concordanceCells, squareTable } from "../_internal/concordanceTable.js";
import { freezeResult } from "../_internal/freeze.js";
import { kappaStatistics } from "../_internal/kappaStatistics.js";
import { twoSidedNormalP, zForLevel } from "../_internal/quantiles.js";
import { unknownKeys } from "../_internal/stagesReference.js";
import { checkLevel, checkOptions } from "../_internal/validate.js";
import { proportion, type ProportionEstimate } from "../stats/proportion.js";
import type { Interval, LevelOption } from "../types.js";

/** One person (or, with `count`, several) with both ethnicities recorded. */
export interface EthnicityPair {
  /** Self-defined group (`"Asian"`, `"Black"`, `"Mixed"`, `"White"`, `"Other"`); unknown labels, blank or null are unknown. */
  readonly selfDefined: string | null | undefined;
  /** Officer-defined group (no `"Mixed"`); unknown labels, blank or null are unknown. */
  readonly officerDefined: string | null | undefined;
  /** How many people have this pair, a whole number; defaults to 1. */
  readonly count?: number;
}

/** A pre-counted cross table: self-defined group → officer-defined group → count. */
export type ConcordanceTable = Readonly<Record<string, Readonly<Record<string, number>>>>;

/**
 * `"ok"`; `"perfect-agreement"` (κ = 1, standard error 0, interval [1, 1]); or `"degenerate"`:
 * no category is used by both recorders, or one recorder used a single category, so κ is 0 by
 * construction, both standard errors are 0 and there is no test (`pValue` is `null`).
 */
export type KappaStatus = "ok" | "perfect-agreement" | "degenerate";

/** Cohen's kappa with its Fleiss–Cohen–Everitt asymptotic standard error. */
export interface KappaEstimate extends Interval<"fleiss-cohen-everitt", KappaStatus> {
  /** The standard error of κ (Fleiss, Cohen & Everitt 1969), used for the interval. */
  readonly standardError: number;
  /** The standard error under κ = 0, used for the test. */
  readonly nullStandardError: number;
  /** Two-sided p-value of z = κ / nullStandardError, or `null` when `status` is `"degenerate"`. */
  readonly pValue: number | null;
  /** Agreement expected by chance, Σ rᵢcᵢ. */
  readonly expectedAgreement: number;
}

/** Agreement within one category. */
export interface CategoryAgreement {
  /** The category. */
  readonly category: string;
  /** People who self-defined as this category (among compared pairs). */
  readonly selfDefined: number;
  /** People the officer recorded as this category (among compared pairs). */
  readonly officerDefined: number;
  /** People both recorded as this category. */
  readonly agreed: number;
  /** agreed ÷ selfDefined with its Wilson interval, or `null` when no one self-defined as this category. */
  readonly agreement: ProportionEstimate | null;
}

/** Pairs left out because an ethnicity is unknown. */
export interface ExcludedPairs {
  /** Self-defined unknown, officer-defined known. */
  readonly selfUnknown: number;
  /** Officer-defined unknown, self-defined known. */
  readonly officerUnknown: number;
  /** Both unknown. */
  readonly bothUnknown: number;
  /** All pairs left out. */
  readonly total: number;
}

/** `"ok"`, `"no-pairs"` (no pair has both ethnicities known) or `"undefined-kappa"` (both recorders used one and the same category, so chance agreement is 1). */
export type ConcordanceStatus = "ok" | "no-pairs" | "undefined-kappa";

/** Options for {@link ethnicityConcordance}. */
export interface EthnicityConcordanceOptions extends LevelOption {
  /** Labels of unknown ethnicity, matched ignoring case; defaults to `["Unknown"]` (blank and null are always unknown). */
  readonly unknown?: readonly string[];
}

/** The result of {@link ethnicityConcordance}. */
export interface EthnicityConcordanceResult {
  /** Whether agreement and kappa could be computed. */
  readonly status: ConcordanceStatus;
  /** The confidence level. */
  readonly level: number;
  /** The categories of the square table: canonical groups in canonical order, then others as met. */
  readonly categories: readonly string[];
  /** Counts: `table[i][j]` people self-defined as `categories[i]` and officer-defined as `categories[j]`. */
  readonly table: readonly (readonly number[])[];
  /** All pairs given, known and unknown. */
  readonly pairs: number;
  /** Pairs with both ethnicities known: the table's total. */
  readonly compared: number;
  /** Pairs left out because an ethnicity is unknown. */
  readonly excluded: ExcludedPairs;
  /** Observed agreement Σ table[i][i] ÷ compared with its Wilson interval, or `null` with no pairs. */
  readonly agreement: ProportionEstimate | null;
  /** Cohen's kappa, or `null` when `status` is not `"ok"`. */
  readonly kappa: KappaEstimate | null;
  /** Agreement within each category. */
  readonly byCategory: readonly CategoryAgreement[];
}

const FN = "ethnicityConcordance";

/**
 * How far self-defined and officer-defined ethnicity agree: the cross table, the observed
 * agreement and Cohen's kappa.
 *
 * @remarks
 * The table is square over the union of the known categories of both recorders, so a category
 * only one side uses (self-defined Mixed: officers have no Mixed) is a row or column of
 * disagreement. With cell shares pᵢⱼ, row totals rᵢ (self-defined) and column totals cᵢ
 * (officer-defined): p_o = Σ pᵢᵢ, p_e = Σ rᵢcᵢ, κ = (p_o − p_e)/(1 − p_e). The standard error is
 * the large-sample one of Fleiss, Cohen & Everitt (1969), as statsmodels' `cohens_kappa` reports
 * it (`std_kappa`):
 * Var(κ) = [Σ pᵢᵢ(1 − (rᵢ + cᵢ)(1 − κ))² + (1 − κ)² Σ_{i≠j} pᵢⱼ(cᵢ + rⱼ)² − (κ − p_e(1 − κ))²] / ((1 − p_e)² n),
 * and the interval κ ± z·SE, clipped to [−1, 1]. The test of κ = 0 uses the null variance
 * [p_e + p_e² − Σ rᵢcᵢ(rᵢ + cᵢ)] / ((1 − p_e)² n) (`std_kappa0`). Observed agreement has a Wilson
 * interval (see {@link proportion}).
 *
 * Unknown ethnicity on either side (labels in `options.unknown`, blank or null) cannot agree or
 * disagree: such pairs are left out and counted in `excluded`. Canonical groups are matched
 * ignoring case; any other label is a category of its own.
 *
 * References: Cohen J (1960) Educ Psychol Meas 20:37–46; Fleiss JL, Cohen J, Everitt BS (1969)
 * Psychol Bull 72:323–327.
 *
 * @param pairs - `{ selfDefined, officerDefined, count? }[]`, or a table `{ self: { officer: count } }`
 * @param options - `level` (default 0.95) and `unknown` (default `["Unknown"]`)
 * @returns a frozen {@link EthnicityConcordanceResult}
 * @throws {@link ArgumentError} for a non-string label, a negative or non-integer count, or invalid options
 *
 * @example
 * ```ts
 * const c = ethnicityConcordance({ White: { White: 90, Black: 2 }, Black: { White: 3, Black: 15 }, Mixed: { White: 4, Black: 6 }, Unknown: { White: 20 } });
 * c.categories // => ["Black", "Mixed", "White"]
 * c.agreement?.value // => 0.875
 * c.kappa?.value // => 0.644409
 * c.kappa?.standardError // => 0.072456
 * c.excluded.selfUnknown // => 20
 * ```
 */
export function ethnicityConcordance(pairs: readonly EthnicityPair[] | ConcordanceTable, options?: EthnicityConcordanceOptions): EthnicityConcordanceResult {
  const opts = checkOptions(FN, options);
  const level = checkLevel(FN, opts.level);
  const { categories, table, excluded } = squareTable(concordanceCells(FN, pairs, unknownKeys(FN, opts.unknown)));
  const compared = table.reduce((sum, row) => sum + row.reduce((s, x) => s + x, 0), 0);
  const agreed = categories.map((_, i) => (table[i] as number[])[i] as number);
  const byCategory = categories.map((category, i) => {
    const selfDefined = (table[i] as number[]).reduce((s, x) => s + x, 0);
    const agreement = selfDefined === 0 ? null : proportion(agreed[i] as number, selfDefined, { level });
    return { category, selfDefined, officerDefined: table.reduce((s, row) => s + (row[i] as number), 0), agreed: agreed[i] as number, agreement };
  });
  const base = { level, categories, table, pairs: compared + excluded.total, compared, excluded, byCategory };
  if (compared === 0) return freezeResult({ status: "no-pairs", ...base, agreement: null, kappa: null });
  const agreedTotal = agreed.reduce((s, x) => s + x, 0);
  const agreement = proportion(agreedTotal, compared, { level });
  // Integer tests of the degenerate tables, so that rounding in the shares cannot hide them.
  if (agreed.some((a) => a === compared)) return freezeResult({ status: "undefined-kappa", ...base, agreement, kappa: null });
  const used = (side: "selfDefined" | "officerDefined") => byCategory.filter((c) => c[side] > 0).length;
  const shared = byCategory.some((c) => c.selfDefined > 0 && c.officerDefined > 0);
  const status: KappaStatus = agreedTotal === compared ? "perfect-agreement" : !shared || used("selfDefined") === 1 || used("officerDefined") === 1 ? "degenerate" : "ok";
  return freezeResult({ status: "ok", ...base, agreement, kappa: kappaEstimate(table, status, level) });
}

function kappaEstimate(table: readonly (readonly number[])[], status: KappaStatus, level: number): KappaEstimate {
  const stats = kappaStatistics(table);
  const value = status === "perfect-agreement" ? 1 : status === "degenerate" ? 0 : stats.kappa;
  const standardError = status === "ok" ? Math.sqrt(stats.variance) : 0;
  const nullStandardError = status === "degenerate" ? 0 : Math.sqrt(stats.nullVariance);
  const half = zForLevel(level) * standardError;
  return {
    value,
    lower: Math.max(-1, value - half),
    upper: Math.min(1, value + half),
    level,
    method: "fleiss-cohen-everitt",
    status,
    standardError,
    nullStandardError,
    pValue: status === "degenerate" ? null : twoSidedNormalP(value / nullStandardError),
    expectedAgreement: stats.expected,
  };
}
