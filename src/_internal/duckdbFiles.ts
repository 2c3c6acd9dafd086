import { Buffer } from "node:buffer";
import { open, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import Papa from "papaparse";
import { ArgumentError } from "../errors.js";
import { literal } from "./duckdbSql.js";

/** Files with one format and one header, to be read by one query. */
export interface FileGroup {
  readonly format: "csv" | "parquet";
  readonly header: readonly string[];
  readonly files: string[];
}

const formatOf = (path: string) => (path.toLowerCase().endsWith(".parquet") ? "parquet" : "csv");
const counted = (name: string) => /\.(csv|parquet)$/i.test(name);

/** The files named by `paths`: a file, a folder (its `*.csv` and `*.parquet`, sorted) or an array of either. */
export async function duckdbFiles(fn: string, paths: string | readonly string[]): Promise<string[]> {
  const list = typeof paths === "string" ? [paths] : paths;
  if (!Array.isArray(list) || list.length === 0 || !list.every((p) => typeof p === "string")) {
    throw new ArgumentError(fn, "paths", "must be a file or folder path, or a non-empty array of them", paths);
  }
  const files: string[] = [];
  for (const path of list) {
    const info = await stat(path).catch(() => null);
    if (info === null) throw new ArgumentError(fn, "paths", "must name files or folders that exist", path);
    if (!info.isDirectory()) files.push(path);
    else {
      const names = (await readdir(path)).filter(counted).sort();
      if (names.length === 0) throw new ArgumentError(fn, "paths", "must not name a folder without .csv or .parquet files", path);
      files.push(...names.map((name) => join(path, name)));
    }
  }
  return files;
}

/** A CSV file's header row, read with papaparse from the file's first 1 MiB. */
async function csvHeader(path: string): Promise<string[]> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(1 << 20);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const parsed = Papa.parse<string[]>(buffer.subarray(0, bytesRead).toString("utf8"), { delimiter: ",", preview: 1 });
    return parsed.data[0] ?? [];
  } finally {
    await handle.close();
  }
}

/** Groups files by format and header, keeping the order in which each group first appears. */
export async function groupFiles(files: readonly string[], run: (sql: string) => Promise<unknown[][]>): Promise<FileGroup[]> {
  const groups = new Map<string, FileGroup>();
  for (const path of files) {
    const format = formatOf(path);
    const header = format === "csv" ? await csvHeader(path) : (await run(`DESCRIBE SELECT * FROM read_parquet(${literal(path)})`)).map((row) => String(row[0]));
    const id = JSON.stringify([format, header]);
    const group = groups.get(id);
    if (group) group.files.push(path);
    else groups.set(id, { format, header, files: [path] });
  }
  return [...groups.values()];
}
