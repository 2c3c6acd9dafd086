import { ArgumentError } from "../errors.js";
import type { FormattedCell } from "../_internal/formatCell.js";
import { tableCells } from "../_internal/tableCells.js";
import { checkOptions } from "../_internal/validate.js";
import type { TableFormatOptions, TableInput } from "./tableTypes.js";

/** Options for {@link toMarkdown}. */
export interface ToMarkdownOptions extends TableFormatOptions {
  /** A one-line caption written above the table, followed by a blank line; none by default. */
  readonly caption?: string;
}

const FN = "toMarkdown";

function escape(text: string): string {
  return text.replaceAll("\\", "\\\\").replaceAll("|", "\\|").replace(/\r\n|\r|\n/g, "<br>");
}

function line(texts: readonly string[]): string {
  return `| ${texts.join(" | ")} |\n`;
}

/** A column is right-aligned when it holds at least one number and nothing but numbers and blanks. */
function alignment(cells: readonly (readonly FormattedCell[])[], column: number): string {
  const filled = cells.map((row) => row[column] as FormattedCell).filter((cell) => cell.numeric || cell.text !== "");
  return filled.length > 0 && filled.every((cell) => cell.numeric) ? "---:" : "---";
}

/**
 * Writes a tidy table as a GitHub-flavoured Markdown pipe table, for `report.md`.
 *
 * @remarks
 * A header row of the column names, a delimiter row, then one line per row: `| a | b |`. Columns
 * holding only numbers (and blanks) are right-aligned (`---:`), others keep the default left
 * alignment (`---`). In every cell a backslash is written `\\`, a pipe `\|` and a line break (CR,
 * LF or CRLF) `<br>`, so a cell cannot break the table. Columns and numbers are chosen and written
 * exactly as by {@link toCsv} (`columns`, `digits`, `decimals`; −0 as `0`, ±Infinity as
 * `Inf`/`-Inf`, null and undefined empty, booleans `true`/`false`); there is no CSV-injection
 * quote, which Markdown does not need. Every line ends with `"\n"`; the output is deterministic.
 *
 * Reference: GitHub Flavored Markdown Spec 0.29-gfm, §4.10 Tables (extension).
 *
 * @param table - an array of row objects, or `{ columns, rows }` (which may have no rows)
 * @param options - `columns`, `digits` or `decimals`, and `caption` (one line of text)
 * @returns the Markdown text
 * @throws {@link ArgumentError} for the invalid tables and number options {@link toCsv} rejects,
 *   and a caption that is not a non-empty single line of text
 *
 * @example
 * ```ts
 * toMarkdown([{ group: "Black", rate: 12.5 }, { group: "Asian", rate: 3 }]) // => "| group | rate |\n| --- | ---: |\n| Black | 12.5 |\n| Asian | 3 |\n"
 * toMarkdown([{ note: "a|b" }], { caption: "Table 1" }) // => "Table 1\n\n| note |\n| --- |\n| a\\|b |\n"
 * ```
 */
export function toMarkdown(table: TableInput, options?: ToMarkdownOptions): string {
  const opts = checkOptions(FN, options);
  const caption: unknown = opts.caption;
  if (caption !== undefined && (typeof caption !== "string" || caption.trim() === "" || /[\r\n]/.test(caption))) {
    throw new ArgumentError(FN, "options.caption", "must be a non-empty single line of text", caption);
  }
  const { columns, cells } = tableCells(FN, table, opts);
  const body = cells.map((row) => line(row.map((cell) => escape(cell.text))));
  const head = line(columns.map(escape)) + line(columns.map((_, i) => alignment(cells, i)));
  return (caption === undefined ? "" : `${caption}\n\n`) + head + body.join("");
}
