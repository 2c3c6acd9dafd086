import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leaverRates, proportion, staffRates } from "../../src/index.js";
import { readExtract } from "../../src/node/readExtract.js";
import type { HrRecord } from "../../src/csv/schemas/hr.js";
import { thrownMessage } from "../_helpers/resultMismatches.js";

const SAMPLE = join(import.meta.dirname, "..", "..", "fixtures", "synthetic", "sample-hr.csv");
const YEAR = { from: "2023-04-01", to: "2024-03-31" };

const message = thrownMessage;

describe("leaverRates: the synthetic HR sample, 2023/24", async () => {
  const { records } = await readExtract<HrRecord>(SAMPLE, "hr");

  it("matches head counts, leavers and turnover counted here with Date arithmetic", () => {
    const day = (iso: string | null) => (iso === null ? null : Date.parse(`${iso}T00:00:00Z`));
    const [from, to] = [day(YEAR.from) as number, day(YEAR.to) as number];
    const expected = new Map<string, { start: number; end: number; leavers: number; joiners: number; cohort: number }>();
    for (const r of records) {
      const [s, l] = [day(r.startDate), day(r.leaveDate)];
      const c = expected.get(r.ethnicity) ?? { start: 0, end: 0, leavers: 0, joiners: 0, cohort: 0 };
      expected.set(r.ethnicity, c);
      const atStart = (s === null || s < from) && (l === null || l >= from);
      const left = l !== null && l >= from && l <= to;
      c.start += Number(atStart);
      c.end += Number((s === null || s <= to) && (l === null || l > to));
      c.leavers += Number(left);
      c.joiners += Number(s !== null && s >= from && s <= to);
      c.cohort += Number(atStart && left);
    }
    const result = leaverRates(records, YEAR);
    expect(result.issues).toEqual([]);
    const all = [...result.rows, result.unknown];
    expect(all.map((r) => r.group).sort()).toEqual([...expected.keys()].sort());
    for (const row of all) {
      const c = expected.get(row.group) as NonNullable<ReturnType<typeof expected.get>>;
      expect([row.startHeadcount, row.endHeadcount, row.leavers, row.joiners, row.cohortLeavers]).toEqual([c.start, c.end, c.leavers, c.joiners, c.cohort]);
      expect(row.leaverProportion?.value).toBe(c.cohort / c.start);
      expect(row.retention?.value).toBe(1 - c.cohort / c.start);
    }
    expect(all.reduce((s, r) => s + r.leavers, 0)).toBe(19);
    const white = result.turnover.rows.find((r) => r.group === "White");
    const w = expected.get("White") as NonNullable<ReturnType<typeof expected.get>>;
    expect(white?.rate?.value).toBeCloseTo((w.leavers / ((w.start + w.end) / 2)) * 1000, 10);
    expect(result.turnover.unknown.events).toBe(expected.get("Unknown")?.leavers);
  });

  it("turnover is staffRates() of leavers over average headcount", () => {
    const result = leaverRates(records, YEAR, { per: 100 });
    const events = Object.fromEntries([...result.rows, result.unknown].map((r) => [r.group, r.leavers]));
    const headcount = Object.fromEntries([...result.rows, result.unknown].map((r) => [r.group, r.averageHeadcount]));
    expect(result.turnover).toEqual(staffRates(events, headcount, { per: 100 }));
  });

  it("flags a period that runs past the extract's snapshot date", () => {
    const result = leaverRates(records, { from: "2023-04-01", to: "2024-06-30" });
    expect(result.issues).toEqual([{ kind: "snapshot-before-period-end", count: 240, message: "240 records from an extract dated before 2024-06-30: later leavers are missing" }]);
  });
});

describe("leaverRates: definitions and edge cases", () => {
  it("counts the first and last days as in the period", () => {
    const rows = leaverRates(
      [
        { ethnicity: "White", startDate: "2000-01-01", leaveDate: "2023-04-01" },
        { ethnicity: "White", startDate: "2000-01-01", leaveDate: "2024-03-31" },
        { ethnicity: "White", startDate: "2000-01-01", leaveDate: "2023-03-31" },
        { ethnicity: "White", startDate: "2023-04-01", leaveDate: null },
        { ethnicity: "White", startDate: "2024-04-01", leaveDate: null },
      ],
      YEAR,
    ).rows;
    expect(rows[0]).toMatchObject({ startHeadcount: 2, joiners: 1, leavers: 2, endHeadcount: 1, cohortLeavers: 2, averageHeadcount: 1.5 });
    expect(rows[0]?.retention).toEqual(proportion(0, 2));
  });

  it("end = start + joiners − leavers for any records", () => {
    const iso = fc.integer({ min: 0, max: 4000 }).map((d) => new Date(Date.UTC(2018, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
    const record = fc.record({ ethnicity: fc.constantFrom("White", "Asian", null), startDate: fc.option(iso), leaveDate: fc.option(iso) });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), iso, iso, (records, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const result = leaverRates(records, { from, to });
        for (const r of [...result.rows, result.unknown]) {
          expect(r.endHeadcount).toBe(r.startHeadcount + r.joiners - r.leavers);
          expect(r.cohortLeavers).toBeLessThanOrEqual(Math.min(r.leavers, r.startHeadcount));
        }
      }),
      { seed: 20240331, numRuns: 200 },
    );
  });

  it("reports missing start dates and leaving dates before start dates; pools blanks with unknown", () => {
    const result = leaverRates(
      [
        { ethnicity: "White", startDate: null, leaveDate: "2023-06-01" },
        { ethnicity: "White", startDate: "2020-01-01", leaveDate: "2019-01-01" },
        { ethnicity: "", startDate: "2020-01-01", leaveDate: null },
        { ethnicity: "Not stated", startDate: "2020-01-01", leaveDate: null },
      ],
      YEAR,
      { unknown: ["Not stated"] },
    );
    expect(result.issues.map((i) => [i.kind, i.count, i.message])).toEqual([
      ["missing-start-date", 1, "1 record without a start date counted as in post before the period"],
      ["leave-before-start", 1, "1 record with a leaving date before the start date left out"],
    ]);
    expect(result.rows.map((r) => [r.group, r.startHeadcount, r.cohortLeavers])).toEqual([["White", 1, 1]]);
    expect(result.unknown).toMatchObject({ group: "Unknown", startHeadcount: 2, endHeadcount: 2 });
    expect(result.turnover.unknown.headcount).toBe(2);
  });

  it("no one in post at the start: a status, not NaN", () => {
    const result = leaverRates([{ ethnicity: "Asian", startDate: "2023-05-01", leaveDate: "2023-06-01" }], YEAR);
    expect(result.rows[0]).toMatchObject({ status: "no-start-headcount", leaverProportion: null, retention: null, leavers: 1, averageHeadcount: 0 });
    expect(result.turnover.rows[0]?.status).toBe("zero-headcount");
    expect(result.unknown.status).toBe("no-start-headcount");
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(Object.isFrozen(result.rows[0])).toBe(true);
  });

  it("throws ArgumentError for invalid input", () => {
    const one = [{ ethnicity: "White", startDate: "2020-01-01", leaveDate: null }];
    expect(message(() => leaverRates(one, { from: "2024-04-01", to: "2024-03-31" }))).toBe('leaverRates: period.to must not be before period.from (2024-04-01); received "2024-03-31"');
    expect(message(() => leaverRates(one, { from: "2023-02-30", to: "2024-03-31" }))).toBe('leaverRates: period.from must be a YYYY-MM-DD date; received "2023-02-30"');
    expect(message(() => leaverRates(one, { from: "01/04/2023", to: "2024-03-31" }))).toBe('leaverRates: period.from must be a YYYY-MM-DD date; received "01/04/2023"');
    expect(message(() => leaverRates(one, undefined as never))).toBe("leaverRates: period must be an object; received undefined");
    expect(message(() => leaverRates([{ ethnicity: "White", startDate: "2020-1-1" }], YEAR))).toBe('leaverRates: records[0].startDate must be a YYYY-MM-DD date or null; received "2020-1-1"');
    expect(message(() => leaverRates([{ ethnicity: "White", leaveDate: 20200101 }], YEAR))).toBe("leaverRates: records[0].leaveDate must be a YYYY-MM-DD date or null; received 20200101");
    expect(message(() => leaverRates([{ ethnicity: ["White"] }], YEAR))).toBe("leaverRates: records[0].ethnicity must be a string, null or undefined; received an array of length 1");
    expect(message(() => leaverRates({} as never, YEAR))).toBe("leaverRates: records must be an array of records; received a value of type object");
    expect(message(() => leaverRates(one, YEAR, { reference: "Black" }))).toBe('leaverRates: options.reference must name one of the compared groups (White); received "Black"');
    expect(message(() => leaverRates(one, YEAR, { by: "" }))).toBe('leaverRates: options.by must be a non-empty field name; received ""');
    expect(message(() => leaverRates(one, YEAR, { per: -1 }))).toBe("leaverRates: options.per must be greater than 0; received -1");
  });
});
