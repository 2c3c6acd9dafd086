import { describe, expect, it } from "vitest";
import { ArgumentError, mannKendall } from "../../src/index.js";
import { thrownMessage } from "../_helpers/resultMismatches.js";

describe("mannKendall statuses and limits", () => {
  it("gives only S, Var(S) and n below 3 values", () => {
    for (const values of [[], [4], [1, 2]]) {
      const r = mannKendall(values);
      expect(r.status).toBe("too-few-values");
      expect([r.z, r.pValue, r.tau, r.senSlope, r.senSlopeLower, r.senSlopeUpper]).toEqual([null, null, null, null, null, null]);
      expect(r.n).toBe(values.length);
    }
    expect(mannKendall([1, 2])).toMatchObject({ s: 1, variance: 1 });
    expect(mannKendall([])).toMatchObject({ s: 0, variance: 0 });
  });

  it("reports no variation, never NaN, when all values are equal", () => {
    const r = mannKendall([7, 7, 7, 7, 7], { exact: true });
    expect(r).toMatchObject({ status: "no-variation", s: 0, variance: 0, z: 0, pValue: 1, tau: null, senSlope: 0, senSlopeLower: 0, senSlopeUpper: 0, method: "normal" });
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
  });

  it("gives z = 0 and p = 1 when S = 0 with variation", () => {
    const r = mannKendall([1, 3, 2, 2, 3, 1]);
    expect(r.s).toBe(0);
    expect(Object.is(r.z, 0)).toBe(true);
    expect(r.pValue).toBe(1);
    expect(r.status).toBe("ok");
  });

  it("uses the exact p only for n ≤ 10 without ties, and says so", () => {
    expect(mannKendall([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { exact: true }).method).toBe("exact");
    const eleven = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    expect(mannKendall(eleven, { exact: true })).toEqual(mannKendall(eleven));
    const tied = [1, 2, 2, 4, 5];
    expect(mannKendall(tied, { exact: true })).toEqual(mannKendall(tied));
    expect(mannKendall([3, 1, 2], { exact: false }).method).toBe("normal");
  });

  it("exact p for a perfect ranking of n is 2/n! two-sided and 1/n! one-sided", () => {
    expect(mannKendall([1, 2, 3, 4, 5, 6], { exact: true }).pValue).toBeCloseTo(2 / 720, 15);
    expect(mannKendall([6, 5, 4, 3, 2, 1], { exact: true, alternative: "less" }).pValue).toBeCloseTo(1 / 720, 15);
    expect(mannKendall([6, 5, 4, 3, 2, 1], { exact: true, alternative: "greater" }).pValue).toBe(1);
  });

  it("is symmetric: reversing the sign of the series negates S, z, tau and the slopes", () => {
    const x = [3, 5, 4, 8, 9, 9, 12, 10];
    const a = mannKendall(x);
    const b = mannKendall(x.map((v) => -v));
    expect(b.s).toBe(-a.s);
    expect(b.z).toBeCloseTo(-(a.z as number), 14);
    expect(b.tau).toBeCloseTo(-(a.tau as number), 14);
    expect(b.senSlope).toBeCloseTo(-(a.senSlope as number), 14);
    expect(b.senSlopeLower).toBeCloseTo(-(a.senSlopeUpper as number), 14);
    expect(b.pValue).toBeCloseTo(a.pValue as number, 14);
    expect(mannKendall(x, { alternative: "greater" }).pValue).toBeCloseTo(mannKendall(x.map((v) => -v), { alternative: "less" }).pValue as number, 14);
  });

  it("scales Sen's slope, not the test, with the time unit", () => {
    const x = [3, 5, 4, 8, 9, 9, 12, 10];
    const quarters = mannKendall(x);
    const years = mannKendall(x, { times: x.map((_, i) => 2019 + i / 4) });
    expect(years.pValue).toBe(quarters.pValue);
    expect(years.senSlope).toBeCloseTo(4 * (quarters.senSlope as number), 12);
  });

  it("returns a frozen, JSON-serialisable result with its level, alternative and method", () => {
    const r = mannKendall([1, 4, 2, 5, 7], { level: 0.9, alternative: "greater" });
    expect(Object.isFrozen(r)).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(r).toMatchObject({ level: 0.9, alternative: "greater", method: "normal", n: 5 });
  });
});

describe("mannKendall invalid input", () => {
  const cases: [string, () => unknown, string][] = [
    ["not an array", () => mannKendall("1,2,3" as never), 'mannKendall: values must be an array of finite numbers; received "1,2,3"'],
    ["a missing value", () => mannKendall([1, Number.NaN, 3]), "mannKendall: values[1] must be a finite number; received NaN"],
    ["a null", () => mannKendall([1, null, 3] as never), "mannKendall: values[1] must be a finite number; received null"],
    ["options not an object", () => mannKendall([1, 2, 3], 5 as never), "mannKendall: options must be an object or undefined; received 5"],
    ["a percentage level", () => mannKendall([1, 2, 3], { level: 95 }), "mannKendall: options.level must be a fraction strictly between 0 and 1; received 95 (did you mean 0.95?)"],
    ["an unknown alternative", () => mannKendall([1, 2, 3], { alternative: "two-sided" as never }), 'mannKendall: options.alternative must be one of "two.sided", "greater", "less"; received "two-sided"'],
    ["exact not boolean", () => mannKendall([1, 2, 3], { exact: "yes" as never }), 'mannKendall: options.exact must be true or false; received "yes"'],
    ["times of the wrong length", () => mannKendall([1, 2, 3], { times: [1, 2] }), "mannKendall: options.times must have one time per value (3); received an array of length 2"],
    ["times not increasing", () => mannKendall([1, 2, 3], { times: [1, 3, 3] }), "mannKendall: options.times[2] must be greater than the time before it; received 3"],
    ["a non-finite time", () => mannKendall([1, 2, 3], { times: [1, 2, Infinity] }), "mannKendall: options.times[2] must be a finite number; received Infinity"],
  ];
  it.each(cases)("rejects %s", (_what, f, message) => {
    expect(thrownMessage(f)).toBe(message);
    expect(() => f()).toThrow(ArgumentError);
  });
});
