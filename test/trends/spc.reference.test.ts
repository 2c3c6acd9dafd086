import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { spc, type SpcOptions } from "../../src/index.js";
import { resultMismatches } from "../_helpers/resultMismatches.js";

// Fixture: fixtures/generators/spc.py, an independent numpy implementation of the published
// Making Data Count / NHSRplotthedots / Laney definitions (no R qcc or NHSRplotthedots here).
interface SpcCase {
  readonly name: string;
  readonly args: [number[], SpcOptions];
  readonly expected: Record<string, unknown>;
  readonly published?: { upperLimit: number; mean: number; lowerLimit: number };
}
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "trends", "spc.json"), "utf8")) as { tool: string; cases: SpcCase[] };

/** Limits and centres to 1e-12 relative (sums in a different order); flags, labels and indices exactly. */
const rules = { tolerance: (key: string) => (["mean", "centre", "upperLimit", "lowerLimit", "value"].includes(key) ? 1e-12 : null), absolute: 1e-13, sameKeys: true };

describe("spc against the numpy reference (fixtures/trends/spc.json)", () => {
  it("holds 27 cases covering every chart and both presets", () => {
    expect(fixture.cases).toHaveLength(27);
    const charts = new Set(fixture.cases.map((c) => c.args[1].chart ?? "xmr"));
    expect([...charts].sort()).toEqual(["p", "p-prime", "u", "u-prime", "xmr"]);
  });

  it.each(fixture.cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const result = spc(...c.args);
    const actual = { mean: result.mean, upperLimit: result.upperLimit, lowerLimit: result.lowerLimit, variation: result.variation, assurance: result.assurance, points: result.points };
    expect(resultMismatches(actual, c.expected, rules)).toEqual([]);
  });

  it("reproduces the published NHSRplotthedots deviations.Rmd limits to the 2 decimals printed", () => {
    const published = fixture.cases.filter((c) => c.published);
    expect(published).toHaveLength(2);
    for (const c of published) {
      const result = spc(...c.args);
      expect(Number(result.upperLimit.toFixed(2)), c.name).toBe(c.published?.upperLimit);
      expect(Number(result.mean.toFixed(2)), c.name).toBe(c.published?.mean);
      expect(Number(result.lowerLimit.toFixed(2)), c.name).toBe(c.published?.lowerLimit);
    }
  });

  it("has cases where the presets disagree on two-of-three, so the option is exercised", () => {
    const flags = (name: string) => fixture.cases.find((c) => c.name === name)?.expected["points"] as { rules: string[] }[];
    let differ = 0;
    for (let seed = 0; seed < 6; seed++) {
      const a = flags(`XmR seeded ${seed} (making-data-count)`).map((p) => p.rules.includes("two-of-three"));
      const b = flags(`XmR seeded ${seed} (nhsr-plotthedots)`).map((p) => p.rules.includes("two-of-three"));
      if (a.some((x, i) => x !== b[i])) differ++;
    }
    expect(differ).toBeGreaterThan(0);
  });
});
