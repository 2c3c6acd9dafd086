import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ArgumentError, funnelLimits, type FunnelLimitsOptions } from "../../src/index.js";
import { relativeDifference } from "../_helpers/closeTo.js";
import type { FixtureCase, FixtureFile } from "../_helpers/fixtures.js";

// fixtures/funnels.json: base R re-implementation of PHE's Fingertips funnels (PHEindicatormethods
// is not installed), written by fixtures/generators/funnels.R. Tolerance 1e-9 relative.
const TOLERANCE = 1e-9;
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "funnels.json"), "utf8")) as Omit<FixtureFile, "file">;
const limitCases = fixture.cases.filter((c) => c.fn === "funnelLimits");

function close(actual: number, expected: number, what: string) {
  const ok = relativeDifference(actual, expected) <= TOLERANCE || Math.abs(actual - expected) <= 1e-15;
  expect(ok, `${what}: actual ${actual}, expected ${expected}`).toBe(true);
}

describe("funnelLimits against base R (PHE's algorithm)", () => {
  it("has the expected number of cases", () => {
    expect(limitCases.length).toBe(264);
  });

  it.each(limitCases.filter((c) => c["side"] !== undefined).map((c) => [c.call, c] as const))("%s", (_call, c: FixtureCase) => {
    const [target, denominators, options] = c.args as [number, number[], FunnelLimitsOptions];
    const result = funnelLimits(target, denominators, options);
    const band = result.points[0]?.limits[0];
    expect(result.method).toBe(c.expected["method"]);
    close(band?.[c["side"] as "lower" | "upper"] as number, c["limit"] as number, c.call);
  });

  it.each(limitCases.filter((c) => c["limits"] !== undefined).map((c) => [c.call, c] as const))("%s", (_call, c: FixtureCase) => {
    const [target, denominators, options] = c.args as [number, number[], FunnelLimitsOptions];
    const result = funnelLimits(target, denominators, options);
    const expected = c["limits"] as { level: number; lower: number; upper: number }[];
    expect(result.points).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      const band = result.points[i]?.limits[0];
      expect(band?.level).toBe(e.level);
      close(band?.lower as number, e.lower, `lower at ${denominators[i]}`);
      close(band?.upper as number, e.upper, `upper at ${denominators[i]}`);
    });
  });
});

describe("funnelLimits against PHEindicatormethods 2.1.0's published test values", () => {
  // PHE's bisection stops at 1e-7 in v = E/(1 + O + E), so its expected counts are good to ~1e-6.
  it("ratio funnel at O = 1: lower_2s_exp_events 5.571644585 (17.948 per 100), upper_2s_exp_events 0.025317898 (3949.77)", () => {
    const lower = funnelLimits(1, [5.571644585], { type: "ratio", levels: [0.95] }).points[0]?.limits[0]?.lower as number;
    const upper = funnelLimits(1, [0.025317898], { type: "ratio", levels: [0.95] }).points[0]?.limits[0]?.upper as number;
    expect(Math.abs(lower - 1 / 5.571644585)).toBeLessThan(1e-6);
    expect(lower * 100).toBeCloseTo(17.948, 3);
    expect(upper * 100).toBeCloseTo(3949.77, 1);
  });

  it("proportion funnel around 80.642448%: population 1 and 3", () => {
    const f = funnelLimits(0.80642448, [1, 3], { type: "proportion" });
    expect((f.points[0]?.limits[0]?.lower as number) * 100).toBeCloseTo(3.204264, 6);
    expect(f.points[0]?.limits[1]?.lower).toBe(0);
    expect(f.points[0]?.limits[0]?.upper).toBe(1);
    expect((f.points[1]?.limits[0]?.lower as number) * 100).toBeCloseTo(35.933491, 5);
    expect((f.points[1]?.limits[1]?.lower as number) * 100).toBeCloseTo(10.150815, 6);
  });
});

describe("funnelLimits behaviour", () => {
  it("defaults to a rate per 1,000 at 95% and 99.8%", () => {
    const f = funnelLimits(110.7, [10000]);
    expect(f).toMatchObject({ type: "rate", per: 1000, levels: [0.95, 0.998], tau2: 0, method: "exact-poisson", target: 110.7 });
    const [inner, outer] = f.points[0]?.limits ?? [];
    expect(outer?.lower).toBeLessThan(inner?.lower as number);
    expect(outer?.upper).toBeGreaterThan(inner?.upper as number);
  });

  it("narrows as the denominator grows and always contains the target", () => {
    const denominators = [1, 10, 100, 1000, 1e4, 1e5, 1e6];
    const f = funnelLimits(50, denominators);
    const bands = f.points.map((p) => p.limits[0] as { lower: number; upper: number });
    for (let i = 1; i < bands.length; i++) {
      expect(bands[i]?.upper).toBeLessThan(bands[i - 1]?.upper as number);
      expect(bands[i]?.lower).toBeGreaterThanOrEqual(bands[i - 1]?.lower as number);
    }
    for (const b of bands) expect(b.lower <= 50 && b.upper >= 50).toBe(true);
  });

  it("has a lower limit of 0 exactly while a count of 0 is within it (e^(−E) ≥ tail)", () => {
    // E = −ln(0.025) = 3.6889 is the boundary at 95%.
    const at = (n: number) => funnelLimits(1, [n], { type: "ratio", levels: [0.95] }).points[0]?.limits[0]?.lower;
    expect(at(3.68)).toBe(0);
    expect(at(3.7)).toBeGreaterThan(0);
  });

  it("sorts levels and sorts nothing else", () => {
    const f = funnelLimits(1, [20, 5], { type: "ratio", levels: [0.998, 0.9, 0.95] });
    expect(f.levels).toEqual([0.9, 0.95, 0.998]);
    expect(f.points.map((p) => p.denominator)).toEqual([20, 5]);
    expect(f.points[0]?.limits.map((b) => b.level)).toEqual([0.9, 0.95, 0.998]);
  });

  it("ignores per for ratios and proportions", () => {
    expect(funnelLimits(1, [10], { type: "ratio", per: 1000 }).per).toBe(1);
    expect(funnelLimits(0.2, [10], { type: "proportion", per: 100 }).per).toBe(1);
  });

  it("gives zero-width limits for a target of 0, and for a proportion of 0 or 1", () => {
    expect(funnelLimits(0, [100]).points[0]?.limits[0]).toEqual({ level: 0.95, lower: 0, upper: 0 });
    expect(funnelLimits(1, [100], { type: "proportion" }).points[0]?.limits[1]).toEqual({ level: 0.998, lower: 1, upper: 1 });
    expect(funnelLimits(0, [100], { type: "proportion" }).points[0]?.limits[1]).toEqual({ level: 0.998, lower: 0, upper: 0 });
  });

  it("widens the limits with tau2 on the square-root scale (Spiegelhalter)", () => {
    const tau2 = 0.0004;
    const f = funnelLimits(80, [1000, 1e6], { tau2 });
    expect(f.method).toBe("sqrt-overdispersed");
    const y0 = Math.sqrt(0.08);
    const spread = 1.959963984540054 * Math.sqrt(1 / (4 * 1e6) + tau2);
    expect(f.points[1]?.limits[0]?.upper).toBeCloseTo((y0 + spread) ** 2 * 1000, 9);
    expect(f.points[1]?.limits[0]?.lower).toBeCloseTo((y0 - spread) ** 2 * 1000, 9);
    // with τ² > 0 the limits no longer close in on the target
    expect(f.points[1]?.limits[0]?.upper).toBeGreaterThan(85);
    const p = funnelLimits(0.3, [50], { type: "proportion", tau2: 0.01 });
    expect(p.method).toBe("arcsine-overdispersed");
    const yp = Math.asin(Math.sqrt(0.3));
    expect(p.points[0]?.limits[0]?.lower).toBeCloseTo(Math.sin(yp - 1.959963984540054 * Math.sqrt(1 / 200 + 0.01)) ** 2, 12);
  });

  it("floors an overdispersed lower limit at 0", () => {
    expect(funnelLimits(0.01, [1], { type: "ratio", tau2: 1 }).points[0]?.limits[0]?.lower).toBe(0);
  });

  it("returns a frozen, JSON-serialisable result", () => {
    const f = funnelLimits(1, [3], { type: "ratio" });
    expect(Object.isFrozen(f)).toBe(true);
    expect(Object.isFrozen(f.points[0]?.limits)).toBe(true);
    expect(JSON.parse(JSON.stringify(f))).toEqual(f);
  });
});

describe("funnelLimits rejects invalid arguments", () => {
  const cases: [string, () => unknown, string][] = [
    ["negative target", () => funnelLimits(-1, [10]), "funnelLimits: target must not be negative; received -1"],
    ["non-finite target", () => funnelLimits(Number.NaN, [10]), "funnelLimits: target must be a finite number; received NaN"],
    ["proportion above 1", () => funnelLimits(1.2, [10], { type: "proportion" }), "funnelLimits: target must be at most 1 for a proportion; received 1.2"],
    ["empty denominators", () => funnelLimits(1, []), "funnelLimits: denominators must be a non-empty array of numbers; received an array of length 0"],
    ["not an array", () => funnelLimits(1, 10 as never), "funnelLimits: denominators must be a non-empty array of numbers; received 10"],
    ["zero denominator", () => funnelLimits(1, [10, 0]), "funnelLimits: denominators[1] must be greater than 0; received 0"],
    ["unknown type", () => funnelLimits(1, [10], { type: "count" as never }), 'funnelLimits: options.type must be one of "rate", "ratio", "proportion"; received "count"'],
    ["percentage level", () => funnelLimits(1, [10], { levels: [95] }), "funnelLimits: options.levels[0] must be a fraction strictly between 0 and 1; received 95 (did you mean 0.95?)"],
    ["empty levels", () => funnelLimits(1, [10], { levels: [] }), "funnelLimits: options.levels must be a non-empty array of fractions; received an array of length 0"],
    ["repeated level", () => funnelLimits(1, [10], { levels: [0.95, 0.95] }), "funnelLimits: options.levels must not repeat a level; received an array of length 2"],
    ["per 0", () => funnelLimits(1, [10], { per: 0 }), "funnelLimits: options.per must be greater than 0; received 0"],
    ["negative tau2", () => funnelLimits(1, [10], { tau2: -0.1 }), "funnelLimits: options.tau2 must not be negative; received -0.1"],
    ["options not an object", () => funnelLimits(1, [10], 3 as never), "funnelLimits: options must be an object or undefined; received 3"],
  ];
  it.each(cases)("%s", (_name, call, message) => {
    expect(call).toThrow(ArgumentError);
    expect(call).toThrow(message);
  });
});
