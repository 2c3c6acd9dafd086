import { describe, expect, it } from "vitest";
import { ArgumentError, classifyEthnicity, financialYear, parseExtractDate, parseMonth } from "../../src/index.js";
import { csvRows } from "../_helpers/sharedTables.js";

describe("financialYear", () => {
  describe("instants, by their Europe/London calendar date", () => {
    it.each([
      ["2019-03-31T00:30:00Z", "2018/19"], // 00:30 GMT, still 31 March
      ["2019-03-31T22:59:59Z", "2018/19"], // 23:59:59 BST on 31 March
      ["2019-03-31T23:00:00+00:00", "2019/20"], // 00:00 BST on 1 April
      ["2019-04-01T00:00:00+01:00", "2019/20"],
      ["2020-03-31T23:00:00Z", "2020/21"],
      ["2021-10-31T00:30:00Z", "2021/22"], // the night the clocks go back
      ["2022-03-31T22:59:59.999Z", "2021/22"],
      ["2022-03-31T23:00:00Z", "2022/23"],
      ["2019-12-31T23:59:59Z", "2019/20"],
      ["2020-01-01T00:00:00Z", "2019/20"],
      ["2020-02-29T12:00:00Z", "2019/20"], // a leap day
      ["2024-03-31T23:30:00Z", "2024/25"], // 00:30 BST on 1 April 2024
      ["2099-04-01T00:00:00Z", "2099/00"],
      ["2100-03-31T12:00:00Z", "2099/00"],
      ["2000-03-31T12:00:00Z", "1999/00"],
      ["2009-06-01T12:00:00Z", "2009/10"],
    ])("%s is in %s", (iso, year) => expect(financialYear(new Date(iso))).toBe(year));
  });

  describe("calendar dates and months, as they are", () => {
    it.each([
      [{ year: 2019, month: 3, day: 31 }, "2018/19"],
      [{ year: 2019, month: 4, day: 1 }, "2019/20"],
      [{ year: 2020, month: 2, day: 29 }, "2019/20"],
      [{ year: 2020, month: 12, day: 31 }, "2020/21"],
      [{ year: 2021, month: 1, day: 1 }, "2020/21"],
      [{ year: 2019, month: 4 }, "2019/20"],
      [{ year: 2020, month: 3 }, "2019/20"],
      [{ year: 2099, month: 4 }, "2099/00"],
      [{ year: 2100, month: 3 }, "2099/00"],
      [{ year: 1999, month: 4 }, "1999/00"],
      [{ year: 9999, month: 12 }, "9999/00"],
      [{ year: 1000, month: 1 }, "0999/00"],
    ] as const)("%j is in %s", (date, year) => expect(financialYear(date)).toBe(year));

    it("takes a month from parseMonth", () => {
      expect(financialYear(parseMonth("2021-03") as never)).toBe("2020/21");
    });
  });

  it("reproduces the derived Gwent stop-and-search counts by financial year and self-defined group", () => {
    const folder = "police-uk/gwent-stop-and-search-2019-04-to-2022-03";
    const counts = new Map<string, Map<string, number>>();
    for (let m = 0; m < 36; m += 1) {
      const month = `${2019 + Math.floor((m + 3) / 12)}-${String(((m + 3) % 12) + 1).padStart(2, "0")}`;
      if (month === "2019-08") continue; // no Gwent file (PROVENANCE)
      for (const row of csvRows(`${folder}/${month}-gwent-stop-and-search.csv`)) {
        const parsed = parseExtractDate(row["Date"], { formats: ["iso"] });
        expect(parsed?.instant, row["Date"]).not.toBeNull();
        const year = financialYear(parsed?.date as never);
        const raw = row["Self-defined ethnicity"] as string;
        const group = raw === "" ? "Blank" : classifyEthnicity(raw).ethnicity === "Unknown" ? "Not stated" : classifyEthnicity(raw).ethnicity;
        const byGroup = counts.get(year) ?? new Map<string, number>();
        byGroup.set(group, (byGroup.get(group) ?? 0) + 1);
        counts.set(year, byGroup);
      }
    }
    const derived = csvRows("police-uk/gwent_stop_and_search_counts_by_FY_selfdefined5_DERIVED.csv");
    expect([...counts.keys()].sort()).toEqual(derived.map((r) => r["financial_year"]));
    for (const row of derived) {
      const byGroup = counts.get(row["financial_year"] as string);
      for (const group of ["White", "Black", "Asian", "Mixed", "Other", "Not stated", "Blank"]) {
        expect(byGroup?.get(group) ?? 0, `${row["financial_year"]} ${group}`).toBe(Number(row[group]));
      }
    }
  });

  describe("invalid input", () => {
    it.each([
      [() => financialYear(new Date(Number.NaN)), /^financialYear: date must be a valid Date; received "Invalid Date"/],
      [() => financialYear("2019-04-01" as never), /date must be a Date or a \{ year, month, day\? \} object; received "2019-04-01" \(parse it first with parseExtractDate or parseMonth\)/],
      [() => financialYear(null as never), /date must be a Date or a \{ year, month, day\? \} object; received null/],
      [() => financialYear(20190401 as never), /date must be a Date/],
      [() => financialYear({ year: 2019, month: 13 }), /date.month must be a whole number from 1 to 12; received 13/],
      [() => financialYear({ year: 2019, month: 0 }), /date.month must be a whole number from 1 to 12/],
      [() => financialYear({ year: 2019.5, month: 4 }), /date.year must be a whole number from 1000 to 9999; received 2019.5/],
      [() => financialYear({ year: 999, month: 4 }), /date.year must be a whole number from 1000 to 9999/],
      [() => financialYear({ year: 2021, month: 2, day: 29 }), /date.day must be a day of 2021-02; received 29/],
      [() => financialYear({ year: 2021, month: 4, day: 31 }), /date.day must be a day of 2021-04/],
      [() => financialYear({ year: 2021, month: 4, day: 0 }), /date.day must be a day of 2021-04/],
      [() => financialYear(new Date(Date.UTC(10000, 5, 1))), /date must fall in the years 1000 to 9999/],
    ])("%#: throws ArgumentError", (call, message) => {
      expect(call).toThrow(ArgumentError);
      expect(call).toThrow(message);
    });
  });
});
