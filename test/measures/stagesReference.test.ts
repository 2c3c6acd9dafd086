import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decisionStages, ethnicityConcordance, outcomeRates } from "../../src/index.js";
import { relativeDifference } from "../_helpers/closeTo.js";

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

/** Compares every field of `expected` with `actual`, recursively; returns the mismatches. */
function mismatches(actual: unknown, expected: unknown, path: string, key = ""): string[] {
  if (typeof expected === "number") {
    if (typeof actual !== "number") return [`${path}: expected ${expected}, got ${String(actual)}`];
    if (Number.isInteger(expected) && !["value", "lower", "upper", "pValue", "share"].includes(key)) {
      return actual === expected ? [] : [`${path}: expected ${expected}, got ${actual}`];
    }
    const tolerance = key === "lower" || key === "upper" ? TOLERANCE.limits : key === "pValue" ? TOLERANCE.pValue : TOLERANCE.value;
    const close = relativeDifference(actual, expected) <= tolerance || Math.abs(actual - expected) <= 1e-15;
    return close ? [] : [`${path}: expected ${expected}, got ${actual} (relative ${relativeDifference(actual, expected)})`];
  }
  if (expected === null || typeof expected !== "object") return Object.is(actual, expected) ? [] : [`${path}: expected ${String(expected)}, got ${JSON.stringify(actual)}`];
  if (actual === null || typeof actual !== "object") return [`${path}: expected an object, got ${String(actual)}`];
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return [`${path}: expected ${expected.length} items, got ${JSON.stringify(actual)}`];
    return expected.flatMap((e, i) => mismatches(actual[i], e, `${path}[${i}]`, key));
  }
  return Object.entries(expected).flatMap(([k, e]) => mismatches((actual as Record<string, unknown>)[k], e, `${path}.${k}`, k));
}

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
