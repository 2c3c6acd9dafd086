import { extractSchemas } from "../csv/extractSchemas.js";
import type { ExtractChunk, RejectedRow } from "../csv/types.js";
import { countSink } from "./countSink.js";
import { ExtractLedger } from "./extractLedger.js";
import { fileChunks } from "./fileChunks.js";
import { nodeByteTools } from "./nodeSources.js";
import { scanBytes } from "./scanBytes.js";

/** One slice of a file to count in a worker: bytes `[start, end)`, which start and end at rows. */
export interface SliceTask {
  readonly path: string;
  /** A built-in schema's name. */
  readonly schema: string;
  readonly by: readonly string[];
  readonly mapping: Readonly<Record<string, string>> | undefined;
  readonly start: number;
  readonly end: number;
  /** For every slice but the first: the file's header row, read before the slice. */
  readonly header: Uint8Array | null;
}

/** What a worker found in its slice; lines are counted from the slice's first row (1). */
export interface SliceCounts {
  readonly cells: [unknown[], number][];
  readonly rejects: RejectedRow[];
  readonly unrecognised: [string, [string, number][]][];
  readonly rowsRead: number;
  readonly accepted: number;
  readonly blankLines: number;
  readonly dataRows: number;
  /** Line breaks in the slice. */
  readonly lines: number;
}

/**
 * Counts one slice of a file with the byte scanner, as the whole-file reader would count those
 * rows: the header (read first for a later slice) resolves the columns, and every row of the
 * slice is counted or rejected. Returns `null` when the scanner would hand any of it to the
 * general reader (the caller then reads the file the ordinary way): that includes a slice whose
 * last line break is inside a quoted field, which leaves the quote open at the slice's end.
 */
export async function countSlice(task: SliceTask, onProgress: (bytes: number, rows: number) => void): Promise<SliceCounts | null> {
  const schema = extractSchemas[task.schema];
  if (schema === undefined) return null;
  const sink = countSink(task.by);
  const ledger = new ExtractLedger({ ...(task.mapping ? { mapping: task.mapping } : {}), onProgress: (p) => onProgress(p.bytes, p.rows) }, null);
  const slice = fileChunks(task.path, task.start, task.end);
  async function* chunks(): AsyncGenerator<ExtractChunk> {
    if (task.header !== null) yield task.header;
    yield* slice;
  }
  const input = chunks();
  try {
    const scanned = await scanBytes({ file: task.path, input, totalBytes: null, bytes: nodeByteTools }, input, schema, {}, ledger, (record) => sink.add(record as Record<string, unknown>), 0, { by: task.by, sink });
    if ("head" in scanned) return null;
    // A later slice's rows start on the line after the header's.
    const first = task.header === null ? 1 : 1 + task.header.reduce((n, b) => n + (b === 10 ? 1 : 0), 0);
    const rejects = ledger.rejects.map((r) => ({ ...r, line: r.line - first + 1 }));
    const unrecognised = [...ledger.unrecognised].map(([field, counts]) => [field, [...counts]] as [string, [string, number][]]);
    const { rowsRead, accepted, blankLines } = ledger;
    return { cells: sink.cells(), rejects, unrecognised, rowsRead, accepted, blankLines, dataRows: scanned.rows.dataRows, lines: scanned.line - first };
  } finally {
    await input.return(undefined);
  }
}
