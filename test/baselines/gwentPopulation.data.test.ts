import { describe, expect, it } from "vitest";
import { gwentPopulation, type Baseline, type GwentDimensions } from "../../src/index.js";
import { AREAS, csvRows, LA, num, rowOf, sumOver, type Row } from "../_helpers/sharedTables.js";

// Every embedded Census 2021, Census 2011 and mid-2020 figure, for every area, against the shared
// source files read here independently of the generator.

type Expected = { total: (code: string) => number | null; groups: Map<string, (code: string) => number | null> };

const CODE = "geography code";
const cell = (rows: readonly Row[], codeColumn: string, column: string) => (code: string) => num(rowOf(rows, codeColumn, code), column);
const wide = (file: string, codeColumn: string, total: string, columns: Record<string, string>): Expected => {
  const rows = csvRows(file);
  return {
    total: cell(rows, codeColumn, total),
    groups: new Map(Object.entries(columns).map(([group, column]) => [group, cell(rows, codeColumn, column)])),
  };
};
const prefixed = (prefix: string, labels: readonly string[]) => Object.fromEntries(labels.map((l) => [l, `${prefix}${l}`]));

const PARENTS = {
  Asian: "Asian, Asian British or Asian Welsh",
  Black: "Black, Black British, Black Welsh, Caribbean or African",
  Mixed: "Mixed or Multiple ethnic groups",
  White: "White",
  Other: "Other ethnic group",
} as const;
const CHILDREN: Record<keyof typeof PARENTS, string[]> = {
  Asian: ["Bangladeshi", "Chinese", "Indian", "Pakistani", "Other Asian"],
  Black: ["African", "Caribbean", "Other Black"],
  Mixed: ["White and Asian", "White and Black African", "White and Black Caribbean", "Other Mixed or Multiple ethnic groups"],
  White: ["English, Welsh, Scottish, Northern Irish or British", "Irish", "Gypsy or Irish Traveller", "Roma", "Other White"],
  Other: ["Arab", "Any other ethnic group"],
};
const detailedLabels = Object.entries(CHILDREN).flatMap(([p, children]) => children.map((c) => [p as keyof typeof PARENTS, c] as const));

const TS021 = "census/census2021_ts021_ethnic_group_LA_wales.csv";
const TS021_TOTAL = "Ethnic group: Total: All usual residents";
const RELIGIONS = ["No religion", "Christian", "Buddhist", "Hindu", "Jewish", "Muslim", "Sikh", "Other religion", "Not answered"];
const AGES = ["Aged 4 years and under", ...[5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80].map((a) => `Aged ${a} to ${a + 4} years`), "Aged 85 years and over"];
const DISABLED = "Disabled under the Equality Act";
const NOT_DISABLED = "Not disabled under the Equality Act";
const DISABILITY_CHILDREN = {
  "Day-to-day activities limited a lot": DISABLED,
  "Day-to-day activities limited a little": DISABLED,
  "Has long term physical or mental health condition but day-to-day activities are not limited": NOT_DISABLED,
  "No long term physical or mental health conditions": NOT_DISABLED,
};
const SKILLS = [
  "Can understand spoken Welsh only", "Can speak, read and write Welsh", "Can speak but cannot read or write Welsh",
  "Can speak and read but cannot write Welsh", "Can read but cannot speak or write Welsh", "Can write but cannot speak or read Welsh",
  "Can read and write but cannot speak Welsh", "Can speak and other combinations of skills in Welsh", "No skills in Welsh",
];

function longTable(file: string, codeColumn: string, totalColumn: string, labelColumn: string, valueColumn: string): Expected {
  const rows = csvRows(file);
  const labels = [...new Set(rows.map((r) => r[labelColumn] as string))];
  const pick = (code: string, label: string) => num(rows.find((r) => r[codeColumn] === code && r[labelColumn] === label) as Row, valueColumn);
  return {
    total: (code) => num(rows.find((r) => r[codeColumn] === code) as Row, totalColumn),
    groups: new Map(labels.map((label) => [label, (code: string) => pick(code, label)])),
  };
}

function genderIdentity(detailed: boolean): Expected {
  const rows = csvRows("census/census2021_rm_gender_identity7_by_sexual_orientation4_LA_wales.csv").filter((r) => r["Gender identity (7 categories)"] !== "Does not apply");
  const identity = (r: Row) => r["Gender identity (7 categories)"] as string;
  const parent = (label: string) => (label.startsWith("Gender identity the same") || label === "Not answered" ? label : "Gender identity different from sex registered at birth");
  const key = detailed ? identity : (r: Row) => parent(identity(r));
  const sum = (code: string, keep: (r: Row) => boolean) => rows.filter((r) => r["Lower tier local authorities Code"] === code && keep(r)).reduce((a, r) => a + num(r, "Observation"), 0);
  const labels = [...new Set(rows.map(key))];
  return { total: (code) => sum(code, () => true), groups: new Map(labels.map((l) => [l, (code: string) => sum(code, (r) => key(r) === l)])) };
}

function ethnicBySex(detailed: boolean): Expected {
  const rows = csvRows("census/census2021_ethnic_group_19cat_by_sex_LA_ons_rounded5.csv");
  const value = (code: string, sex: string, parent: keyof typeof PARENTS, child: string) => {
    const text = rowOf(rows.filter((r) => r["Sex"] === sex), "Geography Code", code)[`${PARENTS[parent]}: ${child}`];
    return text === "" ? null : Number(text);
  };
  const groups = new Map<string, (code: string) => number | null>();
  for (const parent of Object.keys(PARENTS) as (keyof typeof PARENTS)[]) {
    const children = detailed ? CHILDREN[parent] : [parent];
    for (const label of children) {
      for (const sex of ["Female", "Male"]) {
        const parts = detailed ? [label] : CHILDREN[parent];
        groups.set(`${label} (${sex})`, (code) => sumOver(parts, (child) => value(code, sex, parent, child)));
      }
    }
  }
  const total = (code: string) =>
    detailedLabels.reduce((a, [p, c]) => a + (value(code, "Female", p, c) ?? 0) + (value(code, "Male", p, c) ?? 0), 0);
  return { total, groups };
}

function qs201ew(level: "total" | "parents" | "children"): Expected {
  const rows = csvRows("census/census2011_QS201EW_ethnic_group_by_LA_nomis.csv").filter((r) => r["Rural Urban"] === "Total");
  const column = (name: string) => `Ethnic Group: ${name}; measures: Value`;
  const totalColumn = column("All categories: Ethnic group");
  const parents = ["White", "Mixed", "Asian", "Black", "Other"];
  const bare = (h: string) => h.replace(/; measures: Value$/, "");
  const headers = Object.keys(rows[0] as Row).filter((h) => h !== totalColumn && h.startsWith("Ethnic Group: ") && bare(h).split(": ").length === 3);
  const groups: Record<string, string> =
    level === "total" ? { "All usual residents": totalColumn }
    : level === "parents" ? Object.fromEntries(parents.map((p) => [p, column(p)]))
    : Object.fromEntries(headers.map((h) => [bare(h).split(": ")[2] as string, h]));
  return { total: cell(rows, CODE, totalColumn), groups: new Map(Object.entries(groups).map(([g, c]) => [g, cell(rows, CODE, c)])) };
}

function deprivation(): Expected {
  const quintiles = csvRows("deprivation/wimd2019_overall_rank_decile_quintile_quartile_by_lsoa_wales.csv");
  const lookup = csvRows("deprivation/wimd2019_lsoa_geography_lookup_wales.csv");
  const people = new Map(csvRows("deprivation/ons_sape_mid2020_lsoa11_syoa_persons_wales.csv").map((r) => [r["lsoa11_code"], num(r, "total_population")]));
  const laOf = new Map(lookup.map((r) => [r["Lower Layer Super Output Area (LSOA) Code"], r["Local Authority (LA) Code"]]));
  const sum = (code: string, quintile?: string) =>
    quintiles
      .filter((r) => laOf.get(r["LSOA Code"]) === code && (quintile === undefined || r["WIMD 2019 Overall Quintile"] === quintile))
      .reduce((a, r) => a + (people.get(r["LSOA Code"]) as number), 0);
  return { total: (code) => sum(code), groups: new Map(["1", "2", "3", "4", "5"].map((q) => [`Q${q}`, (code: string) => sum(code, q)])) };
}

const midyear = wide("census/ons_midyear2020_population_LA_pre_census_rebase.csv", "code", "value", { "All usual residents": "value" });

const CASES: readonly (readonly [string, number | string, string, () => Expected])[] = [
  ["TS009", 2021, "total", () => wide("census/census2021_ts009_usual_residents_by_sex_LA_wales.csv", "ltla21_code", "total_population", { "All usual residents": "total_population" })],
  ["TS008", 2021, "sex", () => wide("census/census2021_ts008_sex_LA_wales.csv", CODE, "Sex: All persons; measures: Value", { Female: "Sex: Female; measures: Value", Male: "Sex: Male; measures: Value" })],
  ["TS007A", 2021, "age", () => wide("census/census2021_ts007a_age_5yr_bands_LA_wales.csv", CODE, "Age: Total", prefixed("Age: ", AGES))],
  ["TS021", 2021, "ethnicity", () => wide(TS021, CODE, TS021_TOTAL, Object.fromEntries(Object.entries(PARENTS).map(([s, p]) => [s, `Ethnic group: ${p}`])))],
  ["TS021", 2021, "ethnicity-detailed", () => wide(TS021, CODE, TS021_TOTAL, Object.fromEntries(detailedLabels.map(([p, c]) => [c, `Ethnic group: ${PARENTS[p]}: ${c}`])))],
  ["rounded by sex", 2021, "ethnicity-sex", () => ethnicBySex(false)],
  ["rounded by sex", 2021, "ethnicity-detailed-sex", () => ethnicBySex(true)],
  ["TS030", 2021, "religion", () => wide("census/census2021_ts030_religion_LA_wales.csv", CODE, "Religion: Total: All usual residents", prefixed("Religion: ", RELIGIONS))],
  ["TS038", 2021, "disability", () => wide("census/census2021_ts038_disability_7cat_LA_wales.csv", CODE, "Disability: Total: All usual residents", prefixed("Disability: ", [DISABLED, NOT_DISABLED]))],
  ["TS038", 2021, "disability-detailed", () => wide("census/census2021_ts038_disability_7cat_LA_wales.csv", CODE, "Disability: Total: All usual residents", Object.fromEntries(Object.entries(DISABILITY_CHILDREN).map(([c, p]) => [c, `Disability: ${p}: ${c}`])))],
  ["TS077", 2021, "sexual-orientation", () => longTable("census/census2021_ts077_sexual_orientation_LA_wales_healthyr.csv", "ltla21_code", "total_residents", "sexual_orientation", "n")],
  ["TS033", 2021, "welsh-language", () => wide("census/census2021_ts033_welsh_speaking_ability_LA_wales.csv", CODE, "Welsh speaking ability: Total: All usual residents aged 3 years and over", prefixed("Welsh speaking ability: ", ["Cannot speak Welsh", "Can speak Welsh"]))],
  ["TS032", 2021, "welsh-language-detailed", () => wide("census/census2021_ts032_welsh_language_skills_LA_wales.csv", CODE, "Welsh language skills: Total: All usual residents aged 3 years and over", prefixed("Welsh language skills: ", SKILLS))],
  ["RM gender identity", 2021, "gender-identity", () => genderIdentity(false)],
  ["RM gender identity", 2021, "gender-identity-detailed", () => genderIdentity(true)],
  ["WIMD 2019 + SAPE mid-2020", 2021, "deprivation", deprivation],
  ["WIMD 2019 + SAPE mid-2020", "mid-2020", "deprivation", deprivation],
  ["QS201EW", 2011, "total", () => qs201ew("total")],
  ["QS201EW", 2011, "ethnicity", () => qs201ew("parents")],
  ["QS201EW", 2011, "ethnicity-detailed", () => qs201ew("children")],
  ["mid-2020 estimates", "mid-2020", "total", () => midyear],
];

const get = (census: number | string, area: string, by: string): Baseline =>
  gwentPopulation({ census: census as 2021, area, by: by as GwentDimensions[2021] });

describe("gwentPopulation against the shared source files", () => {
  it.each(CASES)("%s: census %s, %s, every area's total and cells", (_table, census, by, expected) => {
    const { total, groups } = expected();
    for (const { area, codes } of AREAS) {
      const baseline = get(census, area, by);
      expect(baseline.total, `${area} total`).toBe(sumOver(codes, total));
      expect(baseline.groups.map((g) => g.group), `${area} groups`).toEqual([...groups.keys()]);
      for (const group of baseline.groups) {
        const want = sumOver(codes, groups.get(group.group) as (code: string) => number | null);
        expect(group.population, `${area} ${group.group}`).toBe(want);
        expect(group.suppressed, `${area} ${group.group} suppressed`).toBe(want === null);
      }
    }
  });

  it("gives detailed ethnic groups their parent, in the source's order", () => {
    const detailed = gwentPopulation({ by: "ethnicity-detailed" }).groups;
    expect(detailed.map((g) => [g.categories?.["group"], g.group])).toEqual(detailedLabels.map(([p, c]) => [p, c]));
  });

  it("agrees with the second, independently published copy of the 19 unrounded groups (ONS bulletin download)", () => {
    const long = csvRows("census/census2021_ethnic_group_19cat_unrounded_by_LA_wales_long.csv");
    for (const [name, code] of Object.entries(LA)) {
      const baseline = gwentPopulation({ area: name, by: "ethnicity-detailed" });
      for (const [parent, child] of detailedLabels) {
        const row = long.find((r) => r["ltla21_code"] === code && r["ethnic_group"] === `${PARENTS[parent]}: ${child} (number)`) as Row;
        expect(baseline.groups.find((g) => g.group === child)?.population, `${name} ${child}`).toBe(num(row, "value"));
      }
    }
  });

  it("records exactly the suppressed cells the derived Gwent extract flags, and no others", () => {
    const derived = csvRows("census/gwent_census2021_ethnic_group_19cat_by_sex_long_DERIVED.csv");
    for (const row of derived) {
      const child = (row["ethnic_group_19"] as string).split(": ")[1] as string;
      const group = gwentPopulation({ area: row["la_code"] as string, by: "ethnicity-detailed-sex" }).groups.find((g) => g.group === `${child} (${row["sex"]})`);
      expect(group?.suppressed).toBe(row["suppressed"] === "1");
      expect(group?.population).toBe(row["suppressed"] === "1" ? null : num(row, "count"));
    }
  });

  it("agrees with the PFA-level 2011 table for Gwent (aggregated by Resistance Lab)", () => {
    const row = rowOf(csvRows("census/census2011_QS201EW_ethnic_group_by_police_force_area.csv"), "PFA16NM", "Gwent");
    const gwent = gwentPopulation({ census: 2011, by: "ethnicity-detailed" });
    expect(gwent.total).toBe(num(row, "Ethnic Group: All categories: Ethnic group; measures: Value"));
    for (const group of gwent.groups) {
      const column = Object.keys(row).find((c) => c.endsWith(`: ${group.group}; measures: Value`)) as string;
      expect(group.population, group.group).toBe(num(row, column));
    }
  });

  it("uses the five authorities the ONS lookup puts in the Gwent police force area (W15000002)", () => {
    const lookup = csvRows("census/lookup_LAD16_CSP16_PFA16_Dec2016_ONS.csv").filter((r) => r["PFA16CD"] === "W15000002");
    expect(lookup.map((r) => r["LAD16CD"]).sort()).toEqual(Object.values(LA).sort());
  });
});
