import { readFileSync } from "node:fs";
import { join } from "node:path";
import stdlibGammaQuantile from "@stdlib/stats-base-dists-gamma-quantile";
import { describe, expect, it } from "vitest";
import { accurateGammaQuantile } from "../../src/_internal/accurateGammaQuantile.js";
import { logGammaTail } from "../../src/_internal/gammaTail.js";
import { relativeDifference } from "../_helpers/closeTo.js";
import type { FixtureFile } from "../_helpers/fixtures.js";

// R's qgamma over shapes 0.05 … 1e6 and probabilities 0.0005 … 0.9995, written by
// fixtures/generators/standardisation.R. The function is internal, so its fixture lives in
// fixtures/_internal/ where the public reference harness does not look.
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "_internal", "gamma-quantile.json"), "utf8")) as Omit<FixtureFile, "file">;

/** Agreement found: 2e-14 relative at worst; R's qgamma itself is polished to about 1e-15. */
const TOLERANCE = 1e-12;

describe("accurateGammaQuantile", () => {
  it("has the full grid of R reference values", () => {
    expect(fixture.cases.length).toBeGreaterThanOrEqual(200);
    expect(fixture.tool).toMatch(/^R /);
  });

  it.each(fixture.cases.map((c) => [c.call, c] as const))("%s", (_call, testCase) => {
    const [p, shape, scale] = testCase.args as [number, number, number];
    const actual = accurateGammaQuantile(p, shape, scale);
    const expected = testCase.expected["value"] as number;
    expect(relativeDifference(actual, expected), `actual ${actual}, expected ${expected}`).toBeLessThanOrEqual(TOLERANCE);
  });

  it("corrects stdlib where it is wrong: the 97.5% quantile of Gamma(1046)", () => {
    // R: qgamma(0.975, 1046) = 1110.3308…; stdlib's answer is 1110.4954 (1.5e-4 too high).
    expect(accurateGammaQuantile(0.975, 1046)).toBeCloseTo(1110.3308, 4);
    expect(relativeDifference(stdlibGammaQuantile(0.975, 1046, 1), 1110.3308)).toBeGreaterThan(1e-4);
  });

  it("handles the ends: p = 0, p = 1 and shape 0", () => {
    expect(accurateGammaQuantile(0, 5)).toBe(0);
    expect(accurateGammaQuantile(1, 5)).toBe(Infinity);
    expect(accurateGammaQuantile(0.5, 0)).toBe(0);
  });

  it("inverts its own incomplete gamma function", () => {
    for (const shape of [0.3, 4, 250, 31000]) {
      for (const p of [1e-6, 0.2, 0.5, 0.8, 1 - 1e-6]) {
        const x = accurateGammaQuantile(p, shape);
        const tail = p > 0.5 ? 1 - Math.exp(logGammaTail(shape, x, true)) : Math.exp(logGammaTail(shape, x, false));
        expect(relativeDifference(tail, p)).toBeLessThan(1e-12);
      }
    }
  });

  it("gives complementary tails that add up to 1 on both sides of the switch at x = a + 1", () => {
    for (const [shape, x] of [[10, 10.99], [10, 11.01], [1e5, 1e5 + 0.5], [1e5, 1e5 + 1.5]] as const) {
      const sum = Math.exp(logGammaTail(shape, x, false)) + Math.exp(logGammaTail(shape, x, true));
      expect(sum).toBeCloseTo(1, 14);
    }
  });
});
