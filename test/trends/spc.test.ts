import { describe, expect, it } from "vitest";
import { ArgumentError, spc, type SpcOptions } from "../../src/index.js";
import { thrownMessage } from "../_helpers/resultMismatches.js";

const rulesOf = (values: number[], options?: SpcOptions) => spc(values, options).points.map((p) => p.rules);
const flagged = (values: number[], rule: string, options?: SpcOptions) => spc(values, options).points.filter((p) => p.rules.includes(rule as never)).map((p) => p.index);

describe("spc: hand-checked XmR series", () => {
  // A spike. x = 10,12,10,12,10,30,10,12,10,12,10,12: Σx = 150, mean 12.5. Moving ranges
  // 2,2,2,2,20,20,2,2,2,2,2: Σ = 58 over 11, MR̄ = 58/11. Unscreened (Making Data Count):
  // 12.5 ± 2.66·58/11 = 12.5 ± 14.0255 → (−1.5255, 26.5255); 30 is outside. Every other point is
  // below the mean, but in runs of 5 and 6, so no shift. Screened (NHSRplotthedots): both 20s are
  // ≥ 3.267·58/11 = 17.23, so MR̄ = 18/9 = 2 and the limits are 12.5 ± 5.32.
  const spike = [10, 12, 10, 12, 10, 30, 10, 12, 10, 12, 10, 12];

  it("flags a spike outside unscreened limits of 12.5 ± 2.66 × 58/11", () => {
    const chart = spc(spike);
    expect(chart.mean).toBe(12.5);
    expect(chart.upperLimit).toBeCloseTo(12.5 + (2.66 * 58) / 11, 12);
    expect(chart.lowerLimit).toBeCloseTo(12.5 - (2.66 * 58) / 11, 12);
    expect(rulesOf(spike)).toEqual(spike.map((v) => (v === 30 ? ["outside-limits"] : [])));
    expect(chart.points[5]?.variation).toBe("special-cause-improvement");
    expect(chart.variation).toBe("common-cause");
    expect(chart.segments[0]).toMatchObject({ averageMovingRange: 58 / 11, screenedMovingRanges: 0, status: "ok" });
  });

  it("screens the two moving ranges of 20 with the NHSRplotthedots preset: 12.5 ± 2.66 × 2", () => {
    const chart = spc(spike, { preset: "nhsr-plotthedots" });
    expect(chart.upperLimit).toBeCloseTo(17.82, 12);
    expect(chart.lowerLimit).toBeCloseTo(7.18, 12);
    expect(chart.segments[0]).toMatchObject({ averageMovingRange: 2, screenedMovingRanges: 2 });
    expect(flagged(spike, "outside-limits", { preset: "nhsr-plotthedots" })).toEqual([5]);
    expect(chart.method).toEqual({ preset: "nhsr-plotthedots", screenMovingRanges: true, twoOfThreeIncludesOutside: false, shiftLength: 7, trendLength: 7, improvement: "increase", scale: "linear" });
    // An explicit option overrides the preset.
    expect(spc(spike, { preset: "nhsr-plotthedots", screenMovingRanges: false }).upperLimit).toBe(spc(spike).upperLimit);
  });

  // A late shift with ties. x = 4,6 ×4 then 6 ×6: Σx = 76, mean 76/14 = 5.43. Indices 7–13 (seven
  // 6s) are above the mean: a shift; index 5 (a 6) is cut off by the 4 at index 6. MR̄ = 14/13, so
  // the limits 5.43 ± 2.86 and 2σ lines 5.43 ± 1.91 hold every point. The tied 6s make no trend.
  const shift = [4, 6, 4, 6, 4, 6, 4, 6, 6, 6, 6, 6, 6, 6];

  it("flags the seven points of a late shift, and nothing else", () => {
    expect(flagged(shift, "shift")).toEqual([7, 8, 9, 10, 11, 12, 13]);
    expect(rulesOf(shift).flat().filter((r) => r !== "shift")).toEqual([]);
    expect(spc(shift).variation).toBe("special-cause-improvement");
    expect(spc(shift, { improvement: "decrease" }).variation).toBe("special-cause-concern");
    expect(spc(shift, { improvement: "neither" }).variation).toBe("special-cause-neither-high");
    expect(flagged(shift, "shift", { shiftLength: 8 })).toEqual([]);
  });

  // A trend. x = 10,10,11,12,13,14,15,16,16,15: indices 1–7 rise at every step (7 points); the tie
  // at 0→1 and 7→8 bounds it. Mean 13.2; MR̄ = 7/9; limits 13.2 ± 2.0689 → (11.131, 15.269): the
  // 10s, the 11 and the 16s are outside. 2σ lines 13.2 ± 1.3793 → (11.821, 14.579): the 15s
  // (indices 6 and 9) are beyond them too. Making Data Count counts points beyond 3σ in
  // two-of-three, so windows 0–2, 1–3, 5–7, 6–8 and 7–9 (each all on one side) flag 0, 1, 2, 6, 7,
  // 8, 9; NHSRplotthedots counts only the 15s, never two in one window, so flags none.
  const trend = [10, 10, 11, 12, 13, 14, 15, 16, 16, 15];

  it("flags a seven-point trend bounded by ties, and two-of-three by each preset's rule", () => {
    expect(flagged(trend, "trend")).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(flagged(trend, "outside-limits")).toEqual([0, 1, 2, 7, 8]);
    expect(flagged(trend, "two-of-three")).toEqual([0, 1, 2, 6, 7, 8, 9]);
    expect(flagged(trend, "two-of-three", { preset: "nhsr-plotthedots" })).toEqual([]);
    expect(flagged(trend, "shift")).toEqual([]);
    expect(spc(trend).upperLimit).toBeCloseTo(13.2 + (2.66 * 7) / 9, 12);
    expect(spc(trend).variation).toBe("special-cause-improvement");
    expect(spc(trend, { preset: "nhsr-plotthedots" }).variation).toBe("common-cause");
    expect(flagged(trend, "trend", { trendLength: 8 })).toEqual([]);
    // Priority: index 3 (12, below the mean) is in a rising trend, so it reads as high.
    expect(spc(trend).points[3]?.variation).toBe("special-cause-improvement");
  });

  it("lets a point on the centre line break a shift", () => {
    // Mean (6 + 2 + 18)/13 = 2 exactly: index 6 is on the line, leaving runs of 6 on each side.
    const values = [1, 1, 1, 1, 1, 1, 2, 3, 3, 3, 3, 3, 3];
    expect(spc(values).mean).toBe(2);
    expect(flagged(values, "shift")).toEqual([]);
    expect(flagged(values, "shift", { shiftLength: 6 })).toEqual([0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12]);
  });

  it("reads a point in a trend by the trend's direction, after outside-limits", () => {
    // Mean 49/13 = 3.77, MR̄ = 1, limits (1.11, 6.43): the 1s and the 7 are outside. Every point
    // is in a rising (0–6) or falling (6–12) trend; the peak is in both.
    const values = [1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1];
    expect(flagged(values, "trend")).toEqual(values.map((_, i) => i));
    const points = spc(values, { improvement: "neither" }).points;
    expect(points[5]?.variation).toBe("special-cause-neither-high"); // 6, rising
    expect(points[6]?.variation).toBe("special-cause-neither-high"); // 7, outside: its side wins
    expect(points[7]?.variation).toBe("special-cause-neither-low"); // 6, above the mean but falling
    // With wider limits the peak is inside them, and the later (falling) trend gives its direction.
    const wide = spc([...values, 1, 20], { improvement: "neither" }).points;
    expect(wide[6]?.rules).toEqual(["trend"]);
    expect(wide[6]?.variation).toBe("special-cause-neither-low");
  });

  it("recomputes limits per segment at rebase indices, and applies rules within segments", () => {
    const values = [1, 2, 1, 2, 1, 2, 11, 12, 11, 12, 11, 12];
    const chart = spc(values, { rebase: [6] });
    expect(chart.segments.map((s) => [s.start, s.end, s.centre, s.averageMovingRange])).toEqual([[0, 5, 1.5, 1], [6, 11, 11.5, 1]]);
    expect(chart.points[0]).toMatchObject({ centre: 1.5, upperLimit: 1.5 + 2.66, segment: 0 });
    expect(chart.upperLimit).toBeCloseTo(14.16, 12);
    expect(chart.points.every((p) => p.rules.length === 0)).toBe(true);
    expect(spc(values).points.filter((p) => p.rules.includes("outside-limits")).length).toBeGreaterThan(0);
  });
});

describe("spc: icons", () => {
  const spike = [10, 12, 10, 12, 10, 30, 10, 12, 10, 12, 10, 12]; // limits (−1.53, 26.53)
  it.each([
    [30, "increase", "consistently-fails"], [30, "decrease", "consistently-passes"],
    [-5, "increase", "consistently-passes"], [-5, "decrease", "consistently-fails"],
    [20, "increase", "inconsistent"], [30, "neither", null],
  ] as const)("target %d with improvement %s gives %s", (target, improvement, expected) => {
    const chart = spc(spike, { target, improvement });
    expect(chart.assurance).toBe(expected);
    expect(chart.target).toBe(target);
  });
  it("gives no assurance without a target", () => {
    expect(spc(spike).assurance).toBeNull();
    expect(spc(spike).target).toBeNull();
  });
});

describe("spc: attribute charts", () => {
  it("centres a p chart on Σx/Σn with limits ±3√(p̄(1−p̄)/nᵢ)", () => {
    const chart = spc([30, 36, 27], { chart: "p", denominators: [100, 120, 90] });
    expect(chart.mean).toBe(0.3);
    expect(chart.points[0]?.value).toBe(0.3);
    expect(chart.points[0]?.upperLimit).toBeCloseTo(0.3 + 3 * Math.sqrt(0.21 / 100), 14);
    expect(chart.points[2]?.lowerLimit).toBeCloseTo(0.3 - 3 * Math.sqrt(0.21 / 90), 14);
    expect(chart.segments[0]?.averageMovingRange).toBeNull();
  });

  it("clips p limits to [0, 1] and u limits at 0", () => {
    const p = spc([1, 2, 1], { chart: "p", denominators: [2, 3, 2] });
    expect(p.points.every((pt) => pt.upperLimit === 1 && pt.lowerLimit === 0)).toBe(true);
    const u = spc([1, 0, 2], { chart: "u", denominators: [1, 1, 1] });
    expect(u.points[0]).toMatchObject({ lowerLimit: 0, upperLimit: 1 + 3 });
  });

  it("gives Laney p′ limits p̄ ± 3σᵢσ_z with σ_z = mean MR(z)/1.128", () => {
    const x = [50, 70, 40, 65];
    const n = [500, 500, 400, 500];
    const pbar = 225 / 1900;
    const z = x.map((xi, i) => (xi / (n[i] as number) - pbar) / Math.sqrt((pbar * (1 - pbar)) / (n[i] as number)));
    const sigmaZ = (Math.abs((z[1] as number) - (z[0] as number)) + Math.abs((z[2] as number) - (z[1] as number)) + Math.abs((z[3] as number) - (z[2] as number))) / 3 / 1.128;
    const chart = spc(x, { chart: "p-prime", denominators: n });
    expect(chart.points[2]?.upperLimit).toBeCloseTo(pbar + 3 * Math.sqrt((pbar * (1 - pbar)) / 400) * sigmaZ, 14);
  });

  it("returns status no-variation when p̄ is 0, ū is 0, or the values are constant", () => {
    expect(spc([0, 0, 0], { chart: "p", denominators: [5, 6, 7] })).toMatchObject({ status: "no-variation", mean: 0, upperLimit: 0, lowerLimit: 0 });
    expect(spc([4, 4], { chart: "p-prime", denominators: [4, 4] })).toMatchObject({ status: "no-variation", mean: 1, upperLimit: 1 });
    expect(spc([0, 0], { chart: "u-prime", denominators: [4, 4] }).status).toBe("no-variation");
    const flat = spc([3, 3, 3, 3, 3, 3, 3, 3]);
    expect(flat).toMatchObject({ status: "no-variation", mean: 3, upperLimit: 3, lowerLimit: 3, variation: "common-cause" });
    expect(flat.points.every((p) => p.rules.length === 0)).toBe(true);
    expect(spc([3, 3, 3, 3], { preset: "nhsr-plotthedots" }).segments[0]?.averageMovingRange).toBe(0);
  });
});

describe("spc: log scale", () => {
  it("charts ln x and reports limits back on the ratio scale", () => {
    const ratios = [8, 9.5, 7.2, 8.8, 6.1, 7.7];
    const onLogs = spc(ratios.map(Math.log));
    const chart = spc(ratios, { scale: "log" });
    expect(chart.mean).toBeCloseTo(Math.exp(onLogs.mean), 12);
    expect(chart.upperLimit).toBeCloseTo(Math.exp(onLogs.upperLimit), 12);
    expect(chart.lowerLimit).toBeCloseTo(Math.exp(onLogs.lowerLimit), 12);
    expect(chart.points.map((p) => p.value)).toEqual(ratios);
    expect(chart.points.map((p) => p.rules)).toEqual(onLogs.points.map((p) => p.rules));
    expect(chart.method.scale).toBe("log");
  });
});

describe("spc: invalid input", () => {
  it.each([
    [() => spc([1] as number[]), "spc: values must hold at least 2 values; received an array of length 1"],
    [() => spc("1,2" as never), 'spc: values must be an array of numbers; received "1,2"'],
    [() => spc([1, Number.NaN]), "spc: values[1] must be a finite number; received NaN"],
    [() => spc([1, 2], null as never), "spc: options must be an object or undefined; received null"],
    [() => spc([1, 2], { chart: "c" as never }), 'spc: options.chart must be one of "xmr", "p", "u", "p-prime", "u-prime"; received "c"'],
    [() => spc([1, 2], { chart: "p" }), "spc: options.denominators is required for a p chart; received undefined"],
    [() => spc([1, 2], { denominators: [3, 4] }), "spc: options.denominators must be left out for an XmR chart; received an array of length 2"],
    [() => spc([1, 2], { chart: "u", denominators: [3] }), "spc: options.denominators must have one entry per value (2); received an array of length 1"],
    [() => spc([1, 2], { chart: "u", denominators: [3, 0] }), "spc: options.denominators[1] must be greater than 0; received 0"],
    [() => spc([1, 5], { chart: "p", denominators: [3, 4] }), "spc: values[1] must not exceed options.denominators[1] (4); received 5"],
    [() => spc([-1, 2], { chart: "u", denominators: [3, 4] }), "spc: values[0] must not be negative; received -1"],
    [() => spc([1, 2], { preset: "qcc" as never }), 'spc: options.preset must be one of "making-data-count", "nhsr-plotthedots"; received "qcc"'],
    [() => spc([1, 2], { screenMovingRanges: "yes" as never }), 'spc: options.screenMovingRanges must be true or false; received "yes"'],
    [() => spc([1, 2], { twoOfThreeIncludesOutside: 1 as never }), "spc: options.twoOfThreeIncludesOutside must be true or false; received 1"],
    [() => spc([1, 2], { shiftLength: 1 }), "spc: options.shiftLength must be a whole number of at least 2; received 1"],
    [() => spc([1, 2], { trendLength: 6.5 }), "spc: options.trendLength must be a whole number of at least 2; received 6.5"],
    [() => spc([1, 2], { improvement: "up" as never }), 'spc: options.improvement must be one of "increase", "decrease", "neither"; received "up"'],
    [() => spc([1, 2], { target: Number.NaN }), "spc: options.target must be a finite number or undefined; received NaN"],
    [() => spc([1, 2, 3, 4], { rebase: [1] }), "spc: options.rebase[0] must be a whole number from 2 to 2, so that every segment has at least 2 points; received 1"],
    [() => spc([1, 2, 3, 4, 5, 6], { rebase: [2, 3] }), "spc: options.rebase[1] must be at least 2 more than the previous rebase index; received 3"],
    [() => spc([1, 2], { rebase: 1 as never }), "spc: options.rebase must be an array of point indices; received 1"],
    [() => spc([1, 2], { scale: "sqrt" as never }), 'spc: options.scale must be one of "linear", "log"; received "sqrt"'],
    [() => spc([1, 2], { scale: "log", chart: "u", denominators: [1, 1] }), 'spc: options.scale can be "log" only for an XmR chart; received "log"'],
    [() => spc([1, 0], { scale: "log" }), 'spc: values[1] must be greater than 0 with scale "log"; received 0'],
    [() => spc([1, 2], { scale: "log", target: 0 }), 'spc: options.target must be greater than 0 with scale "log"; received 0'],
  ])("%#: throws %s", (call, message) => {
    expect(thrownMessage(call)).toBe(message);
    expect(() => call()).toThrow(ArgumentError);
  });
});

describe("spc: result shape", () => {
  it("is frozen and JSON-serialisable", () => {
    const chart = spc([1, 2, 3, 2, 1]);
    expect(Object.isFrozen(chart)).toBe(true);
    expect(Object.isFrozen(chart.points[0]?.rules)).toBe(true);
    expect(JSON.parse(JSON.stringify(chart))).toEqual(chart);
    expect(Object.keys(chart.points[0] as object).sort()).toEqual(["centre", "index", "lowerLimit", "rules", "segment", "upperLimit", "value", "variation"]);
  });
});
