import { ArgumentError } from "../errors.js";
import type { ExtractOptions, Schema } from "../csv/types.js";
import { checkOptions } from "./validate.js";

/** Checks a schema object and the shared extract options. */
export function checkExtractArguments<R, O extends ExtractOptions>(fn: string, schema: Schema<R>, options: O | undefined): Partial<O> {
  if (schema === null || typeof schema !== "object" || typeof schema.toRecord !== "function" || typeof schema.columns !== "object") {
    throw new ArgumentError(fn, "schema", "must be a schema object ({ name, description, columns, toRecord })", schema);
  }
  const opts = checkOptions(fn, options);
  if (opts.encoding !== undefined && !["auto", "utf-8", "windows-1252"].includes(opts.encoding)) {
    throw new ArgumentError(fn, "options.encoding", 'must be "auto", "utf-8" or "windows-1252"', opts.encoding);
  }
  if (opts.mapping !== undefined) {
    for (const [field, column] of Object.entries(opts.mapping)) {
      if (!(field in schema.columns)) throw new ArgumentError(fn, "options.mapping", `must map fields of schema "${schema.name}" (${Object.keys(schema.columns).join(", ")})`, field);
      if (typeof column !== "string") throw new ArgumentError(fn, `options.mapping.${field}`, "must be a column name", column);
    }
  }
  if (opts.onProgress !== undefined && typeof opts.onProgress !== "function") throw new ArgumentError(fn, "options.onProgress", "must be a function", opts.onProgress);
  return opts;
}

/** Checks the `by` option of the counting readers: a non-empty array of field names. */
export function checkBy(fn: string, by: unknown): string[] {
  if (!Array.isArray(by) || by.length === 0 || !by.every((f) => typeof f === "string")) {
    throw new ArgumentError(fn, "options.by", "must be a non-empty array of record field names", by);
  }
  return by as string[];
}
