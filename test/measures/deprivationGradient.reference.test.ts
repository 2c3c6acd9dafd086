import { readFileSync } from "node:fs";
import { join } from "node:path";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import { describe, expect, it } from "vitest";
import { deprivationGradient, type InequalityIndex } from "../../src/index.js";
import { relativeDifference } from "../_helpers/closeTo.js";

// Reference values from fixtures/generators/deprivation.R (base R: lm, confint, vcov, poisson.test,
// and phe_sii's simulation re-coded with R's rnorm). See docs/methods/deprivation.md.

interface Limits {
  readonly lower: number;
  readonly upper: number;
}
interface SimulatedLimits extends Limits {
  readonly sd: number;
  readonly lowerMcse: number;
  readonly upperMcse: number;
}
interface Expected {
  readonly rates: number[];
  readonly ridits: number[];
  readonly intercept: number;
  readonly slope: number;
  readonly standardError: number;
  readonly df: number;
  readonly meanRate: number;
  readonly analytic: Record<"sii" | "rii" | "siiToMean", Limits & { value: number }>;
  readonly simulation: { replicates: number; seed: number } & Record<"sii" | "rii" | "siiToMean", SimulatedLimits>;
  readonly rateRatio: Limits & { value: number; pValue: number };
}
interface Case {
  readonly name: string;
  readonly args: [number[], number[], { per: number; level: number }];
  readonly call: string;
  readonly expected: Expected;
}

const FILE = join(import.meta.dirname, "..", "..", "fixtures", "measures", "deprivation.json");
const fixture = JSON.parse(readFileSync(FILE, "utf8")) as { tool: string; cases: Case[] };
const INDICES = ["sii", "rii", "siiToMean"] as const;

/** Regression quantities and delta-method limits are closed forms: 1e-9 relative (1e-12 absolute floor). */
function close(actual: number | null | undefined, expected: number, tolerance = 1e-9) {
  expect(typeof actual).toBe("number");
  const ok = relativeDifference(actual as number, expected) <= tolerance || Math.abs((actual as number) - expected) <= 1e-12;
  expect(ok, `actual ${String(actual)}, expected ${expected}`).toBe(true);
}

/**
 * Monte Carlo tolerance for a simulated limit. R's limit q̂ has standard error
 * √(p(1 − p)/R) / f(q) (p the tail probability, R the replicates, f the density at the quantile); the
 * generator estimates 1/f from its own sorted draws and writes the standard error (`lowerMcse`,
 * `upperMcse`). Ours is an independent simulation of the same size, so the difference has √2 times
 * that standard error; we allow 6 of them: a false alarm about once in 500 million comparisons,
 * while an error of method (a wrong SE, the wrong scale, a shifted position) moves a limit by far
 * more (see the last test).
 */
const monteCarloTolerance = (mcse: number) => 6 * Math.SQRT2 * mcse;

describe(`deprivationGradient against ${fixture.tool} (${fixture.cases.length} cases)`, () => {
  it("has a case for every data set at three levels", () => {
    expect(fixture.cases.length).toBe(21);
  });

  describe.each(fixture.cases.map((c) => [`${c.name}, level ${c.args[2].level}`, c] as const))("%s", (_name, c) => {
    const [counts, populations, { per, level }] = c.args;
    const e = c.expected;
    const simulated = deprivationGradient(counts, populations, { per, level });
    const analytic = deprivationGradient(counts, populations, { per, level, interval: "analytic" });

    it("rates, ridits and the weighted regression match lm()", () => {
      simulated.rows.forEach((row, i) => {
        close(row.rate?.value, e.rates[i] as number, 1e-12);
        close(row.ridit, e.ridits[i] as number, 1e-12);
      });
      close(simulated.fit?.intercept, e.intercept);
      close(simulated.fit?.slope, e.slope);
      close(simulated.fit?.standardError, e.standardError);
      close(simulated.fit?.meanRate, e.meanRate);
      expect(simulated.fit?.df).toBe(e.df);
    });

    it("SII, RII and SII ÷ mean match, with analytic limits from confint() and the delta method on vcov()", () => {
      for (const name of INDICES) {
        const index: InequalityIndex = analytic[name];
        expect(index.method).toBe("analytic");
        close(index.value, e.analytic[name].value);
        close(index.lower, e.analytic[name].lower);
        close(index.upper, e.analytic[name].upper);
        close(simulated[name].value, e.analytic[name].value);
      }
    });

    it("simulated limits agree with R's simulation within Monte Carlo error", () => {
      expect(simulated.simulation?.replicates).toBe(e.simulation.replicates);
      for (const name of INDICES) {
        const reference = e.simulation[name];
        expect(simulated[name].method).toBe("simulation");
        expect(Math.abs((simulated[name].lower as number) - reference.lower), `${name} lower`).toBeLessThanOrEqual(monteCarloTolerance(reference.lowerMcse));
        expect(Math.abs((simulated[name].upper as number) - reference.upper), `${name} upper`).toBeLessThanOrEqual(monteCarloTolerance(reference.upperMcse));
      }
    });

    it("the most ÷ least deprived ratio matches poisson.test()", () => {
      const rr = simulated.extremes?.rateRatio;
      close(rr?.value, e.rateRatio.value);
      close(rr?.lower, e.rateRatio.lower, 1e-6);
      close(rr?.upper, e.rateRatio.upper, 1e-6);
      close(rr?.pValue, e.rateRatio.pValue, 1e-6);
    });
  });

  it("the Monte Carlo tolerance would catch an error of method", () => {
    // Simulating with the SE at the requested level instead of PHE's fixed 95% moves the 99.8% limits
    // by far more than the tolerance: the test above can fail.
    const c = fixture.cases.find((x) => x.name === "Gwent-sized quintiles" && x.args[2].level === 0.998) as Case;
    const reference = c.expected.simulation.sii;
    const tolerance = Math.max(monteCarloTolerance(reference.lowerMcse), monteCarloTolerance(reference.upperMcse));
    const seWidening = normalQuantile(0.999, 0, 1) / normalQuantile(0.975, 0, 1);
    const shift = ((reference.upper - reference.lower) / 2) * (seWidening - 1);
    expect(shift).toBeGreaterThan(3 * tolerance);
    // At 95% the tolerance is a few per cent of the interval's half-width.
    const at95 = fixture.cases.find((x) => x.name === "Gwent-sized quintiles" && x.args[2].level === 0.95) as Case;
    const s95 = at95.expected.simulation.sii;
    expect(monteCarloTolerance(s95.upperMcse) / ((s95.upper - s95.lower) / 2)).toBeLessThan(0.05);
  });
});
