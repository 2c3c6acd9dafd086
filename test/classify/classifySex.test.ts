import { describe, expect, expectTypeOf, it } from "vitest";
import { ArgumentError, classifySex, type Sex, type SexClassification } from "../../src/index.js";
import { csvRows } from "../_helpers/sharedTables.js";

describe("classifySex", () => {
  it.each([
    ["Male", "Male"], ["M", "Male"], ["Man", "Male"],
    ["Female", "Female"], ["F", "Female"], ["Woman", "Female"],
    ["Other", "Other"], ["Non-binary", "Other"], ["Nonbinary", "Other"], ["Non binary", "Other"], ["X", "Other"],
    ["Not stated", "Unknown"], ["Unknown", "Unknown"], ["U", "Unknown"], ["Not known", "Unknown"],
    ["Not recorded", "Unknown"], ["Prefer not to say", "Unknown"], ["NS", "Unknown"],
  ] as const)("%s is %s", (raw, sex) => {
    expect(classifySex(raw)).toEqual({ sex, recognised: true });
  });

  it.each([["male", "Male"], [" FEMALE ", "Female"], ["m", "Male"], ["f", "Female"], ["non  binary", "Other"], ["NON-BINARY", "Other"], ["not  STATED", "Unknown"], ["Non–binary", "Other"]] as const)(
    "%j ignores case, spaces and the kind of dash",
    (raw, sex) => expect(classifySex(raw)).toEqual({ sex, recognised: true }),
  );

  it.each([undefined, null, "", " "])("%j is not stated: Unknown and recognised", (raw) => {
    expect(classifySex(raw)).toEqual({ sex: "Unknown", recognised: true });
  });

  it.each(["Q", "Mal", "Males", "1", "Boy", "Female?"])("%j is Unknown and not recognised", (raw) => {
    expect(classifySex(raw)).toEqual({ sex: "Unknown", recognised: false });
  });

  it("recognises every Gender value in the Gwent stop-and-search files and the South Wales sample", () => {
    const rows = [
      ...csvRows("police-uk/gwent-stop-and-search-2019-04-to-2022-03/2019-04-gwent-stop-and-search.csv"),
      ...csvRows("police-uk/format_sample_2022-03-south-wales-stop-and-search.csv"),
    ];
    for (const raw of new Set(rows.map((r) => r["Gender"] as string))) expect(classifySex(raw).recognised, raw).toBe(true);
  });

  it("returns frozen results", () => {
    expect(Object.isFrozen(classifySex("M"))).toBe(true);
    expect(Object.isFrozen(classifySex(""))).toBe(true);
  });

  it.each([[1], [true], [["M"]]])("throws ArgumentError for %j", (raw) => {
    const call = () => classifySex(raw as never);
    expect(call).toThrow(ArgumentError);
    expect(call).toThrow(/^classifySex: raw must be a string, null or undefined/);
  });

  it("types the result", () => {
    expectTypeOf(classifySex("M")).toEqualTypeOf<SexClassification>();
    expectTypeOf(classifySex("M").sex).toEqualTypeOf<Sex>();
  });
});
