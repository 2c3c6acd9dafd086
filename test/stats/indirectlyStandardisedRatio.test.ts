import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { ArgumentError, indirectlyStandardisedRatio, rate } from "../../src/index.js";

fc.configureGlobal({ seed: 20261122, numRuns: 150 });

const strata = [
  { population: 20000, referenceRate: 0.002 },
  { population: 15000, referenceRate: 0.004 },
  { population: 5000, referenceRate: 0.012 },
];
/** PHE's published expected count for the ISR tests, passed as a single stratum. */
const PHE_E = [{ population: 835.88356123117433, referenceRate: 1 }];

describe("indirectlyStandardisedRatio", () => {
  it("reproduces PHE's published ISR: O = 895, E = 835.88 → 1.0707 (1.0017, 1.1432), 99.8% (0.9635, 1.1860)", () => {
    const r = indirectlyStandardisedRatio(895, PHE_E);
    expect(r).toMatchObject({ method: "byar", status: "ok", observed: 895, level: 0.95 });
    expect(r.value).toBeCloseTo(1.0707232939020275, 14);
    expect(r.lower).toBeCloseTo(1.0017147712553987, 14);
    expect(r.upper).toBeCloseTo(1.1432332872498949, 14);
    const wide = indirectlyStandardisedRatio(895, PHE_E, { level: 0.998 });
    expect(wide.lower).toBeCloseTo(0.96351556196144372, 14);
    expect(wide.upper).toBeCloseTo(1.1860070415876287, 14);
  });

  it("reproduces PHE's published exact case: O = 9 → 0.010767 (0.0049234, 0.020439)", () => {
    const r = indirectlyStandardisedRatio(9, PHE_E);
    expect(r.method).toBe("exact");
    expect(r.value).toBeCloseTo(0.010767049882813684, 15);
    expect(r.lower).toBeCloseTo(0.0049233808250957762, 15);
    expect(r.upper).toBeCloseTo(0.02043921455549973, 15);
  });

  it("sums E over the bands and divides the count limits of rate() by it", () => {
    const r = indirectlyStandardisedRatio(190, strata);
    expect(r.expected).toBeCloseTo(160, 12);
    expect(r.value).toBeCloseTo(1.1875, 14);
    const crude = rate(190, 160, { per: 1 });
    expect(r.lower).toBeCloseTo(crude.lower, 14);
    expect(r.upper).toBeCloseTo(crude.upper, 14);
  });

  it("uses exact limits below 10 events and Byar's from 10 (PHE's rule), and says which", () => {
    expect(indirectlyStandardisedRatio(9, strata).method).toBe("exact");
    expect(indirectlyStandardisedRatio(10, strata).method).toBe("byar");
  });

  describe("edge cases", () => {
    it("gives ratio and lower limit 0 and the exact upper limit 3.689/E at a zero count", () => {
      const r = indirectlyStandardisedRatio(0, strata);
      expect(r).toMatchObject({ value: 0, lower: 0, status: "zero-count", method: "exact" });
      expect(r.upper).toBeCloseTo(3.6888794541139363 / 160, 14);
    });

    it("allows bands with no population or a zero reference rate", () => {
      const r = indirectlyStandardisedRatio(20, [...strata, { population: 0, referenceRate: 0.5 }, { population: 300, referenceRate: 0 }]);
      expect(r.expected).toBeCloseTo(160, 12);
    });

    it("allows a non-integer count from 10 but not below", () => {
      expect(indirectlyStandardisedRatio(12.5, strata).method).toBe("byar");
      expect(() => indirectlyStandardisedRatio(2.5, strata)).toThrow(/observed must be a whole number below 10, where exact limits are used; received 2.5/);
    });
  });

  it("returns a frozen result", () => {
    expect(Object.isFrozen(indirectlyStandardisedRatio(5, strata))).toBe(true);
  });

  describe("invalid input", () => {
    it.each([
      [() => indirectlyStandardisedRatio(-1, strata), /indirectlyStandardisedRatio: observed must not be negative; received -1/],
      [() => indirectlyStandardisedRatio(Infinity, strata), /observed must be a finite number; received Infinity/],
      [() => indirectlyStandardisedRatio(5, []), /strata must be a non-empty array of objects; received an array of length 0/],
      [() => indirectlyStandardisedRatio(5, [{ population: 100, referenceRate: -0.1 }]), /strata\[0\].referenceRate must not be negative; received -0.1/],
      [() => indirectlyStandardisedRatio(5, [{ population: 100 }] as never), /strata\[0\].referenceRate must be a finite number; received undefined/],
      [() => indirectlyStandardisedRatio(5, [{ population: 0, referenceRate: 0.1 }]), /strata must give a finite expected count Σ population × referenceRate greater than 0; received an array of length 1 \(it gives 0\)/],
      [() => indirectlyStandardisedRatio(5, strata, { level: 99.8 }), /options.level .* \(did you mean 0.998\?\)/],
    ])("%#: throws ArgumentError", (call, message) => {
      expect(call).toThrow(ArgumentError);
      expect(call).toThrow(message);
    });
  });

  it("types the method as exact or byar", () => {
    expectTypeOf(indirectlyStandardisedRatio(1, strata).method).toEqualTypeOf<"exact" | "byar">();
  });

  it("properties: lower ≤ value ≤ upper, and intervals nest as the level rises", () => {
    const level = fc.double({ min: 0.8, max: 0.999, noNaN: true });
    const bands = fc.array(fc.record({ population: fc.double({ min: 1, max: 1e5, noNaN: true }), referenceRate: fc.double({ min: 1e-5, max: 0.2, noNaN: true }) }), { minLength: 1, maxLength: 19 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), bands, level, level, (observed, input, a, b) => {
        const [low, high] = a < b ? [a, b] : [b, a];
        const narrow = indirectlyStandardisedRatio(observed, input, { level: low });
        const wide = indirectlyStandardisedRatio(observed, input, { level: high });
        expect(narrow.lower).toBeLessThanOrEqual(narrow.value * (1 + 1e-9));
        expect(narrow.value).toBeLessThanOrEqual(narrow.upper * (1 + 1e-9));
        expect(wide.lower).toBeLessThanOrEqual(narrow.lower * (1 + 1e-9) + 1e-15);
        expect(narrow.upper).toBeLessThanOrEqual(wide.upper * (1 + 1e-9));
      }),
    );
  });
});
