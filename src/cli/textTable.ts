/**
 * An aligned plain-text table for a terminal: a header row, a rule of dashes, then the rows;
 * columns separated by two spaces, those named in `right` right-aligned (numbers), the others
 * left-aligned. Cells are text already formatted; trailing spaces are trimmed from every line.
 */
export function textTable(columns: readonly string[], rows: readonly (readonly string[])[], right: ReadonlySet<string>): string {
  const widths = columns.map((name, i) => Math.max(name.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    columns
      .map((name, i) => {
        const cell = cells[i] ?? "";
        const width = widths[i] as number;
        return right.has(name) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ")
      .trimEnd();
  return [line(columns), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].map((l) => `${l}\n`).join("");
}
