import { describe, expect, expectTypeOf, it } from "vitest";
import { ArgumentError, rate } from "../../src/index.js";

describe("rate", () => {
  it("expresses the rate per 1,000 by default and echoes its inputs", () => {
    const r = rate(30, 60000);
    expect(r).toMatchObject({ value: 0.5, per: 1000, count: 30, population: 60000, level: 0.95, status: "ok" });
  });

  it("reproduces PHE's published example: 65 per 100,000 → 65 (50.16319, 82.84914) by Byar", () => {
    const r = rate(65, 100000, { per: 100000 });
    expect(r.method).toBe("byar");
    expect(r.lower).toBeCloseTo(50.16319, 5);
    expect(r.upper).toBeCloseTo(82.84914, 5);
  });

  describe("the PHE auto rule", () => {
    it("uses exact limits below 10 and Byar's from 10, and says which", () => {
      expect(rate(9, 1000).method).toBe("exact");
      expect(rate(10, 1000).method).toBe("byar");
      expect(rate(9, 1000)).toEqual(rate(9, 1000, { method: "exact" }));
      expect(rate(10, 1000)).toEqual(rate(10, 1000, { method: "byar" }));
    });
  });

  describe("edge cases", () => {
    it("gives a zero lower limit and the central exact upper limit (3.689) at a zero count", () => {
      const r = rate(0, 1, { per: 1 });
      expect(r).toMatchObject({ value: 0, lower: 0, status: "zero-count", method: "exact" });
      expect(r.upper).toBeCloseTo(3.6888794541139363, 12);
    });

    it("falls back from Wald to exact at a zero count", () => {
      expect(rate(0, 100, { method: "wald" }).method).toBe("exact");
    });

    it("truncates a negative Byar lower limit to 0 rather than returning a negative rate", () => {
      // At 99.8%, Byar's cube is negative for a count of 1.
      expect(rate(1, 1, { per: 1, method: "byar", level: 0.998 }).lower).toBe(0);
    });

    it("allows a count above the population (PHE's 250/220 test row)", () => {
      const r = rate(250, 220, { per: 100000 });
      expect(r.value).toBeCloseTo(113636.36363636365, 8);
      expect(r.lower).toBeCloseTo(99984.947385328764, 6);
    });

    it("allows non-integer counts with Byar and Wald, but not with exact limits", () => {
      expect(rate(12.5, 1000).method).toBe("byar");
      expect(() => rate(2.5, 1000)).toThrow(/count must be a whole number for the exact method/);
    });
  });

  describe("invalid input", () => {
    it.each([
      [() => rate(-1, 100), /rate: count must not be negative; received -1/],
      [() => rate(5, -3), /rate: population must be greater than 0; received -3/],
      [() => rate(5, 0), /population must be greater than 0/],
      [() => rate(5, 100, { per: 0 }), /options.per must be greater than 0/],
      [() => rate(5, 100, { level: 99.8 }), /did you mean 0.998\?/],
      [() => rate(5, 100, { method: "poisson" as never }), /options.method must be one of/],
      [() => rate("5" as never, 100), /count must be a finite number; received "5"/],
    ])("%#: throws ArgumentError", (call, message) => {
      expect(call).toThrow(ArgumentError);
      expect(call).toThrow(message);
    });
  });

  it("types the method as the one actually used (never \"auto\")", () => {
    expectTypeOf(rate(1, 2).method).toEqualTypeOf<"byar" | "exact" | "wald">();
  });
});
