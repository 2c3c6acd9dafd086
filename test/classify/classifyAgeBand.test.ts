import { describe, expect, expectTypeOf, it } from "vitest";
import { ArgumentError, classifyAgeBand, policeUkAgeBands, type AgeBandClassification, type AgeBand } from "../../src/index.js";
import { csvRows } from "../_helpers/sharedTables.js";

const ADULTS: readonly AgeBand[] = [
  { group: "Child", from: 0, to: 17 },
  { group: "Adult", from: 18, to: null },
];

describe("classifyAgeBand", () => {
  describe("data.police.uk bands (the default)", () => {
    it.each(policeUkAgeBands.map((b) => [b.group]))("the label %s is its own band", (label) => {
      expect(classifyAgeBand(label)).toEqual({ ageBand: label, age: null, recognised: true });
    });

    it.each([["10 - 17", "10-17"], ["UNDER 10", "under 10"], [" Over  34 ", "over 34"], ["18 – 24", "18-24"], ["25-34", "25-34"]])(
      "%j matches the label %s ignoring case, spaces and dashes",
      (raw, band) => expect(classifyAgeBand(raw).ageBand).toBe(band),
    );

    it.each([
      [0, "under 10"], [9, "under 10"], [9.99, "under 10"], [10, "10-17"], [17, "10-17"], [17.9, "10-17"], [18, "18-24"],
      [24, "18-24"], [25, "25-34"], [34, "25-34"], [35, "over 34"], [101, "over 34"],
    ] as const)("the age %d is in %s", (age, band) => {
      expect(classifyAgeBand(age)).toEqual({ ageBand: band, age, recognised: true });
    });

    it.each([["25", 25, "25-34"], ["0", 0, "under 10"], [" 17 ", 17, "10-17"], ["34.5", 34.5, "25-34"]] as const)("the numeric string %j is the age %d", (raw, age, band) => {
      expect(classifyAgeBand(raw)).toEqual({ ageBand: band, age, recognised: true });
    });

    it.each([["18-20", "18-24"], ["under 5", "under 10"], ["over 64", "over 34"], ["35+", "over 34"], ["35 and over", "over 34"], ["Aged 25 to 29 years", "25-34"], ["9 and under", "under 10"]])(
      "the range %j lies within %s",
      (raw, band) => expect(classifyAgeBand(raw)).toEqual({ ageBand: band, age: null, recognised: true }),
    );

    it("recognises every Age range value in the Gwent stop-and-search files", () => {
      const rows = csvRows("police-uk/gwent-stop-and-search-2019-04-to-2022-03/2020-06-gwent-stop-and-search.csv");
      for (const raw of new Set(rows.map((r) => r["Age range"] as string))) expect(classifyAgeBand(raw).recognised, raw).toBe(true);
    });
  });

  describe("other bands", () => {
    it.each([["10-17", "Child"], ["under 10", "Child"], ["18-24", "Adult"], ["over 34", "Adult"], [17, "Child"], ["18", "Adult"], ["child", "Child"]] as const)(
      "%j is %s",
      (raw, band) => expect(classifyAgeBand(raw, ADULTS).ageBand).toBe(band),
    );

    it("cannot place a range that straddles bands, or an age outside every band", () => {
      expect(classifyAgeBand("17-19")).toEqual({ ageBand: "Unknown", age: null, recognised: false });
      expect(classifyAgeBand("10-17", [{ group: "0-15", from: 0, to: 15 }, { group: "16+", from: 16, to: null }]).recognised).toBe(false);
      expect(classifyAgeBand(70, [{ group: "18-64", from: 18, to: 64 }])).toEqual({ ageBand: "Unknown", age: 70, recognised: false });
      expect(classifyAgeBand("over 34", [{ group: "18-64", from: 18, to: 64 }]).recognised).toBe(false);
    });
  });

  describe("blank and unrecognised values", () => {
    it.each([undefined, null, "", "  "])("%j is not stated: Unknown and recognised", (raw) => {
      expect(classifyAgeBand(raw)).toEqual({ ageBand: "Unknown", age: null, recognised: true });
    });

    it.each(["ten", "10-", "-5", "17-10", "under 0", "25 years old", "1e2", -1, Number.NaN, Infinity])("%j is Unknown and not recognised", (raw) => {
      expect(classifyAgeBand(raw)).toEqual({ ageBand: "Unknown", age: null, recognised: false });
    });
  });

  it("returns frozen results", () => {
    expect(Object.isFrozen(classifyAgeBand(20))).toBe(true);
  });

  describe("invalid input", () => {
    it.each([
      [() => classifyAgeBand(true as never), /^classifyAgeBand: value must be a string, a number, null or undefined; received true/],
      [() => classifyAgeBand({} as never), /value must be a string, a number, null or undefined/],
      [() => classifyAgeBand("10", []), /^classifyAgeBand: bands must be a non-empty array of \{ group, from, to \}/],
      [() => classifyAgeBand("10", [{ group: "a", from: 2, to: 1 }]), /bands\[0\] must be \{ group, from, to \} with whole ages/],
      [() => classifyAgeBand("10", [{ group: "a", from: 0, to: 10 }, { group: "b", from: 10, to: null }]), /bands\[1\] must not overlap bands\[0\] \("a"\); received "b"/],
    ])("%#: throws ArgumentError", (call, message) => {
      expect(call).toThrow(ArgumentError);
      expect(call).toThrow(message);
    });
  });

  it("types the result", () => {
    expectTypeOf(classifyAgeBand(3)).toEqualTypeOf<AgeBandClassification>();
  });
});
