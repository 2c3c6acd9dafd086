import { existsSync } from "node:fs";
import { open } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { cellText } from "./byteColumns.js";
import { ByteRow, scanRow } from "./byteRows.js";
import { countSlice, type SliceCounts, type SliceTask } from "./countSlice.js";
import type { ExtractLedger, FileRows } from "./extractLedger.js";
import type { ExtractSource } from "./extractProcess.js";
import type { Scanned } from "./scanBytes.js";

/** The part of a file read to find its header row and each slice boundary. */
const WINDOW = 1 << 20;

/**
 * How to start a worker: the built `countWorker.js` beside this module (as in `dist/`), or in a
 * source checkout (the tests) the TypeScript file through tsx; `null` when neither is there.
 */
function workerStarter(): ((task: SliceTask) => Worker) | null {
  const built = new URL("./countWorker.js", import.meta.url);
  if (existsSync(fileURLToPath(built))) return (task) => new Worker(built, { workerData: task });
  const source = new URL("./countWorker.ts", import.meta.url);
  if (!existsSync(fileURLToPath(source))) return null;
  const code = `(async () => { const { register } = await import("tsx/esm/api"); register(); await import(${JSON.stringify(source.href)}); })();`;
  return (task) => new Worker(code, { eval: true, workerData: task });
}

/**
 * Runs a worker that counts slices until none are left: it takes the next slice from `next`
 * (`-1`: none left), and hands each result to `done`. Resolves when the worker has no more work.
 */
function runWorker(
  start: (task: SliceTask) => Worker,
  task: (i: number) => SliceTask,
  next: () => number,
  done: (i: number, result: SliceCounts | null) => void,
  onProgress: (i: number, bytes: number, rows: number) => void,
): Promise<void> {
  const first = next();
  if (first === -1) return Promise.resolve();
  return new Promise((resolve, reject) => {
    let current = first;
    const worker = start(task(first));
    worker.on("message", (message: { progress?: { bytes: number; rows: number }; result?: SliceCounts | null; error?: string }) => {
      if (message.progress) onProgress(current, message.progress.bytes, message.progress.rows);
      else if (message.error !== undefined) {
        done(current, null);
        void worker.terminate();
        reject(new Error(message.error));
      } else {
        done(current, message.result ?? null);
        current = next();
        if (current !== -1) worker.postMessage(task(current));
        else {
          void worker.terminate();
          resolve();
        }
      }
    });
    worker.on("error", (error) => {
      done(current, null);
      reject(error);
    });
  });
}

/**
 * The slices to cut a file into for `threads` threads, as fractions of its size where each slice
 * ends: guided scheduling, in four rounds of `threads` slices each (60%, 25%, 10% and 5% of the file),
 * so that a thread that starts late or runs slowly is made up for by the others taking more of
 * the small slices at the end. A file whose smallest slice would be under `minSlice` bytes is cut
 * into `threads` equal slices.
 */
export function sliceEnds(size: number, threads: number, minSlice: number): number[] {
  const rounds = (size * 0.05) / threads < minSlice ? [1] : [0.6, 0.25, 0.1, 0.05];
  const ends: number[] = [];
  let at = 0;
  for (const round of rounds) {
    for (let k = 1; k <= threads; k++) ends.push(Math.min(1, at + (round * k) / threads));
    at += round;
  }
  ends[ends.length - 1] = 1;
  return ends;
}

/**
 * Where to cut a file into slices ending at the fractions `ends` of its size (see
 * {@link sliceEnds}): after the header row and then after the first line break at or past each
 * fraction but the last (after a `\r\n` when the file's newline is that). Returns the header row's
 * bytes and the cuts, or `null` when the file is too small or its header row is not plain.
 */
async function cutsOf(path: string, size: number, ends: readonly number[]): Promise<{ header: Uint8Array; cuts: number[] } | null> {
  const file = await open(path, "r");
  try {
    const read = async (at: number) => {
      const bytes = new Uint8Array(Math.min(WINDOW, size - at));
      const { bytesRead } = await file.read(bytes, 0, bytes.length, at);
      return bytes.subarray(0, bytesRead);
    };
    const head = await read(0);
    const lf = head.indexOf(10);
    if (lf === -1) return null;
    const crlf = lf > 0 && head[lf - 1] === 13;
    const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    const headerEnd = scanRow(head, new DataView(head.buffer, head.byteOffset, head.byteLength), bom, head.length, false, crlf, new ByteRow());
    if (headerEnd < 0) return null;
    const cuts = [0];
    for (const end of ends.slice(0, -1)) {
      const at = Math.max(Math.floor(size * end), headerEnd);
      const window = await read(at);
      const next = window.indexOf(10);
      if (next === -1 || (crlf && window[next - 1] !== 13)) return null;
      const cut = at + next + 1;
      if (cut <= (cuts[cuts.length - 1] as number) || cut >= size) return null;
      cuts.push(cut);
    }
    cuts.push(size);
    return { header: head.slice(0, headerEnd), cuts };
  } finally {
    await file.close();
  }
}

/** The header row's fields (a leading BOM and the newline left out). */
function headerText(bytes: Uint8Array): string[] {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const crlf = bytes.length >= 2 && bytes[bytes.length - 2] === 13;
  const row = new ByteRow();
  scanRow(bytes, new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), bom, bytes.length, true, crlf, row);
  return Array.from({ length: row.count }, (_, f) => cellText(bytes, row.starts[f] as number, row.ends[f] as number, row.quoting[f] as number));
}

/**
 * Counts a file of a built-in schema in slices (see {@link sliceEnds}) with `threads` threads:
 * this one and `threads - 1` workers, each taking the next slice as it finishes one, each slice
 * read by the byte scanner; then merges the slices' counts, ledgers and row tallies in file
 * order into `ledger` and `addCell` (line numbers made whole-file). A slice cut inside a quoted
 * field, or any row the scanner would leave to the general reader, makes this return `null`
 * before anything is merged, and the caller reads the file the ordinary way; so the result is
 * always the one a single reader gives. `minSlice` (bytes) is for the tests.
 */
export async function countInParallel<R>(
  source: ExtractSource,
  task: Pick<SliceTask, "schema" | "by" | "mapping">,
  threads: number,
  ledger: ExtractLedger,
  addCell: (key: readonly unknown[], n: number) => void,
  bytesBefore: number,
  minSlice = 4 << 20,
): Promise<Scanned<R> | null> {
  const size = source.totalBytes as number;
  const start = workerStarter();
  const plan = start === null ? null : await cutsOf(source.file, size, sliceEnds(size, threads, minSlice));
  if (start === null || plan === null) return null;
  const count = plan.cuts.length - 1;
  const sliceTask = (i: number): SliceTask => ({ ...task, path: source.file, start: plan.cuts[i] as number, end: plan.cuts[i + 1] as number, header: i === 0 ? null : plan.header });
  const progress = new Array<{ bytes: number; rows: number }>(count).fill({ bytes: 0, rows: 0 });
  const onProgress = (i: number, bytes: number, rows: number) => {
    progress[i] = { bytes, rows };
    ledger.progress(bytesBefore + progress.reduce((t, d) => t + d.bytes, 0), false, ledger.rowsRead + progress.reduce((t, d) => t + d.rows, 0));
  };
  const results = new Array<SliceCounts | null>(count).fill(null);
  let taken = 0;
  let declined = false;
  const next = () => (declined || taken === count ? -1 : taken++);
  const done = (i: number, result: SliceCounts | null) => {
    results[i] = result;
    if (result === null) declined = true;
  };
  // This thread counts slices too, starting at once while the workers start.
  const here = async () => {
    for (let i = next(); i !== -1; i = next()) {
      try {
        done(i, await countSlice(sliceTask(i), (bytes, rows) => onProgress(i, bytes, rows)));
      } catch (error) {
        done(i, null); // the workers take no more slices
        throw error;
      }
    }
  };
  const workers = Array.from({ length: Math.min(threads, count) - 1 }, () => runWorker(start, sliceTask, next, done, onProgress));
  await Promise.all([here(), ...workers]);
  if (declined || results.some((r) => r === null)) return null;
  let line = 1; // the line the slice's first row is on
  let dataRows = 0;
  for (const slice of results as SliceCounts[]) {
    for (const reject of slice.rejects) ledger.reject(reject.file, reject.line + line - 1, reject.column, reject.value, reject.reason);
    for (const [field, counts] of slice.unrecognised) {
      const merged = ledger.unrecognised.get(field) ?? new Map<string, number>();
      for (const [raw, n] of counts) merged.set(raw, (merged.get(raw) ?? 0) + n);
      ledger.unrecognised.set(field, merged);
    }
    for (const [key, n] of slice.cells) addCell(key, n);
    ledger.rowsRead += slice.rowsRead;
    ledger.accepted += slice.accepted;
    ledger.blankLines += slice.blankLines;
    dataRows += slice.dataRows;
    line += slice.lines;
  }
  const rows: FileRows<R> = { header: headerText(plan.header), plan: null, headerProblem: "", dataRows };
  return { encoding: "utf-8", consumed: size, rows, line };
}
