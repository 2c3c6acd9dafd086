import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { leaverRates, representation, selectionRates, staffRates } from "../../src/index.js";
import { resultMismatches } from "../_helpers/resultMismatches.js";

// Reference values from fixtures/generators/workforce.py (statsmodels 0.13.5 / scipy 1.10.1),
// written from the method descriptions and independently of the TypeScript: Wilson shares and
// representation ratios against Gwent's Census 2021 TS021 (summed in Python from the shared CSV),
// selection rates with Fisher's exact p (scipy fisher_exact), impact-ratio intervals (statsmodels
// score methods and scipy's Katz) and the four-fifths flag in exact fractions, exact Poisson rates
// and rate ratios (scipy chi2 and binomtest, as R's poisson.test), and head counts, leavers and
// retention from seeded HR records by datetime arithmetic. Every field the generator wrote is
// compared: counts, labels and statuses exactly, numbers with the tolerances below.

/** Relative tolerances: estimates 1e-9, limits and p-values 1e-6 (plus 1e-15 absolute for values at 0). */
const TOLERANCE = { value: 1e-9, limits: 1e-6, pValue: 1e-6 } as const;
const REAL_KEYS = new Set(["value", "lower", "upper", "pValue", "fisherP", "share", "populationShare", "eventShare", "headcountShare", "averageHeadcount", "headcount"]);

interface Case {
  readonly fn: "representation" | "selectionRates" | "staffRates" | "leaverRates";
  readonly title: string;
  readonly args: unknown[];
  readonly call: string;
  readonly expected: Record<string, unknown>;
}

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "paygap", "workforce.json"), "utf8"), (_key, value: unknown) =>
  value === "Infinity" ? Infinity : value,
) as { generator: string; tool: string; cases: Case[] };

const FUNCTIONS = { representation, selectionRates, staffRates, leaverRates } as unknown as Record<string, (...args: unknown[]) => unknown>;

/** Every difference between `actual` and `expected` (real-valued keys within tolerance, the rest exact). */
const mismatches = (actual: unknown, expected: unknown, path: string) =>
  resultMismatches(actual, expected, {
    tolerance: (key) => (!REAL_KEYS.has(key) ? null : key === "lower" || key === "upper" ? TOLERANCE.limits : key === "pValue" || key === "fisherP" ? TOLERANCE.pValue : TOLERANCE.value),
  }, path);

describe(`fixtures/paygap/workforce.json (${fixture.tool})`, () => {
  it("holds the expected cases from the workforce generator", () => {
    expect(fixture.generator).toBe("fixtures/generators/workforce.py");
    const byFn = fixture.cases.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c.fn]: (acc[c.fn] ?? 0) + 1 }), {});
    expect(byFn).toEqual({ representation: 16, selectionRates: 40, staffRates: 12, leaverRates: 4 });
    for (const c of fixture.cases) expect(c.call).toBeTruthy();
  });

  it.each(fixture.cases.map((c) => [`${c.fn}: ${c.title} ${JSON.stringify(c.args.at(-1))}`, c] as const))("%s", (_name, c) => {
    const fn = FUNCTIONS[c.fn] as (...args: unknown[]) => unknown;
    expect(mismatches(fn(...c.args), c.expected, c.fn)).toEqual([]);
  });
});
