import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { genderPayGap, type GenderPayGapEmployee } from "../../src/index.js";
import { bootstrapPayGap } from "../../src/_internal/payGapBootstrap.js";

// fixtures/paygap/gender-pay-gap-bootstrap.json (fixtures/generators/paygap.py):
// - exact: the whole bootstrap distribution of tiny samples, enumerated; the generator checks the
//   2.5%/97.5% (or 10%/90%) points lie ≥ 5 standard errors of a 20,000-replicate empirical CDF from
//   any jump, so a 20,000-replicate percentile bootstrap must land on exactly those atoms;
// - monteCarlo: numpy's percentile bootstrap with 200,000 replicates; our 20,000-replicate limits
//   must agree within 4 combined Monte Carlo standard errors, sqrt(p(1 − p)/B)/f(q) for each run.

interface Limits {
  readonly lower: number;
  readonly upper: number;
}
interface ExactCase {
  readonly title: string;
  readonly men: number[];
  readonly women: number[];
  readonly replicates: number;
  readonly level: number;
  readonly mean: Limits & { marginInStandardErrors: number };
  readonly median: Limits & { marginInStandardErrors: number };
}
interface MonteCarloCase {
  readonly title: string;
  readonly men: number[];
  readonly women: number[];
  readonly replicates: number;
  readonly level: number;
  readonly mean: Limits & { lowerTolerance: number; upperTolerance: number };
  readonly median: Limits & { lowerTolerance: number; upperTolerance: number };
}
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "paygap", "gender-pay-gap-bootstrap.json"), "utf8")) as {
  exact: ExactCase[];
  monteCarlo: MonteCarloCase[];
};

const staff = (men: readonly number[], women: readonly number[]): GenderPayGapEmployee[] => [
  ...men.map((hourlyPay) => ({ sex: "Male" as const, hourlyPay })),
  ...women.map((hourlyPay) => ({ sex: "Female" as const, hourlyPay })),
];

describe("genderPayGap bootstrap: against the exact bootstrap distribution", () => {
  it.each(fixture.exact)("$title", (c) => {
    expect(Math.min(c.mean.marginInStandardErrors, c.median.marginInStandardErrors)).toBeGreaterThan(5);
    for (const seed of [1, 2, 3]) {
      const { intervals } = genderPayGap(staff(c.men, c.women), { bootstrap: { replicates: c.replicates, seed, level: c.level } });
      expect(intervals?.meanHourlyGap.lower).toBeCloseTo(c.mean.lower, 10);
      expect(intervals?.meanHourlyGap.upper).toBeCloseTo(c.mean.upper, 10);
      expect(intervals?.medianHourlyGap.lower).toBeCloseTo(c.median.lower, 10);
      expect(intervals?.medianHourlyGap.upper).toBeCloseTo(c.median.upper, 10);
    }
  });
});

describe("genderPayGap bootstrap: against numpy within Monte Carlo error", () => {
  it.each(fixture.monteCarlo)("$title", (c) => {
    const { intervals } = genderPayGap(staff(c.men, c.women), { bootstrap: { replicates: c.replicates, seed: 2024, level: c.level } });
    expect(intervals?.status).toBe("ok");
    for (const [ours, theirs] of [
      [intervals?.meanHourlyGap, c.mean],
      [intervals?.medianHourlyGap, c.median],
    ] as const) {
      expect(Math.abs((ours?.lower as number) - theirs.lower)).toBeLessThanOrEqual(theirs.lowerTolerance);
      expect(Math.abs((ours?.upper as number) - theirs.upper)).toBeLessThanOrEqual(theirs.upperTolerance);
      // the tolerance is a small part of the interval, so the check has teeth
      expect(theirs.lowerTolerance + theirs.upperTolerance).toBeLessThan((theirs.upper - theirs.lower) / 10);
    }
  });
});

describe("genderPayGap bootstrap: determinism and options", () => {
  const c = fixture.monteCarlo[0]!;
  const people = staff(c.men, c.women);

  it("gives the same intervals for the same seed, and different ones for another seed", () => {
    const a = genderPayGap(people, { bootstrap: {} }).intervals;
    const b = genderPayGap(people, { bootstrap: { seed: 1, replicates: 2000, level: 0.95 } }).intervals;
    expect(a).toEqual(b);
    expect(a).toMatchObject({ method: "percentile", replicates: 2000, seed: 1, level: 0.95, status: "ok" });
    const other = genderPayGap(people, { bootstrap: { seed: 2 } }).intervals;
    expect(other?.meanHourlyGap.lower).not.toBe(a?.meanHourlyGap.lower);
  });

  it("brackets the point estimates, and a lower level gives a narrower interval", () => {
    const result = genderPayGap(people, { bootstrap: {} });
    const i = result.intervals!;
    expect(i.meanHourlyGap.lower as number).toBeLessThan(result.meanHourlyGap as number);
    expect(i.meanHourlyGap.upper as number).toBeGreaterThan(result.meanHourlyGap as number);
    expect(i.medianHourlyGap.lower as number).toBeLessThan(result.medianHourlyGap as number);
    expect(i.medianHourlyGap.upper as number).toBeGreaterThan(result.medianHourlyGap as number);
    const narrow = genderPayGap(people, { bootstrap: { level: 0.8 } }).intervals!;
    expect((narrow.meanHourlyGap.upper as number) - (narrow.meanHourlyGap.lower as number)).toBeLessThan((i.meanHourlyGap.upper as number) - (i.meanHourlyGap.lower as number));
  });

  it("is null without the option, and has null limits with a status when a group is empty", () => {
    expect(genderPayGap(people).intervals).toBeNull();
    const men = genderPayGap(staff([10, 11], []), { bootstrap: {} }).intervals;
    expect(men).toEqual({ method: "percentile", replicates: 2000, seed: 1, level: 0.95, status: "no-women", meanHourlyGap: { lower: null, upper: null, undefinedReplicates: 0 }, medianHourlyGap: { lower: null, upper: null, undefinedReplicates: 0 } });
  });

  it("leaves out and counts replicates whose male average is 0", () => {
    // men 0, 0, 10: a resample of three zeros (probability 8/27) has no defined gap
    const result = bootstrapPayGap([0, 0, 10], [5, 6], { replicates: 4000, seed: 9, level: 0.9 });
    expect(result.mean.undefinedReplicates / 4000).toBeCloseTo(8 / 27, 1);
    // the median is 0 when two or three of the three draws are 0: 20/27
    expect(result.median.undefinedReplicates / 4000).toBeCloseTo(20 / 27, 1);
    const allZero = bootstrapPayGap([0, 0], [5], { replicates: 100, seed: 1, level: 0.95 });
    expect(allZero.mean).toEqual({ lower: null, upper: null, undefinedReplicates: 100 });
  });
});
