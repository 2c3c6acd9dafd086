import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { disclose, type DisclosedTable, type DisclosureTable } from "../../src/index.js";
import { disclosureLeaks } from "../_helpers/disclosureLeaks.js";

// Reference cases from a separate pandas implementation of the rule (fixtures/generators/disclosure.py).
interface DisclosureCase {
  readonly title: string;
  readonly table: DisclosureTable;
  readonly threshold: number;
  readonly expected: Pick<DisclosedTable, "rows" | "suppressed">;
}

const FILE = join(import.meta.dirname, "..", "..", "fixtures", "report", "disclosure.json");
const fixture = JSON.parse(readFileSync(FILE, "utf8")) as { tool: string; cases: DisclosureCase[] };

describe("disclose against the pandas reference implementation", () => {
  it("has the hand-written and seeded cases, with every kind of suppression", () => {
    expect(fixture.tool).toMatch(/^Python 3\.\d+\.\d+ pandas \d+\.\d+\.\d+$/);
    expect(fixture.cases.length).toBe(42);
    const reasons = new Set(fixture.cases.flatMap((c) => c.expected.suppressed.map((s) => s.reason)));
    expect([...reasons].sort()).toEqual(["derived", "primary", "secondary"]);
  });

  it.each(fixture.cases)("$title", ({ table, threshold, expected }) => {
    // Exact: suppression is a decision per cell, with no tolerance.
    const result = disclose(table, { threshold });
    expect(result.suppressed).toEqual(expected.suppressed);
    expect(result.rows).toEqual(expected.rows);
    expect(disclosureLeaks(table, result)).toEqual([]);
  });
});
