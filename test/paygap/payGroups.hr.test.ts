import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { equalPayAudit, payGap } from "../../src/index.js";
import type { HrRecord } from "../../src/csv/index.js";
import { readExtract } from "../../src/node/index.js";
import { SYNTHETIC } from "../_helpers/synthetic.js";

// The synthetic Gwent-style HR extract (fixtures/synthetic/sample-hr.csv, issue 4's seeded
// generator) read with readExtract(path, "hr"), then payGap by ethnicity and disability and
// equalPayAudit within rank, each checked against a plain computation written out here.

let records: HrRecord[] = [];
beforeAll(async () => {
  records = (await readExtract<HrRecord>(join(SYNTHETIC, "sample-hr.csv"), "hr")).records;
});

const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const mid = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const h = Math.floor(s.length / 2);
  return s.length % 2 ? (s[h] as number) : ((s[h - 1] as number) + (s[h] as number)) / 2;
};
const close = (a: number | null | undefined, b: number) => expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));

function checkAgainstPlain(field: "ethnicity" | "disability", reference: string) {
  const paid = records.filter((r) => r.hourlyPay !== null || r.fullPay === false);
  const result = payGap(records, { by: field, aggregate: true });
  const unknown = paid.filter((r) => r[field] === "Unknown");
  expect(result.reference).toBe(reference);
  expect(result.employees).toBe(paid.length);
  expect(result.unpaid).toBe(records.length - paid.length);
  close(result.notDisclosed.share, (100 * unknown.length) / paid.length);
  const hourly = (g: string) => paid.filter((r) => r[field] === g && r.fullPay !== false).map((r) => r.hourlyPay as number);
  const refHourly = hourly(reference);
  const labels = [...new Set(paid.map((r) => r[field] as string))].filter((g) => g !== "Unknown").sort();
  expect(result.groups.map((g) => g.group)).toEqual(labels);
  for (const row of result.groups) {
    const mine = hourly(row.group);
    const members = paid.filter((r) => r[field] === row.group);
    expect(row.employees).toBe(members.length);
    expect(row.fullPayEmployees).toBe(mine.length);
    expect(row.status).toBe(members.length < 50 ? "small-group" : "ok");
    close(row.bonusProportion, (100 * members.filter((r) => (r.bonus ?? 0) > 0).length) / members.length);
    if (row.isReference) continue;
    close(row.meanHourlyGap.value, ((avg(refHourly) - avg(mine)) / avg(refHourly)) * 100);
    close(row.medianHourlyGap.value, ((mid(refHourly) - mid(mine)) / mid(refHourly)) * 100);
  }
  const others = paid.filter((r) => r[field] !== "Unknown" && r[field] !== reference && r.fullPay !== false).map((r) => r.hourlyPay as number);
  close(result.aggregate?.meanHourlyGap.value, ((avg(refHourly) - avg(others)) / avg(refHourly)) * 100);
  const full = paid.filter((r) => r.fullPay !== false).length;
  const bands = [result.quartiles.lower, result.quartiles.lowerMiddle, result.quartiles.upperMiddle, result.quartiles.upper];
  expect(bands.reduce((n, b) => n + b.employees, 0)).toBe(full);
  for (const band of bands) close(Object.values(band.shares).reduce((a, b) => a + b, 0), 100);
  return result;
}

describe("the synthetic HR extract", () => {
  it("payGap by ethnicity matches a plain computation", () => {
    const result = checkAgainstPlain("ethnicity", "White");
    expect(result.notDisclosed.employees).toBeGreaterThan(0);
    expect(result.aggregate?.group).toBe("Ethnic minorities");
    expect(result.groups.filter((g) => !g.isReference).every((g) => g.status === "small-group")).toBe(true);
  });

  it("payGap by disability matches a plain computation", () => {
    const result = checkAgainstPlain("disability", "Not disabled");
    expect(result.groups.map((g) => g.group)).toEqual(["Disabled", "Not disabled"]);
  });

  it("bootstrap intervals on the extract are finite and repeatable", () => {
    const a = payGap(records, { by: "disability", bootstrap: { replicates: 400, seed: 3 } });
    const interval = a.groups[0]?.meanHourlyGap.interval;
    expect(Number.isFinite(interval?.lower) && Number.isFinite(interval?.upper)).toBe(true);
    expect(interval?.lower).toBeLessThan(interval?.upper as number);
    expect(payGap(records, { by: "disability", bootstrap: { replicates: 400, seed: 3 } })).toEqual(a);
  });

  it("equalPayAudit within rank by sex matches a plain computation", () => {
    const audit = equalPayAudit(records, { within: "rank", by: "sex" });
    const included = records.filter((r) => r.hourlyPay !== null && r.fullPay !== false && r.rank !== null && r.sex !== "Unknown");
    expect(audit.employees).toBe(included.length);
    expect(audit.reference).toBe("Male");
    const ranks = [...new Set(included.map((r) => r.rank as string))].sort();
    expect(audit.grades.map((g) => g.grade)).toEqual(ranks);
    const flagged: string[] = [];
    for (const grade of audit.grades) {
      const payOf = (sex: string) => included.filter((r) => r.rank === grade.grade && r.sex === sex).map((r) => r.hourlyPay as number);
      const men = payOf("Male");
      for (const c of grade.comparisons) {
        const women = payOf(c.group);
        expect(c.n).toEqual({ group: women.length, reference: men.length });
        if (men.length === 0) {
          expect(c.status).toBe("no-reference");
          continue;
        }
        const gap = ((avg(men) - avg(women)) / avg(men)) * 100;
        close(c.meanGap, gap);
        const enough = men.length >= 5 && women.length >= 5;
        expect(c.status).toBe(enough ? "ok" : "too-few");
        expect(c.exceedsThreshold).toBe(enough && Math.abs(gap) >= 5);
        if (c.exceedsThreshold) flagged.push(grade.grade);
        if (c.interval) close((c.interval.lower + c.interval.upper) / 2, gap);
      }
    }
    expect(audit.flagged).toBe(flagged.length > 0 || audit.patterns.length > 0);
  });

  it("equalPayAudit within rank by ethnicity compares each group with White", () => {
    const audit = equalPayAudit(records, { within: "rank", by: "ethnicity", minimumGroupSize: 1 });
    expect(audit.reference).toBe("White");
    const compared = audit.grades.flatMap((g) => g.comparisons.map((c) => c.group));
    expect(new Set(compared)).toEqual(new Set(["Asian", "Mixed"]));
    expect(audit.excluded.notDisclosed).toBe(records.filter((r) => r.hourlyPay !== null && r.fullPay !== false && r.rank !== null && r.ethnicity === "Unknown").length);
  });
});
