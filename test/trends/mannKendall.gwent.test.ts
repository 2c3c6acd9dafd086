import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { mannKendall } from "../../src/index.js";
import { countExtract } from "../../src/node/index.js";
import type { FixtureFile } from "../_helpers/fixtures.js";
import { SHARED_DATA } from "../_helpers/sharedData.js";

// The worked example of docs/methods/trends.md: Gwent stop-searches (data.police.uk) per financial
// quarter 2019/20–2021/22, as a monthly rate (count ÷ months present; August 2019 is missing).
const FOLDER = join(SHARED_DATA, "police-uk", "gwent-stop-and-search-2019-04-to-2022-03");
const fixture = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "trends", name), "utf8")) as Omit<FixtureFile, "file">;

let quarters: { quarter: string; count: number; months: number }[] = [];

beforeAll(async () => {
  const { counts, summary } = await countExtract(FOLDER, "police-uk-stop-search", { by: ["quarter", "month"] });
  expect(summary.rejected).toBe(0);
  const byQuarter = new Map<string, { count: number; months: number }>();
  for (const row of counts) {
    const q = byQuarter.get(row["quarter"] as string) ?? { count: 0, months: 0 };
    byQuarter.set(row["quarter"] as string, { count: q.count + row.count, months: q.months + 1 });
  }
  quarters = [...byQuarter].map(([quarter, q]) => ({ quarter, ...q }));
});

describe("Gwent quarterly stop-search trend (docs/methods/trends.md)", () => {
  it("counts 12 quarters from the shared data, with August 2019 missing", () => {
    expect(quarters.map((q) => q.quarter)).toEqual(["2019/20 Q1", "2019/20 Q2", "2019/20 Q3", "2019/20 Q4", "2020/21 Q1", "2020/21 Q2", "2020/21 Q3", "2020/21 Q4", "2021/22 Q1", "2021/22 Q2", "2021/22 Q3", "2021/22 Q4"]);
    expect(quarters.map((q) => q.count)).toEqual([828, 301, 1058, 1210, 2112, 1503, 1646, 1450, 935, 712, 434, 486]);
    expect(quarters.map((q) => q.months)).toEqual([3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
  });

  it("feeds the same monthly rates to the scipy fixture and gives the documented figures", () => {
    const rates = quarters.map((q) => q.count / q.months);
    const reference = fixture("mann-kendall.json").cases.find((c) => (c.title as string).startsWith("Gwent stop-searches per month, by quarter"));
    expect(reference?.args[0]).toEqual(rates);
    const mk = mannKendall(rates);
    expect(mk).toMatchObject({ s: -12, variance: 212 + 2 / 3, n: 12, status: "ok", method: "normal" });
    expect(mk.z).toBeCloseTo(-0.754298, 6);
    expect(mk.pValue).toBeCloseTo(0.450670, 6);
    expect(mk.tau).toBeCloseTo(-0.181818, 6);
    expect(mk.senSlope).toBeCloseTo(-14.804762, 6);
    expect(mk.senSlopeLower).toBeCloseTo(-73.555556, 6);
    expect(mk.senSlopeUpper).toBeCloseTo(38.333333, 6);
  });

  it("finds the fall since 2020/21 Q1, with the exact p that R's cor.test gives", () => {
    const rates = quarters.slice(4).map((q) => q.count / q.months);
    const mk = mannKendall(rates, { exact: true });
    expect(mk).toMatchObject({ s: -24, n: 8, method: "exact", status: "ok" });
    expect(mk.pValue).toBeCloseTo(0.001736, 6);
    expect(mk.tau).toBeCloseTo(-0.857143, 6);
    expect(mk.senSlope).toBeCloseTo(-77.547619, 6);
    expect(mk.senSlopeLower).toBeCloseTo(-103.777778, 6);
    expect(mk.senSlopeUpper).toBeCloseTo(-56.5, 6);
    expect(mannKendall(rates).pValue).toBeCloseTo(0.004434, 6);
    const r = fixture("mann-kendall-exact.json").cases.find((c) => (c.title as string).startsWith("Gwent") && c.args[0] !== undefined && (c.args[0] as number[]).length === 8 && !(c.args[1] as { alternative?: string }).alternative);
    expect(r?.args[0]).toEqual(rates);
    expect(r?.expected["pValue"]).toBeCloseTo(mk.pValue as number, 12);
  });
});
