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
 * const csv = "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing\nPerson search,2019-03-31T23:00:00+00:00,,,51.58,-2.99,Male,18-24,Black/African/Caribbean/Black British - African,,Misuse of Drugs Act 1971 (section 23),Controlled drugs,A no further action disposal,,\nVehicle search,2019-05-02T10:15:00+00:00,,,,,,,White - Irish,,Misuse of Drugs Act 1971 (section 23),,Penalty Notice for Disorder,,\nPerson search,not a date,,,,,Male,over 34,W1,,,,,,\n";
 * const { records, rejects, summary } = await parseExtract(csv, policeUkStopSearchSchema, { file: "2019-04.csv" });
 * records[0]?.financialYear // => "2019/20"
 * records[0]?.ethnicity // => "Black"
 * rejects[0]?.reason // => "not a date (iso, uk)"
 * summary.rowsRead // => 3
 * ```
 */
export async function parseExtract<R>(input: ExtractInput, schema: Schema<R>, options?: ExtractOptions): Promise<ExtractResult<R>> {
  const opts = checkExtractArguments("parseExtract", schema, options);
  const records: R[] = [];
  const source = { file: opts.file ?? "input", input, totalBytes: typeof input === "string" ? input.length : null };
  const { rejects, summary } = await processExtract([source], schema, opts, (record) => records.push(record));
  return { records, rejects, summary };
}
