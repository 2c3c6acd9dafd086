import { describe, expect, it } from "vitest";
import { ArgumentError, rateDifference } from "../../src/index.js";

describe("rateDifference", () => {
  it("computes a Wald interval per 1,000 by default", () => {
    const d = rateDifference({ count: 60, population: 20000 }, { count: 30, population: 30000 });
    const se = Math.sqrt(60 / 20000 ** 2 + 30 / 30000 ** 2) * 1000;
    expect(d).toMatchObject({ per: 1000, method: "wald", status: "ok" });
    expect(d.value).toBeCloseTo(2, 12);
    expect(d.upper - d.value).toBeCloseTo(1.959963984540054 * se, 12);
  });

  it("honours per and level", () => {
    const d = rateDifference({ count: 60, population: 20000 }, { count: 30, population: 30000 }, { per: 100000, level: 0.9 });
    expect(d.value).toBeCloseTo(200, 10);
    expect(d.level).toBe(0.9);
  });

  it("does not collapse to a point when both counts are zero", () => {
    const d = rateDifference({ count: 0, population: 1000 }, { count: 0, population: 2000 });
    expect(d).toMatchObject({ value: 0, method: "exact-bounds", status: "zero-count" });
    expect(d.upper).toBeCloseTo(3.6888794541139363, 12);
    expect(d.lower).toBeCloseTo(-3.6888794541139363 / 2, 12);
  });

  it("throws ArgumentError for invalid input", () => {
    expect(() => rateDifference({ count: 1, population: 0 }, { count: 1, population: 5 })).toThrow(ArgumentError);
    expect(() => rateDifference({ count: 1, population: 1 }, { count: 1, population: 5 }, { per: -1 })).toThrow(/options.per must be greater than 0/);
  });
});
