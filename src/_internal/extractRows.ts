import Papa from "papaparse";
import type { DecodedChunk } from "./extractDecode.js";

/** A row of fields with the physical line it starts on, or a blank line, or a row papaparse could not close. */
export interface ExtractRow {
  readonly fields: string[];
  readonly line: number;
  /** Set when the row cannot be trusted as a whole (an unterminated quote). */
  readonly problem?: string;
}

/** Newlines inside a row's fields (each physical line break holds exactly one `\n`). */
function newlinesIn(fields: readonly string[]): number {
  let n = 0;
  for (const field of fields) {
    if (field.length > 0 && field.indexOf("\n") !== -1) for (let i = field.indexOf("\n"); i !== -1; i = field.indexOf("\n", i + 1)) n++;
  }
  return n;
}

/**
 * Streams rows from decoded text with papaparse's parser in chunk mode: each chunk is parsed
 * with the last (possibly incomplete) row held back and prepended to the next chunk, exactly as
 * papaparse's own chunk streamer does. The newline style is taken from the first line break.
 * Lines are counted physically, so a quoted field spanning lines moves the count on.
 */
export async function* extractRows(chunks: AsyncIterable<DecodedChunk>, onChunk: (consumed: number) => void): AsyncGenerator<ExtractRow[]> {
  let parser: Papa.Parser | null = null;
  let pending = "";
  let line = 1;
  const rowsFrom = (input: string, last: boolean): ExtractRow[] => {
    const result = (parser as Papa.Parser).parse(input, 0, !last) as Papa.ParseResult<string[]>;
    let problems: Map<number, string> | null = null;
    for (const error of result.errors) {
      if (error.code === "MissingQuotes" && error.row !== undefined) (problems ??= new Map()).set(error.row, "unterminated quoted field");
    }
    const end = last ? input.length : result.meta.cursor;
    pending = last ? "" : input.slice(end);
    const data = result.data;
    // When the text read holds exactly one line break per row and ends with one, no field holds a
    // line break and the rows sit on consecutive lines; otherwise count the breaks in each row.
    let breaks = 0;
    for (let i = input.indexOf("\n"); i !== -1 && i < end; i = input.indexOf("\n", i + 1)) breaks++;
    const oneLineEach = breaks === data.length && end > 0 && input.charCodeAt(end - 1) === 10;
    const rows: ExtractRow[] = new Array(data.length);
    for (let i = 0; i < data.length; i++) {
      const fields = data[i] as string[];
      const problem = problems?.get(i);
      rows[i] = problem === undefined ? { fields, line } : { fields, line, problem };
      line += oneLineEach ? 1 : 1 + newlinesIn(fields);
    }
    return rows;
  };
  for await (const { text, consumed } of chunks) {
    const input = pending + text;
    if (parser === null) {
      const firstBreak = input.indexOf("\n");
      if (firstBreak === -1) {
        pending = input;
        onChunk(consumed);
        continue;
      }
      parser = new Papa.Parser({ delimiter: ",", newline: input[firstBreak - 1] === "\r" ? "\r\n" : "\n", skipEmptyLines: false });
    }
    yield rowsFrom(input, false);
    onChunk(consumed);
  }
  if (parser === null) parser = new Papa.Parser({ delimiter: ",", newline: "\n", skipEmptyLines: false });
  if (pending.length > 0) yield rowsFrom(pending, true);
}
