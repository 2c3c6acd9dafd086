import { ArgumentError } from "../errors.js";
import type { FormattedCell } from "../_internal/formatCell.js";
import { htmlEscape } from "../_internal/htmlEscape.js";
import { tableCells } from "../_internal/tableCells.js";
import { checkOptions } from "../_internal/validate.js";
import type { TableFormatOptions, TableInput } from "./tableTypes.js";

/** Options for {@link toHtml}. */
export interface ToHtmlOptions extends TableFormatOptions {
  /** The table's caption, its accessible name (required; text, not HTML). */
  readonly caption: string;
  /** A column whose cells head their rows (`<th scope="row">`); none by default. */
  readonly rowHeader?: string;
  /** A BCP 47 language tag for the table's `lang` attribute (e.g. `"cy"`, `"en-GB"`); none by default. */
  readonly lang?: string;
}

const FN = "toHtml";
/** A well-formed-looking BCP 47 tag: a 2–3 letter language, then subtags of 1–8 letters or digits. */
const LANG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

function cell(tag: "td" | "th", scope: string, value: FormattedCell): string {
  const attrs = (scope === "" ? "" : ` scope="${scope}"`) + (value.numeric ? ' class="num"' : "");
  return `<${tag}${attrs}>${htmlEscape(value.text)}</${tag}>`;
}

/**
 * Writes a tidy table as an accessible HTML `<table>` fragment, for `report.html`.
 *
 * @remarks
 * The fragment is a `<table>` holding a `<caption>` (WCAG 2.2 SC 1.3.1; HTML `caption`), a
 * `<thead>` with one `<th scope="col">` per column, and a `<tbody>` with one `<tr>` per row.
 * With `options.rowHeader`, that column's cells are `<th scope="row">`, so a screen reader names
 * each row. Cells from numbers carry `class="num"` (style it `.num { text-align: right }`); no
 * inline styles, colours, scripts or external references. `options.lang` sets the table's `lang`
 * attribute (WCAG 2.2 SC 3.1.2, language of parts), e.g. `"cy"` for a Welsh table in an English page.
 * All text (caption, column names, cells) is escaped: `&` `<` `>` `"` `'` become `&amp;` `&lt;`
 * `&gt;` `&quot;` `&#39;`, so no cell can add a tag. Columns and numbers are chosen and written
 * exactly as by {@link toCsv} (`columns`, `digits`, `decimals`; −0 as `0`, ±Infinity as
 * `Inf`/`-Inf`, null and undefined empty, booleans `true`/`false`), without the CSV-injection
 * quote. Each element line ends with `"\n"`; the output is deterministic.
 *
 * References: W3C, Web Content Accessibility Guidelines (WCAG) 2.2, SC 1.3.1 and 3.1.2, technique
 * H39 (caption) and H63 (scope); WHATWG HTML Living Standard, §4.9 Tabular data.
 *
 * @param table - an array of row objects, or `{ columns, rows }` (which may have no rows)
 * @param options - `caption` (required), `rowHeader`, `lang`, `columns`, `digits` or `decimals`
 * @returns the HTML fragment
 * @throws {@link ArgumentError} for the invalid tables and number options {@link toCsv} rejects,
 *   a missing or blank caption, a `rowHeader` that is not one of the columns, and a `lang` that is
 *   not a language tag
 *
 * @example
 * ```ts
 * toHtml([{ group: "Black", rate: 12.5 }], { caption: "Rates" }) // => "<table>\n<caption>Rates</caption>\n<thead>\n<tr><th scope=\"col\">group</th><th scope=\"col\">rate</th></tr>\n</thead>\n<tbody>\n<tr><td>Black</td><td class=\"num\">12.5</td></tr>\n</tbody>\n</table>\n"
 * toHtml([{ ardal: "Casnewydd", cyfradd: 2 / 3 }], { caption: "Cyfraddau & mwy", rowHeader: "ardal", lang: "cy", digits: 2 }) // => "<table lang=\"cy\">\n<caption>Cyfraddau &amp; mwy</caption>\n<thead>\n<tr><th scope=\"col\">ardal</th><th scope=\"col\">cyfradd</th></tr>\n</thead>\n<tbody>\n<tr><th scope=\"row\">Casnewydd</th><td class=\"num\">0.67</td></tr>\n</tbody>\n</table>\n"
 * ```
 */
export function toHtml(table: TableInput, options: ToHtmlOptions): string {
  const opts = checkOptions(FN, options);
  const caption: unknown = opts.caption;
  if (typeof caption !== "string" || caption.trim() === "") throw new ArgumentError(FN, "options.caption", "must be a non-empty string", caption);
  if (opts.lang !== undefined && (typeof opts.lang !== "string" || !LANG.test(opts.lang))) {
    throw new ArgumentError(FN, "options.lang", 'must be a BCP 47 language tag such as "en", "cy" or "en-GB"', opts.lang);
  }
  const { columns, cells } = tableCells(FN, table, opts);
  const rowHeader: unknown = opts.rowHeader;
  if (rowHeader !== undefined && (typeof rowHeader !== "string" || !columns.includes(rowHeader))) {
    throw new ArgumentError(FN, "options.rowHeader", "must be one of the columns", rowHeader);
  }
  const head = columns.map((name) => cell("th", "col", { text: name, numeric: false })).join("");
  const body = cells.map((row) => `<tr>${row.map((value, i) => (columns[i] === rowHeader ? cell("th", "row", value) : cell("td", "", value))).join("")}</tr>\n`);
  const open = opts.lang === undefined ? "<table>" : `<table lang="${htmlEscape(opts.lang)}">`;
  return `${open}\n<caption>${htmlEscape(caption)}</caption>\n<thead>\n<tr>${head}</tr>\n</thead>\n<tbody>\n${body.join("")}</tbody>\n</table>\n`;
}
