import { availableParallelism } from "node:os";
import { checkBy, checkExtractArguments } from "../_internal/checkExtractOptions.js";
import { countInParallel } from "../_internal/countInParallel.js";
import { countSink } from "../_internal/countSink.js";
import { processExtract, type SourceReader } from "../_internal/extractProcess.js";
import { extractSources, schemaOf } from "../_internal/nodeSources.js";
import type { CountOptions } from "../csv/countRecords.js";
import { extractSchemas } from "../csv/extractSchemas.js";
import type { CountResult, Schema } from "../csv/types.js";
import { ArgumentError } from "../errors.js";

/** Options for {@link countExtract}: those of `countRecords`, and how many threads may count one file. */
export interface CountExtractOptions extends CountOptions {
  /**
   * Threads that may count one file together, this one and workers (default: the cores
   * available). A file of 16 MiB or more of a built-in schema is cut into slices at row
   * boundaries, which the threads take in turn as each finishes one; `1` reads every file in this
   * thread. The result is the same either way.
   */
  readonly threads?: number;
}

/** Files smaller than this are counted in one thread: starting workers would cost more than they save. */
const PARALLEL_BYTES = 16 << 20;

/**
 * Counts extract files' records by some of their fields in constant memory: no record array is
 * kept, so files larger than RAM can be counted.
 *
 * @remarks
 * Paths, schemas, rejects and summary are as {@link readExtract}; `counts` has one row per
 * combination of the `by` fields seen, with its `count`, sorted by those fields.
 *
 * @param paths - a CSV file, a folder, or an array of them
 * @param schema - a schema name or object
 * @param options - `by` (record fields to count by), `threads` (worker threads per large file; all
 *   cores by default) and the options of {@link readExtract}
 * @returns `{ counts, rejects, summary }`
 * @throws {@link ArgumentError} for a missing path, an unknown schema, a bad `by` or bad options
 *
 * @example
 * ```ts
 * import { mkdtemp, writeFile } from "node:fs/promises";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { countExtract } from "disproportionality/node";
 * const folder = await mkdtemp(join(tmpdir(), "stop-search-"));
 * await writeFile(join(folder, "2019-04-gwent-stop-and-search.csv"), "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing\nPerson search,2019-03-31T23:00:00+00:00,,,51.58,-2.99,Male,18-24,Black/African/Caribbean/Black British - African,,Misuse of Drugs Act 1971 (section 23),Controlled drugs,A no further action disposal,,\nVehicle search,2019-05-02T10:15:00+00:00,,,,,,,White - Irish,,Misuse of Drugs Act 1971 (section 23),,Penalty Notice for Disorder,,\nPerson search,not a date,,,,,Male,over 34,W1,,,,,,\n");
 * const { counts } = await countExtract(folder, "police-uk-stop-search", { by: ["ethnicity"] });
 * counts.map((c) => c.count) // => [1, 1]
 * ```
 */
export async function countExtract<R = Record<string, unknown>>(paths: string | readonly string[], schema: string | Schema<R>, options: CountExtractOptions): Promise<CountResult> {
  const resolved = schemaOf("countExtract", schema);
  const opts = checkExtractArguments("countExtract", resolved, options);
  const by = checkBy("countExtract", opts.by);
  const threads = opts.threads ?? availableParallelism();
  if (!Number.isInteger(threads) || threads < 1) throw new ArgumentError("countExtract", "options.threads", "must be a whole number of at least 1", opts.threads);
  const sources = await extractSources("countExtract", paths);
  const sink = countSink(by);
  // Workers know the built-in schemas by name only; strict reads stop at the first reject, in order.
  const name = Object.keys(extractSchemas).find((n) => extractSchemas[n] === resolved);
  const parallel = name !== undefined && threads > 1 && !opts.strict && opts.encoding !== "windows-1252";
  const whole: SourceReader<R> | null = parallel
    ? (source, ledger, bytesBefore) =>
        (source.totalBytes ?? 0) < PARALLEL_BYTES ? Promise.resolve(null) : countInParallel(source, { schema: name, by, mapping: opts.mapping }, threads, ledger, (key, n) => sink.addCell(key, n), bytesBefore)
    : null;
  const { rejects, summary } = await processExtract(sources, resolved, opts, (record) => sink.add(record as Record<string, unknown>), whole, { by, sink });
  return { counts: sink.rows(), rejects, summary };
}
