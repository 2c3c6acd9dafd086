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
 * import { countExtract } from "disproportionality/node";
 * const { counts } = await countExtract("data/gwent-stop-and-search", "police-uk-stop-search", { by: ["financialYear", "ethnicity"] });
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
