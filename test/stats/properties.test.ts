import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { oddsRatio, proportion, rate, rateDifference, rateRatio, riskDifference, riskRatio } from "../../src/index.js";

// Seeded so that a failure reproduces; 150 runs a property keeps the suite fast.
fc.configureGlobal({ seed: 20261122, numRuns: 150 });

/** Relative slack for comparisons between two root-found limits. */
const EPS = 1e-9;
const level = fc.double({ min: 0.8, max: 0.999, noNaN: true });
const levelPair = fc
  .tuple(level, level)
  .filter(([a, b]) => Math.abs(a - b) > 1e-3)
  .map(([a, b]): [number, number] => (a < b ? [a, b] : [b, a]));
const count = fc.integer({ min: 0, max: 3000 });
const population = fc.double({ min: 1, max: 1e6, noNaN: true });
const binomial = fc.integer({ min: 1, max: 400 }).chain((total) => fc.record({ events: fc.integer({ min: 0, max: total }), total: fc.constant(total) }));
const rateInput = fc.record({ count, population });

const proportionMethods = ["wilson", "exact", "jeffreys", "agresti-coull", "wald"] as const;
const rateMethods = ["auto", "byar", "exact", "wald"] as const;
const rateRatioMethods = ["exact", "mid-p", "wald"] as const;
const riskRatioMethods = ["miettinen-nurminen", "koopman", "katz"] as const;
const oddsRatioMethods = ["exact", "woolf"] as const;

const within = (x: { lower: number; upper: number; value: number | null }) =>
  x.value === null || (x.lower <= x.value * (1 + EPS) + 1e-15 && x.value <= x.upper * (1 + EPS) + 1e-15);
const nests = (narrow: { lower: number; upper: number }, wide: { lower: number; upper: number }) =>
  wide.lower <= narrow.lower * (1 + EPS) + 1e-15 && narrow.upper <= wide.upper * (1 + EPS) + 1e-15;
const inverse = (x: number) => (x === 0 ? Infinity : x === Infinity ? 0 : 1 / x);
const sameRelative = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-7 * Math.max(Math.abs(a), Math.abs(b));

describe("properties of every interval", () => {
  it("lower ≤ value ≤ upper", () => {
    fc.assert(
      fc.property(binomial, binomial, rateInput, rateInput, level, (b1, b0, r1, r0, lv) => {
        for (const method of proportionMethods) expect(within(proportion(b1.events, b1.total, { method, level: lv }))).toBe(true);
        for (const method of rateMethods) expect(within(rate(r1.count, r1.population, { method, level: lv }))).toBe(true);
        for (const method of rateRatioMethods) expect(within(rateRatio(r1, r0, { method, level: lv }))).toBe(true);
        for (const method of riskRatioMethods) expect(within(riskRatio(b1, b0, { method, level: lv }))).toBe(true);
        for (const method of oddsRatioMethods) expect(within(oddsRatio(b1, b0, { method, level: lv }))).toBe(true);
        expect(within(riskDifference(b1, b0, { level: lv }))).toBe(true);
        expect(within(rateDifference(r1, r0, { level: lv }))).toBe(true);
      }),
    );
  });

  it("intervals nest as the level rises", () => {
    fc.assert(
      fc.property(binomial, binomial, rateInput, rateInput, levelPair, (b1, b0, r1, r0, [low, high]) => {
        const pairs: [{ lower: number; upper: number }, { lower: number; upper: number }][] = [];
        for (const method of proportionMethods) pairs.push([proportion(b1.events, b1.total, { method, level: low }), proportion(b1.events, b1.total, { method, level: high })]);
        for (const method of ["byar", "exact", "wald"] as const) pairs.push([rate(r1.count, r1.population, { method, level: low }), rate(r1.count, r1.population, { method, level: high })]);
        for (const method of rateRatioMethods) pairs.push([rateRatio(r1, r0, { method, level: low }), rateRatio(r1, r0, { method, level: high })]);
        for (const method of riskRatioMethods) pairs.push([riskRatio(b1, b0, { method, level: low }), riskRatio(b1, b0, { method, level: high })]);
        for (const method of oddsRatioMethods) pairs.push([oddsRatio(b1, b0, { method, level: low }), oddsRatio(b1, b0, { method, level: high })]);
        pairs.push([riskDifference(b1, b0, { level: low }), riskDifference(b1, b0, { level: high })]);
        pairs.push([rateDifference(r1, r0, { level: low }), rateDifference(r1, r0, { level: high })]);
        for (const [narrow, wide] of pairs) expect(nests(narrow, wide)).toBe(true);
      }),
    );
  });
});

describe("symmetry", () => {
  it("swapping group and reference inverts every ratio and its interval", () => {
    fc.assert(
      fc.property(binomial, binomial, rateInput, rateInput, level, (b1, b0, r1, r0, lv) => {
        const checks = [
          ...rateRatioMethods.map((method) => [rateRatio(r1, r0, { method, level: lv }), rateRatio(r0, r1, { method, level: lv })] as const),
          ...riskRatioMethods.map((method) => [riskRatio(b1, b0, { method, level: lv }), riskRatio(b0, b1, { method, level: lv })] as const),
          ...oddsRatioMethods.map((method) => [oddsRatio(b1, b0, { method, level: lv }), oddsRatio(b0, b1, { method, level: lv })] as const),
        ];
        for (const [forward, backward] of checks) {
          expect(sameRelative(forward.lower, inverse(backward.upper))).toBe(true);
          expect(sameRelative(forward.upper, inverse(backward.lower))).toBe(true);
          expect(forward.pValue).toBeCloseTo(backward.pValue, 9);
        }
      }),
    );
  });

  it("swapping the groups negates a difference and its interval", () => {
    fc.assert(
      fc.property(binomial, binomial, level, (b1, b0, lv) => {
        const forward = riskDifference(b1, b0, { level: lv });
        const backward = riskDifference(b0, b1, { level: lv });
        expect(forward.lower).toBeCloseTo(-backward.upper, 12);
        expect(forward.upper).toBeCloseTo(-backward.lower, 12);
      }),
    );
  });
});

describe("monotone in counts", () => {
  it("limits do not fall when the count rises", () => {
    fc.assert(
      fc.property(binomial, rateInput, rateInput, level, (b, r1, r0, lv) => {
        if (b.events < b.total) {
          for (const method of ["wilson", "exact", "jeffreys", "agresti-coull"] as const) {
            const a = proportion(b.events, b.total, { method, level: lv });
            const next = proportion(b.events + 1, b.total, { method, level: lv });
            expect(next.lower).toBeGreaterThanOrEqual(a.lower);
            expect(next.upper).toBeGreaterThanOrEqual(a.upper);
          }
        }
        for (const method of ["byar", "exact"] as const) {
          const a = rate(r1.count, r1.population, { method, level: lv });
          const next = rate(r1.count + 1, r1.population, { method, level: lv });
          expect(next.lower).toBeGreaterThanOrEqual(a.lower);
          expect(next.upper).toBeGreaterThan(a.upper);
        }
        for (const method of ["exact", "mid-p"] as const) {
          const a = rateRatio(r1, r0, { method, level: lv });
          const next = rateRatio({ ...r1, count: r1.count + 1 }, r0, { method, level: lv });
          expect(next.lower * (1 + EPS)).toBeGreaterThanOrEqual(a.lower);
          expect(next.upper * (1 + EPS)).toBeGreaterThanOrEqual(a.upper);
        }
      }),
    );
  });
});

describe("intervals agree with their p-values", () => {
  it("the interval excludes 1 exactly when p < 1 − level (mid-p, Wald, score methods)", () => {
    fc.assert(
      fc.property(binomial, binomial, rateInput, rateInput, level, (b1, b0, r1, r0, lv) => {
        const results = [
          ...(["mid-p", "wald"] as const).map((method) => rateRatio(r1, r0, { method, level: lv })),
          ...riskRatioMethods.map((method) => riskRatio(b1, b0, { method, level: lv })),
          oddsRatio(b1, b0, { method: "woolf", level: lv }),
        ];
        for (const r of results) {
          if (r.value === null || r.method === "exact") continue;
          const margin = Math.abs(r.pValue - (1 - lv));
          if (margin < 1e-8) continue; // on the boundary either answer is right
          expect(r.lower > 1 || r.upper < 1).toBe(r.pValue < 1 - lv);
        }
      }),
    );
  });
});
