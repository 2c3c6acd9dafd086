import type { Schema } from "../csv/types.js";
import type { CountCell, CountSink } from "./countSink.js";
import { dependenciesOf } from "./duckdbDependencies.js";
import { buildRecord, REJECTED, type ColumnPlan, type RowFault } from "./extractColumns.js";

/** What a count adds rows to: the by-fields and the sink. */
export interface CountTarget {
  readonly by: readonly string[];
  readonly sink: CountSink;
}

/** Distinct value combinations remembered per input; past that, rows are counted through a record each. */
const CELL_LIMIT = 1 << 16;

type Level = Map<unknown, Level | CountCell>;

/**
 * Counts a read row into `target` from the column values a list schema's reader left in
 * `plan.list`, without building the row's record: the by-fields of a built-in schema are each
 * built from known columns alone (`dependenciesOf`), so rows with the same values in those
 * columns fall in the same cell. The first row of each combination is built into a record and
 * added to the sink, which gives its cell; later rows add one to that cell. The cells, their
 * order and counts are those of adding every row's record. Returns `(line, fault) => accepted`
 * (false only when building the record failed, a fault then reported), or `null` for any other
 * schema, which is counted through its records.
 */
export function valueCounter<R>(plan: ColumnPlan<R>, target: CountTarget): ((line: number, fault: RowFault) => boolean) | null {
  const dependencies = dependenciesOf(plan.schema as Schema<unknown>);
  if (dependencies === null || plan.build === null) return null;
  const keys: number[] = []; // the list positions the by-fields are built from
  for (const field of target.by) {
    const columns = dependencies[field];
    if (columns === undefined) return null;
    for (const column of columns) {
      const c = plan.columns.findIndex((col) => col.field === column);
      if (c === -1) return null;
      if (!keys.includes(c)) keys.push(c);
    }
  }
  if (keys.length === 0) return null;
  const list = plan.list;
  const last = keys.length - 1;
  const root: Level = new Map();
  let remembered = 0;
  return (line, fault) => {
    let level: Level | undefined = root;
    for (let k = 0; k < last && level !== undefined; k++) {
      const value = list[keys[k] as number];
      let next = level.get(value) as Level | undefined;
      if (next === undefined && remembered < CELL_LIMIT) {
        level.set(value, (next = new Map()));
        remembered++;
      }
      level = next;
    }
    const value = list[keys[last] as number];
    const cell = level?.get(value) as CountCell | undefined;
    if (cell !== undefined) {
      cell.count++;
      return true;
    }
    const record = buildRecord(plan, null, line, fault);
    if (record === REJECTED) return false;
    const added = target.sink.add(record as Record<string, unknown>);
    if (level !== undefined && remembered < CELL_LIMIT) {
      level.set(value, added);
      remembered++;
    }
    return true;
  };
}
