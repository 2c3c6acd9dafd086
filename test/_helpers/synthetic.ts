import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { parseExtract } from "../../src/csv/parseExtract.js";
import type { ExtractResult, RejectedRow, Schema } from "../../src/csv/types.js";

/** What fixtures/synthetic/generate.ts says it wrote (the `.expected.json` beside each extract). */
export interface SyntheticExpected {
  readonly schema: string;
  readonly file: string;
  readonly rowsWritten: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly rejects: Readonly<Record<"bad-date" | "blank-id" | "ragged", number>>;
  readonly counts: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly unrecognised: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly badRows: readonly { line: number; kind: string; column: string | null }[];
}

export const SYNTHETIC = join(import.meta.dirname, "..", "..", "fixtures", "synthetic");
export const FULL = join(SYNTHETIC, "full");
export const hasFull = (name: string) => existsSync(join(FULL, `${name}.csv`));

/** A synthetic extract's text and expectations: `sample-<name>` in fixtures/synthetic, or `<name>` in full/. */
export function synthetic(name: string, scale: "sample" | "full" = "sample"): { text: string; expected: SyntheticExpected } {
  const base = scale === "sample" ? join(SYNTHETIC, `sample-${name}`) : join(FULL, name);
  return { text: readFileSync(`${base}.csv`, "utf8"), expected: JSON.parse(readFileSync(`${base}.expected.json`, "utf8")) as SyntheticExpected };
}

/** The kind of a reject, from its column: none is a ragged row, the id column a blank id, else a bad date. */
export function rejectKind(reject: RejectedRow, idColumn: string): string {
  return reject.column === null ? "ragged" : reject.column === idColumn && reject.reason === "required field is blank" ? "blank-id" : "bad-date";
}

/** Counts of a record field (arrays count each distinct element; `null` as `"null"`), keys sorted. */
export function countBy<R>(records: readonly R[], field: keyof R & string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const record of records) {
    const value = record[field];
    for (const v of Array.isArray(value) ? [...new Set(value)] : [value]) {
      const key = v === null || v === undefined ? "null" : String(v);
      counts[key] = (counts[key] ?? 0) + 1;
    }
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Parses a synthetic extract and reconciles it with the generator's own counts: rows read,
 * accepted and rejected; every reject at the line and of the kind written; the counts of every
 * tallied field; and the unrecognised raw values.
 */
export async function reconcile<R>(name: string, schema: Schema<R>, idColumn: string, scale: "sample" | "full" = "sample"): Promise<ExtractResult<R>> {
  const { text, expected } = synthetic(name, scale);
  const result = await parseExtract(text, schema, { file: expected.file });
  const { summary, rejects, records } = result;
  expect(summary.rowsRead).toBe(expected.rowsWritten);
  expect(summary.accepted).toBe(expected.accepted);
  expect(summary.rejected).toBe(expected.rejected);
  expect(summary.rowsRead).toBe(summary.accepted + summary.rejected);
  expect(summary.blankLines).toBe(0);
  expect(records).toHaveLength(expected.accepted);
  expect(rejects.map((r) => ({ line: r.line, kind: rejectKind(r, idColumn), column: r.column }))).toEqual(expected.badRows);
  const byKind = { "bad-date": 0, "blank-id": 0, ragged: 0 };
  for (const r of rejects) byKind[rejectKind(r, idColumn) as keyof typeof byKind]++;
  expect(byKind).toEqual(expected.rejects);
  expect(rejects.every((r) => r.file === expected.file)).toBe(true);
  for (const [field, counts] of Object.entries(expected.counts)) {
    expect(countBy(records, field as keyof R & string), field).toEqual(counts);
  }
  expect(summary.unrecognised).toEqual(expected.unrecognised);
  return result;
}

/** A one-row-per-line CSV text from a header and rows. */
export function csv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header, ...rows].map((r) => r.map(field).join(",")).join("\n");
}

/** Renames header columns of a CSV text (first line only). */
export function renameHeader(text: string, renames: Readonly<Record<string, string>>): string {
  const end = text.indexOf("\n");
  const header = text.slice(0, end).replace(/\r$/, "").split(",").map((h) => renames[h] ?? h);
  return `${header.join(",")}\r${text.slice(end)}`;
}
