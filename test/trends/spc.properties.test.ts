import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spc, type SpcOptions } from "../../src/index.js";

// Seeded so that a failure reproduces.
fc.configureGlobal({ seed: 20261123, numRuns: 200 });

const series = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 2, maxLength: 40 });
const options = fc.record({ preset: fc.constantFrom("making-data-count", "nhsr-plotthedots"), shiftLength: fc.integer({ min: 2, max: 9 }), trendLength: fc.integer({ min: 2, max: 9 }) }) as fc.Arbitrary<SpcOptions>;
const close = (a: number, b: number, scale: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, scale);

describe("spc properties (XmR)", () => {
  it("limits are symmetric about the centre line at every point", () => {
    fc.assert(
      fc.property(series, options, (values, opts) => {
        for (const p of spc(values, opts).points) expect(close(p.upperLimit - p.centre, p.centre - p.lowerLimit, Math.abs(p.upperLimit))).toBe(true);
      }),
    );
  });

  it("adding a constant shifts the limits and leaves every rule and variation unchanged", () => {
    fc.assert(
      fc.property(series, options, fc.integer({ min: -1000, max: 1000 }), (values, opts, shift) => {
        const a = spc(values, opts);
        const b = spc(values.map((v) => v + shift), opts);
        expect(b.points.map((p) => p.rules)).toEqual(a.points.map((p) => p.rules));
        expect(b.points.map((p) => p.variation)).toEqual(a.points.map((p) => p.variation));
        expect(close(b.upperLimit, a.upperLimit + shift, 1000)).toBe(true);
        expect(close(b.mean, a.mean + shift, 1000)).toBe(true);
      }),
    );
  });

  it("scaling the values by k > 0 scales the limits by k and leaves the rules unchanged", () => {
    fc.assert(
      fc.property(series, options, fc.constantFrom(0.25, 0.5, 2, 8, 1024), (values, opts, k) => {
        const a = spc(values, opts);
        const b = spc(values.map((v) => v * k), opts);
        expect(b.points.map((p) => p.rules)).toEqual(a.points.map((p) => p.rules));
        b.points.forEach((p, i) => {
          const q = a.points[i] as (typeof a.points)[number];
          expect(close(p.upperLimit, k * q.upperLimit, k * 100)).toBe(true);
          expect(close(p.lowerLimit, k * q.lowerLimit, k * 100)).toBe(true);
        });
      }),
    );
  });

  it("reversing the improvement direction swaps improvement and concern", () => {
    const swap: Record<string, string> = { "special-cause-improvement": "special-cause-concern", "special-cause-concern": "special-cause-improvement", "common-cause": "common-cause" };
    fc.assert(
      fc.property(series, (values) => {
        const up = spc(values, { improvement: "increase" }).points.map((p) => p.variation);
        const down = spc(values, { improvement: "decrease" }).points.map((p) => p.variation);
        expect(down).toEqual(up.map((v) => swap[v]));
      }),
    );
  });
});
