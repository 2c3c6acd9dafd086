import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hrExtract } from "../../fixtures/synthetic/_hr.js";
import { seededRandom } from "../../bench/_random.js";
import { parseExtract } from "../../src/csv/parseExtract.js";
import { type HrRecord, hrSchema } from "../../src/csv/schemas/hr.js";
import { FULL, SYNTHETIC, countBy, csv, hasFull, reconcile, renameHeader, synthetic } from "../_helpers/synthetic.js";

const one = async (text: string) => parseExtract(text, hrSchema, { file: "t.csv" });
const column = async (header: string, values: string[]) => (await one(csv(["employee_id", header], values.map((v, i) => [`E${i}`, v])))).records;

describe("hrSchema: the committed sample", () => {
  it("reconciles with the generator: rows, rejects by line and kind, counts by ethnicity, sex, worker type, disability", async () => {
    const { records } = await reconcile("hr", hrSchema, "employee_id");
    expect(countBy(records, "financialYear")).toEqual({ "2023/24": records.length });
  });

  it("is what the generator writes (seeded, byte for byte)", () => {
    const extract = hrExtract(seededRandom(20230403), { officer: 134, staff: 73, pcso: 12, special: 6, volunteer: 17, agency: 2 }, 2023, 0.02, true);
    expect(`${extract.lines.join("\r\n")}\r\n`).toBe(readFileSync(`${SYNTHETIC}/sample-hr.csv`, "utf8"));
  });

  it("reads the same records when the columns are renamed and mapped", async () => {
    const { text } = synthetic("hr");
    const renames = { employee_id: "Payroll No", worker_type: "Employee Category", hourly_pay: "Basic Hourly Rate (£)", snapshot_date: "Report Date", ethnicity: "Ethnic Origin" };
    const mapping = { employeeId: "Payroll No", workerType: "Employee Category", hourlyPay: "Basic Hourly Rate (£)", snapshotDate: "Report Date", ethnicity: "Ethnic Origin" };
    const plain = await parseExtract(text, hrSchema, { file: "a.csv" });
    const mapped = await parseExtract(renameHeader(text, renames), hrSchema, { file: "a.csv", mapping });
    expect(mapped.records).toEqual(plain.records);
  });
});

describe.skipIf(!hasFull("hr"))(`hrSchema: the full-scale file in ${FULL}`, () => {
  it("reconciles with the generator", async () => {
    await reconcile("hr", hrSchema, "employee_id", "full");
  }, 60_000);
});

describe("hrSchema: values", () => {
  it("maps worker-type labels", async () => {
    const cases: [string, HrRecord["workerType"]][] = [
      ["Police Officer", "officer"], ["OFFICER", "officer"], ["Regular", "officer"], ["Police Staff", "staff"], ["staff", "staff"], ["Civilian", "staff"],
      ["Designated Detention Officer", "staff"], ["PCSO", "pcso"], ["Police Community Support Officer", "pcso"], ["Special Constable", "special"],
      ["Specials", "special"], ["Special Constabulary", "special"], ["Police Support Volunteer", "volunteer"], ["Volunteer", "volunteer"], ["", "Unknown"],
    ];
    const records = await column("worker_type", cases.map(([label]) => label));
    expect(records.map((r) => r.workerType)).toEqual(cases.map(([, type]) => type));
  });

  it("keeps an unknown worker type as Unknown, counted in summary.unrecognised", async () => {
    const { records, summary } = await one(csv(["employee_id", "worker_type"], [["a", "Agency worker"], ["b", "Contractor"], ["c", "Agency worker"]]));
    expect(records.map((r) => r.workerType)).toEqual(["Unknown", "Unknown", "Unknown"]);
    expect(summary.unrecognised).toEqual({ workerType: { "Agency worker": 2, Contractor: 1 } });
  });

  it("maps disability answers to Disabled, Not disabled and Unknown", async () => {
    const records = await column("disability", ["Yes", "Y", "Yes - limited a lot", "No", "N", "Not disabled", "Prefer not to say", "Not known", "", "Declined"]);
    expect(records.map((r) => r.disability)).toEqual(["Disabled", "Disabled", "Disabled", "Not disabled", "Not disabled", "Not disabled", "Unknown", "Unknown", "Unknown", "Unknown"]);
  });

  it("reads pay with £ and thousands separators, FTE, bonus and the full-pay flag", async () => {
    const header = ["employee_id", "hourly_rate", "fte", "bonus_pay", "full_pay_relevant"];
    const { records, rejects } = await one(csv(header, [["a", "£18.25", "0.8", "£1,250.00", "Yes"], ["b", "", "", "", ""], ["c", "21", "1", "0", "N"]]));
    expect(rejects).toEqual([]);
    expect(records.map((r) => [r.hourlyPay, r.fte, r.bonus, r.fullPay])).toEqual([[18.25, 0.8, 1250, true], [null, null, null, null], [21, 1, 0, false]]);
  });

  it("rejects unreadable pay and negative FTE", async () => {
    const { rejects } = await one(csv(["employee_id", "hourly_pay", "fte"], [["a", "£abc", "1"], ["b", "12", "-0.5"], ["c", "-3", "1"]]));
    expect(rejects.map((r) => [r.line, r.column, r.value])).toEqual([[2, "hourly_pay", "£abc"], [3, "fte", "-0.5"], [4, "hourly_pay", "-3"]]);
  });

  it("places ages in workforce bands", async () => {
    const records = await column("age", ["19", "25", "44", "54", "60", "16-24", "55-64", "30-39"]);
    expect(records.map((r) => r.ageBand)).toEqual(["under 25", "25-34", "35-44", "45-54", "55 and over", "under 25", "55 and over", "Unknown"]);
  });

  it("takes periods from the snapshot, start and leaving dates", async () => {
    const header = ["employee_id", "start_date", "leave_date", "leave_reason", "snapshot_date"];
    const { records } = await one(csv(header, [["a", "01/09/2015", "2024-01-15", "Retirement", "31/03/2024"], ["b", "", "", "", ""]]));
    expect(records.map((r) => [r.startDate, r.startFinancialYear, r.leaveDate, r.leaveFinancialYear, r.leaveReason, r.snapshotDate, r.financialYear, r.quarter])).toEqual([
      ["2015-09-01", "2015/16", "2024-01-15", "2023/24", "Retirement", "2024-03-31", "2023/24", "2023/24 Q4"],
      [null, null, null, null, null, null, null, null],
    ]);
  });

  it("reads the protected characteristics", async () => {
    const header = ["employee_id", "gender", "ethnic_group", "religion_or_belief", "sexuality", "grade"];
    const { records } = await one(csv(header, [["a", "Female", "White: Roma", "Muslim", "Bisexual", "Grade 6"]]));
    expect(records.map((r) => [r.sex, r.ethnicity, r.ethnicityDetailed, r.religion, r.sexualOrientation, r.rank])).toEqual([["Female", "White", "Roma", "Muslim", "Bisexual", "Grade 6"]]);
  });
});
