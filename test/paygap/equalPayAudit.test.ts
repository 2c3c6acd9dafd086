import { describe, expect, expectTypeOf, it } from "vitest";
import { ArgumentError, equalPayAudit } from "../../src/index.js";
import type { EqualPayAuditResult } from "../../src/index.js";
import type { HrRecord } from "../../src/csv/index.js";
import { tForLevel, twoSidedTP } from "../../src/_internal/studentT.js";

const pay = (rank: string | null, sex: string | null, rates: number[], extra: Record<string, unknown> = {}) => rates.map((hourlyPay) => ({ rank, sex, hourlyPay, ...extra }));

describe("Student's t through the incomplete beta function", () => {
  it("gives the tabulated quantiles and p-values", () => {
    // scipy.stats.t.ppf(0.975, 1), (0.975, 10), (0.995, 4.5)
    expect(tForLevel(0.95, 1)).toBeCloseTo(12.706204736432095, 8);
    expect(tForLevel(0.95, 10)).toBeCloseTo(2.2281388519649385, 9);
    expect(tForLevel(0.99, 4.5)).toBeCloseTo(4.272823993022849, 9);
    expect(tForLevel(0.95, 1e7)).toBeCloseTo(1.959963984540054, 5);
    expect(twoSidedTP(2.2281388519649385, 10)).toBeCloseTo(0.05, 11);
    expect(twoSidedTP(0, 7)).toBe(1);
    expect(twoSidedTP(Infinity, 7)).toBe(0);
  });
});

describe("equalPayAudit: worked by hand", () => {
  // Constables: men 18–22 (mean 20), women 17–21 (mean 19): gap 5%. Sergeants: men mean 27, women 25.
  const staff = [
    ...pay("Constable", "Male", [18, 19, 20, 21, 22]), ...pay("Constable", "Female", [17, 18, 19, 20, 21]),
    ...pay("Sergeant", "Male", [25, 26, 27, 28, 29]), ...pay("Sergeant", "Female", [23, 24, 25, 26, 27]),
  ];
  const audit = equalPayAudit(staff, { within: "rank", by: "sex" });
  const constables = audit.grades[0]?.comparisons[0];

  it("compares each group with the reference within each grade", () => {
    expect(audit.reference).toBe("Male");
    expect(audit.grades.map((g) => g.grade)).toEqual(["Constable", "Sergeant"]);
    expect(audit.grades[0]?.groups).toEqual([
      { group: "Female", n: 5, meanHourlyPay: 19, medianHourlyPay: 19 },
      { group: "Male", n: 5, meanHourlyPay: 20, medianHourlyPay: 20 },
    ]);
    expect(constables).toMatchObject({ group: "Female", status: "ok", n: { group: 5, reference: 5 }, meanGap: 5, medianGap: 5, direction: "group-lower" });
    expect(audit.grades[1]?.comparisons[0]?.meanGap).toBeCloseTo((2 / 27) * 100, 12);
  });

  it("gives Welch's interval on the difference over the reference mean", () => {
    // Both variances 2.5 on 5 people: se = √(0.5 + 0.5) = 1, df = 1/(2·0.25/4) = 8, t = 1.
    const half = tForLevel(0.95, 8);
    expect(constables?.interval?.df).toBeCloseTo(8, 12);
    expect(constables?.interval?.t).toBeCloseTo(1, 12);
    expect(constables?.interval?.lower).toBeCloseTo(((1 - half) / 20) * 100, 10);
    expect(constables?.interval?.upper).toBeCloseTo(((1 + half) / 20) * 100, 10);
    expect(constables?.interval?.pValue).toBeCloseTo(twoSidedTP(1, 8), 12);
    expect(constables?.interval?.pValue).toBeCloseTo(0.34659350708733416, 8); // scipy: ttest_ind(equal_var=False)
    expect(half).toBeCloseTo(2.3060041350333704, 9); // scipy.stats.t.ppf(0.975, 8)
  });

  it("flags a 5% gap and a recurring 3% gap in the same direction", () => {
    expect(constables?.exceedsThreshold).toBe(true);
    expect(constables?.recurringPattern).toBe(true);
    expect(audit.patterns).toEqual([{ group: "Female", direction: "group-lower", grades: ["Constable", "Sergeant"] }]);
    expect(audit.flagged).toBe(true);
    expect(audit.settings).toEqual({ threshold: 0.05, pattern: 0.03, recurring: 2, minimumGroupSize: 5, measure: "mean", level: 0.95 });
    expect(audit.method).toBe("welch");
  });

  it("uses the options: threshold, pattern, recurring, measure and level", () => {
    const strict = equalPayAudit(staff, { within: "rank", by: "sex", threshold: 0.08, recurring: 3 });
    expect(strict.flagged).toBe(false);
    expect(strict.patterns).toEqual([]);
    expect(equalPayAudit(staff, { within: "rank", by: "sex", pattern: 0.06 }).patterns).toEqual([]);
    const median = equalPayAudit(staff, { within: "rank", by: "sex", measure: "median", level: 0.9 });
    expect(median.grades[1]?.comparisons[0]?.medianGap).toBeCloseTo((2 / 27) * 100, 12);
    expect(median.grades[0]?.comparisons[0]?.interval?.level).toBe(0.9);
    expect(median.grades[0]?.comparisons[0]?.interval?.upper).toBeLessThan(constables?.interval?.upper as number);
  });

  it("is frozen and JSON-serialisable", () => {
    expect(Object.isFrozen(audit)).toBe(true);
    expect(Object.isFrozen(audit.grades[0]?.comparisons[0]?.n)).toBe(true);
    expect(JSON.parse(JSON.stringify(audit))).toEqual(audit);
  });
});

describe("equalPayAudit: flags", () => {
  it("counts a gap of exactly 5% but not 4.99%, in either direction", () => {
    const at = (women: number) => equalPayAudit([...pay("A", "Male", [20, 20, 20, 20, 20]), ...pay("A", "Female", Array(5).fill(women) as number[])], { within: "rank", by: "sex" });
    expect(at(19).grades[0]?.comparisons[0]?.exceedsThreshold).toBe(true);
    expect(at(19.002).grades[0]?.comparisons[0]?.exceedsThreshold).toBe(false);
    expect(at(21).grades[0]?.comparisons[0]).toMatchObject({ exceedsThreshold: true, direction: "group-higher", intervalStatus: "no-variation", interval: null });
  });

  it("needs the same direction for a pattern", () => {
    const staff = [
      ...pay("A", "Male", [20, 21, 22, 23, 24]), ...pay("A", "Female", [19.2, 20.2, 21.2, 22.2, 23.2]), // 3.6% lower
      ...pay("B", "Male", [20, 21, 22, 23, 24]), ...pay("B", "Female", [20.8, 21.8, 22.8, 23.8, 24.8]), // 3.6% higher
    ];
    const audit = equalPayAudit(staff, { within: "rank", by: "sex" });
    expect(audit.patterns).toEqual([]);
    expect(audit.flagged).toBe(false);
    expect(equalPayAudit(staff, { within: "rank", by: "sex", recurring: 1 }).patterns).toHaveLength(2);
  });

  it("shows but never flags comparisons with too few people", () => {
    const staff = [...pay("A", "Male", [20, 22, 24, 26]), ...pay("A", "Female", [10, 11])];
    const c = equalPayAudit(staff, { within: "rank", by: "sex" }).grades[0]?.comparisons[0];
    expect(c).toMatchObject({ status: "too-few", exceedsThreshold: false, recurringPattern: false, intervalStatus: "ok" });
    expect(c?.meanGap).toBeCloseTo((12.5 / 23) * 100, 12);
    const one = equalPayAudit([...pay("A", "Male", [20]), ...pay("A", "Female", [10])], { within: "rank", by: "sex", minimumGroupSize: 1 });
    expect(one.grades[0]?.comparisons[0]).toMatchObject({ status: "ok", meanGap: 50, exceedsThreshold: true, interval: null, intervalStatus: "too-few" });
  });
});

describe("equalPayAudit: who is compared", () => {
  it("leaves out the unpaid, those not on full pay, the ungraded and the undisclosed, counting each", () => {
    const staff = [
      ...pay("A", "Male", [20, 21]), ...pay("A", "Female", [19]),
      ...pay("A", "Male", [null as unknown as number]), ...pay("A", "Female", [5], { fullPay: false }), ...pay("A", "Male", [null as unknown as number], { fullPay: false }),
      ...pay(null, "Male", [30]), ...pay(" ", "Male", [30]), ...pay("A", "Unknown", [25]), ...pay("A", null, [25]),
    ];
    const audit = equalPayAudit(staff, { within: "rank", by: "sex", minimumGroupSize: 1 });
    expect(audit.employees).toBe(3);
    expect(audit.excluded).toEqual({ unpaid: 1, notFullPay: 2, ungraded: 2, notDisclosed: 2 });
    expect(audit.grades[0]?.comparisons[0]?.meanGap).toBeCloseTo((1.5 / 20.5) * 100, 12);
  });

  it("reports grades without the reference group, and groups without a grade's comparison", () => {
    const staff = [...pay("A", "Male", [20, 21]), ...pay("B", "Female", [19, 18]), ...pay("C", "Male", [0, 0]), ...pay("C", "Female", [10, 12])];
    const audit = equalPayAudit(staff, { within: "rank", by: "sex" });
    expect(audit.grades[0]?.comparisons).toEqual([]);
    expect(audit.grades[1]?.comparisons[0]).toMatchObject({ status: "no-reference", meanGap: null, medianGap: null, direction: null, interval: null, intervalStatus: "no-reference" });
    expect(audit.grades[2]?.comparisons[0]).toMatchObject({ status: "zero-reference", meanGap: null, intervalStatus: "zero-reference" });
  });

  it("compares every group with a chosen reference", () => {
    const staff = [...pay("A", "White", [20, 21, 22]), ...pay("A", "Black", [19, 20, 21]), ...pay("A", "Asian", [22, 23, 24])];
    const audit = equalPayAudit(staff, { within: "rank", by: "sex", reference: "black", minimumGroupSize: 2 });
    expect(audit.reference).toBe("Black");
    expect(audit.grades[0]?.comparisons.map((c) => [c.group, c.meanGap])).toEqual([["Asian", -15], ["White", -5]]);
    expect(equalPayAudit(staff, { within: "rank", by: "sex" }).reference).toBe("White");
  });

  it("returns statuses for no employees and no known groups", () => {
    expect(equalPayAudit([], { within: "rank", by: "sex" })).toMatchObject({ status: "no-employees", reference: null, grades: [], patterns: [], flagged: false });
    expect(equalPayAudit(pay("A", "Unknown", [10]), { within: "rank", by: "sex" })).toMatchObject({ status: "no-groups", reference: null, grades: [] });
  });
});

describe("equalPayAudit: invalid input", () => {
  const base = [{ rank: "A", sex: "Male", hourlyPay: 10 }];
  const call = (options: unknown, employees: unknown = base) => () => equalPayAudit(employees as never, options as never);
  const cases: [string, () => unknown, string][] = [
    ["no options", call(undefined), "equalPayAudit: options must be an object naming `within` and `by`; received undefined"],
    ["no within", call({ by: "sex" }), "equalPayAudit: options.within must be a field name (a non-empty string); received undefined"],
    ["within not a field", call({ within: "grade", by: "sex" }), 'equalPayAudit: options.within must name a field of the employees; received "grade"'],
    ["by not a field", call({ within: "rank", by: "gender" }), 'equalPayAudit: options.by must name a field of the employees; received "gender"'],
    ["threshold as a percentage", call({ within: "rank", by: "sex", threshold: 5 }), "equalPayAudit: options.threshold must be a fraction strictly between 0 and 1; received 5 (did you mean 0.05?)"],
    ["pattern 0", call({ within: "rank", by: "sex", pattern: 0 }), "equalPayAudit: options.pattern must be a fraction strictly between 0 and 1; received 0"],
    ["recurring 0", call({ within: "rank", by: "sex", recurring: 0 }), "equalPayAudit: options.recurring must be at least 1; received 0"],
    ["recurring 1.5", call({ within: "rank", by: "sex", recurring: 1.5 }), "equalPayAudit: options.recurring must be a whole number; received 1.5"],
    ["minimum −1", call({ within: "rank", by: "sex", minimumGroupSize: -1 }), "equalPayAudit: options.minimumGroupSize must not be negative; received -1"],
    ["unknown measure", call({ within: "rank", by: "sex", measure: "mode" }), 'equalPayAudit: options.measure must be one of "mean", "median"; received "mode"'],
    ["level as a percentage", call({ within: "rank", by: "sex", level: 95 }), "equalPayAudit: options.level must be a fraction strictly between 0 and 1; received 95 (did you mean 0.95?)"],
    ["unknown reference", call({ within: "rank", by: "sex", reference: "Female" }), 'equalPayAudit: options.reference must name a group present in the data (Male); received "Female"'],
    ["a grade that is not text", call({ within: "rank", by: "sex" }, [{ rank: {}, sex: "Male", hourlyPay: 1 }]), "equalPayAudit: employees[0].rank must be a string, a number or null; received a value of type object"],
    ["negative pay", call({ within: "rank", by: "sex" }, [{ rank: "A", sex: "Male", hourlyPay: -2 }]), "equalPayAudit: employees[0].hourlyPay must not be negative; received -2"],
  ];
  it.each(cases)("%s", (_name, run, message) => {
    expect(run).toThrow(ArgumentError);
    expect(run).toThrow(message);
  });
});

describe("equalPayAudit: types", () => {
  it("accepts HR records and checks the field names", () => {
    const records: HrRecord[] = [];
    expectTypeOf(equalPayAudit(records, { within: "rank", by: "sex" })).toEqualTypeOf<EqualPayAuditResult>();
    // @ts-expect-error: "grade" is not a field of HrRecord (rank holds grades)
    expect(() => equalPayAudit(records, { within: "grade", by: "sex" })).not.toThrow(); // an empty list has no fields to check at run time
  });
});
