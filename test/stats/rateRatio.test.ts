import { describe, expect, expectTypeOf, it } from "vitest";
import { ArgumentError, rateRatio } from "../../src/index.js";

const black = { count: 41, population: 28010 };
const white = { count: 15, population: 19017 };

describe("rateRatio", () => {
  it("defaults to the conditional exact method and always reports the sample ratio", () => {
    for (const method of ["exact", "mid-p", "wald"] as const) {
      const rr = rateRatio(black, white, { method });
      expect(rr.method).toBe(method);
      expect(rr.value).toBeCloseTo(41 / 28010 / (15 / 19017), 14);
    }
    expect(rateRatio(black, white).method).toBe("exact");
  });

  it("echoes group and reference, frozen", () => {
    const rr = rateRatio(black, white);
    expect(rr.group).toEqual(black);
    expect(rr.reference).toEqual(white);
    expect(Object.isFrozen(rr.group)).toBe(true);
  });

  it("matches R's poisson.test on the Rothman breast-cancer data", () => {
    // poisson.test(c(41, 15), c(28010, 19017)): p = 0.04085203, CI 1.005684 to 3.609300
    const rr = rateRatio(black, white);
    expect(rr.pValue).toBeCloseTo(0.04085203, 8);
    expect(rr.lower).toBeCloseTo(1.005684, 6);
    expect(rr.upper).toBeCloseTo(3.6093, 5);
  });

  describe("edge cases", () => {
    it("gives 0 with a finite upper limit when the group count is zero", () => {
      const rr = rateRatio({ count: 0, population: 1000 }, { count: 5, population: 1000 });
      expect(rr).toMatchObject({ value: 0, lower: 0, status: "zero-ratio" });
      expect(rr.upper).toBeCloseTo(1.091279, 6); // poisson.test(c(0, 5), c(1000, 1000))
    });

    it("gives Infinity with a finite lower limit when the reference count is zero", () => {
      const rr = rateRatio({ count: 5, population: 1000 }, { count: 0, population: 2000 });
      expect(rr).toMatchObject({ value: Infinity, upper: Infinity, status: "infinite-ratio" });
      expect(rr.lower).toBeGreaterThan(1);
    });

    it("gives null, [0, ∞] and p = 1 when both counts are zero, never NaN", () => {
      for (const method of ["exact", "mid-p", "wald"] as const) {
        const rr = rateRatio({ count: 0, population: 10 }, { count: 0, population: 10 }, { method });
        expect(rr).toMatchObject({ value: null, lower: 0, upper: Infinity, pValue: 1, status: "undefined-ratio" });
      }
    });

    it("falls back from Wald to exact when a count is zero, and says so", () => {
      const rr = rateRatio({ count: 0, population: 1000 }, { count: 5, population: 1000 }, { method: "wald" });
      expect(rr.method).toBe("exact");
    });

    it("keeps precision when the ratio is extreme", () => {
      const rr = rateRatio({ count: 5000, population: 1000 }, { count: 1, population: 1000000 });
      expect(rr.value).toBe(5e6);
      expect(rr.lower).toBeGreaterThan(5e5);
      expect(Number.isFinite(rr.upper)).toBe(true);
    });
  });

  describe("invalid input", () => {
    it.each([
      [() => rateRatio({ count: -1, population: 10 }, white), /rateRatio: group.count must not be negative/],
      [() => rateRatio(black, { count: 1, population: 0 }), /reference.population must be greater than 0/],
      [() => rateRatio({ count: 1.5, population: 10 }, white), /group.count must be a whole number for this method/],
      [() => rateRatio(black, white, { level: 0 }), /options.level must be a fraction/],
      [() => rateRatio(null as never, white), /group must be an object; received null/],
      [() => rateRatio(black, white, { method: "score" as never }), /must be one of "exact", "mid-p", "wald"/],
    ])("%#: throws ArgumentError", (call, message) => {
      expect(call).toThrow(ArgumentError);
      expect(call).toThrow(message);
    });

    it("accepts non-integer counts with Wald", () => {
      expect(rateRatio({ count: 10.5, population: 100 }, { count: 20.25, population: 100 }, { method: "wald" }).method).toBe("wald");
    });
  });

  it("types value as number | null", () => {
    expectTypeOf(rateRatio(black, white).value).toEqualTypeOf<number | null>();
  });
});
