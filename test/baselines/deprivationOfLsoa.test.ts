import { describe, expect, expectTypeOf, it } from "vitest";
import { ArgumentError, deprivationOfLsoa, type LsoaDeprivation } from "../../src/index.js";
import { csvRows, num } from "../_helpers/sharedTables.js";

const official = csvRows("deprivation/wimd2019_overall_rank_decile_quintile_quartile_by_lsoa_wales.csv");
const lookup = new Map(
  csvRows("deprivation/wimd2019_lsoa_geography_lookup_wales.csv").map((r) => [r["Lower Layer Super Output Area (LSOA) Code"], r]),
);

describe("deprivationOfLsoa", () => {
  it("matches the official WIMD 2019 sheet and the WIMD geography lookup for all 1,909 Welsh LSOAs", () => {
    expect(official).toHaveLength(1909);
    for (const row of official) {
      const code = row["LSOA Code"] as string;
      const place = lookup.get(code);
      expect(deprivationOfLsoa(code), code).toEqual({
        lsoa: { code, name: row["LSOA Name (Eng)"] },
        localAuthority: { code: place?.["Local Authority (LA) Code"], name: place?.["Local Authority (LA) Name"] },
        rank: num(row, "WIMD 2019 Overall Rank"),
        decile: num(row, "WIMD 2019 Overall Decile"),
        quintile: `Q${row["WIMD 2019 Overall Quintile"]}`,
      });
    }
  });

  it("reproduces the known facts: rank 1 Rhyl West 2, rank 3 St. James 3 in Caerphilly", () => {
    expect(deprivationOfLsoa("W01000240")).toMatchObject({ lsoa: { name: "Rhyl West 2" }, rank: 1, decile: 1, quintile: "Q1" });
    expect(deprivationOfLsoa("W01001421")).toEqual({
      lsoa: { code: "W01001421", name: "St. James 3" },
      localAuthority: { code: "W06000018", name: "Caerphilly" },
      rank: 3,
      decile: 1,
      quintile: "Q1",
    });
  });

  it("uses the published quintile boundaries (Q1 = ranks 1–382 … Q5 = 1529–1909) and decile sizes", () => {
    const all = official.map((r) => deprivationOfLsoa(r["LSOA Code"] as string) as LsoaDeprivation);
    const bounds = ["Q1", "Q2", "Q3", "Q4", "Q5"].map((q) => {
      const ranks = all.filter((d) => d.quintile === q).map((d) => d.rank);
      return [Math.min(...ranks), Math.max(...ranks)];
    });
    expect(bounds).toEqual([[1, 382], [383, 764], [765, 1146], [1147, 1528], [1529, 1909]]);
    const deciles = Array.from({ length: 10 }, (_, i) => all.filter((d) => d.decile === i + 1).length);
    expect(deciles).toEqual([191, 191, 191, 191, 191, 191, 191, 191, 191, 190]);
  });

  it("puts Gwent's 368 LSOAs in the quintiles FINDINGS reports (100, 77, 69, 62, 60)", () => {
    const gwent = csvRows("deprivation/wimd2019_index_and_domain_ranks_by_lsoa_gwent.csv").map((r) => deprivationOfLsoa(r["LSOA Code"] as string));
    expect(gwent).toHaveLength(368);
    expect(["Q1", "Q2", "Q3", "Q4", "Q5"].map((q) => gwent.filter((d) => d?.quintile === q).length)).toEqual([100, 77, 69, 62, 60]);
    const byLa = (name: string) => gwent.filter((d) => d?.localAuthority.name === name).length;
    expect(["Caerphilly", "Newport", "Torfaen", "Monmouthshire", "Blaenau Gwent"].map(byLa)).toEqual([110, 95, 60, 56, 47]);
  });

  it("trims and upper-cases the code", () => {
    expect(deprivationOfLsoa("  w01001421 ")?.lsoa.code).toBe("W01001421");
  });

  it.each(["", "E01000001", "W01", "W0100142", "W010014210", "W01999999", "W01000000", "W01001959", "W02000001", "W01001421x", "St. James 3"])(
    "returns null for %j, which is not a Welsh 2011 LSOA code in WIMD 2019",
    (code) => {
      expect(deprivationOfLsoa(code)).toBeNull();
    },
  );

  it("returns a frozen result", () => {
    const d = deprivationOfLsoa("W01001421") as LsoaDeprivation;
    for (const part of [d, d.lsoa, d.localAuthority]) expect(Object.isFrozen(part)).toBe(true);
  });

  it.each([
    [123, "deprivationOfLsoa: code must be a string; received 123"],
    [null, "deprivationOfLsoa: code must be a string; received null"],
    [undefined, "deprivationOfLsoa: code must be a string; received undefined"],
    [{ code: "W01001421" }, "deprivationOfLsoa: code must be a string; received a value of type object"],
  ])("throws ArgumentError for the non-string %j", (code, message) => {
    expect(() => deprivationOfLsoa(code as never)).toThrow(ArgumentError);
    expect(() => deprivationOfLsoa(code as never)).toThrow(message);
  });

  it("types the result as the deprivation or null", () => {
    expectTypeOf(deprivationOfLsoa("W01001421")).toEqualTypeOf<LsoaDeprivation | null>();
    expectTypeOf<LsoaDeprivation["quintile"]>().toEqualTypeOf<"Q1" | "Q2" | "Q3" | "Q4" | "Q5">();
  });
});
