import { readingOfBytes, type ByteColumn, type BytePlan } from "./byteColumns.js";
import { NOT_QUICK } from "./byteParse.js";
import { delimiterFlags, fieldEnd } from "./byteRows.js";
import { CellDictionary } from "./cellDictionary.js";
import { shareable, type Reading } from "./extractColumns.js";

/** A {@link PlainRowReader}'s answer for a row it leaves to the general row reader. */
export const NOT_PLAIN = -1;

/**
 * Reads the plain row that starts at `at` in `bytes[0, limit)` (`view` a DataView of the same
 * bytes; `crlf` for a `\r\n` input) into `values` (or, when that is `null`, the plan's list) and
 * returns the offset after its newline; or returns {@link NOT_PLAIN}.
 */
export type PlainRowReader = (bytes: Uint8Array, view: DataView, at: number, limit: number, crlf: boolean, values: Record<string, unknown> | null) => number;

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** What the reader does with one field of the row: find its end, and read it for a column that reads it. */
interface Step {
  readonly column: ByteColumn | null;
  /** The field's cells with the value each gives the column. */
  readonly dictionary: CellDictionary<unknown> | null;
}

/**
 * Whether a field's cells go in a dictionary: when its column reads it through its byte memo alone
 * (coded values, free text), whose reading depends on the bytes alone. (For a field only scanned
 * for its end, or checked for presence, comparing with the cells kept cost more than the scan.)
 */
const keepsCells = (column: ByteColumn | null) => column !== null && !column.presence && column.memo !== null && column.quick === null && column.check === null;

/**
 * A reader of the usual row in one pass, for a plan of rows `width` fields wide: splitting and
 * reading field by field, where the general way (`scanRow`, then `readByteValues`) first splits the
 * whole row and then reads it. A row is plain when no field starts with a quote, each field before
 * the last ends at a comma and the last at the input's newline (no line feed inside a field), and
 * every cell reads without a fault or an unrecognised code; for such a row the values are exactly
 * the general way's, and for any other it returns {@link NOT_PLAIN} (having perhaps written some
 * values), to be read the general way, which reports its fault as ever.
 *
 * A field that its column reads through its byte memo alone (coded values, free text a count
 * needs) has a dictionary of its cells (see {@link CellDictionary}): where the field's
 * first four bytes hold no comma or line feed, a cell the dictionary holds, followed by the byte
 * that ends the field, is the field (it has no comma or line break in it), and its value is the one
 * kept, so the field's end is not looked for and its bytes are not looked up. Other fields are
 * scanned for their end and read as `readByteValues` reads them; each cell read without a fault is
 * added to the field's dictionary, if it has one.
 *
 * `null` when the plan reads no required column (whose blank cell fails: so a blank row, which
 * the general way counts apart, is never plain), reads a column that is missing from the input, or
 * reads one field for two columns.
 */
export function plainRowReader<R>(bytePlan: BytePlan<R>, width: number): PlainRowReader | null {
  const columns: (ByteColumn | null)[] = new Array<ByteColumn | null>(width).fill(null);
  for (const column of bytePlan.reads) {
    if (column.index < 0 || column.index >= width || columns[column.index] !== null) return null;
    columns[column.index] = column;
  }
  if (!bytePlan.reads.some((column) => column.col.required)) return null;
  const steps: Step[] = columns.map((column) => ({ column, dictionary: keepsCells(column) ? new CellDictionary<unknown>() : null }));
  const list = bytePlan.plan.list;
  const last = width - 1;
  return (bytes, view, at, limit, crlf, values) => {
    let pos = at;
    for (let f = 0; f <= last; f++) {
      if (pos + 4 > limit) return NOT_PLAIN; // the row may run on; near the end the general way reads it
      const first = view.getInt32(pos, true);
      if ((first & 0xff) === QUOTE) return NOT_PLAIN;
      const step = steps[f] as Step;
      const column = step.column;
      const dictionary = step.dictionary;
      let end = -1; // where the cell ends
      let value: unknown = NOT_QUICK;
      if (dictionary !== null && dictionary.active) {
        if (delimiterFlags(first) === 0) {
          const c = dictionary.find(view, pos, first, limit);
          if (c !== -1) {
            const e = pos + (dictionary.lengths[c] as number);
            const d = bytes[e] as number;
            if (f < last ? d === COMMA : crlf ? d === CR && bytes[e + 1] === LF : d === LF) {
              end = e;
              value = dictionary.values[c];
            }
          }
          dictionary.tally(end !== -1);
        }
      }
      if (end === -1) {
        const i = fieldEnd(bytes, view, pos, limit);
        if (i >= limit) return NOT_PLAIN;
        if (f < last ? bytes[i] !== COMMA : bytes[i] !== LF) return NOT_PLAIN; // fewer or more fields
        end = i;
        if (f === last && crlf) {
          if (i === pos || bytes[i - 1] !== CR) return NOT_PLAIN; // a line feed inside the field
          end = i - 1;
        }
        if (column !== null) {
          // As readByteValues reads an unquoted cell (written out here: a shared function cost a tenth of the speed).
          let reading: Reading | undefined;
          if (pos === end && column.blank !== null) reading = column.blank;
          else if (column.presence && pos < end && (bytes[pos] as number) > 32 && (bytes[pos] as number) < 128) value = null;
          else if (column.check !== null) {
            if (column.check(bytes, pos, end)) value = null;
            else reading = readingOfBytes(column, bytes, view, pos, end, 0);
          } else {
            const quick = column.quick;
            if (quick !== null && !(column.col.required && pos === end)) value = quick(bytes, pos, end);
            if (value === NOT_QUICK) reading = readingOfBytes(column, bytes, view, pos, end, 0);
          }
          if (reading !== undefined) {
            if (reading.failed || reading.unrecognised) return NOT_PLAIN;
            value = column.valueless ? null : reading.value;
          }
        }
        if (dictionary !== null && end - pos >= 4 && shareable(value)) dictionary.add(bytes, view, pos, end, value);
      }
      if (column !== null) {
        if (values === null) list[column.slot] = value;
        else values[column.col.field] = value;
      }
      pos = f < last || !crlf ? end + 1 : end + 2;
    }
    return pos;
  };
}
