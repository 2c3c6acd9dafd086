import { join } from "node:path";
import { SHARED_DATA, sharedFile } from "./sharedData.js";

// Reads the shared source files (../shared/data beside the repository, as in CI) independently of
// scripts/generateBaselines.ts, so the embedded figures are checked against the originals.

/** The repository root. */
export const REPO_ROOT = join(import.meta.dirname, "..", "..");

/** The shared data folder beside the repository. */
export const DATA = SHARED_DATA;

/** A CSV row keyed by column name. */
export type Row = Readonly<Record<string, string>>;

/** Splits one CSV line (no embedded newlines in these files) into fields, unquoting as needed. */
function fields(line: string): string[] {
  const out: string[] = [];
  const pattern = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g;
  for (const match of line.matchAll(pattern)) out.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : (match[2] ?? ""));
  return out;
}

/** Every data row of a shared CSV file, keyed by its header. */
export function csvRows(relativePath: string): Row[] {
  const [head, ...lines] = sharedFile(relativePath).replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l.length > 0);
  const header = fields(head as string);
  return lines.map((line) => {
    const values = fields(line);
    if (values.length !== header.length) throw new Error(`${relativePath}: ${values.length} fields in ${line.slice(0, 40)}…`);
    return Object.fromEntries(header.map((name, i) => [name, values[i] as string]));
  });
}

/** The one row whose `column` is `value`. */
export function rowOf(rows: readonly Row[], column: string, value: string): Row {
  const found = rows.filter((r) => r[column] === value);
  if (found.length !== 1) throw new Error(`expected one row with ${column} = ${value}, found ${found.length}`);
  return found[0] as Row;
}

/** A whole number read from a cell; throws for anything else. */
export function num(row: Row, column: string): number {
  const text = row[column];
  if (text === undefined || !/^\d+$/.test(text)) throw new Error(`not a count in ${column}: ${String(text)}`);
  return Number(text);
}

/** Gwent's local authorities by name. */
export const LA = {
  "Blaenau Gwent": "W06000019",
  Caerphilly: "W06000018",
  Monmouthshire: "W06000021",
  Newport: "W06000022",
  Torfaen: "W06000020",
} as const;

/** Each area and the local authority codes it adds up, for checking sums. */
export const AREAS: readonly { readonly area: string; readonly codes: readonly string[] }[] = [
  { area: "Gwent", codes: Object.values(LA) },
  { area: "East LPA", codes: [LA.Newport, LA.Monmouthshire] },
  { area: "West LPA", codes: [LA.Caerphilly, LA.Torfaen, LA["Blaenau Gwent"]] },
  ...Object.entries(LA).map(([area, code]) => ({ area, codes: [code] })),
];

/** Sums values over codes as the package should: the published ones; null only if none was published. */
export function sumOver(codes: readonly string[], value: (code: string) => number | null): number | null {
  const values = codes.map(value);
  if (values.length > 0 && values.every((v) => v === null)) return null;
  return values.reduce<number>((total, v) => total + (v ?? 0), 0);
}
