import type { ColumnSpec, FieldResult, Schema } from "../csv/types.js";
import { listBuilderOf } from "./listRecords.js";
import { isPure } from "./pureParse.js";
import { RawMemo } from "./rawMemo.js";

/** A field's reading, in one shape for every column (so the reader's hot loop stays monomorphic). */
export interface Reading {
  /** The trimmed raw text. */
  readonly raw: string;
  readonly failed: boolean;
  readonly error: string;
  readonly value: unknown;
  readonly unrecognised: boolean;
}

/** A schema column resolved against a header: where its value is and how to read it. */
export interface PlannedColumn {
  readonly field: string;
  /** Index in the row, or -1 when an optional column is missing. */
  readonly index: number;
  /** The header's name for the column (the field name when missing), for the ledger. */
  readonly column: string;
  readonly required: boolean;
  readonly parse: ((raw: string) => FieldResult) | null;
  /** Readings by the cell's text as it came (untrimmed), for parsers that depend on the raw text alone (see `markPure`). */
  readonly memo: RawMemo<Reading> | null;
}

/** How one input's rows become records with a schema. */
export interface ColumnPlan<R> {
  readonly schema: Schema<R>;
  readonly columns: readonly PlannedColumn[];
  /** The schema's list builder and the list it fills (see `listSchema`), or null to build from named values. */
  readonly build: ((values: readonly unknown[]) => R) | null;
  readonly list: unknown[];
}

/** Distinct raw values remembered per column and input; past that, values are read afresh. */
const MEMO_LIMIT = 2048;

/** How a column reads a cell: a required blank fails before the parser is asked; free text is itself, or null when blank. */
export function readingOf(col: PlannedColumn, cell: string): Reading {
  const raw = trimmed(cell);
  if (raw === "" && col.required) return { raw, failed: true, error: "required field is blank", value: undefined, unrecognised: false };
  if (col.parse === null) return { raw, failed: false, error: "", value: raw === "" ? null : raw, unrecognised: false };
  const result = col.parse(raw);
  return "error" in result
    ? { raw, failed: true, error: result.error, value: undefined, unrecognised: false }
    : { raw, failed: false, error: "", value: result.value, unrecognised: Boolean(result.unrecognised) };
}

/** Values shared between records must not be changeable through one of them. */
export const shareable = (value: unknown) => value === null || (typeof value !== "object" && typeof value !== "function") || Object.isFrozen(value);

/** The columns of a schema in its field order, placed by the header's `indices`. */
export function planColumns<R>(schema: Schema<R>, header: readonly string[], indices: Record<string, number>): ColumnPlan<R> {
  const columns: PlannedColumn[] = [];
  for (const field in schema.columns) {
    const spec = schema.columns[field] as ColumnSpec;
    const index = indices[field] as number;
    const parse = spec.parse ?? null;
    columns.push({
      field,
      index,
      column: index < 0 ? field : (header[index] as string),
      required: Boolean(spec.required),
      parse,
      memo: parse !== null && isPure(parse) ? new RawMemo(MEMO_LIMIT) : null,
    });
  }
  const build = listBuilderOf(schema, columns.map((c) => c.field));
  return { schema, columns, build, list: new Array(columns.length).fill(null) };
}

/** `text.trim()`, skipping the call when the text starts and ends with printable ASCII (the usual case). */
export function trimmed(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(n - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? text : text.trim();
}

/** Where a row failed: its line, the column at fault, its raw value and why. */
export type RowFault = (line: number, column: string | null, value: string | null, reason: string) => void;

/**
 * Reads one row's fields into a record: every column is read in the schema's order (a required
 * blank or a parse error rejects the row on `line` through `fault`), then the schema builds the
 * record; an exception there is a fault too. Unrecognised codes are counted into `unrecognised`
 * only for accepted rows. Returns the record, or {@link REJECTED} when the row was rejected.
 */
export function readRecord<R>(fields: readonly string[], line: number, plan: ColumnPlan<R>, fault: RowFault, unrecognised: Map<string, Map<string, number>>): R | typeof REJECTED {
  const { columns, build } = plan;
  const list = plan.list;
  const values: Record<string, unknown> | null = build === null ? {} : null;
  let seen: [string, string][] | null = null;
  for (let c = 0; c < columns.length; c++) {
    const col = columns[c] as PlannedColumn;
    const cell = col.index < 0 ? "" : (fields[col.index] as string);
    let value: unknown;
    const memo = col.memo;
    if (memo !== null) {
      let reading = memo.get(cell);
      if (reading === undefined) {
        reading = readingOf(col, cell);
        if (shareable(reading.value)) memo.set(cell, reading);
      }
      if (reading.failed) {
        fault(line, col.column, reading.raw, reading.error);
        return REJECTED;
      }
      value = reading.value;
      if (reading.unrecognised) (seen ??= []).push([col.field, reading.raw]);
    } else {
      const raw = trimmed(cell);
      if (raw === "" && col.required) {
        fault(line, col.column, raw, "required field is blank");
        return REJECTED;
      }
      if (col.parse === null) value = raw === "" ? null : raw;
      else {
        const result = col.parse(raw);
        if ("error" in result) {
          fault(line, col.column, raw, result.error);
          return REJECTED;
        }
        value = result.value;
        if (result.unrecognised) (seen ??= []).push([col.field, raw]);
      }
    }
    if (values === null) list[c] = value;
    else values[col.field] = value;
  }
  return finishRecord(plan, values, seen, line, fault, unrecognised);
}

/** Builds a read row's record and, once it is accepted, counts its unrecognised codes `seen`; {@link REJECTED} when building fails. */
export function finishRecord<R>(plan: ColumnPlan<R>, values: Record<string, unknown> | null, seen: readonly (readonly [string, string])[] | null, line: number, fault: RowFault, unrecognised: Map<string, Map<string, number>>): R | typeof REJECTED {
  const record = buildRecord(plan, values, line, fault);
  if (record === REJECTED) return REJECTED;
  if (seen !== null) countUnrecognised(seen, unrecognised);
  return record;
}

/** Counts an accepted row's unrecognised codes, `[field, raw]`, into `unrecognised`. */
export function countUnrecognised(seen: readonly (readonly [string, string])[], unrecognised: Map<string, Map<string, number>>): void {
  for (const [field, raw] of seen) {
    const counts = unrecognised.get(field) ?? new Map<string, number>();
    counts.set(raw, (counts.get(raw) ?? 0) + 1);
    unrecognised.set(field, counts);
  }
}

/** What the row readers return for a row they rejected (a schema may build any value, `undefined` included). */
export const REJECTED: unique symbol = Symbol("rejected");

/** Builds a row's record from its values (a list for list schemas, else named values); an exception is the row's fault. */
export function buildRecord<R>(plan: ColumnPlan<R>, values: Record<string, unknown> | null, line: number, fault: RowFault): R | typeof REJECTED {
  try {
    return values === null ? (plan.build as (values: readonly unknown[]) => R)(plan.list) : plan.schema.toRecord(values);
  } catch (error) {
    fault(line, null, null, `the schema could not build a record: ${(error as Error).message}`);
    return REJECTED;
  }
}
