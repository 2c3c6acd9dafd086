import { checkExtractArguments } from "../_internal/checkExtractOptions.js";
import { processExtract } from "../_internal/extractProcess.js";
import type { ExtractInput, ExtractOptions, ExtractResult, Schema } from "./types.js";

/**
 * Reads an extract (text, a Web stream or an async iterable of chunks) into typed records with a
 * schema, keeping a ledger of every row that cannot become a record.
 *
 * @remarks
 * Parsing is papaparse in chunk mode, so inputs of any size stream through. Bytes are decoded as
 * UTF-8 (with or without BOM) or Windows-1252, detected unless `encoding` says which. The header
 * (line 1) is matched to the schema's column names ignoring case and spaces, or to the names in
 * `mapping`. A row is rejected, with `{ file, line, column, value, reason }`, for a wrong field
 * count, an unterminated quote, a blank required field or a value its field cannot read (a bad
 * date or number); `line` is the physical line where the row starts. A code a normaliser does
 * not know is not a reject: the record says `Unknown` and `summary.unrecognised` counts the raw
 * value. Blank lines are skipped and counted. `summary.rowsRead === accepted + rejected` always.
 *
 * @param input - the extract's text, a `ReadableStream` or an async iterable of `string`/`Uint8Array` chunks
 * @param schema - an extract schema, e.g. `policeUkStopSearchSchema`
 * @param options - `file`, `mapping`, `encoding`, `strict`, `onProgress`
 * @returns `{ records, rejects, summary }`
 * @throws {@link ArgumentError} for an invalid schema or options; {@link ExtractError} in strict mode
 *
 * @example
 * ```ts
 * import { parseExtract, policeUkStopSearchSchema } from "disproportionality/csv";
 * const { records, summary } = await parseExtract(csvText, policeUkStopSearchSchema, { file: "2019-04.csv" });
 * ```
 */
export async function parseExtract<R>(input: ExtractInput, schema: Schema<R>, options?: ExtractOptions): Promise<ExtractResult<R>> {
  const opts = checkExtractArguments("parseExtract", schema, options);
  const records: R[] = [];
  const source = { file: opts.file ?? "input", input, totalBytes: typeof input === "string" ? input.length : null };
  const { rejects, summary } = await processExtract([source], schema, opts, (record) => records.push(record));
  return { records, rejects, summary };
}
