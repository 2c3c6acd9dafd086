import { ArgumentError } from "../errors.js";
import { freezeResult } from "../_internal/freeze.js";
import { checkRateSettings, staffRateTable } from "../_internal/staffRateTable.js";
import { groupKey, unknownKeys } from "../_internal/stagesReference.js";
import { checkOptions, checkRecord } from "../_internal/validate.js";
import { checkFieldName, checkIsoDate, checkRecords, recordLabel, type GroupEntries } from "../_internal/workforceCounts.js";
import { proportion, type ProportionEstimate } from "../stats/proportion.js";
import type { RateMethod } from "../stats/rate.js";
import type { RateRatioMethod } from "../stats/rateRatio.js";
import type { LevelOption } from "../types.js";
import type { WorkforceRecords } from "./representation.js";
import type { StaffRatesResult } from "./staffRates.js";

/** A period of whole days, both ends included, as `YYYY-MM-DD` dates. */
export interface LeaverPeriod {
  /** The first day, e.g. `"2023-04-01"`. */
  readonly from: string;
  /** The last day, e.g. `"2024-03-31"`. */
  readonly to: string;
}

/** One group's joiners, leavers and retention over the period. */
export interface LeaverRow {
  /** The group label (`"Unknown"` for the row of unknown group). */
  readonly group: string;
  /** People in post at the start: started before `from` and not left before it. */
  readonly startHeadcount: number;
  /** People who started in the period. */
  readonly joiners: number;
  /** People who left in the period (including joiners who left). */
  readonly leavers: number;
  /** People in post at the end: started by `to` and not left by it. */
  readonly endHeadcount: number;
  /** (startHeadcount + endHeadcount) ÷ 2: the denominator of the turnover rate. */
  readonly averageHeadcount: number;
  /** Leavers who were in post at the start. */
  readonly cohortLeavers: number;
  /** cohortLeavers ÷ startHeadcount with its Wilson interval, or `null` with no one in post at the start. */
  readonly leaverProportion: ProportionEstimate | null;
  /** (startHeadcount − cohortLeavers) ÷ startHeadcount with its Wilson interval (1 − leaverProportion), or `null`. */
  readonly retention: ProportionEstimate | null;
  /** `"ok"`, or `"no-start-headcount"` when no one was in post at the start. */
  readonly status: "ok" | "no-start-headcount";
}

/** A data problem found in the records, reported rather than dropped silently. */
export interface LeaverIssue {
  /**
   * `"missing-start-date"`: records without a start date, counted as in post before the period;
   * `"leave-before-start"`: records that leave before they start, left out;
   * `"snapshot-before-period-end"`: records whose extract (snapshot) date is before the period's
   * end, so later leavers are missing from the extract.
   */
  readonly kind: "missing-start-date" | "leave-before-start" | "snapshot-before-period-end";
  /** The number of records concerned. */
  readonly count: number;
  /** A sentence for a report. */
  readonly message: string;
}

/** Options for {@link leaverRates}. */
export interface LeaverRatesOptions extends LevelOption {
  /** The record field holding the group; defaults to `"ethnicity"`. */
  readonly by?: string;
  /** The multiplier of the turnover rates; defaults to 1,000 (100 gives percentages). */
  readonly per?: number;
  /** Turnover rate-ratio method (see {@link rateRatio}); defaults to `"exact"`. */
  readonly method?: RateRatioMethod;
  /** Turnover rate interval method (see {@link rate}); defaults to `"exact"`. */
  readonly rateMethod?: RateMethod;
  /** The reference group of the turnover ratios; defaults to `"White"` when present, else the largest. */
  readonly reference?: string;
  /** Labels of unknown group, matched ignoring case; defaults to `["Unknown"]` (blank values are always unknown). */
  readonly unknown?: readonly string[];
}

/** The result of {@link leaverRates}. */
export interface LeaverRatesResult {
  /** The period. */
  readonly period: LeaverPeriod;
  /** The record field grouped by. */
  readonly by: string;
  /** The confidence level. */
  readonly level: number;
  /** The interval method of the leaver and retention proportions. */
  readonly method: "wilson";
  /** One row per group of known label, in the order first seen. */
  readonly rows: readonly LeaverRow[];
  /** All records of unknown group together. */
  readonly unknown: LeaverRow;
  /** Leavers per `per` of average headcount by group, with ratios to the reference (see {@link staffRates}). */
  readonly turnover: StaffRatesResult;
  /** Data problems found in the records. */
  readonly issues: readonly LeaverIssue[];
}

const FN = "leaverRates";

interface Counts {
  group: string;
  start: number;
  joiners: number;
  leavers: number;
  end: number;
  cohortLeavers: number;
}

/**
 * Leavers, retention and turnover by group over a period, from HR records with start and leaving
 * dates (see `hrSchema`).
 *
 * @remarks
 * With the period's first day F and last day T (dates compare as `YYYY-MM-DD` text; a leaving date
 * is the last day in post): in post at the start = started before F and not left before F; joiners
 * started in [F, T]; leavers left in [F, T]; in post at the end = started by T and not left by T,
 * so end = start + joiners − leavers. Two measures follow:
 * - the **leaver proportion** of the people in post at the start who left in the period, with its
 *   Wilson interval (see {@link proportion}), and **retention** = 1 − it (the stability index);
 * - **turnover** = all leavers ÷ average headcount ((start + end) ÷ 2) × per (the CIPD labour
 *   turnover rate), with exact Poisson intervals and exact rate ratios against the reference group
 *   (see {@link staffRates}).
 *
 * Records without a start date count as in post before the period; records leaving before they
 * start are left out; records whose `snapshotDate` is before T cannot show later leavers. Each is
 * reported in `issues`. Unknown group (labels in `options.unknown`, and blanks) is summed in its
 * own row and left out of the turnover comparisons.
 *
 * References: CIPD, Employee turnover and retention (factsheet); Wilson EB (1927) JASA 22:209–212;
 * Garwood F (1936) Biometrika 28:437–442.
 *
 * @param records - HR records with `startDate`, `leaveDate` (`YYYY-MM-DD` or null), optional
 *   `snapshotDate` and the `by` field
 * @param period - the period `{ from, to }`, both days included
 * @param options - `by` (`"ethnicity"`), `per` (1000), `level` (0.95), `method` (`"exact"`),
 *   `rateMethod` (`"exact"`), `reference`, `unknown` (`["Unknown"]`)
 * @returns a frozen {@link LeaverRatesResult}
 * @throws {@link ArgumentError} for records that are not objects, dates not `YYYY-MM-DD`, a period
 *   ending before it starts, a non-string group value, an unknown reference or invalid options
 *
 * @example
 * ```ts
 * const staff = [
 *   { ethnicity: "White", startDate: "2015-06-01", leaveDate: null },
 *   { ethnicity: "White", startDate: "2019-01-07", leaveDate: "2023-09-30" },
 *   { ethnicity: "White", startDate: "2023-05-02", leaveDate: null },
 *   { ethnicity: "Asian", startDate: "2020-03-02", leaveDate: "2024-01-12" },
 *   { ethnicity: "Asian", startDate: "2021-11-15", leaveDate: null },
 * ];
 * const year = leaverRates(staff, { from: "2023-04-01", to: "2024-03-31" });
 * const white = year.rows.find((r) => r.group === "White");
 * white?.startHeadcount // => 2
 * white?.endHeadcount // => 2
 * white?.retention?.value // => 0.5
 * year.turnover.rows.find((r) => r.group === "Asian")?.rate?.value // => 666.666667
 * ```
 */
export function leaverRates(records: WorkforceRecords, period: LeaverPeriod, options?: LeaverRatesOptions): LeaverRatesResult {
  const opts = checkOptions(FN, options);
  const { level, method, rateMethod, per } = checkRateSettings(FN, opts);
  const by = checkFieldName(FN, "options.by", opts.by ?? "ethnicity");
  const unknown = new Set([...unknownKeys(FN, opts.unknown), "unknown"]);
  const p = checkRecord(FN, "period", period);
  const from = checkIsoDate(FN, "period.from", p["from"], false) as string;
  const to = checkIsoDate(FN, "period.to", p["to"], false) as string;
  if (to < from) throw new ArgumentError(FN, "period.to", `must not be before period.from (${from})`, to);
  const list = checkRecords(FN, "records", records);
  const groups = new Map<string, Counts>();
  const issues = { missingStart: 0, leaveBeforeStart: 0, snapshotBefore: 0 };
  list.forEach((record, i) => {
    const label = recordLabel(FN, `records[${i}].${by}`, record[by]) ?? "Unknown";
    const start = checkIsoDate(FN, `records[${i}].startDate`, record["startDate"], true);
    const leave = checkIsoDate(FN, `records[${i}].leaveDate`, record["leaveDate"], true);
    const snapshot = checkIsoDate(FN, `records[${i}].snapshotDate`, record["snapshotDate"], true);
    if (start !== null && leave !== null && leave < start) {
      issues.leaveBeforeStart++;
      return;
    }
    if (start === null) issues.missingStart++;
    if (snapshot !== null && snapshot < to) issues.snapshotBefore++;
    const key = groupKey(label);
    const c = groups.get(key) ?? { group: label, start: 0, joiners: 0, leavers: 0, end: 0, cohortLeavers: 0 };
    groups.set(key, c);
    const inStart = (start === null || start < from) && (leave === null || leave >= from);
    const left = leave !== null && leave >= from && leave <= to;
    if (inStart) c.start++;
    if (start !== null && start >= from && start <= to) c.joiners++;
    if (left) c.leavers++;
    if (inStart && left) c.cohortLeavers++;
    if ((start === null || start <= to) && (leave === null || leave > to)) c.end++;
  });
  const known = [...groups].filter(([key]) => !unknown.has(key)).map(([, c]) => c);
  const pooled: Counts = { group: "Unknown", start: 0, joiners: 0, leavers: 0, end: 0, cohortLeavers: 0 };
  for (const [key, c] of groups) {
    if (!unknown.has(key)) continue;
    for (const field of ["start", "joiners", "leavers", "end", "cohortLeavers"] as const) pooled[field] += c[field];
  }
  const entries = (value: (c: Counts) => number): GroupEntries => new Map([...groups].map(([key, c]) => [key, { group: c.group, count: value(c) }]));
  const turnover = staffRateTable(FN, entries((c) => c.leavers), entries((c) => (c.start + c.end) / 2), { per, level, method, rateMethod, reference: opts.reference, unknown });
  return freezeResult({
    period: { from, to },
    by,
    level,
    method: "wilson" as const,
    rows: known.map((c) => leaverRow(c, level)),
    unknown: leaverRow(pooled, level),
    turnover,
    issues: issueList(issues, to),
  });
}

function leaverRow(c: Counts, level: number): LeaverRow {
  const base = { group: c.group, startHeadcount: c.start, joiners: c.joiners, leavers: c.leavers, endHeadcount: c.end, averageHeadcount: (c.start + c.end) / 2, cohortLeavers: c.cohortLeavers };
  if (c.start === 0) return { ...base, leaverProportion: null, retention: null, status: "no-start-headcount" };
  return { ...base, leaverProportion: proportion(c.cohortLeavers, c.start, { level }), retention: proportion(c.start - c.cohortLeavers, c.start, { level }), status: "ok" };
}

function issueList(counts: { missingStart: number; leaveBeforeStart: number; snapshotBefore: number }, to: string): LeaverIssue[] {
  const issues: LeaverIssue[] = [];
  const records = (n: number) => `${n} record${n === 1 ? "" : "s"}`;
  if (counts.missingStart > 0) issues.push({ kind: "missing-start-date", count: counts.missingStart, message: `${records(counts.missingStart)} without a start date counted as in post before the period` });
  if (counts.leaveBeforeStart > 0) issues.push({ kind: "leave-before-start", count: counts.leaveBeforeStart, message: `${records(counts.leaveBeforeStart)} with a leaving date before the start date left out` });
  if (counts.snapshotBefore > 0) issues.push({ kind: "snapshot-before-period-end", count: counts.snapshotBefore, message: `${records(counts.snapshotBefore)} from an extract dated before ${to}: later leavers are missing` });
  return issues;
}
