import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ArgumentError, mantelHaenszelRateRatio, rateRatio, type RateRatioStratum } from "../../src/index.js";
import { relativeDifference } from "../_helpers/closeTo.js";
import type { FixtureCase, FixtureFile } from "../_helpers/fixtures.js";

// fixtures/mantel-haenszel.json (fixtures/generators/areas.R): epiR epi.2by2(method = "cohort.time")
// IRR.mh.wald, R glm() Rao score test, and prop.test() sums for homogeneity. The reference harness
// (test/stats/reference.test.ts) checks value/limits/pValue at its tolerances; here every field at 1e-9.
const TOLERANCE = 1e-9;
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "mantel-haenszel.json"), "utf8")) as Omit<FixtureFile, "file">;

function close(actual: number | null | undefined, expected: number, what: string) {
  expect(typeof actual, what).toBe("number");
  expect(relativeDifference(actual as number, expected), `${what}: actual ${actual}, expected ${expected}`).toBeLessThanOrEqual(TOLERANCE);
}

describe("mantelHaenszelRateRatio against epiR and R", () => {
  it("has 24 cases (8 data sets × 3 levels) from epiR", () => {
    expect(fixture.cases).toHaveLength(24);
    expect(fixture.tool).toMatch(/^R /);
    expect((fixture as unknown as { packages: Record<string, string> }).packages["epiR"]).toBeTruthy();
  });

  it.each(fixture.cases.map((c) => [c.call, c] as const))("%s", (_call, c: FixtureCase) => {
    const [strata, options] = c.args as [RateRatioStratum[], { level: number }];
    const result = mantelHaenszelRateRatio(strata, options);
    expect(result.status).toBe(c.expected["status"]);
    expect(result.method).toBe("mantel-haenszel");
    for (const field of ["value", "lower", "upper", "pValue"] as const) close(result[field], c.expected[field] as number, field);
    close(result.chiSquare, c["chiSquare"] as number, "chiSquare");
    const hom = c["homogeneity"] as { status: string; statistic?: number; df?: number; pValue?: number };
    expect(result.homogeneity.status).toBe(hom.status);
    if (hom.status === "ok") {
      close(result.homogeneity.statistic, hom.statistic as number, "homogeneity statistic");
      expect(result.homogeneity.df).toBe(hom.df);
      close(result.homogeneity.pValue, hom.pValue as number, "homogeneity p");
    }
  });
});

describe("mantelHaenszelRateRatio properties", () => {
  const strata: RateRatioStratum[] = [
    { stratum: "A", count: 14, population: 1210, referenceCount: 590, referencePopulation: 65000 },
    { stratum: "B", count: 41, population: 3840, referenceCount: 1402, referencePopulation: 170500 },
    { stratum: "C", count: 9, population: 1455, referenceCount: 388, referencePopulation: 89000 },
  ];

  it("equals the Wald rate ratio for a single stratum", () => {
    const one = mantelHaenszelRateRatio([strata[0] as RateRatioStratum]);
    const wald = rateRatio({ count: 14, population: 1210 }, { count: 590, population: 65000 }, { method: "wald" });
    expect(one.value).toBeCloseTo(wald.value as number, 12);
    expect(one.lower).toBeCloseTo(wald.lower, 12);
    expect(one.upper).toBeCloseTo(wald.upper, 12);
    expect(one.homogeneity.status).toBe("not-computed");
  });

  it("inverts the ratio and interval when group and reference swap", () => {
    const swapped = strata.map((s) => ({ stratum: s.stratum, count: s.referenceCount, population: s.referencePopulation, referenceCount: s.count, referencePopulation: s.population }));
    const a = mantelHaenszelRateRatio(strata);
    const b = mantelHaenszelRateRatio(swapped);
    expect(b.value).toBeCloseTo(1 / (a.value as number), 12);
    expect(b.lower).toBeCloseTo(1 / a.upper, 12);
    expect(b.pValue).toBeCloseTo(a.pValue, 12);
    expect(b.homogeneity.statistic).toBeCloseTo(a.homogeneity.statistic, 10);
  });

  it("is unchanged by scaling a stratum's person-time in both groups, and by stratum order", () => {
    const a = mantelHaenszelRateRatio(strata);
    const scaled = strata.map((s, i) => (i === 1 ? { ...s, population: s.population * 10, referencePopulation: s.referencePopulation * 10 } : s));
    expect(mantelHaenszelRateRatio(scaled).value).toBeCloseTo(a.value as number, 12);
    expect(mantelHaenszelRateRatio([...strata].reverse()).upper).toBeCloseTo(a.upper, 12);
  });

  it("gives a homogeneity statistic of 0 when every stratum has the same ratio", () => {
    const same = [
      { stratum: "X", count: 20, population: 1000, referenceCount: 100, referencePopulation: 10000 },
      { stratum: "Y", count: 40, population: 2000, referenceCount: 50, referencePopulation: 5000 },
    ];
    const r = mantelHaenszelRateRatio(same);
    expect(r.value).toBeCloseTo(2, 12);
    expect(r.homogeneity.statistic).toBeCloseTo(0, 12);
    expect(r.homogeneity.pValue).toBeCloseTo(1, 12);
  });

  it("skips strata without events or with a zero population", () => {
    const extra = [...strata, { stratum: "D", count: 0, population: 500, referenceCount: 0, referencePopulation: 2000 }, { stratum: "E", count: 0, population: 0, referenceCount: 12, referencePopulation: 3000 }];
    const a = mantelHaenszelRateRatio(strata);
    const b = mantelHaenszelRateRatio(extra);
    expect(b.value).toBe(a.value);
    expect(b.upper).toBe(a.upper);
    expect(b.homogeneity.df).toBe(2);
    expect(b).toMatchObject({ strata: 5, informativeStrata: 3 });
  });
});

describe("mantelHaenszelRateRatio degenerate data", () => {
  it("returns a zero ratio when the group has no events", () => {
    const r = mantelHaenszelRateRatio([{ stratum: "A", count: 0, population: 100, referenceCount: 50, referencePopulation: 1000 }, { stratum: "B", count: 0, population: 200, referenceCount: 70, referencePopulation: 2000 }]);
    expect(r).toMatchObject({ value: 0, lower: 0, upper: Infinity, status: "zero-ratio", standardError: Infinity });
    expect(r.homogeneity.status).toBe("not-computed");
    expect(r.pValue).toBeLessThan(0.05);
  });

  it("returns an infinite ratio when the reference has no events", () => {
    const r = mantelHaenszelRateRatio([{ stratum: "A", count: 3, population: 100, referenceCount: 0, referencePopulation: 1000 }]);
    expect(r).toMatchObject({ value: Infinity, lower: 0, upper: Infinity, status: "infinite-ratio" });
  });

  it("returns null with p = 1 when there are no events at all", () => {
    const r = mantelHaenszelRateRatio([{ stratum: "A", count: 0, population: 100, referenceCount: 0, referencePopulation: 1000 }]);
    expect(r).toMatchObject({ value: null, lower: 0, upper: Infinity, status: "undefined-ratio", chiSquare: 0, pValue: 1, informativeStrata: 0 });
  });

  it("returns a frozen result", () => {
    const r = mantelHaenszelRateRatio([{ stratum: "A", count: 3, population: 100, referenceCount: 4, referencePopulation: 1000 }]);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.homogeneity)).toBe(true);
  });
});

describe("mantelHaenszelRateRatio rejects invalid arguments", () => {
  const ok = { stratum: "A", count: 1, population: 10, referenceCount: 2, referencePopulation: 30 };
  const cases: [string, () => unknown, string][] = [
    ["empty strata", () => mantelHaenszelRateRatio([]), "mantelHaenszelRateRatio: strata must be a non-empty array of objects; received an array of length 0"],
    ["not an array", () => mantelHaenszelRateRatio({} as never), "mantelHaenszelRateRatio: strata must be a non-empty array of objects; received a value of type object"],
    ["stratum not an object", () => mantelHaenszelRateRatio([null as never]), "mantelHaenszelRateRatio: strata[0] must be an object; received null"],
    ["label not a string", () => mantelHaenszelRateRatio([{ ...ok, stratum: 5 as never }]), "mantelHaenszelRateRatio: strata[0].stratum must be a string; received 5"],
    ["repeated stratum", () => mantelHaenszelRateRatio([ok, ok]), 'mantelHaenszelRateRatio: strata must not name a stratum twice; received "A"'],
    ["negative count", () => mantelHaenszelRateRatio([{ ...ok, count: -1 }]), "mantelHaenszelRateRatio: strata[0].count must not be negative; received -1"],
    ["NaN population", () => mantelHaenszelRateRatio([{ ...ok, population: Number.NaN }]), "mantelHaenszelRateRatio: strata[0].population must be a finite number; received NaN"],
    ["missing reference count", () => mantelHaenszelRateRatio([{ ...ok, referenceCount: undefined as never }]), "mantelHaenszelRateRatio: strata[0].referenceCount must be a finite number; received undefined"],
    ["events without population", () => mantelHaenszelRateRatio([{ ...ok, population: 0 }]), "mantelHaenszelRateRatio: strata[0].count must be 0 when the population is 0; received 1"],
    ["reference events without population", () => mantelHaenszelRateRatio([{ ...ok, referencePopulation: 0 }]), "mantelHaenszelRateRatio: strata[0].referenceCount must be 0 when the reference population is 0; received 2"],
    ["level as percent", () => mantelHaenszelRateRatio([ok], { level: 95 }), "mantelHaenszelRateRatio: options.level must be a fraction strictly between 0 and 1; received 95 (did you mean 0.95?)"],
    ["options not an object", () => mantelHaenszelRateRatio([ok], "x" as never), 'mantelHaenszelRateRatio: options must be an object or undefined; received "x"'],
  ];
  it.each(cases)("%s", (_name, call, message) => {
    expect(call).toThrow(ArgumentError);
    expect(call).toThrow(message);
  });
});
