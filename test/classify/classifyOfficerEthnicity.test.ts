import { describe, expect, expectTypeOf, it } from "vitest";
import { ArgumentError, classifyOfficerEthnicity, type OfficerEthnicGroup, type OfficerEthnicityClassification } from "../../src/index.js";
import { csvRows } from "../_helpers/sharedTables.js";

const expectGroup = (raw: string, officerEthnicity: OfficerEthnicGroup) =>
  expect(classifyOfficerEthnicity(raw), raw).toEqual({ officerEthnicity, recognised: true });

describe("classifyOfficerEthnicity", () => {
  describe("IC codes (6+1)", () => {
    it.each([
      ["IC1", "White"],
      ["IC2", "White"],
      ["IC3", "Black"],
      ["IC4", "Asian"],
      ["IC5", "Asian"],
      ["IC6", "Other"],
      ["IC9", "Unknown"],
      ["IC0", "Unknown"],
    ] as const)("%s is %s", (code, group) => expectGroup(code, group));

    it("puts IC5 (Chinese, Japanese, Korean, South-East Asian) in Asian, beside self-defined Chinese", () => {
      expectGroup("IC5 Chinese, Japanese, Korean or other South-East Asian", "Asian");
    });

    it.each([
      ["ic1", "White"],
      [" IC 3 ", "Black"],
      ["IC4 Asian - Indian subcontinent", "Asian"],
      ["IC1 - White North European", "White"],
      ["IC2: White South European", "White"],
      ["IC6 Arab or North African", "Other"],
      ["Unknown (IC9)", "Unknown"],
      ["Black (IC3)", "Black"],
    ] as const)("reads the code in %j", (raw, group) => expectGroup(raw, group));
  });

  describe("data.police.uk labels", () => {
    it.each([["White"], ["Black"], ["Asian"], ["Other"]] as const)("%s", (label) => expectGroup(label, label));

    it.each(["white", " BLACK ", "asian", "OTHER"])("%j ignores case and spaces", (raw) => {
      expect(classifyOfficerEthnicity(raw).recognised).toBe(true);
    });

    it("reads Mixed (which officer-defined ethnicity does not have) as Other, recognised", () => {
      expectGroup("Mixed", "Other");
    });

    it("recognises every Officer-defined ethnicity value in the South Wales format sample (Gwent leaves it blank)", () => {
      const values = new Set(csvRows("police-uk/format_sample_2022-03-south-wales-stop-and-search.csv").map((r) => r["Officer-defined ethnicity"] as string));
      expect([...values].sort()).toEqual(["", "Asian", "Black", "Other", "White"]);
      for (const raw of values) expect(classifyOfficerEthnicity(raw).recognised, raw).toBe(true);
    });
  });

  describe("not stated and unrecognised values", () => {
    it.each([undefined, null, "", "  ", "Not stated", "Not recorded", "Unknown", "Not known"])("%j is Unknown and recognised", (raw) => {
      expect(classifyOfficerEthnicity(raw)).toEqual({ officerEthnicity: "Unknown", recognised: true });
    });

    it.each(["IC7", "IC8", "IC", "IC12", "W1", "Chinese", "Asian or Asian British", "ICE", "purple"])("%j is Unknown and not recognised", (raw) => {
      expect(classifyOfficerEthnicity(raw)).toEqual({ officerEthnicity: "Unknown", recognised: false });
    });
  });

  it("returns frozen plain results", () => {
    expect(Object.isFrozen(classifyOfficerEthnicity("IC1"))).toBe(true);
  });

  it.each([[3], [false], [{}]])("throws ArgumentError for %j", (raw) => {
    const call = () => classifyOfficerEthnicity(raw as never);
    expect(call).toThrow(ArgumentError);
    expect(call).toThrow(/^classifyOfficerEthnicity: raw must be a string, null or undefined/);
  });

  it("types the result without Mixed", () => {
    expectTypeOf(classifyOfficerEthnicity("IC1")).toEqualTypeOf<OfficerEthnicityClassification>();
    expectTypeOf<"Mixed">().not.toExtend<OfficerEthnicGroup>();
  });
});
