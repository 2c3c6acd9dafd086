import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { genderPayGap, type GenderPayGapEmployee, type GenderPayGapOptions } from "../../src/index.js";

// fixtures/paygap/gender-pay-gap.json: the six figures computed by fixtures/generators/paygap.py,
// an independent pandas implementation of SI 2017/172 regs 8-13 (reg 13(2) ties in exact fractions).

interface Case {
  readonly title: string;
  readonly employees: GenderPayGapEmployee[];
  readonly options: GenderPayGapOptions;
  readonly expected: Record<string, unknown> & { issueKinds: string[]; regulation: string };
}
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "paygap", "gender-pay-gap.json"), "utf8")) as {
  tool: string;
  cases: Case[];
};

const TOLERANCE = 1e-9;

/** Compares two JSON-like values: numbers to a relative 1e-9 (absolute near 0), everything else exactly. */
function compare(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === "number") {
    expect(typeof actual, path).toBe("number");
    expect(Math.abs((actual as number) - expected), path).toBeLessThanOrEqual(TOLERANCE * Math.max(1, Math.abs(expected)));
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, path).toBe(expected.length);
    expected.forEach((e, i) => compare((actual as unknown[])[i], e, `${path}[${i}]`));
  } else if (expected !== null && typeof expected === "object") {
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [key, e] of Object.entries(expected)) compare((actual as Record<string, unknown>)[key], e, `${path}.${key}`);
  } else {
    expect(actual, path).toBe(expected);
  }
}

describe("genderPayGap against the independent pandas implementation", () => {
  it("has the cases the issue asks for", () => {
    expect(fixture.tool).toMatch(/^pandas 1\.5\.3/);
    expect(fixture.cases.length).toBeGreaterThanOrEqual(20);
    // n mod 4 = 0, 1, 2, 3 among the full-pay men and women, and ties across band boundaries
    const sizes = fixture.cases.map((c) => {
      const counts = c.expected["counts"] as { fullPay: { male: number; female: number } };
      return (counts.fullPay.male + counts.fullPay.female) % 4;
    });
    expect(new Set(sizes)).toEqual(new Set([0, 1, 2, 3]));
    expect(fixture.cases.filter((c) => (c.expected["quartileTies"] as unknown[]).length > 0).length).toBeGreaterThanOrEqual(8);
  });

  it.each(fixture.cases)("$title", ({ employees, options, expected }) => {
    const result = genderPayGap(employees, options);
    const { issueKinds, regulation, ...figures } = expected;
    for (const [key, value] of Object.entries(figures)) compare(result[key as keyof typeof result], value, key);
    expect(result.issues.map((i) => i.kind)).toEqual(issueKinds);
    expect(result.regulation).toBe(regulation);
    const { relevant, excluded } = result.counts;
    expect(relevant.male + relevant.female + excluded.other + excluded.unknown + excluded.unpaid).toBe(employees.length);
  });
});
