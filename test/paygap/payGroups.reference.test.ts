import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { equalPayAudit, payGap } from "../../src/index.js";
import { resultMismatches } from "../_helpers/resultMismatches.js";

// Reference values from fixtures/generators/paygroups.py: pandas (written separately from the
// TypeScript) for payGap and equalPayAudit on seeded workforces, and scipy's
// ttest_ind(equal_var=False) with the Welch–Satterthwaite df and t.ppf for the Welch intervals.
// Every field of every result is compared, and the objects must have exactly the same keys.

/** Relative tolerances: estimates 1e-9, interval limits and p-values 1e-6 (1e-12 absolute near 0). */
const TOLERANCE = { value: 1e-9, limits: 1e-6 } as const;
const LIMIT_KEYS = new Set(["lower", "upper", "pValue"]);

interface Case {
  readonly fn: "payGap" | "equalPayAudit";
  readonly title: string;
  readonly args: [unknown[], Record<string, unknown>];
  readonly call: string;
  readonly expected: Record<string, unknown>;
}

function load(name: string): { tool: string; cases: Case[] } {
  return JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "paygap", name), "utf8")) as { tool: string; cases: Case[] };
}

/** Every difference between `actual` and `expected` (numbers within tolerance, the same keys). */
const mismatches = (actual: unknown, expected: unknown, path: string) =>
  resultMismatches(actual, expected, { tolerance: (key) => (LIMIT_KEYS.has(key) ? TOLERANCE.limits : TOLERANCE.value), absolute: 1e-12, sameKeys: true }, path);

const FUNCTIONS = { payGap, equalPayAudit } as unknown as Record<string, (...args: unknown[]) => unknown>;

for (const [file, minimum] of [["pay-gap-groups.json", 13], ["equal-pay-audit.json", 7]] as const) {
  const { tool, cases } = load(file);
  describe(`fixtures/paygap/${file} (${tool})`, () => {
    it("holds the expected cases", () => {
      expect(cases.length).toBeGreaterThanOrEqual(minimum);
      for (const c of cases) expect(c.call).toBeTruthy();
    });
    it.each(cases.map((c) => [`${c.fn}: ${c.title}`, c] as const))("%s", (_name, c) => {
      const fn = FUNCTIONS[c.fn] as (...args: unknown[]) => unknown;
      const actual = JSON.parse(JSON.stringify(fn(...c.args))) as unknown;
      expect(mismatches(actual, c.expected, c.fn)).toEqual([]);
    });
  });
}
