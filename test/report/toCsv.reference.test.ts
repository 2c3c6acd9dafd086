import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toCsv, type ColumnsAndRows, type ToCsvOptions } from "../../src/index.js";

// Reference CSV text written by Python's csv module (fixtures/generators/report_tables.py).
interface CsvCase {
  readonly title: string;
  readonly args: [ColumnsAndRows, ToCsvOptions];
  readonly expected: string;
}

const FILE = join(import.meta.dirname, "..", "..", "fixtures", "report", "csv-tables.json");
const revive = (_key: string, value: unknown) => (value === "Infinity" ? Infinity : value === "-Infinity" ? -Infinity : value);
const fixture = JSON.parse(readFileSync(FILE, "utf8"), revive) as { tool: string; cases: CsvCase[] };

describe("toCsv against Python's csv module", () => {
  it("has the hand-written and seeded cases", () => {
    expect(fixture.tool).toMatch(/^Python 3\.\d+\.\d+ csv module$/);
    expect(fixture.cases.length).toBe(67);
  });

  it.each(fixture.cases)("$title", ({ args, expected }) => {
    // Byte-exact: CSV text has no tolerance.
    expect(toCsv(args[0], args[1])).toBe(expected);
  });
});
