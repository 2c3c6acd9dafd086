import type { Schema } from "../csv/types.js";
import { dependenciesOf } from "./duckdbDependencies.js";

/**
 * The schema columns (by canonical field name) that counting by `by` never needs to read, or `null`
 * when every column must be read. Only a built-in schema qualifies, whose record fields are each
 * built from known columns (`dependenciesOf`): a column no by-field is built from is then unread,
 * provided reading it could neither reject the row nor tally a code — which the byte scanner
 * decides per column (free text that is not required).
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
