import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import { ArgumentError, classifyEthnicity, type EthnicGroup, type EthnicityClassification } from "../../src/index.js";
import { SHARED_DATA } from "../_helpers/sharedData.js";
import { csvRows } from "../_helpers/sharedTables.js";

const W1 = "English, Welsh, Scottish, Northern Irish or British";
type Expected = readonly [EthnicGroup, string | null];

/** Asserts a raw value classifies to the group and detailed label, recognised. */
function expectClass(raw: string, [ethnicity, ethnicityDetailed]: Expected) {
  expect(classifyEthnicity(raw), raw).toEqual({ ethnicity, ethnicityDetailed, recognised: true });
}

// Self-defined 16+1 (2001 Census based; FINDINGS §5).
const CODES_16: readonly (readonly [string, ...Expected])[] = [
  ["W1", "White", W1],
  ["W2", "White", "Irish"],
  ["W9", "White", "Other White"],
  ["M1", "Mixed", "White and Black Caribbean"],
  ["M2", "Mixed", "White and Black African"],
  ["M3", "Mixed", "White and Asian"],
  ["M9", "Mixed", "Other Mixed or Multiple ethnic groups"],
  ["A1", "Asian", "Indian"],
  ["A2", "Asian", "Pakistani"],
  ["A3", "Asian", "Bangladeshi"],
  ["A9", "Asian", "Other Asian"],
  ["B1", "Black", "Caribbean"],
  ["B2", "Black", "African"],
  ["B9", "Black", "Other Black"],
  ["O1", "Asian", "Chinese"],
  ["O9", "Other", "Any other ethnic group"],
  ["NS", "Unknown", null],
];

// Self-defined 18+1 (2011 Census based): 16+1 plus W3 and O2, with A4 for Chinese instead of O1.
const CODES_18: readonly (readonly [string, ...Expected])[] = [
  ...CODES_16.filter(([code]) => code !== "O1"),
  ["W3", "White", "Gypsy or Irish Traveller"],
  ["A4", "Asian", "Chinese"],
  ["O2", "Other", "Arab"],
];

// The 19 data.police.uk stop-and-search labels, exactly as in FINDINGS §2c.
const POLICE_UK: readonly (readonly [string, ...Expected])[] = [
  ["White - English/Welsh/Scottish/Northern Irish/British", "White", W1],
  ["White - Irish", "White", "Irish"],
  ["White - Gypsy or Irish Traveller", "White", "Gypsy or Irish Traveller"],
  ["White - Any other White background", "White", "Other White"],
  ["Mixed/Multiple ethnic groups - White and Black Caribbean", "Mixed", "White and Black Caribbean"],
  ["Mixed/Multiple ethnic groups - White and Black African", "Mixed", "White and Black African"],
  ["Mixed/Multiple ethnic groups - White and Asian", "Mixed", "White and Asian"],
  ["Mixed/Multiple ethnic groups - Any other Mixed/Multiple ethnic background", "Mixed", "Other Mixed or Multiple ethnic groups"],
  ["Asian/Asian British - Indian", "Asian", "Indian"],
  ["Asian/Asian British - Pakistani", "Asian", "Pakistani"],
  ["Asian/Asian British - Bangladeshi", "Asian", "Bangladeshi"],
  ["Asian/Asian British - Chinese", "Asian", "Chinese"],
  ["Asian/Asian British - Any other Asian background", "Asian", "Other Asian"],
  ["Black/African/Caribbean/Black British - African", "Black", "African"],
  ["Black/African/Caribbean/Black British - Caribbean", "Black", "Caribbean"],
  ["Black/African/Caribbean/Black British - Any other Black/African/Caribbean background", "Black", "Other Black"],
  ["Other ethnic group - Arab", "Other", "Arab"],
  ["Other ethnic group - Any other ethnic group", "Other", "Any other ethnic group"],
  ["Other ethnic group - Not stated", "Unknown", null],
];

// The ONS 2021 19 categories, exactly as in FINDINGS §1c.
const ONS_2021: readonly (readonly [string, string, ...Expected])[] = [
  ["Asian, Asian British or Asian Welsh", "Bangladeshi", "Asian", "Bangladeshi"],
  ["Asian, Asian British or Asian Welsh", "Chinese", "Asian", "Chinese"],
  ["Asian, Asian British or Asian Welsh", "Indian", "Asian", "Indian"],
  ["Asian, Asian British or Asian Welsh", "Pakistani", "Asian", "Pakistani"],
  ["Asian, Asian British or Asian Welsh", "Other Asian", "Asian", "Other Asian"],
  ["Black, Black British, Black Welsh, Caribbean or African", "African", "Black", "African"],
  ["Black, Black British, Black Welsh, Caribbean or African", "Caribbean", "Black", "Caribbean"],
  ["Black, Black British, Black Welsh, Caribbean or African", "Other Black", "Black", "Other Black"],
  ["Mixed or Multiple ethnic groups", "White and Asian", "Mixed", "White and Asian"],
  ["Mixed or Multiple ethnic groups", "White and Black African", "Mixed", "White and Black African"],
  ["Mixed or Multiple ethnic groups", "White and Black Caribbean", "Mixed", "White and Black Caribbean"],
  ["Mixed or Multiple ethnic groups", "Other Mixed or Multiple ethnic groups", "Mixed", "Other Mixed or Multiple ethnic groups"],
  ["White", "English, Welsh, Scottish, Northern Irish or British", "White", W1],
  ["White", "Gypsy or Irish Traveller", "White", "Gypsy or Irish Traveller"],
  ["White", "Irish", "White", "Irish"],
  ["White", "Roma", "White", "Roma"],
  ["White", "Other White", "White", "Other White"],
  ["Other ethnic group", "Arab", "Other", "Arab"],
  ["Other ethnic group", "Any other ethnic group", "Other", "Any other ethnic group"],
];

// Gwent's 2016/17 publication: 16+1 codes with Gwent's own labels, and its extras (FINDINGS §3c, §5).
const GWENT: readonly (readonly [string, ...Expected])[] = [
  ["A1 Asian Indian", "Asian", "Indian"],
  ["A2 Asian Pakistani", "Asian", "Pakistani"],
  ["A3 Asian Bangladeshi", "Asian", "Bangladeshi"],
  ["A9 Any other Asian Background", "Asian", "Other Asian"],
  ["B1 Black Caribbean", "Black", "Caribbean"],
  ["B2 Black African", "Black", "African"],
  ["B9 Other Black Background", "Black", "Other Black"],
  ["M1 White/Black Caribbean", "Mixed", "White and Black Caribbean"],
  ["M2 White/Black African", "Mixed", "White and Black African"],
  ["M3 White/Asian", "Mixed", "White and Asian"],
  ["M9 Other Mixed Background", "Mixed", "Other Mixed or Multiple ethnic groups"],
  ["O9 Any Other Ethnic Background", "Other", "Any other ethnic group"],
  ["W1 White British", "White", W1],
  ["W2 White Irish", "White", "Irish"],
  ["W9 Other White Background", "White", "Other White"],
  ["N3 Officer Called Away", "Unknown", null],
  ["Not Disclosed", "Unknown", null],
];

describe("classifyEthnicity", () => {
  describe("self-defined codes", () => {
    it.each(CODES_16)("16+1 %s", (code, group, detailed) => expectClass(code, [group, detailed]));
    it.each(CODES_18)("18+1 %s", (code, group, detailed) => expectClass(code, [group, detailed]));

    it("reads 16+1's O1 and 18+1's A4 both as Asian Chinese, as the Census does", () => {
      expect(classifyEthnicity("O1")).toEqual(classifyEthnicity("A4"));
    });

    it("has no code for Roma: W4 is not a code, but a label beside it is read", () => {
      expect(classifyEthnicity("W4")).toEqual({ ethnicity: "Unknown", ethnicityDetailed: null, recognised: false });
      expectClass("W4 White Roma", ["White", "Roma"]);
    });

    it("lets a known code decide over the label beside it", () => {
      expectClass("W1 Black African", ["White", W1]);
      expectClass("Asian - Indian (B2)", ["Black", "African"]);
    });

    it.each(["w1", " W1 ", "W1 - White British", "W1: British", "NS Not stated", "ns"])("accepts the code in %j", (raw) => {
      expect(classifyEthnicity(raw).recognised).toBe(true);
    });
  });

  describe("data.police.uk labels", () => {
    it.each(POLICE_UK)("%s", (label, group, detailed) => expectClass(label, [group, detailed]));

    it.each([
      ["White - White British (W1)", "White", W1],
      ["Mixed - Any other Mixed ethnic background (M9)", "Mixed", "Other Mixed or Multiple ethnic groups"],
      ["Asian or Asian British - Indian (A1)", "Asian", "Indian"],
      ["Black or Black British - Caribbean (B1)", "Black", "Caribbean"],
      ["Other Ethnic Group - Chinese (O1)", "Asian", "Chinese"],
      ["Not Stated (NS)", "Unknown", null],
    ] as const)("older bracketed label %s: the code in brackets decides", (label, group, detailed) => expectClass(label, [group, detailed]));
  });

  describe("ONS 2021 labels", () => {
    it.each(ONS_2021)("%s: %s, with and without the prefix", (prefix, label, group, detailed) => {
      expectClass(`${prefix}: ${label}`, [group, detailed]);
      expectClass(label, [group, detailed]);
      expectClass(`Ethnic group: ${prefix}: ${label}`, [group, detailed]);
    });

    it.each([
      ["Asian, Asian British or Asian Welsh", "Asian"],
      ["Black, Black British, Black Welsh, Caribbean or African", "Black"],
      ["Mixed or Multiple ethnic groups", "Mixed"],
      ["White", "White"],
      ["Other ethnic group", "Other"],
    ] as const)("the parent %s is the group alone", (label, group) => expectClass(label, [group, null]));
  });

  describe("Gwent's labels and extras", () => {
    it.each(GWENT)("%s", (label, group, detailed) => expectClass(label, [group, detailed]));
  });

  describe("group names, long forms and other labels", () => {
    it.each([
      ["Asian", "Asian"], ["Black", "Black"], ["Mixed", "Mixed"], ["White", "White"], ["Other", "Other"],
      ["Asian or Asian British", "Asian"], ["Black or Black British", "Black"], ["Asian/Asian British", "Asian"],
      ["Black/African/Caribbean/Black British", "Black"], ["Mixed/Multiple ethnic groups", "Mixed"],
      ["Mixed/Multiple ethnic group", "Mixed"], ["Other ethnic group", "Other"], ["Asian British", "Asian"], ["Black British", "Black"],
    ] as const)("%s is the group %s", (label, group) => expectClass(label, [group, null]));

    it.each([
      ["Welsh/English/Scottish/Northern Irish/British", "White", W1],
      ["White: English/Welsh/Scottish/Northern Irish/British", "White", W1],
      ["White - British", "White", W1],
      ["Gypsy/Irish Traveller", "White", "Gypsy or Irish Traveller"],
      ["Asian/Asian British: Chinese", "Asian", "Chinese"],
      ["Black or Black British - Any other Black background", "Black", "Other Black"],
      ["Mixed - White and Black African", "Mixed", "White and Black African"],
      ["Asian - Other", "Asian", "Other Asian"],
      ["Black - Any other", "Black", "Other Black"],
      ["Mixed - Other", "Mixed", "Other Mixed or Multiple ethnic groups"],
      ["White - Other", "White", "Other White"],
      ["Other - Other", "Other", "Any other ethnic group"],
      ["Arab", "Other", "Arab"],
      ["Chinese", "Asian", "Chinese"],
    ] as const)("%s", (label, group, detailed) => expectClass(label, [group, detailed]));

    it.each([
      ["Welsh, English, Scottish, Northern Irish or British", "White", W1],
      ["White British", "White", W1],
      ["White Irish", "White", "Irish"],
      ["White Gypsy or Irish Traveller", "White", "Gypsy or Irish Traveller"],
      ["White Roma", "White", "Roma"],
      ["Any other White background", "White", "Other White"],
      ["Other White background", "White", "Other White"],
      ["Any other White", "White", "Other White"],
      ["White Other", "White", "Other White"],
      ["White/Black Caribbean", "Mixed", "White and Black Caribbean"],
      ["White/Black African", "Mixed", "White and Black African"],
      ["White/Asian", "Mixed", "White and Asian"],
      ["Any other Mixed/Multiple ethnic background", "Mixed", "Other Mixed or Multiple ethnic groups"],
      ["Any other Mixed or Multiple ethnic background", "Mixed", "Other Mixed or Multiple ethnic groups"],
      ["Any other Mixed background", "Mixed", "Other Mixed or Multiple ethnic groups"],
      ["Any other Mixed ethnic background", "Mixed", "Other Mixed or Multiple ethnic groups"],
      ["Other Mixed background", "Mixed", "Other Mixed or Multiple ethnic groups"],
      ["Other Mixed", "Mixed", "Other Mixed or Multiple ethnic groups"],
      ["Asian Indian", "Asian", "Indian"],
      ["Asian Pakistani", "Asian", "Pakistani"],
      ["Asian Bangladeshi", "Asian", "Bangladeshi"],
      ["Asian Chinese", "Asian", "Chinese"],
      ["Any other Asian background", "Asian", "Other Asian"],
      ["Other Asian background", "Asian", "Other Asian"],
      ["Asian Other", "Asian", "Other Asian"],
      ["Black African", "Black", "African"],
      ["Black Caribbean", "Black", "Caribbean"],
      ["Any other Black/African/Caribbean background", "Black", "Other Black"],
      ["Any other Black background", "Black", "Other Black"],
      ["Other Black background", "Black", "Other Black"],
      ["Black Other", "Black", "Other Black"],
      ["Any other ethnic background", "Other", "Any other ethnic group"],
      ["Other ethnic background", "Other", "Any other ethnic group"],
      ["Other ethnic groups", "Other", null],
      ["Mixed or Multiple", "Mixed", null],
    ] as const)("the other label %s alone", (label, group, detailed) => expectClass(label, [group, detailed]));

    it.each(["Not stated", "Prefer not to say", "Refused", "Unknown", "Not known", "Not recorded", "White - Not stated"])(
      "%s is Unknown and recognised",
      (label) => expectClass(label, ["Unknown", null]),
    );
  });

  describe("case and spaces", () => {
    it.each([
      "  white - IRISH ",
      "White  -  Irish",
      "White – Irish",
      "white-irish",
      "WHITE: irish",
      "White\u00a0- Irish",
      "\tWhite - Irish\n",
    ])("%j is White Irish", (raw) => expectClass(raw, ["White", "Irish"]));

    it("ignores spaces around slashes and commas", () => {
      expectClass("Black / African / Caribbean / Black British  -  African", ["Black", "African"]);
      expectClass("Asian ,Asian British or Asian Welsh:Indian", ["Asian", "Indian"]);
    });
  });

  describe("blank and unrecognised values", () => {
    it.each([undefined, null, "", "   "])("%j is not stated: Unknown and recognised", (raw) => {
      expect(classifyEthnicity(raw)).toEqual({ ethnicity: "Unknown", ethnicityDetailed: null, recognised: true });
    });

    it.each(["Martian", "X1", "W", "White - Indian", "Asian - Irish", "Purple - Irish", "IC1", "Chinese or other ethnic group", "-", "A1A"])(
      "%j is not recognised and Unknown",
      (raw) => expect(classifyEthnicity(raw)).toEqual({ ethnicity: "Unknown", ethnicityDetailed: null, recognised: false }),
    );
  });

  it("recognises every Self-defined ethnicity value in the 35 Gwent stop-and-search files", () => {
    const folder = "police-uk/gwent-stop-and-search-2019-04-to-2022-03";
    const files = readdirSync(join(SHARED_DATA, folder)).filter((f) => f.endsWith(".csv"));
    expect(files).toHaveLength(35);
    const counts = new Map<string, number>();
    for (const file of files) {
      for (const row of csvRows(`${folder}/${file}`)) {
        const raw = row["Self-defined ethnicity"] as string;
        counts.set(raw, (counts.get(raw) ?? 0) + 1);
      }
    }
    expect(counts.size).toBe(18); // 17 of the 19 labels (no Gypsy or Irish Traveller, no Arab) and blank
    for (const raw of counts.keys()) expect(classifyEthnicity(raw).recognised, raw).toBe(true);
    const rows = [...counts.values()].reduce((a, b) => a + b, 0);
    const unknown = [...counts].filter(([raw]) => classifyEthnicity(raw).ethnicity === "Unknown").reduce((a, [, n]) => a + n, 0);
    expect(rows).toBe(12675);
    expect(unknown).toBe(3035 + 724); // blank + "Other ethnic group - Not stated"
  });

  it("recognises every Self-defined ethnicity value in the South Wales format sample", () => {
    const rows = csvRows("police-uk/format_sample_2022-03-south-wales-stop-and-search.csv");
    for (const raw of new Set(rows.map((r) => r["Self-defined ethnicity"] as string))) expect(classifyEthnicity(raw).recognised, raw).toBe(true);
  });

  it("returns frozen plain results", () => {
    const r = classifyEthnicity("A1");
    expect(Object.isFrozen(r)).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  describe("invalid input", () => {
    it.each([[1], [true], [{}], [["W1"]]])("%j throws ArgumentError", (raw) => {
      const call = () => classifyEthnicity(raw as never);
      expect(call).toThrow(ArgumentError);
      expect(call).toThrow(/^classifyEthnicity: raw must be a string, null or undefined; received /);
    });
  });

  it("types the result", () => {
    expectTypeOf(classifyEthnicity("W1")).toEqualTypeOf<EthnicityClassification>();
    expectTypeOf(classifyEthnicity("W1").ethnicity).toEqualTypeOf<EthnicGroup>();
  });
});
