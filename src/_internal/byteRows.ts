/** Where the fields of one row lie in a byte buffer, filled by {@link scanRow}. */
export class ByteRow {
  /** Fields in the row. */
  count = 0;
  /** Line breaks (`\n` bytes) inside the row's fields; the row spans `1 + breaks` physical lines. */
  breaks = 0;
  /** Each field's first byte (after an opening quote). */
  starts = new Int32Array(64);
  /** Each field's end (before a closing quote). */
  ends = new Int32Array(64);
  /** 0: unquoted; 1: quoted; 2: quoted, with doubled quotes inside. */
  quoting = new Uint8Array(64);

  /** Records field `n`, making room as needed. */
  set(n: number, start: number, end: number, quoting: number): void {
    if (n === this.starts.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, b: T) => (b.set(a), b);
      this.starts = grow(this.starts, new Int32Array(2 * n));
      this.ends = grow(this.ends, new Int32Array(2 * n));
      this.quoting = grow(this.quoting, new Uint8Array(2 * n));
    }
    this.starts[n] = start;
    this.ends[n] = end;
    this.quoting[n] = quoting;
  }
}

/** {@link scanRow}: the row runs past the bytes at hand, and more may follow. */
export const INCOMPLETE = -1;
/** {@link scanRow}: the row's quoting is read differently by papaparse (or never closes); leave it to papaparse. */
export const UNSUPPORTED = -2;

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * Splits the row that starts at `at` in `bytes[0, end)` (`view` a DataView of the same bytes) into `row`, as papaparse reads it with a
 * comma delimiter, `"` quotes and the input's newline (`crlf` for `\r\n`, else `\n`): a field that
 * starts with a quote runs to a quote followed by a comma, the newline or the end of the input
 * (`""` inside stands for one quote); any other field runs to the next comma or newline, quotes
 * and lone `\r` or `\n` bytes included. `final` says the input ends at `end`. Returns the offset
 * after the row's newline (or `end`), {@link INCOMPLETE} or {@link UNSUPPORTED}: a closing quote
 * followed by anything else, which papaparse reads on as part of the field, or an unterminated
 * quote, which it rejects.
 */
export function scanRow(bytes: Uint8Array, view: DataView, at: number, end: number, final: boolean, crlf: boolean, row: ByteRow): number {
  // The usual row first: unquoted fields, each ended by a comma or the newline, in the room the
  // row has. At anything else the general loop (scanFields) goes on from the field it stopped at.
  const { starts, ends, quoting } = row;
  let n = 0;
  let pos = at;
  while (n < starts.length && pos < end && bytes[pos] !== QUOTE) {
    const i = fieldEnd(bytes, view, pos, end);
    if (i >= end) break;
    let last = i; // where the field ends: before the newline's \r, for a \r\n input
    if (bytes[i] === LF) {
      if (crlf) {
        if (i === pos || bytes[i - 1] !== CR) break; // a lone \n inside a field
        last = i - 1;
      }
    }
    starts[n] = pos;
    ends[n] = last;
    quoting[n] = 0;
    n++;
    if (bytes[i] === LF) return finish(row, n, 0, i + 1);
    pos = i + 1;
  }
  return scanFields(bytes, view, pos, n, end, final, crlf, row);
}

/**
 * The bytes of the little-endian word `w` that may be a comma or a line feed, flagged (bit 7 of
 * each): a zero byte of w ^ 0x2c2c2c2c or of w ^ 0x0a0a0a0a is flagged. A borrow can flag a byte
 * above a true one, but the lowest flagged byte is always true; 0 when the word holds neither.
 */
export function delimiterFlags(w: number): number {
  const x = w ^ 0x2c2c2c2c;
  const y = w ^ 0x0a0a0a0a;
  return (((x - 0x01010101) & ~x) | ((y - 0x01010101) & ~y)) & 0x80808080;
}

/**
 * The first comma or line feed at or after `pos` in `bytes[0, end)`, or `end`: four bytes at a
 * time (the lowest of a word's {@link delimiterFlags}), then the last few byte by byte.
 */
export function fieldEnd(bytes: Uint8Array, view: DataView, pos: number, end: number): number {
  let i = pos;
  while (i + 4 <= end) {
    const flagged = delimiterFlags(view.getInt32(i, true));
    if (flagged !== 0) return i + ((31 - Math.clz32(flagged & -flagged)) >> 3);
    i += 4;
  }
  let c = 0;
  while (i < end && (c = bytes[i] as number) !== COMMA && c !== LF) i++;
  return i;
}

/** {@link scanRow} from field `n`, which starts at `pos`, on any kind of field. */
function scanFields(bytes: Uint8Array, view: DataView, pos: number, n: number, end: number, final: boolean, crlf: boolean, row: ByteRow): number {
  let breaks = 0;
  for (;;) {
    if (pos < end && bytes[pos] === QUOTE) {
      let i = pos + 1;
      let quoting = 1;
      for (;;) {
        let c = 0;
        while (i < end && (c = bytes[i] as number) !== QUOTE) {
          if (c === LF) breaks++;
          i++;
        }
        if (i >= end) return final ? UNSUPPORTED : INCOMPLETE;
        if (i + 1 >= end) {
          if (!final) return INCOMPLETE;
          row.set(n++, pos + 1, i, quoting);
          return finish(row, n, breaks, end);
        }
        const next = bytes[i + 1] as number;
        if (next === QUOTE) {
          quoting = 2;
          i += 2;
          continue;
        }
        row.set(n++, pos + 1, i, quoting);
        if (next === COMMA) {
          pos = i + 2;
          break;
        }
        if (!crlf && next === LF) return finish(row, n, breaks, i + 2);
        if (crlf && next === CR) {
          if (i + 2 >= end) return final ? UNSUPPORTED : INCOMPLETE;
          if (bytes[i + 2] === LF) return finish(row, n, breaks, i + 3);
        }
        return UNSUPPORTED;
      }
      continue;
    }
    let i = pos;
    for (;;) {
      i = fieldEnd(bytes, view, i, end);
      const c = i < end ? (bytes[i] as number) : 0;
      if (i >= end) {
        if (!final) return INCOMPLETE;
        row.set(n++, pos, end, 0);
        return finish(row, n, breaks, end);
      }
      if (c === COMMA) {
        row.set(n++, pos, i, 0);
        pos = i + 1;
        break;
      }
      if (!crlf) {
        row.set(n++, pos, i, 0);
        return finish(row, n, breaks, i + 1);
      }
      if (i > pos && bytes[i - 1] === CR) {
        row.set(n++, pos, i - 1, 0);
        return finish(row, n, breaks, i + 1);
      }
      breaks++; // a lone "\n" is part of the field when the newline is "\r\n"
      i++;
    }
  }
}

function finish(row: ByteRow, count: number, breaks: number, next: number): number {
  row.count = count;
  row.breaks = breaks;
  return next;
}
