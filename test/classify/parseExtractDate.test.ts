import { describe, expect, expectTypeOf, it } from "vitest";
import { ArgumentError, parseExtractDate, type ExtractDate } from "../../src/index.js";
import { csvRows } from "../_helpers/sharedTables.js";

/** [year, month, day] and the instant's ISO string (or null) of a parsed value. */
function parts(raw: string | number, formats?: ("iso" | "uk" | "excel")[]) {
  const parsed = parseExtractDate(raw, formats ? { formats } : undefined);
  return parsed && { date: [parsed.date.year, parsed.date.month, parsed.date.day], instant: parsed.instant?.toISOString() ?? null };
}

describe("parseExtractDate", () => {
  describe("ISO 8601", () => {
    it.each([
      // data.police.uk: offset date-times, placed on the London calendar
      ["2019-03-31T23:00:00+00:00", [2019, 4, 1], "2019-03-31T23:00:00.000Z"], // 00:00 BST, 1 April
      ["2019-03-31T00:30:00Z", [2019, 3, 31], "2019-03-31T00:30:00.000Z"], // 00:30 GMT, still 31 March
      ["2019-03-31T01:30:00Z", [2019, 3, 31], "2019-03-31T01:30:00.000Z"], // 02:30 BST, just after the change
      ["2021-10-30T23:30:00Z", [2021, 10, 31], "2021-10-30T23:30:00.000Z"], // 00:30 BST on 31 October
      ["2021-10-31T00:30:00Z", [2021, 10, 31], "2021-10-31T00:30:00.000Z"], // 01:30 BST, before the clocks go back
      ["2021-10-31T01:30:00Z", [2021, 10, 31], "2021-10-31T01:30:00.000Z"], // 01:30 GMT, after
      ["2019-12-31T23:30:00Z", [2019, 12, 31], "2019-12-31T23:30:00.000Z"], // GMT in winter: the same day
      ["2020-02-29T23:59:59Z", [2020, 2, 29], "2020-02-29T23:59:59.000Z"], // a leap day
      ["2020-02-29T12:00:00+14:00", [2020, 2, 28], "2020-02-28T22:00:00.000Z"],
      ["2019-06-01T00:00:00+01:00", [2019, 6, 1], "2019-05-31T23:00:00.000Z"],
      ["2019-06-01T00:00:00-0500", [2019, 6, 1], "2019-06-01T05:00:00.000Z"],
      ["2019-06-01T10:15+01", [2019, 6, 1], "2019-06-01T09:15:00.000Z"],
      ["2019-06-01 10:15:30.123456Z", [2019, 6, 1], "2019-06-01T10:15:30.123Z"],
      ["2019-06-01T10:15:30.57Z", [2019, 6, 1], "2019-06-01T10:15:30.570Z"],
      ["2019-06-01T10:15:30,5Z", [2019, 6, 1], "2019-06-01T10:15:30.500Z"],
      ["2019-06-01t10:15:30z", [2019, 6, 1], "2019-06-01T10:15:30.000Z"],
      // dates alone, and local date-times in London time
      ["2021-04-01", [2021, 4, 1], null],
      ["2024-02-29", [2024, 2, 29], null],
      ["2021-04-01T10:00:00", [2021, 4, 1], "2021-04-01T09:00:00.000Z"], // BST
      ["2021-01-15T10:00", [2021, 1, 15], "2021-01-15T10:00:00.000Z"], // GMT
      ["2021-10-31T01:30:00", [2021, 10, 31], "2021-10-31T00:30:00.000Z"], // happens twice: the first (BST)
      ["2021-03-28T01:30:00", [2021, 3, 28], "2021-03-28T01:30:00.000Z"], // never happens: read as 02:30 BST
    ] as const)("%s", (raw, date, instant) => {
      expect(parts(raw)).toEqual({ date, instant });
    });

    it.each(["2021-02-29", "2021-13-01", "2021-04-31", "2021-04-00", "2021-04-01T24:00:00Z", "2021-04-01T10:60Z", "2021-04-01T10:00:60Z", "2021-04-01T10:00:00+25:00", "0999-01-01", "2021-4-1", "2021-04-01T", "2021-04-01Z"])(
      "%s gives null",
      (raw) => expect(parseExtractDate(raw)).toBeNull(),
    );

    it("reads every Date in a Gwent stop-and-search file, and places the first rows of April in April", () => {
      const rows = csvRows("police-uk/gwent-stop-and-search-2019-04-to-2022-03/2019-04-gwent-stop-and-search.csv");
      for (const row of rows) expect(parseExtractDate(row["Date"], { formats: ["iso"] })?.instant, row["Date"]).toBeInstanceOf(Date);
      const months = new Set(rows.map((row) => parseExtractDate(row["Date"])?.date.month));
      expect([...months]).toEqual([4]);
    });
  });

  describe("UK dd/mm/yyyy", () => {
    it.each([
      ["01/04/2021", [2021, 4, 1], null],
      ["1/4/2021", [2021, 4, 1], null],
      ["31/12/2020", [2020, 12, 31], null],
      ["29/02/2020", [2020, 2, 29], null],
      ["01-04-2021", [2021, 4, 1], null],
      ["01.04.2021", [2021, 4, 1], null],
      ["01/04/2021 10:00", [2021, 4, 1], "2021-04-01T09:00:00.000Z"], // BST
      ["15/01/2021 10:00:30", [2021, 1, 15], "2021-01-15T10:00:30.000Z"], // GMT
      ["31/03/2019 23:30", [2019, 3, 31], "2019-03-31T22:30:00.000Z"], // London time: still 31 March
      ["27/10/2019 01:30", [2019, 10, 27], "2019-10-27T00:30:00.000Z"], // happens twice: the first (BST)
      ["31/03/2019 01:30", [2019, 3, 31], "2019-03-31T01:30:00.000Z"], // never happens: read as 02:30 BST
      ["1/4/2021 9:05", [2021, 4, 1], "2021-04-01T08:05:00.000Z"],
    ] as const)("%s", (raw, date, instant) => {
      expect(parts(raw)).toEqual({ date, instant });
    });

    it.each(["31/02/2021", "29/02/2021", "31/04/2021", "00/04/2021", "01/13/2021", "01/04/21", "01/04-2021", "01/04/2021 24:00", "01/04/2021 10:60", "04/01/2021T", "2021/04/01"])(
      "%s gives null",
      (raw) => expect(parseExtractDate(raw)).toBeNull(),
    );
  });

  describe("Excel serial day numbers (1900 date system)", () => {
    it.each([
      ["44287", [2021, 4, 1], null],
      [44287, [2021, 4, 1], null],
      ["43921", [2020, 3, 31], null],
      ["43890", [2020, 2, 29], null],
      ["1", [1900, 1, 1], null],
      ["59", [1900, 2, 28], null], // the last real day before Excel's fictitious 29 February 1900
      ["61", [1900, 3, 1], null], // and the first after it
      ["2958465", [9999, 12, 31], null],
      ["44287.75", [2021, 4, 1], "2021-04-01T17:00:00.000Z"], // 18:00 BST
      [44211.5, [2021, 1, 15], "2021-01-15T12:00:00.000Z"], // 12:00 GMT
      ["44287.0", [2021, 4, 1], null],
      [44287.99999999, [2021, 4, 1], "2021-04-01T22:59:59.999Z"],
      [44287.9999999999, [2021, 4, 2], "2021-04-01T23:00:00.000Z"], // rounds to the next midnight
    ] as const)("%j", (raw, date, instant) => {
      expect(parts(raw)).toEqual({ date, instant });
    });

    it.each(["60", 60, 60.5, "0", 0, 0.5, -1, "2958466", Number.NaN, Infinity, "44287.", "4.4287e4"])("%j gives null (60 is Excel's fictitious 29 February 1900)", (raw) => {
      expect(parseExtractDate(raw)).toBeNull();
    });
  });

  describe("formats", () => {
    it("tries only the formats given", () => {
      expect(parseExtractDate("44287", { formats: ["iso", "uk"] })).toBeNull();
      expect(parseExtractDate(44287, { formats: ["iso"] })).toBeNull();
      expect(parseExtractDate("01/04/2021", { formats: ["iso", "excel"] })).toBeNull();
      expect(parseExtractDate("2021-04-01", { formats: ["uk"] })).toBeNull();
      expect(parts("01/04/2021", ["uk"])).toEqual({ date: [2021, 4, 1], instant: null });
    });
  });

  it.each([undefined, null, "", "  ", "yesterday", "April 2021", "2021-04", "1st April 2021"])("%j gives null", (raw) => {
    expect(parseExtractDate(raw)).toBeNull();
  });

  it("reads a bare year as an Excel serial unless excel is left out", () => {
    expect(parts("2021")).toEqual({ date: [1905, 7, 13], instant: null });
    expect(parseExtractDate("2021", { formats: ["iso", "uk"] })).toBeNull();
  });

  it("returns frozen plain results", () => {
    const parsed = parseExtractDate("2021-04-01T10:00:00Z") as ExtractDate;
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(Object.isFrozen(parsed.date)).toBe(true);
    expect(JSON.parse(JSON.stringify(parsed))).toEqual({ date: { year: 2021, month: 4, day: 1 }, instant: "2021-04-01T10:00:00.000Z" });
  });

  describe("invalid input", () => {
    it.each([
      [() => parseExtractDate(true as never), /^parseExtractDate: raw must be a string, a number, null or undefined; received true/],
      [() => parseExtractDate(new Date() as never), /raw must be a string/],
      [() => parseExtractDate("2021-04-01", { formats: [] }), /^parseExtractDate: options.formats must be a non-empty array of "iso", "uk" and "excel"; received an array of length 0/],
      [() => parseExtractDate("2021-04-01", { formats: ["us" as never] }), /options.formats must be a non-empty array/],
      [() => parseExtractDate("2021-04-01", { formats: "iso" as never }), /options.formats must be a non-empty array/],
      [() => parseExtractDate("2021-04-01", "iso" as never), /options must be an object or undefined/],
    ])("%#: throws ArgumentError", (call, message) => {
      expect(call).toThrow(ArgumentError);
      expect(call).toThrow(message);
    });
  });

  it("types the result", () => {
    expectTypeOf(parseExtractDate("x")).toEqualTypeOf<ExtractDate | null>();
  });
});
