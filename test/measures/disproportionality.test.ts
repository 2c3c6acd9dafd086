import { describe, expect, expectTypeOf, it } from "vitest";
import {
  adjustPValues,
  ArgumentError,
  baselineFromCensusCsv,
  disproportionality,
  gwentPopulation,
  rate,
  rateRatio,
  type DisproportionalityRow,
  type DisproportionalityTable,
  type SensitivityEntry,
} from "../../src/index.js";

const ethnicity = baselineFromCensusCsv(
  "geography code,Ethnic group: Total,Ethnic group: Asian,Ethnic group: Black,Ethnic group: Mixed,Ethnic group: White,Ethnic group: Other\nA,100000,4000,1000,2000,90000,3000",
);
const counts = { Asian: 14, Black: 25, Mixed: 12, White: 270, Other: 4, Unknown: 62 };
const byGroup = (t: DisproportionalityTable, group: string) => t.rows.find((r) => r.group === group) as DisproportionalityRow;
const sensitivityOf = (t: DisproportionalityTable, group: string) => t.sensitivity.find((s) => s.group === group) as SensitivityEntry;
const populationOf = (group: string) => ethnicity.groups.find((g) => g.group === group)?.population as number;

describe("disproportionality", () => {
  it("compares each group's rate with White's by rate() and rateRatio(), in the baseline's order", () => {
    const t = disproportionality(counts, ethnicity);
    expect(t).toMatchObject({ reference: "White", level: 0.95, per: 1000, rateMethod: "auto", ratioMethod: "exact", adjust: "holm", dimension: "ethnic-group", census: 2021 });
    expect(t.rows.map((r) => [r.group, r.status])).toEqual([["Asian", "ok"], ["Black", "ok"], ["Mixed", "ok"], ["White", "reference"], ["Other", "ok"]]);
    const white = { count: 270, population: 90000 };
    for (const row of t.rows) {
      expect(row.rate).toEqual(rate(row.count, populationOf(row.group)));
      if (row.group === "White") continue;
      const { adjustedPValue, ...ratio } = row.ratio ?? { adjustedPValue: NaN };
      expect(ratio).toEqual(rateRatio({ count: row.count, population: populationOf(row.group) }, white));
      expect(adjustedPValue).toBeGreaterThanOrEqual((row.ratio?.pValue as number));
    }
    expect(byGroup(t, "White")).toMatchObject({ ratio: null, significant: null });
  });

  it("adjusts the p-values of the non-reference groups together and tests them at 1 − level", () => {
    for (const adjust of ["holm", "bh", "bonferroni"] as const) {
      const t = disproportionality(counts, ethnicity, { adjust, level: 0.9 });
      const withRatio = t.rows.filter((r) => r.ratio !== null);
      expect(withRatio.map((r) => r.ratio?.adjustedPValue)).toEqual(adjustPValues(withRatio.map((r) => r.ratio?.pValue as number), { method: adjust }));
      for (const row of withRatio) expect(row.significant).toBe((row.ratio?.adjustedPValue as number) < 0.1);
    }
    // Mixed: 12 in 2,000 vs 270 in 90,000 has p = 0.0239 (poisson.test), second smallest of four: Holm gives 3p.
    const mixed = byGroup(disproportionality(counts, ethnicity), "Mixed");
    expect(mixed.ratio?.pValue).toBeCloseTo(0.02390375, 7);
    expect(mixed.ratio?.adjustedPValue).toBeCloseTo(3 * 0.02390375, 7);
    expect(mixed.significant).toBe(false);
  });

  it("passes per, level and the methods through, and says which were used", () => {
    const t = disproportionality(counts, ethnicity, { per: 100000, level: 0.998, rateMethod: "exact", ratioMethod: "mid-p" });
    const black = byGroup(t, "Black");
    expect(black.rate).toEqual(rate(25, 1000, { per: 100000, level: 0.998, method: "exact" }));
    expect(black.ratio?.method).toBe("mid-p");
    expect(black.ratio?.level).toBe(0.998);
    expect(t).toMatchObject({ per: 100000, level: 0.998, rateMethod: "exact", ratioMethod: "mid-p" });
    expect(byGroup(disproportionality(counts, ethnicity, { ratioMethod: "wald" }), "Black").ratio?.method).toBe("wald");
  });

  it("takes counts as an array too, and labels ignoring case and spaces", () => {
    const fromArray = disproportionality(Object.entries(counts).map(([group, count]) => ({ group: ` ${group.toLowerCase()} `, count })), ethnicity, { reference: "white" });
    expect(fromArray).toEqual(disproportionality(counts, ethnicity));
  });

  describe("the reference group", () => {
    it("can be any group of the baseline, reported with the baseline's label", () => {
      const t = disproportionality(counts, ethnicity, { reference: "asian" });
      expect(t.reference).toBe("Asian");
      expect(byGroup(t, "Asian").status).toBe("reference");
      expect(byGroup(t, "White").ratio?.value).toBeCloseTo(270 / 90000 / (14 / 4000), 14);
    });

    it("defaults to the largest group by population when the dimension is not ethnicity", () => {
      const ages = baselineFromCensusCsv("geography code,Age: Total,Age: 10-17,Age: 18-24,Age: over 34\nA,400,100,120,180");
      expect(disproportionality({ "10-17": 5, "18-24": 9, "over 34": 3 }, ages).reference).toBe("over 34");
      // White is the default only when the dimension is ethnicity.
      const labelled = baselineFromCensusCsv("geography code,Colour: Total,Colour: White,Colour: Blue\nA,30,10,20");
      expect(disproportionality({ White: 1, Blue: 1 }, labelled).reference).toBe("Blue");
      // An ethnicity baseline without a White group falls back to the largest group too.
      const noWhite = baselineFromCensusCsv("geography code,Ethnic group: Total,Ethnic group: Asian,Ethnic group: Black\nA,30,10,20");
      expect(disproportionality({ Asian: 1, Black: 1 }, noWhite).reference).toBe("Black");
    });

    it("takes the first of equally large groups and counts a suppressed population as smallest", () => {
      const b = baselineFromCensusCsv("geography code,Age: Total,Age: a,Age: b,Age: c\nA,40,c,20,20");
      expect(disproportionality({ a: 1, b: 1, c: 1 }, b).reference).toBe("b");
    });
  });

  describe("unknown group", () => {
    it("leaves Unknown out of the numerators and reports its share and the completeness", () => {
      const t = disproportionality(counts, ethnicity);
      expect(t.unknown).toEqual({ count: 62, total: 387, share: 62 / 387, knownShare: 325 / 387 });
      expect(t.rows.some((r) => r.group === "Unknown")).toBe(false);
      expect(t.issues).toContainEqual({
        kind: "unknown-excluded",
        group: "Unknown",
        count: 62,
        population: null,
        message: "62 events (16.0% of 387) have an unknown ethnic-group; they are left out of every rate and ratio (see unknown and sensitivity).",
      });
      expect(t.issues.some((i) => i.kind === "count-without-population")).toBe(false);
    });

    it("counts events of groups the baseline lacks as known, but without a rate", () => {
      const t = disproportionality({ White: 10, Black: 2, Chinese: 4, Unknown: 4 }, ethnicity);
      expect(t.unknown).toEqual({ count: 4, total: 20, share: 0.2, knownShare: 0.8 });
      expect(t.issues.map((i) => [i.kind, i.group])).toContainEqual(["count-without-population", "Chinese"]);
    });

    it("reports a zero share without Unknown, and no share at all when nothing was counted", () => {
      expect(disproportionality({ White: 10, Black: 2 }, ethnicity).unknown).toEqual({ count: 0, total: 12, share: 0, knownShare: 1 });
      expect(disproportionality({ White: 0, Black: 0 }, ethnicity).unknown).toEqual({ count: 0, total: 0, share: null, knownShare: null });
    });

    it("treats Unknown as an ordinary group when the baseline has one", () => {
      const b = baselineFromCensusCsv("geography code,Sex: Total,Sex: Female,Sex: Unknown\nA,30,20,10");
      const t = disproportionality({ Female: 4, Unknown: 2 }, b);
      expect(t.unknown.count).toBe(0);
      expect(byGroup(t, "Unknown").ratio?.value).toBeCloseTo(1, 14);
    });
  });

  describe("sensitivity to the unknowns", () => {
    it("gives the observed, proportional, lowest and highest ratios by their formulas", () => {
      const t = disproportionality(counts, ethnicity);
      const black = sensitivityOf(t, "Black");
      const ratio = (g: number, r: number) => g / 1000 / (r / 90000);
      expect(black.observed).toEqual({ groupCount: 25, referenceCount: 270, ratio: byGroup(t, "Black").ratio?.value, status: "ok" });
      expect(black.proportional.groupCount).toBeCloseTo((25 * 387) / 325, 12);
      expect(black.proportional.referenceCount).toBeCloseTo((270 * 387) / 325, 12);
      expect(black.proportional.ratio).toBeCloseTo(black.observed.ratio as number, 12);
      expect(black.lowest).toEqual({ groupCount: 25, referenceCount: 332, ratio: ratio(25, 332), status: "ok" });
      expect(black.highest).toEqual({ groupCount: 87, referenceCount: 270, ratio: ratio(87, 270), status: "ok" });
      expect(t.sensitivity.map((s) => s.group)).toEqual(["Asian", "Black", "Mixed", "Other"]);
    });

    it("collapses to the observed ratio when nothing is unknown", () => {
      const s = sensitivityOf(disproportionality({ White: 270, Black: 25 }, ethnicity), "Black");
      expect([s.proportional.ratio, s.lowest.ratio, s.highest.ratio]).toEqual([s.observed.ratio, s.observed.ratio, s.observed.ratio]);
    });

    it("says when a bound is zero or infinite instead of giving NaN", () => {
      const s = sensitivityOf(disproportionality({ White: 0, Black: 0, Unknown: 3 }, ethnicity), "Black");
      expect(s.observed).toEqual({ groupCount: 0, referenceCount: 0, ratio: null, status: "undefined-ratio" });
      expect(s.proportional).toEqual({ groupCount: 0, referenceCount: 0, ratio: null, status: "undefined-ratio" });
      expect(s.lowest).toMatchObject({ ratio: 0, status: "zero-ratio" });
      expect(s.highest).toMatchObject({ ratio: Infinity, status: "infinite-ratio" });
    });
  });

  describe("degenerate data", () => {
    const withGaps = baselineFromCensusCsv("geography code,Ethnic group: Total,Ethnic group: White,Ethnic group: Black,Ethnic group: Asian,Ethnic group: Mixed\nA,1000,900,c,0,100");

    it("keeps rows with suppressed or zero populations, without a rate or ratio, and says why", () => {
      const t = disproportionality({ White: 9, Black: 2, Asian: 1, Mixed: 3 }, withGaps);
      expect(t.rows.map((r) => [r.group, r.status, r.rate === null, r.ratio === null, r.significant])).toEqual([
        ["White", "reference", false, true, null],
        ["Black", "suppressed-population", true, true, null],
        ["Asian", "zero-population", true, true, null],
        ["Mixed", "ok", false, false, false],
      ]);
      expect(t.issues.map((i) => i.kind)).toEqual(["suppressed-population", "zero-population"]);
      expect(t.sensitivity.map((s) => s.group)).toEqual(["Mixed"]);
      // Only the one ratio is adjusted.
      expect(byGroup(t, "Mixed").ratio?.adjustedPValue).toBe(byGroup(t, "Mixed").ratio?.pValue);
    });

    it("computes no ratio when the reference has no usable rate", () => {
      const suppressed = disproportionality({ White: 9, Black: 2, Mixed: 3 }, withGaps, { reference: "Black" });
      expect(suppressed.rows.map((r) => r.status)).toEqual(["no-reference-rate", "reference", "no-reference-rate"]);
      expect(suppressed.rows.every((r) => r.ratio === null && r.significant === null)).toBe(true);
      expect(suppressed.sensitivity).toEqual([]);
      expect(suppressed.issues.at(-1)).toEqual({
        kind: "reference-without-rate",
        group: "Black",
        count: 2,
        population: null,
        message: "The reference group Black has no rate (its population is suppressed), so no ratios are computed.",
      });
      const zero = disproportionality({ White: 9, Asian: 1 }, withGaps, { reference: "Asian" });
      expect(zero.issues.at(-1)?.message).toBe("The reference group Asian has no rate (its population is 0), so no ratios are computed.");
      const missing = disproportionality({ Mixed: 3 }, withGaps);
      expect(missing.rows.map((r) => r.status)).toEqual(["no-reference-rate"]);
      expect(missing.issues.at(-1)).toEqual({
        kind: "reference-without-rate",
        group: "White",
        count: null,
        population: 900,
        message: "The reference group White has no rate (no count was supplied for it), so no ratios are computed.",
      });
      expect(missing.issues.map((i) => [i.kind, i.group])).toContainEqual(["population-without-count", "White"]);
    });

    it("gives infinite ratios against a reference with no events, and an undefined one where both are 0", () => {
      const t = disproportionality({ White: 0, Black: 3, Mixed: 0 }, ethnicity);
      expect(byGroup(t, "Black").ratio).toMatchObject({ value: Infinity, upper: Infinity, status: "infinite-ratio" });
      expect(byGroup(t, "Mixed").ratio).toMatchObject({ value: null, lower: 0, upper: Infinity, pValue: 1, status: "undefined-ratio" });
      expect(byGroup(t, "Mixed").significant).toBe(false);
      expect(t.issues).toContainEqual({
        kind: "reference-zero-count",
        group: "White",
        count: 0,
        population: 90000,
        message: "The reference group White has no events, so every ratio against it is infinite (undefined for a group with none either).",
      });
    });

    it("never returns NaN", () => {
      const t = disproportionality({ White: 0, Black: 0, Asian: 0, Unknown: 0 }, ethnicity);
      const numbers = JSON.stringify(t, (_k, v: unknown) => (typeof v === "number" && Number.isNaN(v) ? "NaN" : v));
      expect(numbers).not.toContain("NaN");
    });
  });

  it("returns a deeply frozen, plain result", () => {
    const t = disproportionality(counts, ethnicity);
    expect(Object.isFrozen(t)).toBe(true);
    expect(Object.isFrozen(t.rows[0])).toBe(true);
    expect(Object.isFrozen(byGroup(t, "Black").ratio)).toBe(true);
    expect(Object.isFrozen(t.sensitivity[0]?.lowest)).toBe(true);
    expect(Object.isFrozen(t.unknown)).toBe(true);
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });

  it("works with the embedded Gwent baselines", () => {
    const t = disproportionality({ White: 2000, Black: 100, Asian: 150 }, gwentPopulation());
    expect(t).toMatchObject({ reference: "White", census: 2021, area: { code: "W15000002", name: "Gwent" } });
    expect(byGroup(t, "Black").rate?.population).toBe(4593);
  });

  describe("invalid input", () => {
    const fails = (f: () => unknown, message: string) => {
      expect(f).toThrow(ArgumentError);
      expect(f).toThrow(message);
    };

    it("rejects bad counts under its own name", () => {
      fails(() => disproportionality({ White: -1 }, ethnicity), 'disproportionality: counts["White"] must not be negative; received -1');
      fails(() => disproportionality({ White: 1.5 }, ethnicity), 'disproportionality: counts["White"] must be a whole number; received 1.5');
      fails(() => disproportionality([{ group: "White", count: 2.5 }], ethnicity), "disproportionality: counts[0].count must be a whole number; received 2.5");
      fails(() => disproportionality({ White: Infinity }, ethnicity), 'disproportionality: counts["White"] must be a finite number; received Infinity');
      fails(() => disproportionality({ White: 1, white: 2 }, ethnicity), 'disproportionality: counts must not name a group twice (ignoring case and spaces); received "white"');
      fails(() => disproportionality(null as never, ethnicity), "disproportionality: counts must be an array of { group, count } or a record of counts; received null");
    });

    it("rejects a bad baseline or reference", () => {
      fails(() => disproportionality({}, {} as never), "disproportionality: baseline must be a Baseline (from gwentPopulation or baselineFromCensusCsv); received a value of type object");
      fails(() => disproportionality({}, { ...ethnicity, groups: [] }), "disproportionality: baseline must have at least one group; received a value of type object");
      fails(() => disproportionality(counts, ethnicity, { reference: "Unknown" }), 'disproportionality: options.reference must name a group of the baseline (Asian, Black, Mixed, White, Other); received "Unknown"');
      fails(() => disproportionality(counts, ethnicity, { reference: 3 as never }), "disproportionality: options.reference must name a group of the baseline (Asian, Black, Mixed, White, Other); received 3");
    });

    it("rejects bad options", () => {
      fails(() => disproportionality(counts, ethnicity, 5 as never), "disproportionality: options must be an object or undefined; received 5");
      fails(() => disproportionality(counts, ethnicity, { level: 95 }), "disproportionality: options.level must be a fraction strictly between 0 and 1; received 95 (did you mean 0.95?)");
      fails(() => disproportionality(counts, ethnicity, { per: 0 }), "disproportionality: options.per must be greater than 0; received 0");
      fails(() => disproportionality(counts, ethnicity, { rateMethod: "score" as never }), 'disproportionality: options.rateMethod must be one of "auto", "byar", "exact", "wald"; received "score"');
      fails(() => disproportionality(counts, ethnicity, { ratioMethod: "score" as never }), 'disproportionality: options.ratioMethod must be one of "exact", "mid-p", "wald"; received "score"');
      fails(() => disproportionality(counts, ethnicity, { adjust: "none" as never }), 'disproportionality: options.adjust must be one of "holm", "bh", "bonferroni"; received "none"');
    });
  });

  it("has the documented types", () => {
    const t = disproportionality(counts, ethnicity);
    expectTypeOf(t.rows[0]!.ratio).toEqualTypeOf<import("../../src/index.js").DisproportionalityRatio | null>();
    expectTypeOf(t.rows[0]!.status).toEqualTypeOf<import("../../src/index.js").DisproportionalityRowStatus>();
    expectTypeOf(t.unknown.share).toEqualTypeOf<number | null>();
    expectTypeOf(disproportionality).parameter(2).toEqualTypeOf<import("../../src/index.js").DisproportionalityOptions | undefined>();
  });
});
