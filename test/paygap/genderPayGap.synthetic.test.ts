import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../bench/_random.js";
import { hrExtract } from "../../fixtures/synthetic/_hr.js";
import { genderPayGap } from "../../src/index.js";
import type { HrRecord } from "../../src/csv/index.js";
import { readExtract } from "../../src/node/index.js";

// The worked example in docs/paygap.md ("Computing the figures from an HR extract"): the seeded
// Gwent-sized synthetic HR extract (fixtures/synthetic, --scale full) read by the adapter and
// passed to genderPayGap. The figures printed in the docs are asserted here; the mean gap is also
// computed independently from the records.

describe("genderPayGap on the Gwent-sized synthetic HR extract", async () => {
  const extract = hrExtract(seededRandom(20230403), { officer: 1335, staff: 727, pcso: 122, special: 54, volunteer: 167, agency: 8 }, 2023, 0.0015, false);
  const path = join(mkdtempSync(join(tmpdir(), "hr-full-")), "hr.csv");
  writeFileSync(path, `${extract.lines.join("\r\n")}\r\n`);
  const { records, rejects, summary } = await readExtract<HrRecord>(path, "hr");
  const snapshot = "2024-03-31";
  const employees = records.filter((r) => r.workerType !== "special" && r.workerType !== "volunteer").filter((r) => r.leaveDate === null || r.leaveDate > snapshot);
  const gap = genderPayGap(employees, { employer: "public", snapshotDate: snapshot, bootstrap: { seed: 1 } });

  it("reads 2,413 rows, two of them rejected as the generator planted", () => {
    expect(summary).toMatchObject({ rowsRead: 2413, accepted: 2411, rejected: 2 });
    expect(rejects.map((r) => [r.line, r.reason])).toEqual([
      [1218, "not a date (iso, uk, excel)"],
      [2276, "expected 17 fields, found 18"],
    ]);
  });

  it("gives the figures docs/paygap.md prints", () => {
    const round = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
    expect([gap.meanHourlyGap, gap.medianHourlyGap, gap.meanBonusGap, gap.medianBonusGap].map(round)).toEqual([5.0, 6.2, -19.7, -33.3]);
    expect([gap.bonusProportions.male, gap.bonusProportions.female].map(round)).toEqual([3.1, 2.7]);
    expect([gap.quartiles.lower.female, gap.quartiles.lowerMiddle.female, gap.quartiles.upperMiddle.female, gap.quartiles.upper.female].map(round)).toEqual([57.2, 42.8, 45.5, 43.0]);
    expect(gap.counts.fullPay).toEqual({ male: 1042, female: 929 });
    expect(gap.counts.excluded).toEqual({ other: 0, unknown: 22, unpaid: 0 });
    expect(gap.counts.quartiles.upperMiddle.male).toBeCloseTo(268 + 2 / 3, 12);
    const ci = gap.intervals;
    expect([ci?.meanHourlyGap.lower, ci?.meanHourlyGap.upper, ci?.medianHourlyGap.lower, ci?.medianHourlyGap.upper].map((x) => round(x ?? null))).toEqual([2.2, 7.5, 1.6, 9.6]);
  });

  it("has the mean hourly gap a direct computation from the records gives", () => {
    const fullPay = employees.filter((r) => r.hourlyPay !== null && r.fullPay !== false);
    const mean = (sex: string) => {
      const pay = fullPay.filter((r) => r.sex === sex).map((r) => r.hourlyPay as number);
      return pay.reduce((t, p) => t + p, 0) / pay.length;
    };
    expect(gap.meanHourlyGap).toBeCloseTo(((mean("Male") - mean("Female")) / mean("Male")) * 100, 10);
  });
});
