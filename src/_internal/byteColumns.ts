import { ByteMemo } from "./byteMemo.js";
import { byteCheckOf, byteReaderOf, NOT_QUICK, type ByteCheck, type ByteReader } from "./byteParse.js";
import type { ByteRow } from "./byteRows.js";
import { finishRecord, readingOf, REJECTED, shareable, type ColumnPlan, type PlannedColumn, type Reading, type RowFault } from "./extractColumns.js";

/** A planned column with its byte-level readers. */
export interface ByteColumn {
  readonly col: PlannedColumn;
  /** The cell's place in the row (`col.index`: -1 when an optional column is missing). */
  readonly index: number;
  /** The column's place in the plan (and in a list schema's list). */
  readonly slot: number;
  /** Readings by the cell's exact bytes, for free text and parsers marked pure. */
  readonly memo: ByteMemo<Reading> | null;
  /** The parser's quick reader of bytes, where it has one. */
  readonly quick: ByteReader | null;
  /** Whether the cell is left unread (its value `null`): free text that is not required, which a count does not need. */
  readonly skip: boolean;
  /** Whether only the cell's presence is checked: required free text a count does not need, which rejects its row only when blank. */
  readonly presence: boolean;
  /** The parser's quick check, for a column a count does not need that is not required (see {@link ByteCheck}). */
  readonly check: ByteCheck | null;
  /** Whether the value is left `null` once the cell is checked: a column with `presence` or a `check`. */
  readonly valueless: boolean;
  /** The reading of a blank cell, worked out once for columns with a memo (their readings depend on the text alone), when shareable. */
  readonly blank: Reading | null;
}

/** How the byte scanner turns a row's cells into a record: the column plan, with readers of bytes. */
export interface BytePlan<R> {
  readonly plan: ColumnPlan<R>;
  readonly columns: readonly ByteColumn[];
  /** The columns whose cells are read: all but the skipped ones, whose values stay `null` (as they start in the plan's list, and in {@link valuesFor}). */
  readonly reads: readonly ByteColumn[];
}

/** Distinct cells remembered per column and input, as the text reader does. */
const MEMO_LIMIT = 2048;
const QUOTES = /""/g;
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** The text of a cell: `bytes[start, end)` as UTF-8 (checked well formed already), with `""` read as `"` inside quotes (`quoting` 2). */
export function cellText(bytes: Uint8Array, start: number, end: number, quoting: number): string {
  let ascii = true;
  for (let i = start; i < end; i++) if ((bytes[i] as number) >= 0x80) ascii = false;
  let text: string;
  if (ascii && end - start <= 256) text = String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
  else text = utf8.decode(bytes.subarray(start, end));
  return quoting === 2 ? text.replace(QUOTES, '"') : text;
}

/**
 * Adds byte readers to a column plan. Of the columns named in `unneeded` (see `unneededColumns`), a
 * count reads only what could reject a row or tally a code, and leaves their values `null`: free
 * text that is not required is not read at all (it can do neither), of required free text only
 * whether the cell is blank is checked, and a column whose parser has a quick check (numbers) that
 * is not required is read only when the check cannot say the cell is fine.
 */
export function planByteColumns<R>(plan: ColumnPlan<R>, unneeded: ReadonlySet<string> | null = null): BytePlan<R> {
  const columns = plan.columns.map((col, slot) => {
    const pure = col.parse === null || col.memo !== null;
    const blank = pure ? readingOf(col, "") : null;
    const unused = unneeded !== null && unneeded.has(col.field);
    const unread = unused && col.parse === null;
    const check = unused && col.parse !== null && !col.required ? byteCheckOf(col.parse) : null;
    return {
      col,
      index: col.index,
      slot,
      memo: pure ? new ByteMemo<Reading>(MEMO_LIMIT) : null,
      quick: col.parse === null ? null : byteReaderOf(col.parse),
      skip: unread && !col.required,
      presence: unread && col.required,
      check,
      valueless: (unread && col.required) || check !== null,
      blank: blank !== null && shareable(blank.value) ? blank : null,
    };
  });
  return { plan, columns, reads: columns.filter((column) => !column.skip) };
}

/**
 * A cell's reading from its bytes: by the byte memo, or from its text (through the text memo, where
 * the column has one). A quoted cell with no doubled quotes inside reads as its bytes alone do.
 */
export function readingOfBytes(column: ByteColumn, bytes: Uint8Array, view: DataView, start: number, end: number, quoting: number): Reading {
  const { col, memo } = column;
  if (quoting < 2 && memo !== null) {
    let reading = memo.get(bytes, view, start, end);
    if (reading === undefined) {
      reading = readingOf(col, cellText(bytes, start, end, 0));
      if (shareable(reading.value)) memo.set(bytes, start, end, reading);
    }
    return reading;
  }
  const cell = cellText(bytes, start, end, quoting);
  const textMemo = col.memo;
  if (textMemo === null) return readingOf(col, cell);
  let reading = textMemo.get(cell);
  if (reading === undefined) {
    reading = readingOf(col, cell);
    if (shareable(reading.value)) textMemo.set(cell, reading);
  }
  return reading;
}

/** An object for a row's named values, with those of the skipped columns (which are never read) `null`. */
export function valuesFor<R>(bytePlan: BytePlan<R>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const column of bytePlan.columns) if (column.skip) values[column.col.field] = null;
  return values;
}

/**
 * Reads one row's cells, located by `row` in `bytes` (`view` a DataView of the same bytes), into a record exactly as `readRecord` reads
 * the same row's text: the same values, the same first fault (`line`, column, trimmed value and
 * reason), the same unrecognised codes counted for accepted rows. Returns the record or {@link REJECTED}.
 */
export function readByteRecord<R>(bytes: Uint8Array, view: DataView, row: ByteRow, line: number, bytePlan: BytePlan<R>, fault: RowFault, unrecognised: Map<string, Map<string, number>>): R | typeof REJECTED {
  const plan = bytePlan.plan;
  const values = plan.build === null ? valuesFor(bytePlan) : null;
  const seen = readByteValues(bytes, view, row, line, bytePlan, fault, values);
  return seen === REJECTED ? REJECTED : finishRecord(plan, values, seen, line, fault, unrecognised);
}

/**
 * The first step of {@link readByteRecord}: reads the row's cells into `values` (or, when that is
 * `null`, into the plan's list, for a list schema), stopping at the first fault. Returns the
 * unrecognised codes seen, `[field, raw]` (`null` for none), or {@link REJECTED}.
 */
export function readByteValues<R>(bytes: Uint8Array, view: DataView, row: ByteRow, line: number, bytePlan: BytePlan<R>, fault: RowFault, values: Record<string, unknown> | null): [string, string][] | null | typeof REJECTED {
  const { plan, reads } = bytePlan;
  const list = plan.list;
  const { starts, ends, quoting } = row;
  let seen: [string, string][] | null = null;
  for (let k = 0; k < reads.length; k++) {
    const column = reads[k] as ByteColumn;
    const index = column.index;
    let value: unknown = NOT_QUICK;
    let reading: Reading | undefined;
    if (index < 0) reading = readingOf(column.col, "");
    else {
      const start = starts[index] as number;
      const end = ends[index] as number;
      const q = quoting[index] as number;
      if (start === end && column.blank !== null) reading = column.blank;
      else if (column.presence && start < end && (bytes[start] as number) > 32 && (bytes[start] as number) < 128) value = null; // not blank once trimmed
      else if (column.check !== null) {
        if (q < 2 && column.check(bytes, start, end)) value = null;
        else reading = readingOfBytes(column, bytes, view, start, end, q);
      } else {
        const quick = column.quick;
        if (quick !== null && q < 2 && !(column.col.required && start === end)) value = quick(bytes, start, end);
        if (value === NOT_QUICK) reading = readingOfBytes(column, bytes, view, start, end, q);
      }
    }
    if (reading !== undefined) {
      if (reading.failed) {
        fault(line, column.col.column, reading.raw, reading.error);
        return REJECTED;
      }
      value = column.valueless ? null : reading.value;
      if (reading.unrecognised) (seen ??= []).push([column.col.field, reading.raw]);
    }
    if (values === null) list[column.slot] = value;
    else values[column.col.field] = value;
  }
  return seen;
}

/** Whether every cell of a row is blank once trimmed (ASCII whitespace, or text that trims to nothing). */
export function isBlankRow(bytes: Uint8Array, row: ByteRow): boolean {
  for (let f = 0; f < row.count; f++) {
    const start = row.starts[f] as number;
    const end = row.ends[f] as number;
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      if (b >= 0x80) {
        if (cellText(bytes, start, end, row.quoting[f] as number).trim() !== "") return false;
        break;
      }
      if (b !== 32 && (b < 9 || b > 13)) return false;
    }
  }
  return true;
}
