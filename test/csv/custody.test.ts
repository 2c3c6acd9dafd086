import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { custodyExtract } from "../../fixtures/synthetic/_custody.js";
import { seededRandom } from "../../bench/_random.js";
import { parseExtract } from "../../src/csv/parseExtract.js";
import { type CustodyRecord, custodySchema } from "../../src/csv/schemas/custody.js";
import { FULL, SYNTHETIC, csv, hasFull, reconcile, renameHeader, synthetic } from "../_helpers/synthetic.js";

const one = async (text: string) => parseExtract(text, custodySchema, { file: "t.csv" });
const column = async (header: string, values: string[]) =>
  (await one(csv(["custody_id", "arrival_date", header], values.map((v, i) => [`C${i}`, "2023-04-01", v])))).records;

describe("custodySchema: the committed sample", () => {
  it("reconciles with the generator: rows, rejects by line and kind, counts by ethnicity, sex, quarter, outcome, child", async () => {
    await reconcile("custody", custodySchema, "custody_id");
  });

  it("is what the generator writes (seeded, byte for byte)", () => {
    const extract = custodyExtract(seededRandom(20230402), 300, 2023, 0.02, true);
    expect(`${extract.lines.join("\r\n")}\r\n`).toBe(readFileSync(`${SYNTHETIC}/sample-custody.csv`, "utf8"));
  });

  it("reads the same records when the columns are renamed and mapped", async () => {
    const { text } = synthetic("custody");
    const renames = { custody_id: "Custody Number", arrival_date: "Arrival Date/Time", self_defined_ethnicity: "Self Defined Ethnicity Code", officer_defined_ethnicity: "IC Code", outcome: "Disposal Type", detention_hours: "Time in Custody (hrs)" };
    const mapping = { id: "Custody Number", arrivalDate: "Arrival Date/Time", ethnicity: "Self Defined Ethnicity Code", officerEthnicity: "IC Code", outcome: "Disposal Type", detentionHours: "Time in Custody (hrs)" };
    const plain = await parseExtract(text, custodySchema, { file: "a.csv" });
    const mapped = await parseExtract(renameHeader(text, renames), custodySchema, { file: "a.csv", mapping });
    expect(mapped.records).toEqual(plain.records);
    expect(mapped.summary.unrecognised).toEqual(plain.summary.unrecognised);
  });
});

describe.skipIf(!hasFull("custody"))(`custodySchema: the full-scale file in ${FULL}`, () => {
  it("reconciles with the generator", async () => {
    await reconcile("custody", custodySchema, "custody_id", "full");
  }, 60_000);
});

describe("custodySchema: values", () => {
  it("maps disposal labels to the canonical outcomes", async () => {
    const cases: [string, CustodyRecord["outcome"]][] = [
      ["Charged", "charge"], ["CHARGED AND REMANDED", "charge"], ["Charged - bailed", "charge"], ["Postal requisition", "charge"], ["Summonsed", "charge"],
      ["Caution", "caution"], ["Simple caution", "caution"], ["Youth conditional caution", "caution"],
      ["Community resolution", "community resolution"], ["CR", "community resolution"], ["Local resolution", "community resolution"],
      ["NFA", "no further action"], ["No further action", "no further action"], ["Released - No Further Action", "no further action"],
      ["RUI", "released under investigation"], ["Released under investigation (RUI)", "released under investigation"],
      ["Bail", "bail"], ["Bailed to return", "bail"], ["Pre-charge bail", "bail"], ["Released on bail", "bail"],
      ["Penalty notice for disorder", "other"], ["PND", "other"], ["Transferred to another force", "other"], ["Other", "other"],
      ["", "Unknown"], ["Not recorded", "Unknown"], ["Unknown", "Unknown"],
    ];
    const records = await column("outcome", cases.map(([label]) => label));
    expect(records.map((r) => r.outcome)).toEqual(cases.map(([, outcome]) => outcome));
  });

  it("keeps an unknown disposal as Unknown, counted in summary.unrecognised", async () => {
    const { records, summary } = await one(csv(["custody_id", "arrival_date", "outcome"], [["a", "2023-04-01", "Outcome 17"], ["b", "2023-04-01", "outcome 17"], ["c", "2023-04-01", "Charged"]]));
    expect(records.map((r) => r.outcome)).toEqual(["Unknown", "Unknown", "charge"]);
    expect(summary.unrecognised).toEqual({ outcome: { "Outcome 17": 1, "outcome 17": 1 } });
    expect(summary.rejected).toBe(0);
  });

  it("derives the child flag from the age or age band when the column is absent", async () => {
    const records = await column("age", ["17", "17.9", "18", "10-17", "over 34", "", "elderly"]);
    expect(records.map((r) => [r.age, r.ageBand, r.child])).toEqual([
      [17, "10-17", true], [17.9, "10-17", true], [18, "18-24", false], [null, "10-17", true], [null, "over 34", false], [null, "Unknown", null], [null, "Unknown", null],
    ]);
  });

  it("takes the child column where it is given, and derives only where it is blank", async () => {
    const { records } = await one(csv(["custody_id", "arrival_date", "age", "juvenile"], [["a", "2023-04-01", "19", "Y"], ["b", "2023-04-01", "15", "N"], ["c", "2023-04-01", "15", ""]]));
    expect(records.map((r) => r.child)).toEqual([true, false, true]);
  });

  it("places arrival on the London calendar: 23:30 UTC on 30 June 2023 is 1 July, quarter 2", async () => {
    const { records } = await one(csv(["custody_id", "arrival_date"], [["a", "2023-06-30T23:30:00Z"], ["b", "30/06/2023 23:30"], ["c", "2024-03-31T23:30:00Z"], ["d", "45107.5"]]));
    expect(records.map((r) => [r.arrivalDate, r.quarter, r.financialYear])).toEqual([
      ["2023-07-01", "2023/24 Q2", "2023/24"], ["2023-06-30", "2023/24 Q1", "2023/24"], ["2024-04-01", "2024/25 Q1", "2024/25"], ["2023-06-30", "2023/24 Q1", "2023/24"],
    ]);
  });

  it("reads ethnicity (self- and officer-defined), sex, detention hours (decimal or H:MM) and flags", async () => {
    const header = ["custody_id", "arrival_date", "sde", "ic_code", "gender", "hours_in_custody", "strip_search", "s136"];
    const { records, rejects } = await one(csv(header, [["a", "2023-04-01", "O1", "IC5", "F", "5:45", "Y", "N"], ["b", "2023-04-01", "NS", "IC9", "", "12.5", "", "Yes"], ["c", "2023-04-01", "B9", "", "M", "1,000", "0", "1"]]));
    expect(rejects).toEqual([]);
    expect(records.map((r) => [r.ethnicity, r.ethnicityDetailed, r.officerEthnicity, r.sex, r.detentionHours, r.stripSearch, r.mentalHealthDetention])).toEqual([
      ["Asian", "Chinese", "Asian", "Female", 5.75, true, false],
      ["Unknown", null, "Unknown", "Unknown", 12.5, null, true],
      ["Black", "Other Black", "Unknown", "Male", 1000, false, true],
    ]);
  });

  it("rejects unreadable or negative detention hours", async () => {
    const { rejects } = await one(csv(["custody_id", "arrival_date", "detention_hours"], [["a", "2023-04-01", "five"], ["b", "2023-04-01", "-1"], ["c", "2023-04-01", "5:75"]]));
    expect(rejects.map((r) => [r.line, r.column, r.value])).toEqual([[2, "detention_hours", "five"], [3, "detention_hours", "-1"], [4, "detention_hours", "5:75"]]);
  });
});
