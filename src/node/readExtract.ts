import { checkExtractArguments } from "../_internal/checkExtractOptions.js";
import { processExtract } from "../_internal/extractProcess.js";
import { extractSources, schemaOf } from "../_internal/nodeSources.js";
import type { ExtractOptions, ExtractResult, Schema } from "../csv/types.js";

/**
 * Reads extract files into typed records: a file, a folder (every `*.csv` in it, sorted by name)
 * or an array of files and folders, streamed from disk.
 *
 * @remarks
 * Reading is as `parseExtract` in `disproportionality/csv` (encodings, reject ledger with file
 * and line, `mapping`, `strict`, `onProgress` with the files' total size), and the summary adds
 * up over all files. Use {@link countExtract} when only counts are needed: it keeps no records.
 *
 * @param paths - a CSV file, a folder, or an array of them
 * @param schema - a schema name (`"police-uk-stop-search"`, `"police-uk-street"`, …) or a schema object
 * @param options - `mapping`, `encoding`, `strict`, `onProgress`
 * @returns `{ records, rejects, summary }`
 * @throws {@link ArgumentError} for a missing path, an empty folder, an unknown schema or bad options
 *
 * @example
 * ```ts
 * import { mkdtemp, writeFile } from "node:fs/promises";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { readExtract } from "disproportionality/node";
 * const folder = await mkdtemp(join(tmpdir(), "stop-search-"));
 * await writeFile(join(folder, "2019-04-gwent-stop-and-search.csv"), "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing\nPerson search,2019-03-31T23:00:00+00:00,,,51.58,-2.99,Male,18-24,Black/African/Caribbean/Black British - African,,Misuse of Drugs Act 1971 (section 23),Controlled drugs,A no further action disposal,,\nVehicle search,2019-05-02T10:15:00+00:00,,,,,,,White - Irish,,Misuse of Drugs Act 1971 (section 23),,Penalty Notice for Disorder,,\nPerson search,not a date,,,,,Male,over 34,W1,,,,,,\n");
 * const { records, summary } = await readExtract(folder, "police-uk-stop-search");
 * summary.rowsRead // => 3
 * records.length // => 2
 * ```
 */
export async function readExtract<R = Record<string, unknown>>(paths: string | readonly string[], schema: string | Schema<R>, options?: ExtractOptions): Promise<ExtractResult<R>> {
  const resolved = schemaOf("readExtract", schema);
  const opts = checkExtractArguments("readExtract", resolved, options);
  const sources = await extractSources("readExtract", paths);
  const records: R[] = [];
  const { rejects, summary } = await processExtract(sources, resolved, opts, (record) => records.push(record));
  return { records, rejects, summary };
}
