import { describe, expect, it } from "vitest";
import { compareRatios, compareToBaseline, exposure, rateRatio } from "../../src/index.js";
import { thrownMessage } from "../_helpers/resultMismatches.js";

const pair = (a: number, s: number, b: number, t: number) => ({ group: { count: a, exposure: s }, reference: { count: b, exposure: t } });

describe("compareToBaseline", () => {
  it("is rateRatio on person-years, so a quarter is scaled by 0.25 and the counts are left alone", () => {
    const c = compareToBaseline({ count: 40, population: 2000, period: "2021/22 Q2" }, { count: 100, population: 2000, period: "2019/20" });
    const rr = rateRatio({ count: 40, population: 500 }, { count: 100, population: 2000 });
    expect([c.value, c.lower, c.upper, c.pValue]).toEqual([rr.value, rr.lower, rr.upper, rr.pValue]);
    expect(c.value).toBeCloseTo(1.6, 12); // not 0.4, as raw counts would suggest
    expect(c.current).toEqual({ count: 40, exposure: 500, rate: 80 });
    expect(c.baseline).toEqual({ count: 100, exposure: 2000, rate: 50 });
    expect(c.comparison).toBe("higher");
    expect(c.percentChange.value).toBeCloseTo(60, 10);
    expect(c.method).toBe("exact");
    expect(Object.isFrozen(c) && Object.isFrozen(c.current) && Object.isFrozen(c.percentChange)).toBe(true);
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  it("gives the same answer for exposure given directly or as population and period", () => {
    const a = compareToBaseline({ count: 12, exposure: exposure(900, { months: 3 }) }, { count: 30, exposure: 900 });
    const b = compareToBaseline({ count: 12, population: 900, period: { months: 3 } }, { count: 30, population: 900 });
    expect(a).toEqual(b);
  });

  it("maps higher and lower to better or worse by the improvement direction", () => {
    const up = { count: 200, exposure: 1000 };
    const down = { count: 50, exposure: 1000 };
    const base = { count: 100, exposure: 1000 };
    const same = { count: 104, exposure: 1000 };
    const assess = (current: typeof up, improvement?: "increase" | "decrease" | "neither") => {
      const c = compareToBaseline(current, base, improvement === undefined ? undefined : { improvement });
      return [c.comparison, c.improvement, c.assessment];
    };
    expect(assess(up, "increase")).toEqual(["higher", "increase", "better"]);
    expect(assess(up, "decrease")).toEqual(["higher", "decrease", "worse"]);
    expect(assess(down, "increase")).toEqual(["lower", "increase", "worse"]);
    expect(assess(down, "decrease")).toEqual(["lower", "decrease", "better"]);
    expect(assess(same, "decrease")).toEqual(["similar", "decrease", "similar"]);
    expect(assess(up)).toEqual(["higher", "neither", "not-applicable"]);
    expect(assess(same, "neither")).toEqual(["similar", "neither", "not-applicable"]);
  });

  it("classifies by the interval at the chosen level (Fingertips: 95% and 99.8%)", () => {
    const current = { count: 140, exposure: 1000 };
    const base = { count: 100, exposure: 1000 };
    expect(compareToBaseline(current, base).comparison).toBe("higher");
    expect(compareToBaseline(current, base, { level: 0.998 }).comparison).toBe("similar");
    expect(compareToBaseline(current, base, { method: "wald" }).method).toBe("wald");
    expect(compareToBaseline(current, base, { per: 100000 }).current.rate).toBeCloseTo(14000, 9);
  });

  it("returns statuses for zero counts, never NaN", () => {
    const zero = compareToBaseline({ count: 0, exposure: 100 }, { count: 20, exposure: 100 });
    expect([zero.status, zero.value, zero.lower, zero.comparison, zero.percentChange.value]).toEqual(["zero-ratio", 0, 0, "lower", -100]);
    const both = compareToBaseline({ count: 0, exposure: 100 }, { count: 0, exposure: 100 });
    expect([both.status, both.value, both.lower, both.upper, both.comparison, both.percentChange.value, both.percentChange.upper]).toEqual(["undefined-ratio", null, 0, Infinity, "similar", null, Infinity]);
    const inf = compareToBaseline({ count: 3, exposure: 100 }, { count: 0, exposure: 100 }, { method: "wald" });
    expect([inf.status, inf.value, inf.method, inf.percentChange.value]).toEqual(["infinite-ratio", Infinity, "exact", Infinity]);
  });

  it("rejects invalid input with messages naming the parameter", () => {
    const ok = { count: 1, exposure: 1 };
    const cases: [() => unknown, string][] = [
      [() => compareToBaseline(null as never, ok), "compareToBaseline: current must be an object; received null"],
      [() => compareToBaseline({ count: 1.5, exposure: 1 }, ok), "compareToBaseline: current.count must be a whole number; received 1.5"],
      [() => compareToBaseline({ count: -1, exposure: 1 }, ok), "compareToBaseline: current.count must not be negative; received -1"],
      [() => compareToBaseline(ok, { count: 1, exposure: 0 }), "compareToBaseline: baseline.exposure must be greater than 0; received 0"],
      [() => compareToBaseline(ok, { count: 1, population: -5 }), "compareToBaseline: baseline.population must be greater than 0; received -5"],
      [() => compareToBaseline({ count: 1, exposure: 1, population: 1 } as never, ok), "compareToBaseline: current must have either exposure (person-years) or population, not both or neither; received a value of type object"],
      [() => compareToBaseline({ count: 1 } as never, ok), "compareToBaseline: current must have either exposure (person-years) or population, not both or neither; received a value of type object"],
      [() => compareToBaseline({ count: 1, exposure: 1, period: "2019/20" } as never, ok), 'compareToBaseline: current.period must be left out when exposure is given; received "2019/20"'],
      [() => compareToBaseline({ count: 1, population: 10, period: "Q1" }, ok), 'compareToBaseline: current.period must be a financial year ("2019/20"), a quarter ("2019/20 Q1"), a month ("2019-04"), { months } or { from, to }; received "Q1"'],
      [() => compareToBaseline(ok, ok, { level: 95 }), "compareToBaseline: options.level must be a fraction strictly between 0 and 1; received 95 (did you mean 0.95?)"],
      [() => compareToBaseline(ok, ok, { method: "score" as never }), 'compareToBaseline: options.method must be one of "exact", "mid-p", "wald"; received "score"'],
      [() => compareToBaseline(ok, ok, { improvement: "up" as never }), 'compareToBaseline: options.improvement must be one of "increase", "decrease", "neither"; received "up"'],
      [() => compareToBaseline(ok, ok, { per: 0 }), "compareToBaseline: options.per must be greater than 0; received 0"],
      [() => compareToBaseline(ok, ok, [] as never), "compareToBaseline: options must be an object or undefined; received an array of length 0"],
    ];
    for (const [f, message] of cases) expect(thrownMessage(f)).toBe(message);
  });
});

describe("compareRatios", () => {
  it("is the ratio of the two periods' rate ratios, and 1 when the ratio has not changed", () => {
    const c = compareRatios(pair(40, 2000, 300, 50000), pair(25, 2100, 310, 52000.5));
    expect(c.value).toBeCloseTo((c.after.ratio.value as number) / (c.before.ratio.value as number), 12);
    const same = compareRatios(pair(20, 100, 200, 10000), pair(40, 200, 400, 20000));
    expect([same.value, same.comparison]).toEqual([1, "similar"]);
    expect(same.pValue).toBeCloseTo(1, 12);
  });

  it("does not depend on the populations when they are the same in both periods, nor on the period lengths", () => {
    const a = compareRatios({ group: { count: 30, population: 1000, period: "2019/20 Q1" }, reference: { count: 300, population: 90000, period: "2019/20 Q1" } }, { group: { count: 50, population: 1000, period: "2021/22" }, reference: { count: 700, population: 90000, period: "2021/22" } });
    const b = compareRatios(pair(30, 1, 300, 90), pair(50, 1, 700, 90));
    for (const key of ["value", "lower", "upper", "pValue"] as const) expect(a[key]).toBeCloseTo(b[key] as number, 12);
  });

  it("inverts exactly when the periods are swapped (both methods)", () => {
    for (const method of ["wald", "exact"] as const) {
      const x = compareRatios(pair(12, 500, 90, 9000), pair(30, 520, 100, 9100), { method });
      const y = compareRatios(pair(30, 520, 100, 9100), pair(12, 500, 90, 9000), { method });
      expect(x.value as number).toBeCloseTo(1 / (y.value as number), 12);
      expect(x.lower).toBeCloseTo(1 / y.upper, 9);
      expect(x.upper).toBeCloseTo(1 / y.lower, 9);
      expect(x.pValue).toBeCloseTo(y.pValue, 9);
    }
  });

  it("uses the exact method by default when a count is below 10, the delta method otherwise", () => {
    expect(compareRatios(pair(9, 100, 50, 1000), pair(20, 100, 50, 1000)).method).toBe("exact");
    const ten = compareRatios(pair(10, 100, 50, 1000), pair(20, 100, 50, 1000));
    expect([ten.method, ten.smallestCount]).toEqual(["wald", 10]);
    expect(compareRatios(pair(9, 100, 50, 1000), pair(20, 100, 50, 1000), { method: "wald" }).method).toBe("wald");
    expect(compareRatios(pair(50, 100, 50, 1000), pair(20, 100, 50, 1000), { method: "exact" }).method).toBe("exact");
  });

  it("returns statuses for zero counts (exact method), never NaN", () => {
    const zero = compareRatios(pair(4, 300, 60, 9000), pair(0, 320, 55, 9100), { method: "wald" });
    expect([zero.status, zero.value, zero.lower, zero.method, zero.comparison]).toEqual(["zero-ratio", 0, 0, "exact", "similar"]);
    const inf = compareRatios(pair(0, 300, 60, 9000), pair(3, 320, 55, 9100));
    expect([inf.status, inf.value, inf.upper]).toEqual(["infinite-ratio", Infinity, Infinity]);
    const none = compareRatios(pair(0, 300, 60, 9000), pair(0, 320, 55, 9100));
    expect([none.status, none.value, none.lower, none.upper, none.pValue, none.percentChange.value]).toEqual(["undefined-ratio", null, 0, Infinity, 1, null]);
    const empty = compareRatios(pair(0, 300, 0, 9000), pair(5, 320, 55, 9100));
    expect([empty.status, empty.lower, empty.upper, empty.pValue]).toEqual(["undefined-ratio", 0, Infinity, 1]);
    expect(empty.before.ratio.status).toBe("undefined-ratio");
  });

  it("rejects invalid input with messages naming the parameter", () => {
    const ok = pair(5, 10, 5, 10);
    const cases: [() => unknown, string][] = [
      [() => compareRatios(null as never, ok), "compareRatios: before must be an object; received null"],
      [() => compareRatios({ group: { count: 1, exposure: 1 } } as never, ok), "compareRatios: before.reference must be an object; received undefined"],
      [() => compareRatios(ok, pair(2.5, 10, 5, 10)), "compareRatios: after.group.count must be a whole number; received 2.5"],
      [() => compareRatios(ok, pair(2, 10, 5, Infinity)), "compareRatios: after.reference.exposure must be a finite number; received Infinity"],
      [() => compareRatios(ok, ok, { method: "score" as never }), 'compareRatios: options.method must be one of "auto", "wald", "exact"; received "score"'],
      [() => compareRatios(ok, ok, { level: 1 }), "compareRatios: options.level must be a fraction strictly between 0 and 1; received 1"],
      [() => compareRatios(ok, ok, { per: -1 }), "compareRatios: options.per must be greater than 0; received -1"],
    ];
    for (const [f, message] of cases) expect(thrownMessage(f)).toBe(message);
  });
});
