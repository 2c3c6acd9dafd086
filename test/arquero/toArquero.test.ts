import { escape, from, op } from "arquero";
import { describe, expect, it } from "vitest";
import { fromArquero, toArquero } from "../../src/arquero/index.js";
import {
  baselineFromCensusCsv, decisionStages, deprivationCounts, disproportionality, funnelSignificance, gwentPopulation, outcomeRates, ratesPer, representation, spc,
} from "../../src/index.js";
import { argumentErrorMessage } from "../_helpers/resultMismatches.js";

type Row = Record<string, unknown>;
const rows = (t: { objects(): object[] }) => t.objects() as Row[];
const census2011 = gwentPopulation({ census: 2011 });
// Gwent, Census 2011 (QS201EW): Black 3,185 and White 554,377 usual residents.
const BLACK = 3185;
const WHITE = 554377;

describe("toArquero: a disproportionality table", () => {
  const table = disproportionality({ White: 2054, Black: 111, Asian: 191, Mixed: 86, Other: 14, Unknown: 941 }, census2011);
  const t = toArquero(table);

  it("has one row per group, with flat rate and ratio columns and the table's settings", () => {
    expect(t.numRows()).toBe(5);
    expect(t.columnNames()).toEqual([
      "group", "count", "population", "status", "rate", "rateLower", "rateUpper", "rateMethod",
      "ratio", "ratioLower", "ratioUpper", "ratioMethod", "ratioStatus", "pValue", "adjustedPValue", "significant", "reference", "level", "per",
    ]);
    const black = rows(t).find((r) => r["group"] === "Black") as Row;
    expect(black["count"]).toBe(111);
    expect(black["population"]).toBe(BLACK);
    expect(black["rate"]).toBeCloseTo((111 / BLACK) * 1000, 10);
    expect(black["ratio"]).toBeCloseTo(111 / BLACK / (2054 / WHITE), 10);
    // R: poisson.test(c(111, 2054), c(3185, 554377))$conf.int = 7.70, 11.39
    expect([black["ratioLower"], black["ratioUpper"]].map((v) => Number((v as number).toFixed(2)))).toEqual([7.7, 11.39]);
    expect(black).toMatchObject({ reference: "White", per: 1000, level: 0.95, ratioMethod: "exact", status: "ok", significant: true });
  });

  it("leaves the reference row's ratio columns null", () => {
    const white = rows(t).find((r) => r["group"] === "White") as Row;
    expect(white).toMatchObject({ status: "reference", ratio: null, ratioLower: null, ratioUpper: null, ratioMethod: null, pValue: null, significant: null });
    expect(white["rate"]).toBeCloseTo((2054 / WHITE) * 1000, 10);
  });

  it("answers arquero's verbs consistently with the input counts and populations", () => {
    expect(t.rollup({ searches: op.sum("count") }).get("searches", 0)).toBe(2054 + 111 + 191 + 86 + 14);
    const checked = t.derive({ check: escape((d: Row) => ((d["count"] as number) / (d["population"] as number)) * 1000) }).objects() as Row[];
    for (const r of checked) expect(r["rate"]).toBeCloseTo(r["check"] as number, 10);
    const significant = t.filter((d: Row) => d["significant"] === true).array("group");
    expect([...significant].sort()).toEqual(table.rows.filter((r) => r.significant).map((r) => r.group).sort());
  });

  it("comes back to the counts it was built from (Unknown is not a row of the table)", () => {
    expect(fromArquero(t, { group: "group", count: "count" })).toEqual({ Asian: 191, Black: 111, Mixed: 86, White: 2054, Other: 14 });
  });

  it("makes an infinite ratio null, its status saying why, as resultTable does", () => {
    const result = disproportionality({ White: 0, Black: 3 }, census2011);
    const black = rows(toArquero(result)).find((r) => r["group"] === "Black") as Row;
    expect(black).toMatchObject({ ratio: null, ratioUpper: null, ratioStatus: "infinite-ratio" });
    expect(black["ratioLower"]).toBe(result.rows.find((r) => r.group === "Black")?.ratio?.lower);
    expect(black["ratioLower"] as number).toBeGreaterThan(0);
  });
});

describe("toArquero: other results", () => {
  it("gives one row per stage and group for decisionStages, whose totals a rollup recovers", () => {
    const chain = decisionStages([
      { stage: "Stop and search", counts: { White: 2000, Black: 110, Unknown: 900 } },
      { stage: "Arrest", counts: { White: 200, Black: 22, Unknown: 60 } },
    ]);
    const t = toArquero(chain);
    const totals = t.groupby("stage").rollup({ n: op.sum("count") }).objects() as Row[];
    expect(Object.fromEntries(totals.map((r) => [r["stage"], r["n"]]))).toEqual({ "Stop and search": 2110, Arrest: 222 });
    const arrest = rows(t).find((r) => r["stage"] === "Arrest" && r["group"] === "Black") as Row;
    expect(arrest).toMatchObject({ previousStage: "Stop and search", count: 22, previous: 110, reference: "White", level: 0.95 });
    expect(arrest["rate"]).toBeCloseTo(22 / 110, 12);
    expect(arrest["ratio"]).toBeCloseTo(22 / 110 / (200 / 2000), 12);
    expect((arrest["ratioLower"] as number) < 2 && (arrest["ratioUpper"] as number) > 2).toBe(true);
  });

  it("gives one row per group for outcomeRates", () => {
    const t = toArquero(outcomeRates({ White: { outcomes: 300, searches: 2000 }, Black: { outcomes: 11, searches: 110 } }));
    expect(t.array("group")).toEqual(["White", "Black"]);
    expect(t.get("rate", 1)).toBeCloseTo(0.1, 12);
    expect(t.get("ratio", 1)).toBeCloseTo(0.1 / 0.15, 12);
    expect(t.get("rateMethod", 1)).toBe("wilson");
    expect(t.rollup({ searches: op.sum("searches"), outcomes: op.sum("outcomes") }).objects()).toEqual([{ searches: 2110, outcomes: 311 }]);
  });

  it("gives one row per group for ratesPer, with the rate's limits as lower and upper", () => {
    const b = baselineFromCensusCsv("geography code,Sex: All persons,Sex: Female,Sex: Male\nA,20000,10500,9500");
    const result = ratesPer({ Female: 21, Male: 38, Unknown: 4 }, b);
    const t = toArquero(result);
    expect(rows(t).map((r) => [r["group"], r["count"], r["population"], r["rate"], r["per"]])).toEqual([["Female", 21, 10500, 2, 1000], ["Male", 38, 9500, 4, 1000]]);
    expect(t.array("lower")).toEqual(result.rows.map((r) => r.rate?.lower));
    expect(t.array("upper")).toEqual(result.rows.map((r) => r.rate?.upper));
    expect(t.array("method")).toEqual(result.rows.map((r) => r.rate?.method));
  });

  it("gives the overall rows, then each stratum's, for representation", () => {
    const people = [
      ...Array.from({ length: 30 }, (_, i) => ({ ethnicity: i < 27 ? "White" : "Asian", rank: "Constable" })),
      ...Array.from({ length: 10 }, (_, i) => ({ ethnicity: i < 9 ? "White" : "", rank: "Sergeant" })),
    ];
    const t = toArquero(representation(people, gwentPopulation(), { within: "rank" }));
    const counts = t.groupby("stratum").rollup({ n: op.sum("count") }).objects() as Row[];
    expect(Object.fromEntries(counts.map((r) => [String(r["stratum"]), r["n"]]))).toEqual({ null: 39, Constable: 30, Sergeant: 9 });
    const asian = rows(t).find((r) => r["stratum"] === null && r["group"] === "Asian") as Row;
    expect(asian["share"]).toBeCloseTo(3 / 39, 12);
    expect(asian).toMatchObject({ count: 3, shareMethod: "wilson", ratioMethod: "wilson-fixed-population", level: 0.95 });
    expect(asian["ratio"]).toBeCloseTo((3 / 39) / (asian["populationShare"] as number), 12);
  });

  it("gives one row per point for spc, with the limits and the rules that fired", () => {
    const values = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1];
    const chart = spc(values);
    const t = toArquero(chart);
    expect(t.array("value")).toEqual(values);
    expect(t.array("index")).toEqual(values.map((_, i) => i));
    expect(t.get("rules", 4)).toBe("outside-limits");
    expect(t.get("rules", 0)).toBe("");
    expect(t.array("upperLimit")).toEqual(chart.points.map((p) => p.upperLimit));
    expect(t.rollup({ mean: op.mean("value") }).get("mean", 0)).toBeCloseTo(chart.points[0]?.centre as number, 12);
    expect(t.get("chart", 0)).toBe("xmr");
  });

  it("gives one row per area for funnelSignificance, with each level's limits as columns", () => {
    const areas = [
      { area: "A", numerator: 120, denominator: 1000 },
      { area: "B", numerator: 95, denominator: 1000 },
      { area: "C", numerator: 45, denominator: 500 },
    ];
    const f = funnelSignificance(areas);
    const t = toArquero(f);
    expect(t.columnNames()).toEqual(expect.arrayContaining(["area", "value", "significance", "lower95", "upper95", "lower99.8", "upper99.8", "target", "method"]));
    expect(t.array("numerator")).toEqual([120, 95, 45]);
    expect(t.array("lower99.8")).toEqual(f.areas.map((a) => a.limits.find((b) => b.level === 0.998)?.lower));
    expect(t.array("upper95")).toEqual(f.areas.map((a) => a.limits.find((b) => b.level === 0.95)?.upper));
    expect(t.array("significance")).toEqual(f.areas.map((a) => a.significance));
  });

  it("gives deprivationCounts' groups and counts", () => {
    const t = toArquero(deprivationCounts({ W01001421: 12, W01001440: 3 }));
    expect(t.rollup({ n: op.sum("count") }).get("n", 0)).toBe(15);
    expect(t.numRows()).toBe(5);
    expect(t.get("by", 0)).toBe("quintile");
  });
});

describe("toArquero: plain rows", () => {
  it("keeps the fields of every row, a missing one null, and round-trips through fromArquero", () => {
    const input = [{ group: "White", count: 5 }, { group: "Black", count: 2, note: "small" }];
    const t = toArquero(input);
    expect(t.columnNames()).toEqual(["group", "count", "note"]);
    expect(fromArquero(t, { records: true })).toEqual([{ group: "White", count: 5, note: null }, { group: "Black", count: 2, note: "small" }]);
    expect(fromArquero(t, { group: "group", count: "count" })).toEqual({ White: 5, Black: 2 });
    expect(toArquero([]).numRows()).toBe(0);
  });

  it("round-trips an arquero table of counts: out, verbs, back in", () => {
    const t = from([{ g: "White", n: 3 }, { g: "White", n: 4 }, { g: "Black", n: 1 }]);
    const back = toArquero(fromArquero(t, { records: true }));
    expect(back.objects()).toEqual(t.objects());
  });
});

describe("toArquero: invalid arguments", () => {
  const kinds = "a disproportionality(), disproportionalityByArea(), ratesPer(), decisionStages(), outcomeRates(), representation(), genderPayGap(), payGap(), equalPayAudit(), spc(), funnelSignificance(), compareRatios(), deprivationGradient(), countExtract(), countRecords() or deprivationCounts() result, or an array of row objects";
  const call = (value: unknown) => () => toArquero(value as never);

  it("rejects anything but a result or rows, saying what it accepts", () => {
    expect(argumentErrorMessage(call(null))).toBe(`toArquero: result must be ${kinds}; received null`);
    expect(argumentErrorMessage(call("rows"))).toBe(`toArquero: result must be ${kinds}; received "rows"`);
    expect(argumentErrorMessage(call({ rows: [] }))).toBe(`toArquero: result must be ${kinds}; received a value of type object`);
  });

  it("rejects a row that is not an object, naming it", () => {
    expect(argumentErrorMessage(call([{ a: 1 }, 2]))).toBe("toArquero: result[1] must be an object; received 2");
    expect(argumentErrorMessage(call([[1]]))).toBe("toArquero: result[0] must be an object; received an array of length 1");
    expect(argumentErrorMessage(call({ counts: [null], rejects: [], summary: {} }))).toBe("toArquero: result.counts[0] must be an object; received null");
  });
});
