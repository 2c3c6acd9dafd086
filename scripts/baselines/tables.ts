import type { EmbeddedGroup } from "../../src/_internal/embeddedTable.js";
import { count, rowWhere, type CsvFile } from "./csv.js";

/** The five Gwent local authorities, in code order. */
export const GWENT_LAS = ["W06000018", "W06000019", "W06000020", "W06000021", "W06000022"] as const;

/** Cells per local authority: `[total, ...one per group]`, `null` for a suppressed cell. */
export type Cells = Record<string, (number | null)[]>;

/** A table before it is written out: which source it cites, its groups and its cells. */
export interface BuiltTable {
  readonly census: 2021 | 2011 | "mid-2020";
  readonly source: string;
  readonly groups: readonly EmbeddedGroup[];
  readonly cells: Cells;
}

/** A column of a wide table and the group it becomes. */
export interface Column {
  readonly column: string;
  readonly group: EmbeddedGroup;
}

/** Builds cells from a wide table (one row per area), checking that the groups add up to the total when `additive`. */
export function wide(csv: CsvFile, codeColumn: string, totalColumn: string, columns: readonly Column[], additive = true): Cells {
  const cells: Cells = {};
  for (const code of GWENT_LAS) {
    const row = rowWhere(csv, codeColumn, code);
    const total = count(csv, row, totalColumn);
    const values = columns.map(({ column }) => count(csv, row, column));
    const sum = values.reduce((a, b) => a + b, 0);
    if (additive && sum !== total) throw new Error(`${csv.file}: ${code} groups sum to ${sum}, total is ${total}`);
    cells[code] = [total, ...values];
  }
  return cells;
}

/** The columns whose header starts with `prefix`, as groups labelled by the rest of the header. */
export function columnsAfter(csv: CsvFile, prefix: string, except: readonly string[] = []): Column[] {
  return csv.header
    .filter((column) => column.startsWith(prefix) && !except.includes(column))
    .map((column) => ({ column, group: { group: column.slice(prefix.length) } }));
}

/** Sums columns of cells into new groups; a sum with a suppressed (null) part is itself suppressed. */
export function sumParts(cells: Cells, parts: readonly (readonly number[])[], total: (row: (number | null)[]) => number): Cells {
  const out: Cells = {};
  for (const [code, row] of Object.entries(cells)) {
    const sums = parts.map((indices) => {
      let sum = 0;
      for (const index of indices) {
        const value = row[index + 1];
        if (value === null || value === undefined) return null;
        sum += value;
      }
      return sum;
    });
    out[code] = [total(row), ...sums];
  }
  return out;
}

/** Checks that each parent's cell equals the sum of its children's (children name it in categories.group). */
export function checkParents(file: string, parents: readonly EmbeddedGroup[], parentCells: Cells, children: readonly EmbeddedGroup[], childCells: Cells): void {
  for (const [code, row] of Object.entries(parentCells)) {
    parents.forEach((parent, p) => {
      const sum = children.reduce((a, child, c) => a + (child.categories?.["group"] === parent.group ? (childCells[code]?.[c + 1] ?? NaN) : 0), 0);
      if (sum !== row[p + 1]) throw new Error(`${file}: ${code} ${parent.group} is ${row[p + 1]}, its children sum to ${sum}`);
    });
  }
}
