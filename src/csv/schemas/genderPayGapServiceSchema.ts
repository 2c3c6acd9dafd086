import { calendarDate, codeList, coded, flag, number, text } from "../../_internal/csvFields.js";
import { fieldIndex, listSchema } from "../../_internal/listRecords.js";
import type { FieldResult, Schema } from "../types.js";

/** The employer's headcount band as published by the gender pay gap service; `"Unknown"` for a blank or a label not listed. */
export type EmployerSize = "Less than 250" | "250 to 499" | "500 to 999" | "1000 to 4999" | "5000 to 19,999" | "20,000 or more" | "Not Provided" | "Unknown";

/** One employer's report for one year, from a GOV.UK gender pay gap service download. Figures are percentages as published. */
export interface GenderPayGapServiceRecord {
  /** The employer's name when it reported. */
  readonly employerName: string;
  /** The service's employer id (Gwent Police is 5806); `null` in downloads without the column (2017-18, 2018-19). */
  readonly employerId: number | null;
  /** The registered address, line breaks inside it written as `\n`. */
  readonly address: string | null;
  /** The postcode; `null` where blank or the download has no such column. */
  readonly postCode: string | null;
  /** The Companies House number, where any. */
  readonly companyNumber: string | null;
  /** SIC 2007 codes, split on commas and line breaks (`"1"` marks the public sector); `[]` when blank. */
  readonly sicCodes: readonly string[];
  /** Difference in mean hourly pay, % of men's (positive: women paid less). */
  readonly meanHourlyGap: number | null;
  /** Difference in median hourly pay, % of men's. */
  readonly medianHourlyGap: number | null;
  /** Difference in mean bonus pay, % of men's; `null` when not published (no bonuses paid). */
  readonly meanBonusGap: number | null;
  /** Difference in median bonus pay, % of men's; `null` when not published. */
  readonly medianBonusGap: number | null;
  /** % of men who received a bonus. */
  readonly maleBonusPercent: number | null;
  /** % of women who received a bonus. */
  readonly femaleBonusPercent: number | null;
  /** % of the lower hourly-pay quartile who are men. */
  readonly maleLowerQuartile: number | null;
  /** % of the lower hourly-pay quartile who are women. */
  readonly femaleLowerQuartile: number | null;
  /** % of the lower-middle quartile who are men. */
  readonly maleLowerMiddleQuartile: number | null;
  /** % of the lower-middle quartile who are women. */
  readonly femaleLowerMiddleQuartile: number | null;
  /** % of the upper-middle quartile who are men. */
  readonly maleUpperMiddleQuartile: number | null;
  /** % of the upper-middle quartile who are women. */
  readonly femaleUpperMiddleQuartile: number | null;
  /** % of the top quartile who are men. */
  readonly maleTopQuartile: number | null;
  /** % of the top quartile who are women. */
  readonly femaleTopQuartile: number | null;
  /** The link to the employer's own report, where given. */
  readonly companyLinkToGpgInfo: string | null;
  /** The person who confirmed the figures (private employers), where given. */
  readonly responsiblePerson: string | null;
  /** Headcount band. */
  readonly employerSize: EmployerSize;
  /** The employer's name when the file was downloaded. */
  readonly currentName: string | null;
  /** Whether the report came after the deadline. */
  readonly submittedAfterTheDeadline: boolean | null;
  /** The reporting deadline, `"YYYY-MM-DD"`: 31 March for public bodies, 5 April for private employers (as published). */
  readonly dueDate: string | null;
  /** The day the report was submitted, `"YYYY-MM-DD"`. */
  readonly dateSubmitted: string | null;
  /** The reporting year `"YYYY-YY"`, whose snapshot is a year before the due date (due 2023-03-31 or 2023-04-05 → `"2022-23"`). */
  readonly reportingYear: string | null;
}

const SIZES = codeList<EmployerSize>({
  "Less than 250": [],
  "250 to 499": [],
  "500 to 999": [],
  "1000 to 4999": [],
  "5000 to 19,999": [],
  "20,000 or more": [],
  "Not Provided": [],
  Unknown: [],
});

/** A reporting year written `YYYY-YY` (the second year following the first), as in the shared police extract. */
const YEAR = /^(\d{4})-(\d{2})$/;
const reportingYearColumn = (names: readonly string[]) => ({
  ...text(names, { optional: true }),
  parse: (raw: string): FieldResult => {
    if (raw === "") return { value: null };
    const m = YEAR.exec(raw);
    return m && (Number(m[1]) + 1) % 100 === Number(m[2]) ? { value: raw } : { error: "not a reporting year (YYYY-YY)" };
  },
});

const figure = (name: string) => number([name]);

const COLUMNS = {
  employerName: text(["EmployerName"], { required: true }),
  employerId: number(["EmployerId"], { optional: true, integer: true, min: 0 }),
  address: text(["Address"]),
  postCode: text(["PostCode"], { optional: true }),
  companyNumber: text(["CompanyNumber"]),
  sicCodes: text(["SicCodes"]),
  meanHourlyGap: figure("DiffMeanHourlyPercent"),
  medianHourlyGap: figure("DiffMedianHourlyPercent"),
  meanBonusGap: figure("DiffMeanBonusPercent"),
  medianBonusGap: figure("DiffMedianBonusPercent"),
  maleBonusPercent: figure("MaleBonusPercent"),
  femaleBonusPercent: figure("FemaleBonusPercent"),
  maleLowerQuartile: figure("MaleLowerQuartile"),
  femaleLowerQuartile: figure("FemaleLowerQuartile"),
  maleLowerMiddleQuartile: figure("MaleLowerMiddleQuartile"),
  femaleLowerMiddleQuartile: figure("FemaleLowerMiddleQuartile"),
  maleUpperMiddleQuartile: figure("MaleUpperMiddleQuartile"),
  femaleUpperMiddleQuartile: figure("FemaleUpperMiddleQuartile"),
  maleTopQuartile: figure("MaleTopQuartile"),
  femaleTopQuartile: figure("FemaleTopQuartile"),
  companyLinkToGpgInfo: text(["CompanyLinkToGPGInfo"], { optional: true }),
  responsiblePerson: text(["ResponsiblePerson"], { optional: true }),
  employerSize: coded(["EmployerSize"], SIZES),
  currentName: text(["CurrentName"]),
  submittedAfterTheDeadline: flag(["SubmittedAfterTheDeadline"]),
  dueDate: calendarDate(["DueDate"], { optional: true }),
  dateSubmitted: calendarDate(["DateSubmitted"], { optional: true }),
  reportingYear: reportingYearColumn(["ReportingYear"]),
};
const at = fieldIndex(COLUMNS);

/** The reporting year of a due date `"YYYY-MM-DD"`: the year before the due date's year, to it (`"2023-03-31"` → `"2022-23"`). */
function yearOfDueDate(due: string): string {
  const year = Number(due.slice(0, 4));
  return `${year - 1}-${String(year % 100).padStart(2, "0")}`;
}

/** The reporting year from the due date, else from a `ReportingYear` column; the two must agree. */
function reportingYear(due: string | null, given: string | null): string | null {
  if (due === null) return given;
  const year = yearOfDueDate(due);
  if (given !== null && given !== year) throw new Error(`ReportingYear ${given} disagrees with DueDate ${due} (reporting year ${year})`);
  return year;
}

/**
 * The GOV.UK gender pay gap service downloads (`UK Gender Pay Gap Data - 2022 to 2023.csv`, from
 * gender-pay-gap.service.gov.uk, Open Government Licence v3.0), one employer's report per row,
 * read into {@link GenderPayGapServiceRecord}s.
 *
 * @remarks
 * The 27-column layout (2019-20 on) is read, and the older ones: `EmployerId`, `PostCode`,
 * `DueDate` and `DateSubmitted` may be absent (2017-18 has none of them; 2018-19 has no
 * `EmployerId` or `PostCode`), as may `CompanyLinkToGPGInfo` and `ResponsiblePerson`. Only
 * `EmployerName` must be filled in. The downloads' quirks are handled: quoted fields with line
 * breaks (`SicCodes` such as `"85200,\n85310"` become `["85200", "85310"]`; CRLF inside an
 * address becomes `\n`); negatives prefixed with a TAB against spreadsheet formula injection
 * (`"\t-56.00"` reads as -56); dates written `31/03/2020 00:00:00`, `2022/03/31 00:00:00` or
 * `31/03/2019 00:00` (read as the calendar day written, no time zone); `False`/`True`/`FALSE`.
 *
 * `reportingYear` follows the due date: the snapshot is taken a year before the deadline (31 March
 * for public bodies, 5 April for private employers), so a report due in calendar year Y is for
 * `"(Y-1)-Y"` — due 2023-03-31 or 2023-04-05 → `"2022-23"`; the 2020-21 deadline, extended to
 * October 2021, still gives `"2020-21"`. Without a due date it is taken from a `ReportingYear`
 * column (as added to the shared police extract), else `null`; a row whose two disagree is
 * rejected.
 *
 * @example
 * ```ts
 * import { genderPayGapServiceSchema, parseExtract } from "disproportionality/csv";
 * const header = "EmployerName,EmployerId,Address,PostCode,CompanyNumber,SicCodes,DiffMeanHourlyPercent,DiffMedianHourlyPercent,DiffMeanBonusPercent,DiffMedianBonusPercent,MaleBonusPercent,FemaleBonusPercent,MaleLowerQuartile,FemaleLowerQuartile,MaleLowerMiddleQuartile,FemaleLowerMiddleQuartile,MaleUpperMiddleQuartile,FemaleUpperMiddleQuartile,MaleTopQuartile,FemaleTopQuartile,CompanyLinkToGPGInfo,ResponsiblePerson,EmployerSize,CurrentName,SubmittedAfterTheDeadline,DueDate,DateSubmitted";
 * const row = '"Example Constabulary","1","1 High St, Newport","NP20 1AA","","1,\n84240","8.7","12.9","\t-56.00","0","1.5","1.1","40","60","45","55","55","45","70","30","","","1000 to 4999","Example Constabulary","FALSE","31/03/2020 00:00:00","2020/03/24 12:03:15"';
 * const csv = `${header}\n${row}\n`;
 * const { records } = await parseExtract(csv, genderPayGapServiceSchema);
 * records[0]?.reportingYear // => "2019-20"
 * records[0]?.sicCodes // => ["1", "84240"]
 * records[0]?.meanBonusGap // => -56
 * [records[0]?.dueDate, records[0]?.dateSubmitted] // => ["2020-03-31", "2020-03-24"]
 * ```
 */
export const genderPayGapServiceSchema: Schema<GenderPayGapServiceRecord> = /* @__PURE__ */ listSchema(
  { name: "gender-pay-gap-service", description: "a GOV.UK gender pay gap service download", columns: COLUMNS },
  (v) => {
    const sic = v[at.sicCodes] as string | null;
    const address = v[at.address] as string | null;
    const dueDate = v[at.dueDate] as string | null;
    return {
      employerName: v[at.employerName] as string,
      employerId: v[at.employerId] as number | null,
      address: address === null ? null : address.replace(/\r\n?/g, "\n"),
      postCode: v[at.postCode] as string | null,
      companyNumber: v[at.companyNumber] as string | null,
      sicCodes: sic === null ? [] : sic.split(/[,\r\n]+/).map((code) => code.trim()).filter((code) => code !== ""),
      meanHourlyGap: v[at.meanHourlyGap] as number | null,
      medianHourlyGap: v[at.medianHourlyGap] as number | null,
      meanBonusGap: v[at.meanBonusGap] as number | null,
      medianBonusGap: v[at.medianBonusGap] as number | null,
      maleBonusPercent: v[at.maleBonusPercent] as number | null,
      femaleBonusPercent: v[at.femaleBonusPercent] as number | null,
      maleLowerQuartile: v[at.maleLowerQuartile] as number | null,
      femaleLowerQuartile: v[at.femaleLowerQuartile] as number | null,
      maleLowerMiddleQuartile: v[at.maleLowerMiddleQuartile] as number | null,
      femaleLowerMiddleQuartile: v[at.femaleLowerMiddleQuartile] as number | null,
      maleUpperMiddleQuartile: v[at.maleUpperMiddleQuartile] as number | null,
      femaleUpperMiddleQuartile: v[at.femaleUpperMiddleQuartile] as number | null,
      maleTopQuartile: v[at.maleTopQuartile] as number | null,
      femaleTopQuartile: v[at.femaleTopQuartile] as number | null,
      companyLinkToGpgInfo: v[at.companyLinkToGpgInfo] as string | null,
      responsiblePerson: v[at.responsiblePerson] as string | null,
      employerSize: v[at.employerSize] as EmployerSize,
      currentName: v[at.currentName] as string | null,
      submittedAfterTheDeadline: v[at.submittedAfterTheDeadline] as boolean | null,
      dueDate,
      dateSubmitted: v[at.dateSubmitted] as string | null,
      reportingYear: reportingYear(dueDate, v[at.reportingYear] as string | null),
    };
  },
);
