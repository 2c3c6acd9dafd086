import { describe, expect, it } from "vitest";
import { ArgumentError, riskDifference } from "../../src/index.js";

describe("riskDifference", () => {
  it("defaults to Newcombe's hybrid score interval (Newcombe 1998: 5/56 vs 0/29 → −0.0381 to 0.1926)", () => {
    const rd = riskDifference({ events: 5, total: 56 }, { events: 0, total: 29 });
    expect(rd.method).toBe("newcombe");
    expect(+rd.lower.toFixed(4)).toBe(-0.0381);
    expect(+rd.upper.toFixed(4)).toBe(0.1926);
  });

  it("reproduces Fagerland et al.'s 7/34 vs 1/34 intervals (Newcombe 0.019 to 0.340; Wald 0.029 to 0.324)", () => {
    const g = { events: 7, total: 34 };
    const r = { events: 1, total: 34 };
    const newcombe = riskDifference(g, r);
    expect([newcombe.lower, newcombe.upper].map((x) => +x.toFixed(3))).toEqual([0.019, 0.34]);
    const wald = riskDifference(g, r, { method: "wald" });
    expect([wald.lower, wald.upper].map((x) => +x.toFixed(3))).toEqual([0.029, 0.324]);
  });

  it("flags two groups without events and falls back from a zero-width Wald interval", () => {
    const rd = riskDifference({ events: 0, total: 20 }, { events: 0, total: 30 }, { method: "wald" });
    expect(rd).toMatchObject({ value: 0, method: "newcombe", status: "zero-count" });
    expect(rd.lower).toBeLessThan(0);
    expect(rd.upper).toBeGreaterThan(0);
  });

  it("keeps Wald limits within [−1, 1]", () => {
    const rd = riskDifference({ events: 2, total: 2 }, { events: 1, total: 3 }, { method: "wald", level: 0.998 });
    expect(rd.upper).toBe(1);
  });

  it("throws ArgumentError for invalid input", () => {
    expect(() => riskDifference({ events: -1, total: 2 }, { events: 1, total: 5 })).toThrow(ArgumentError);
  });
});
