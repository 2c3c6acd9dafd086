import { describe, expect, it } from "vitest";
import { adjustPValues, ArgumentError } from "../../src/index.js";

describe("adjustPValues", () => {
  const p = [0.01, 0.04, 0.03, 0.005];

  it("defaults to Holm and keeps input order", () => {
    // p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") = 0.03 0.06 0.06 0.02
    expect(adjustPValues(p).map((x) => +x.toFixed(12))).toEqual([0.03, 0.06, 0.06, 0.02]);
  });

  it("implements Benjamini–Hochberg and Bonferroni", () => {
    expect(adjustPValues(p, { method: "bh" }).map((x) => +x.toFixed(12))).toEqual([0.02, 0.04, 0.04, 0.02]);
    expect(adjustPValues(p, { method: "bonferroni" }).map((x) => +x.toFixed(12))).toEqual([0.04, 0.16, 0.12, 0.02]);
  });

  it("caps at 1, handles an empty family and gives tied p-values equal adjustments", () => {
    expect(adjustPValues([0.6, 0.9], { method: "bonferroni" })).toEqual([1, 1]);
    expect(adjustPValues([])).toEqual([]);
    const tied = adjustPValues([0.02, 0.02, 0.02, 0.5], { method: "bh" });
    expect(new Set(tied.slice(0, 3)).size).toBe(1);
  });

  it("returns a frozen array", () => {
    expect(Object.isFrozen(adjustPValues(p))).toBe(true);
  });

  it("rejects values outside [0, 1], NaN and non-arrays", () => {
    expect(() => adjustPValues([0.1, 1.2])).toThrow(/adjustPValues: pValues\[1\] must be a number from 0 to 1; received 1.2/);
    expect(() => adjustPValues([Number.NaN])).toThrow(ArgumentError);
    expect(() => adjustPValues("0.1" as never)).toThrow(/pValues must be an array/);
  });
});
