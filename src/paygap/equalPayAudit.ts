import { ArgumentError } from "../errors.js";
import { freezeResult } from "../_internal/freeze.js";
import { type AuditSettings, gradeRow, markPatterns } from "../_internal/equalPayRows.js";
import { checkField, groupLabels, payReference, readPayRecords } from "../_internal/payGroups.js";
import { checkChoice } from "../_internal/checkChoice.js";
import { checkCount, checkLevel, checkOptions } from "../_internal/validate.js";
import type { LevelOption } from "../types.js";
import type { PayGapEmployee } from "./payGap.js";

/** Options for {@link equalPayAudit}. */
export interface EqualPayAuditOptions<E> extends LevelOption {
  /** The field holding the grade or rank compared within, e.g. `"rank"` for `HrRecord`s. */
  readonly within: keyof E & string;
  /** The field holding the group compared, e.g. `"sex"`, `"ethnicity"` or `"disability"`. */
  readonly by: keyof E & string;
  /** The reference group; defaults to "White", "Not disabled" or "Male" when present, else the largest group. */
  readonly reference?: string;
  /** A gap at least this large (a fraction: 0.05 is 5%) in any grade is flagged; defaults to 0.05. */
  readonly threshold?: number;
  /** Gaps at least this large in the same direction in `recurring` or more grades are flagged; defaults to 0.03. */
  readonly pattern?: number;
  /** How many grades make a pattern recur; defaults to 2. */
  readonly recurring?: number;
  /** Fewer people than this in either group makes a comparison `"too-few"` (never flagged); defaults to 5. */
  readonly minimumGroupSize?: number;
  /** The gap the flags look at; defaults to `"mean"` (the EHRC toolkit's average basic pay). */
  readonly measure?: "mean" | "median";
}

/** Welch's t interval for a mean gap, with the test of equal means. */
export interface EqualPayInterval {
  /** Lower limit of the mean gap, in percent of the reference mean. */
  readonly lower: number;
  /** Upper limit of the mean gap, in percent of the reference mean. */
  readonly upper: number;
  /** Two-sided level. */
  readonly level: number;
  /** Always `"welch"`. */
  readonly method: "welch";
  /** Welch–Satterthwaite degrees of freedom. */
  readonly df: number;
  /** The t statistic (reference mean − group mean) / se. */
  readonly t: number;
  /** Two-sided p-value of Welch's test of equal means. */
  readonly pValue: number;
}

/** One group against the reference within one grade. */
export interface EqualPayComparison {
  /** The group compared with the reference. */
  readonly group: string;
  /** `"ok"`; `"too-few"` (either group under `minimumGroupSize`: shown, never flagged); `"no-reference"` (nobody of the reference group in this grade) or `"zero-reference"` (reference mean 0), both without gaps. */
  readonly status: "ok" | "too-few" | "no-reference" | "zero-reference";
  /** People in the group and in the reference group in this grade. */
  readonly n: {
    /** In the group. */
    readonly group: number;
    /** In the reference group. */
    readonly reference: number;
  };
  /** (reference mean − group mean) / reference mean × 100; `null` with status `"no-reference"` or `"zero-reference"`. */
  readonly meanGap: number | null;
  /** The same with medians; `null` also when the reference median is 0. */
  readonly medianGap: number | null;
  /** The sign of the measured gap: `"group-lower"` (positive gap), `"group-higher"`, `"equal"`; `null` without a gap. */
  readonly direction: "group-lower" | "group-higher" | "equal" | null;
  /** Welch's interval for the mean gap; `null` as `intervalStatus` says. */
  readonly interval: EqualPayInterval | null;
  /** `"ok"`; `"too-few"` (fewer than two people in a group); `"no-variation"` (everyone in both groups paid the same); or the comparison's own status. */
  readonly intervalStatus: "ok" | "too-few" | "no-variation" | "no-reference" | "zero-reference";
  /** The measured gap reaches `threshold` (status `"ok"` only). */
  readonly exceedsThreshold: boolean;
  /** The measured gap is part of a recurring pattern (see {@link EqualPayPattern}). */
  readonly recurringPattern: boolean;
}

/** One grade or rank of the audit. */
export interface EqualPayGrade {
  /** The grade's label. */
  readonly grade: string;
  /** People included in this grade (known group, full pay). */
  readonly employees: number;
  /** Each group present in the grade, in label order, with its hourly pay. */
  readonly groups: readonly {
    /** The group. */
    readonly group: string;
    /** People in it. */
    readonly n: number;
    /** Their mean hourly pay. */
    readonly meanHourlyPay: number;
    /** Their median hourly pay. */
    readonly medianHourlyPay: number;
  }[];
  /** Each group present other than the reference, against the reference. */
  readonly comparisons: readonly EqualPayComparison[];
}

/** Gaps of one group reaching `pattern` in the same direction in `recurring` or more grades. */
export interface EqualPayPattern {
  /** The group. */
  readonly group: string;
  /** `"group-lower"`: the group is paid less in each of `grades`; `"group-higher"`: more. */
  readonly direction: "group-lower" | "group-higher";
  /** The grades, in label order. */
  readonly grades: readonly string[];
}

/** The result of {@link equalPayAudit}. */
export interface EqualPayAuditResult {
  /** The grade field. */
  readonly within: string;
  /** The group field. */
  readonly by: string;
  /** The reference group; `null` only with status `"no-groups"`. */
  readonly reference: string | null;
  /** `"ok"`; `"no-employees"` when nobody is left to compare; `"no-groups"` when no group is known. */
  readonly status: "ok" | "no-employees" | "no-groups";
  /** People compared: paid, full pay, with a grade and a disclosed group. */
  readonly employees: number;
  /** Records left out, by reason (each counted once, in this order). */
  readonly excluded: {
    /** No hourly pay and not marked `fullPay: false` (specials, volunteers). */
    readonly unpaid: number;
    /** `fullPay` false (pay reduced or nil because of leave). */
    readonly notFullPay: number;
    /** No grade. */
    readonly ungraded: number;
    /** Group not disclosed. */
    readonly notDisclosed: number;
  };
  /** Each grade, in label order. */
  readonly grades: readonly EqualPayGrade[];
  /** The recurring patterns found. */
  readonly patterns: readonly EqualPayPattern[];
  /** Whether any comparison reaches `threshold` or any pattern recurs. */
  readonly flagged: boolean;
  /** Settings applied. */
  readonly settings: {
    /** Threshold (fraction). */
    readonly threshold: number;
    /** Pattern threshold (fraction). */
    readonly pattern: number;
    /** Grades making a pattern recur. */
    readonly recurring: number;
    /** Minimum people per group. */
    readonly minimumGroupSize: number;
    /** The gap flagged. */
    readonly measure: "mean" | "median";
    /** Level of the intervals. */
    readonly level: number;
  };
  /** Always `"welch"` (the interval method). */
  readonly method: "welch";
}

const FN = "equalPayAudit";

function fraction(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value >= 1) {
    const hint = typeof value === "number" && value >= 1 && value < 100 ? `did you mean ${value / 100}?` : undefined;
    throw new ArgumentError(FN, `options.${name}`, "must be a fraction strictly between 0 and 1", value, hint);
  }
  return value;
}

/**
 * An equal pay audit: pay gaps within each grade or rank between the groups of a characteristic,
 * with the Equality and Human Rights Commission's rule of thumb for which gaps need investigating.
 *
 * @remarks
 * Within each grade (the `within` field), each group present is compared with the reference group
 * on the hourly pay of full-pay employees: mean gap (m_ref − m_group)/m_ref × 100 and median gap
 * likewise, with n for both. Unpaid records, those not on full pay, those without a grade and those
 * who did not disclose their group are left out and counted in `excluded`.
 *
 * The interval is Welch's: d = m_ref − m_group, se² = s²_ref/n_ref + s²_group/n_group, df by
 * Welch–Satterthwaite, limits 100·(d ± t₍df, 1−α/2₎·se)/m_ref. Dividing by the observed reference
 * mean treats it as fixed, a good approximation for grades of any size (its own relative error is
 * small next to the difference's); `pValue` is Welch's test of equal means (as scipy's
 * `ttest_ind(equal_var = False)`). It needs two people in each group and some variation.
 *
 * Flags (EHRC "Equal pay audit toolkit", step 3: "as a general rule, differences of 5% or more, or
 * any recurring differences of 3% or more merit further investigation"): `exceedsThreshold` when
 * |gap| ≥ `threshold` (5%) in a grade; `recurringPattern` when a gap of ≥ `pattern` (3%) in the same
 * direction for the same group occurs in `recurring` (2) or more grades. Both directions count.
 * Comparisons with fewer than `minimumGroupSize` (5) people in either group are `"too-few"`: shown,
 * never flagged (one or two people's pay is not a pattern, and the interval is uninformative).
 * The flags are heuristics, not tests: read them beside n and the interval.
 *
 * References: EHRC "Equal pay audit for larger organisations" (equal pay audit toolkit), step 3; Welch BL (1947)
 * Biometrika 34:28–35.
 *
 * @param employees - records with `hourlyPay`, `fullPay` and the `within` and `by` fields (e.g. `HrRecord`s)
 * @param options - `within` and `by` (required), `reference`, `threshold` (0.05), `pattern` (0.03),
 *   `recurring` (2), `minimumGroupSize` (5), `measure` (`"mean"`), `level` (0.95)
 * @returns a frozen {@link EqualPayAuditResult}
 * @throws {@link ArgumentError} for a non-array, bad pay fields, unknown fields or reference, or bad options
 *
 * @example
 * ```ts
 * const pay = (rank: string, sex: string, rates: number[]) => rates.map((hourlyPay) => ({ rank, sex, hourlyPay }));
 * const staff = [
 *   ...pay("Constable", "Male", [18, 19, 20, 21, 22]), ...pay("Constable", "Female", [17, 18, 19, 20, 21]),
 *   ...pay("Sergeant", "Male", [25, 26, 27, 28, 29]), ...pay("Sergeant", "Female", [23, 24, 25, 26, 27]),
 * ];
 * const audit = equalPayAudit(staff, { within: "rank", by: "sex" });
 * audit.reference // => "Male"
 * audit.grades[0]?.comparisons[0]?.meanGap // => 5
 * audit.grades[0]?.comparisons[0]?.exceedsThreshold // => true
 * audit.grades[1]?.comparisons[0]?.meanGap // => 7.4074074
 * audit.patterns[0]?.direction // => "group-lower"
 * audit.patterns[0]?.grades // => ["Constable", "Sergeant"]
 * ```
 */
export function equalPayAudit<E extends PayGapEmployee>(employees: readonly E[], options: EqualPayAuditOptions<E>): EqualPayAuditResult {
  const opts = checkOptions(FN, options);
  if (options === undefined) throw new ArgumentError(FN, "options", "must be an object naming `within` and `by`", options);
  const list = Array.isArray(employees) ? (employees as readonly object[]) : [];
  const within = checkField(FN, "within", opts.within, list);
  const by = checkField(FN, "by", opts.by, list);
  const level = checkLevel(FN, opts.level);
  const threshold = fraction("threshold", opts.threshold, 0.05);
  const pattern = fraction("pattern", opts.pattern, 0.03);
  const recurring = opts.recurring === undefined ? 2 : checkCount(FN, "options.recurring", opts.recurring);
  if (recurring < 1) throw new ArgumentError(FN, "options.recurring", "must be at least 1", recurring);
  const minimumGroupSize = opts.minimumGroupSize === undefined ? 5 : checkCount(FN, "options.minimumGroupSize", opts.minimumGroupSize);
  const measure = checkChoice(FN, "options.measure", opts.measure, ["mean", "median"] as const, "mean");
  const all = readPayRecords(FN, employees, by, within);
  const paid = all.filter((r) => r.pay !== null || !r.fullPay); // relevant employees, as payGap
  const full = paid.filter((r) => r.fullPay);
  const graded = full.filter((r) => r.stratum !== null);
  const included = graded.filter((r) => r.group !== null);
  const labels = groupLabels(included);
  const reference = payReference(FN, labels, included, opts.reference);
  const settings = { threshold, pattern, recurring, minimumGroupSize, measure, level };
  const strata = [...new Set(included.map((r) => r.stratum as string))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const audit: AuditSettings = { ...settings, reference: reference ?? "", labels };
  const rows = reference === null ? [] : strata.map((grade) => gradeRow(grade, included.filter((r) => r.stratum === grade), audit));
  const { grades, patterns } = markPatterns(rows, audit);
  const flagged = patterns.length > 0 || grades.some((g) => g.comparisons.some((c) => c.exceedsThreshold));
  return freezeResult({
    within,
    by,
    reference,
    status: graded.length === 0 ? "no-employees" : reference === null ? "no-groups" : "ok",
    employees: included.length,
    excluded: { unpaid: all.length - paid.length, notFullPay: paid.length - full.length, ungraded: full.length - graded.length, notDisclosed: graded.length - included.length },
    grades,
    patterns,
    flagged,
    settings,
    method: "welch",
  });
}
