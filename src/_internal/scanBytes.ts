import type { ExtractChunk, ExtractOptions, Schema } from "../csv/types.js";
import { cellText, isBlankRow, planByteColumns, readByteRecord, readByteValues, valuesFor, type BytePlan } from "./byteColumns.js";
import { ByteRow, INCOMPLETE, scanRow, UNSUPPORTED } from "./byteRows.js";
import { NOT_PLAIN, plainRowReader, type PlainRowReader } from "./plainRows.js";
import { unneededColumns } from "./countSkips.js";
import { buildRecord, countUnrecognised, planColumns, REJECTED, type RowFault } from "./extractColumns.js";
import { valueCounter, type CountTarget } from "./countValues.js";
import type { ExtractSource } from "./extractProcess.js";
import { resolveHeader } from "./extractHeader.js";
import type { ExtractLedger, FileRows } from "./extractLedger.js";

/**
 * Where the byte scanner left an input to the general reader: the chunks to read first (the rest
 * of the scanner's buffer, then whatever it had not yet read), the line and newline there, and
 * whether the bytes read before held non-ASCII text (`null`: nothing was read, start afresh).
 */
export interface Handoff<R> {
  readonly head: readonly ExtractChunk[];
  readonly line: number;
  readonly newline: "\n" | "\r\n" | null;
  readonly nonAscii: boolean | null;
  /** Bytes before `head`. */
  readonly consumed: number;
  readonly rows: FileRows<R>;
}

/** An input the byte scanner read to its end (as UTF-8). */
export interface Scanned<R> {
  readonly encoding: "utf-8";
  readonly consumed: number;
  readonly rows: FileRows<R>;
  /** The line after the last row (1 + the input's line breaks, for an input that ends with one). */
  readonly line: number;
}

/** A row longer than this is left to the general reader, which reads very long rows in linear time. */
const LONG_ROW = 8 << 20;
const EMPTY = new Uint8Array(0);
const BOM = [0xef, 0xbb, 0xbf];

/**
 * The same bytes as a plain Uint8Array (a Buffer is a subclass): the scanner's loops then see one
 * kind of array only, which keeps their element reads monomorphic.
 */
function plainBytes(bytes: Uint8Array): Uint8Array {
  return Object.getPrototypeOf(bytes) === Uint8Array.prototype ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const both = new Uint8Array(a.length + b.length);
  both.set(a);
  both.set(b, a.length);
  return both;
}

/** What reading data rows needs, and keeps from one chunk to the next. */
interface DataRows<R> {
  readonly row: ByteRow;
  readonly rows: FileRows<R>;
  readonly plan: BytePlan<R>;
  /** The header's field count. */
  readonly width: number;
  readonly ledger: ExtractLedger;
  readonly fault: RowFault;
  readonly onRecord: (record: R) => void;
  /** Counts a row from the values read for it, when the records only feed a count (see `valueCounter`). */
  readonly counter: ((line: number, fault: RowFault) => boolean) | null;
  /** Where `counter` finds the values of a schema built from named values (`null` for a list schema). */
  readonly values: Record<string, unknown> | null;
  /** The line the next row starts on. */
  line: number;
  /** Set when reading stopped at a row the scanner leaves to the general reader. */
  unsupported: boolean;
  /** The plan's reader of plain rows, if it has one, tried first while most rows are plain. */
  readonly plain: PlainRowReader | null;
  /** Rows tried with `plain`, and those it left to the general way. */
  plainTried: number;
  notPlain: number;
}

/** Rows the plain row reader gets before it may be given up on. */
const PLAIN_TRIAL = 1024;

/**
 * Reads the data rows of `buf[at, limit)` (every row there, when `final`), as {@link scanBytes}
 * describes, and returns where it stopped: at `limit`, or at the start of a row that runs on past
 * it or that the scanner cannot read exactly (`data.unsupported` then set). A plain function, so
 * that the hot loop keeps its state in locals rather than in the async caller's context.
 */
function readDataRows<R>(buf: Uint8Array, view: DataView, at: number, limit: number, final: boolean, crlf: boolean, data: DataRows<R>): number {
  const { row, rows, plan, width, ledger, fault, onRecord, counter, plain } = data;
  const named = plan.plan.build === null;
  let line = data.line;
  while (at < limit) {
    if (plain !== null && (data.plainTried < PLAIN_TRIAL || 4 * data.notPlain <= data.plainTried)) {
      data.plainTried++;
      // A record keeps the named values it is built from: a fresh object for each (as readByteRecord).
      const values = counter === null && named ? valuesFor(plan) : data.values;
      const next = plain(buf, view, at, limit, crlf, values);
      if (next !== NOT_PLAIN) {
        ledger.rowsRead++;
        rows.dataRows++;
        if (counter !== null) {
          if (counter(line, fault)) ledger.accepted++;
        } else {
          const record = buildRecord(plan.plan, values, line, fault);
          if (record !== REJECTED) {
            onRecord(record);
            ledger.accepted++;
          }
        }
        line++;
        at = next;
        continue;
      }
      data.notPlain++;
    }
    const end = scanRow(buf, view, at, limit, final, crlf, row);
    if (end < 0) {
      data.unsupported = end === UNSUPPORTED;
      break;
    }
    if (isBlankRow(buf, row)) ledger.blankLines++;
    else {
      ledger.rowsRead++;
      rows.dataRows++;
      if (row.count !== width) fault(line, null, null, `expected ${width} fields, found ${row.count}`);
      else if (counter !== null) {
        const seen = readByteValues(buf, view, row, line, plan, fault, data.values);
        if (seen !== REJECTED && counter(line, fault)) {
          if (seen !== null) countUnrecognised(seen, ledger.unrecognised);
          ledger.accepted++;
        }
      } else {
        const record = readByteRecord(buf, view, row, line, plan, fault, ledger.unrecognised);
        if (record !== REJECTED) {
          onRecord(record);
          ledger.accepted++;
        }
      }
    }
    line += 1 + row.breaks;
    at = end;
  }
  data.line = line;
  return at;
}

/**
 * Reads an input of UTF-8 (or ASCII) bytes straight from the bytes: a plain row (unquoted, of the
 * header's width, every cell good) is split and read in one pass by the plan's plain-row reader
 * (see `plainRowReader`), tried while most rows are; any other row is split by {@link scanRow}
 * and its cells read by the columns' byte readers and memos. Only the cells that need it become
 * strings. Every row gets exactly what the general reader gives it: the same
 * record or reject, line, blank-line count and unrecognised codes. At a row it cannot read exactly
 * (quoting papaparse reads its own way, an unterminated quote, a row over 8 MiB, bytes that are not
 * UTF-8, a header that does not match, a text chunk), it stops at that row's start and returns a
 * {@link Handoff} for the general reader to go on from. `count`, when the records only feed a
 * count by some fields (and `onRecord` adds them to its sink), lets it read of the columns no
 * by-field is built from only what could reject a row or tally a code (see `planByteColumns`) and,
 * for a built-in schema, count rows without building records.
 */
export async function scanBytes<R>(
  source: ExtractSource,
  chunks: AsyncIterator<ExtractChunk>,
  schema: Schema<R>,
  options: ExtractOptions,
  ledger: ExtractLedger,
  onRecord: (record: R) => void,
  bytesBefore: number,
  count: CountTarget | null = null,
): Promise<Handoff<R> | Scanned<R>> {
  const tools = source.bytes as NonNullable<ExtractSource["bytes"]>;
  const rows: FileRows<R> = { header: null, plan: null, headerProblem: "", dataRows: 0 };
  const row = new ByteRow();
  let data: DataRows<R> | null = null;
  let buf: Uint8Array = EMPTY;
  let work: Uint8Array = EMPTY; // holds a row that spans two chunks, and the chunk after it
  let at = 0; // where the next row starts in buf
  let before = 0; // input bytes before buf
  let checked = 0; // buf is known to be well-formed UTF-8 up to here
  let crlf: boolean | null = null;
  let line = 1;
  let nonAscii = false;
  let final = false;
  const fault = (where: number, column: string | null, value: string | null, reason: string) => ledger.reject(source.file, where, column, value, reason);
  // Before the header is read, nothing has been used but a byte order mark, which an earlier chunk
  // may have held (then `before` is its length): the general reader starts afresh, BOM and all.
  const handoff = (rest: readonly ExtractChunk[] = []): Handoff<R> =>
    rows.header === null
      ? { head: before === 0 ? [buf, ...rest] : [Uint8Array.from(BOM), buf, ...rest], line: 1, newline: null, nonAscii: null, consumed: 0, rows }
      : { head: [buf.subarray(at), ...rest], line, newline: crlf ? "\r\n" : "\n", nonAscii, consumed: before + at, rows };

  for (;;) {
    const next = await chunks.next();
    if (next.done) final = true;
    else if (typeof next.value === "string") return handoff([next.value]);
    else if (rows.header === null && at === 0) {
      buf = buf.length === 0 ? plainBytes(next.value) : joined(buf, next.value);
    } else {
      before += at;
      checked = Math.max(0, checked - at);
      if (at === buf.length) buf = plainBytes(next.value);
      else {
        // The unread end of buf, then the new chunk, in one work buffer kept from chunk to chunk
        // (set() copies correctly when the end of buf already lies in it).
        const rest = buf.subarray(at);
        const n = rest.length + next.value.length;
        if (work.length < n) work = new Uint8Array(Math.max(n, 2 * work.length));
        work.set(rest);
        work.set(next.value, rest.length);
        buf = work.subarray(0, n);
      }
      at = 0;
    }
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    if (rows.header === null && at === 0 && before === 0) {
      // A UTF-8 byte order mark is skipped, once its three bytes are in.
      const lead = Math.min(3, buf.length);
      if (buf.subarray(0, lead).every((b, i) => b === BOM[i])) {
        if (lead < 3 && !final) continue;
        if (lead === 3) {
          at = checked = 3;
          nonAscii = true; // the BOM is well-formed UTF-8, and settles "auto" on UTF-8 as the decoder's reading does
        }
      }
    }
    if (crlf === null) {
      const lf = buf.indexOf(10, at);
      if (lf === -1 && !final) {
        if (buf.length > LONG_ROW) return handoff();
        continue;
      }
      crlf = lf > at && buf[lf - 1] === 13;
    }
    const limit = final ? buf.length : buf.lastIndexOf(10) + 1;
    if (limit > checked) {
      const region = buf.subarray(checked, limit);
      if (!tools.isAscii(region)) {
        if (!tools.isUtf8(region)) return handoff();
        nonAscii = true;
      }
      checked = limit;
    }
    while (at < limit && rows.header === null) {
      const end = scanRow(buf, view, at, limit, final, crlf, row);
      if (end === INCOMPLETE) break;
      if (end === UNSUPPORTED) return handoff();
      const header = Array.from({ length: row.count }, (_, f) => cellText(buf, row.starts[f] as number, row.ends[f] as number, row.quoting[f] as number));
      const resolved = resolveHeader(header, schema as Schema<unknown>, options.mapping);
      if ("missing" in resolved) return handoff();
      rows.header = header;
      rows.plan = planColumns(schema, header, resolved.indices);
      const plan = planByteColumns(rows.plan, count === null ? null : unneededColumns(schema as Schema<unknown>, count.by));
      // A schema built from named values has them read into one object, filled afresh for every row.
      const values = rows.plan.build === null ? valuesFor(plan) : null;
      const plain = plainRowReader(plan, header.length);
      const counter = count === null ? null : valueCounter(rows.plan, count, values);
      data = { row, rows, plan, width: header.length, ledger, fault, onRecord, counter, values, plain, line: line + 1 + row.breaks, unsupported: false, plainTried: 0, notPlain: 0 };
      at = end;
    }
    if (data !== null) {
      at = readDataRows(buf, view, at, limit, final, crlf, data);
      line = data.line;
      if (data.unsupported) return handoff();
    }
    if (final) return { encoding: "utf-8", consumed: before + buf.length, rows, line };
    if (buf.length - at > LONG_ROW) return handoff();
    ledger.progress(bytesBefore + before + buf.length, false);
  }
}
