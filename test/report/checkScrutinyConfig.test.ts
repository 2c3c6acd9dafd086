import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import { extractSchemas } from "../../src/csv/extractSchemas.js";
import { ArgumentError, checkScrutinyConfig, type ScrutinyConfig, type ScrutinySchemaName } from "../../src/index.js";
import { editDistance, suggestKey } from "../../src/_internal/configFields.js";
import { SCHEMA_NAMES } from "../../src/_internal/scrutinyConfigParts.js";
import { thrownMessage } from "../_helpers/resultMismatches.js";

const FN = "checkScrutinyConfig: ";
const stopSearch = { name: "stop-search", schema: "police-uk-stop-search", paths: ["data/ss.csv"] };
const minimal = { title: "Pack", period: { current: "2021/22", baseline: "2019/20" }, sources: [stopSearch] };
const full = {
  title: "Gwent pack",
  area: "Newport",
  period: { current: "2021/22 Q3", baseline: "2019/20 Q3" },
  sources: [
    { name: "ss", schema: "police-uk-stop-search", paths: ["a.csv", "b.csv"], mapping: { date: "Date of search" } },
    { name: "hr", schema: "hr", paths: ["hr.csv"], synthetic: true },
  ],
  baselines: { population: { censusCsv: "census/ts021.csv", area: "W06000022" } },
  measures: { stopSearch: true, useOfForce: false, decisionStages: false, outcomeRates: true, custody: false, payGap: true, representation: false, trends: true },
  disclosure: { threshold: 10 },
  lang: "both",
  level: 0.9,
};
/** The message thrown for `minimal` with `patch` applied on top. */
const failure = (patch: Record<string, unknown>) => thrownMessage(() => checkScrutinyConfig({ ...minimal, ...patch }));

describe("checkScrutinyConfig: valid configs", () => {
  it("returns a full config as given", () => {
    expect(checkScrutinyConfig(full)).toEqual({
      ...full,
      glossary: null,
      sources: [
        { ...full.sources[0], synthetic: false, period: null },
        { ...full.sources[1], mapping: {}, period: null },
      ],
    });
  });

  it("fills in every default", () => {
    expect(checkScrutinyConfig(minimal)).toEqual({
      title: "Pack",
      area: "Gwent",
      period: { current: "2021/22", baseline: "2019/20" },
      sources: [{ ...stopSearch, mapping: {}, synthetic: false, period: null }],
      baselines: { population: "gwent-census-2021" },
      measures: { stopSearch: true, useOfForce: false, decisionStages: true, outcomeRates: true, custody: false, payGap: false, representation: false, trends: true },
      disclosure: { threshold: 5 },
      lang: "en",
      level: 0.95,
      glossary: null,
    });
    expect(checkScrutinyConfig({ ...minimal, disclosure: {}, baselines: {} })).toMatchObject({ disclosure: { threshold: 5 }, baselines: { population: "gwent-census-2021" } });
  });

  it("defaults each measure to whether a source can feed it, and keeps explicit false", () => {
    const hr = { name: "hr", schema: "hr", paths: ["hr.csv"] };
    expect(checkScrutinyConfig({ ...minimal, sources: [hr] }).measures).toEqual({
      stopSearch: false, useOfForce: false, decisionStages: false, outcomeRates: false, custody: false, payGap: true, representation: true, trends: false,
    });
    const custody = { name: "c", schema: "custody", paths: ["c.csv"] };
    expect(checkScrutinyConfig({ ...minimal, sources: [custody], measures: { trends: false } }).measures).toMatchObject({ custody: true, decisionStages: true, outcomeRates: true, trends: false });
  });

  it("takes a source's own period and a glossary file", () => {
    const hr = { name: "hr", schema: "hr", paths: ["hr.csv"], period: "2023/24" };
    const checked = checkScrutinyConfig({ ...minimal, sources: [stopSearch, hr], glossary: "cy-terms.json" });
    expect(checked.sources[1]?.period).toBe("2023/24");
    expect(checked.glossary).toBe("cy-terms.json");
    expect(failure({ sources: [{ ...hr, period: "2023-24" }] })).toBe(
      `${FN}sources[0].period must be a financial year ("2019/20") or quarter ("2019/20 Q1") label; received "2023-24"`,
    );
    expect(failure({ glossary: 3 })).toMatch(/^checkScrutinyConfig: glossary must be a/);
  });

  it("accepts quarters and years in either role, and the embedded 2011 tables", () => {
    expect(checkScrutinyConfig({ ...minimal, period: { current: "2020/21 Q1", baseline: "2019/20" } }).period).toEqual({ current: "2020/21 Q1", baseline: "2019/20" });
    expect(checkScrutinyConfig({ ...minimal, period: { current: "2020/21", baseline: "2019/20 Q4" } }).period.baseline).toBe("2019/20 Q4");
    expect(checkScrutinyConfig({ ...minimal, baselines: { population: "gwent-census-2011" } }).baselines.population).toBe("gwent-census-2011");
  });

  it("freezes the result all the way down", () => {
    const config = checkScrutinyConfig(full);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.sources[0]?.paths)).toBe(true);
    expect(Object.isFrozen(config.sources[0]?.mapping)).toBe(true);
    expect(Object.isFrozen(config.measures)).toBe(true);
    expect(() => ((config as { title: string }).title = "x")).toThrow(TypeError);
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  it("does not keep or change the input", () => {
    const input = structuredClone(full);
    const config = checkScrutinyConfig(input);
    expect(input).toEqual(full);
    expect(config.sources[0]?.paths).not.toBe(input.sources[0]?.paths);
  });

  it("validates the demo config in the repository root", () => {
    const demo = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "scrutiny.demo.json"), "utf8"));
    const config = checkScrutinyConfig(demo);
    expect(config.sources.map((s) => [s.schema, s.synthetic, s.period])).toEqual([["police-uk-stop-search", false, null], ["police-uk-street", false, "2023/24"], ["custody", true, "2023/24"], ["hr", true, "2023/24"]]);
    expect(config.measures.useOfForce).toBe(false);
    expect(config.lang).toBe("both");
  });

  it("knows exactly the built-in schema names", () => {
    expect([...SCHEMA_NAMES].sort()).toEqual(Object.keys(extractSchemas).sort());
  });

  it("has the documented types", () => {
    expectTypeOf(checkScrutinyConfig).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(checkScrutinyConfig).returns.toEqualTypeOf<ScrutinyConfig>();
    expectTypeOf<ScrutinyConfig["sources"][number]["schema"]>().toEqualTypeOf<ScrutinySchemaName>();
    expectTypeOf<ScrutinyConfig["lang"]>().toEqualTypeOf<"en" | "cy" | "both">();
    expectTypeOf<ScrutinyConfig["measures"]["trends"]>().toEqualTypeOf<boolean>();
  });
});

describe("checkScrutinyConfig: errors name the JSON path", () => {
  it("throws ArgumentError", () => {
    let caught: unknown;
    try {
      checkScrutinyConfig({ ...minimal, lang: "fr" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArgumentError);
    expect(caught).toMatchObject({ fn: "checkScrutinyConfig", param: "lang", received: "fr", code: "ERR_DISPROPORTIONALITY_ARGUMENT" });
  });

  it("wrong types", () => {
    expect(thrownMessage(() => checkScrutinyConfig([]))).toBe(`${FN}config must be an object; received an array of length 0`);
    expect(thrownMessage(() => checkScrutinyConfig(null))).toBe(`${FN}config must be an object; received null`);
    expect(failure({ title: 3 })).toBe(`${FN}title must be a non-empty string; received 3`);
    expect(failure({ title: "  " })).toBe(`${FN}title must be a non-empty string; received "  "`);
    expect(failure({ area: "" })).toBe(`${FN}area must be a non-empty string; received ""`);
    expect(failure({ period: "2021/22" })).toBe(`${FN}period must be an object; received "2021/22"`);
    expect(failure({ sources: {} })).toBe(`${FN}sources must be an array of sources; received a value of type object`);
    expect(failure({ sources: ["x.csv"] })).toBe(`${FN}sources[0] must be an object; received "x.csv"`);
    expect(failure({ sources: [{ ...stopSearch, paths: "x.csv" }] })).toBe(`${FN}sources[0].paths must be an array of file paths; received "x.csv"`);
    expect(failure({ sources: [{ ...stopSearch, paths: ["a.csv", 7] }] })).toBe(`${FN}sources[0].paths[1] must be a non-empty string; received 7`);
    expect(failure({ sources: [{ ...stopSearch, mapping: ["a"] }] })).toBe(`${FN}sources[0].mapping must be an object of column names; received an array of length 1`);
    expect(failure({ sources: [{ ...stopSearch, mapping: { date: 1 } }] })).toBe(`${FN}sources[0].mapping.date must be a non-empty string; received 1`);
    expect(failure({ sources: [{ ...stopSearch, synthetic: "yes" }] })).toBe(`${FN}sources[0].synthetic must be true or false; received "yes"`);
    expect(failure({ measures: { trends: "yes" } })).toBe(`${FN}measures.trends must be true or false; received "yes"`);
    expect(failure({ measures: true })).toBe(`${FN}measures must be an object; received true`);
    expect(failure({ disclosure: 5 })).toBe(`${FN}disclosure must be an object; received 5`);
    expect(failure({ lang: "fr" })).toBe(`${FN}lang must be one of "en", "cy", "both"; received "fr"`);
    expect(failure({ lang: "Cy" })).toBe(`${FN}lang must be one of "en", "cy", "both"; received "Cy" (did you mean "cy"?)`);
    expect(failure({ level: 95 })).toBe(`${FN}level must be a fraction strictly between 0 and 1; received 95 (did you mean 0.95?)`);
    expect(failure({ level: 1 })).toBe(`${FN}level must be a fraction strictly between 0 and 1; received 1`);
    expect(failure({ baselines: { population: 2021 } })).toBe(`${FN}baselines.population must be "gwent-census-2021", "gwent-census-2011" or { censusCsv, area }; received 2021`);
    expect(failure({ baselines: { population: "gwent-census-2001" } })).toBe(`${FN}baselines.population must be one of "gwent-census-2021", "gwent-census-2011"; received "gwent-census-2001" (did you mean "gwent-census-2021"?)`);
  });

  it("missing keys", () => {
    const { title: _t, ...noTitle } = minimal;
    expect(thrownMessage(() => checkScrutinyConfig(noTitle))).toBe(`${FN}title must be given (a non-empty string); received undefined`);
    const { period: _p, ...noPeriod } = minimal;
    expect(thrownMessage(() => checkScrutinyConfig(noPeriod))).toBe(`${FN}period must be given ({ current, baseline }); received undefined`);
    const { sources: _s, ...noSources } = minimal;
    expect(thrownMessage(() => checkScrutinyConfig(noSources))).toBe(`${FN}sources must be given (an array of sources); received undefined`);
    expect(failure({ period: { current: "2021/22" } })).toBe(`${FN}period.baseline must be given (a non-empty string); received undefined`);
    expect(failure({ sources: [{ name: "ss", paths: ["a.csv"] }] })).toBe(`${FN}sources[0].schema must be given: one of "police-uk-stop-search", "police-uk-street", "police-uk-outcomes", "incidents", "custody", "hr", "gender-pay-gap-service"; received undefined`);
    expect(failure({ sources: [{ name: "ss", schema: "hr" }] })).toBe(`${FN}sources[0].paths must be given (an array of file paths); received undefined`);
    expect(failure({ sources: [{ schema: "hr", paths: ["a"] }] })).toBe(`${FN}sources[0].name must be given (a non-empty string); received undefined`);
    expect(failure({ baselines: { population: { censusCsv: "c.csv" } } })).toBe(`${FN}baselines.population.area must be given (a non-empty string); received undefined`);
  });

  it("unknown keys, with a suggestion and the other unknown keys", () => {
    expect(failure({ period: { current: "2021/22", baselinePeriod: "2019/20" } })).toBe(
      `${FN}period.baselinePeriod is not a known key (period takes "current", "baseline"); received "2019/20" (did you mean "baseline"?)`,
    );
    expect(failure({ titel: "x" })).toBe(
      `${FN}titel is not a known key (the config takes "title", "area", "period", "sources", "baselines", "measures", "disclosure", "lang", "level", "glossary"); received "x" (did you mean "title"?)`,
    );
    expect(failure({ language: "cy", colour: "red" })).toBe(
      `${FN}language is not a known key (the config takes "title", "area", "period", "sources", "baselines", "measures", "disclosure", "lang", "level", "glossary"); received "cy" (did you mean "lang"?; also unknown: "colour")`,
    );
    expect(failure({ sources: [stopSearch, { ...stopSearch, name: "b", Schema: "hr" }] })).toBe(
      `${FN}sources[1].Schema is not a known key (sources[1] takes "name", "schema", "paths", "mapping", "synthetic", "period"); received "hr" (did you mean "schema"?)`,
    );
    expect(failure({ measures: { stopSearches: true } })).toBe(
      `${FN}measures.stopSearches is not a known key (measures takes "stopSearch", "useOfForce", "decisionStages", "outcomeRates", "custody", "payGap", "representation", "trends"); received true (did you mean "stopSearch"?)`,
    );
    expect(failure({ disclosure: { min: 5 } })).toBe(`${FN}disclosure.min is not a known key (disclosure takes "threshold"); received 5`);
  });

  it("bad period labels", () => {
    const rule = 'must be a financial year ("2019/20") or quarter ("2019/20 Q1") label';
    expect(failure({ period: { current: "2021/23", baseline: "2019/20" } })).toBe(`${FN}period.current ${rule}; received "2021/23"`);
    expect(failure({ period: { current: "2021-22", baseline: "2019/20" } })).toBe(`${FN}period.current ${rule}; received "2021-22"`);
    expect(failure({ period: { current: "2021/22", baseline: "2019/20 Q5" } })).toBe(`${FN}period.baseline ${rule}; received "2019/20 Q5"`);
    expect(failure({ period: { current: "2021/22", baseline: 2019 } })).toBe(`${FN}period.baseline must be a non-empty string; received 2019`);
  });

  it("a baseline that does not end before the current period", () => {
    expect(failure({ period: { current: "2019/20", baseline: "2021/22" } })).toBe(`${FN}period.baseline must end before period.current ("2019/20") begins; received "2021/22"`);
    expect(failure({ period: { current: "2021/22", baseline: "2021/22" } })).toBe(`${FN}period.baseline must end before period.current ("2021/22") begins; received "2021/22"`);
    expect(failure({ period: { current: "2021/22 Q3", baseline: "2021/22" } })).toBe(`${FN}period.baseline must end before period.current ("2021/22 Q3") begins; received "2021/22"`);
    expect(failure({ period: { current: "2021/22", baseline: "2021/22 Q1" } })).toBe(`${FN}period.baseline must end before period.current ("2021/22") begins; received "2021/22 Q1"`);
  });

  it("thresholds below 2 or not whole", () => {
    expect(failure({ disclosure: { threshold: 1 } })).toBe(`${FN}disclosure.threshold must be a whole number of at least 2; received 1`);
    expect(failure({ disclosure: { threshold: 5.5 } })).toBe(`${FN}disclosure.threshold must be a whole number of at least 2; received 5.5`);
    expect(failure({ disclosure: { threshold: "5" } })).toBe(`${FN}disclosure.threshold must be a whole number of at least 2; received "5"`);
  });

  it("unknown schemas", () => {
    const names = '"police-uk-stop-search", "police-uk-street", "police-uk-outcomes", "incidents", "custody", "hr", "gender-pay-gap-service"';
    expect(failure({ sources: [{ ...stopSearch, schema: "custdy" }] })).toBe(`${FN}sources[0].schema must be one of ${names}; received "custdy" (did you mean "custody"?)`);
    expect(failure({ sources: [{ ...stopSearch, schema: "stop-search" }] })).toBe(`${FN}sources[0].schema must be one of ${names}; received "stop-search" (did you mean "police-uk-stop-search"?)`);
    expect(failure({ sources: [{ ...stopSearch, schema: "payroll" }] })).toBe(`${FN}sources[0].schema must be one of ${names}; received "payroll"`);
  });

  it("empty lists, duplicate names and measures without a source", () => {
    expect(failure({ sources: [] })).toBe(`${FN}sources must list at least one source; received an array of length 0`);
    expect(failure({ sources: [{ ...stopSearch, paths: [] }] })).toBe(`${FN}sources[0].paths must list at least one file; received an array of length 0`);
    expect(failure({ sources: [{ ...stopSearch, paths: [""] }] })).toBe(`${FN}sources[0].paths[0] must be a non-empty string; received ""`);
    expect(failure({ sources: [stopSearch, { ...stopSearch, schema: "hr" }] })).toBe(`${FN}sources[1].name must be unique (sources[0] has the same name); received "stop-search"`);
    expect(failure({ measures: { payGap: true } })).toBe(`${FN}measures.payGap needs a source with schema "hr" or "gender-pay-gap-service"; received true`);
    expect(failure({ measures: { useOfForce: true } })).toBe(`${FN}measures.useOfForce cannot be true: no built-in schema reads its records yet; received true`);
  });
});

describe("key suggestions", () => {
  it("measures edit distance", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("lang", "lang")).toBe(0);
    expect(editDistance("titel", "title")).toBe(2);
  });

  it("suggests within distance 2, case-insensitively, else by containment, else nothing", () => {
    expect(suggestKey("TITLE", ["title", "area"])).toBe("title");
    expect(suggestKey("areas", ["title", "area"])).toBe("area");
    expect(suggestKey("baselinePeriod", ["current", "baseline"])).toBe("baseline");
    expect(suggestKey("xyz", ["current", "baseline"])).toBeUndefined();
    expect(suggestKey("cur", ["current"])).toBeUndefined();
    expect(suggestKey("fr", ["en", "cy", "both"])).toBeUndefined();
    expect(suggestKey("EN", ["en", "cy", "both"])).toBe("en");
  });
});
