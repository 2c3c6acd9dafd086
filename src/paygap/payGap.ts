import { ArgumentError } from "../errors.js";
import { freezeResult } from "../_internal/freeze.js";
import { checkBootstrapOption } from "../_internal/payGapBootstrap.js";
import { type GroupFigures, groupAverages, groupFigures, groupGaps } from "../_internal/payGapRows.js";
import { checkField, groupLabels, payReference, readPayRecords } from "../_internal/payGroups.js";
import { groupQuartiles } from "../_internal/groupQuartiles.js";
import { checkCount, checkOptions } from "../_internal/validate.js";

/** The pay fields {@link payGap} and {@link equalPayAudit} read from each employee (an `HrRecord` has them all). */
export interface PayGapEmployee {
  /** Ordinary hourly pay in pounds; `null` or absent for someone unpaid (specials, volunteers), who is left out unless `fullPay` is `false` (nil pay on leave). */
  readonly hourlyPay?: number | null;
  /** A full-pay relevant employee; only `false` excludes someone from the hourly figures. */
  readonly fullPay?: boolean | null;
  /** Bonus pay in the 12 months to the snapshot date; `null` or absent counts as 0. */
  readonly bonus?: number | null;
}

/** Settings of the seeded percentile bootstrap for the hourly gaps. */
export interface PayGapBootstrapOptions {
  /** Bootstrap replicates, a whole number from 100 to 1,000,000; defaults to 2000. */
  readonly replicates?: number;
  /** Seed of the mulberry32 generator (same seed, same interval); defaults to 1. */
  readonly seed?: number;
  /** Two-sided level of the interval, a fraction in (0, 1); defaults to 0.95. */
  readonly level?: number;
}

/** Options for {@link payGap}. */
export interface PayGapOptions<E> {
  /** The field holding each employee's group, e.g. `"ethnicity"` or `"disability"`. */
  readonly by: keyof E & string;
  /** The reference group; defaults to "White", "Not disabled" or "Male" when present, else the largest group. */
  readonly reference?: string;
  /** Groups with fewer relevant employees than this get status `"small-group"`; defaults to 50. */
  readonly minimumGroupSize?: number;
  /** Adds an `aggregate` row: every known group except the reference, combined; defaults to false. */
  readonly aggregate?: boolean;
  /** The aggregate row's label; defaults to "Ethnic minorities" against "White", else "All except <reference>". */
  readonly aggregateLabel?: string;
  /** Seeded percentile bootstrap intervals for the mean and median hourly gaps; none unless given (`{}` for the defaults). */
  readonly bootstrap?: PayGapBootstrapOptions;
}

/** Why a gap has no value: `"ok"`, or `"reference"` (the reference group's own row, gap 0), or a degenerate case. */
export type PayGapStatus =
  | "ok"
  | "reference"
  /** The reference group has nobody to average (no full-pay employees, or no bonuses): `value` is `null`. */
  | "empty-reference"
  /** The group has nobody to average: `value` is `null`. */
  | "empty-group"
  /** The reference average is 0, so a gap relative to it is undefined: `value` is `null`. */
  | "zero-reference";

/** A seeded percentile bootstrap interval for an hourly gap. */
export interface PayGapInterval {
  /** Lower limit, percentage points; `null` only if every replicate was undefined. */
  readonly lower: number | null;
  /** Upper limit, percentage points; `null` only if every replicate was undefined. */
  readonly upper: number | null;
  /** Two-sided level. */
  readonly level: number;
  /** Always `"percentile"`. */
  readonly method: "percentile";
  /** Replicates drawn. */
  readonly replicates: number;
  /** Seed used. */
  readonly seed: number;
  /** Replicates whose reference average was 0, left out of the percentiles. */
  readonly undefinedReplicates: number;
}

/** One gap: (reference − group) / reference × 100, in percent, unrounded. */
export interface PayGapValue {
  /** The gap in percent (positive: the group is paid less); `null` unless `status` is `"ok"` or `"reference"`. */
  readonly value: number | null;
  /** `"ok"`, `"reference"`, or why there is no value. */
  readonly status: PayGapStatus;
  /** The bootstrap interval (hourly gaps with `bootstrap` set and status `"ok"`), else `null`. */
  readonly interval: PayGapInterval | null;
}

/** One group's figures and its gaps against the reference group. */
export interface PayGroupRow {
  /** The group's label as found in the data (or the aggregate label). */
  readonly group: string;
  /** Whether this is the reference group. */
  readonly isReference: boolean;
  /** `"small-group"` when `employees` is below `minimumGroupSize`, else `"ok"`. */
  readonly status: "ok" | "small-group";
  /** Relevant employees (with an hourly pay) in the group. */
  readonly employees: number;
  /** The group's share of all relevant employees, including those not disclosed, in %. */
  readonly share: number;
  /** Full-pay relevant employees (those behind the hourly figures). */
  readonly fullPayEmployees: number;
  /** Mean hourly pay of full-pay employees; `null` when there are none. */
  readonly meanHourlyPay: number | null;
  /** Median hourly pay of full-pay employees; `null` when there are none. */
  readonly medianHourlyPay: number | null;
  /** Relevant employees paid a bonus (bonus > 0). */
  readonly bonusRecipients: number;
  /** Bonus recipients as % of the group's relevant employees; `null` for an empty aggregate. */
  readonly bonusProportion: number | null;
  /** Mean bonus of recipients; `null` when nobody was paid one. */
  readonly meanBonus: number | null;
  /** Median bonus of recipients; `null` when nobody was paid one. */
  readonly medianBonus: number | null;
  /** Mean hourly pay gap. */
  readonly meanHourlyGap: PayGapValue;
  /** Median hourly pay gap. */
  readonly medianHourlyGap: PayGapValue;
  /** Mean bonus gap (recipients only). */
  readonly meanBonusGap: PayGapValue;
  /** Median bonus gap (recipients only). */
  readonly medianBonusGap: PayGapValue;
}

/** One pay quarter with the share of each group (and of `"Unknown"`, those not disclosed). */
export interface PayQuarter {
  /** Full-pay relevant employees in the quarter. */
  readonly employees: number;
  /** People of each group in the quarter (fractional where a tied rate straddles a boundary). */
  readonly counts: Readonly<Record<string, number>>;
  /** Each group's share of the quarter, in %. */
  readonly shares: Readonly<Record<string, number>>;
  /** `"empty"` for a quarter with nobody in it (fewer than four employees; shares are then 0). */
  readonly status: "ok" | "empty";
}

/** The four pay quarters, lowest paid first. */
export interface PayQuarters {
  /** Lowest-paid quarter. */
  readonly lower: PayQuarter;
  /** Lower-middle quarter. */
  readonly lowerMiddle: PayQuarter;
  /** Upper-middle quarter. */
  readonly upperMiddle: PayQuarter;
  /** Highest-paid quarter. */
  readonly upper: PayQuarter;
}

/** The result of {@link payGap}. */
export interface PayGapResult {
  /** The field grouped by. */
  readonly by: string;
  /** The reference group; `null` only when no group is known (status `"no-groups"`). */
  readonly reference: string | null;
  /** `"ok"`; `"no-employees"` when there are no relevant employees; `"no-groups"` when nobody disclosed a group. */
  readonly status: "ok" | "no-employees" | "no-groups";
  /** Relevant employees: records with an hourly pay, and those on nil pay because of leave (`fullPay: false`). */
  readonly employees: number;
  /** Records left out: no hourly pay and not marked `fullPay: false` (unpaid: specials, volunteers). */
  readonly unpaid: number;
  /** Relevant employees who did not disclose (blank, "Unknown", "Not stated", "Prefer not to say"). */
  readonly notDisclosed: {
    /** How many. */
    readonly employees: number;
    /** As % of relevant employees (0 when there are none). */
    readonly share: number;
    /** How many of them are full-pay employees (they count in the pay quarters as `"Unknown"`). */
    readonly fullPayEmployees: number;
  };
  /** Each known group, in label order, with its gaps against the reference. */
  readonly groups: readonly PayGroupRow[];
  /** Every known group except the reference, combined (when `aggregate` is true), else `null`. */
  readonly aggregate: PayGroupRow | null;
  /** Pay quarters of all full-pay relevant employees, with the share of each group and of `"Unknown"`. */
  readonly quartiles: PayQuarters;
  /** The minimum group size applied. */
  readonly minimumGroupSize: number;
  /** `"percentile-bootstrap"` when intervals were computed, else `"none"`. */
  readonly method: "percentile-bootstrap" | "none";
}

const FN = "payGap";

/**
 * Pay gaps between the groups of any characteristic (ethnicity, disability, …) and a reference
 * group, with the metrics of the gender pay gap, as the government's ethnicity pay reporting guidance
 * (Department for Business and Trade, 2023) asks.
 *
 * @remarks
 * Every gap is (reference − group) / reference × 100, unrounded (positive: the group is paid less).
 * - Relevant employees are the records with an `hourlyPay`, and those marked `fullPay: false` (nil
 *   pay while on leave); the rest are unpaid (specials, volunteers), counted in `unpaid` and left
 *   out, as `genderPayGap` does. Hourly figures use full-pay relevant employees (`fullPay` not
 *   `false`); bonus gaps use those paid a bonus; bonus proportions are recipients over all the group's relevant employees
 *   (SI 2017/172 regs 8–12 applied to each group).
 * - Groups are the labels in the `by` field (for ethnicity the package's Census 2021 groups Asian,
 *   Black, Mixed, White, Other). Blank, "Unknown", "Not stated" and "Prefer not to say" are not
 *   disclosed: they are in no group, and their number and share are reported (`notDisclosed`), as
 *   the guidance asks.
 * - The reference defaults to "White", "Not disabled" or "Male" when present, else the largest group.
 * - Groups under `minimumGroupSize` (default 50, the guidance's minimum for publishing; it suggests
 *   5–20 for internal analysis) get status `"small-group"`. `aggregate: true` adds a row combining
 *   every other known group ("Ethnic minorities" against "White"), as the guidance suggests where
 *   groups are small.
 * - Pay quarters rank all full-pay relevant employees (including those not disclosed, as `"Unknown"`)
 *   into four bands as reg. 13 does, and a tied rate straddling a boundary gives each band it touches
 *   the same group mix (reg. 13(2), for any number of groups).
 * - `bootstrap` adds seeded percentile intervals for the mean and median hourly gaps, resampling each
 *   group's and the reference's hourly pay separately (the same helper as `genderPayGap`).
 *
 * A gap without a value has `value: null` and a status: `"empty-group"`, `"empty-reference"`,
 * `"zero-reference"`. No relevant employees gives status `"no-employees"`; nobody disclosed, `"no-groups"`.
 *
 * Reference: Department for Business and Trade (2023) "Ethnicity pay reporting: guidance for
 * employers", GOV.UK; SI 2017/172 and SI 2017/353.
 *
 * @param employees - records with `hourlyPay`, `fullPay`, `bonus` and the `by` field (e.g. `HrRecord`s)
 * @param options - `by` (required), `reference`, `minimumGroupSize` (50), `aggregate`, `aggregateLabel`, `bootstrap`
 * @returns a frozen {@link PayGapResult}
 * @throws {@link ArgumentError} for a non-array, a negative or non-numeric pay or bonus, a `fullPay`
 *   that is not boolean, a group label that is not text, an unknown `by` field or reference, or bad options
 *
 * @example
 * ```ts
 * const staff = [
 *   { ethnicity: "White", hourlyPay: 20 }, { ethnicity: "White", hourlyPay: 24 }, { ethnicity: "White", hourlyPay: 16, bonus: 500 },
 *   { ethnicity: "Asian", hourlyPay: 18 }, { ethnicity: "Asian", hourlyPay: 15, bonus: 400 },
 *   { ethnicity: "Black", hourlyPay: 19 }, { ethnicity: "Unknown", hourlyPay: 17 },
 * ];
 * const gaps = payGap(staff, { by: "ethnicity", aggregate: true });
 * gaps.reference // => "White"
 * gaps.notDisclosed.share // => 14.285714285714286
 * gaps.groups[0]?.group // => "Asian"
 * gaps.groups[0]?.meanHourlyGap.value // => 17.5
 * gaps.groups[0]?.status // => "small-group"
 * gaps.aggregate?.medianHourlyGap.value // => 10
 * gaps.quartiles.upper.shares["White"] // => 100
 * ```
 */
export function payGap<E extends PayGapEmployee>(employees: readonly E[], options: PayGapOptions<E>): PayGapResult {
  const opts = checkOptions(FN, options);
  const by = checkField(FN, "by", opts.by, Array.isArray(employees) ? (employees as readonly object[]) : []);
  const minimumGroupSize = opts.minimumGroupSize === undefined ? 50 : checkCount(FN, "options.minimumGroupSize", opts.minimumGroupSize);
  if (opts.aggregate !== undefined && typeof opts.aggregate !== "boolean") throw new ArgumentError(FN, "options.aggregate", "must be true or false", opts.aggregate);
  if (opts.aggregateLabel !== undefined && (typeof opts.aggregateLabel !== "string" || opts.aggregateLabel.trim() === "")) {
    throw new ArgumentError(FN, "options.aggregateLabel", "must be a non-empty string", opts.aggregateLabel);
  }
  const bootstrap = checkBootstrapOption(FN, opts.bootstrap);
  const all = readPayRecords(FN, employees, by);
  const relevant = all.filter((r) => r.pay !== null || !r.fullPay); // nil pay on leave is still relevant
  const labels = groupLabels(relevant);
  const reference = payReference(FN, labels, relevant, opts.reference);
  const unknown = relevant.filter((r) => r.group === null);
  const figures = new Map(labels.map((l) => [l, groupFigures(relevant.filter((r) => r.group === l))]));
  const empty = groupFigures([]);
  const refFigures = reference === null ? empty : (figures.get(reference) as GroupFigures);
  const row = (group: string, f: GroupFigures, isReference: boolean): PayGroupRow => ({
    group,
    isReference,
    status: f.employees < minimumGroupSize ? "small-group" : "ok",
    ...groupAverages(f, relevant.length),
    ...groupGaps(refFigures, f, isReference, bootstrap),
  });
  const groups = labels.map((l) => row(l, figures.get(l) as GroupFigures, l === reference));
  let aggregate: PayGroupRow | null = null;
  if (opts.aggregate === true && reference !== null) {
    const label = opts.aggregateLabel ?? (reference.toLowerCase() === "white" ? "Ethnic minorities" : `All except ${reference}`);
    aggregate = row(label, groupFigures(relevant.filter((r) => r.group !== null && r.group !== reference)), false);
  }
  const quarterLabels = unknown.length > 0 ? [...labels, "Unknown"] : labels;
  const entries = relevant.filter((r) => r.fullPay).map((r) => ({ pay: r.pay as number, group: r.group ?? "Unknown" }));
  return freezeResult({
    by,
    reference,
    status: relevant.length === 0 ? "no-employees" : reference === null ? "no-groups" : "ok",
    employees: relevant.length,
    unpaid: all.length - relevant.length,
    notDisclosed: {
      employees: unknown.length,
      share: relevant.length === 0 ? 0 : (100 * unknown.length) / relevant.length,
      fullPayEmployees: unknown.filter((r) => r.fullPay).length,
    },
    groups,
    aggregate,
    quartiles: groupQuartiles(entries, quarterLabels),
    minimumGroupSize,
    method: bootstrap ? "percentile-bootstrap" : "none",
  });
}
