import type { Schema } from "../csv/types.js";
import { dependenciesOf } from "./duckdbDependencies.js";

/**
 * The schema columns (by canonical field name) that counting by `by` never needs to read, or `null`
 * when every column must be read. Only a built-in schema qualifies, whose record fields are each
 * built from known columns (`dependenciesOf`): of a column no by-field is built from, the byte
 * scanner reads only what could reject the row or tally a code (see `planByteColumns`: free text
 * that is not required is not read at all, and of required free text only whether it is blank).
 */
export function unneededColumns(schema: Schema<unknown>, by: readonly string[]): ReadonlySet<string> | null {
  const dependencies = dependenciesOf(schema);
  if (dependencies === null) return null;
  const needed = new Set<string>();
  for (const field of by) {
    const columns = dependencies[field];
    if (columns === undefined) return null;
    for (const column of columns) needed.add(column);
  }
  return new Set(Object.keys(schema.columns).filter((column) => !needed.has(column)));
}
