import { describe, expect, expectTypeOf, it } from "vitest";
import { ArgumentError, payGap } from "../../src/index.js";
import type { PayGapResult } from "../../src/index.js";
import type { HrRecord } from "../../src/csv/index.js";
import { bootstrapPayGap } from "../../src/_internal/payGapBootstrap.js";
import { payQuartiles } from "../../src/_internal/payQuartiles.js";
import { seededUniform } from "../../src/_internal/seededRandom.js";

const person = (group: string | null, hourlyPay: number | null, extra: Record<string, unknown> = {}) => ({ group, hourlyPay, ...extra });

/** Every number in a value, to check nothing is NaN or infinite. */
function numbers(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (value === null || typeof value !== "object") return [];
  return Object.values(value).flatMap(numbers);
}

describe("payGap: worked by hand", () => {
  // White 20, 24, 16 (bonus 500); Asian 18, 15 (bonus 400), 30 on reduced pay; Black 19; not stated 17; a volunteer.
  const staff = [
    person("White", 20), person("White", 24), person("White", 16, { bonus: 500 }),
    person("Asian", 18), person("Asian", 15, { bonus: 400 }), person("Asian", 30, { fullPay: false, bonus: 100 }),
    person("Black", 19), person("Not stated", 17), person("White", null),
  ];
  const result = payGap(staff, { by: "group", aggregate: true });

  it("counts relevant, unpaid and undisclosed employees", () => {
    expect(result.status).toBe("ok");
    expect(result.reference).toBe("White");
    expect(result.employees).toBe(8);
    expect(result.unpaid).toBe(1);
    expect(result.notDisclosed).toEqual({ employees: 1, share: 12.5, fullPayEmployees: 1 });
    expect(result.groups.map((g) => g.group)).toEqual(["Asian", "Black", "White"]);
  });

  it("computes hourly gaps over full-pay employees and bonus figures over all relevant employees", () => {
    const asian = result.groups[0];
    expect(asian).toMatchObject({ employees: 3, fullPayEmployees: 2, meanHourlyPay: 16.5, medianHourlyPay: 16.5, bonusRecipients: 2, meanBonus: 250, medianBonus: 250 });
    expect(asian?.share).toBeCloseTo(37.5, 12);
    expect(asian?.bonusProportion).toBeCloseTo(200 / 3, 12);
    expect(asian?.meanHourlyGap).toEqual({ value: 17.5, status: "ok", interval: null }); // (20 − 16.5)/20
    expect(asian?.meanBonusGap).toEqual({ value: 50, status: "ok", interval: null }); // (500 − 250)/500
    expect(result.groups[1]?.meanBonusGap).toEqual({ value: null, status: "empty-group", interval: null });
    expect(result.groups[2]).toMatchObject({ isReference: true, meanHourlyGap: { value: 0, status: "reference" } });
  });

  it("aggregates every non-reference group", () => {
    // Asian 18, 15 and Black 19: mean 52/3, median 18; bonuses 400 and 100.
    expect(result.aggregate?.group).toBe("Ethnic minorities");
    expect(result.aggregate?.employees).toBe(4);
    expect(result.aggregate?.meanHourlyGap.value).toBeCloseTo(((20 - 52 / 3) / 20) * 100, 12);
    expect(result.aggregate?.medianHourlyGap.value).toBeCloseTo(10, 12);
    expect(result.aggregate?.meanBonusGap.value).toBeCloseTo(50, 12);
  });

  it("flags every group under the minimum size, and none with minimumGroupSize 0", () => {
    expect(result.groups.every((g) => g.status === "small-group")).toBe(true);
    expect(payGap(staff, { by: "group", minimumGroupSize: 3 }).groups.map((g) => g.status)).toEqual(["ok", "small-group", "ok"]);
    expect(payGap(staff, { by: "group", minimumGroupSize: 0 }).groups.every((g) => g.status === "ok")).toBe(true);
  });

  it("puts not-disclosed employees in the pay quarters as Unknown", () => {
    // Seven full-pay rates 15 16 17 18 19 20 24: bands of 2, 2, 2, 1.
    const q = result.quartiles;
    expect([q.lower.employees, q.lowerMiddle.employees, q.upperMiddle.employees, q.upper.employees]).toEqual([2, 2, 2, 1]);
    expect(q.lower.counts).toEqual({ Asian: 1, Black: 0, White: 1, Unknown: 0 });
    expect(q.lowerMiddle.counts).toEqual({ Asian: 1, Black: 0, White: 0, Unknown: 1 });
    expect(q.upper.shares).toEqual({ Asian: 0, Black: 0, White: 100, Unknown: 0 });
  });

  it("is frozen, JSON-serialisable and free of NaN and infinities", () => {
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.groups[0]?.meanHourlyGap)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(numbers(result).every(Number.isFinite)).toBe(true);
  });
});

describe("payGap: pay quarters with tied rates (reg. 13(2) for any number of groups)", () => {
  // Eight people, bands of two. Rate 10: 3 A and 2 B over positions 0–4; rate 20: 1 A and 2 C over 5–7.
  const staff = [
    ...["A", "A", "A", "B", "B"].map((g) => person(g, 10)),
    ...["A", "C", "C"].map((g) => person(g, 20)),
  ];
  const q = payGap(staff, { by: "group" }).quartiles;

  it("gives every band a tied rate touches the same group mix of that rate", () => {
    expect(q.lower.counts).toEqual({ A: 1.2, B: 0.8, C: 0 });
    expect(q.lowerMiddle.counts).toEqual({ A: 1.2, B: 0.8, C: 0 });
    expect(q.upperMiddle.counts["A"]).toBeCloseTo(0.6 + 1 / 3, 14);
    expect(q.upperMiddle.counts["B"]).toBeCloseTo(0.4, 14);
    expect(q.upperMiddle.counts["C"]).toBeCloseTo(2 / 3, 14);
    expect(q.upper.counts["A"]).toBeCloseTo(2 / 3, 14);
    expect(q.upper.counts["C"]).toBeCloseTo(4 / 3, 14);
    expect(q.upperMiddle.shares["A"]).toBeCloseTo(((0.6 + 1 / 3) / 2) * 100, 12);
  });

  it("does not depend on the order of the input", () => {
    const shuffled = [staff[7], staff[0], staff[5], staff[3], staff[1], staff[6], staff[4], staff[2]];
    expect(payGap(shuffled as typeof staff, { by: "group" }).quartiles).toEqual(q);
  });

  it("fills bands 1 → lower, 2 → lower and upper-middle, 3 → lower, lower-middle and upper-middle", () => {
    const sizes = (n: number) => {
      const r = payGap(Array.from({ length: n }, (_, i) => person("A", 10 + i)), { by: "group" }).quartiles;
      return [r.lower.employees, r.lowerMiddle.employees, r.upperMiddle.employees, r.upper.employees];
    };
    expect([sizes(8), sizes(9), sizes(10), sizes(11)]).toEqual([[2, 2, 2, 2], [3, 2, 2, 2], [3, 2, 3, 2], [3, 3, 3, 2]]);
  });

  it("marks empty quarters with fewer than four employees", () => {
    const r = payGap([person("A", 10), person("B", 12)], { by: "group" }).quartiles;
    // Two people: one each in the lower and upper-middle quarters.
    expect(r.upperMiddle).toEqual({ employees: 1, counts: { A: 0, B: 1 }, shares: { A: 0, B: 100 }, status: "ok" });
    expect(r.lowerMiddle).toEqual({ employees: 0, counts: { A: 0, B: 0 }, shares: { A: 0, B: 0 }, status: "empty" });
    expect(r.upper.status).toBe("empty");
  });

  it("agrees with the gender pay gap's two-group quarters on random tied workforces", () => {
    const uniform = seededUniform(6);
    for (let trial = 0; trial < 20; trial++) {
      const n = 5 + Math.floor(uniform() * 60);
      const staff2 = Array.from({ length: n }, () => ({ sex: uniform() < 0.45 ? "Female" : "Male", hourlyPay: 10 + Math.floor(uniform() * 6) }));
      const ours = payGap(staff2, { by: "sex" }).quartiles;
      const theirs = payQuartiles(staff2.map((s) => ({ hourlyPay: s.hourlyPay, male: s.sex === "Male" }))).bands;
      for (const band of ["lower", "lowerMiddle", "upperMiddle", "upper"] as const) {
        expect(ours[band].employees).toBe(theirs[band].size);
        expect(ours[band].counts["Male"] ?? 0).toBeCloseTo(theirs[band].male, 12);
        expect(ours[band].counts["Female"] ?? 0).toBeCloseTo(theirs[band].female, 12);
      }
    }
  });
});

describe("payGap: reference groups and labels", () => {
  it("defaults to Not disabled, Male, or the largest group (first label on a tie)", () => {
    const dis = [person("Disabled", 10), person("Disabled", 11), person("Not disabled", 12)];
    expect(payGap(dis, { by: "group" }).reference).toBe("Not disabled");
    expect(payGap([person("Female", 10), person("Female", 11), person("Male", 12)], { by: "group" }).reference).toBe("Male");
    expect(payGap([person("b", 10), person("c", 11), person("c", 12)], { by: "group" }).reference).toBe("c");
    expect(payGap([person("b", 10), person("a", 11)], { by: "group" }).reference).toBe("a");
  });

  it("matches a requested reference ignoring case and spaces, and names the aggregate after it", () => {
    const r = payGap([person("Disabled", 10), person("Not disabled", 12)], { by: "group", reference: " not DISABLED ", aggregate: true });
    expect(r.reference).toBe("Not disabled");
    expect(r.aggregate?.group).toBe("All except Not disabled");
    expect(r.aggregate?.meanHourlyGap.value).toBeCloseTo((2 / 12) * 100, 12);
    expect(payGap([person("A", 10), person("B", 12)], { by: "group", aggregate: true, aggregateLabel: "Others" }).aggregate?.group).toBe("Others");
  });

  it("treats blanks, Unknown, Not stated, Prefer not to say and not known as not disclosed; numbers as labels", () => {
    const staff = ["", "  ", "Unknown", "not stated", "Prefer not to say", "Not known", "Not disclosed", null, undefined].map((g) => ({ g, hourlyPay: 10 }));
    const r = payGap([...staff, { g: 3, hourlyPay: 12 }], { by: "g" });
    expect(r.notDisclosed.employees).toBe(9);
    expect(r.groups.map((g) => g.group)).toEqual(["3"]);
    expect(Object.keys(r.quartiles.lower.counts)).toEqual(["3", "Unknown"]);
  });

  it("an aggregate with no other groups is an empty row", () => {
    const r = payGap([person("White", 10)], { by: "group", aggregate: true });
    expect(r.aggregate).toMatchObject({ employees: 0, share: 0, bonusProportion: null, meanHourlyPay: null, status: "small-group" });
    expect(r.aggregate?.meanHourlyGap).toEqual({ value: null, status: "empty-group", interval: null });
  });
});

describe("payGap: degenerate data", () => {
  it("reports no employees and no groups with statuses, not NaN", () => {
    const none = payGap([], { by: "group" });
    expect(none).toMatchObject({ status: "no-employees", reference: null, employees: 0, groups: [], aggregate: null });
    expect(none.notDisclosed.share).toBe(0);
    expect(none.quartiles.lower.status).toBe("empty");
    const hidden = payGap([person(null, 10), person("Unknown", 12)], { by: "group", aggregate: true });
    expect(hidden).toMatchObject({ status: "no-groups", reference: null, groups: [], aggregate: null });
    expect(hidden.notDisclosed.share).toBe(100);
    expect(numbers(hidden).every(Number.isFinite)).toBe(true);
  });

  it("gives a status when the reference has nobody on full pay, no bonuses, or an average of 0", () => {
    const r = payGap([person("A", 10, { fullPay: false }), person("B", 12, { bonus: 5 })], { by: "group", reference: "A" });
    expect(r.groups[1]?.meanHourlyGap).toEqual({ value: null, status: "empty-reference", interval: null });
    expect(r.groups[1]?.medianBonusGap).toEqual({ value: null, status: "empty-reference", interval: null });
    expect(r.groups[0]?.meanHourlyPay).toBeNull();
    const zero = payGap([person("A", 0), person("B", 12)], { by: "group", reference: "A", bootstrap: { replicates: 100 } });
    expect(zero.groups[1]?.meanHourlyGap).toEqual({ value: null, status: "zero-reference", interval: null });
  });

  it("counts someone on nil pay because of leave (no hourly pay, fullPay false) as relevant, not as unpaid", () => {
    const r = payGap([person("A", null, { fullPay: false, bonus: 100 }), person("A", 10), person("A", null)], { by: "group" });
    expect(r).toMatchObject({ employees: 2, unpaid: 1 });
    expect(r.groups[0]).toMatchObject({ employees: 2, fullPayEmployees: 1, bonusRecipients: 1, bonusProportion: 50, meanHourlyPay: 10 });
  });

  it("reads null fullPay as full pay and null bonus as none", () => {
    const r = payGap([person("A", 10, { fullPay: null, bonus: null }), person("B", 12)], { by: "group", reference: "B" });
    expect(r.groups[0]).toMatchObject({ fullPayEmployees: 1, bonusRecipients: 0 });
  });
});

describe("payGap: bootstrap intervals", () => {
  const uniform = seededUniform(42);
  const staff = [
    ...Array.from({ length: 80 }, () => person("White", 15 + 10 * uniform())),
    ...Array.from({ length: 30 }, () => person("Black", 14 + 10 * uniform())),
  ];
  const options = { by: "group", bootstrap: { replicates: 500, seed: 7 } } as const;
  const result = payGap(staff, options);
  const black = result.groups[0];

  it("are the shared helper's intervals for the group's and the reference's full-pay hourly rates", () => {
    const hourly = (g: string) => staff.filter((s) => s.group === g).map((s) => s.hourlyPay as number);
    const direct = bootstrapPayGap(hourly("White"), hourly("Black"), { replicates: 500, seed: 7, level: 0.95 });
    expect(black?.meanHourlyGap.interval).toEqual({ ...direct.mean, level: 0.95, method: "percentile", replicates: 500, seed: 7 });
    expect(black?.medianHourlyGap.interval).toEqual({ ...direct.median, level: 0.95, method: "percentile", replicates: 500, seed: 7 });
    expect(result.method).toBe("percentile-bootstrap");
  });

  it("bracket the estimate, repeat with the seed and change with another", () => {
    const mean = black?.meanHourlyGap;
    expect(mean?.interval?.lower).toBeLessThan(mean?.value as number);
    expect(mean?.interval?.upper).toBeGreaterThan(mean?.value as number);
    expect(payGap(staff, options)).toEqual(result);
    expect(payGap(staff, { by: "group", bootstrap: { replicates: 500, seed: 8 } }).groups[0]?.meanHourlyGap.interval).not.toEqual(mean?.interval);
  });

  it("are only for hourly gaps of non-reference groups, and absent without the option", () => {
    expect(black?.meanBonusGap.interval).toBeNull();
    expect(result.groups[1]?.meanHourlyGap.interval).toBeNull();
    const plain = payGap(staff, { by: "group" });
    expect(plain.method).toBe("none");
    expect(plain.groups[0]?.meanHourlyGap.interval).toBeNull();
    expect(plain.groups[0]?.meanHourlyGap.value).toBe(black?.meanHourlyGap.value);
  });
});

describe("payGap: invalid input", () => {
  const call = (employees: unknown, options: unknown) => () => payGap(employees as never, options as never);
  const cases: [string, () => unknown, string][] = [
    ["employees not an array", call("x", { by: "g" }), 'payGap: employees must be an array of employee records; received "x"'],
    ["an employee not an object", call([null], { by: "g" }), "payGap: employees[0] must be an object; received null"],
    ["negative pay", call([{ g: "a", hourlyPay: -1 }], { by: "g" }), "payGap: employees[0].hourlyPay must not be negative; received -1"],
    ["pay as text", call([{ g: "a", hourlyPay: "12" }], { by: "g" }), 'payGap: employees[0].hourlyPay must be a finite number or null; received "12"'],
    ["NaN bonus", call([{ g: "a", hourlyPay: 1, bonus: NaN }], { by: "g" }), "payGap: employees[0].bonus must be a finite number or null; received NaN"],
    ["fullPay as text", call([{ g: "a", hourlyPay: 1, fullPay: "Y" }], { by: "g" }), 'payGap: employees[0].fullPay must be true, false or null; received "Y"'],
    ["a group that is not text", call([{ g: true, hourlyPay: 1 }], { by: "g" }), "payGap: employees[0].g must be a string, a number or null; received true"],
    ["no options", call([], undefined), "payGap: options.by must be a field name (a non-empty string); received undefined"],
    ["options not an object", call([], 3), "payGap: options must be an object or undefined; received 3"],
    ["by not a field", call([{ g: "a", hourlyPay: 1 }], { by: "ethnicity" }), 'payGap: options.by must name a field of the employees; received "ethnicity"'],
    ["unknown reference", call([{ g: "a", hourlyPay: 1 }], { by: "g", reference: "b" }), 'payGap: options.reference must name a group present in the data (a); received "b"'],
    ["fractional minimum", call([], { by: "g", minimumGroupSize: 2.5 }), "payGap: options.minimumGroupSize must be a whole number; received 2.5"],
    ["negative minimum", call([], { by: "g", minimumGroupSize: -1 }), "payGap: options.minimumGroupSize must not be negative; received -1"],
    ["aggregate as text", call([], { by: "g", aggregate: "yes" }), 'payGap: options.aggregate must be true or false; received "yes"'],
    ["blank aggregate label", call([], { by: "g", aggregateLabel: " " }), 'payGap: options.aggregateLabel must be a non-empty string; received " "'],
    ["too few replicates", call([], { by: "g", bootstrap: { replicates: 10 } }), "payGap: options.bootstrap.replicates must be a whole number from 100 to 1000000; received 10"],
    ["bootstrap level as a percentage", call([], { by: "g", bootstrap: { level: 95 } }), "payGap: options.bootstrap.level must be a fraction strictly between 0 and 1; received 95 (did you mean 0.95?)"],
    ["bootstrap true", call([], { by: "g", bootstrap: true }), "payGap: options.bootstrap must be an object; received true"],
  ];
  it.each(cases)("%s", (_name, run, message) => {
    expect(run).toThrow(ArgumentError);
    expect(run).toThrow(message);
  });
});

describe("payGap: types", () => {
  it("accepts HR records and checks the field name", () => {
    const records: HrRecord[] = [];
    expectTypeOf(payGap(records, { by: "ethnicity" })).toEqualTypeOf<PayGapResult>();
    // @ts-expect-error: not a field of HrRecord
    expect(() => payGap(records, { by: "ethnicty" })).not.toThrow(); // an empty list has no fields to check at run time
  });
});
