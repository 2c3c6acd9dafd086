/** The outcome of reading one field: a value (possibly an unrecognised code), or an error. */
export type FieldResult =
  | {
      /** The parsed value. */
      readonly value: unknown;
      /** True when the raw value was kept as `Unknown` because the code list does not know it. */
      readonly unrecognised?: boolean;
    }
  | {
      /** Why the raw value cannot become a valid field (it rejects the row). */
      readonly error: string;
    };

/** How one canonical field is read from an extract's column. */
export interface ColumnSpec {
  /** Header names the column may have, the first being the usual one (matched ignoring case and spaces). */
  readonly names: readonly string[];
  /** A blank value rejects the row. */
  readonly required?: boolean;
  /** The column may be missing from the header altogether (the field is then read as blank). */
  readonly optional?: boolean;
  /** Turns the trimmed raw text into a value; without it the text itself (blank → `null`) is the value. */
  readonly parse?: (raw: string) => FieldResult;
}

/**
 * An extract schema: the columns to read, by canonical field name, and how the field values
 * become a record (derived fields such as `financialYear` are added there).
 */
export interface Schema<R = Record<string, unknown>> {
  /** The schema's name, e.g. `"police-uk-stop-search"`. */
  readonly name: string;
  /** What the schema reads, for messages and docs. */
  readonly description: string;
  /** The columns, by canonical field name. */
  readonly columns: Readonly<Record<string, ColumnSpec>>;
  /** Builds the record from the field values (keys as in `columns`). */
  readonly toRecord: (values: Readonly<Record<string, unknown>>) => R;
}

/** A row that could not become a record: where it is and why. */
export interface RejectedRow {
  /** The file (or the `file` label given for a string or stream). */
  readonly file: string;
  /** The 1-based physical line where the row starts; the header is line 1. */
  readonly line: number;
  /** The column at fault, or `null` for a whole-row problem (wrong field count, unterminated quote). */
  readonly column: string | null;
  /** The offending raw value, or `null` for a whole-row problem. */
  readonly value: string | null;
  /** Why the row was rejected. */
  readonly reason: string;
}

/** What happened to every row read. `rowsRead === accepted + rejected` always holds. */
export interface ExtractSummary {
  /** Files (or inputs) read. */
  readonly files: number;
  /** Data rows read (blank lines are not rows). */
  readonly rowsRead: number;
  /** Rows that became records. */
  readonly accepted: number;
  /** Rows in the reject ledger. */
  readonly rejected: number;
  /** Blank lines (and rows of nothing but empty fields) skipped. */
  readonly blankLines: number;
  /** Inputs with no data rows (empty, or a header only). */
  readonly emptyFiles: readonly string[];
  /** Raw values a normaliser did not recognise, by field, with how often each was seen. */
  readonly unrecognised: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** The text encoding of each input, in order: `"utf-8"` or `"windows-1252"`. */
  readonly encodings: readonly string[];
}

/** Progress while reading. */
export interface ExtractProgress {
  /** Bytes read so far (characters, for a string input). */
  readonly bytes: number;
  /** Total bytes, where known. */
  readonly totalBytes: number | null;
  /** Data rows read so far. */
  readonly rows: number;
}

/** Options for reading an extract. */
export interface ExtractOptions {
  /** A label for the input in the reject ledger; defaults to `"input"` (the file path in `./node`). */
  readonly file?: string;
  /** Column names of this extract, by canonical field, where they differ from the schema's defaults. */
  readonly mapping?: Readonly<Record<string, string>>;
  /** `"auto"` (default) reads UTF-8, falling back to Windows-1252 when the bytes are not UTF-8. */
  readonly encoding?: "auto" | "utf-8" | "windows-1252";
  /** Throw an {@link ExtractError} on the first rejected row instead of recording it. */
  readonly strict?: boolean;
  /** Called now and then (at most every 100 ms, and at the end) with the progress so far. */
  readonly onProgress?: (progress: ExtractProgress) => void;
}

/** The result of reading an extract into records. */
export interface ExtractResult<R> {
  /** The records, in file and row order. */
  readonly records: R[];
  /** Every rejected row. */
  readonly rejects: readonly RejectedRow[];
  /** What happened to every row. */
  readonly summary: ExtractSummary;
}

/** One combination of the counted fields and how many records have it. */
export type CountRow = Readonly<Record<string, unknown>> & {
  /** Records with this combination of values. */
  readonly count: number;
};

/** The result of counting an extract. */
export interface CountResult {
  /** One row per combination of the `by` fields seen, sorted by those fields. */
  readonly counts: readonly CountRow[];
  /** Every rejected row. */
  readonly rejects: readonly RejectedRow[];
  /** What happened to every row. */
  readonly summary: ExtractSummary;
}

/** A chunk of an extract: text, or bytes to decode. */
export type ExtractChunk = string | Uint8Array;

/** An extract's content: the whole text, a Web stream, or an async iterable of chunks. */
export type ExtractInput = string | ReadableStream<ExtractChunk> | AsyncIterable<ExtractChunk>;
