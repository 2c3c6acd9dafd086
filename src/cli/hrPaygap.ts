import type { HrRecord } from "../csv/schemas/hr.js";
import type { ExtractSummary } from "../csv/types.js";
import { genderPayGap, type GenderPayGap } from "../paygap/genderPayGap.js";
import { formatCount } from "./formatCount.js";
import type { PaygapColumn } from "./paygapTable.js";

/** The figures of an HR extract, with the notes for the footer and the result for JSON. */
export interface HrPaygap {
  /** The one column of figures, headed by the snapshot date (or `value` without one). */
  readonly column: PaygapColumn;
  /** The full `genderPayGap` result. */
  readonly result: GenderPayGap;
  /** The footer lines: who was counted, the regulations, and every issue. */
  readonly notes: readonly string[];
}

/**
 * The six gender pay gap figures of HR records, or a usage message. The snapshot is `snapshot`,
 * else the one snapshot date the records carry (none: no date); records of another snapshot date
 * are left out, and when they carry several dates and none was given, that is a usage error.
 * Relevant employees are, as docs/paygap.md sets out, everyone but special constables and
 * volunteers, less those who left on or before the snapshot date.
 */
export function hrPaygap(records: readonly HrRecord[], summary: ExtractSummary, snapshot: string | undefined): HrPaygap | string {
  const dates = [...new Set(records.flatMap((r) => (r.snapshotDate === null ? [] : [r.snapshotDate])))].sort();
  if (snapshot !== undefined && dates.length > 0 && !dates.includes(snapshot)) {
    return `--snapshot ${snapshot} matches no record: the extract's snapshot dates are ${dates.join(", ")}`;
  }
  if (snapshot === undefined && dates.length > 1) return `the extract holds several snapshot dates (${dates.join(", ")}); pick one with --snapshot`;
  const date = snapshot ?? dates[0] ?? null;
  const atDate = records.filter((r) => r.snapshotDate === null || r.snapshotDate === date);
  const unpaidTypes = atDate.filter((r) => r.workerType === "special" || r.workerType === "volunteer").length;
  const inPost = atDate.filter((r) => r.workerType !== "special" && r.workerType !== "volunteer");
  const employees = inPost
    .filter((r) => date === null || r.leaveDate === null || r.leaveDate > date)
    .map((r) => ({ sex: r.sex, hourlyPay: r.hourlyPay, fullPay: r.fullPay ?? true, bonus: r.bonus ?? 0 }));
  const result = genderPayGap(employees, date === null ? {} : { snapshotDate: date });
  const g = result;
  const figures = {
    mean_hourly_gap: g.meanHourlyGap, median_hourly_gap: g.medianHourlyGap, mean_bonus_gap: g.meanBonusGap, median_bonus_gap: g.medianBonusGap,
    male_bonus_percent: g.bonusProportions.male, female_bonus_percent: g.bonusProportions.female,
    male_lower_quartile: g.quartiles.lower.male, female_lower_quartile: g.quartiles.lower.female,
    male_lower_middle_quartile: g.quartiles.lowerMiddle.male, female_lower_middle_quartile: g.quartiles.lowerMiddle.female,
    male_upper_middle_quartile: g.quartiles.upperMiddle.male, female_upper_middle_quartile: g.quartiles.upperMiddle.female,
    male_top_quartile: g.quartiles.upper.male, female_top_quartile: g.quartiles.upper.female,
  };
  const c = g.counts;
  const notes = [
    `Read ${formatCount(summary.files)} file${summary.files === 1 ? "" : "s"} as hr: ${formatCount(summary.rowsRead)} rows read, ${formatCount(summary.accepted)} accepted, ${formatCount(summary.rejected)} rejected.`,
    `Snapshot ${date ?? "not given (no snapshot date in the extract)"}: ${formatCount(employees.length)} employees in post (special constables and volunteers left out: ${formatCount(unpaidTypes)}; left on or before the snapshot: ${formatCount(inPost.length - employees.length)}${records.length > atDate.length ? `; other snapshot dates: ${formatCount(records.length - atDate.length)}` : ""}).`,
    `Relevant employees: ${formatCount(c.relevant.male)} men, ${formatCount(c.relevant.female)} women; on full pay: ${formatCount(c.fullPay.male)} men, ${formatCount(c.fullPay.female)} women.`,
    `Method: ${g.regulation} ${g.provisions} (${g.employer} sector); gaps are (men − women) / men × 100, so a positive gap means women are paid less.`,
    ...g.issues.map((issue) => `Note: ${issue.message}.`),
  ];
  return { column: { heading: date ?? "value", figures }, result, notes };
}
