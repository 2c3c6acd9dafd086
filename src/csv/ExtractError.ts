import type { RejectedRow } from "./types.js";

/**
 * Thrown by the extract readers in `strict` mode at the first row that cannot become a record.
 *
 * @remarks
 * `reject` is the ledger entry the row would have had: file, line, column, value and reason.
 * Without `strict`, the same row is recorded in `rejects` and reading goes on.
 */
export class ExtractError extends Error {
  /** The rejected row. */
  readonly reject: RejectedRow;

  /** @param reject - the ledger entry of the row at fault */
  constructor(reject: RejectedRow) {
    super(`${reject.file}, line ${reject.line}${reject.column ? `, column "${reject.column}"` : ""}: ${reject.reason}${reject.value !== null ? ` (value ${JSON.stringify(reject.value)})` : ""}`);
    this.name = "ExtractError";
    this.reject = reject;
  }
}
