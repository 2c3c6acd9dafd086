import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareRatios, compareToBaseline } from "../../src/index.js";
import { relativeDifference } from "../_helpers/closeTo.js";
import type { FixtureFile } from "../_helpers/fixtures.js";
import { resultMismatches } from "../_helpers/resultMismatches.js";

// fixtures/trends/comparisons.json, written by fixtures/generators/trends.R (base R 4.2):
// compareToBaseline against poisson.test; compareRatios' delta method against the formula and the
// Poisson GLM interaction (confint.default), its exact method against Fisher's conditional
// equations re-solved with uniroot(tol = 1e-15) and fisher.test's p-value.

const file = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "trends", "comparisons.json"), "utf8"), (_key, value: unknown) =>
  value === "Infinity" ? Infinity : value,
) as Omit<FixtureFile, "file">;

/** Point estimates, rates and exposures to 1e-9; limits and p-values (root-finding, normal tails) to 1e-6. */
const rules = {
  tolerance: (key: string) => (key === "lower" || key === "upper" || key === "pValue" ? 1e-6 : 1e-9),
  absolute: 1e-12,
};
const fns = { compareToBaseline, compareRatios } as unknown as Record<string, (...args: unknown[]) => Record<string, unknown>>;
const cases = file.cases.map((c) => [`${c.fn} ${c.call.replace(/^.*\[(.*)\]$/, "$1")} ${JSON.stringify(c.args.at(-1))}`, c] as const);

describe(`fixtures/trends/comparisons.json (${file.tool})`, () => {
  it("covers both functions, both compareRatios methods and every status", () => {
    expect(file.cases.filter((c) => c.fn === "compareToBaseline").length).toBe(33);
    const ratios = file.cases.filter((c) => c.fn === "compareRatios");
    expect(ratios.length).toBe(72);
    expect(ratios.filter((c) => c.expected["method"] === "wald").length).toBe(33);
    expect(new Set(file.cases.map((c) => c.expected["status"]))).toEqual(new Set(["ok", "zero-ratio", "infinite-ratio", "undefined-ratio"]));
    expect(new Set(file.cases.map((c) => c.expected["comparison"]))).toEqual(new Set(["higher", "similar", "lower"]));
  });

  it.each(cases)("%s", (_name, testCase) => {
    const result = (fns[testCase.fn] as (...args: unknown[]) => Record<string, unknown>)(...testCase.args);
    expect(resultMismatches(result, testCase.expected, rules)).toEqual([]);
    const glm = testCase["glm"] as Record<string, number> | undefined;
    if (glm) {
      // The GLM interaction (an independent fit) gives the same estimate, Wald interval and p-value.
      for (const key of ["value", "lower", "upper", "pValue"]) expect(relativeDifference(result[key] as number, glm[key] as number), key).toBeLessThanOrEqual(1e-6);
    }
    const fisher = testCase["fisherTest"] as Record<string, number> | undefined;
    if (fisher) {
      // fisher.test stops its root search at ~1.2e-4, so only a loose check.
      for (const key of ["lower", "upper"]) {
        const [actual, expected] = [result[key] as number, fisher[key] as number];
        if (expected === 0 || expected === Infinity) expect(actual, key).toBe(expected);
        else expect(relativeDifference(actual, expected), key).toBeLessThanOrEqual(1e-3);
      }
    }
  });
});
