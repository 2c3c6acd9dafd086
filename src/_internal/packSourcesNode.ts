import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";
import { countExtract } from "../node/countExtract.js";
import { readExtract } from "../node/readExtract.js";
import type { ExtractProgress } from "../csv/types.js";
import type { ScrutinySource } from "../report/scrutinyConfigTypes.js";
import type { ScrutinyInputFile, ScrutinySourceInput } from "../report/scrutinyPackTypes.js";
import { extractSources } from "./nodeSources.js";
import { PACK_COUNT_FIELDS, PACK_RECORD_SCHEMAS } from "./pack/packFields.js";

/** The SHA-256 of a file's bytes, streamed. */
async function sha256(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** A path as the pack records it: relative to the config's folder, with forward slashes. */
function recorded(path: string, baseDir: string): string {
  const rel = relative(baseDir, path);
  return (rel.startsWith("..") || isAbsolute(rel) ? path : rel).split(sep).join("/");
}

/** Reads one configured source: its files' checksums, and counts (or, for HR, records) for the pack. */
export async function readPackSource(fn: string, source: ScrutinySource, baseDir: string, threads: number | undefined, onProgress?: (progress: ExtractProgress) => void): Promise<ScrutinySourceInput> {
  const paths = source.paths.map((p) => (isAbsolute(p) ? p : join(baseDir, p)));
  const found = await extractSources(fn, paths);
  const files: ScrutinyInputFile[] = [];
  for (const f of found) files.push({ path: recorded(f.file, baseDir), sha256: await sha256(f.file), bytes: f.totalBytes ?? 0 });
  const options = { ...(Object.keys(source.mapping).length > 0 ? { mapping: source.mapping } : {}), ...(onProgress ? { onProgress } : {}) };
  if (PACK_RECORD_SCHEMAS.includes(source.schema)) {
    const { records, summary } = await readExtract(paths, source.schema, options);
    return { name: source.name, files, summary: pick(summary), counts: [], records: records as Readonly<Record<string, unknown>>[] };
  }
  const { counts, summary } = await countExtract(paths, source.schema, { ...options, by: PACK_COUNT_FIELDS[source.schema], ...(threads ? { threads } : {}) });
  return { name: source.name, files, summary: pick(summary), counts, records: [] };
}

function pick(summary: { rowsRead: number; accepted: number; rejected: number }) {
  return { rowsRead: summary.rowsRead, accepted: summary.accepted, rejected: summary.rejected };
}
