import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** A CSV file read from the shared data folder: its path relative to that folder, hash and rows. */
export interface CsvFile {
  /** Path relative to the data folder, with forward slashes (never an absolute path). */
  readonly file: string;
  /** SHA-256 of the file's bytes, recorded in the generated module's header. */
  readonly sha256: string;
  /** The header row. */
  readonly header: readonly string[];
  /** The data rows, each keyed by header. */
  readonly rows: readonly Readonly<Record<string, string>>[];
}

/** Reads an RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, optional BOM). */
export function readCsv(dataDir: string, file: string): CsvFile {
  const bytes = readFileSync(join(dataDir, file));
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const [header, ...records] = parseCsv(bytes.toString("utf8").replace(/^\uFEFF/, ""));
  if (!header) throw new Error(`${file}: empty file`);
  const rows = records
    .filter((record) => record.some((field) => field !== ""))
    .map((record, index) => {
      if (record.length !== header.length) throw new Error(`${file}: row ${index + 2} has ${record.length} fields, header has ${header.length}`);
      return Object.fromEntries(header.map((name, i) => [name, record[i] as string]));
    });
  return { file, sha256, header, rows };
}

function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") endField();
    else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRecord();
    } else field += char;
  }
  if (field !== "" || record.length > 0) endRecord();
  return records;
}

/** Parses a whole, non-negative count; throws naming the file and column otherwise. */
export function count(csv: CsvFile, row: Readonly<Record<string, string>>, column: string): number {
  const text = row[column];
  if (text === undefined) throw new Error(`${csv.file}: no column ${JSON.stringify(column)}`);
  if (!/^\d+$/.test(text.trim())) throw new Error(`${csv.file}: ${JSON.stringify(column)} is not a count: ${JSON.stringify(text)}`);
  return Number(text.trim());
}

/** The single row whose `column` equals `value`; throws when there is none or more than one. */
export function rowWhere(csv: CsvFile, column: string, value: string): Readonly<Record<string, string>> {
  const found = csv.rows.filter((row) => row[column] === value);
  if (found.length !== 1) throw new Error(`${csv.file}: expected one row with ${column} = ${value}, found ${found.length}`);
  return found[0] as Readonly<Record<string, string>>;
}
