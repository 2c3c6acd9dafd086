import type { ResultRow } from "../../report/resultTableTypes.js";
import { formatCell } from "../formatCell.js";

/** Non-integer finite numbers rounded to `digits` significant figures; whole numbers and other cells as they are. */
export function roundRows(rows: readonly ResultRow[], digits: number): ResultRow[] {
  const round = (v: unknown) => (typeof v === "number" && Number.isFinite(v) && !Number.isInteger(v) ? Number(v.toPrecision(digits)) : v);
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, round(v)])) as ResultRow);
}

/**
 * A plain-text table for a terminal or a notebook's text output: the title, a blank line, the
 * header, a rule of dashes, then one line per row; columns two spaces apart, columns of numbers
 * right-aligned, others left-aligned; null as blank. Lines end with "\n", without trailing spaces.
 */
export function textTable(fn: string, title: string, columns: readonly string[], rows: readonly ResultRow[]): string {
  const cells = rows.map((row, i) => columns.map((c) => formatCell(fn, `rows[${i}].${c}`, row[c], {})));
  const numeric = columns.map((_, j) => cells.some((r) => r[j]?.numeric) && cells.every((r) => r[j]?.numeric || r[j]?.text === ""));
  const widths = columns.map((c, j) => Math.max([...c].length, ...cells.map((r) => [...(r[j]?.text ?? "")].length)));
  const pad = (text: string, j: number) => {
    const gap = " ".repeat((widths[j] as number) - [...text].length);
    return numeric[j] ? gap + text : text + gap;
  };
  const line = (texts: readonly string[]) => `${texts.map(pad).join("  ").trimEnd()}\n`;
  return `${title}\n\n${line(columns)}${line(widths.map((w) => "-".repeat(w)))}${cells.map((r) => line(r.map((c) => c.text))).join("")}`;
}
