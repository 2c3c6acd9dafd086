import { describe, expect, it } from "vitest";
import { ArgumentError, financialQuarter, financialYear, parseMonth } from "../../src/index.js";

describe("financialQuarter", () => {
  it.each([
    [1, "2019/20 Q4"], [2, "2019/20 Q4"], [3, "2019/20 Q4"],
    [4, "2020/21 Q1"], [5, "2020/21 Q1"], [6, "2020/21 Q1"],
    [7, "2020/21 Q2"], [8, "2020/21 Q2"], [9, "2020/21 Q2"],
    [10, "2020/21 Q3"], [11, "2020/21 Q3"], [12, "2020/21 Q3"],
  ])("month %d of 2020 is in %s", (month, quarter) => {
    expect(financialQuarter({ year: 2020, month })).toBe(quarter);
    expect(financialQuarter({ year: 2020, month, day: 1 })).toBe(quarter);
  });

  it.each([
    ["2019-03-31T00:30:00Z", "2018/19 Q4"], // still 31 March in London (GMT)
    ["2019-03-31T23:00:00+00:00", "2019/20 Q1"], // 1 April in London (BST)
    ["2019-06-30T22:59:59Z", "2019/20 Q1"], // 23:59:59 BST on 30 June
    ["2019-06-30T23:00:00Z", "2019/20 Q2"], // 00:00 BST on 1 July
    ["2019-09-30T23:00:00Z", "2019/20 Q3"],
    ["2019-12-31T23:59:59Z", "2019/20 Q3"], // GMT in winter: still 31 December
    ["2020-01-01T00:00:00Z", "2019/20 Q4"],
    ["2021-10-31T00:30:00Z", "2021/22 Q3"], // 01:30 BST, the night the clocks go back
    ["2020-02-29T23:59:59Z", "2019/20 Q4"], // a leap day
    ["2099-04-01T00:00:00Z", "2099/00 Q1"],
  ])("%s is in %s", (iso, quarter) => expect(financialQuarter(new Date(iso))).toBe(quarter));

  it("agrees with financialYear for every month from 2015 to 2030", () => {
    for (let year = 2015; year <= 2030; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        expect(financialQuarter({ year, month }).startsWith(`${financialYear({ year, month })} Q`)).toBe(true);
      }
    }
  });

  it("takes a month from parseMonth: a month lies wholly in one quarter", () => {
    expect(financialQuarter(parseMonth("2023-04") as never)).toBe("2023/24 Q1");
    expect(financialQuarter(parseMonth("2024-03") as never)).toBe("2023/24 Q4");
  });

  it.each([
    [() => financialQuarter(new Date("nonsense")), /^financialQuarter: date must be a valid Date/],
    [() => financialQuarter({ year: 2020, month: 2, day: 30 }), /^financialQuarter: date.day must be a day of 2020-02; received 30/],
    [() => financialQuarter([2020, 4] as never), /date must be a Date or a \{ year, month, day\? \} object; received an array of length 2/],
    [() => financialQuarter({ year: "2020", month: 4 } as never), /date.year must be a whole number/],
  ])("%#: throws ArgumentError", (call, message) => {
    expect(call).toThrow(ArgumentError);
    expect(call).toThrow(message);
  });
});
