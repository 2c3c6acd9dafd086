import { describe, expect, expectTypeOf, it } from "vitest";
import { ArgumentError, parseMonth, type YearMonth } from "../../src/index.js";
import { sharedFile } from "../_helpers/sharedData.js";

describe("parseMonth", () => {
  it.each([
    ["2019-04", 2019, 4],
    ["2023-12", 2023, 12],
    [" 2024-01 ", 2024, 1],
  ])("%j is %d-%d", (raw, year, month) => {
    expect(parseMonth(raw)).toEqual({ year, month });
  });

  it.each([undefined, null, "", "2019-13", "2019-00", "2019-4", "19-04", "2019-04-01", "2019/04", "04/2019", "April 2019", "0999-01"])("%j gives null", (raw) => {
    expect(parseMonth(raw)).toBeNull();
  });

  it("reads every Month in Gwent's street-level crime and outcomes files", () => {
    for (const file of ["police-uk/gwent-street-2023-04-to-2024-03/2023-04-gwent-street.csv", "police-uk/gwent-outcomes-2024-01-to-2024-03/2024-02-gwent-outcomes.csv"]) {
      // These files have no quoted fields (FINDINGS §2a, §2b); Month is the second column.
      const [header, ...lines] = sharedFile(file).split(/\r?\n/).filter((l) => l !== "");
      expect(header?.split(",")[1]).toBe("Month");
      const months = new Set(lines.map((line) => line.split(",")[1] as string));
      expect(months.size).toBe(1);
      for (const month of months) expect(parseMonth(month), month).toEqual({ year: Number(file.match(/\/(\d{4})-/)?.[1]), month: Number(file.match(/\/\d{4}-(\d{2})-/)?.[1]) });
    }
  });

  it("returns frozen results", () => {
    expect(Object.isFrozen(parseMonth("2020-01"))).toBe(true);
  });

  it.each([[202001], [{}], [true]])("throws ArgumentError for %j", (raw) => {
    const call = () => parseMonth(raw as never);
    expect(call).toThrow(ArgumentError);
    expect(call).toThrow(/^parseMonth: raw must be a string, null or undefined/);
  });

  it("types the result", () => {
    expectTypeOf(parseMonth("2020-01")).toEqualTypeOf<YearMonth | null>();
  });
});
