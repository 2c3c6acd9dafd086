import { parseArgs } from "node:util";
import { extractSchemas } from "../csv/extractSchemas.js";
import { ArgumentError } from "../errors.js";
import { countExtract } from "../node/countExtract.js";
import { formatCheck } from "./formatCheck.js";
import { progressBar } from "./progressBar.js";
import { EXIT, type CliIo } from "./types.js";
import { usageError } from "./usageError.js";

/** `check --help`. */
export const CHECK_HELP = `Usage: disproportionality check PATH... --schema SCHEMA [--max-reject-rate R] [--json]

Reads extract files (a CSV file, or a folder: every *.csv in it) and reports what happened to
every row: rows read, accepted and rejected, blank lines, encodings, the reject ledger (file,
line, column, reason, value; the first 50 rows) and the codes read as Unknown, by field.

Options:
  -s, --schema SCHEMA      the extract's schema (required): ${Object.keys(extractSchemas).join(", ")}
  --max-reject-rate R      exit with code 3 when rejected / rows read is above R (a fraction, 0 to 1)
  --json                   print the result as JSON (every rejected row) instead of text
  -h, --help               show this help

Exit codes: 0 ok, 1 failure (missing path, unknown schema), 2 usage error,
3 rejected rows above --max-reject-rate.
`;

/**
 * A field no record has: `check` counts every record into one cell, so `countExtract` gives the
 * summary and ledger in constant memory (no record array, as `readExtract` would keep).
 */
const NO_FIELD = "\u0000check";

/** The `check` command: validates extracts and prints their summary, reject ledger and unrecognised codes. */
export async function checkCommand(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args], allowPositionals: true, strict: true,
      options: { schema: { type: "string", short: "s" }, "max-reject-rate": { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    return usageError(io, "check", error);
  }
  const { values, positionals } = parsed;
  if (values.help) { io.stdout(CHECK_HELP); return EXIT.ok; }
  if (positionals.length === 0) return usageError(io, "check", "give at least one PATH (a CSV file or a folder)");
  if (values.schema === undefined) return usageError(io, "check", "--schema is required");
  const rawRate = values["max-reject-rate"];
  const maxRate = rawRate === undefined ? null : Number(rawRate);
  if (maxRate !== null && (rawRate?.trim() === "" || !(maxRate >= 0 && maxRate <= 1))) {
    return usageError(io, "check", `--max-reject-rate must be a fraction from 0 to 1; received "${rawRate}"`);
  }
  const progress = progressBar(io, "check");
  let result;
  try {
    result = await countExtract(positionals, values.schema, { by: [NO_FIELD], onProgress: progress.onProgress });
  } catch (error) {
    progress.done();
    if (!(error instanceof ArgumentError)) throw error;
    // `countExtract: schema must be …` reads, on the command line, as `--schema must be …`.
    const name = { schema: "--schema", paths: "PATH" }[error.param] ?? error.param;
    io.stderr(`disproportionality check: ${name}${error.message.slice(`${error.fn}: ${error.param}`.length).replace("a schema object or ", "")}\n`);
    return EXIT.failure;
  }
  progress.done();
  const { summary, rejects } = result;
  const rejectRate = summary.rowsRead === 0 ? 0 : summary.rejected / summary.rowsRead;
  const tooMany = maxRate !== null && rejectRate > maxRate;
  if (values.json) {
    io.stdout(`${JSON.stringify({ command: "check", schema: values.schema, paths: positionals, summary, rejects, rejectRate, maxRejectRate: maxRate, passed: !tooMany }, null, 2)}\n`);
  } else io.stdout(formatCheck(values.schema, summary, rejects));
  if (!tooMany) return EXIT.ok;
  io.stderr(`disproportionality check: ${(rejectRate * 100).toFixed(2)}% of rows rejected, above --max-reject-rate ${maxRate}\n`);
  return EXIT.tooManyRejects;
}
