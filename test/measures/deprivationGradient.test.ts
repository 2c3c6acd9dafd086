import { describe, expect, it } from "vitest";
import { ArgumentError, deprivationCounts, deprivationGradient, gwentPopulation } from "../../src/index.js";

const COUNTS = [60, 45, 40, 30, 25];
const EQUAL = [10000, 10000, 10000, 10000, 10000];

function thrown(f: () => unknown): ArgumentError {
  try {
    f();
  } catch (caught) {
    return caught as ArgumentError;
  }
  throw new Error("did not throw");
}

describe("deprivationGradient", () => {
  it("documents its example: rates, ratio, indices, PHE's direction", () => {
    const g = deprivationGradient(COUNTS, EQUAL);
    expect(g.rows.map((r) => r.group)).toEqual(["Q1", "Q2", "Q3", "Q4", "Q5"]);
    expect(g.extremes?.rateRatio.value).toBeCloseTo(2.4, 12);
    // Rates fall towards the least deprived end: SII < 0 and RII < 1 (least ÷ most deprived).
    expect(g.sii.value).toBeCloseTo(-4.25, 12);
    expect(g.rii.value).toBeCloseTo((6.125 - 4.25) / 6.125, 12);
    expect(g.siiToMean.value).toBeCloseTo(-4.25 / 4, 12);
    expect(g.status).toBe("ok");
    expect(g.simulation).toEqual({ replicates: 100000, seed: 1 });
    expect(Object.isFrozen(g) && Object.isFrozen(g.rows[0]) && Object.isFrozen(g.sii)).toBe(true);
    expect(JSON.parse(JSON.stringify(g))).toEqual(g);
  });

  it("is deterministic for a seed, and another seed moves the limits only by Monte Carlo error", () => {
    const a = deprivationGradient(COUNTS, EQUAL, { seed: 7, replicates: 20000 });
    const b = deprivationGradient(COUNTS, EQUAL, { seed: 7, replicates: 20000 });
    const c = deprivationGradient(COUNTS, EQUAL, { seed: 8, replicates: 20000 });
    expect(b).toEqual(a);
    expect(c.sii.lower).not.toBe(a.sii.lower);
    expect(Math.abs((c.sii.lower as number) - (a.sii.lower as number))).toBeLessThan(0.15);
    expect(c.sii.value).toBe(a.sii.value);
  });

  it("reverses sign when the gradient is reversed", () => {
    const g = deprivationGradient([...COUNTS].reverse(), EQUAL, { interval: "analytic" });
    expect(g.sii.value).toBeCloseTo(4.25, 12);
    expect(g.rii.value as number).toBeGreaterThan(1);
    expect(g.extremes?.rateRatio.value).toBeCloseTo(1 / 2.4, 12);
  });

  it("accepts records, { group, count } arrays, a Baseline and deprivationCounts() output alike", () => {
    const base = gwentPopulation({ by: "deprivation" });
    const pops = base.groups.map((g) => g.population as number);
    const counts = [3120, 1850, 1420, 980, 690];
    const fromArrays = deprivationGradient(counts, pops, { interval: "analytic" });
    const fromRecord = deprivationGradient({ Q1: 3120, "2": 1850, q3: 1420, "quintile 4": 980, D5: 690 }, base, { interval: "analytic" });
    const fromPairs = deprivationGradient(counts.map((count, i) => ({ group: `${i + 1}`, count })), Object.fromEntries(pops.map((p, i) => [`Q${i + 1}`, p])), { interval: "analytic" });
    expect(fromRecord.sii).toEqual(fromArrays.sii);
    expect(fromPairs.rii).toEqual(fromArrays.rii);
    const mapped = deprivationCounts({ W01001421: 5, E01000001: 2 });
    const g = deprivationGradient(mapped, base, { interval: "analytic" });
    expect(g.issues.map((i) => i.kind)).toEqual(["unmatched-lsoa"]);
    expect(g.rows.map((r) => r.count)).toEqual([5, 0, 0, 0, 0]);
  });

  it("ranks deciles and any number of groups from 1 (most deprived)", () => {
    const g = deprivationGradient([9, 8, 7, 6, 5, 4, 3, 2, 1, 1], new Array(10).fill(1000), { interval: "analytic" });
    expect(g.rows[9]?.ridit).toBeCloseTo(0.95, 12);
    expect(g.extremes?.leastDeprived).toBe("Q10");
    expect(g.fit?.df).toBe(8);
  });

  it("leaves out a group with population 0 (Blaenau Gwent has no Q5 LSOA) and says so", () => {
    const base = gwentPopulation({ by: "deprivation", area: "Blaenau Gwent" });
    const g = deprivationGradient([400, 250, 120, 60, 0], base, { interval: "analytic" });
    expect(g.rows[4]?.rate).toBeNull();
    expect(g.rows[4]?.ridit).toBeNull();
    expect(g.issues).toEqual([{ kind: "zero-population", group: "Q5", count: 0, message: "The population of Q5 is 0, so its 0 records are left out of the gradient." }]);
    expect(g.extremes?.leastDeprived).toBe("Q4");
    expect(g.fit?.df).toBe(2);
    expect(g.status).toBe("ok");
  });

  it("withholds the indices with fewer than 3 groups with a population", () => {
    const g = deprivationGradient([5, 3, 1], [1000, 0, 0]);
    expect(g.status).toBe("too-few-groups");
    expect(g.sii).toEqual({ value: null, lower: null, upper: null, level: 0.95, method: "simulation", status: "too-few-groups" });
    expect(g.extremes).toBeNull();
    expect(g.fit).toBeNull();
    expect(g.issues.map((i) => i.group)).toEqual(["Q2", "Q3"]);
  });

  it("keeps the index but withholds simulated limits when a group has no records", () => {
    const g = deprivationGradient([12, 6, 3, 1, 0], EQUAL);
    expect(g.status).toBe("zero-count");
    expect(g.sii.status).toBe("zero-count");
    expect(g.sii.value).toBeCloseTo(g.fit?.slope as number, 15);
    expect(g.sii.lower).toBeNull();
    expect(g.rows[4]?.rate?.status).toBe("zero-count");
    expect(g.extremes?.rateRatio.status).toBe("infinite-ratio");
    const analytic = deprivationGradient([12, 6, 3, 1, 0], EQUAL, { interval: "analytic" });
    expect(analytic.sii.status).toBe("ok");
    expect(analytic.sii.lower as number).toBeLessThan(analytic.sii.value as number);
  });

  it("reports undefined relative indices with no records at all", () => {
    const g = deprivationGradient([0, 0, 0, 0, 0], EQUAL, { interval: "analytic" });
    expect(g.sii.value).toBe(0);
    expect(g.rii).toMatchObject({ value: null, status: "non-positive-intercept" });
    expect(g.siiToMean).toMatchObject({ value: null, status: "zero-mean" });
  });

  it("reports an RII whose most-deprived fitted rate is not positive", () => {
    const g = deprivationGradient([0, 1, 40, 90, 150], EQUAL, { interval: "analytic" });
    expect(g.fit?.intercept as number).toBeLessThan(0);
    expect(g.rii.status).toBe("non-positive-intercept");
    expect(g.sii.status).toBe("ok");
  });

  it("reports counts for labels the baseline lacks", () => {
    const g = deprivationGradient({ Q1: 5, Q2: 4, Q3: 3, Q4: 2, Q5: 1, Unknown: 9 }, EQUAL, { interval: "analytic" });
    expect(g.issues).toEqual([{ kind: "count-without-group", group: "Unknown", count: 9, message: '9 records for "Unknown" match no deprivation group of the baseline and are left out.' }]);
  });

  it("scales rates and the SII by per, but not the relative indices", () => {
    const a = deprivationGradient(COUNTS, EQUAL, { interval: "analytic" });
    const b = deprivationGradient(COUNTS, EQUAL, { interval: "analytic", per: 100000 });
    expect(b.sii.value).toBeCloseTo((a.sii.value as number) * 100, 9);
    expect(b.rii.value).toBeCloseTo(a.rii.value as number, 12);
  });

  it("throws ArgumentError for invalid input, naming the rule", () => {
    const cases: [() => unknown, string][] = [
      [() => deprivationGradient([1, -2, 3, 4, 5], EQUAL), "deprivationGradient: counts[1] must not be negative; received -2"],
      [() => deprivationGradient([1, 2.5, 3, 4, 5], EQUAL), "deprivationGradient: counts[1] must be a whole number (deprivation gradients count records); received 2.5"],
      [() => deprivationGradient({ Q1: 1, Q2: 2 }, EQUAL), 'deprivationGradient: counts must give a count (0 if none) for every group of the baseline; missing Q3; received a value of type object'],
      [() => deprivationGradient({ Q1: 1, "1": 2, Q3: 1, Q4: 1, Q5: 1 }, EQUAL), 'deprivationGradient: counts must not name a deprivation group twice; received "Q1"'],
      [() => deprivationGradient(COUNTS, { A: 1, B: 2, C: 3 }), 'deprivationGradient: baseline must label its 3 groups 1 to 3 (or Q1…, D1…), each once; received "A"'],
      [() => deprivationGradient(COUNTS, [5]), "deprivationGradient: baseline must have from 2 to 100 deprivation groups; received an array of length 1"],
      [() => deprivationGradient(COUNTS, [1, 2, -3]), "deprivationGradient: baseline[2] must not be negative; received -3"],
      [() => deprivationGradient(COUNTS, EQUAL, { level: 95 }), "deprivationGradient: options.level must be a fraction strictly between 0 and 1; received 95 (did you mean 0.95?)"],
      [() => deprivationGradient(COUNTS, EQUAL, { per: 0 }), "deprivationGradient: options.per must be greater than 0; received 0"],
      [() => deprivationGradient(COUNTS, EQUAL, { interval: "bootstrap" as never }), 'deprivationGradient: options.interval must be "simulation" or "analytic"; received "bootstrap"'],
      [() => deprivationGradient(COUNTS, EQUAL, { replicates: 999 }), "deprivationGradient: options.replicates must be at least 1000; received 999"],
      [() => deprivationGradient(COUNTS, EQUAL, { replicates: 1000.5 }), "deprivationGradient: options.replicates must be a whole number; received 1000.5"],
      [() => deprivationGradient(COUNTS, EQUAL, { seed: 1.5 }), "deprivationGradient: options.seed must be a whole number; received 1.5"],
      [() => deprivationGradient(COUNTS, EQUAL, [] as never), "deprivationGradient: options must be an object or undefined; received an array of length 0"],
    ];
    for (const [f, message] of cases) {
      const error = thrown(f);
      expect(error).toBeInstanceOf(ArgumentError);
      expect(error.message).toBe(message);
    }
  });
});
