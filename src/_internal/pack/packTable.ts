import { disclose, type DisclosedTable, type DisclosureRow, type DisclosureTotals } from "../../report/disclose.js";
import type { PackTable } from "../../report/scrutinyPackTypes.js";
import type { PackContext, PackSource } from "./packContext.js";

/** Glossary prefixes of label cells translated for display. */
const LABEL_PREFIXES = ["group", "sex", "age", "area"];

/** A table before disclosure control. */
export interface RawPackTable {
  /** The table's id (its CSV file name). */
  readonly id: string;
  /** Its caption. */
  readonly title: string;
  /** Columns: machine name → glossary key of the heading (`col.…`), in order. */
  readonly columns: readonly (readonly [name: string, heading: string])[];
  /** The rows, with every figure as published (rounded). */
  readonly rows: readonly DisclosureRow[];
  /** The count columns. */
  readonly counts: readonly string[];
  /** Derived columns → the count columns they are computed from. */
  readonly derived?: Readonly<Record<string, readonly string[]>>;
  /** The total rows, for secondary suppression. */
  readonly totals?: DisclosureTotals;
  /** Notes on the table. */
  readonly notes: readonly string[];
  /** The sources it comes from. */
  readonly sources: readonly PackSource[];
}

/** Applies disclosure control to a raw table and returns the pack table with the disclosure result (whose suppressed cells decide what may be charted). */
export function packTable(ctx: PackContext, raw: RawPackTable): { readonly table: PackTable; readonly disclosed: DisclosedTable } {
  const disclosed = disclose(
    { rows: raw.rows, counts: raw.counts, ...(raw.derived ? { derived: raw.derived } : {}), ...(raw.totals ? { totals: raw.totals } : {}) },
    { threshold: ctx.config.disclosure.threshold },
  );
  const synthetic = raw.sources.some((s) => s.config.synthetic);
  const notes = [...raw.notes];
  if (disclosed.suppressed.length > 0) notes.push(ctx.t("note.suppressed"));
  if (synthetic) notes.unshift(ctx.t("note.synthetic"));
  const display: Record<string, string> = {};
  for (const row of disclosed.rows) {
    for (const value of Object.values(row)) {
      if (typeof value !== "string" || value in display) continue;
      const key = LABEL_PREFIXES.map((p) => `${p}.${value}`).find((k) => k in ctx.glossary.entries);
      if (key !== undefined) display[value] = ctx.t(key);
    }
  }
  const table: PackTable = {
    id: raw.id,
    title: raw.title,
    columns: raw.columns.map(([name]) => name),
    headings: raw.columns.map(([, heading]) => (heading in ctx.glossary.entries ? ctx.t(heading) : heading)),
    rows: disclosed.rows,
    display: Object.fromEntries(Object.entries(display).sort(([a], [b]) => (a < b ? -1 : 1))),
    suppressed: disclosed.suppressed.length,
    notes,
    sources: raw.sources.map((s) => s.config.name),
    synthetic,
  };
  return { table, disclosed };
}

/** Whether a disclosed cell was suppressed. */
export function isSuppressed(disclosed: DisclosedTable, row: number, column: string): boolean {
  return disclosed.suppressed.some((cell) => cell.row === row && cell.column === column);
}
