import type { ExtractChunk, ExtractInput, ExtractOptions, ExtractSummary, RejectedRow, Schema } from "../csv/types.js";
import { planColumns, readRecord, REJECTED, trimmed } from "./extractColumns.js";
import { chunksOf, ExtractDecoder, type ByteTools } from "./extractDecode.js";
import { resolveHeader } from "./extractHeader.js";
import { ExtractLedger, type FileRows } from "./extractLedger.js";
import { RowSplitter, type ExtractRows } from "./extractRows.js";
import type { CountTarget } from "./countValues.js";
import { scanBytes, type Handoff, type Scanned } from "./scanBytes.js";

/** Reads a whole source some other way (in parallel) into the ledger, or declines with `null`. */
export type SourceReader<R> = (source: ExtractSource, ledger: ExtractLedger, bytesBefore: number) => Promise<Scanned<R> | null>;

/** One input to read: a label for the ledger, the content and its size if known. */
export interface ExtractSource {
  readonly file: string;
  readonly input: ExtractInput;
  readonly totalBytes: number | null;
  /** Quick byte helpers, where the platform has them (Node's Buffer): they enable the byte scanner. */
  readonly bytes?: ByteTools;
}

function isBlank(fields: readonly string[]): boolean {
  for (let i = 0; i < fields.length; i++) if (trimmed(fields[i] as string) !== "") return false;
  return true;
}

/** Where the general reader starts: at the input's start, or where the byte scanner handed over. */
const fromStart = <R>(): Handoff<R> => ({ head: [], line: 1, newline: null, nonAscii: null, consumed: 0, rows: { header: null, plan: null, headerProblem: "", dataRows: 0 } });

/**
 * Reads an input (or its rest, from a handoff) with papaparse: decodes the chunks, splits rows,
 * resolves the header and reads each row into a record or a reject. Returns the encoding used
 * and the bytes (characters, for text) consumed.
 */
async function readGeneral<R>(
  source: ExtractSource,
  chunks: AsyncIterator<ExtractChunk>,
  schema: Schema<R>,
  options: ExtractOptions,
  ledger: ExtractLedger,
  onRecord: (record: R) => void,
  start: Handoff<R>,
  bytesBefore: number,
): Promise<{ encoding: string; consumed: number }> {
  const rows: FileRows<R> = start.rows;
  const onRows = ({ rows: batch, line: firstLine, lines, problems }: ExtractRows) => {
    for (let i = 0; i < batch.length; i++) {
      const fields = batch[i] as string[];
      const line = lines === null ? firstLine + i : (lines[i] as number);
      const problem = problems === null ? undefined : problems.get(i);
      if (rows.header === null) {
        rows.header = fields;
        const resolved = resolveHeader(fields, schema as Schema<unknown>, options.mapping);
        if ("missing" in resolved) {
          rows.headerProblem = `the header does not match schema "${schema.name}"`;
          // The header is then a rejected row like the ones under it, so that rowsRead = accepted + rejected.
          ledger.rowsRead++;
          ledger.reject(source.file, line, null, fields.join(","), `${rows.headerProblem}: no column ${resolved.missing.join(", ")}`);
        } else rows.plan = planColumns(schema, fields, resolved.indices);
        continue;
      }
      if (problem === undefined && isBlank(fields)) {
        ledger.blankLines++;
        continue;
      }
      ledger.rowsRead++;
      rows.dataRows++;
      const fault = (at: number, column: string | null, value: string | null, reason: string) => ledger.reject(source.file, at, column, value, reason);
      if (rows.plan === null) fault(line, null, null, rows.headerProblem);
      else if (problem !== undefined) fault(line, null, null, `${problem}: the rest of the input is inside this row`);
      else if (fields.length !== rows.header.length) fault(line, null, null, `expected ${rows.header.length} fields, found ${fields.length}`);
      else {
        const record = readRecord(fields, line, rows.plan, fault, ledger.unrecognised);
        if (record !== REJECTED) {
          onRecord(record);
          ledger.accepted++;
        }
      }
    }
  };
  // Decoding and splitting are synchronous: one await per chunk read.
  const decoder = new ExtractDecoder(options.encoding ?? "auto", source.bytes ?? null);
  if (start.nonAscii !== null) decoder.resume(start.nonAscii, start.consumed);
  const splitter = new RowSplitter(start.line, start.newline);
  const push = (chunk: ExtractChunk) => {
    const text = decoder.decode(chunk);
    if (text !== "") {
      splitter.push(text, onRows);
      ledger.progress(bytesBefore + decoder.consumed, false);
    }
  };
  for (const chunk of start.head) push(chunk);
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) push(next.value);
  const rest = decoder.end();
  if (rest !== "") splitter.push(rest, onRows);
  splitter.finish(onRows);
  return { encoding: decoder.encoding, consumed: decoder.consumed };
}

/**
 * Reads every source with a schema, handing each record to `onRecord` and keeping the reject
 * ledger and the summary. Every data row ends up either accepted or rejected; blank lines are
 * counted apart. Nothing thrown by a schema escapes: it becomes a reject.
 *
 * Sources with byte helpers are read by the byte scanner ({@link scanBytes}) while their rows are
 * of the kinds it reads exactly; it hands anything else, at a row boundary, to the general path.
 * `whole`, where given, is tried first on each source (parallel counting) and may decline.
 * `count`, when the records only feed a count (`onRecord` adding them to its sink), lets the byte
 * scanner read of the columns no by-field is built from only what could reject a row or tally a
 * code, and count rows without building records (see `scanBytes`).
 */
export async function processExtract<R>(
  sources: readonly ExtractSource[],
  schema: Schema<R>,
  options: ExtractOptions,
  onRecord: (record: R) => void,
  whole: SourceReader<R> | null = null,
  count: CountTarget | null = null,
): Promise<{ rejects: RejectedRow[]; summary: ExtractSummary }> {
  const totalBytes = sources.every((s) => s.totalBytes !== null) ? sources.reduce((t, s) => t + (s.totalBytes as number), 0) : null;
  const ledger = new ExtractLedger(options, totalBytes);
  const encodings: string[] = [];
  const emptyFiles: string[] = [];
  let bytesBefore = 0;
  for (const source of sources) {
    const chunks = chunksOf(source.input)[Symbol.asyncIterator]();
    try {
      const scan = source.bytes !== undefined && options.encoding !== "windows-1252";
      const read = whole === null ? null : await whole(source, ledger, bytesBefore);
      const scanned = read ?? (scan ? await scanBytes(source, chunks, schema, options, ledger, onRecord, bytesBefore, count) : fromStart<R>());
      const { rows } = scanned;
      const { encoding, consumed } = "head" in scanned ? await readGeneral(source, chunks, schema, options, ledger, onRecord, scanned, bytesBefore) : scanned;
      encodings.push(encoding);
      if (rows.header === null || rows.dataRows === 0) emptyFiles.push(source.file);
      bytesBefore += consumed;
    } finally {
      await chunks.return?.(undefined);
    }
  }
  ledger.progress(bytesBefore, true);
  return { rejects: ledger.rejects, summary: ledger.summary(sources.length, emptyFiles, encodings) };
}
