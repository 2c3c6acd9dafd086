import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ArgumentError, funnelSignificance, type FunnelAreaInput, type FunnelSignificanceOptions } from "../../src/index.js";
import { relativeDifference } from "../_helpers/closeTo.js";
import type { FixtureCase, FixtureFile } from "../_helpers/fixtures.js";

// fixtures/funnels.json (fixtures/generators/funnels.R): PHE's assign_funnel_significance and
// FunnelPlotR's Spiegelhalter adjustment, re-implemented in base R. Tolerance 1e-9 relative.
const TOLERANCE = 1e-9;
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "funnels.json"), "utf8")) as Omit<FixtureFile, "file">;
const cases = fixture.cases.filter((c) => c.fn === "funnelSignificance");

function close(actual: number | null | undefined, expected: number, what: string) {
  expect(typeof actual, what).toBe("number");
  const ok = relativeDifference(actual as number, expected) <= TOLERANCE || Math.abs((actual as number) - expected) <= 1e-15;
  expect(ok, `${what}: actual ${actual}, expected ${expected}`).toBe(true);
}

describe("funnelSignificance against base R (PHE labels; Spiegelhalter as FunnelPlotR)", () => {
  it("has 8 cases (4 data sets, with and without overdispersion)", () => {
    expect(cases).toHaveLength(8);
  });

  it.each(cases.map((c) => [c.call, c] as const))("%s", (_call, c: FixtureCase) => {
    const [areas, options] = c.args as [FunnelAreaInput[], FunnelSignificanceOptions];
    const result = funnelSignificance(areas, options);
    expect(result.method).toBe(c.expected["method"]);
    close(result.target, c["target"] as number, "target");
    expect(result.areas.map((a) => a.significance)).toEqual(c["significance"]);
    const limits = c["limits"] as { level: number; lower: number; upper: number }[][];
    result.areas.forEach((area, i) => {
      (limits[i] ?? []).forEach((band, j) => {
        expect(area.limits[j]?.level).toBe(band.level);
        close(area.limits[j]?.lower, band.lower, `${area.area} lower ${band.level}`);
        close(area.limits[j]?.upper, band.upper, `${area.area} upper ${band.level}`);
      });
    });
    if (options.overdispersion) {
      const od = result.overdispersion;
      expect(od?.status).toBe("estimated");
      close(od?.phi, c["phi"] as number, "phi");
      expect(od?.found).toBe(c["found"]);
      if ((c["tau2"] as number) === 0) expect(od?.tau2).toBe(0);
      else close(od?.tau2, c["tau2"] as number, "tau2");
      (c["zScores"] as number[]).forEach((z, i) => close(result.areas[i]?.zScore, z, `z of ${result.areas[i]?.area}`));
    } else {
      expect(result.overdispersion).toBeNull();
      expect(result.areas.every((a) => a.zScore === null)).toBe(true);
    }
  });
});

describe("funnelSignificance behaviour", () => {
  const areas = [
    { area: "A", numerator: 120, denominator: 1000 },
    { area: "B", numerator: 95, denominator: 1000 },
    { area: "C", numerator: 45, denominator: 500 },
    { area: "D", numerator: 140, denominator: 2000 },
  ];

  it("labels each area by the highest level it breaches, agreeing with its limits", () => {
    const f = funnelSignificance(areas);
    for (const a of f.areas) {
      const outside = a.limits.filter((b) => (a.value as number) > b.upper || (a.value as number) < b.lower);
      if (outside.length === 0) expect(a.significance).toBe("within");
      else {
        const top = outside[outside.length - 1] as { level: number; upper: number };
        expect(a.significance).toBe(`${(a.value as number) > top.upper ? "above" : "below"}-${top.level * 100}`);
      }
    }
  });

  it("matches each area's exact Poisson interval excluding the target (PHE's rule)", () => {
    // P(X ≥ O; E) by direct summation of the Poisson terms, independent of the library.
    const pmf = (k: number, m: number) => Math.exp(k * Math.log(m) - m - lnFactorial(k));
    const atLeast = (k: number, m: number) => 1 - Array.from({ length: k }, (_, j) => pmf(j, m)).reduce((s, p) => s + p, 0);
    const f = funnelSignificance(areas);
    const target = 400 / 4500;
    for (const [i, a] of areas.entries()) {
      const p = atLeast(a.numerator, target * a.denominator);
      const label = f.areas[i]?.significance ?? "";
      if (p < 0.001) expect(label).toBe("above-99.8");
      else if (p < 0.025) expect(label).toBe("above-95");
      else expect(label.startsWith("above")).toBe(false);
    }
  });

  it("uses 1 as the target for ratios and the pooled value for rates and proportions", () => {
    const ratio = funnelSignificance([{ area: "X", numerator: 30, denominator: 20 }], { type: "ratio" });
    expect(ratio.target).toBe(1);
    expect(ratio.areas[0]?.value).toBe(1.5);
    const prop = funnelSignificance([{ area: "X", numerator: 3, denominator: 10 }, { area: "Y", numerator: 1, denominator: 10 }], { type: "proportion" });
    expect(prop.target).toBeCloseTo(0.2, 15);
    expect(prop.per).toBe(1);
    const rate = funnelSignificance(areas, { per: 100 });
    expect(rate.target).toBeCloseTo(8.888888888888889, 12);
    expect(rate.areas[0]?.value).toBe(12);
  });

  it("accepts an explicit target and levels", () => {
    const f = funnelSignificance(areas, { target: 100, levels: [0.9] });
    expect(f.target).toBe(100);
    expect(f.levels).toEqual([0.9]);
    // A: P(X ≥ 120; 100) ≈ 0.026 < 0.05; D: 140 against E = 200.
    expect(f.areas.map((a) => a.significance)).toEqual(["above-90", "within", "within", "below-90"]);
  });

  it("leaves an area with a denominator of 0 unassessed and out of the target", () => {
    const f = funnelSignificance([...areas, { area: "E", numerator: 0, denominator: 0 }], { overdispersion: true });
    expect(f.areas[4]).toEqual({ area: "E", numerator: 0, denominator: 0, value: null, limits: [], zScore: null, significance: "not-assessed", status: "zero-denominator" });
    expect(f.target).toBe(funnelSignificance(areas).target);
    expect(f.overdispersion?.areas).toBe(4);
  });

  it("reports too few areas for overdispersion and keeps the exact limits", () => {
    const f = funnelSignificance([{ area: "A", numerator: 5, denominator: 100 }], { overdispersion: true });
    expect(f.overdispersion).toEqual({ status: "too-few-areas", phi: null, tau2: 0, found: false, trim: 0.1, areas: 1 });
    expect(f.method).toBe("exact-poisson");
    expect(f.areas[0]?.significance).toBe("within");
  });

  it("widens the limits only when overdispersion is found, and never labels more areas than without it here", () => {
    const plain = funnelSignificance(areas);
    const od = funnelSignificance(areas, { overdispersion: true });
    expect(od.overdispersion?.found).toBe(true);
    expect(od.method).toBe("sqrt-overdispersed");
    od.areas.forEach((a, i) => {
      expect(a.limits[1]?.upper).toBeGreaterThan(plain.areas[i]?.limits[1]?.upper as number);
    });
    expect(od.areas.filter((a) => a.significance !== "within").length).toBeLessThanOrEqual(plain.areas.filter((a) => a.significance !== "within").length);
  });

  it("takes trim = 0 (no winsorisation): φ is the plain mean square of z", () => {
    const f = funnelSignificance(areas, { overdispersion: true, trim: 0 });
    const target = Math.sqrt(400 / 4500);
    const z = areas.map((a) => (Math.sqrt(a.numerator / a.denominator) - target) * 2 * Math.sqrt(a.denominator));
    expect(f.overdispersion?.phi).toBeCloseTo(z.reduce((s, v) => s + v * v, 0) / 4, 12);
  });

  it("handles a target of 0: any event is above, none is within", () => {
    const f = funnelSignificance([{ area: "A", numerator: 0, denominator: 10 }, { area: "B", numerator: 1, denominator: 10 }], { target: 0 });
    expect(f.areas.map((a) => a.significance)).toEqual(["within", "above-99.8"]);
  });

  it("labels a zero count below when its expected count is large enough", () => {
    // e^(−E) < 0.001 needs E > 6.91.
    const f = funnelSignificance([{ area: "A", numerator: 0, denominator: 7 }, { area: "B", numerator: 0, denominator: 6.5 }], { type: "ratio" });
    expect(f.areas.map((a) => a.significance)).toEqual(["below-99.8", "below-95"]);
  });

  it("returns a frozen, JSON-serialisable result", () => {
    const f = funnelSignificance(areas, { overdispersion: true });
    expect(Object.isFrozen(f)).toBe(true);
    expect(Object.isFrozen(f.areas[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(f))).toEqual(f);
  });
});

describe("funnelSignificance rejects invalid arguments", () => {
  const ok = { area: "A", numerator: 1, denominator: 10 };
  const cases: [string, () => unknown, string][] = [
    ["empty areas", () => funnelSignificance([]), "funnelSignificance: areas must be a non-empty array of { area, numerator, denominator }; received an array of length 0"],
    ["area not an object", () => funnelSignificance([3 as never]), "funnelSignificance: areas[0] must be an object; received 3"],
    ["area name not a string", () => funnelSignificance([{ ...ok, area: 1 as never }]), "funnelSignificance: areas[0].area must be a string; received 1"],
    ["repeated area", () => funnelSignificance([ok, ok]), 'funnelSignificance: areas must not name an area twice; received "A"'],
    ["negative numerator", () => funnelSignificance([{ ...ok, numerator: -1 }]), "funnelSignificance: areas[0].numerator must not be negative; received -1"],
    ["fractional count for a rate", () => funnelSignificance([{ ...ok, numerator: 1.5 }]), "funnelSignificance: areas[0].numerator must be a whole number for a rate or ratio (exact Poisson limits); received 1.5"],
    ["negative denominator", () => funnelSignificance([{ ...ok, denominator: -2 }]), "funnelSignificance: areas[0].denominator must not be negative; received -2"],
    ["events with no denominator", () => funnelSignificance([{ ...ok, denominator: 0 }]), "funnelSignificance: areas[0].numerator must be 0 when the denominator is 0; received 1"],
    ["proportion above 1", () => funnelSignificance([{ ...ok, numerator: 11 }], { type: "proportion" }), "funnelSignificance: areas[0].numerator must not exceed areas[0].denominator (10) for a proportion; received 11"],
    ["target proportion above 1", () => funnelSignificance([ok], { type: "proportion", target: 2 }), "funnelSignificance: options.target must be at most 1 for a proportion; received 2"],
    ["negative target", () => funnelSignificance([ok], { target: -1 }), "funnelSignificance: options.target must not be negative; received -1"],
    ["trim 0.5", () => funnelSignificance([ok], { trim: 0.5 }), "funnelSignificance: options.trim must be less than 0.5; received 0.5"],
    ["overdispersion not boolean", () => funnelSignificance([ok], { overdispersion: "yes" as never }), 'funnelSignificance: options.overdispersion must be true or false; received "yes"'],
    ["level as percent", () => funnelSignificance([ok], { levels: [99.8] }), "funnelSignificance: options.levels[0] must be a fraction strictly between 0 and 1; received 99.8 (did you mean 0.998?)"],
    ["unknown type", () => funnelSignificance([ok], { type: "dsr" as never }), 'funnelSignificance: options.type must be one of "rate", "ratio", "proportion"; received "dsr"'],
    ["per 0", () => funnelSignificance([ok], { per: 0 }), "funnelSignificance: options.per must be greater than 0; received 0"],
  ];
  it.each(cases)("%s", (_name, call, message) => {
    expect(call).toThrow(ArgumentError);
    expect(call).toThrow(message);
  });
});

function lnFactorial(k: number): number {
  let s = 0;
  for (let j = 2; j <= k; j++) s += Math.log(j);
  return s;
}
