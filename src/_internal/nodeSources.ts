import { Buffer, isAscii, isUtf8 } from "node:buffer";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { extractSchemas } from "../csv/extractSchemas.js";
import type { Schema } from "../csv/types.js";
import { ArgumentError } from "../errors.js";
import type { ByteTools } from "./extractDecode.js";
import type { ExtractSource } from "./extractProcess.js";
import { fileChunks } from "./fileChunks.js";

const bufferOf = (bytes: Uint8Array) => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
/** Bytes checked and ASCII read by Buffer, several times faster than TextDecoder. */
export const nodeByteTools: ByteTools = { isAscii: (b) => isAscii(b), isUtf8: (b) => isUtf8(b), text: (b) => bufferOf(b).toString("latin1") };

/** The CSV files named by `paths`: a file, a folder (its `*.csv`, sorted) or an array of either, in order. */
export async function extractSources(fn: string, paths: string | readonly string[]): Promise<ExtractSource[]> {
  const list = typeof paths === "string" ? [paths] : paths;
  if (!Array.isArray(list) || list.length === 0 || !list.every((p) => typeof p === "string")) {
    throw new ArgumentError(fn, "paths", "must be a file or folder path, or a non-empty array of them", paths);
  }
  const files: { path: string; size: number }[] = [];
  for (const path of list) {
    const info = await stat(path).catch(() => null);
    if (info === null) throw new ArgumentError(fn, "paths", "must name files or folders that exist", path);
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => n.toLowerCase().endsWith(".csv")).sort();
      if (names.length === 0) throw new ArgumentError(fn, "paths", "must not name a folder without .csv files", path);
      for (const name of names) files.push({ path: join(path, name), size: (await stat(join(path, name))).size });
    } else files.push({ path, size: info.size });
  }
  // 1 MiB reads: the byte scanner splits rows in place, so bigger reads mean fewer awaits and joins
  // (the papaparse path is handed at most 64 KiB of text at a time whatever the read size). The
  // readers keep no chunk's bytes past the next chunk (the scanner copies an unfinished row, the
  // decoder decodes each chunk as it comes), as fileChunks' reused buffers need.
  // Opened only when read, so that a file another reader handles (parallel counting) is never opened here.
  // Read to the file's end (it may have grown since stat, or be a pipe of no stated size), in
  // buffers no bigger than a small file needs.
  const input = (path: string, size: number): AsyncIterable<Uint8Array> => ({ [Symbol.asyncIterator]: () => fileChunks(path, 0, Infinity, size > 0 ? Math.min(1 << 20, size + 1) : 1 << 20) });
  return files.map(({ path, size }) => ({ file: path, input: input(path, size), totalBytes: size, bytes: nodeByteTools }));
}

/** A schema given by name (see `extractSchemas`) or as an object. */
export function schemaOf<R>(fn: string, schema: string | Schema<R>): Schema<R> {
  if (typeof schema !== "string") return schema;
  const found = extractSchemas[schema];
  if (!found) throw new ArgumentError(fn, "schema", `must be a schema object or one of ${Object.keys(extractSchemas).map((n) => `"${n}"`).join(", ")}`, schema);
  return found as Schema<R>;
}
