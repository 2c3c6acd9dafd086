import { describe, expect, it } from "vitest";
import { ArgumentError, genderPayGap, type GenderPayGapEmployee } from "../../src/index.js";

const F = (hourlyPay: number, bonus?: number): GenderPayGapEmployee => (bonus === undefined ? { sex: "Female", hourlyPay } : { sex: "Female", hourlyPay, bonus });
const M = (hourlyPay: number, bonus?: number): GenderPayGapEmployee => (bonus === undefined ? { sex: "Male", hourlyPay } : { sex: "Male", hourlyPay, bonus });

/** The worked example of docs/methods/paygap.md: four people on £10 (1 man, 3 women) straddle the lower/lower-middle boundary. */
const WORKED = [F(10), F(10), M(10), F(10), M(12), F(14, 500), M(15, 400), M(20, 1000)];

describe("genderPayGap: the six figures by hand", () => {
  const gap = genderPayGap(WORKED, { employer: "public", snapshotDate: "2024-03-31" });

  it("computes the hourly and bonus gaps as (male − female) / male × 100", () => {
    // men 10, 12, 15, 20: mean 14.25, median 13.5; women 10, 10, 10, 14: mean 11, median 10
    expect(gap.averages.meanHourly).toEqual({ male: 14.25, female: 11 });
    expect(gap.averages.medianHourly).toEqual({ male: 13.5, female: 10 });
    expect(gap.meanHourlyGap).toBeCloseTo(((14.25 - 11) / 14.25) * 100, 12);
    expect(gap.medianHourlyGap).toBeCloseTo((3.5 / 13.5) * 100, 12);
    // bonuses: men 400 and 1000 (mean = median = 700), one woman 500
    expect(gap.meanBonusGap).toBeCloseTo((200 / 700) * 100, 12);
    expect(gap.medianBonusGap).toBeCloseTo((200 / 700) * 100, 12);
    expect(gap.bonusProportions).toEqual({ male: 50, female: 25 });
    expect(gap.counts.withBonus).toEqual({ male: 2, female: 1 });
  });

  it("shares a tied rate between the bands it straddles in its own male/female mix (reg. 13(2))", () => {
    // ranks 1-4 are £10 (1 man, 3 women); lower = ranks 1-2, lower middle = ranks 3-4: each gets
    // 2 × 1/4 = 0.5 men and 2 × 3/4 = 1.5 women. A plain sort would give 0 or 1 man per band.
    expect(gap.counts.quartiles.lower).toEqual({ size: 2, male: 0.5, female: 1.5 });
    expect(gap.counts.quartiles.lowerMiddle).toEqual({ size: 2, male: 0.5, female: 1.5 });
    expect(gap.quartiles.lower).toEqual({ male: 25, female: 75 });
    expect(gap.quartiles.lowerMiddle).toEqual({ male: 25, female: 75 });
    expect(gap.quartiles.upperMiddle).toEqual({ male: 50, female: 50 });
    expect(gap.quartiles.upper).toEqual({ male: 100, female: 0 });
    expect(gap.quartileTies).toEqual([{ hourlyPay: 10, male: 1, female: 3, bands: { lower: 2, lowerMiddle: 2 } }]);
  });

  it("gives each band the tied rate's mix when the rate fills the bands unevenly", () => {
    // 8 people: £9 (F), then £10 × 3 (2 men, 1 woman) on ranks 2-4, crossing from lower (rank 2)
    // into lower middle (ranks 3-4). Lower gets 1 × 2/3 men; lower middle 2 × 2/3 men.
    const result = genderPayGap([F(9), M(10), F(10), M(10), F(11), M(12), F(13), M(14)]);
    const { lower, lowerMiddle } = result.counts.quartiles;
    expect(lower.male).toBeCloseTo(2 / 3, 15);
    expect(lower.female).toBeCloseTo(1 + 1 / 3, 15);
    expect(lowerMiddle.male).toBeCloseTo(4 / 3, 15);
    expect(lowerMiddle.female).toBeCloseTo(2 / 3, 15);
    expect(result.quartileTies).toEqual([{ hourlyPay: 10, male: 2, female: 1, bands: { lower: 1, lowerMiddle: 2 } }]);
    // the £10 people in each band are 2/3 men (the other people in these bands are women)
    const tie = result.quartileTies[0]!;
    expect(lower.male / (tie.bands.lower as number)).toBeCloseTo(2 / 3, 15);
    expect(lowerMiddle.male / (tie.bands.lowerMiddle as number)).toBeCloseTo(2 / 3, 15);
    expect(result.quartiles.lower.male).toBeCloseTo(100 / 3, 12);
    expect(result.quartiles.lowerMiddle.male).toBeCloseTo(200 / 3, 12);
  });

  it("shares a rate over three bands, and one rate for everyone gives every band the same mix", () => {
    const three = genderPayGap([M(9), F(10), M(10), F(10), F(10), M(10), F(10), M(11), F(12), M(13)]);
    expect(three.quartileTies).toEqual([{ hourlyPay: 10, male: 2, female: 4, bands: { lower: 2, lowerMiddle: 2, upperMiddle: 2 } }]);
    expect(three.counts.quartiles.lowerMiddle.male).toBeCloseTo(2 / 3, 15);
    const one = genderPayGap([M(20), M(20), M(20), F(20), F(20), M(20), F(20), M(20)]);
    for (const band of Object.values(one.quartiles)) expect(band).toEqual({ male: 62.5, female: 37.5 });
  });

  it("does not depend on the order of the input", () => {
    const reversed = genderPayGap([...WORKED].reverse(), { employer: "public", snapshotDate: "2024-03-31" });
    expect(reversed).toEqual(gap);
  });
});

describe("genderPayGap: band sizes and the leftover rule", () => {
  // n = 4q + r: r = 1 → lower; 2 → lower and upper middle; 3 → lower, lower middle, upper middle
  it.each([
    [4, [1, 1, 1, 1]],
    [5, [2, 1, 1, 1]],
    [6, [2, 1, 2, 1]],
    [7, [2, 2, 2, 1]],
    [8, [2, 2, 2, 2]],
    [1, [1, 0, 0, 0]],
    [2, [1, 0, 1, 0]],
    [3, [1, 1, 1, 0]],
    [2503, [626, 626, 626, 625]],
  ])("n = %i → %j", (n, sizes) => {
    const people = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? M(10 + i) : F(10 + i)));
    const { quartiles } = genderPayGap(people).counts;
    expect([quartiles.lower.size, quartiles.lowerMiddle.size, quartiles.upperMiddle.size, quartiles.upper.size]).toEqual(sizes);
  });

  it("puts the lowest paid in the lower band", () => {
    const result = genderPayGap([F(30), M(10), F(20), M(40), F(50)]);
    // ranks: M10 F20 | F30 | M40 | F50 → lower has 2 (one man)
    expect(result.counts.quartiles.lower).toEqual({ size: 2, male: 1, female: 1 });
    expect(result.counts.quartiles.upper).toEqual({ size: 1, male: 0, female: 1 });
  });
});

describe("genderPayGap: who is in each figure", () => {
  it("uses full-pay employees for hourly figures and all relevant employees for bonus proportions", () => {
    const result = genderPayGap([
      M(20), M(10), F(12), F(14),
      { sex: "Male", hourlyPay: 5, fullPay: false, bonus: 300 },
      { sex: "Female", hourlyPay: null, fullPay: false, bonus: 200 },
      { sex: "Female", hourlyPay: 11, fullPay: true, bonus: null },
    ]);
    expect(result.counts.relevant).toEqual({ male: 3, female: 4 });
    expect(result.counts.fullPay).toEqual({ male: 2, female: 3 });
    expect(result.averages.meanHourly).toEqual({ male: 15, female: 37 / 3 });
    expect(result.averages.meanBonus).toEqual({ male: 300, female: 200 });
    expect(result.bonusProportions).toEqual({ male: (1 / 3) * 100, female: 25 });
    expect(result.counts.excluded).toEqual({ other: 0, unknown: 0, unpaid: 0 });
  });

  it("counts and reports Other and Unknown sex and unpaid records, and leaves them out of every figure", () => {
    const base = [M(20), F(10)];
    const result = genderPayGap([...base, { sex: "Other", hourlyPay: 99, bonus: 5 }, { sex: "Unknown", hourlyPay: 1 }, { sex: "Unknown", hourlyPay: null, fullPay: false }, { sex: "Male", hourlyPay: null }]);
    expect(result.counts.excluded).toEqual({ other: 1, unknown: 2, unpaid: 1 });
    expect(result.meanHourlyGap).toBe(genderPayGap(base).meanHourlyGap);
    expect(result.counts.quartiles).toEqual(genderPayGap(base).counts.quartiles);
    expect(result.issues.map((i) => i.kind)).toEqual(["sex-excluded", "unpaid-excluded", "below-threshold"]);
    expect(result.issues[0]?.message).toBe("3 relevant employee(s) recorded as Other (1) or Unknown (2) sex are in no figure: the regulations define the figures for men and women only");
    expect(result.issues[1]?.message).toBe("1 record(s) with no hourly pay and not marked fullPay: false are not relevant employees and are in no figure");
  });
});

describe("genderPayGap: statuses instead of NaN", () => {
  it("no women, no men, nobody", () => {
    const men = genderPayGap([M(10), M(12, 100)]);
    expect(men.meanHourlyGap).toBeNull();
    expect(men.statuses).toEqual({ meanHourlyGap: "no-women", medianHourlyGap: "no-women", meanBonusGap: "no-women", medianBonusGap: "no-women", bonusProportions: "no-women", quartiles: "empty-bands" });
    expect(men.averages.meanHourly).toEqual({ male: 11, female: null });
    expect(men.bonusProportions).toEqual({ male: 50, female: null });
    expect(men.quartiles.lowerMiddle).toEqual({ male: null, female: null });
    expect(men.quartiles.upperMiddle).toEqual({ male: 100, female: 0 });
    expect(genderPayGap([F(10)]).statuses.meanHourlyGap).toBe("no-men");
    const none = genderPayGap([]);
    expect(none.statuses).toEqual({ meanHourlyGap: "no-men-or-women", medianHourlyGap: "no-men-or-women", meanBonusGap: "no-men-or-women", medianBonusGap: "no-men-or-women", bonusProportions: "no-men-or-women", quartiles: "no-employees" });
    expect(none.counts.quartiles.lower).toEqual({ size: 0, male: 0, female: 0 });
  });

  it("nobody paid a bonus, or only men", () => {
    const nobody = genderPayGap([M(10), F(9), M(11, 0)]);
    expect(nobody.meanBonusGap).toBeNull();
    expect(nobody.statuses.meanBonusGap).toBe("no-men-or-women");
    expect(nobody.bonusProportions).toEqual({ male: 0, female: 0 });
    expect(nobody.statuses.bonusProportions).toBe("ok");
    const menOnly = genderPayGap([M(10, 50), F(9)]);
    expect(menOnly.statuses.medianBonusGap).toBe("no-women");
    expect(menOnly.averages.medianBonus).toEqual({ male: 50, female: null });
  });

  it("a male average of 0", () => {
    const zero = genderPayGap([M(0), M(0), F(10)]);
    expect(zero.meanHourlyGap).toBeNull();
    expect(zero.statuses.meanHourlyGap).toBe("zero-male-average");
    expect(zero.averages.meanHourly).toEqual({ male: 0, female: 10 });
  });

  it("returns finite numbers or null everywhere, frozen and JSON-serialisable", () => {
    for (const people of [[], [M(0)], [F(1)], WORKED]) {
      const result = genderPayGap(people, { bootstrap: { replicates: 100 } });
      expect(Object.isFrozen(result)).toBe(true);
      expect(Object.isFrozen(result.counts.quartiles.lower)).toBe(true);
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      const numbers: unknown[] = [];
      JSON.stringify(result, (_k, v: unknown) => (typeof v === "number" && numbers.push(v), v));
      expect(numbers.every((v) => Number.isFinite(v))).toBe(true);
    }
  });
});

describe("genderPayGap: regulations, snapshot dates and issues", () => {
  it("names the regulations for a public authority (default) and a private employer", () => {
    const pub = genderPayGap(WORKED);
    expect([pub.employer, pub.regulation, pub.provisions, pub.snapshotDate]).toEqual(["public", "SI 2017/353", "Schedule 1, paragraphs 8 to 13", null]);
    const priv = genderPayGap(WORKED, { employer: "private", snapshotDate: "2023-04-05" });
    expect([priv.employer, priv.regulation, priv.provisions, priv.snapshotDate]).toEqual(["private", "SI 2017/172", "regulations 8 to 13", "2023-04-05"]);
    expect(priv.issues.map((i) => i.kind)).toEqual(["below-threshold"]);
  });

  it("warns (does not throw) on a snapshot date that is not the employer's", () => {
    const pub = genderPayGap(WORKED, { snapshotDate: "2024-04-05" });
    expect(pub.issues[0]).toEqual({ kind: "snapshot-date", message: "the snapshot date for a public employer is 31 March (SI 2017/353); 2024-04-05 was given" });
    const priv = genderPayGap(WORKED, { employer: "private", snapshotDate: "2024-03-31" });
    expect(priv.issues[0]?.message).toBe("the snapshot date for a private employer is 5 April (SI 2017/172); 2024-03-31 was given");
    expect(pub.meanHourlyGap).toBe(genderPayGap(WORKED).meanHourlyGap);
  });

  it("notes fewer than 250 records, and not 250", () => {
    const many = Array.from({ length: 250 }, (_, i) => (i % 3 === 0 ? F(10 + (i % 7)) : M(10 + (i % 5))));
    expect(genderPayGap(many).issues).toEqual([]);
    expect(genderPayGap(many.slice(1)).issues).toEqual([{ kind: "below-threshold", message: "the duty to publish applies from 250 employees on the snapshot date; 249 record(s) were given" }]);
  });
});

describe("genderPayGap: invalid input", () => {
  const call = (employees: unknown, options?: unknown) => () => genderPayGap(employees as GenderPayGapEmployee[], options as never);
  it.each([
    ["not an array", call("x"), 'genderPayGap: employees must be an array of employee records; received "x"'],
    ["a record that is not an object", call([M(1), 3]), "genderPayGap: employees[1] must be an object; received 3"],
    ["a raw sex label", call([{ sex: "M", hourlyPay: 1 }]), 'genderPayGap: employees[0].sex must be one of "Male", "Female", "Other", "Unknown"; received "M" (read raw values with classifySex)'],
    ["a missing sex", call([{ hourlyPay: 1 }]), 'genderPayGap: employees[0].sex must be one of "Male", "Female", "Other", "Unknown"; received undefined (read raw values with classifySex)'],
    ["a negative hourly pay", call([M(-1)]), "genderPayGap: employees[0].hourlyPay must not be negative; received -1"],
    ["a non-finite hourly pay", call([F(Number.NaN)]), "genderPayGap: employees[0].hourlyPay must be a finite number or null; received NaN"],
    ["a string hourly pay", call([{ sex: "Male", hourlyPay: "12.50" }]), 'genderPayGap: employees[0].hourlyPay must be a finite number or null; received "12.50"'],
    ["a negative bonus", call([M(1), M(2, -5)]), "genderPayGap: employees[1].bonus must not be negative; received -5"],
    ["a fullPay flag that is not a boolean", call([{ sex: "Male", hourlyPay: 1, fullPay: "Y" }]), 'genderPayGap: employees[0].fullPay must be true, false or null; received "Y"'],
    ["options not an object", call([], 5), "genderPayGap: options must be an object or undefined; received 5"],
    ["an unknown employer", call([], { employer: "charity" }), 'genderPayGap: options.employer must be one of "public", "private"; received "charity"'],
    ["a UK-format snapshot date", call([], { snapshotDate: "31/03/2024" }), 'genderPayGap: options.snapshotDate must be a calendar date written YYYY-MM-DD; received "31/03/2024"'],
    ["an impossible snapshot date", call([], { snapshotDate: "2024-02-30" }), 'genderPayGap: options.snapshotDate must be a calendar date written YYYY-MM-DD; received "2024-02-30"'],
    ["bootstrap: true", call([], { bootstrap: true }), "genderPayGap: options.bootstrap must be an object; received true"],
    ["too few replicates", call([], { bootstrap: { replicates: 99 } }), "genderPayGap: options.bootstrap.replicates must be a whole number from 100 to 1000000; received 99"],
    ["fractional replicates", call([], { bootstrap: { replicates: 1000.5 } }), "genderPayGap: options.bootstrap.replicates must be a whole number from 100 to 1000000; received 1000.5"],
    ["a fractional seed", call([], { bootstrap: { seed: 1.5 } }), "genderPayGap: options.bootstrap.seed must be a whole number; received 1.5"],
    ["a level in percent", call([], { bootstrap: { level: 95 } }), "genderPayGap: options.bootstrap.level must be a fraction strictly between 0 and 1; received 95 (did you mean 0.95?)"],
    ["a level of 1", call([], { bootstrap: { level: 1 } }), "genderPayGap: options.bootstrap.level must be a fraction strictly between 0 and 1; received 1"],
  ])("%s", (_name, fn, message) => {
    expect(fn).toThrow(ArgumentError);
    expect(fn).toThrow(message);
  });

  it("names the parameter on the error", () => {
    try {
      genderPayGap([M(1), { sex: "Female", hourlyPay: -2 }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RangeError);
      expect((error as ArgumentError).param).toBe("employees[1].hourlyPay");
      expect((error as ArgumentError).fn).toBe("genderPayGap");
    }
  });
});
