import { ExtractError } from "../csv/ExtractError.js";
import type { ExtractInput, ExtractOptions, ExtractSummary, RejectedRow, Schema } from "../csv/types.js";
import { planColumns, readRecord, trimmed, type ColumnPlan } from "./extractColumns.js";
import { chunksOf, ExtractDecoder, type AsciiReader } from "./extractDecode.js";
import { resolveHeader } from "./extractHeader.js";
import { RowSplitter, type ExtractRows } from "./extractRows.js";

/** One input to read: a label for the ledger, the content and its size if known. */
export interface ExtractSource {
  readonly file: string;
  readonly input: ExtractInput;
  readonly totalBytes: number | null;
  /** A quick reader of pure-ASCII chunks, where the platform has one (Node's Buffer). */
  readonly ascii?: AsciiReader;
}

function isBlank(fields: readonly string[]): boolean {
  for (let i = 0; i < fields.length; i++) if (trimmed(fields[i] as string) !== "") return false;
  return true;
}

/**
 * Reads every source with a schema, handing each record to `onRecord` and keeping the reject
 * ledger and the summary. Every data row ends up either accepted or rejected; blank lines are
 * counted apart. Nothing thrown by a schema escapes: it becomes a reject.
 */
export async function processExtract<R>(
  sources: readonly ExtractSource[],
  schema: Schema<R>,
  options: ExtractOptions,
  onRecord: (record: R) => void,
): Promise<{ rejects: RejectedRow[]; summary: ExtractSummary }> {
  const rejects: RejectedRow[] = [];
  const unrecognised = new Map<string, Map<string, number>>();
  const encodings: string[] = [];
  const emptyFiles: string[] = [];
  let rowsRead = 0;
  let accepted = 0;
  let blankLines = 0;
  let bytesBefore = 0;
  let lastProgress = 0;
  const totalBytes = sources.every((s) => s.totalBytes !== null) ? sources.reduce((t, s) => t + (s.totalBytes as number), 0) : null;
  const progress = (bytes: number, force: boolean) => {
    const now = Date.now();
    if (options.onProgress && (force || now - lastProgress >= 100)) {
      lastProgress = now;
      options.onProgress({ bytes, totalBytes, rows: rowsRead });
    }
  };
  for (const source of sources) {
    const reject = (line: number, column: string | null, value: string | null, reason: string) => {
      const entry: RejectedRow = { file: source.file, line, column, value, reason };
      if (options.strict) throw new ExtractError(entry);
      rejects.push(entry);
    };
    let header: string[] | null = null;
    let plan: ColumnPlan<R> | null = null;
    let headerProblem = "";
    let dataRows = 0;
    const onRows = ({ rows, line: firstLine, lines, problems }: ExtractRows) => {
      for (let i = 0; i < rows.length; i++) {
        const fields = rows[i] as string[];
        const line = lines === null ? firstLine + i : (lines[i] as number);
        const problem = problems === null ? undefined : problems.get(i);
        if (header === null) {
          header = fields;
          const resolved = resolveHeader(header, schema as Schema<unknown>, options.mapping);
          if ("missing" in resolved) {
            headerProblem = `the header does not match schema "${schema.name}"`;
            reject(line, null, header.join(","), `${headerProblem}: no column ${resolved.missing.join(", ")}`);
          } else plan = planColumns(schema, header, resolved.indices);
          continue;
        }
        if (problem === undefined && isBlank(fields)) {
          blankLines++;
          continue;
        }
        rowsRead++;
        dataRows++;
        if (plan === null) reject(line, null, null, headerProblem);
        else if (problem !== undefined) reject(line, null, null, `${problem}: the rest of the input is inside this row`);
        else if (fields.length !== header.length) reject(line, null, null, `expected ${header.length} fields, found ${fields.length}`);
        else {
          const record = readRecord(fields, line, plan, reject, unrecognised);
          if (record !== undefined) {
            onRecord(record);
            accepted++;
          }
        }
      }
    };
    // Decoding and splitting are synchronous: one await per chunk read.
    const decoder = new ExtractDecoder(options.encoding ?? "auto", source.ascii ?? null);
    const splitter = new RowSplitter();
    for await (const chunk of chunksOf(source.input)) {
      const text = decoder.decode(chunk);
      if (text !== "") {
        splitter.push(text, onRows);
        progress(bytesBefore + decoder.consumed, false);
      }
    }
    const rest = decoder.end();
    if (rest !== "") splitter.push(rest, onRows);
    splitter.finish(onRows);
    encodings.push(decoder.encoding);
    if (header === null || dataRows === 0) emptyFiles.push(source.file);
    bytesBefore += decoder.consumed;
  }
  progress(bytesBefore, true);
  const summary: ExtractSummary = {
    files: sources.length,
    rowsRead,
    accepted,
    rejected: rejects.length,
    blankLines,
    emptyFiles,
    unrecognised: Object.fromEntries([...unrecognised].map(([field, counts]) => [field, Object.fromEntries(counts)])),
    encodings,
  };
  return { rejects, summary };
}
