/** A SQL string literal. */
export const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The column of header position `i` in the queries (`c0`, `c1`, …): header names need no quoting. */
export const columnName = (i: number) => `c${i}`;

/** A cell's text as the CSV readers see it: a missing (NULL) value is an empty field. */
export const cell = (i: number) => `coalesce(${columnName(i)}, '')`;

/**
 * True when a cell is blank after JavaScript's `String.prototype.trim`, which removes exactly
 * these characters: TAB, LF, VT, FF, CR, the space separators (Unicode Zs), LS, PS and the BOM.
 */
export const blank = (i: number) => `regexp_full_match(${cell(i)}, '[\\t\\n\\x0B\\f\\r\\p{Zs}\\x{2028}\\x{2029}\\x{FEFF}]*')`;

/** The rows of some files with the same header, every column as text named `c0`, `c1`, …, and `filename`. */
export function sourceOf(files: readonly string[], format: "csv" | "parquet", width: number, rejects: string): string {
  const list = `[${files.map(literal).join(", ")}]`;
  if (format === "parquet") {
    const casts = Array.from({ length: width }, (_, i) => `CAST(#${i + 1} AS VARCHAR) AS ${columnName(i)}`).join(", ");
    return `(SELECT ${casts}, filename FROM read_parquet(${list}, filename = true))`;
  }
  const columns = `{${Array.from({ length: width }, (_, i) => `'${columnName(i)}': 'VARCHAR'`).join(", ")}}`;
  // As papaparse reads them: comma-separated, double quotes doubled inside quoted fields, every
  // row the header's width (others land in the rejects table with their line), no type guessing.
  const options = [
    "header = true",
    "auto_detect = false",
    "all_varchar = true",
    "delim = ','",
    "quote = '\"'",
    "escape = '\"'",
    "strict_mode = true",
    "null_padding = false",
    "filename = true",
    `columns = ${columns}`,
    "store_rejects = true",
    `rejects_table = ${literal(`${rejects}_errors`)}`,
    `rejects_scan = ${literal(`${rejects}_scans`)}`,
  ];
  return `read_csv(${list}, ${options.join(", ")})`;
}
