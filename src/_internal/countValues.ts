import type { Schema } from "../csv/types.js";
import { plainKey, type CountCell, type CountSink } from "./countSink.js";
import { dependenciesOf } from "./duckdbDependencies.js";
import { buildRecord, REJECTED, type ColumnPlan, type PlannedColumn, type RowFault } from "./extractColumns.js";

/** What a count adds rows to: the by-fields and the sink. */
export interface CountTarget {
  readonly by: readonly string[];
  readonly sink: CountSink;
}

/** Column values remembered per by-field and input; past that, the field is read from a record. */
const VALUES_LIMIT = 1 << 16;

type Level = Map<unknown, unknown>;
/** Cells by the by-fields' value numbers, one level per field. */
type Cells = (Cells | CountCell | undefined)[];

/** A row's column values: a list schema's list (by position), or named values (by field). */
type Values = Readonly<Record<string | number, unknown>>;

/** One by-field: where the values of the columns it is built from are (list positions or field names), and its values numbered. */
class ByField {
  /** The field's value number by its columns' values (nested maps, one level per column). */
  private readonly byColumns: Level = new Map();
  private remembered = 0;
  /** Value numbers by the value as the sink keys it (plain values, others by their JSON text). */
  private readonly numbers = new Map<unknown, number>();
  private readonly jsonNumbers = new Map<string, number>();

  constructor(
    readonly field: string,
    private readonly columns: readonly (number | string)[],
  ) {}

  /** The last value of a field built from one column, and its number (rows often repeat the row before). */
  private lastValue: unknown = undefined;
  private lastNumber: number | undefined = undefined;

  /** The number of the field's value for the column values `row`, if remembered. */
  numberOf(row: Values): number | undefined {
    const columns = this.columns;
    if (columns.length === 1) {
      const value = row[columns[0] as number | string];
      if (value === this.lastValue && this.lastNumber !== undefined) return this.lastNumber;
      const n = this.byColumns.get(value) as number | undefined;
      this.lastValue = value;
      this.lastNumber = n;
      return n;
    }
    let level: unknown = this.byColumns;
    for (let k = 0; k < columns.length && level !== undefined; k++) level = (level as Level).get(row[columns[k] as number | string]);
    return level as number | undefined;
  }

  /** Numbers the field's value in `record`, and remembers it for the column values `row`. */
  learn(row: Values, record: Readonly<Record<string, unknown>>): number {
    const value = record[this.field];
    const key = plainKey(value);
    const numbers = key === undefined ? this.jsonNumbers : this.numbers;
    const id = key === undefined ? JSON.stringify(value) : key;
    let n = numbers.get(id as never);
    if (n === undefined) numbers.set(id as never, (n = this.numbers.size + this.jsonNumbers.size));
    if (this.remembered < VALUES_LIMIT) {
      let level = this.byColumns;
      const last = this.columns.length - 1;
      for (let k = 0; k < last; k++) {
        const column = row[this.columns[k] as number | string];
        let next = level.get(column) as Level | undefined;
        if (next === undefined) level.set(column, (next = new Map()));
        level = next;
      }
      level.set(row[this.columns[last] as number | string], n);
      this.remembered++;
    }
    return n;
  }
}

/**
 * Counts a read row into `target` from its column values, without building the row's record:
 * those a list schema's reader left in `plan.list`, or, for a schema built from named values,
 * those in `values` (an object the reader fills afresh for every row). A built-in schema builds
 * each field from known columns alone (`dependenciesOf`): each by-field's value is remembered, as a
 * small number, by the values of its columns, and a row's cell is found from those numbers. A
 * record is built only for a row with column values not seen before, or a cell not yet made
 * (added to the sink, which makes the cell); the cells, their order and counts are those of adding
 * every row's record. Returns `(line, fault) => accepted` (false only when building a record
 * failed, a fault then reported), or `null` for any other schema, which is counted through its
 * records.
 */
export function valueCounter<R>(plan: ColumnPlan<R>, target: CountTarget, values: Record<string, unknown> | null = null): ((line: number, fault: RowFault) => boolean) | null {
  const dependencies = dependenciesOf(plan.schema as Schema<unknown>);
  const named = plan.build === null;
  if (dependencies === null || (named && values === null)) return null;
  const fields: ByField[] = [];
  for (const field of target.by) {
    const columns = (dependencies[field] ?? []).map((column) => plan.columns.findIndex((col) => col.field === column));
    if (columns.length === 0 || columns.includes(-1)) return null;
    fields.push(new ByField(field, named ? columns.map((c) => (plan.columns[c] as PlannedColumn).field) : columns));
  }
  const row = (named ? values : plan.list) as Values;
  const last = fields.length - 1;
  const cells: Cells = [];
  const build = (line: number, fault: RowFault) => buildRecord(plan, named ? values : null, line, fault) as Record<string, unknown> | typeof REJECTED;
  return (line, fault) => {
    let record: Record<string, unknown> | typeof REJECTED | undefined;
    let table = cells;
    for (let f = 0; ; f++) {
      const byField = fields[f] as ByField;
      let n = byField.numberOf(row);
      if (n === undefined) {
        record ??= build(line, fault);
        if (record === REJECTED) return false;
        n = byField.learn(row, record);
      }
      if (f < last) {
        table = (table[n] ??= []) as Cells;
        continue;
      }
      const cell = table[n] as CountCell | undefined;
      if (cell !== undefined) cell.count++;
      else {
        record ??= build(line, fault);
        if (record === REJECTED) return false;
        table[n] = target.sink.add(record);
      }
      return true;
    }
  };
}
