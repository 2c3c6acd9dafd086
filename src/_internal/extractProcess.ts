import { ExtractError } from "../csv/ExtractError.js";
import type { ColumnSpec, ExtractInput, ExtractOptions, ExtractSummary, RejectedRow, Schema } from "../csv/types.js";
import { decodeChunks } from "./extractDecode.js";
import { resolveHeader } from "./extractHeader.js";
import { extractRows, type ExtractRow } from "./extractRows.js";

/** One input to read: a label for the ledger, the content and its size if known. */
export interface ExtractSource {
  readonly file: string;
  readonly input: ExtractInput;
  readonly totalBytes: number | null;
}

/** `text.trim()`, skipping the call when the text starts and ends with printable ASCII (the usual case). */
function trimmed(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(n - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? text : text.trim();
}

function isBlank(fields: readonly string[]): boolean {
  for (let i = 0; i < fields.length; i++) if (trimmed(fields[i] as string) !== "") return false;
  return true;
}

/** A schema column resolved against a header: where its value is and how to read it. */
interface PlannedColumn {
  readonly field: string;
  readonly spec: ColumnSpec;
  /** Index in the row, or -1 when an optional column is missing. */
  readonly index: number;
  /** The header's name for the column (the field name when missing), for the ledger. */
  readonly column: string;
}

function planColumns<R>(schema: Schema<R>, header: readonly string[], indices: Record<string, number>): PlannedColumn[] {
  const plan: PlannedColumn[] = [];
  for (const field in schema.columns) {
    const index = indices[field] as number;
    plan.push({ field, spec: schema.columns[field] as ColumnSpec, index, column: index < 0 ? field : (header[index] as string) });
  }
  return plan;
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
    const reject = (row: ExtractRow, column: string | null, value: string | null, reason: string) => {
      const entry: RejectedRow = { file: source.file, line: row.line, column, value, reason };
      if (options.strict) throw new ExtractError(entry);
      rejects.push(entry);
    };
    let header: string[] | null = null;
    let plan: PlannedColumn[] | null = null;
    let headerProblem = "";
    let consumedHere = 0;
    let dataRows = 0;
    const chunks = decodeChunks(source.input, options.encoding ?? "auto", (e) => encodings.push(e));
    for await (const rows of extractRows(chunks, (consumed) => {
      consumedHere = consumed;
      progress(bytesBefore + consumed, false);
    })) {
      for (const row of rows) {
        if (header === null) {
          header = row.fields;
          const resolved = resolveHeader(header, schema as Schema<unknown>, options.mapping);
          if ("missing" in resolved) {
            headerProblem = `the header does not match schema "${schema.name}"`;
            reject(row, null, header.join(","), `${headerProblem}: no column ${resolved.missing.join(", ")}`);
          } else plan = planColumns(schema, header, resolved.indices);
          continue;
        }
        if (row.problem === undefined && isBlank(row.fields)) {
          blankLines++;
          continue;
        }
        rowsRead++;
        dataRows++;
        if (plan === null) reject(row, null, null, headerProblem);
        else if (row.problem !== undefined) reject(row, null, null, `${row.problem}: the rest of the input is inside this row`);
        else if (row.fields.length !== header.length) reject(row, null, null, `expected ${header.length} fields, found ${row.fields.length}`);
        else if (applySchema(row, plan, schema, reject, unrecognised, onRecord)) accepted++;
      }
    }
    if (header === null || dataRows === 0) emptyFiles.push(source.file);
    bytesBefore += consumedHere;
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

function applySchema<R>(
  row: ExtractRow,
  plan: readonly PlannedColumn[],
  schema: Schema<R>,
  reject: (row: ExtractRow, column: string | null, value: string | null, reason: string) => void,
  unrecognised: Map<string, Map<string, number>>,
  onRecord: (record: R) => void,
): boolean {
  const values: Record<string, unknown> = {};
  let seen: [string, string][] | null = null;
  const fields = row.fields;
  for (let c = 0; c < plan.length; c++) {
    const { field, spec, index, column } = plan[c] as PlannedColumn;
    const raw = index < 0 ? "" : trimmed(fields[index] as string);
    if (raw === "" && spec.required) {
      reject(row, column, raw, "required field is blank");
      return false;
    }
    if (!spec.parse) {
      values[field] = raw === "" ? null : raw;
      continue;
    }
    const result = spec.parse(raw);
    if ("error" in result) {
      reject(row, column, raw, result.error);
      return false;
    }
    values[field] = result.value;
    if (result.unrecognised) (seen ??= []).push([field, raw]);
  }
  let record: R;
  try {
    record = schema.toRecord(values);
  } catch (error) {
    reject(row, null, null, `the schema could not build a record: ${(error as Error).message}`);
    return false;
  }
  if (seen !== null) {
    for (const [field, raw] of seen) {
      const counts = unrecognised.get(field) ?? new Map<string, number>();
      counts.set(raw, (counts.get(raw) ?? 0) + 1);
      unrecognised.set(field, counts);
    }
  }
  onRecord(record);
  return true;
}
