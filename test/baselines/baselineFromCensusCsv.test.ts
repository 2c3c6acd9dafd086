import { describe, expect, it } from "vitest";
import { ArgumentError, baselineFromCensusCsv } from "../../src/index.js";
import { naiveRow, sharedFile } from "../_helpers/sharedData.js";

const religion = sharedFile("census/census2021_ts030_religion_LA_wales.csv");
const ethnicity = sharedFile("census/census2021_ts021_ethnic_group_LA_wales.csv");
const age = sharedFile("census/census2021_ts007a_age_5yr_bands_LA_wales.csv");
const sex = sharedFile("census/census2021_ts008_sex_LA_wales.csv");
const welsh = sharedFile("census/census2021_ts033_welsh_speaking_ability_LA_wales.csv");

describe("baselineFromCensusCsv", () => {
  it("reads TS030 religion for Newport, matching the raw row", () => {
    const b = baselineFromCensusCsv(religion, { area: "Newport" });
    const raw = naiveRow(religion, "W06000022").slice(2).map(Number);
    expect(b.area).toEqual({ code: "W06000022", name: "Newport" });
    expect(b.total).toBe(159592);
    expect(b.total).toBe(raw[0]);
    expect(b.groups.map((g) => g.group)).toEqual(["No religion", "Christian", "Buddhist", "Hindu", "Jewish", "Muslim", "Sikh", "Other religion", "Not answered"]);
    expect(b.groups.map((g) => g.population)).toEqual(raw.slice(1));
    expect(b).toMatchObject({ census: 2021, dimension: "religion" });
    expect(b.source.populationBase).toBe("All usual residents");
    expect(Object.isFrozen(b.groups[0])).toBe(true);
  });

  it("reads TS021's quoted parent and child columns; parents equal the sum of their children", () => {
    for (const code of ["W06000018", "W06000019", "W06000020", "W06000021", "W06000022"]) {
      const top = baselineFromCensusCsv(ethnicity, { area: code });
      const detailed = baselineFromCensusCsv(ethnicity, { area: code, detail: "detailed" });
      expect(top.groups).toHaveLength(5);
      expect(detailed.groups).toHaveLength(19);
      for (const parent of top.groups) {
        const children = detailed.groups.filter((g) => g.categories?.["parent"] === parent.group);
        expect(children.length).toBeGreaterThan(1);
        expect(children.reduce((s, g) => s + (g.population ?? 0), 0)).toBe(parent.population);
      }
      expect(top.groups.reduce((s, g) => s + (g.population ?? 0), 0)).toBe(top.total);
    }
    expect(baselineFromCensusCsv(ethnicity, { area: "W06000019", detail: "detailed" }).groups.find((g) => g.group === "Roma")?.population).toBe(14);
  });

  it("handles a date column, the Wales row, Nomis measure suffixes and name-less files", () => {
    const wales = baselineFromCensusCsv(age, { area: "w92000004" });
    expect(wales.groups).toHaveLength(18);
    expect(wales.groups.reduce((s, g) => s + (g.population ?? 0), 0)).toBe(wales.total);
    const torfaen = baselineFromCensusCsv(sex, { area: "W06000020" });
    expect(torfaen.area).toEqual({ code: "W06000020", name: "W06000020" });
    expect(torfaen.groups.map((g) => [g.group, g.population])).toEqual([["Female", 47409], ["Male", 44867]]);
    expect(torfaen.total).toBe(92276);
  });

  it("records the population base from the total column", () => {
    expect(baselineFromCensusCsv(welsh, { area: "W06000022" }).source.populationBase).toBe("All usual residents aged 3 years and over");
  });

  it("records suppressed cells as suppressed, never zero", () => {
    const csv = "geography code,Ethnic group: Total: All usual residents,Ethnic group: White,Ethnic group: Other\nX,100,c,\nY,50,49,1";
    const b = baselineFromCensusCsv(csv, { area: "X" });
    expect(b.groups).toEqual([
      { group: "White", population: null, suppressed: true },
      { group: "Other", population: null, suppressed: true },
    ]);
    expect(b.total).toBe(100);
  });

  it("lets the caller set provenance, census and dimension", () => {
    const b = baselineFromCensusCsv(religion, { area: "Torfaen", census: 2021, dimension: "faith", source: { table: "TS030", released: "2022-11-29" } });
    expect(b.dimension).toBe("faith");
    expect(b.source).toMatchObject({ table: "TS030", released: "2022-11-29", publisher: "Office for National Statistics" });
  });

  describe("invalid input", () => {
    it.each([
      [() => baselineFromCensusCsv(religion), /options.area is required when the file has several areas: W06000001 \(Isle of Anglesey\)/],
      [() => baselineFromCensusCsv(religion, { area: "Atlantis" }), /options.area must be one of .*W06000022 \(Newport\)/],
      [() => baselineFromCensusCsv("geography code,Sex: All persons,Sex: Female\nA,10,ten"), /count or a suppression mark at line 2, column "Sex: Female"; received "ten"/],
      [() => baselineFromCensusCsv('geography code,Sex: All persons\n"A,10'), /must be valid CSV \(unterminated quoted field/],
      [() => baselineFromCensusCsv("code,Sex: All persons\nA,10"), /no "geography code" column/],
      [() => baselineFromCensusCsv("geography code,Sex: Female,Religion: Muslim\nA,1,2"), /mix the topics "Sex" and "Religion"/],
      [() => baselineFromCensusCsv("geography code,Sex: Female,Sex: Male\nA,c,2"), /needs a total column when a group is suppressed/],
      [() => baselineFromCensusCsv(42 as never), /text must be a string of CSV/],
    ])("%#: throws ArgumentError", (call, message) => {
      expect(call).toThrow(ArgumentError);
      expect(call).toThrow(message);
    });
  });
});
