import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decisionStages, ethnicityConcordance, outcomeRates } from "../../src/index.js";
import { resultMismatches } from "../_helpers/resultMismatches.js";

// Reference values from fixtures/generators/stages.py (statsmodels 0.13.5 / scipy 1.10.1):
// Wilson rates, Miettinen–Nurminen / Koopman / Katz risk ratios along stage chains and for outcome
// tables, and Cohen's kappa with statsmodels' cohens_kappa. Every field the generator wrote is
// compared: counts, labels and statuses exactly, numbers with the tolerances below.

/** Relative tolerances: estimates 1e-9, limits and p-values 1e-6 (plus 1e-15 absolute for values at 0). */
const TOLERANCE = { value: 1e-9, limits: 1e-6, pValue: 1e-6 } as const;

interface Case {
  readonly fn: "decisionStages" | "outcomeRates" | "ethnicityConcordance";
  readonly title: string;
  readonly args: unknown[];
  readonly call: string;
  readonly expected: Record<string, unknown>;
}

function load(name: string): { tool: string; cases: Case[] } {
  const text = readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "measures", name), "utf8");
  return JSON.parse(text, (_key, value: unknown) => (value === "Infinity" ? Infinity : value)) as { tool: string; cases: Case[] };
}

const FUNCTIONS = { decisionStages, outcomeRates, ethnicityConcordance } as unknown as Record<string, (...args: unknown[]) => unknown>;

/** Compares every field of `expected` with `actual`; integers other than estimates must be equal. */
const mismatches = (actual: unknown, expected: unknown, path: string) =>
  resultMismatches(actual, expected, {
    tolerance: (key, value) =>
      Number.isInteger(value) && !["value", "lower", "upper", "pValue", "share"].includes(key) ? null : key === "lower" || key === "upper" ? TOLERANCE.limits : key === "pValue" ? TOLERANCE.pValue : TOLERANCE.value,
  }, path);

for (const file of ["stages.json", "concordance.json"]) {
  const { tool, cases } = load(file);
  describe(`fixtures/measures/${file} (${tool})`, () => {
    it("holds the expected cases", () => {
      expect(cases.length).toBeGreaterThanOrEqual(file === "stages.json" ? 99 : 25);
      for (const c of cases) expect(c.call).toBeTruthy();
    });
    it.each(cases.map((c) => [`${c.fn}: ${c.title} ${JSON.stringify(c.args.at(-1))}`, c] as const))("%s", (_name, c) => {
      const fn = FUNCTIONS[c.fn] as (...args: unknown[]) => unknown;
      expect(mismatches(fn(...c.args), c.expected, c.fn)).toEqual([]);
    });
  });
}
