import type { GenderPayGapServiceRecord } from "../csv/schemas/genderPayGapServiceSchema.js";
import type { ExtractSummary } from "../csv/types.js";
import { formatCount } from "./formatCount.js";
import type { PaygapColumn } from "./paygapTable.js";

/** The published figures of one employer, a column per reporting year, with the footer lines. */
export interface ServicePaygap {
  /** The employer's name. */
  readonly employer: string;
  /** One column per report, oldest first. */
  readonly columns: readonly PaygapColumn[];
  /** The footer lines. */
  readonly notes: readonly string[];
}

/** An employer's identity across years: its current name, else the name it reported under. */
const nameOf = (r: GenderPayGapServiceRecord) => (r.currentName ?? r.employerName).trim();

/** The reporting year `YYYY-YY` whose snapshot falls in the calendar year of `snapshot` (`"2022-03-31"` → `"2022-23"`). */
function yearOfSnapshot(snapshot: string): string {
  const year = Number(snapshot.slice(0, 4));
  return `${year}-${String((year + 1) % 100).padStart(2, "0")}`;
}

/**
 * Picks one employer's reports from a gender pay gap service download, or returns a usage
 * message. `employer` is matched, ignoring case, to the reported or current name: an exact match
 * wins, else a name containing it; several employers matching lists them. Without `employer` the
 * file must hold one employer. `snapshot` keeps the report of the reporting year whose snapshot
 * falls in that calendar year.
 */
export function servicePaygap(records: readonly GenderPayGapServiceRecord[], summary: ExtractSummary, employer: string | undefined, snapshot: string | undefined): ServicePaygap | string {
  const names = [...new Set(records.map(nameOf))].sort();
  let chosen: string;
  if (employer === undefined) {
    if (names.length !== 1) return `the file holds ${formatCount(names.length)} employers; pick one with --employer NAME`;
    chosen = names[0] as string;
  } else {
    const wanted = employer.trim().toLowerCase();
    const matches = (exact: boolean) => names.filter((name) => records.some((r) => nameOf(r) === name && [r.employerName, r.currentName].some((n) => n !== null && (exact ? n.trim().toLowerCase() === wanted : n.toLowerCase().includes(wanted)))));
    const found = matches(true).length === 1 ? matches(true) : matches(false);
    if (found.length === 0) return `--employer "${employer}" matches no employer in the file`;
    if (found.length > 1) return `--employer "${employer}" matches ${formatCount(found.length)} employers: ${found.join("; ")}`;
    chosen = found[0] as string;
  }
  let reports = records.filter((r) => nameOf(r) === chosen).sort((a, b) => ((a.reportingYear ?? "") < (b.reportingYear ?? "") ? -1 : 1));
  if (snapshot !== undefined) {
    const year = yearOfSnapshot(snapshot);
    const years = reports.map((r) => r.reportingYear ?? "unknown");
    reports = reports.filter((r) => r.reportingYear === year);
    if (reports.length === 0) return `--snapshot ${snapshot} (reporting year ${year}) matches no report of ${chosen}: its reporting years are ${years.join(", ")}`;
  }
  const columns = reports.map((r, i) => ({
    heading: reports.filter((o) => o.reportingYear === r.reportingYear).length > 1 ? `${r.reportingYear ?? "report"} (${i + 1})` : (r.reportingYear ?? `report ${i + 1}`),
    figures: {
      mean_hourly_gap: r.meanHourlyGap, median_hourly_gap: r.medianHourlyGap, mean_bonus_gap: r.meanBonusGap, median_bonus_gap: r.medianBonusGap,
      male_bonus_percent: r.maleBonusPercent, female_bonus_percent: r.femaleBonusPercent,
      male_lower_quartile: r.maleLowerQuartile, female_lower_quartile: r.femaleLowerQuartile,
      male_lower_middle_quartile: r.maleLowerMiddleQuartile, female_lower_middle_quartile: r.femaleLowerMiddleQuartile,
      male_upper_middle_quartile: r.maleUpperMiddleQuartile, female_upper_middle_quartile: r.femaleUpperMiddleQuartile,
      male_top_quartile: r.maleTopQuartile, female_top_quartile: r.femaleTopQuartile,
    },
  }));
  const notes = [
    `Read ${formatCount(summary.files)} file${summary.files === 1 ? "" : "s"} as gender-pay-gap-service: ${formatCount(summary.rowsRead)} rows read, ${formatCount(summary.accepted)} accepted, ${formatCount(summary.rejected)} rejected.`,
    `${chosen}: ${formatCount(reports.length)} report${reports.length === 1 ? "" : "s"} as published on the GOV.UK gender pay gap service (percent; a blank figure was not published). Gaps are (men − women) / men × 100.`,
  ];
  return { employer: chosen, columns, notes };
}
