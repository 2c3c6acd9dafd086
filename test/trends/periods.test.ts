import { TZDate } from "@date-fns/tz";
import { addDays, differenceInCalendarDays, format, lastDayOfMonth, subMonths } from "date-fns";
import { describe, expect, it } from "vitest";
import { exposure, financialQuarter, financialYear, financialYearToDate, monthKey, previousQuarter, quarterRange, rolling12Months, sameQuarterLastYear } from "../../src/index.js";
import { thrownMessage } from "../_helpers/resultMismatches.js";

const day = (year: number, month: number, d: number) => ({ year, month, day: d });
const values = (range: { from: object; to: object }) => [Object.values(range.from), Object.values(range.to)];
const london = (instant: Date) => new TZDate(instant.getTime(), "Europe/London");

describe("monthKey", () => {
  it("reads a Date on the Europe/London calendar, around both clock changes and New Year", () => {
    expect(monthKey(new Date("2019-03-31T23:00:00Z"))).toBe("2019-04"); // midnight BST, 1 April
    expect(monthKey(new Date("2019-03-31T22:59:59Z"))).toBe("2019-03");
    expect(monthKey(new Date("2019-10-31T23:30:00Z"))).toBe("2019-10"); // GMT again: still 31 October
    expect(monthKey(new Date("2019-09-30T23:30:00Z"))).toBe("2019-10"); // BST: 00:30 on 1 October
    expect(monthKey(new Date("2019-12-31T23:59:59Z"))).toBe("2019-12");
    expect(monthKey(new Date("2020-01-01T00:00:00Z"))).toBe("2020-01");
  });

  it("agrees with date-fns' format in Europe/London at every hour of 2019–2021", () => {
    for (let t = Date.UTC(2019, 0, 1); t < Date.UTC(2022, 0, 1); t += 3_600_000 + 61_000) {
      const instant = new Date(t);
      expect(monthKey(instant)).toBe(format(london(instant), "yyyy-MM"));
    }
  });

  it("takes calendar dates and months as they are", () => {
    expect(monthKey(day(2020, 2, 29))).toBe("2020-02");
    expect(monthKey({ year: 1999, month: 12 })).toBe("1999-12");
  });

  it("rejects invalid dates", () => {
    expect(thrownMessage(() => monthKey(new Date("nope")))).toBe('monthKey: date must be a valid Date; received "Invalid Date"');
    expect(thrownMessage(() => monthKey(day(2019, 2, 29)))).toBe("monthKey: date.day must be a day of 2019-02; received 29");
    expect(thrownMessage(() => monthKey("2019-04" as never))).toBe('monthKey: date must be a Date or a { year, month, day? } object; received "2019-04" (parse it first with parseExtractDate or parseMonth)');
  });
});

describe("quarter arithmetic", () => {
  it("steps back a quarter across the financial year end", () => {
    expect(previousQuarter("2019/20 Q1")).toBe("2018/19 Q4");
    expect(previousQuarter("2019/20 Q2")).toBe("2019/20 Q1");
    expect(previousQuarter("2000/01 Q1")).toBe("1999/00 Q4");
    expect(previousQuarter("2100/01 Q1")).toBe("2099/00 Q4");
  });

  it("finds the same quarter a year earlier", () => {
    expect(sameQuarterLastYear("2020/21 Q3")).toBe("2019/20 Q3");
    expect(sameQuarterLastYear("2000/01 Q1")).toBe("1999/00 Q1");
  });

  it("agrees with financialQuarter of dates three and twelve months earlier (date-fns subMonths)", () => {
    for (let m = 0; m < 48; m++) {
      const date = new TZDate(2019, 3 + m, 15, "Europe/London");
      const label = financialQuarter(date);
      expect(previousQuarter(label)).toBe(financialQuarter(subMonths(date, 3)));
      expect(sameQuarterLastYear(label)).toBe(financialQuarter(subMonths(date, 12)));
    }
  });

  it("lists an inclusive range of quarters", () => {
    expect(quarterRange("2019/20 Q4", "2019/20 Q4")).toEqual(["2019/20 Q4"]);
    expect(quarterRange("2019/20 Q4", "2020/21 Q1")).toEqual(["2019/20 Q4", "2020/21 Q1"]);
    const range = quarterRange("2019/20 Q1", "2021/22 Q4");
    expect(range).toHaveLength(12);
    expect(range.map((q) => q.slice(0, 7))).toEqual(["2019/20", "2019/20", "2019/20", "2019/20", "2020/21", "2020/21", "2020/21", "2020/21", "2021/22", "2021/22", "2021/22", "2021/22"]);
    expect(range.slice(1).every((q, i) => previousQuarter(q) === range[i])).toBe(true);
  });

  it("rejects anything but quarter labels, and results out of range", () => {
    expect(thrownMessage(() => previousQuarter("2019/21 Q1"))).toBe('previousQuarter: quarter must be a financial quarter label such as "2019/20 Q1"; received "2019/21 Q1"');
    expect(thrownMessage(() => previousQuarter("2019/20 Q5"))).toBe('previousQuarter: quarter must be a financial quarter label such as "2019/20 Q1"; received "2019/20 Q5"');
    expect(thrownMessage(() => previousQuarter("2019/20"))).toBe('previousQuarter: quarter must be a financial quarter label such as "2019/20 Q1"; received "2019/20"');
    expect(thrownMessage(() => previousQuarter(20192 as never))).toBe('previousQuarter: quarter must be a financial quarter label such as "2019/20 Q1"; received 20192');
    expect(thrownMessage(() => previousQuarter("1000/01 Q1"))).toBe('previousQuarter: quarter must leave a result within 1000/01 Q1 to 9999/00 Q4; received "1000/01 Q1"');
    expect(thrownMessage(() => sameQuarterLastYear("1000/01 Q4"))).toBe('sameQuarterLastYear: quarter must leave a result within 1000/01 Q1 to 9999/00 Q4; received "1000/01 Q4"');
    expect(thrownMessage(() => sameQuarterLastYear(" 2019/20 Q1"))).toBe('sameQuarterLastYear: quarter must be a financial quarter label such as "2019/20 Q1"; received " 2019/20 Q1"');
    expect(thrownMessage(() => quarterRange("2020/21 Q1", "2019/20 Q4"))).toBe('quarterRange: to must not be before from (2020/21 Q1); received "2019/20 Q4"');
    expect(thrownMessage(() => quarterRange("2020/21", "2021/22 Q1"))).toBe('quarterRange: from must be a financial quarter label such as "2019/20 Q1"; received "2020/21"');
    expect(thrownMessage(() => quarterRange("2020/21 Q1", "x"))).toBe('quarterRange: to must be a financial quarter label such as "2019/20 Q1"; received "x"');
  });
});

describe("financialYearToDate", () => {
  it("runs from 1 April to the date, across the year end", () => {
    expect(values(financialYearToDate(day(2020, 3, 31)))).toEqual([[2019, 4, 1], [2020, 3, 31]]);
    expect(values(financialYearToDate(day(2020, 4, 1)))).toEqual([[2020, 4, 1], [2020, 4, 1]]);
    expect(values(financialYearToDate(day(2021, 1, 5)))).toEqual([[2020, 4, 1], [2021, 1, 5]]);
    expect(values(financialYearToDate({ year: 2024, month: 2 }))).toEqual([[2023, 4, 1], [2024, 2, 29]]);
    expect(values(financialYearToDate({ year: 2023, month: 2 }))).toEqual([[2022, 4, 1], [2023, 2, 28]]);
  });

  it("places a Date by its London date at the clock change on 31 March / 1 April", () => {
    // 2020-03-29 was the spring clock change; by 31 March London is on BST.
    expect(values(financialYearToDate(new Date("2020-03-31T22:59:00Z")))).toEqual([[2019, 4, 1], [2020, 3, 31]]);
    expect(values(financialYearToDate(new Date("2020-03-31T23:30:00Z")))).toEqual([[2020, 4, 1], [2020, 4, 1]]);
    // In winter (GMT) UTC midnight is London midnight.
    expect(values(financialYearToDate(new Date("2021-01-31T23:30:00Z")))).toEqual([[2020, 4, 1], [2021, 1, 31]]);
  });

  it("starts in the financial year financialYear gives, and is frozen", () => {
    const range = financialYearToDate(day(2019, 12, 25));
    expect(financialYear(range.from)).toBe(financialYear(range.to));
    expect(Object.isFrozen(range) && Object.isFrozen(range.from) && Object.isFrozen(range.to)).toBe(true);
  });

  it("rejects invalid dates", () => {
    expect(thrownMessage(() => financialYearToDate(day(2021, 2, 29)))).toBe("financialYearToDate: date.day must be a day of 2021-02; received 29");
    expect(thrownMessage(() => financialYearToDate(null as never))).toBe("financialYearToDate: date must be a Date or a { year, month, day? } object; received null");
  });
});

describe("rolling12Months", () => {
  it("ends on the date and starts the day after the same date a year earlier", () => {
    expect(values(rolling12Months(day(2020, 3, 31)))).toEqual([[2019, 4, 1], [2020, 3, 31]]);
    expect(values(rolling12Months(day(2020, 2, 29)))).toEqual([[2019, 3, 1], [2020, 2, 29]]);
    expect(values(rolling12Months(day(2021, 2, 28)))).toEqual([[2020, 2, 29], [2021, 2, 28]]);
    expect(values(rolling12Months(day(2020, 1, 1)))).toEqual([[2019, 1, 2], [2020, 1, 1]]);
    expect(values(rolling12Months({ year: 2021, month: 12 }))).toEqual([[2021, 1, 1], [2021, 12, 31]]);
  });

  it("agrees with date-fns (subMonths, addDays, lastDayOfMonth) for every month end of 2016–2024", () => {
    for (let m = 0; m < 108; m++) {
      const end = lastDayOfMonth(new TZDate(2016, m, 1, "UTC"));
      const to = { year: end.getFullYear(), month: end.getMonth() + 1 };
      const start = addDays(subMonths(end, 12), 1);
      const range = rolling12Months(to);
      expect(values(range)).toEqual([[start.getFullYear(), start.getMonth() + 1, start.getDate()], [to.year, to.month, end.getDate()]]);
      const days = differenceInCalendarDays(end, start) + 1;
      expect(exposure(365.25, range)).toBeCloseTo(days, 9);
      expect([365, 366]).toContain(days);
    }
  });

  it("uses the London date of a Date at the autumn clock change", () => {
    // 2021-10-31: clocks go back at 01:00 UTC; 23:30 UTC on 30 October is 00:30 BST on the 31st.
    expect(values(rolling12Months(new Date("2021-10-30T23:30:00Z")))).toEqual([[2020, 11, 1], [2021, 10, 31]]);
  });

  it("rejects invalid dates", () => {
    expect(thrownMessage(() => rolling12Months({ year: 2021, month: 13 }))).toBe("rolling12Months: date.month must be a whole number from 1 to 12; received 13");
  });
});

describe("exposure", () => {
  it("gives person-years for labelled periods, months and spans", () => {
    expect(exposure(1000, "2019/20")).toBe(1000);
    expect(exposure(1000, "2019/20 Q4")).toBe(250);
    expect(exposure(1200, "2020-02")).toBe(100);
    expect(exposure(1200, { months: 11 })).toBe(1100);
    expect(exposure(365.25, { from: day(2019, 4, 1), to: day(2019, 4, 1) })).toBe(1);
    expect(exposure(365.25, { from: day(2020, 2, 28), to: day(2020, 3, 1) })).toBe(3); // leap day counted
    expect(exposure(365.25, { from: day(2021, 2, 28), to: day(2021, 3, 1) })).toBe(2);
    // The spring clock-change day is a whole calendar day, not 23 hours.
    expect(exposure(365.25, { from: day(2020, 3, 29), to: day(2020, 3, 29) })).toBe(1);
    expect(exposure(365.25, financialYearToDate(day(2021, 3, 31)))).toBe(365);
  });

  it("makes a quarter's rate comparable with a year's: four equal quarters give the annual rate", () => {
    const quarters = quarterRange("2019/20 Q1", "2019/20 Q4").map((q) => exposure(3185, q));
    expect(quarters.reduce((a, b) => a + b, 0)).toBe(exposure(3185, "2019/20"));
  });

  it("rejects bad populations and periods", () => {
    expect(thrownMessage(() => exposure(0, "2019/20"))).toBe("exposure: population must be greater than 0; received 0");
    expect(thrownMessage(() => exposure(Number.NaN, "2019/20"))).toBe("exposure: population must be a finite number; received NaN");
    expect(thrownMessage(() => exposure(10, "2019/21"))).toBe('exposure: period must be a financial year ("2019/20"), a quarter ("2019/20 Q1"), a month ("2019-04"), { months } or { from, to }; received "2019/21"');
    expect(thrownMessage(() => exposure(10, { months: 1.5 }))).toBe("exposure: period.months must be a whole number; received 1.5");
    expect(thrownMessage(() => exposure(10, { months: 0 }))).toBe("exposure: period.months must be greater than 0; received 0");
    expect(thrownMessage(() => exposure(10, { from: day(2020, 4, 2), to: day(2020, 4, 1) }))).toBe("exposure: period.to must not be before period.from; received a value of type object");
    expect(thrownMessage(() => exposure(10, { from: { year: 2020, month: 4 }, to: day(2020, 4, 1) } as never))).toBe("exposure: period.from.day must be given (a { year, month, day } date); received undefined");
    expect(thrownMessage(() => exposure(10, { from: day(2020, 4, 31), to: day(2020, 5, 1) }))).toBe("exposure: period.from must be a calendar date { year, month, day } in the years 1000 to 9999; received a value of type object");
    expect(thrownMessage(() => exposure(10, null as never))).toBe("exposure: period must be an object; received null");
  });
});
