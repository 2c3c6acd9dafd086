import { checkChoice } from "../_internal/checkChoice.js";
import type { FormattedCell } from "../_internal/formatCell.js";
import { tableCells } from "../_internal/tableCells.js";
import { checkOptions } from "../_internal/validate.js";
import type { TableFormatOptions, TableInput } from "./tableTypes.js";

/** Options for {@link toCsv}. */
export interface ToCsvOptions extends TableFormatOptions {
  /** The line end after every record, the last included; defaults to `"\n"`. */
  readonly newline?: "\n" | "\r\n";
}

const FN = "toCsv";
/** First characters that make a spreadsheet read a cell as a formula (OWASP CSV Injection). */
const TRIGGER = /^[=+\-@\t\r\n]/;
const NEEDS_QUOTES = /[",\r\n]/;

function field(cell: FormattedCell): string {
  const text = !cell.numeric && TRIGGER.test(cell.text) ? `'${cell.text}` : cell.text;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function record(cells: readonly FormattedCell[]): string {
  const line = cells.map(field).join(",");
  // A lone empty field would make a blank line, which many readers skip: write it as "".
  return line === "" ? '""' : line;
}

/**
 * Writes a tidy table as CSV text (RFC 4180), safe to open in a spreadsheet.
 *
 * @remarks
 * - **Columns**: `options.columns`, else the table's `columns`, else the first row's keys (then
 *   a later row with another key throws rather than lose it). The header is the column names.
 * - **Quoting** (RFC 4180 §2.6–2.7): a field containing a comma, a double quote, CR or LF is
 *   enclosed in double quotes, with each quote doubled. Every record, the last included, ends
 *   with `options.newline` (`"\n"` by default, `"\r\n"` for strict RFC 4180).
 * - **CSV injection** (OWASP CSV Injection; ASVS 5.0 requirement 1.2.10): any *text* cell (header
 *   included) whose first character is `=`, `+`, `-`, `@`, tab, CR or LF is prefixed with a single
 *   quote `'`, so a spreadsheet shows it as text instead of running it as a formula. Numbers are
 *   never neutralised: a number value is written as a numeric literal (`-1.5`, or `-Inf` for
 *   −Infinity), which holds no function or reference, so it cannot act as a formula and stays
 *   numeric. Pass numbers as numbers: the string `"-1.5"` becomes `'-1.5`.
 * - **Numbers** are written without locale: shortest round-trip form by default
 *   (`String(x)`, e.g. `0.1`, `1e-7`), `digits` significant figures (shortest form, so trailing
 *   zeros drop), or `decimals` fixed places (`toFixed`; exact binary ties round away from zero).
 *   −0 (or a negative value rounding to 0) is written `0`; ±Infinity `Inf`/`-Inf` (as R writes and
 *   reads them). NaN throws: results carry a `status`, never a silent NaN.
 * - `null`/`undefined` are empty, booleans `true`/`false`; a record of one empty field is `""`.
 *
 * The same table and options always give the same string, byte for byte.
 *
 * References: Shafranovich Y (2005) RFC 4180, Common Format and MIME Type for CSV Files;
 * OWASP, CSV Injection, https://owasp.org/www-community/attacks/CSV_Injection.
 *
 * @param table - an array of row objects, or `{ columns, rows }` (which may have no rows)
 * @param options - `columns`, `digits` or `decimals`, and `newline` (default `"\n"`)
 * @returns the CSV text
 * @throws {@link ArgumentError} for a table that is not rows, missing or repeated column names, a
 *   row key outside the columns taken from the first row, a cell that is NaN or not a string,
 *   number, boolean, null or undefined, `digits` outside 1–17, `decimals` outside 0–20, both of
 *   them, or another `newline`
 *
 * @example
 * ```ts
 * toCsv([{ group: "Black", rate: 12.5 }, { group: "=SUM(A1)", rate: -1.5 }]) // => "group,rate\nBlack,12.5\n'=SUM(A1),-1.5\n"
 * toCsv([{ area: "Gŵyl, Casnewydd", ratio: 2 / 3 }], { digits: 3 }) // => "area,ratio\n\"Gŵyl, Casnewydd\",0.667\n"
 * toCsv({ columns: ["a", "b"], rows: [] }, { newline: "\r\n" }) // => "a,b\r\n"
 * ```
 */
export function toCsv(table: TableInput, options?: ToCsvOptions): string {
  const opts = checkOptions(FN, options);
  const newline = checkChoice(FN, "options.newline", opts.newline, ["\n", "\r\n"], "\n");
  const { columns, cells } = tableCells(FN, table, opts);
  const header = columns.map((name) => ({ text: name, numeric: false }));
  return [header, ...cells].map((row) => record(row) + newline).join("");
}
