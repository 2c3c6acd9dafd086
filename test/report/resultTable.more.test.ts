import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toArquero } from "../../src/arquero/index.js";
import {
  baselineFromCensusCsv, compareRatios, disproportionality, disproportionalityByArea, equalPayAudit, funnelSignificance, gwentPopulation, jupyterDisplay, payGap,
  resultTable, type AreaCounts, type PayGapEmployee, type ResultRow, type ResultTable,
} from "../../src/index.js";
import { relativeDifference } from "../_helpers/closeTo.js";
import { argumentErrorMessage } from "../_helpers/resultMismatches.js";

// The kinds resultTable learnt last: disproportionalityByArea, compareRatios, payGap and
// equalPayAudit. Rows are checked against fixtures/ JSON written by R and Python generators where a
// fixture covers the result, against values recomputed here from the inputs, and (for limits no
// fixture holds) against the result's own fields.

function fixture<T>(...path: string[]): T {
  return JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", ...path), "utf8")) as T;
}

function close(actual: unknown, expected: number, tolerance = 1e-6, what = "value") {
  expect(typeof actual, what).toBe("number");
  const ok = relativeDifference(actual as number, expected) <= tolerance || Math.abs((actual as number) - expected) <= 1e-15;
  expect(ok, `${what}: actual ${String(actual)}, expected ${expected}`).toBe(true);
}

const display = (t: ResultTable) => t[jupyterDisplay]();
const find = (rows: readonly ResultRow[], match: Record<string, unknown>) => rows.find((r) => Object.entries(match).every(([k, v]) => r[k] === v)) as ResultRow;

/** A table without a default chart: the bundle is text and HTML, the JSON is { title, columns, rows }, every row has exactly the columns. */
function checkPlain(table: ResultTable) {
  expect(table.toVegaLite()).toBeNull();
  const bundle = display(table);
  expect(Object.keys(bundle)).toEqual(["text/plain", "text/html"]);
  expect(bundle["text/plain"].split("\n")[0]).toBe(table.title);
  expect(bundle["text/html"]).toBe(table.toHTML());
  expect(bundle["text/html"]).toContain(`<caption>${table.title}</caption>`);
  const json = JSON.parse(JSON.stringify(table)) as Record<string, unknown>;
  expect(Object.keys(json)).toEqual(["title", "columns", "rows"]);
  expect(json).toEqual({ title: table.title, columns: table.columns, rows: table.rows });
  for (const row of table.rows) expect(Object.keys(row)).toEqual(table.columns);
  expect(table.toCSV().split("\n")[0]).toBe(table.columns.join(","));
  expect(table.toCSV().trimEnd().split("\n")).toHaveLength(table.rows.length + 1);
  expect(Object.isFrozen(table.rows[0])).toBe(true);
}

describe("resultTable: disproportionalityByArea", () => {
  // The five-area case of fixtures/mantel-haenszel.json (R, epiR epi.2by2 "cohort.time"), as area baselines.
  interface Stratum { stratum: string; count: number; population: number; referenceCount: number; referencePopulation: number }
  const { cases } = fixture<{ cases: { args: [Stratum[], { level: number }]; call: string; expected: { value: number; lower: number; upper: number; pValue: number; method: string; status: string }; homogeneity: { pValue: number } }[] }>("mantel-haenszel.json");
  const c = cases.find((x) => x.call.startsWith("five local authorities") && x.args[1].level === 0.95) as (typeof cases)[number];
  const strata = c.args[0];
  const areas: AreaCounts[] = strata.map((s) => ({
    area: s.stratum,
    counts: { Black: s.count, White: s.referenceCount },
    baseline: baselineFromCensusCsv(`geography code,Ethnic group: Black,Ethnic group: White\nX,${s.population},${s.referencePopulation}`),
  }));
  const result = disproportionalityByArea(areas);
  const table = resultTable(result);

  it("recognises the result, one row per area and group then one pooled row per group", () => {
    expect(table.kind).toBe("disproportionality-by-area");
    expect(table.rows.map((r) => [r["area"], r["group"]])).toEqual([...strata.flatMap((s) => [[s.stratum, "Black"], [s.stratum, "White"]]), ["All (pooled)", "Black"]]);
    expect(table.title).toBe("Rates per 1000 and rate ratios against White by area and ethnic-group, pooled over the areas");
  });

  it("gives each area's rates and ratio, recomputed from the counts, with the limits of the area's own table", () => {
    for (const [i, s] of strata.entries()) {
      const black = find(table.rows, { area: s.stratum, group: "Black" });
      const white = find(table.rows, { area: s.stratum, group: "White" });
      expect([black["count"], black["population"], white["count"], white["population"]]).toEqual([s.count, s.population, s.referenceCount, s.referencePopulation]);
      close(black["rate"], (s.count / s.population) * 1000, 1e-12, `${s.stratum} Black rate`);
      close(white["rate"], (s.referenceCount / s.referencePopulation) * 1000, 1e-12, `${s.stratum} White rate`);
      close(black["ratio"], s.count / s.population / (s.referenceCount / s.referencePopulation), 1e-12, `${s.stratum} ratio`);
      const own = result.areas[i]?.table.rows.find((r) => r.group === "Black");
      expect([black["rateLower"], black["ratioLower"], black["ratioUpper"], black["pValue"], black["adjustedPValue"], black["significant"]])
        .toEqual([own?.rate?.lower, own?.ratio?.lower, own?.ratio?.upper, own?.ratio?.pValue, own?.ratio?.adjustedPValue, own?.significant]);
      expect([white["status"], white["ratio"], white["ratioStatus"], black["ratioStatus"]]).toEqual(["reference", null, null, "ok"]);
      expect([black["homogeneityPValue"], black["reference"], black["level"], black["per"]]).toEqual([null, "White", 0.95, 1000]);
    }
  });

  it("places each area in the group's funnel, against the group's rate over all the areas", () => {
    for (const [group, count, population] of [["Black", "count", "population"], ["White", "referenceCount", "referencePopulation"]] as const) {
      const target = (strata.reduce((sum, s) => sum + s[count], 0) / strata.reduce((sum, s) => sum + s[population], 0)) * 1000;
      const funnel = funnelSignificance(strata.map((s) => ({ area: s.stratum, numerator: s[count], denominator: s[population] })));
      for (const [i, s] of strata.entries()) {
        const row = find(table.rows, { area: s.stratum, group });
        close(row["funnelTarget"], target, 1e-12, `${group} target`);
        expect([row["funnelSignificance"], row["funnelZScore"]]).toEqual([funnel.areas[i]?.significance, null]);
      }
    }
    expect(table.rows.map((r) => r["funnelSignificance"])).toContain("above-99.8");
  });

  it("has the pooled ratio as R's epiR computed it (fixtures/mantel-haenszel.json)", () => {
    const pooled = find(table.rows, { area: "All (pooled)" });
    close(pooled["ratio"], c.expected.value, 1e-9, "pooled ratio");
    close(pooled["ratioLower"], c.expected.lower, 1e-6, "pooled lower");
    close(pooled["ratioUpper"], c.expected.upper, 1e-6, "pooled upper");
    close(pooled["pValue"], c.expected.pValue, 1e-6, "pooled p");
    close(pooled["homogeneityPValue"], c.homogeneity.pValue, 1e-6, "homogeneity p");
    expect([pooled["ratioMethod"], pooled["ratioStatus"], pooled["status"]]).toEqual([c.expected.method, c.expected.status, "ok"]);
    expect([pooled["count"], pooled["population"], pooled["rate"], pooled["adjustedPValue"], pooled["significant"], pooled["funnelSignificance"], pooled["funnelTarget"]])
      .toEqual([null, null, null, null, null, null, null]);
  });

  it("has no default chart, and serialises as plain JSON", () => {
    checkPlain(table);
  });

  it("shows a group with no areas to pool, and an area left out of a funnel, as nulls with their status", () => {
    const zero = baselineFromCensusCsv("geography code,Ethnic group: Black,Ethnic group: White\nX,0,5000");
    const t = resultTable(disproportionalityByArea([{ area: "Nowhere", counts: { Black: 0, White: 10 }, baseline: zero }]));
    expect(find(t.rows, { area: "Nowhere", group: "Black" })).toMatchObject({ status: "zero-population", rate: null, ratio: null, funnelSignificance: null, funnelTarget: null });
    expect(find(t.rows, { area: "All (pooled)", group: "Black" })).toMatchObject({ status: "no-areas", ratio: null, ratioStatus: null, pValue: null, homogeneityPValue: null });
  });

  it("recomputes the Gwent TSDoc example's Newport ratio from Census populations", () => {
    const t = resultTable(disproportionalityByArea([
      { area: "Newport", counts: { Black: 60, White: 400 }, baseline: gwentPopulation({ area: "Newport" }) },
      { area: "Torfaen", counts: { Black: 4, White: 250 }, baseline: gwentPopulation({ area: "Torfaen" }) },
    ]));
    const black = find(t.rows, { area: "Newport", group: "Black" });
    const white = find(t.rows, { area: "Newport", group: "White" });
    close(black["ratio"], 60 / (black["population"] as number) / (400 / (white["population"] as number)), 1e-12);
    expect(t.rows.filter((r) => r["area"] === "Newport")).toEqual(resultTable(disproportionality({ Black: 60, White: 400 }, gwentPopulation({ area: "Newport" }))).rows
      .map((r) => expect.objectContaining({ ...r, area: "Newport" })));
  });
});

describe("resultTable: compareRatios", () => {
  interface Ratio { value: number; lower: number; upper: number; status: string }
  const { cases } = fixture<{ cases: { fn: string; args: [unknown, unknown, { level: number; method: "auto" }]; call: string; expected: { value: number; lower: number; upper: number; level: number; method: string; status: string; pValue: number; comparison: string; before: { ratio: Ratio }; after: { ratio: Ratio } } }[] }>("trends", "comparisons.json");
  // Gwent Black/White stop and search, 2019/20 (11 months) against 2021/22 (R: delta method and the Poisson GLM interaction).
  const c = cases.find((x) => x.fn === "compareRatios") as (typeof cases)[number];
  const result = compareRatios(...(c.args as Parameters<typeof compareRatios>));
  const table = resultTable(result);

  it("has a before, an after and a change row, as R computed them (fixtures/trends/comparisons.json)", () => {
    expect(table.kind).toBe("ratio-comparison");
    expect(table.rows.map((r) => r["period"])).toEqual(["before", "after", "change"]);
    for (const [i, name] of (["before", "after"] as const).entries()) {
      const row = table.rows[i] as ResultRow;
      const want = c.expected[name].ratio;
      close(row["ratio"], want.value, 1e-9, `${name} ratio`);
      close(row["ratioLower"], want.lower, 1e-6, `${name} lower`);
      close(row["ratioUpper"], want.upper, 1e-6, `${name} upper`);
      expect([row["ratioStatus"], row["ratioMethod"], row["pValue"], row["comparison"], row["percentChange"]]).toEqual([want.status, "exact", null, null, null]);
    }
    const change = table.rows[2] as ResultRow;
    close(change["ratio"], c.expected.value, 1e-9, "ratio of ratios");
    close(change["ratioLower"], c.expected.lower, 1e-6, "lower");
    close(change["ratioUpper"], c.expected.upper, 1e-6, "upper");
    close(change["pValue"], c.expected.pValue, 1e-6, "p");
    close(change["percentChange"], (c.expected.value - 1) * 100, 1e-9, "percent change");
    close(change["percentChangeLower"], (c.expected.lower - 1) * 100, 1e-6, "percent change lower");
    expect([change["ratioMethod"], change["ratioStatus"], change["comparison"], change["level"], change["per"]]).toEqual([c.expected.method, c.expected.status, c.expected.comparison, 0.9, 1000]);
    expect([change["count"], change["exposure"], change["rate"], change["referenceRate"]]).toEqual([null, null, null, null]);
  });

  it("gives each period's counts, person-years and rates (11 months of 2019/20, a whole 2021/22)", () => {
    const [before, after] = table.rows as [ResultRow, ResultRow];
    expect([before["count"], before["referenceCount"], after["count"], after["referenceCount"]]).toEqual([111, 2054, 70, 1657]);
    close(before["exposure"], (3185 * 11) / 12, 1e-12, "before exposure");
    close(before["referenceExposure"], (554377 * 11) / 12, 1e-12, "before reference exposure");
    expect([after["exposure"], after["referenceExposure"]]).toEqual([3185, 554377]);
    close(before["rate"], (111 / ((3185 * 11) / 12)) * 1000, 1e-12, "before rate");
    close(after["referenceRate"], (1657 / 554377) * 1000, 1e-12, "after reference rate");
    close(before["ratio"], (111 / 3185) / (2054 / 554377), 1e-12, "before ratio from the verified counts");
  });

  it("heads each row with its period, has no default chart, and serialises as plain JSON", () => {
    checkPlain(table);
    expect(table.toHTML()).toContain('<th scope="row">change</th>');
  });

  it("writes an infinite ratio of ratios as null, with its status", () => {
    const t = resultTable(compareRatios({ group: { count: 0, exposure: 100 }, reference: { count: 5, exposure: 100 } }, { group: { count: 3, exposure: 100 }, reference: { count: 5, exposure: 100 } }));
    expect(t.rows[2]).toMatchObject({ ratio: null, ratioUpper: null, ratioStatus: "infinite-ratio", percentChange: null, percentChangeUpper: null, ratioMethod: "exact" });
    expect(t.rows[0]).toMatchObject({ ratio: 0, ratioStatus: "zero-ratio" });
  });
});

describe("resultTable: payGap", () => {
  interface Gap { value: number | null; status: string }
  interface Group { group: string; isReference: boolean; status: string; employees: number; share: number; fullPayEmployees: number; meanHourlyPay: number | null; medianHourlyPay: number | null; bonusRecipients: number; bonusProportion: number | null; meanBonus: number | null; medianBonus: number | null; meanHourlyGap: Gap; medianHourlyGap: Gap; meanBonusGap: Gap; medianBonusGap: Gap }
  const { cases } = fixture<{ cases: { title: string; args: [PayGapEmployee[], { by: string; aggregate?: boolean }]; expected: { reference: string; groups: Group[]; aggregate: Group | null; quartiles: Record<string, { shares: Record<string, number> }> } }[] }>("paygap", "pay-gap-groups.json");
  // 403 employees by ethnicity with ethnic minorities combined (pandas, fixtures/generators/paygroups.py).
  const c = cases.find((x) => x.args[1].aggregate === true && x.args[1].by === "ethnicity") as (typeof cases)[number];
  const result = payGap(c.args[0] as (PayGapEmployee & { ethnicity: string })[], c.args[1] as { by: "ethnicity"; aggregate: true });
  const table = resultTable(result);
  const numbers = ["employees", "share", "fullPayEmployees", "meanHourlyPay", "medianHourlyPay", "bonusRecipients", "bonusProportion", "meanBonus", "medianBonus"] as const;
  const gaps = ["meanHourlyGap", "medianHourlyGap", "meanBonusGap", "medianBonusGap"] as const;

  it("has one row per group then the aggregate, as pandas computed them (fixtures/paygap/pay-gap-groups.json)", () => {
    expect(table.kind).toBe("pay-gap");
    const expected = [...c.expected.groups, c.expected.aggregate as Group];
    expect(table.rows.map((r) => r["group"])).toEqual(expected.map((g) => g.group));
    expected.forEach((want, i) => {
      const row = table.rows[i] as ResultRow;
      const aggregate = i === expected.length - 1;
      expect([row["isReference"], row["aggregate"], row["status"]], want.group).toEqual([want.isReference, aggregate, want.status]);
      for (const key of numbers) {
        const value = want[key];
        if (value === null) expect(row[key], `${want.group} ${key}`).toBeNull();
        else close(row[key], value, 1e-9, `${want.group} ${key}`);
      }
      for (const key of gaps) {
        expect(row[`${key}Status`], `${want.group} ${key}`).toBe(want[key].status);
        if (want[key].value === null) expect(row[key]).toBeNull();
        else close(row[key], want[key].value as number, 1e-9, `${want.group} ${key}`);
      }
      for (const quarter of ["lower", "lowerMiddle", "upperMiddle", "upper"]) {
        const share = c.expected.quartiles[quarter]?.shares[want.group];
        if (aggregate) expect(row[`${quarter}QuarterShare`]).toBeNull();
        else close(row[`${quarter}QuarterShare`], share as number, 1e-9, `${want.group} ${quarter} quarter`);
      }
      expect([row["meanHourlyGapLower"], row["medianHourlyGapUpper"], row["reference"], row["by"], row["method"], row["level"]]).toEqual([null, null, "White", "ethnicity", "none", null]);
    });
    expect(table.title).toBe("Pay gaps by ethnicity against White");
  });

  it("carries the bootstrap limits of the hourly gaps when they were asked for", () => {
    const boot = payGap(c.args[0] as (PayGapEmployee & { ethnicity: string })[], { by: "ethnicity", bootstrap: { replicates: 200, level: 0.9 } });
    const rows = resultTable(boot).rows;
    const asian = boot.groups.find((g) => g.group === "Asian");
    expect(find(rows, { group: "Asian" })).toMatchObject({
      meanHourlyGapLower: asian?.meanHourlyGap.interval?.lower, meanHourlyGapUpper: asian?.meanHourlyGap.interval?.upper,
      medianHourlyGapLower: asian?.medianHourlyGap.interval?.lower, method: "percentile-bootstrap", level: 0.9,
    });
    expect(typeof find(rows, { group: "Asian" })["meanHourlyGapLower"]).toBe("number");
    expect(find(rows, { group: "White" })).toMatchObject({ meanHourlyGapStatus: "reference", meanHourlyGapLower: null });
  });

  it("heads each row with its group, has no default chart, and serialises as plain JSON", () => {
    checkPlain(table);
    expect(table.toHTML()).toContain('<th scope="row">Ethnic minorities</th>');
  });

  it("has the columns and no rows when nobody disclosed a group", () => {
    const t = resultTable(payGap([{ g: "Unknown", hourlyPay: 10 }, { g: "", hourlyPay: 12 }], { by: "g" }));
    expect([t.kind, t.rows, t.columns[0], t.title]).toEqual(["pay-gap", [], "group", "Pay gaps by g"]);
  });
});

describe("resultTable: equalPayAudit", () => {
  interface Comparison { group: string; status: string; n: { group: number; reference: number }; meanGap: number | null; medianGap: number | null; direction: string | null; interval: { lower: number; upper: number; pValue: number; level: number } | null; intervalStatus: string; exceedsThreshold: boolean; recurringPattern: boolean }
  interface Grade { grade: string; groups: { group: string; n: number; meanHourlyPay: number; medianHourlyPay: number }[]; comparisons: Comparison[] }
  const { cases } = fixture<{ cases: { title: string; args: [PayGapEmployee[], { within: string; by: string }]; expected: { reference: string | null; grades: Grade[] } }[] }>("paygap", "equal-pay-audit.json");

  // Python (pandas, scipy ttest_ind(equal_var=False)): sex within rank at level 0.9; ethnicity within rank; grades without a reference.
  it.each([1, 3, 6])("has one row per grade and compared group, as Python computed them (fixtures/paygap/equal-pay-audit.json case %i)", (index) => {
    const c = cases[index] as (typeof cases)[number];
    const result = equalPayAudit(c.args[0] as never, c.args[1] as never);
    const table = resultTable(result);
    expect(table.kind).toBe("equal-pay-audit");
    const expected = c.expected.grades.flatMap((g) => g.comparisons.map((cmp) => ({ g, cmp })));
    expect(table.rows.map((r) => [r["grade"], r["group"]])).toEqual(expected.map(({ g, cmp }) => [g.grade, cmp.group]));
    expected.forEach(({ g, cmp }, i) => {
      const row = table.rows[i] as ResultRow;
      const what = `${g.grade}/${cmp.group}`;
      expect([row["status"], row["n"], row["referenceN"], row["direction"], row["intervalStatus"], row["exceedsThreshold"], row["recurringPattern"]], what)
        .toEqual([cmp.status, cmp.n.group, cmp.n.reference, cmp.direction, cmp.intervalStatus, cmp.exceedsThreshold, cmp.recurringPattern]);
      for (const key of ["meanGap", "medianGap"] as const) {
        if (cmp[key] === null) expect(row[key], `${what} ${key}`).toBeNull();
        else close(row[key], cmp[key] as number, 1e-9, `${what} ${key}`);
      }
      if (cmp.interval === null) expect([row["lower"], row["upper"], row["pValue"], row["method"]], what).toEqual([null, null, null, null]);
      else {
        close(row["lower"], cmp.interval.lower, 1e-6, `${what} lower`);
        close(row["upper"], cmp.interval.upper, 1e-6, `${what} upper`);
        close(row["pValue"], cmp.interval.pValue, 1e-6, `${what} p`);
        expect([row["method"], row["level"]]).toEqual(["welch", cmp.interval.level]);
      }
      const own = g.groups.find((x) => x.group === cmp.group);
      const ref = g.groups.find((x) => x.group === c.expected.reference);
      close(row["meanHourlyPay"], own?.meanHourlyPay as number, 1e-9, `${what} mean pay`);
      close(row["medianHourlyPay"], own?.medianHourlyPay as number, 1e-9, `${what} median pay`);
      if (ref === undefined) expect([row["referenceMeanHourlyPay"], row["referenceMedianHourlyPay"]]).toEqual([null, null]);
      else close(row["referenceMeanHourlyPay"], ref.meanHourlyPay, 1e-9, `${what} reference mean pay`);
      expect([row["reference"], row["by"]]).toEqual([c.expected.reference, c.args[1].by]);
    });
    checkPlain(table);
  });

  it("recomputes the TSDoc example's gaps from the pay", () => {
    const pay = (rank: string, sex: string, rates: number[]) => rates.map((hourlyPay) => ({ rank, sex, hourlyPay }));
    const staff = [...pay("Constable", "Male", [18, 19, 20, 21, 22]), ...pay("Constable", "Female", [17, 18, 19, 20, 21]), ...pay("Sergeant", "Male", [25, 26, 27, 28, 29]), ...pay("Sergeant", "Female", [23, 24, 25, 26, 27])];
    const t = resultTable(equalPayAudit(staff, { within: "rank", by: "sex" }));
    expect(t.title).toBe("Equal pay audit: sex within rank against Male");
    expect(t.rows.map((r) => [r["grade"], r["group"], r["meanHourlyPay"], r["referenceMeanHourlyPay"]])).toEqual([["Constable", "Female", 19, 20], ["Sergeant", "Female", 25, 27]]);
    close(t.rows[0]?.["meanGap"], ((20 - 19) / 20) * 100, 1e-12);
    close(t.rows[1]?.["meanGap"], ((27 - 25) / 27) * 100, 1e-12);
  });
});

describe("resultTable: the new kinds through toArquero, and the error", () => {
  it("gives toArquero the result table's columns and rows", () => {
    const result = compareRatios({ group: { count: 111, population: 3185 }, reference: { count: 2054, population: 554377 } }, { group: { count: 70, population: 3185 }, reference: { count: 1657, population: 554377 } });
    const rows = resultTable(result).rows;
    const t = toArquero(result);
    expect(t.columnNames()).toEqual(resultTable(result).columns);
    expect(t.objects()).toEqual(rows);
    expect(t.get("period", 2)).toBe("change");
  });

  it("still names every accepted kind for an object of no known kind", () => {
    const accepted = "a disproportionality(), disproportionalityByArea(), ratesPer(), decisionStages(), outcomeRates(), representation(), genderPayGap(), payGap(), equalPayAudit(), spc(), funnelSignificance(), compareRatios() or deprivationGradient() result, or a non-empty array of row objects";
    for (const value of [{ rows: [] }, { before: {}, after: {} }, { groups: [] }, { grades: [] }, { areas: [], pooled: [] }]) {
      expect(argumentErrorMessage(() => resultTable(value as never))).toBe(`resultTable: result must be ${accepted}; received a value of type object`);
    }
  });
});
