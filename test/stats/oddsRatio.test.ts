import { describe, expect, it } from "vitest";
import { ArgumentError, oddsRatio } from "../../src/index.js";

describe("oddsRatio", () => {
  it("defaults to Fisher's conditional interval and reports the sample odds ratio", () => {
    const or = oddsRatio({ events: 7, total: 22 }, { events: 58, total: 530 });
    expect(or.method).toBe("exact");
    expect(or.value).toBeCloseTo((7 * 472) / (15 * 58), 14);
    // scipy odds_ratio([[7, 15], [58, 472]]).confidence_interval(): 1.2514829132266785 to 10.363493716701269
    expect(or.lower).toBeCloseTo(1.2514829132266785, 9);
    expect(or.upper).toBeCloseTo(10.363493716701269, 8);
    // fisher.test(matrix(c(7, 58, 15, 472), 2))$p.value
    expect(or.pValue).toBeCloseTo(0.009208708, 9);
  });

  describe("edge cases", () => {
    it("gives 0, ∞ or null with honest limits for zero cells", () => {
      expect(oddsRatio({ events: 0, total: 50 }, { events: 5, total: 60 })).toMatchObject({ value: 0, lower: 0, status: "zero-ratio" });
      expect(oddsRatio({ events: 5, total: 60 }, { events: 0, total: 50 })).toMatchObject({ value: Infinity, upper: Infinity, status: "infinite-ratio" });
      expect(oddsRatio({ events: 10, total: 10 }, { events: 5, total: 5 })).toMatchObject({ value: null, lower: 0, upper: Infinity, pValue: 1, status: "undefined-ratio" });
    });

    it("falls back from Woolf to exact with a zero cell, and says so", () => {
      expect(oddsRatio({ events: 0, total: 50 }, { events: 5, total: 60 }, { method: "woolf" }).method).toBe("exact");
    });

    it("gives tiny p-values without underflowing to a wrong answer", () => {
      const or = oddsRatio({ events: 1200, total: 2000 }, { events: 3000, total: 9000 });
      expect(or.pValue).toBeGreaterThan(0);
      expect(or.pValue / 3.779906e-106).toBeCloseTo(1, 5);
    });
  });

  it("handles tables with hundreds of thousands of people", () => {
    const or = oddsRatio({ events: 150000, total: 400000 }, { events: 120000, total: 400000 });
    expect(or.value).toBeCloseTo((150000 * 280000) / (250000 * 120000), 12);
    expect(or.lower).toBeLessThan(or.value as number);
    expect(or.upper).toBeGreaterThan(or.value as number);
    // Woolf and exact agree closely at this size.
    const woolf = oddsRatio({ events: 150000, total: 400000 }, { events: 120000, total: 400000 }, { method: "woolf" });
    expect(or.lower / woolf.lower).toBeCloseTo(1, 4);
    expect(or.upper / woolf.upper).toBeCloseTo(1, 4);
  });

  it("throws ArgumentError for invalid input", () => {
    expect(() => oddsRatio({ events: 3, total: 2 }, { events: 1, total: 5 })).toThrow(ArgumentError);
    expect(() => oddsRatio({ events: 1, total: 2 }, { events: 1, total: 5 }, { method: "cornfield" as never })).toThrow(/must be one of "exact", "woolf"/);
  });
});
