import { checkBy, checkExtractArguments } from "../_internal/checkExtractOptions.js";
import { countSink } from "../_internal/countSink.js";
import { processExtract } from "../_internal/extractProcess.js";
import { extractSources, schemaOf } from "../_internal/nodeSources.js";
import type { CountOptions } from "../csv/countRecords.js";
import type { CountResult, Schema } from "../csv/types.js";

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
 * @param options - `by` (record fields to count by) and the options of {@link readExtract}
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
export async function countExtract<R = Record<string, unknown>>(paths: string | readonly string[], schema: string | Schema<R>, options: CountOptions): Promise<CountResult> {
  const resolved = schemaOf("countExtract", schema);
  const opts = checkExtractArguments("countExtract", resolved, options);
  const by = checkBy("countExtract", opts.by);
  const sources = await extractSources("countExtract", paths);
  const sink = countSink(by);
  const { rejects, summary } = await processExtract(sources, resolved, opts, (record) => sink.add(record as Record<string, unknown>));
  return { counts: sink.rows(), rejects, summary };
}
