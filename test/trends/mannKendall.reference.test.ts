import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mannKendall, type MannKendallOptions } from "../../src/index.js";
import type { FixtureCase, FixtureFile } from "../_helpers/fixtures.js";
import { resultMismatches } from "../_helpers/resultMismatches.js";

// fixtures/trends/mann-kendall.json (fixtures/generators/trends.py): trend::mk.test formulas written out
// in Python with scipy.stats.norm, tau checked against scipy.stats.kendalltau, Sen's slope and interval
// from scipy.stats.theilslopes. fixtures/trends/mann-kendall-exact.json (fixtures/generators/mannKendall.R):
// base R cor.test(x, seq_along(x), method = "kendall", exact = TRUE).
const VALUES = 1e-9;
const P_VALUES = 1e-6;
const load = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "trends", name), "utf8")) as Omit<FixtureFile, "file">;
const normal = load("mann-kendall.json");
const exact = load("mann-kendall-exact.json");
const rules = { tolerance: (key: string) => (key === "pValue" ? P_VALUES : key === "s" || key === "n" ? null : VALUES), absolute: 1e-12 };

function run(c: FixtureCase) {
  const [values, options] = c.args as [number[], MannKendallOptions];
  return mannKendall(values, options);
}

describe("mannKendall against scipy and the trend::mk.test formulas", () => {
  it("has 44 cases, n from 3 to 40, with ties and all three alternatives", () => {
    expect(normal.cases).toHaveLength(44);
    expect(normal.tool).toMatch(/^scipy /);
    const lengths = normal.cases.map((c) => (c.args[0] as number[]).length);
    expect(Math.min(...lengths)).toBe(3);
    expect(Math.max(...lengths)).toBe(40);
    const tied = normal.cases.filter((c) => new Set(c.args[0] as number[]).size < (c.args[0] as number[]).length);
    expect(tied).toHaveLength(26);
    const alternatives = new Set(normal.cases.map((c) => (c.args[1] as MannKendallOptions).alternative ?? "two.sided"));
    expect([...alternatives].sort()).toEqual(["greater", "less", "two.sided"]);
  });

  it.each(normal.cases.map((c) => [c.title as string, c] as const))("%s", (_title, c) => {
    expect(resultMismatches(run(c), c.expected, rules)).toEqual([]);
  });
});

describe("mannKendall exact p-values against R cor.test(method = \"kendall\", exact = TRUE)", () => {
  it("has 66 cases, n from 3 to 10 without ties", () => {
    expect(exact.cases).toHaveLength(66);
    expect(exact.tool).toMatch(/^R /);
    const lengths = exact.cases.map((c) => (c.args[0] as number[]).length);
    expect([Math.min(...lengths), Math.max(...lengths)]).toEqual([3, 10]);
  });

  it.each(exact.cases.map((c) => [c.call, c] as const))("%s", (_call, c) => {
    expect(resultMismatches(run(c), c.expected, rules)).toEqual([]);
  });

  it("differs from the normal approximation, which R's exact p confirms is the one replaced", () => {
    const c = exact.cases.find((e) => e.title === "docs example, n = 10" && !(e.args[1] as MannKendallOptions).alternative) as FixtureCase;
    const values = c.args[0] as number[];
    expect(mannKendall(values).pValue).not.toBeCloseTo(c.expected["pValue"] as number, 3);
  });
});
