import { checkBy, checkExtractArguments } from "../_internal/checkExtractOptions.js";
import { countSink } from "../_internal/countSink.js";
import { processExtract } from "../_internal/extractProcess.js";
import type { CountResult, ExtractInput, ExtractOptions, Schema } from "./types.js";

/** Options for {@link countRecords}: the fields to count by, and the usual extract options. */
export interface CountOptions extends ExtractOptions {
  /** Record fields to count by, e.g. `["financialYear", "ethnicity"]`. */
  readonly by: readonly string[];
}

/**
 * Counts an extract's records by some of their fields without keeping the records, so memory
 * does not grow with the number of rows. Reading, rejects and summary are as {@link parseExtract}.
 *
 * @param input - the extract's text, a `ReadableStream` or an async iterable of chunks
 * @param schema - an extract schema
 * @param options - `by` (the fields to count by) and the options of {@link parseExtract}
 * @returns `{ counts, rejects, summary }`, counts sorted by the `by` fields
 * @throws {@link ArgumentError} for an invalid schema, `by` or options; {@link ExtractError} in strict mode
 *
 * @example
 * ```ts
 * import { countRecords, policeUkStopSearchSchema } from "disproportionality/csv";
 * const csv = "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing\nPerson search,2019-03-31T23:00:00+00:00,,,51.58,-2.99,Male,18-24,Black/African/Caribbean/Black British - African,,Misuse of Drugs Act 1971 (section 23),Controlled drugs,A no further action disposal,,\nVehicle search,2019-05-02T10:15:00+00:00,,,,,,,White - Irish,,Misuse of Drugs Act 1971 (section 23),,Penalty Notice for Disorder,,\nPerson search,not a date,,,,,Male,over 34,W1,,,,,,\n";
 * const { counts } = await countRecords(csv, policeUkStopSearchSchema, { by: ["quarter", "ethnicity"] });
 * counts.map((c) => `${c["quarter"]} ${c["ethnicity"]}: ${c.count}`) // => ["2019/20 Q1 Black: 1", "2019/20 Q1 White: 1"]
 * ```
 */
export async function countRecords<R>(input: ExtractInput, schema: Schema<R>, options: CountOptions): Promise<CountResult> {
  const opts = checkExtractArguments("countRecords", schema, options);
  const by = checkBy("countRecords", opts.by);
  const sink = countSink(by);
  const source = { file: opts.file ?? "input", input, totalBytes: typeof input === "string" ? input.length : null };
  const { rejects, summary } = await processExtract([source], schema, opts, (record) => sink.add(record as Record<string, unknown>), null, { by, sink });
  return { counts: sink.rows(), rejects, summary };
}
