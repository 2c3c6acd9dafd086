import type { ExtractSummary, RejectedRow } from "../csv/types.js";
import { formatCount } from "./formatCount.js";

/** Reject ledger lines printed before `… N more`. */
export const LEDGER_LINES = 50;

/** `utf-8 (35), windows-1252 (1)`: each encoding with the number of files read in it. */
function encodings(list: readonly string[]): string {
  const tally = new Map<string, number>();
  for (const e of list) tally.set(e, (tally.get(e) ?? 0) + 1);
  return [...tally].map(([e, n]) => `${e} (${n})`).join(", ") || "none";
}

/** A ledger line: `file:line  column  reason  "value"` (`-` for a whole-row problem). */
function ledgerLine(r: RejectedRow): string {
  return `  ${r.file}:${r.line}  ${r.column ?? "-"}  ${r.reason}${r.value === null ? "" : `  ${JSON.stringify(r.value)}`}`;
}

/**
 * The text report of `check`: the summary, the reject ledger (at most {@link LEDGER_LINES} lines,
 * then `… N more`) and the unrecognised codes by field, most frequent first.
 */
export function formatCheck(schema: string, summary: ExtractSummary, rejects: readonly RejectedRow[]): string {
  const rate = summary.rowsRead === 0 ? 0 : summary.rejected / summary.rowsRead;
  const lines = [
    `Checked ${formatCount(summary.files)} file${summary.files === 1 ? "" : "s"} as ${schema}`,
    `  rows read    ${formatCount(summary.rowsRead)}`,
    `  accepted     ${formatCount(summary.accepted)}`,
    `  rejected     ${formatCount(summary.rejected)} (${(rate * 100).toFixed(2)}%)`,
    `  blank lines  ${formatCount(summary.blankLines)}`,
    `  encodings    ${encodings(summary.encodings)}`,
  ];
  if (summary.emptyFiles.length > 0) lines.push(`  empty files  ${summary.emptyFiles.join(", ")}`);
  lines.push("", rejects.length === 0 ? "Reject ledger: no rejected rows" : `Reject ledger (${formatCount(rejects.length)} rows):`);
  lines.push(...rejects.slice(0, LEDGER_LINES).map(ledgerLine));
  if (rejects.length > LEDGER_LINES) lines.push(`  … ${formatCount(rejects.length - LEDGER_LINES)} more`);
  const fields = Object.entries(summary.unrecognised).filter(([, codes]) => Object.keys(codes).length > 0);
  lines.push("", fields.length === 0 ? "Unrecognised codes: none" : "Unrecognised codes (read as Unknown):");
  for (const [field, codes] of fields) {
    const sorted = Object.entries(codes).sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
    lines.push(`  ${field}: ${sorted.map(([code, n]) => `${JSON.stringify(code)} ×${formatCount(n)}`).join(", ")}`);
  }
  return `${lines.join("\n")}\n`;
}
