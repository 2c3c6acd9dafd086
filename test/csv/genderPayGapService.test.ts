import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractSchemas, genderPayGapServiceSchema, parseExtract, type GenderPayGapServiceRecord } from "../../src/csv/index.js";
import { readExtract } from "../../src/node/index.js";
import { SHARED_DATA, sharedFile } from "../_helpers/sharedData.js";

const FOLDER = join(SHARED_DATA, "gender-pay-gap");
const EXTRACT = "gpg_employers_named_police_2017-18_to_2022-23_EXTRACT.csv";
const FULL_2022_23 = "uk-gender-pay-gap-data-2022-to-2023.csv";
const REPO = join(import.meta.dirname, "..", "..");

// Python's csv module's reading of the same files: fixtures/generators/gender_pay_gap_service.py
// (`python3 fixtures/generators/gender_pay_gap_service.py`; its docstring says what each count is).
interface PythonFile {
  file: string;
  rows: number;
  figures: Record<string, { filled: number; sum: number }>;
  flags: Record<string, number>;
  sizes: Record<string, number>;
  sic: { items: number; multiLine: number; blank: number };
  dueDates: Record<string, number>;
  dateSubmitted: Record<string, number>;
  reportingYears: Record<string, number>;
  employers: ({ employerName: string; reportingYear: string } & Record<string, number | null>)[];
}
const python = JSON.parse(readFileSync(join(REPO, "fixtures", "paygap", "gender-pay-gap-service.json"), "utf8")) as { tool: string; files: PythonFile[] };

/** The record field of each published figure column. */
const FIGURES: Record<string, keyof GenderPayGapServiceRecord> = {
  DiffMeanHourlyPercent: "meanHourlyGap",
  DiffMedianHourlyPercent: "medianHourlyGap",
  DiffMeanBonusPercent: "meanBonusGap",
  DiffMedianBonusPercent: "medianBonusGap",
  MaleBonusPercent: "maleBonusPercent",
  FemaleBonusPercent: "femaleBonusPercent",
  MaleLowerQuartile: "maleLowerQuartile",
  FemaleLowerQuartile: "femaleLowerQuartile",
  MaleLowerMiddleQuartile: "maleLowerMiddleQuartile",
  FemaleLowerMiddleQuartile: "femaleLowerMiddleQuartile",
  MaleUpperMiddleQuartile: "maleUpperMiddleQuartile",
  FemaleUpperMiddleQuartile: "femaleUpperMiddleQuartile",
  MaleTopQuartile: "maleTopQuartile",
  FemaleTopQuartile: "femaleTopQuartile",
};

/** Records counted by a key. */
function tally<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** A second, quote-aware count of data rows: line breaks outside quotes, less the header, less a final empty line. */
function quoteAwareRows(text: string): number {
  let quoted = false;
  let breaks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted; // a doubled quote toggles twice
    else if (c === "\n" && !quoted) breaks++;
  }
  return breaks - 1 + (text.endsWith("\n") ? 0 : 1);
}

const read = async (file: string) => readExtract(join(FOLDER, file), genderPayGapServiceSchema);

describe("genderPayGapServiceSchema: every shared download", () => {
  it("has Python's reading of every file in the folder (a new file needs the generator run again)", () => {
    expect(readdirSync(FOLDER).filter((f) => f.endsWith(".csv")).sort()).toEqual(python.files.map((f) => f.file).sort());
    expect(python.tool).toMatch(/^Python 3\.\d+\.\d+ csv module/);
  });

  for (const expected of python.files) {
    describe(expected.file, () => {
      it("reads every row with no rejects, as many rows as Python's csv module and a quote-aware count find", async () => {
        const { records, rejects, summary } = await read(expected.file);
        expect(rejects).toEqual([]);
        expect(summary).toMatchObject({ files: 1, rowsRead: expected.rows, accepted: expected.rows, rejected: 0, blankLines: 0, unrecognised: {}, encodings: ["utf-8"] });
        expect(records).toHaveLength(expected.rows);
        expect(quoteAwareRows(sharedFile(`gender-pay-gap/${expected.file}`))).toBe(expected.rows);
      });

      it("reads every figure: filled cells and their sum as Python has them", async () => {
        const { records } = await read(expected.file);
        for (const [column, field] of Object.entries(FIGURES)) {
          const values = records.map((r) => r[field]).filter((v): v is number => v !== null);
          const { filled, sum } = expected.figures[column] as { filled: number; sum: number };
          expect(values.length, column).toBe(filled);
          expect(Math.abs(values.reduce((a, b) => a + b, 0) - sum), column).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(sum)));
          expect(values.every((v) => typeof v === "number" && Number.isFinite(v)), column).toBe(true);
        }
      });

      it("reads the flags, sizes, SIC codes, due and submission days and reporting years as Python does", async () => {
        const { records } = await read(expected.file);
        expect(tally(records, (r) => String(r.submittedAfterTheDeadline))).toEqual(expected.flags);
        expect(tally(records, (r) => r.employerSize)).toEqual(expected.sizes);
        expect(records.reduce((n, r) => n + r.sicCodes.length, 0)).toBe(expected.sic.items);
        expect(records.filter((r) => r.sicCodes.length === 0)).toHaveLength(expected.sic.blank);
        expect(records.every((r) => r.sicCodes.every((code) => /^\d+$/.test(code)))).toBe(true);
        expect(tally(records, (r) => String(r.dueDate))).toEqual(expected.dueDates);
        expect(tally(records, (r) => String(r.dateSubmitted))).toEqual(expected.dateSubmitted);
        expect(tally(records, (r) => String(r.reportingYear))).toEqual(expected.reportingYears);
      });

      it("gives the Welsh forces' rows exactly as Python reads them", async () => {
        const { records } = await read(expected.file);
        const welsh = records.filter((r) => expected.employers.some((e) => e.employerName === r.employerName));
        expect(welsh.map((r) => ({ employerName: r.employerName, reportingYear: r.reportingYear, ...Object.fromEntries(Object.entries(FIGURES).map(([column, field]) => [column, r[field]])) }))).toEqual(expected.employers);
      });
    });
  }

  it("reads the folder as a whole: both files, every row", async () => {
    const { summary } = await readExtract(FOLDER, "gender-pay-gap-service");
    expect(summary).toMatchObject({ files: 2, rowsRead: 257 + 10575, rejected: 0 });
  });

  it("holds line breaks inside quoted SicCodes in the 2022-23 download (the hostile case is real)", async () => {
    const { records } = await read(FULL_2022_23);
    const expected = python.files.find((f) => f.file === FULL_2022_23) as PythonFile;
    expect(expected.sic.multiLine).toBe(3243);
    expect(records.find((r) => r.employerName === "1509 GROUP")?.sicCodes).toEqual(["85200", "85310"]);
    expect(records.find((r) => r.employerName === "1LIFE MANAGEMENT SOLUTIONS LIMITED")?.sicCodes).toEqual(["93110", "93130", "93290"]);
    expect(records.find((r) => r.employerName === '"RED BAND" CHEMICAL COMPANY, LIMITED')?.medianHourlyGap).toBe(-4.96);
  });
});

// Gwent Police and its Welsh peers, typed in from ../shared/data/FINDINGS.md §4 (written from the
// service's pages, not from this reader). Male quartile shares are 100 minus the female ones.
const GWENT: Record<string, [number, number, number, number, number, number, number, number, number, number, string]> = {
  //          mean  median bonus  bonusMed  maleB femaleB  lower  lowMid upMid  top   size
  "2017-18": [14.1, 17.3, -40.0, -28.5, 1.7, 2.2, 62.3, 54.2, 34.0, 25.3, "1000 to 4999"],
  "2018-19": [12.6, 22.7, -11.1, 0, 0.7, 0.2, 57.5, 57.7, 36, 27.4, "1000 to 4999"],
  "2019-20": [11.6, 21.2, 24.4, 9.1, 8.0, 4.6, 58.9, 54.8, 40.1, 29.2, "1000 to 4999"],
  "2020-21": [11.0, 20.3, 6.2, 0.0, 3.9, 1.0, 59.4, 53.6, 45.4, 26.9, "1000 to 4999"],
  "2021-22": [10.8, 21.5, -40.0, -33.3, 0.6, 0.5, 57.3, 53.4, 49.5, 27.7, "Not Provided"],
  "2022-23": [8.7, 12.9, 45.1, 33.3, 0.48, 0.27, 53.8, 52.2, 50.9, 29.8, "1000 to 4999"],
};
const GWENT_SUBMITTED: Record<string, string> = { "2019-20": "2020-03-24", "2020-21": "2021-02-22", "2021-22": "2021-11-26", "2022-23": "2023-03-06" };
const PEERS: Record<string, Record<string, [number, number]>> = {
  "2022-23": { "South Wales Police": [11.17, 20.27], "Dyfed Powys Police": [10.01, 20.96], "North Wales Police": [9.34, 16.64] },
  "2021-22": { "South Wales Police": [11.5, 20.4], "Dyfed Powys Police": [10.7, 20.9], "North Wales Police": [8.4, 16.6] },
};

const close = (a: number | null, b: number) => a !== null && Math.abs(a - b) < 1e-9;

describe("genderPayGapServiceSchema: Gwent Police's six years and its Welsh peers (FINDINGS §4)", () => {
  it("gives Gwent Police one report a year, 2017-18 to 2022-23, with the published figures", async () => {
    const { records } = await read(EXTRACT);
    const gwent = records.filter((r) => r.employerName === "Gwent Police");
    expect(gwent.map((r) => r.reportingYear)).toEqual(Object.keys(GWENT));
    for (const r of gwent) {
      const [mean, median, bonus, bonusMedian, maleBonus, femaleBonus, lower, lowerMiddle, upperMiddle, top, size] = GWENT[r.reportingYear as string] as (typeof GWENT)[string];
      const year = r.reportingYear;
      expect([r.meanHourlyGap, r.medianHourlyGap, r.meanBonusGap, r.medianBonusGap, r.maleBonusPercent, r.femaleBonusPercent], year as string).toEqual([mean, median, bonus, bonusMedian, maleBonus, femaleBonus]);
      expect([r.femaleLowerQuartile, r.femaleLowerMiddleQuartile, r.femaleUpperMiddleQuartile, r.femaleTopQuartile], year as string).toEqual([lower, lowerMiddle, upperMiddle, top]);
      expect([close(r.maleLowerQuartile, 100 - lower), close(r.maleLowerMiddleQuartile, 100 - lowerMiddle), close(r.maleUpperMiddleQuartile, 100 - upperMiddle), close(r.maleTopQuartile, 100 - top)], year as string).toEqual([true, true, true, true]);
      expect(r.employerSize).toBe(size);
      expect(r.sicCodes).toEqual(["1", "84240"]);
      expect(r.address).toContain("Cwmbran, Torfaen");
      expect(r.address).toContain("NP44 2XJ");
      expect(r.submittedAfterTheDeadline).toBe(false);
      // 2017-18 and 2018-19 downloads have no EmployerId or PostCode; 2017-18 none of the dates.
      expect(r.employerId).toBe(year === "2017-18" || year === "2018-19" ? null : 5806);
      expect(r.postCode).toBe(year === "2017-18" || year === "2018-19" ? null : "NP44 2XJ");
      expect(r.dateSubmitted).toBe(GWENT_SUBMITTED[year as string] ?? (year === "2018-19" ? "2019-03-27" : null));
    }
  });

  it("gives the same 2022-23 row in the full GOV.UK download as in the police extract", async () => {
    const fromFull = (await read(FULL_2022_23)).records.filter((r) => r.employerId === 5806);
    const fromExtract = (await read(EXTRACT)).records.filter((r) => r.employerName === "Gwent Police" && r.reportingYear === "2022-23");
    expect(fromFull).toHaveLength(1);
    expect(fromFull).toEqual(fromExtract);
    expect(fromFull[0]).toMatchObject({ employerName: "Gwent Police", dueDate: "2023-03-31", dateSubmitted: "2023-03-06", reportingYear: "2022-23", meanHourlyGap: 8.7, medianHourlyGap: 12.9 });
  });

  it("gives the Welsh peers' mean and median gaps for 2021-22 and 2022-23", async () => {
    const { records } = await read(EXTRACT);
    for (const [year, forces] of Object.entries(PEERS)) {
      for (const [force, [mean, median]] of Object.entries(forces)) {
        const rows = records.filter((r) => r.employerName === force && r.reportingYear === year);
        expect(rows.map((r) => [r.meanHourlyGap, r.medianHourlyGap]), `${force} ${year}`).toEqual([[mean, median]]);
      }
    }
  });

  it("has no report from the Gwent PCC or a Chief Constable of Gwent in any year", async () => {
    const { records } = await read(EXTRACT);
    expect(records.filter((r) => /gwent/i.test(r.employerName)).map((r) => r.employerName)).toEqual(Array(6).fill("Gwent Police"));
  });
});

// docs/paygap.md shows these tables; they are rendered here from the records and must appear there verbatim.
const shown = (n: number | null) => (n === null ? "—" : String(n));
const FORCES = ["Gwent Police", "South Wales Police", "Dyfed Powys Police", "North Wales Police"];

function gwentTable(records: readonly GenderPayGapServiceRecord[]): string {
  const rows = records.filter((r) => r.employerName === "Gwent Police").map((r) =>
    `| ${r.reportingYear} | ${[r.meanHourlyGap, r.medianHourlyGap, r.meanBonusGap, r.medianBonusGap, r.maleBonusPercent, r.femaleBonusPercent, r.femaleLowerQuartile, r.femaleLowerMiddleQuartile, r.femaleUpperMiddleQuartile, r.femaleTopQuartile].map(shown).join(" | ")} | ${r.employerSize} | ${r.dateSubmitted ?? "—"} |`,
  );
  return [
    "| Year | Mean hourly gap | Median hourly gap | Mean bonus gap | Median bonus gap | Men with a bonus | Women with a bonus | Women in lower quartile | Women in lower-middle | Women in upper-middle | Women in top quartile | Employer size | Submitted |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

function peersTable(records: readonly GenderPayGapServiceRecord[]): string {
  const years = [...new Set(records.map((r) => r.reportingYear as string))].sort().reverse();
  const rows = years.map((year) => {
    const cells = FORCES.map((force) => {
      const r = records.find((x) => x.employerName === force && x.reportingYear === year);
      return r === undefined ? "—" : `${shown(r.meanHourlyGap)} / ${shown(r.medianHourlyGap)}`;
    });
    return `| ${year} | ${cells.join(" | ")} |`;
  });
  return [`| Year | ${FORCES.join(" | ")} |`, "|---|---|---|---|---|", ...rows].join("\n");
}

describe("docs/paygap.md: the worked example", () => {
  const docs = () => readFileSync(join(REPO, "docs", "paygap.md"), "utf8");

  it("shows Gwent Police's six years as the schema reads them", async () => {
    const { records } = await read(EXTRACT);
    expect(docs()).toContain(gwentTable(records));
  });

  it("shows the Welsh forces' mean / median gaps as the schema reads them", async () => {
    const { records } = await read(EXTRACT);
    const table = peersTable(records);
    expect(table).toContain("| 2022-23 | 8.7 / 12.9 | 11.17 / 20.27 | 10.01 / 20.96 | 9.34 / 16.64 |");
    expect(docs()).toContain(table);
  });
});

// Hostile inputs: each read as a string (parseExtract) and from a file (readExtract's byte path),
// which must agree.
const HEADER_27 = [
  "EmployerName", "EmployerId", "Address", "PostCode", "CompanyNumber", "SicCodes", ...Object.keys(FIGURES),
  "CompanyLinkToGPGInfo", "ResponsiblePerson", "EmployerSize", "CurrentName", "SubmittedAfterTheDeadline", "DueDate", "DateSubmitted",
];
const OLD = new Set(["EmployerId", "PostCode", "DueDate", "DateSubmitted"]);
const HEADER_23 = HEADER_27.filter((h) => !OLD.has(h));
const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;

/** A row of the 27-column layout: the defaults, with some cells replaced. */
function row(cells: Partial<Record<string, string>>, header = HEADER_27): string {
  const defaults: Record<string, string> = {
    EmployerName: "Example Constabulary", EmployerId: "1", Address: "1 High Street, Newport", PostCode: "NP20 1AA", CompanyNumber: "", SicCodes: "84240",
    ...Object.fromEntries(Object.keys(FIGURES).map((c) => [c, "50.0"])),
    CompanyLinkToGPGInfo: "", ResponsiblePerson: "", EmployerSize: "1000 to 4999", CurrentName: "Example Constabulary", SubmittedAfterTheDeadline: "False",
    DueDate: "2023/03/31 00:00:00", DateSubmitted: "2023/03/06 09:41:44",
  };
  return header.map((h) => quote(cells[h] ?? defaults[h] ?? "")).join(",");
}
const csvOf = (rows: readonly string[], header = HEADER_27, eol = "\n") => [header.map(quote).join(","), ...rows].join(eol) + eol;

let tmp: string | undefined;
async function both(text: string) {
  const fromText = await parseExtract(text, genderPayGapServiceSchema, { file: "t.csv" });
  tmp ??= mkdtempSync(join(tmpdir(), "gpg-"));
  const path = join(tmp, "t.csv");
  writeFileSync(path, text);
  const fromFile = await readExtract(path, genderPayGapServiceSchema);
  expect(fromFile.records).toEqual(fromText.records);
  expect(fromFile.rejects).toEqual(fromText.rejects.map((r) => ({ ...r, file: path })));
  return fromText;
}

describe("genderPayGapServiceSchema: hostile cases", () => {
  afterAll(() => {
    if (tmp !== undefined) rmSync(tmp, { recursive: true, force: true });
  });

  it("is registered as \"gender-pay-gap-service\"", () => {
    expect(extractSchemas["gender-pay-gap-service"]).toBe(genderPayGapServiceSchema);
  });

  it("splits SicCodes on commas and line breaks inside quotes (LF, CRLF), trimmed, blanks dropped", async () => {
    const { records, rejects } = await both(csvOf([row({ SicCodes: "85200,\n85310" }), row({ SicCodes: "93110,\r\n93130,\r\n93290" }), row({ SicCodes: "1, 84240" }), row({ SicCodes: "" }), row({ SicCodes: " ,\n" })]));
    expect(rejects).toEqual([]);
    expect(records.map((r) => r.sicCodes)).toEqual([["85200", "85310"], ["93110", "93130", "93290"], ["1", "84240"], [], []]);
  });

  it("keeps a CRLF inside a quoted address as \\n, in a file with CRLF line ends", async () => {
    const { records, rejects, summary } = await both(csvOf([row({ Address: "Ashburn House,\r\nLadgate Lane,\r\nMiddlesbrough" }), row({ Address: "Line one\rLine two" })], HEADER_27, "\r\n"));
    expect(rejects).toEqual([]);
    expect(summary.rowsRead).toBe(2);
    expect(records.map((r) => r.address)).toEqual(["Ashburn House,\nLadgate Lane,\nMiddlesbrough", "Line one\nLine two"]);
  });

  it("reads TAB-prefixed negatives (CSV-injection protection) in every figure column", async () => {
    const cells = Object.fromEntries(Object.keys(FIGURES).map((c, i) => [c, `\t-${i + 1}.50`]));
    const { records, rejects } = await both(csvOf([row(cells), row({ DiffMeanBonusPercent: "\t-56.00", DiffMedianBonusPercent: "-566.70", DiffMeanHourlyPercent: " \t-0.5 " })]));
    expect(rejects).toEqual([]);
    expect(Object.values(FIGURES).map((field) => records[0]?.[field])).toEqual(Object.keys(FIGURES).map((_, i) => -(i + 1.5)));
    expect([records[1]?.meanBonusGap, records[1]?.medianBonusGap, records[1]?.meanHourlyGap]).toEqual([-56, -566.7, -0.5]);
  });

  it("reads blank figures as null (no bonuses paid)", async () => {
    const { records } = await both(csvOf([row({ DiffMeanBonusPercent: "", DiffMedianBonusPercent: "", MaleBonusPercent: "0", FemaleBonusPercent: "0" })]));
    expect([records[0]?.meanBonusGap, records[0]?.medianBonusGap, records[0]?.maleBonusPercent]).toEqual([null, null, 0]);
  });

  it("reads each date format the service has used as the calendar day written", async () => {
    const dates = ["31/03/2020 00:00:00", "2022/03/31 00:00:00", "31/03/2019 00:00", "2023/04/05 00:00:00", "2021/10/06 00:00:00", "2023-03-31", "5/4/2023 23:59:59", "29/02/2020 12:00", "2023/03/31 15:00:24.123", ""];
    const { records, rejects } = await both(csvOf(dates.map((d) => row({ DueDate: d, DateSubmitted: d }))));
    expect(rejects).toEqual([]);
    expect(records.map((r) => r.dueDate)).toEqual(["2020-03-31", "2022-03-31", "2019-03-31", "2023-04-05", "2021-10-06", "2023-03-31", "2023-04-05", "2020-02-29", "2023-03-31", null]);
    expect(records.map((r) => r.dateSubmitted)).toEqual(records.map((r) => r.dueDate));
    expect(records.map((r) => r.reportingYear)).toEqual(["2019-20", "2021-22", "2018-19", "2022-23", "2020-21", "2022-23", "2022-23", "2019-20", "2022-23", null]);
  });

  it("rejects dates that do not exist, times out of range, zones and other shapes, with the ledger", async () => {
    const bad = ["31/02/2020 00:00:00", "29/02/2023", "2023/13/01", "00/03/2023", "31/03/2020 24:00:00", "31/03/2020 12:60", "2023-03-31T00:00:00Z", "2023-03-31T00:00:00+01:00", "March 31 2023", "31-03-2023", "45016"];
    const { records, rejects, summary } = await both(csvOf(bad.map((d) => row({ DueDate: d }))));
    expect(records).toEqual([]);
    expect(summary).toMatchObject({ rowsRead: bad.length, accepted: 0, rejected: bad.length });
    expect(rejects).toEqual(bad.map((value, i) => ({ file: "t.csv", line: i + 2, column: "DueDate", value, reason: "not a date (dd/mm/yyyy or yyyy/mm/dd, optionally with HH:MM[:SS])" })));
  });

  it("reads SubmittedAfterTheDeadline False, True, FALSE and TRUE", async () => {
    const { records } = await both(csvOf(["False", "True", "FALSE", "TRUE", ""].map((f) => row({ SubmittedAfterTheDeadline: f }))));
    expect(records.map((r) => r.submittedAfterTheDeadline)).toEqual([false, true, false, true, null]);
  });

  it("keeps employer sizes as published; an unknown label is Unknown and counted", async () => {
    const sizes = ["Less than 250", "250 to 499", "500 to 999", "1000 to 4999", "5000 to 19,999", "20,000 or more", "Not Provided", "", "Over 9000"];
    const { records, summary } = await both(csvOf(sizes.map((s) => row({ EmployerSize: s }))));
    expect(records.map((r) => r.employerSize)).toEqual([...sizes.slice(0, 7), "Unknown", "Unknown"]);
    expect(summary.unrecognised).toEqual({ employerSize: { "Over 9000": 1 } });
  });

  it("reads the 23-column layout of 2017-18: no EmployerId, PostCode, DueDate or DateSubmitted", async () => {
    const { records, rejects } = await both(csvOf([row({}, HEADER_23)], HEADER_23));
    expect(rejects).toEqual([]);
    expect(records[0]).toMatchObject({ employerName: "Example Constabulary", employerId: null, postCode: null, dueDate: null, dateSubmitted: null, reportingYear: null, meanHourlyGap: 50 });
  });

  it("takes the reporting year from a ReportingYear column when there is no due date, and rejects a row where the two disagree", async () => {
    const header = ["ReportingYear", ...HEADER_27];
    const { records, rejects } = await both(csvOf([row({ ReportingYear: "2017-18", DueDate: "" }, header), row({ ReportingYear: "2022-23" }, header), row({ ReportingYear: "2021-22" }, header), row({ ReportingYear: "2017-19", DueDate: "" }, header)], header));
    expect(records.map((r) => r.reportingYear)).toEqual(["2017-18", "2022-23"]);
    expect(rejects).toEqual([
      { file: "t.csv", line: 4, column: null, value: null, reason: "the schema could not build a record: ReportingYear 2021-22 disagrees with DueDate 2023-03-31 (reporting year 2022-23)" },
      { file: "t.csv", line: 5, column: "ReportingYear", value: "2017-19", reason: "not a reporting year (YYYY-YY)" },
    ]);
  });

  it("rejects a blank employer name, an unreadable figure and a fractional employer id, each in the ledger", async () => {
    const { records, rejects } = await both(csvOf([row({ EmployerName: "" }), row({ DiffMedianHourlyPercent: "12.9%" }), row({ EmployerId: "5806.5" }), row({})]));
    expect(records).toHaveLength(1);
    expect(rejects).toEqual([
      { file: "t.csv", line: 2, column: "EmployerName", value: "", reason: "required field is blank" },
      { file: "t.csv", line: 3, column: "DiffMedianHourlyPercent", value: "12.9%", reason: "not a number" },
      { file: "t.csv", line: 4, column: "EmployerId", value: "5806.5", reason: "not a whole number" },
    ]);
  });

  it("puts a header without a figure column in the ledger", async () => {
    const header = HEADER_27.filter((h) => h !== "DiffMeanHourlyPercent");
    const { records, rejects, summary } = await both(csvOf([row({}, header)], header));
    expect(records).toEqual([]);
    expect(summary).toMatchObject({ rowsRead: 2, rejected: 2 });
    expect(rejects.map((r) => [r.line, r.reason])).toEqual([
      [1, 'the header does not match schema "gender-pay-gap-service": no column "DiffMeanHourlyPercent"'],
      [2, 'the header does not match schema "gender-pay-gap-service"'],
    ]);
  });
});
