import { describe, expect, it } from "vitest";
import { ArgumentError, riskRatio } from "../../src/index.js";

describe("riskRatio", () => {
  it("defaults to Miettinen–Nurminen", () => {
    expect(riskRatio({ events: 7, total: 18 }, { events: 1, total: 18 }).method).toBe("miettinen-nurminen");
  });

  it("reproduces published intervals (Fagerland, Lydersen & Laake 2015; Koopman/Nam)", () => {
    // Miettinen–Nurminen, as asserted by ratesci's tests.
    const mn = (a: number, b: number, c: number, d: number) => riskRatio({ events: a, total: b }, { events: c, total: d });
    expect([mn(24, 73, 53, 65).lower, mn(24, 73, 53, 65).upper].map((x) => +x.toFixed(3))).toEqual([0.28, 0.56]);
    expect([mn(29, 55, 11, 11).lower, mn(29, 55, 11, 11).upper].map((x) => +x.toFixed(3))).toEqual([0.397, 0.742]);
    // Koopman, 36/40 vs 16/80: 2.940 to 7.152 (statsmodels test_proportion.py).
    const k = riskRatio({ events: 36, total: 40 }, { events: 16, total: 80 }, { method: "koopman" });
    expect([k.lower, k.upper].map((x) => +x.toFixed(3))).toEqual([2.94, 7.152]);
    // Katz, 7/34 vs 1/34: 0.91 to 54 (Fagerland et al.).
    const katz = riskRatio({ events: 7, total: 34 }, { events: 1, total: 34 }, { method: "katz" });
    expect(+katz.lower.toFixed(2)).toBe(0.91);
    expect(Math.round(katz.upper)).toBe(54);
  });

  describe("edge cases", () => {
    it("handles a group without events (ratio 0) and a reference without events (ratio ∞)", () => {
      const zero = riskRatio({ events: 0, total: 50 }, { events: 5, total: 60 });
      expect(zero).toMatchObject({ value: 0, lower: 0, status: "zero-ratio" });
      expect(zero.upper).toBeCloseTo(0.8906781162993224, 9);
      const infinite = riskRatio({ events: 5, total: 60 }, { events: 0, total: 50 });
      expect(infinite).toMatchObject({ value: Infinity, upper: Infinity, status: "infinite-ratio" });
      expect(infinite.lower).toBeCloseTo(1 / 0.8906781162993224, 9);
    });

    it("gives null and [0, ∞] when neither group has events", () => {
      expect(riskRatio({ events: 0, total: 10 }, { events: 0, total: 12 })).toMatchObject({
        value: null,
        lower: 0,
        upper: Infinity,
        pValue: 1,
        status: "undefined-ratio",
      });
    });

    it("gives a proper interval when every person in both groups had the event", () => {
      const rr = riskRatio({ events: 10, total: 10 }, { events: 5, total: 5 });
      expect(rr.value).toBe(1);
      expect(rr.lower).toBeLessThan(1);
      expect(rr.upper).toBeGreaterThan(1);
    });

    it("falls back from Katz to Miettinen–Nurminen where Katz is undefined or of zero width", () => {
      expect(riskRatio({ events: 0, total: 50 }, { events: 5, total: 60 }, { method: "katz" }).method).toBe("miettinen-nurminen");
      expect(riskRatio({ events: 10, total: 10 }, { events: 5, total: 5 }, { method: "katz" }).method).toBe("miettinen-nurminen");
    });
  });

  describe("invalid input", () => {
    it.each([
      [() => riskRatio({ events: 6, total: 5 }, { events: 1, total: 5 }), /group.events must not exceed group.total \(5\); received 6/],
      [() => riskRatio({ events: 1, total: 5 }, { events: 1, total: 0 }), /reference.total must be greater than 0; received 0/],
      [() => riskRatio({ events: 1.5, total: 5 }, { events: 1, total: 5 }), /group.events must be a whole number/],
      [() => riskRatio({ events: 1, total: 5 }, { events: 1, total: 5 }, { level: -0.5 }), /options.level/],
    ])("%#: throws ArgumentError", (call, message) => {
      expect(call).toThrow(ArgumentError);
      expect(call).toThrow(message);
    });
  });
});
