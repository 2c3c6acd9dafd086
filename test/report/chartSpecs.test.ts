import { describe, expect, it } from "vitest";
import {
  disproportionality,
  forestPlotSpec,
  funnelLimits,
  funnelPlotSpec,
  funnelSignificance,
  genderPayGap,
  gwentPopulation,
  payQuartilesSpec,
  spc,
  spcChartSpec,
  type Baseline,
  type VegaLiteSpec,
} from "../../src/index.js";
import { thrownMessage } from "../_helpers/resultMismatches.js";

// Gwent stop and search 2019/20 by self-defined ethnicity (data.police.uk), against Census 2011.
const GWENT_2019_20 = { Asian: 191, Black: 111, Mixed: 86, Other: 14, White: 2054, Unknown: 941 };
const gwentTable = () => disproportionality(GWENT_2019_20, gwentPopulation({ census: 2011 }));

// A quarterly Black/White ratio series (2019/20 Q1 to 2021/22 Q4) with a jump in the last quarter.
const QUARTERS = ["2019/20", "2020/21", "2021/22"].flatMap((y) => [1, 2, 3, 4].map((q) => `${y} Q${q}`));
const RATIOS = [9.1, 9.6, 8.8, 9.4, 9.9, 9.2, 9.0, 9.7, 9.3, 9.5, 9.2, 14.9];

const FUNNEL_AREAS = [
  { area: "A", numerator: 120, denominator: 1000 },
  { area: "B", numerator: 95, denominator: 1000 },
  { area: "C", numerator: 45, denominator: 500 },
  { area: "D", numerator: 140, denominator: 2000 },
];

const PAY = [
  { sex: "Female", hourlyPay: 10 }, { sex: "Female", hourlyPay: 11 }, { sex: "Male", hourlyPay: 12 }, { sex: "Female", hourlyPay: 13 },
  { sex: "Male", hourlyPay: 14 }, { sex: "Female", hourlyPay: 15 }, { sex: "Male", hourlyPay: 16 }, { sex: "Male", hourlyPay: 20 },
] as const;

const builders: [string, () => VegaLiteSpec][] = [
  ["forestPlotSpec", () => forestPlotSpec(gwentTable())],
  ["spcChartSpec", () => spcChartSpec(spc(RATIOS, { scale: "log", improvement: "decrease", target: 5 }), { periods: QUARTERS })],
  ["funnelPlotSpec", () => funnelPlotSpec(funnelSignificance(FUNNEL_AREAS))],
  ["payQuartilesSpec", () => payQuartilesSpec(genderPayGap(PAY))],
];

/** WCAG 2.2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Every colour in a spec, except the background and the decorative grid lines. */
function colours(spec: VegaLiteSpec): string[] {
  const found: string[] = [];
  JSON.stringify(spec, (key, value: unknown) => {
    if (key !== "background" && key !== "gridColor" && typeof value === "string" && /^#[0-9a-f]{6}$/i.test(value)) found.push(value);
    return value;
  });
  return [...new Set(found)];
}

describe("contrast helper (WCAG 2.2 definition)", () => {
  it("gives the textbook values", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 10);
    expect(contrast("#ffffff", "#ffffff")).toBe(1);
    expect(contrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2); // the lightest grey passing AA for text
  });
});

describe.each(builders)("%s: shape shared by every chart", (_, build) => {
  it("is a Vega-Lite v5 spec with a title, a description, inline data and a fixed size", () => {
    const spec = build();
    expect(Object.keys(spec)).toEqual(["$schema", "title", "description", "width", "height", "data", "layer", "config"]);
    expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
    expect(spec.title.length).toBeGreaterThan(0);
    expect(spec.description.length).toBeGreaterThan(40);
    expect(spec.data.values.length).toBeGreaterThan(0);
    expect(JSON.stringify(spec)).not.toMatch(/"url"/);
  });

  it("survives a JSON round trip unchanged (no NaN, Infinity or undefined)", () => {
    const spec = build();
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it("is deterministic, key order included, and frozen", () => {
    expect(JSON.stringify(build())).toBe(JSON.stringify(build()));
    const spec = build();
    expect(Object.isFrozen(spec)).toBe(true);
    expect(Object.isFrozen(spec.data.values[0])).toBe(true);
    expect(Object.isFrozen(spec.layer[0])).toBe(true);
  });

  it("uses colours with at least 3:1 contrast against white (WCAG 1.4.11), text colours 4.5:1", () => {
    const spec = build();
    const used = colours(spec);
    expect(used.length).toBeGreaterThan(0);
    for (const colour of used) expect(contrast(colour, "#ffffff"), colour).toBeGreaterThanOrEqual(colour === "#ffffff" ? 1 : 3);
    const config = spec.config as { axis: { labelColor: string; titleColor: string }; title: { color: string }; background: string };
    expect(config.background).toBe("#ffffff");
    for (const text of [config.axis.labelColor, config.axis.titleColor, config.title.color]) expect(contrast(text, "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });
});

describe("forestPlotSpec", () => {
  it("plots each non-reference group's ratio and interval, in the table's order", () => {
    const table = gwentTable();
    const spec = forestPlotSpec(table);
    expect(spec.title).toBe("Rate ratios by ethnicity against White, Gwent");
    expect(spec.data.values.map((d) => d["group"])).toEqual(["Mixed", "Asian", "Black", "Other"]);
    const black = spec.data.values[2];
    const row = table.rows.find((r) => r.group === "Black");
    expect(black).toEqual({
      group: "Black", ratio: row?.ratio?.value, lower: row?.ratio?.lower, upper: row?.ratio?.upper, count: 111, rate: row?.rate?.value,
      adjustedPValue: row?.ratio?.adjustedPValue, significant: true, text: "9.41 (7.70 to 11.39)",
    });
    // Home Office method: (111 / 3185) / (2054 / 560,500) (Census 2011 Gwent populations).
    expect(black?.["ratio"]).toBeCloseTo(111 / row!.population! / (2054 / table.rows.find((r) => r.group === "White")!.population!), 12);
  });

  it("describes every ratio with its interval and significance", () => {
    expect(forestPlotSpec(gwentTable()).description).toBe(
      "Rate ratios by ethnicity against White in Gwent, with 95% confidence intervals on a log scale. " +
        "Mixed/White ratio 4.18 (3.33 to 5.19), significant; Asian/White ratio 4.41 (3.78 to 5.12), significant; " +
        "Black/White ratio 9.41 (7.70 to 11.39), significant; Other/White ratio 1.94 (1.06 to 3.26), significant. " +
        "Significant means the holm-adjusted p-value is below 0.05.",
    );
  });

  it("draws a log x axis, a rule at 1, interval bars and square points", () => {
    const spec = forestPlotSpec(gwentTable());
    const x = (field: string) => ({ field, type: "quantitative", scale: { type: "log" }, title: "Rate ratio against White (95% interval, log scale)" });
    const y = { field: "group", type: "nominal", sort: null, title: "Group" };
    expect(spec.layer).toEqual([
      { data: { values: [{ reference: 1 }] }, mark: { type: "rule", color: "#595959", strokeDash: [4, 4] }, encoding: { x: x("reference") } },
      { mark: { type: "rule", color: "#1f5fa8", strokeWidth: 2 }, encoding: { x: x("lower"), x2: { field: "upper" }, y } },
      {
        mark: { type: "point", shape: "square", filled: true, size: 80, color: "#1f5fa8" },
        encoding: { x: x("ratio"), y, tooltip: [{ field: "group", type: "nominal", title: "Group" }, { field: "text", type: "nominal", title: "Ratio (95% interval)" }] },
      },
    ]);
    expect([spec.width, spec.height]).toEqual([480, 160]);
  });

  it("leaves out rows with no finite ratio and names them in the description", () => {
    const zero = disproportionality({ Asian: 191, Black: 111, Mixed: 86, Other: 0, White: 2054 }, gwentPopulation({ census: 2011 }));
    const spec = forestPlotSpec(zero);
    expect(spec.data.values.map((d) => d["group"])).toEqual(["Mixed", "Asian", "Black"]);
    expect(spec.description).toMatch(/ Not shown: Other \(ratio 0: no events\)\.$/);

    const base = gwentPopulation({ census: 2011 });
    const suppressed: Baseline = { ...base, groups: base.groups.map((g) => (g.group === "Mixed" ? { ...g, population: null, suppressed: true } : g)) };
    const noWhite = disproportionality({ Asian: 5, Black: 3, Mixed: 2, Other: 0, White: 0 }, base);
    expect(forestPlotSpec(disproportionality(GWENT_2019_20, suppressed)).description).toMatch(/Not shown: Mixed \(population suppressed\)\.$/);
    const none = forestPlotSpec(noWhite);
    expect(none.data.values).toEqual([]);
    expect(none.description).toBe(
      "Rate ratios by ethnicity against White in Gwent, with 95% confidence intervals on a log scale. No group has a ratio to show. " +
        "Not shown: Mixed (ratio infinite: no reference events); Asian (ratio infinite: no reference events); Black (ratio infinite: no reference events); Other (no events in either group).",
    );
  });

  it("takes a title, a description, labels (e.g. Welsh group names) and a size", () => {
    const spec = forestPlotSpec(gwentTable(), { title: "Cymarebau", labels: { groups: { Black: "Du", White: "Gwyn" }, yTitle: "Grŵp" }, width: 600, height: 200 });
    expect(spec.title).toBe("Cymarebau");
    expect(spec.data.values.map((d) => d["group"])).toEqual(["Mixed", "Asian", "Du", "Other"]);
    expect(spec.description).toContain("Du/Gwyn ratio 9.41 (7.70 to 11.39)");
    expect((spec.layer[1] as { encoding: { y: { title: string } } }).encoding.y.title).toBe("Grŵp");
    expect([spec.width, spec.height]).toEqual([600, 200]);
    expect(forestPlotSpec(gwentTable(), { description: "Testun amgen." }).description).toBe("Testun amgen.");
  });

  it("rejects invalid arguments", () => {
    const table = gwentTable();
    expect(thrownMessage(() => forestPlotSpec(null as never))).toBe("forestPlotSpec: table must be an object; received null");
    expect(thrownMessage(() => forestPlotSpec({ rows: 3 } as never))).toBe("forestPlotSpec: table must be a disproportionality() result; received a value of type object");
    expect(thrownMessage(() => forestPlotSpec(table, [] as never))).toBe("forestPlotSpec: options must be an object or undefined; received an array of length 0");
    expect(thrownMessage(() => forestPlotSpec(table, { title: " " }))).toBe('forestPlotSpec: options.title must be a non-empty string; received " "');
    expect(thrownMessage(() => forestPlotSpec(table, { description: 3 as never }))).toBe("forestPlotSpec: options.description must be a non-empty string; received 3");
    expect(thrownMessage(() => forestPlotSpec(table, { width: 0 }))).toBe("forestPlotSpec: options.width must be greater than 0; received 0");
    expect(thrownMessage(() => forestPlotSpec(table, { height: Infinity }))).toBe("forestPlotSpec: options.height must be a finite number; received Infinity");
    expect(thrownMessage(() => forestPlotSpec(table, { labels: "x" as never }))).toBe('forestPlotSpec: options.labels must be an object; received "x"');
    expect(thrownMessage(() => forestPlotSpec(table, { labels: { xtitle: "x" } as never }))).toBe(
      'forestPlotSpec: options.labels has no label "xtitle"; the labels are xTitle, yTitle, interval, groups; received "xtitle"',
    );
    expect(thrownMessage(() => forestPlotSpec(table, { labels: { groups: { Black: 1 } } as never }))).toBe("forestPlotSpec: options.labels.groups.Black must be a non-empty string; received 1");
    expect(thrownMessage(() => forestPlotSpec(table, { labels: { groups: "Du" } as never }))).toBe('forestPlotSpec: options.labels.groups must be an object; received "Du"');
  });
});

describe("spcChartSpec", () => {
  const result = () => spc(RATIOS, { scale: "log", improvement: "decrease", target: 5 });

  it("carries every point with its own centre line, limits, segment, variation and rules", () => {
    const chart = result();
    const spec = spcChartSpec(chart, { periods: QUARTERS });
    expect(spec.data.values).toHaveLength(12);
    spec.data.values.forEach((d, i) => {
      const p = chart.points[i]!;
      expect(d).toEqual({
        period: QUARTERS[i], index: i, value: RATIOS[i], centre: p.centre, lowerLimit: p.lowerLimit, upperLimit: p.upperLimit, segment: 0,
        variation: { "common-cause": "Common cause", "special-cause-concern": "Special cause: concern" }[p.variation as "common-cause"],
        rules: p.rules.map((r) => ({ "outside-limits": "outside the limits", shift: "shift", trend: "trend", "two-of-three": "two of three beyond 2σ" })[r]).join(", "),
      });
    });
    // The geometric-mean centre line of a log-scale XmR chart.
    expect(spec.data.values[0]?.["centre"]).toBeCloseTo(Math.exp(RATIOS.reduce((s, r) => s + Math.log(r), 0) / 12), 12);
  });

  it("marks flagged points by shape and colour, and describes them", () => {
    const chart = result();
    const spec = spcChartSpec(chart, { periods: QUARTERS });
    const flagged = chart.points.filter((p) => p.rules.length > 0).map((p) => QUARTERS[p.index]);
    expect(flagged).toEqual(["2021/22 Q4"]);
    const points = spec.layer[4] as { encoding: { color: { scale: unknown }; shape: { scale: unknown } } };
    expect(points.encoding.color.scale).toEqual({ domain: ["Common cause", "Special cause: concern"], range: ["#595959", "#b3430b"] });
    expect(points.encoding.shape.scale).toEqual({ domain: ["Common cause", "Special cause: concern"], range: ["circle", "diamond"] });
    const u = chart.upperLimit;
    expect(spec.description).toBe(
      `XmR chart of 12 points, 2019/20 Q1 to 2021/22 Q4. Latest (2021/22 Q4): 14.90, Special cause: concern; geometric mean ${chart.mean.toFixed(2)}, ` +
        `process limits ${chart.lowerLimit.toFixed(2)} to ${u.toFixed(2)}. Special-cause points: 2021/22 Q4 (Special cause: concern: outside the limits). ` +
        "Target 5.00 (assurance: consistently fails).",
    );
  });

  it("draws limit and centre lines per segment and a target rule", () => {
    const spec = spcChartSpec(result(), { periods: QUARTERS });
    const x = { field: "period", type: "ordinal", sort: null, title: "Period", axis: { labelAngle: -45 } };
    const y = (field: string) => ({ field, type: "quantitative", scale: { zero: false }, title: "Value" });
    const detail = { field: "segment", type: "nominal" };
    expect(spec.layer.slice(0, 4)).toEqual([
      { mark: { type: "line", color: "#595959", strokeDash: [6, 4], strokeWidth: 1.5 }, encoding: { x, y: y("upperLimit"), detail } },
      { mark: { type: "line", color: "#595959", strokeDash: [6, 4], strokeWidth: 1.5 }, encoding: { x, y: y("lowerLimit"), detail } },
      { mark: { type: "line", color: "#1a1a1a", strokeWidth: 1 }, encoding: { x, y: y("centre"), detail } },
      { mark: { type: "line", color: "#595959", strokeWidth: 2 }, encoding: { x, y: y("value") } },
    ]);
    expect(spec.layer[5]).toEqual({ data: { values: [{ target: 5 }] }, mark: { type: "rule", color: "#1b7837", strokeDash: [2, 2], strokeWidth: 1.5 }, encoding: { y: y("target") } });
    expect(spcChartSpec(spc([1, 2, 3, 2])).layer).toHaveLength(5);
  });

  it("keeps varying p-chart limits and rebased segments, point by point", () => {
    const chart = spc([30, 36, 27, 40, 20, 22, 19, 21], { chart: "p", denominators: [100, 120, 90, 130, 100, 110, 95, 105], rebase: [4] });
    const spec = spcChartSpec(chart);
    expect(spec.data.values.map((d) => d["segment"])).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    expect(spec.data.values.map((d) => d["upperLimit"])).toEqual(chart.points.map((p) => p.upperLimit));
    expect(new Set(spec.data.values.map((d) => d["upperLimit"])).size).toBe(8);
    expect(spec.data.values.map((d) => d["period"])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(spec.title).toBe("Statistical process control: p chart");
    // The second segment's p̄ = (20 + 22 + 19 + 21) / (100 + 110 + 95 + 105) = 0.2; limits 0.2 ± 3√(0.2·0.8/105).
    expect(spec.data.values[7]?.["upperLimit"]).toBeCloseTo(0.2 + 3 * Math.sqrt(0.16 / 105), 12);
    expect(spec.description).toBe("p chart of 8 points, 1 to 8. Latest (8): 0.200, Common cause; mean 0.200, process limits 0.0829 to 0.317. No point shows special-cause variation. Limits recalculated from 5.");
    expect(spcChartSpec(spc([4, 4, 4])).description).toContain("The limits collapse onto the centre line: the values do not vary.");
  });

  it("takes labels for the legend and axes", () => {
    const spec = spcChartSpec(result(), { periods: QUARTERS, labels: { variations: { "special-cause-concern": "Achos arbennig: pryder" }, yTitle: "Cymhareb" } });
    expect(spec.data.values[11]?.["variation"]).toBe("Achos arbennig: pryder");
    expect((spec.layer[0] as { encoding: { y: { title: string } } }).encoding.y.title).toBe("Cymhareb");
  });

  it("rejects invalid arguments", () => {
    const chart = result();
    expect(thrownMessage(() => spcChartSpec(undefined as never))).toBe("spcChartSpec: result must be an object; received undefined");
    expect(thrownMessage(() => spcChartSpec({ points: [], chart: "xmr" } as never))).toBe("spcChartSpec: result must be an spc() result; received a value of type object");
    expect(thrownMessage(() => spcChartSpec(chart, { periods: ["a"] }))).toBe("spcChartSpec: options.periods must be an array of 12 labels, one per point; received an array of length 1");
    expect(thrownMessage(() => spcChartSpec(chart, { periods: [...QUARTERS.slice(0, 11), ""] }))).toBe('spcChartSpec: options.periods[11] must be a non-empty string; received ""');
    expect(thrownMessage(() => spcChartSpec(chart, { periods: [...QUARTERS.slice(0, 11), QUARTERS[0]!] }))).toBe("spcChartSpec: options.periods must not repeat a label; received an array of length 12");
    expect(thrownMessage(() => spcChartSpec(chart, { labels: { variations: { "common-cause": null } } as never }))).toBe(
      "spcChartSpec: options.labels.variations.common-cause must be a non-empty string; received null",
    );
  });
});

describe("funnelPlotSpec", () => {
  it("plots each area with its significance and describes them", () => {
    const result = funnelSignificance(FUNNEL_AREAS);
    const spec = funnelPlotSpec(result);
    expect(spec.data.values).toEqual([
      { area: "A", numerator: 120, denominator: 1000, value: 120, significance: "Above the 99.8% limit" },
      { area: "B", numerator: 95, denominator: 1000, value: 95, significance: "Within the limits" },
      { area: "C", numerator: 45, denominator: 500, value: 90, significance: "Within the limits" },
      { area: "D", numerator: 140, denominator: 2000, value: 70, significance: "Below the 95% limit" },
    ]);
    expect(spec.description).toBe(
      "Funnel plot of 4 areas: rate per 1000 against population, with a target of 88.89 and 95% and 99.8% control limits (exact-poisson). " +
        "A 120.00 (above the 99.8% limit); B 95.00 (within the limits); C 90.00 (within the limits); D 70.00 (below the 95% limit).",
    );
    const points = spec.layer[2] as { encoding: { color: { scale: unknown }; shape: { scale: unknown } } };
    const domain = ["Within the limits", "Above the 99.8% limit", "Below the 95% limit"];
    expect(points.encoding.color.scale).toEqual({ domain, range: ["#1f5fa8", "#b3430b", "#5e3c99"] });
    expect(points.encoding.shape.scale).toEqual({ domain, range: ["circle", "diamond", "triangle-down"] });
  });

  it("draws funnelLimits curves over the denominator range, and the target", () => {
    const result = funnelSignificance(FUNNEL_AREAS);
    const spec = funnelPlotSpec(result);
    const curves = (spec.layer[0] as { data: { values: { denominator: number; level: string; bound: string; limit: number }[] } }).data.values;
    expect(curves).toHaveLength(60 * 2 * 2);
    const denominators = [...new Set(curves.map((c) => c.denominator))];
    expect(denominators).toHaveLength(60);
    expect(denominators[0]).toBe(250);
    expect(denominators[59]).toBeCloseTo(2200, 9);
    for (const d of [denominators[0]!, denominators[30]!, denominators[59]!]) {
      const expected = funnelLimits(result.target, [d]).points[0]!.limits;
      const at = curves.filter((c) => c.denominator === d);
      expect(at).toEqual([
        { denominator: d, level: "95%", bound: "lower", limit: expected[0]!.lower },
        { denominator: d, level: "95%", bound: "upper", limit: expected[0]!.upper },
        { denominator: d, level: "99.8%", bound: "lower", limit: expected[1]!.lower },
        { denominator: d, level: "99.8%", bound: "upper", limit: expected[1]!.upper },
      ]);
    }
    // The limits at the areas' denominators are the ones funnelSignificance judged them by.
    expect(funnelLimits(result.target, [1000]).points[0]!.limits).toEqual(result.areas[0]!.limits);
    expect(spec.layer[1]).toEqual({
      data: { values: [{ target: result.target }] },
      mark: { type: "rule", color: "#1b7837", strokeWidth: 1.5 },
      encoding: { y: { field: "target", type: "quantitative", scale: { domain: [0, result.areas[2]!.limits[1]!.upper * 1.1] }, title: "Rate per 1000" } },
    });
  });

  it("uses the overdispersed limits when overdispersion was found", () => {
    const result = funnelSignificance(FUNNEL_AREAS, { overdispersion: true });
    expect(result.overdispersion?.found).toBe(true);
    const curves = (funnelPlotSpec(result).layer[0] as { data: { values: { denominator: number; limit: number }[] } }).data.values;
    const expected = funnelLimits(result.target, [250], { tau2: result.overdispersion!.tau2 }).points[0]!.limits;
    expect(curves.slice(0, 4).map((c) => c.limit)).toEqual([expected[0]!.lower, expected[0]!.upper, expected[1]!.lower, expected[1]!.upper]);
    expect(funnelPlotSpec(result).description).toContain("(sqrt-overdispersed)");
  });

  it("leaves out areas with a denominator of 0 and names them", () => {
    const spec = funnelPlotSpec(funnelSignificance([...FUNNEL_AREAS, { area: "E", numerator: 0, denominator: 0 }]));
    expect(spec.data.values.map((d) => d["area"])).toEqual(["A", "B", "C", "D"]);
    expect(spec.description).toMatch(/ Not shown \(denominator 0\): E\.$/);
    const empty = funnelPlotSpec(funnelSignificance([{ area: "E", numerator: 0, denominator: 0 }]));
    expect(empty.data.values).toEqual([]);
    expect((empty.layer[0] as { data: { values: unknown[] } }).data.values).toEqual([]);
  });

  it("takes labels for ratios, areas and significance", () => {
    const ratios = funnelSignificance([{ area: "Blaenau Gwent", numerator: 30, denominator: 20 }, { area: "Casnewydd", numerator: 12, denominator: 15 }], { type: "ratio" });
    const spec = funnelPlotSpec(ratios, { labels: { areas: { Casnewydd: "Newport" }, significances: { within: "O fewn y terfynau" } } });
    expect(spec.data.values.map((d) => [d["area"], d["significance"]])).toEqual([["Blaenau Gwent", "Above the 95% limit"], ["Newport", "O fewn y terfynau"]]);
    expect(spec.description).toMatch(/^Funnel plot of 2 areas: ratio \(observed ÷ expected\) against expected count, with a target of 1\.00 /);
  });

  it("rejects invalid arguments", () => {
    expect(thrownMessage(() => funnelPlotSpec({ areas: [] } as never))).toBe("funnelPlotSpec: result must be a funnelSignificance() result; received a value of type object");
    expect(thrownMessage(() => funnelPlotSpec(funnelSignificance(FUNNEL_AREAS), { labels: { areas: [] } as never }))).toBe("funnelPlotSpec: options.labels.areas must be an object; received an array of length 0");
  });
});

describe("payQuartilesSpec", () => {
  it("stacks men and women to 100% in each band, lowest paid first", () => {
    const gap = genderPayGap(PAY);
    const spec = payQuartilesSpec(gap);
    expect(spec.data.values.slice(0, 4)).toEqual([
      { band: "Lower", sex: "Men", percent: 0, start: 0, end: 0, middle: 0, text: "Men 0.0%" },
      { band: "Lower", sex: "Women", percent: 100, start: 0, end: 100, middle: 50, text: "Women 100.0%" },
      { band: "Lower middle", sex: "Men", percent: 50, start: 0, end: 50, middle: 25, text: "Men 50.0%" },
      { band: "Lower middle", sex: "Women", percent: 50, start: 50, end: 100, middle: 75, text: "Women 50.0%" },
    ]);
    expect(spec.description).toBe(
      "Percentage of women and men in each quartile pay band, lowest paid first. Lower: women 100.0%, men 0.0%; Lower middle: women 50.0%, men 50.0%; " +
        "Upper middle: women 50.0%, men 50.0%; Upper: women 0.0%, men 100.0%.",
    );
    const bars = spec.layer[0] as { encoding: { color: unknown; y: unknown } };
    expect(bars.encoding.color).toEqual({ field: "sex", type: "nominal", title: "Sex", scale: { domain: ["Men", "Women"], range: ["#1f5fa8", "#b3430b"] } });
    expect(bars.encoding.y).toEqual({ field: "start", type: "quantitative", scale: { domain: [0, 100] }, title: "Percentage of employees" });
  });

  it("labels segments in white text with 4.5:1 contrast on both bar colours", () => {
    const text = payQuartilesSpec(genderPayGap(PAY)).layer[1] as { mark: { color: string }; transform: unknown };
    expect(text.mark.color).toBe("#ffffff");
    expect(text.transform).toEqual([{ filter: "datum.percent >= 8" }]);
    for (const bar of ["#1f5fa8", "#b3430b"]) expect(contrast(bar, "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });

  it("splits tied rates across bands as genderPayGap does (fractional shares)", () => {
    const gap = genderPayGap([
      { sex: "Female", hourlyPay: 10 }, { sex: "Female", hourlyPay: 10 }, { sex: "Male", hourlyPay: 10 }, { sex: "Female", hourlyPay: 10 },
      { sex: "Male", hourlyPay: 12 }, { sex: "Female", hourlyPay: 14 }, { sex: "Male", hourlyPay: 15 }, { sex: "Male", hourlyPay: 20 },
    ]);
    const values = payQuartilesSpec(gap).data.values;
    expect(values.slice(0, 2).map((d) => d["percent"])).toEqual([gap.quartiles.lower.male, gap.quartiles.lower.female]);
    expect(values[1]?.["text"]).toBe("Women 75.0%");
  });

  it("leaves out empty bands and says so", () => {
    const two = payQuartilesSpec(genderPayGap([{ sex: "Male", hourlyPay: 12 }, { sex: "Female", hourlyPay: 11 }]));
    expect(two.data.values.map((d) => `${d["band"]} ${d["sex"]}`)).toEqual(["Lower Men", "Lower Women", "Upper middle Men", "Upper middle Women"]);
    expect(two.description).toBe(
      "Percentage of women and men in each quartile pay band, lowest paid first. Lower: women 100.0%, men 0.0%; Upper middle: women 0.0%, men 100.0%. " +
        "No figures for Lower middle, Upper: fewer than four full-pay employees leave some bands empty.",
    );
    const none = payQuartilesSpec(genderPayGap([{ sex: "Other", hourlyPay: 12 }]));
    expect(none.data.values).toEqual([]);
    expect(none.description).toBe("No quartile pay band figures: there are no full-pay men or women.");
  });

  it("takes Welsh labels", () => {
    const spec = payQuartilesSpec(genderPayGap(PAY), { labels: { men: "Dynion", women: "Menywod", bands: { lower: "Isaf" } } });
    expect(spec.data.values[1]).toMatchObject({ band: "Isaf", sex: "Menywod", text: "Menywod 100.0%" });
    expect(spec.description).toContain("Isaf: menywod 100.0%, dynion 0.0%");
  });

  it("rejects invalid arguments", () => {
    expect(thrownMessage(() => payQuartilesSpec({ quartiles: { lower: {} } } as never))).toBe("payQuartilesSpec: result must be a genderPayGap() result; received a value of type object");
    expect(thrownMessage(() => payQuartilesSpec(genderPayGap(PAY), { labels: { men: "" } }))).toBe('payQuartilesSpec: options.labels.men must be a non-empty string; received ""');
  });
});
