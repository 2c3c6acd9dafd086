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
 * import { readExtract } from "disproportionality/node";
 * const { records, summary } = await readExtract("data/gwent-stop-and-search", "police-uk-stop-search");
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
