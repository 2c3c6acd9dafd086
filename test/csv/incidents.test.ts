import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { incidentsExtract } from "../../fixtures/synthetic/_incidents.js";
import { seededRandom } from "../../bench/_random.js";
import { parseExtract } from "../../src/csv/parseExtract.js";
import { type IncidentRecord, incidentsSchema } from "../../src/csv/schemas/incidents.js";
import { FULL, SYNTHETIC, csv, hasFull, reconcile, renameHeader, synthetic } from "../_helpers/synthetic.js";

const HEADER = ["incident_id", "incident_date", "hate_strands"];
const one = async (text: string) => parseExtract(text, incidentsSchema, { file: "t.csv" });
const strands = async (values: string[]) => (await one(csv(HEADER, values.map((v, i) => [`I${i}`, "2023-04-01", v])))).records.map((r) => r.hateStrands);

describe("incidentsSchema: the committed sample", () => {
  it("reconciles with the generator: rows, rejects by line and kind, counts by ethnicity, sex, quarter, strands", async () => {
    const { records } = await reconcile("incidents", incidentsSchema, "incident_id");
    expect(records.every((r) => r.financialYear === "2023/24")).toBe(true);
  });

  it("is what the generator writes (seeded, byte for byte)", () => {
    const extract = incidentsExtract(seededRandom(20230401), 400, 2023, 0.02, true);
    expect(`${extract.lines.join("\r\n")}\r\n`).toBe(readFileSync(`${SYNTHETIC}/sample-incidents.csv`, "utf8"));
  });

  it("reads the same records when the columns are renamed and mapped", async () => {
    const { text } = synthetic("incidents");
    const renamed = renameHeader(text, { incident_id: "Incident Ref", incident_date: "Date Reported", victim_ethnicity: "Victim SDE", subject_age: "Suspect Age (years)", hate_strands: "Hate Flags" });
    const mapping = { id: "Incident Ref", date: "Date Reported", victimEthnicity: "Victim SDE", subjectAge: "Suspect Age (years)", hateStrands: "Hate Flags" };
    const plain = await parseExtract(text, incidentsSchema, { file: "a.csv" });
    const mapped = await parseExtract(renamed, incidentsSchema, { file: "a.csv", mapping });
    expect(mapped.records).toEqual(plain.records);
    expect(mapped.rejects.map((r) => [r.line, r.reason])).toEqual(plain.rejects.map((r) => [r.line, r.reason]));
    const unmapped = await parseExtract(renamed, incidentsSchema, { file: "a.csv" });
    expect(unmapped.summary.accepted).toBe(0);
    expect(unmapped.rejects[0]?.reason).toMatch(/no column "incident_id"/);
  });
});

describe.skipIf(!hasFull("incidents"))(`incidentsSchema: the full-scale file in ${FULL}`, () => {
  it("reconciles with the generator", async () => {
    await reconcile("incidents", incidentsSchema, "incident_id", "full");
  }, 60_000);
});

describe("incidentsSchema: values", () => {
  it("reads the required columns alone; the other fields are blank, Unknown or empty", async () => {
    const { records, summary } = await one("incident_id,incident_date\nA1,2024-03-31\n");
    expect(summary.accepted).toBe(1);
    const r = records[0] as IncidentRecord;
    expect([r.date, r.financialYear, r.quarter, r.month]).toEqual(["2024-03-31", "2023/24", "2023/24 Q4", "2024-03"]);
    expect([r.victimEthnicity, r.subjectSex, r.victimDisability, r.victimAgeBand, r.victimAge]).toEqual(["Unknown", "Unknown", "Unknown", "Unknown", null]);
    expect([r.hateStrands, r.hateCrime, r.domesticAbuse, r.category, r.outcome]).toEqual([[], false, null, null, null]);
  });

  it("reads ISO, UK and Excel serial dates", async () => {
    const { records } = await one(csv(["incident_id", "incident_date"], [["a", "2023-04-01"], ["b", "01/04/2023"], ["c", "45017"], ["d", "2023-03-31T23:30:00Z"]]));
    expect(records.map((r) => [r.date, r.quarter])).toEqual([["2023-04-01", "2023/24 Q1"], ["2023-04-01", "2023/24 Q1"], ["2023-04-01", "2023/24 Q1"], ["2023-04-01", "2023/24 Q1"]]);
  });

  it("maps hate-crime strands separated by ; or |, each strand once, in order", async () => {
    expect(await strands(["Race", "racial; Religion", "Homophobic|Transphobic", "Disability | disablist", "Faith;Race;race", "Other", "Alternative subculture"])).toEqual([
      ["race"], ["race", "religion"], ["sexual orientation", "transgender"], ["disability"], ["religion", "race"], ["other"], ["other"],
    ]);
    expect(await strands(["", "None", "N/A", "Gender identity", "Sexual Orientation"])).toEqual([[], [], [], ["transgender"], ["sexual orientation"]]);
  });

  it("keeps an unknown strand as Unknown and counts the raw field as unrecognised", async () => {
    const { records, summary } = await one(csv(HEADER, [["a", "2023-04-01", "Race;Gender"], ["b", "2023-04-01", "Gender"], ["c", "2023-04-01", "Race;Gender"]]));
    expect(records.map((r) => [r.hateStrands, r.hateCrime])).toEqual([[["race", "Unknown"], true], [["Unknown"], true], [["race", "Unknown"], true]]);
    expect(summary.unrecognised).toEqual({ hateStrands: { "Race;Gender": 2, Gender: 1 } });
    expect(summary.rejected).toBe(0);
  });

  it("reads victim and subject characteristics, with suspect_ and offender_ headers for the subject", async () => {
    const header = ["incident_id", "incident_date", "victim_ethnicity", "victim_gender", "victim_age", "victim_disability", "offender_ethnic_group", "suspect_sex", "subject_age_band", "suspect_disability"];
    const { records, summary } = await one(csv(header, [["a", "2023-04-01", "B2", "F", "16", "Yes", "Asian/Asian British - Pakistani", "Male", "25-34", "Prefer not to say"]]));
    expect(summary.accepted).toBe(1);
    const r = records[0] as IncidentRecord;
    expect([r.victimEthnicity, r.victimEthnicityDetailed, r.victimSex, r.victimAge, r.victimAgeBand, r.victimDisability]).toEqual(["Black", "African", "Female", 16, "10-17", "Disabled"]);
    expect([r.subjectEthnicity, r.subjectEthnicityDetailed, r.subjectSex, r.subjectAge, r.subjectAgeBand, r.subjectDisability]).toEqual(["Asian", "Pakistani", "Male", null, "25-34", "Unknown"]);
  });

  it("reads flags leniently: Y/N, Yes/No, True/False, 1/0; unknown markers are null; anything else null and unrecognised", async () => {
    const header = ["incident_id", "incident_date", "domestic_abuse", "mental_health", "child"];
    const { records, summary } = await one(csv(header, [["a", "2023-04-01", "Y", "no", "TRUE"], ["b", "2023-04-01", "0", "Not known", ""], ["c", "2023-04-01", "maybe", "1", "N"]]));
    expect(records.map((r) => [r.domesticAbuse, r.mentalHealth, r.child])).toEqual([[true, false, true], [false, null, null], [null, true, false]]);
    expect(summary.unrecognised).toEqual({ domesticAbuse: { maybe: 1 } });
    expect(summary.rejected).toBe(0);
  });

  it("rejects a blank id and an unreadable date, with the column and value", async () => {
    const { rejects, summary } = await one(csv(["incident_id", "incident_date"], [["", "2023-04-01"], ["b", "31/02/2024"], ["c", ""]]));
    expect(summary).toMatchObject({ rowsRead: 3, accepted: 0, rejected: 3 });
    expect(rejects.map((r) => [r.line, r.column, r.value, r.reason])).toEqual([
      [2, "incident_id", "", "required field is blank"],
      [3, "incident_date", "31/02/2024", "not a date (iso, uk, excel)"],
      [4, "incident_date", "", "required field is blank"],
    ]);
  });
});
