import type { DisclosedTable, DisclosureTable } from "../../src/index.js";

/**
 * Every way a disclosed table could leak a suppressed value, as readable messages (empty when
 * none):
 * - a cell that changed other than to the marker, or a marker cell not listed in `suppressed`;
 * - a listed cell that does not show the marker, or a `suppressed` entry carrying more than
 *   `row`, `column` and `reason`;
 * - a suppressed original value (a count or a derived figure, compared as the formatted string
 *   `String(value)`) shown in a published cell of the same column that did not hold that same
 *   value in the original (an equal figure published in its own right is not a leak).
 */
export function disclosureLeaks(original: DisclosureTable, disclosed: DisclosedTable): string[] {
  const problems: string[] = [];
  const listed = new Set(disclosed.suppressed.map((cell) => `${cell.row}\u0000${cell.column}`));
  for (const cell of disclosed.suppressed) {
    const keys = Object.keys(cell).sort().join();
    if (keys !== "column,reason,row") problems.push(`suppressed entry for row ${cell.row} ${cell.column} has keys ${keys}`);
  }
  const hidden = new Map<string, Set<string>>();
  original.rows.forEach((row, i) => {
    const out = disclosed.rows[i] ?? {};
    if (Object.keys(out).join() !== Object.keys(row).join()) problems.push(`row ${i}: columns changed`);
    for (const [column, cell] of Object.entries(row)) {
      const isListed = listed.has(`${i}\u0000${column}`);
      if (isListed && out[column] !== disclosed.marker) problems.push(`row ${i} ${column}: listed but shows ${String(out[column])}`);
      if (!isListed && out[column] !== cell) problems.push(`row ${i} ${column}: changed from ${String(cell)} to ${String(out[column])} without being listed`);
      if (isListed && cell !== null) hidden.set(column, (hidden.get(column) ?? new Set()).add(String(cell)));
    }
  });
  if (disclosed.rows.length !== original.rows.length) problems.push(`${disclosed.rows.length} rows instead of ${original.rows.length}`);
  disclosed.rows.forEach((row, i) => {
    for (const [column, cell] of Object.entries(row)) {
      const text = String(cell);
      const own = String(original.rows[i]?.[column]) === text && !listed.has(`${i}\u0000${column}`);
      if (cell !== disclosed.marker && cell !== null && !own && hidden.get(column)?.has(text)) problems.push(`row ${i} ${column}: shows suppressed value ${text}`);
    }
  });
  return problems;
}
