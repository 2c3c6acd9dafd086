import type { ExtractSummary } from "../csv/types.js";
import type { DisclosureCell } from "../report/disclose.js";
import { toCsv } from "../report/toCsv.js";
import { toMarkdown } from "../report/toMarkdown.js";
import { formatCount } from "./formatCount.js";
import type { DisclosedRates } from "./rateTable.js";
import { RATE_COLUMNS } from "./rateTable.js";
import type { RatesRequest } from "./ratesOptions.js";
import { textTable } from "./textTable.js";

/** A figure with `digits` decimals; `inf` for infinity; the marker or blank passed through. */
function fixed(cell: DisclosureCell | undefined, digits: number): string {
  if (typeof cell !== "number") return cell === null || cell === undefined ? "" : String(cell);
  return cell === Infinity ? "inf" : cell.toFixed(digits);
}

/** `value (lower–upper)`, or the marker when any part is suppressed, blank when there is no value. */
function withInterval(row: Readonly<Record<string, DisclosureCell>>, name: string, marker: string): string {
  const [value, lower, upper] = [row[name], row[`${name}_lower`], row[`${name}_upper`]];
  if ([value, lower, upper].includes(marker)) return marker;
  if (value === null || value === undefined) return "";
  return `${fixed(value, 2)} (${fixed(lower, 2)}–${fixed(upper, 2)})`;
}

function pText(cell: DisclosureCell | undefined): string {
  return typeof cell === "number" && cell < 0.001 ? "<0.001" : fixed(cell, 3);
}

/** The columns and cells shown in the text and Markdown tables. */
function display(rates: DisclosedRates, request: RatesRequest): { columns: string[]; cells: string[][] } {
  const { per, level, reference } = rates.settings;
  const pct = `${Number((level * 100).toFixed(4))}% CI`;
  const columns = [request.by, "count", "% of all", "population", `rate per ${formatCount(per)} (${pct})`, `ratio vs ${reference} (${pct})`, "adj. p"];
  const cells = rates.rows.map((row) => [
    String(row["group"]),
    typeof row["count"] === "number" ? formatCount(row["count"]) : fixed(row["count"], 0),
    fixed(row["percent"], 1),
    typeof row["population"] === "number" ? formatCount(Math.round(row["population"])) : "",
    withInterval(row, "rate", rates.marker),
    withInterval(row, "ratio", rates.marker),
    pText(row["p_adjusted"]),
  ]);
  return { columns, cells };
}

/** The lines under the table: what was read, the method, the baseline and the disclosure rule. */
function footer(rates: DisclosedRates, request: RatesRequest, summary: ExtractSummary, baselineName: string): string[] {
  const s = rates.settings;
  const files = `${formatCount(summary.files)} file${summary.files === 1 ? "" : "s"}`;
  return [
    `Read ${files} as ${request.schema}: ${formatCount(summary.rowsRead)} rows read, ${formatCount(summary.accepted)} accepted, ${formatCount(summary.rejected)} rejected; counted ${request.period ? `the rows of ${request.period.label}` : "every accepted row"} by ${request.field}.`,
    `Method: ${s.dimension} rates per ${formatCount(s.per)} of ${baselineName} (rate method ${s.rateMethod}); ratios against ${s.reference} (${s.ratioMethod} conditional Poisson test), p-values adjusted by ${s.adjust}; ${Number((s.level * 100).toFixed(4))}% intervals. Unknown is left out of every rate and ratio.`,
    `Disclosure: ${rates.rule} Suppressed cells show ${rates.marker}.`,
  ];
}

/**
 * The output of `rates` in the requested format: an aligned text table with a footer, CSV (the
 * tidy columns, unrounded), Markdown (the text table's cells, then the footer) or JSON (the
 * disclosed rows with the method, level, reference, baseline, disclosure rule and read summary).
 * Only disclosed rows are written, so no format can show a suppressed value.
 */
export function formatRates(rates: DisclosedRates, request: RatesRequest, summary: ExtractSummary, baselineName: string): string {
  if (request.format === "csv") return toCsv({ columns: [...RATE_COLUMNS], rows: rates.rows });
  if (request.format === "json") {
    const s = rates.settings;
    const { files, rowsRead, accepted, rejected } = summary;
    const json = {
      command: "rates",
      schema: request.schema,
      field: request.field,
      period: request.period?.label ?? null,
      by: request.by,
      baseline: { area: s.area, census: s.census, dimension: s.dimension, description: baselineName },
      reference: s.reference,
      level: s.level,
      per: s.per,
      method: { rate: s.rateMethod, ratio: s.ratioMethod, adjust: s.adjust },
      disclosure: { threshold: request.threshold, marker: rates.marker, rule: rates.rule, suppressedCells: rates.suppressed },
      read: { files, rowsRead, accepted, rejected },
      columns: RATE_COLUMNS,
      rows: rates.rows,
    };
    return `${JSON.stringify(json, null, 2)}\n`;
  }
  const { columns, cells } = display(rates, request);
  const notes = footer(rates, request, summary, baselineName);
  if (request.format === "markdown") {
    const caption = `${request.by} rates${request.period ? ` in ${request.period.label}` : ""}, ${request.schema}`;
    const table = toMarkdown({ columns, rows: cells.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]]))) }, { caption });
    return `${table}\n${notes.join("\n\n")}\n`;
  }
  const right = new Set(columns.slice(1));
  return `${textTable(columns, cells, right)}\n${notes.join("\n")}\n`;
}
