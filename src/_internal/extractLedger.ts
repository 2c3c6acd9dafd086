import { ExtractError } from "../csv/ExtractError.js";
import type { ExtractOptions, ExtractSummary, RejectedRow } from "../csv/types.js";
import type { ColumnPlan } from "./extractColumns.js";

/** What is known of one input's rows so far: its header, how its rows become records, and its data rows. */
export interface FileRows<R> {
  header: string[] | null;
  plan: ColumnPlan<R> | null;
  /** Why the header could not be used ("" when it could). */
  headerProblem: string;
  dataRows: number;
}

/**
 * The ledger of one read over all its inputs: the rejects, the unrecognised codes, the row counts
 * and progress reports. Both readers (the byte scanner and the general papaparse path) write to
 * it, so that a read handed from one to the other mid-file keeps one account.
 */
export class ExtractLedger {
  readonly rejects: RejectedRow[] = [];
  readonly unrecognised = new Map<string, Map<string, number>>();
  rowsRead = 0;
  accepted = 0;
  blankLines = 0;
  private lastProgress = 0;

  constructor(
    private readonly options: ExtractOptions,
    private readonly totalBytes: number | null,
  ) {}

  /** Adds a rejected row (or throws it, when the read is strict). */
  reject(file: string, line: number, column: string | null, value: string | null, reason: string): void {
    const entry: RejectedRow = { file, line, column, value, reason };
    if (this.options.strict) throw new ExtractError(entry);
    this.rejects.push(entry);
  }

  /** Reports progress at most every 100 ms, unless `force`d; `rows` read so far default to the ledger's. */
  progress(bytes: number, force: boolean, rows = this.rowsRead): void {
    const onProgress = this.options.onProgress;
    if (onProgress === undefined) return;
    const now = Date.now();
    if (force || now - this.lastProgress >= 100) {
      this.lastProgress = now;
      onProgress({ bytes, totalBytes: this.totalBytes, rows });
    }
  }

  /** The summary of the read. */
  summary(files: number, emptyFiles: string[], encodings: string[]): ExtractSummary {
    const unrecognised = Object.fromEntries([...this.unrecognised].map(([field, counts]) => [field, Object.fromEntries(counts)]));
    return { files, rowsRead: this.rowsRead, accepted: this.accepted, rejected: this.rejects.length, blankLines: this.blankLines, emptyFiles, unrecognised, encodings };
  }
}
