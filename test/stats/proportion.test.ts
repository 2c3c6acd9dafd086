import { describe, expect, expectTypeOf, it } from "vitest";
import { ArgumentError, proportion, type ProportionEstimate } from "../../src/index.js";

describe("proportion", () => {
  it("defaults to Wilson at 95% and echoes its inputs", () => {
    const p = proportion(15, 148);
    expect(p).toMatchObject({ method: "wilson", level: 0.95, status: "ok", numerator: 15, denominator: 148 });
    // Newcombe (1998) table I, method 3: 0.0624 to 0.1605.
    expect(p.lower).toBeCloseTo(0.0624, 4);
    expect(p.upper).toBeCloseTo(0.1605, 4);
  });

  it("returns a frozen, JSON-serialisable object", () => {
    const p = proportion(3, 7);
    expect(Object.isFrozen(p)).toBe(true);
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });

  describe("edge cases", () => {
    it("reports zero and full counts with honest one-sided limits", () => {
      for (const method of ["wilson", "exact", "jeffreys", "agresti-coull"] as const) {
        const zero = proportion(0, 20, { method });
        expect(zero).toMatchObject({ value: 0, lower: 0, status: "zero-count", method });
        expect(zero.upper).toBeGreaterThan(0);
        const full = proportion(20, 20, { method });
        expect(full).toMatchObject({ value: 1, upper: 1, status: "full-count" });
        expect(full.lower).toBeLessThan(1);
      }
    });

    it("applies the Brown–Cai–DasGupta boundary rule to Jeffreys", () => {
      expect(proportion(0, 10, { method: "jeffreys" }).lower).toBe(0);
      expect(proportion(10, 10, { method: "jeffreys" }).upper).toBe(1);
    });

    it("falls back from a zero-width Wald interval to Wilson and says so", () => {
      const p = proportion(0, 50, { method: "wald" });
      expect(p.method).toBe("wilson");
      expect(p).toEqual(proportion(0, 50));
    });

    it("clips Wald and Agresti–Coull to [0, 1]", () => {
      expect(proportion(1, 3, { method: "wald", level: 0.998 }).lower).toBe(0);
      expect(proportion(1, 1000, { method: "agresti-coull" }).lower).toBe(0);
    });

    it("accepts non-integer counts except for the exact method (PHE allows 0.445/1)", () => {
      expect(proportion(0.445, 1).lower).toBeCloseTo(0.043817447720588223, 12);
      expect(() => proportion(0.5, 3, { method: "exact" })).toThrow(/whole number for the exact method/);
    });
  });

  describe("invalid input", () => {
    it.each([
      [() => proportion(-1, 10), /numerator must not be negative; received -1/],
      [() => proportion(11, 10), /numerator must not exceed denominator \(10\); received 11/],
      [() => proportion(1, 0), /denominator must be greater than 0; received 0/],
      [() => proportion(Number.NaN, 10), /numerator must be a finite number; received NaN/],
      [() => proportion(1, Infinity), /denominator must be a finite number/],
      [() => proportion(1, 10, { level: 95 }), /did you mean 0.95\?/],
      [() => proportion(1, 10, { level: 1 }), /options.level must be a fraction strictly between 0 and 1/],
      [() => proportion(1, 10, { method: "score" as never }), /options.method must be one of "wilson", "exact"/],
      [() => proportion(1, 10, null as never), /options must be an object/],
    ])("%#: throws ArgumentError", (call, message) => {
      expect(call).toThrow(ArgumentError);
      expect(call).toThrow(message);
    });

    it("names the function and parameter on the error", () => {
      try {
        proportion(2, 1);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(RangeError);
        expect(error).toMatchObject({ fn: "proportion", param: "numerator", received: 2, code: "ERR_DISPROPORTIONALITY_ARGUMENT" });
      }
    });
  });

  it("has precise types", () => {
    expectTypeOf(proportion(1, 2)).toEqualTypeOf<ProportionEstimate>();
    expectTypeOf(proportion(1, 2).method).toEqualTypeOf<"wilson" | "exact" | "jeffreys" | "agresti-coull" | "wald">();
  });
});
