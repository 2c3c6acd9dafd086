import { parseArgs } from "node:util";
import type { GenderPayGapServiceRecord } from "../csv/schemas/genderPayGapServiceSchema.js";
import type { HrRecord } from "../csv/schemas/hr.js";
import { readExtract } from "../node/readExtract.js";
import { toCsv } from "../report/toCsv.js";
import { toMarkdown } from "../report/toMarkdown.js";
import { hrPaygap } from "./hrPaygap.js";
import { paygapTable, type PaygapColumn } from "./paygapTable.js";
import { progressBar } from "./progressBar.js";
import { readFailure } from "./readFailure.js";
import { servicePaygap } from "./servicePaygap.js";
import { textTable } from "./textTable.js";
import { EXIT, type CliIo } from "./types.js";
import { usageError } from "./usageError.js";

/** `paygap --help`. */
export const PAYGAP_HELP = `Usage: disproportionality paygap PATH --schema hr|gender-pay-gap-service [--snapshot YYYY-MM-DD]
         [--employer NAME] [--format text|csv|markdown|json]

Prints the six statutory gender pay gap figures: mean and median hourly pay gap, mean and median
bonus gap, the proportions of men and women paid a bonus, and the shares of men and women in
each pay quartile, in percent.

With --schema hr they are computed from a force's HR extract (SI 2017/353, public sector):
special constables and volunteers are left out, and so is anyone who left on or before the
snapshot date. With --schema gender-pay-gap-service they are the figures an employer published
on the GOV.UK service, one column per reporting year.

Options:
  -s, --schema SCHEMA   hr or gender-pay-gap-service (required)
  --snapshot DATE       the snapshot date, YYYY-MM-DD. hr: default the one snapshot date the
                        extract carries (records of other dates are left out); a GOV.UK file:
                        keep the reporting year of that snapshot (default: every year)
  --employer NAME       gender-pay-gap-service: the employer, matched ignoring case to its name
                        (exact, else part of it); required when the file holds several employers
  --format F            text (default), csv, markdown or json
  -h, --help            show this help

Exit codes: 0 ok, 1 failure (missing or unreadable path), 2 usage error (also: an ambiguous
--employer, listing the matches, or an extract with several snapshot dates and no --snapshot).
`;

const FORMATS = ["text", "csv", "markdown", "json"];

/** A real calendar date written `YYYY-MM-DD`. */
function isDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** The figures in the requested format: text and Markdown to one decimal with the notes, CSV and JSON unrounded. */
function render(format: string, columns: readonly PaygapColumn[], notes: readonly string[], extra: Record<string, unknown>): string {
  if (format === "json") return `${JSON.stringify({ command: "paygap", ...extra, reports: columns, notes }, null, 2)}\n`;
  if (format === "csv") return toCsv(paygapTable(columns, false));
  const table = paygapTable(columns, true);
  const shown = (cell: unknown) => (typeof cell === "number" ? cell.toFixed(1) : cell === null ? "–" : String(cell));
  const cells = table.rows.map((row) => table.columns.map((c) => shown(row[c])));
  if (format === "markdown") {
    const rows = cells.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i]])));
    return `${toMarkdown({ columns: table.columns, rows }, { caption: "Gender pay gap figures" })}\n${notes.join("\n\n")}\n`;
  }
  return `${textTable(table.columns, cells, new Set(table.columns.slice(1)))}\n${notes.join("\n")}\n`;
}

/** The `paygap` command: the six statutory gender pay gap figures from an HR extract or a GOV.UK download. */
export async function paygapCommand(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args], allowPositionals: true, strict: true,
      options: { schema: { type: "string", short: "s" }, snapshot: { type: "string" }, employer: { type: "string" }, format: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    return usageError(io, "paygap", error);
  }
  const { values, positionals } = parsed;
  if (values.help) { io.stdout(PAYGAP_HELP); return EXIT.ok; }
  if (positionals.length !== 1) return usageError(io, "paygap", positionals.length === 0 ? "give one PATH (a CSV file or a folder)" : `give one PATH; received ${positionals.length}`);
  const schema = values.schema;
  if (schema === undefined) return usageError(io, "paygap", "--schema is required: hr or gender-pay-gap-service");
  if (schema !== "hr" && schema !== "gender-pay-gap-service") return usageError(io, "paygap", `--schema must be hr or gender-pay-gap-service; received ${JSON.stringify(schema)}`);
  if (values.snapshot !== undefined && !isDate(values.snapshot)) return usageError(io, "paygap", `--snapshot must be a calendar date written YYYY-MM-DD; received ${JSON.stringify(values.snapshot)}`);
  if (values.employer !== undefined && schema !== "gender-pay-gap-service") return usageError(io, "paygap", "--employer applies to --schema gender-pay-gap-service only");
  const format = values.format ?? "text";
  if (!FORMATS.includes(format)) return usageError(io, "paygap", `--format must be text, csv, markdown or json; received ${JSON.stringify(format)}`);
  const path = positionals[0] as string;
  const progress = progressBar(io, "paygap");
  let extract;
  try {
    extract = await readExtract<HrRecord | GenderPayGapServiceRecord>(path, schema, { onProgress: progress.onProgress });
  } catch (error) {
    progress.done();
    return readFailure(io, "paygap", error);
  }
  progress.done();
  const { summary } = extract;
  const read = { files: summary.files, rowsRead: summary.rowsRead, accepted: summary.accepted, rejected: summary.rejected };
  if (schema === "hr") {
    const out = hrPaygap(extract.records as HrRecord[], summary, values.snapshot);
    if (typeof out === "string") return usageError(io, "paygap", out);
    io.stdout(render(format, [out.column], out.notes, { schema, path, read, result: out.result }));
    return EXIT.ok;
  }
  const out = servicePaygap(extract.records as GenderPayGapServiceRecord[], summary, values.employer, values.snapshot);
  if (typeof out === "string") return usageError(io, "paygap", out);
  io.stdout(render(format, out.columns, out.notes, { schema, path, read, employer: out.employer }));
  return EXIT.ok;
}
