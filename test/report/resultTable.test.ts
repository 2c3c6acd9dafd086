import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  decisionStages, deprivationGradient, disproportionality, forestPlotSpec, funnelPlotSpec, funnelSignificance, genderPayGap, gwentPopulation,
  jupyterDisplay, outcomeRates, payQuartilesSpec, ratesPer, representation, resultTable, spc, spcChartSpec, toHtml,
  type Baseline, type DecisionStage, type GenderPayGapEmployee, type GenderPayGapOptions, type ResultRow, type ResultTable,
} from "../../src/index.js";
import { relativeDifference } from "../_helpers/closeTo.js";
import { argumentErrorMessage } from "../_helpers/resultMismatches.js";

// Rows are checked against reference values computed outside this library (fixtures/ JSON written
// by R and Python generators) where a fixture covers the result, otherwise recomputed here from the
// input counts; limits that no fixture holds are compared with the result's own fields.

const revive = (_key: string, value: unknown) => (value === "Infinity" ? Infinity : value);
function fixture<T>(...path: string[]): T {
  return JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", ...path), "utf8"), revive) as T;
}

function close(actual: unknown, expected: number, tolerance = 1e-6, what = "value") {
  expect(typeof actual, what).toBe("number");
  const ok = relativeDifference(actual as number, expected) <= tolerance || Math.abs((actual as number) - expected) <= 1e-15;
  expect(ok, `${what}: actual ${String(actual)}, expected ${expected}`).toBe(true);
}

const display = (t: ResultTable) => t[jupyterDisplay]();
const find = (rows: readonly ResultRow[], key: string, value: string) => rows.find((r) => r[key] === value) as ResultRow;

/** Gwent 2019/20 stop and search by self-defined ethnicity (data.police.uk), independently verified. */
const GWENT_2019_20 = { Asian: 191, Black: 111, Mixed: 86, Other: 14, White: 2054, Unknown: 941 };

describe("resultTable: disproportionality", () => {
  interface Expected { value: number; lower: number; upper: number; method: string }
  const { tables } = fixture<{ tables: { name: string; args: [unknown, Baseline, { level: number }]; expected: { rows: { group: string; count: number; population: number; status: string; rate: Expected; ratio: (Expected & { pValue: number; adjustedPValue: number; status: string }) | null; significant: boolean | null }[] } }[] }>("disproportionality.json");
  const reference = tables[0] as (typeof tables)[number];
  const result = disproportionality(reference.args[0] as Record<string, number>, reference.args[1], reference.args[2]);
  const table = resultTable(result);

  it("has one row per group, as R computed them (fixtures/disproportionality.json)", () => {
    expect(table.kind).toBe("disproportionality");
    expect(table.rows.map((r) => r["group"])).toEqual(reference.expected.rows.map((r) => r.group));
    for (const want of reference.expected.rows) {
      const row = find(table.rows, "group", want.group);
      expect([row["count"], row["population"], row["status"], row["significant"]]).toEqual([want.count, want.population, want.status, want.significant]);
      close(row["rate"], want.rate.value, 1e-9, `${want.group} rate`);
      close(row["rateLower"], want.rate.lower, 1e-6, `${want.group} rate lower`);
      close(row["rateUpper"], want.rate.upper, 1e-6, `${want.group} rate upper`);
      expect(row["rateMethod"]).toBe(want.rate.method);
      if (want.ratio === null) {
        expect([row["ratio"], row["ratioLower"], row["ratioUpper"], row["pValue"], row["adjustedPValue"], row["ratioStatus"]]).toEqual([null, null, null, null, null, null]);
      } else {
        close(row["ratio"], want.ratio.value, 1e-9, `${want.group} ratio`);
        close(row["ratioLower"], want.ratio.lower, 1e-6, `${want.group} ratio lower`);
        close(row["ratioUpper"], want.ratio.upper, 1e-6, `${want.group} ratio upper`);
        close(row["pValue"], want.ratio.pValue, 1e-6, `${want.group} p`);
        close(row["adjustedPValue"], want.ratio.adjustedPValue, 1e-6, `${want.group} adjusted p`);
        expect([row["ratioMethod"], row["ratioStatus"]]).toEqual([want.ratio.method, want.ratio.status]);
      }
      expect([row["reference"], row["level"], row["per"]]).toEqual(["White", 0.9, 1000]);
    }
  });

  it("recomputes the Gwent 2019/20 Black/White ratio from the verified counts", () => {
    const gwent = resultTable(disproportionality(GWENT_2019_20, gwentPopulation({ census: 2011 })));
    const black = find(gwent.rows, "group", "Black");
    const white = find(gwent.rows, "group", "White");
    close(black["rate"], (111 / (black["population"] as number)) * 1000, 1e-12, "Black rate");
    close(black["ratio"], (111 / (black["population"] as number)) / (2054 / (white["population"] as number)), 1e-12, "Black/White ratio");
    expect(gwent.rows.some((r) => r["group"] === "Unknown")).toBe(false);
  });

  it("defaults to the forest plot, and the HTML heads each row with its group", () => {
    expect(table.toVegaLite()).toEqual(forestPlotSpec(result));
    const bundle = display(table);
    expect(Object.keys(bundle)).toEqual(["text/plain", "text/html", "application/vnd.vegalite.v5+json"]);
    expect(bundle["application/vnd.vegalite.v5+json"]).toEqual(forestPlotSpec(result));
    expect(bundle["text/html"]).toContain('<tr><th scope="row">Black</th><td class="num">111</td>');
    expect(bundle["text/html"]).toContain(`<caption>${table.title}</caption>`);
    expect(table.title).toBe("Rates per 1000 and rate ratios against White by ethnicity, " + result.area.name);
  });

  it("writes an infinite ratio (no reference events) as null, with its status", () => {
    const base = reference.args[1];
    const t = resultTable(disproportionality({ White: 0, Black: 3 }, { ...base, groups: base.groups.filter((g) => g.group === "White" || g.group === "Black") }));
    const black = find(t.rows, "group", "Black");
    expect([black["ratio"], black["ratioUpper"], black["ratioStatus"]]).toEqual([null, null, "infinite-ratio"]);
    expect(typeof black["ratioLower"]).toBe("number");
    expect(JSON.parse(JSON.stringify(t.rows))).toEqual(t.rows);
  });
});

describe("resultTable: rates", () => {
  const cases = fixture<{ cases: { fn: string; args: [number, number, { level: number }]; expected: { value: number; lower: number; upper: number; method: string } }[] }>("disproportionality.json").cases;
  const baseline = fixture<{ tables: { args: [unknown, Baseline] }[] }>("disproportionality.json").tables[0]?.args[1] as Baseline;

  it("matches R's rate limits per group, and has no chart", () => {
    const table = resultTable(ratesPer(GWENT_2019_20, baseline, { level: 0.9 }));
    expect(table.kind).toBe("rates");
    expect(table.columns).toEqual(["group", "count", "population", "rate", "lower", "upper", "method", "status", "level", "per"]);
    expect(table.rows.map((r) => r["group"])).toEqual(["White", "Mixed", "Asian", "Black", "Other"]);
    for (const row of table.rows) {
      const want = cases.find((c) => c.fn === "rate" && c.args[0] === row["count"] && c.args[1] === row["population"] && c.args[2].level === 0.9);
      expect(want, String(row["group"])).toBeDefined();
      close(row["rate"], want?.expected.value as number, 1e-9);
      close(row["lower"], want?.expected.lower as number);
      close(row["upper"], want?.expected.upper as number);
      expect([row["method"], row["status"], row["level"], row["per"]]).toEqual([want?.expected.method, "ok", 0.9, 1000]);
    }
    expect(table.toVegaLite()).toBeNull();
    expect(Object.keys(display(table))).toEqual(["text/plain", "text/html"]);
  });
});

describe("resultTable: decision stages", () => {
  interface Est { value: number; lower: number; upper: number; pValue?: number; method?: string; status?: string }
  const { cases } = fixture<{ cases: { args: [DecisionStage[], { level: number }]; expected: { stages: { stage: string; rows: { group: string; count: number; previous: number | null; status: string; rate: Est | null; ratio: Est | null }[] }[] } }[] }>("measures", "stages.json");
  const c = cases[0] as (typeof cases)[number];

  it("has one row per stage and group, as Python computed them (fixtures/measures/stages.json)", () => {
    const table = resultTable(decisionStages(...c.args));
    expect(table.kind).toBe("decision-stages");
    const expected = c.expected.stages.flatMap((s, i) => s.rows.map((r) => ({ ...r, stage: s.stage, previousStage: i === 0 ? null : (c.expected.stages[i - 1]?.stage ?? null) })));
    expect(table.rows.map((r) => [r["stage"], r["group"]])).toEqual(expected.map((r) => [r.stage, r.group]));
    expected.forEach((want, i) => {
      const row = table.rows[i] as ResultRow;
      const what = `${want.stage}/${want.group}`;
      expect([row["previousStage"], row["count"], row["previous"], row["status"]], what).toEqual([want.previousStage, want.count, want.previous, want.status]);
      if (want.rate === null) expect(row["rate"]).toBeNull();
      else {
        close(row["rate"], want.rate.value, 1e-9, `${what} rate`);
        close(row["rateLower"], want.rate.lower, 1e-6, `${what} rate lower`);
        close(row["rateUpper"], want.rate.upper, 1e-6, `${what} rate upper`);
      }
      if (want.ratio === null) expect([row["ratio"], row["ratioStatus"]]).toEqual([null, null]);
      else if (want.ratio.status === "ok") {
        close(row["ratio"], want.ratio.value, 1e-9, `${what} ratio`);
        close(row["ratioLower"], want.ratio.lower, 1e-6, `${what} ratio lower`);
        close(row["ratioUpper"], want.ratio.upper, 1e-6, `${what} ratio upper`);
        expect([row["ratioMethod"], row["ratioStatus"], row["level"]]).toEqual([want.ratio.method, "ok", 0.9]);
      }
    });
    expect(table.toVegaLite()).toBeNull();
  });
});

describe("resultTable: outcome rates", () => {
  it("recomputes each outcome rate and ratio from the counts", () => {
    const counts = { White: { outcomes: 301, searches: 2054 }, Black: { outcomes: 22, searches: 111 }, Asian: { outcomes: 25, searches: 191 }, Other: { outcomes: 0, searches: 0 } };
    const result = outcomeRates(counts);
    const table = resultTable(result);
    expect(table.kind).toBe("outcome-rates");
    expect(table.rows.map((r) => r["group"])).toEqual(["White", "Black", "Asian", "Other"]);
    for (const row of table.rows.slice(0, 3)) {
      const c = counts[row["group"] as "White"];
      close(row["rate"], c.outcomes / c.searches, 1e-12);
      const own = result.rows.find((r) => r.group === row["group"]);
      expect([row["rateLower"], row["rateUpper"], row["rateMethod"]]).toEqual([own?.rate?.lower, own?.rate?.upper, "wilson"]);
    }
    close(find(table.rows, "group", "Black")["ratio"], (22 / 111) / (301 / 2054), 1e-12);
    expect(find(table.rows, "group", "Other")).toMatchObject({ status: "zero-denominator", rate: null, ratio: null });
    expect(find(table.rows, "group", "White")).toMatchObject({ status: "reference", ratio: null, reference: "White", level: 0.95 });
  });
});

describe("resultTable: representation", () => {
  interface Est { value: number; lower: number; upper: number }
  const { cases } = fixture<{ cases: { fn: string; args: [Record<string, number>, Baseline, { level: number }]; expected: { overall: { rows: { group: string; count: number; population: number; populationShare: number; share: Est; ratio: Est; status: string }[] } } }[] }>("paygap", "workforce.json");
  const c = cases[0] as (typeof cases)[number];

  it("has one row per group of the whole workforce, as Python computed them (fixtures/paygap/workforce.json)", () => {
    const table = resultTable(representation(...c.args));
    expect(table.kind).toBe("representation");
    expect(table.rows.map((r) => r["group"])).toEqual(c.expected.overall.rows.map((r) => r.group));
    for (const want of c.expected.overall.rows) {
      const row = find(table.rows, "group", want.group);
      expect([row["stratum"], row["count"], row["population"], row["status"], row["level"]]).toEqual([null, want.count, want.population, want.status, 0.9]);
      close(row["populationShare"], want.populationShare, 1e-12);
      close(row["share"], want.share.value, 1e-12);
      close(row["shareLower"], want.share.lower);
      close(row["shareUpper"], want.share.upper);
      close(row["ratio"], want.ratio.value, 1e-9);
      close(row["ratioLower"], want.ratio.lower);
      close(row["ratioUpper"], want.ratio.upper);
      expect([row["shareMethod"], row["ratioMethod"]]).toEqual(["wilson", "wilson-fixed-population"]);
    }
  });

  it("adds a row per stratum and group after the whole workforce", () => {
    const records = [{ ethnicity: "White", rank: "Constable" }, { ethnicity: "Asian", rank: "Constable" }, { ethnicity: "White", rank: "Sergeant" }];
    const table = resultTable(representation(records, gwentPopulation(), { within: "rank" }));
    const strata = table.rows.map((r) => r["stratum"]);
    expect(strata.filter((s) => s === null)).toHaveLength(5);
    expect(strata.slice(5, 10)).toEqual(Array(5).fill("Constable"));
    expect(find(table.rows.filter((r) => r["stratum"] === "Constable"), "group", "Asian")["share"]).toBe(0.5);
  });
});

describe("resultTable: gender pay gap", () => {
  const { cases } = fixture<{ cases: { employees: GenderPayGapEmployee[]; options: GenderPayGapOptions; expected: { meanHourlyGap: number; medianHourlyGap: number; meanBonusGap: number; medianBonusGap: number; bonusProportions: { male: number; female: number }; quartiles: Record<string, { male: number; female: number }>; averages: Record<string, { male: number; female: number }> } }[] }>("paygap", "gender-pay-gap.json");
  const c = cases[0] as (typeof cases)[number];
  const result = genderPayGap(c.employees, c.options);
  const table = resultTable(result);

  it("has one row per statutory figure, as Python computed them (fixtures/paygap/gender-pay-gap.json)", () => {
    const e = c.expected;
    expect(table.kind).toBe("gender-pay-gap");
    const expected: [string, number | null, { male: number; female: number }, string][] = [
      ["Mean hourly pay gap", e.meanHourlyGap, e.averages["meanHourly"] as { male: number; female: number }, "£ per hour"],
      ["Median hourly pay gap", e.medianHourlyGap, e.averages["medianHourly"] as { male: number; female: number }, "£ per hour"],
      ["Mean bonus gap", e.meanBonusGap, e.averages["meanBonus"] as { male: number; female: number }, "£"],
      ["Median bonus gap", e.medianBonusGap, e.averages["medianBonus"] as { male: number; female: number }, "£"],
      ["Bonus proportion", null, e.bonusProportions, "%"],
      ["Lower quartile band", null, e.quartiles["lower"] as { male: number; female: number }, "%"],
      ["Lower middle quartile band", null, e.quartiles["lowerMiddle"] as { male: number; female: number }, "%"],
      ["Upper middle quartile band", null, e.quartiles["upperMiddle"] as { male: number; female: number }, "%"],
      ["Upper quartile band", null, e.quartiles["upper"] as { male: number; female: number }, "%"],
    ];
    expect(table.rows.map((r) => r["measure"])).toEqual(expected.map((x) => x[0]));
    expected.forEach(([measure, gap, pair, unit], i) => {
      const row = table.rows[i] as ResultRow;
      if (gap === null) expect(row["gap"]).toBeNull();
      else close(row["gap"], gap, 1e-12, measure);
      close(row["male"], pair.male, 1e-12, `${measure} male`);
      close(row["female"], pair.female, 1e-12, `${measure} female`);
      expect([row["unit"], row["status"], row["lower"], row["method"]]).toEqual([unit, "ok", null, null]);
    });
    expect(table.title).toBe("Gender pay gap (SI 2017/353), snapshot 2024-03-31");
  });

  it("defaults to the quartile chart", () => {
    expect(display(table)["application/vnd.vegalite.v5+json"]).toEqual(payQuartilesSpec(result));
  });

  it("carries the bootstrap limits of the hourly gaps when they were asked for", () => {
    const boot = genderPayGap(c.employees, { ...c.options, bootstrap: { replicates: 200 } });
    const rows = resultTable(boot).rows;
    expect(rows[0]).toMatchObject({ lower: boot.intervals?.meanHourlyGap.lower, upper: boot.intervals?.meanHourlyGap.upper, method: "percentile", level: 0.95 });
    expect(rows[1]).toMatchObject({ lower: boot.intervals?.medianHourlyGap.lower, method: "percentile" });
    expect(rows[2]).toMatchObject({ lower: null, method: null, level: null });
  });
});

describe("resultTable: SPC", () => {
  const { cases } = fixture<{ cases: { fn: string; args: [number[], object]; expected: { points: { index: number; value: number; centre: number; upperLimit: number; lowerLimit: number; rules: string[]; variation: string; segment: number }[] } }[] }>("trends", "spc.json");
  const c = cases[0] as (typeof cases)[number];

  it("has one row per point, as the reference implementation computed them (fixtures/trends/spc.json)", () => {
    const result = spc(...c.args);
    const table = resultTable(result);
    expect(table.kind).toBe("spc");
    expect(table.rows).toHaveLength(c.expected.points.length);
    c.expected.points.forEach((want, i) => {
      const row = table.rows[i] as ResultRow;
      expect([row["index"], row["value"], row["segment"], row["variation"], row["rules"], row["chart"]]).toEqual([want.index, want.value, want.segment, want.variation, want.rules.join(", "), "xmr"]);
      close(row["centre"], want.centre, 1e-9);
      close(row["upperLimit"], want.upperLimit, 1e-9);
      close(row["lowerLimit"], want.lowerLimit, 1e-9);
    });
    expect(table.rows[4]?.["rules"]).toBe("outside-limits");
    expect(table.toVegaLite()).toEqual(spcChartSpec(result));
  });
});

describe("resultTable: funnel", () => {
  const areas = [{ area: "A", numerator: 120, denominator: 1000 }, { area: "B", numerator: 95, denominator: 1000 }, { area: "C", numerator: 45, denominator: 500 }, { area: "Z", numerator: 0, denominator: 0 }];
  const result = funnelSignificance(areas);
  const table = resultTable(result);

  it("has one row per area with the limits of each level as columns", () => {
    expect(table.kind).toBe("funnel");
    expect(table.columns).toEqual(["area", "numerator", "denominator", "value", "target", "significance", "status", "zScore", "lower95", "upper95", "lower99.8", "upper99.8", "type", "method", "per"]);
    const target = ((120 + 95 + 45) / 2500) * 1000;
    areas.slice(0, 3).forEach((a, i) => {
      const row = table.rows[i] as ResultRow;
      close(row["value"], (a.numerator / a.denominator) * 1000, 1e-12, a.area);
      close(row["target"], target, 1e-12, "target");
      const own = result.areas[i]?.limits ?? [];
      expect([row["lower95"], row["upper95"], row["lower99.8"], row["upper99.8"]]).toEqual([own[0]?.lower, own[0]?.upper, own[1]?.lower, own[1]?.upper]);
      expect([row["type"], row["method"], row["per"]]).toEqual(["rate", "exact-poisson", 1000]);
    });
    expect(table.rows[3]).toMatchObject({ area: "Z", value: null, status: "zero-denominator", significance: "not-assessed", lower95: null, "upper99.8": null });
    expect(table.toVegaLite()).toEqual(funnelPlotSpec(result));
  });
});

describe("resultTable: deprivation gradient", () => {
  const { cases } = fixture<{ cases: { args: [number[], number[], { per: number; level: number }]; expected: { rates: number[]; ridits: number[] } }[] }>("measures", "deprivation.json");
  const c = cases[0] as (typeof cases)[number];

  it("has one row per group with R's rates and ridits (fixtures/measures/deprivation.json)", () => {
    const result = deprivationGradient(c.args[0], c.args[1], { ...c.args[2], replicates: 1000 });
    const table = resultTable(result);
    expect(table.kind).toBe("deprivation-gradient");
    expect(table.rows).toHaveLength(c.expected.rates.length);
    c.expected.rates.forEach((rate, i) => {
      const row = table.rows[i] as ResultRow;
      close(row["rate"], rate, 1e-12, `rate ${i}`);
      close(row["ridit"], c.expected.ridits[i] as number, 1e-12, `ridit ${i}`);
      expect([row["count"], row["population"], row["lower"], row["upper"]]).toEqual([c.args[0][i], c.args[1][i], result.rows[i]?.rate?.lower, result.rows[i]?.rate?.upper]);
    });
    expect(table.toVegaLite()).toBeNull();
  });
});

describe("resultTable: plain rows", () => {
  const table = resultTable([{ area: "Newport", rate: 2 / 3, flagged: true }, { area: "Torfaen", count: 12345, rate: undefined }], { title: "Areas" });

  it("takes every key as a column in the order first seen, with null for a missing cell", () => {
    expect(table.kind).toBe("rows");
    expect(table.columns).toEqual(["area", "rate", "flagged", "count"]);
    expect(table.rows).toEqual([{ area: "Newport", rate: 2 / 3, flagged: true, count: null }, { area: "Torfaen", rate: null, flagged: null, count: 12345 }]);
  });

  it("writes CSV in full precision and the text, Markdown and HTML to 4 significant figures, whole numbers in full", () => {
    expect(table.toCSV()).toBe(`area,rate,flagged,count\nNewport,${String(2 / 3)},true,\nTorfaen,,,12345\n`);
    expect(table.toMarkdown()).toBe("Areas\n\n| area | rate | flagged | count |\n| --- | ---: | --- | ---: |\n| Newport | 0.6667 | true |  |\n| Torfaen |  |  | 12345 |\n");
    expect(table.toHTML()).toBe(toHtml([{ area: "Newport", rate: 0.6667, flagged: true, count: null }, { area: "Torfaen", rate: null, flagged: null, count: 12345 }], { caption: "Areas" }));
    expect(resultTable([{ x: 1234.5678 }], { digits: 2 }).toMarkdown()).toContain("| 1200 |");
  });

  it("shows an aligned text table: numbers right, text left", () => {
    expect(display(table)["text/plain"]).toBe([
      "Areas",
      "",
      "area       rate  flagged  count",
      "-------  ------  -------  -----",
      "Newport  0.6667  true",
      "Torfaen                   12345",
      "",
    ].join("\n"));
    expect(Object.keys(display(table))).toEqual(["text/plain", "text/html"]);
    expect(display(table)["text/html"]).toBe(table.toHTML());
  });
});

describe("resultTable: JSON and immutability", () => {
  const table = resultTable(ratesPer(GWENT_2019_20, gwentPopulation({ census: 2011 })));

  it("serialises to { title, columns, rows } only", () => {
    const json = JSON.parse(JSON.stringify(table)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["title", "columns", "rows"]);
    expect(json).toEqual({ title: table.title, columns: table.columns, rows: table.rows });
    expect(Object.keys(table)).toEqual(["title", "columns", "rows"]);
  });

  it("is frozen, rows and columns included", () => {
    expect(Object.isFrozen(table)).toBe(true);
    expect(Object.isFrozen(table.rows)).toBe(true);
    expect(Object.isFrozen(table.rows[0])).toBe(true);
    expect(Object.isFrozen(table.columns)).toBe(true);
  });

  it("uses the symbol Deno's kernel reads", () => {
    expect(jupyterDisplay).toBe(Symbol.for("Jupyter.display"));
    expect(typeof (table as unknown as Record<symbol, unknown>)[Symbol.for("Jupyter.display")]).toBe("function");
  });

  it("takes a title", () => {
    const titled = resultTable(ratesPer(GWENT_2019_20, gwentPopulation({ census: 2011 })), { title: "Stop and search, 2019/20" });
    expect(titled.title).toBe("Stop and search, 2019/20");
    expect(display(titled)["text/plain"].split("\n")[0]).toBe("Stop and search, 2019/20");
    expect(titled.toHTML()).toContain("<caption>Stop and search, 2019/20</caption>");
  });
});

describe("resultTable: invalid input", () => {
  const rates = ratesPer(GWENT_2019_20, gwentPopulation({ census: 2011 }));
  const accepted = "a disproportionality(), disproportionalityByArea(), ratesPer(), decisionStages(), outcomeRates(), representation(), genderPayGap(), payGap(), equalPayAudit(), spc(), funnelSignificance(), compareRatios() or deprivationGradient() result, or a non-empty array of row objects";

  it.each([
    ["a number", 42, "42"],
    ["null", null, "null"],
    ["an object of no known kind", { rows: [] }, "a value of type object"],
    ["a mantelHaenszel-like object", { value: 2, lower: 1, upper: 3 }, "a value of type object"],
  ])("rejects %s", (_name, value, received) => {
    expect(argumentErrorMessage(() => resultTable(value as never))).toBe(`resultTable: result must be ${accepted}; received ${received}`);
  });

  it("rejects bad rows", () => {
    expect(argumentErrorMessage(() => resultTable([]))).toBe("resultTable: result must not be an empty array (it has no columns); received an array of length 0");
    expect(argumentErrorMessage(() => resultTable([{ a: 1 }, 3] as never))).toBe("resultTable: result[1] must be a row object; received 3");
    expect(argumentErrorMessage(() => resultTable([{ a: Number.NaN }]))).toBe("resultTable: result[0].a must be a string, a number (not NaN), a boolean, null or undefined; received NaN");
    expect(argumentErrorMessage(() => resultTable([{ a: [1, 2] }] as never))).toBe("resultTable: result[0].a must be a string, a number (not NaN), a boolean, null or undefined; received an array of length 2");
  });

  it("rejects bad options", () => {
    expect(argumentErrorMessage(() => resultTable(rates, "x" as never))).toBe('resultTable: options must be an object or undefined; received "x"');
    expect(argumentErrorMessage(() => resultTable(rates, { title: "" }))).toBe('resultTable: options.title must be a non-empty single line of text; received ""');
    expect(argumentErrorMessage(() => resultTable(rates, { title: "a\nb" }))).toBe('resultTable: options.title must be a non-empty single line of text; received "a\\nb"');
    expect(argumentErrorMessage(() => resultTable(rates, { digits: 0 }))).toBe("resultTable: options.digits must be a whole number from 1 to 17; received 0");
    expect(argumentErrorMessage(() => resultTable(rates, { digits: 2.5 }))).toBe("resultTable: options.digits must be a whole number from 1 to 17; received 2.5");
  });
});
