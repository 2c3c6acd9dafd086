import Papa from "papaparse";

/**
 * Rows of fields from one piece of text, with the physical line each starts on: `line + i`
 * when `lines` is null (no field held a line break), else `lines[i]`. `problems` maps a row's
 * index to why it cannot be trusted as a whole (an unterminated quote).
 */
export interface ExtractRows {
  readonly rows: readonly string[][];
  readonly line: number;
  readonly lines: readonly number[] | null;
  readonly problems: ReadonlyMap<number, string> | null;
}

/** Characters handed to papaparse at once: small pieces keep the rows being read few and young, which is faster than 1 MB pieces. */
const PIECE = 1 << 16;

/** Newlines inside a row's fields (each physical line break holds exactly one `\n`). */
function newlinesIn(fields: readonly string[]): number {
  let n = 0;
  for (const field of fields) {
    if (field.length > 0 && field.indexOf("\n") !== -1) for (let i = field.indexOf("\n"); i !== -1; i = field.indexOf("\n", i + 1)) n++;
  }
  return n;
}

/**
 * Splits decoded text into rows with papaparse's parser in chunk mode: each piece is parsed with
 * the last (possibly incomplete) row held back and prepended to the next piece, exactly as
 * papaparse's own chunk streamer does. The newline style is taken from the first line break.
 * Lines are counted physically, so a quoted field spanning lines moves the count on.
 */
export class RowSplitter {
  private parser: Papa.Parser | null = null;
  private pending = "";
  /** Text held back is not read again until it reaches this length. */
  private wait = 0;

  /**
   * @param line - the physical line the text starts on (1 at the start of an input)
   * @param newline - the input's newline, when it is known already
   */
  constructor(
    private line = 1,
    newline: "\n" | "\r\n" | null = null,
  ) {
    if (newline !== null) this.parser = new Papa.Parser({ delimiter: ",", newline, skipEmptyLines: false });
  }

  /** Reads the next text of the input, handing each batch of complete rows to `onRows`. */
  push(text: string, onRows: (rows: ExtractRows) => void): void {
    if (this.parser === null) {
      const input = this.pending + text;
      const firstBreak = input.indexOf("\n");
      if (firstBreak === -1) {
        this.pending = input;
        return;
      }
      this.parser = new Papa.Parser({ delimiter: ",", newline: input[firstBreak - 1] === "\r" ? "\r\n" : "\n", skipEmptyLines: false });
      this.pending = "";
      text = input;
    }
    // A row still open after a read is read again only once the text held has doubled, so that
    // a very long row (a 50 MB field) costs time in proportion to its length.
    if (this.pending.length + text.length < this.wait) {
      this.pending += text;
      return;
    }
    let from = 0;
    if (this.pending !== "" && this.pending.length <= PIECE) {
      // Complete a short held-back row with the text's first line, so that the rest of the text is
      // read in place rather than copied behind it.
      const lineEnd = text.indexOf("\n") + 1;
      if (lineEnd === 0) {
        this.pending += text;
        return;
      }
      const held = this.pending.length;
      const head = this.pending + text.slice(0, lineEnd);
      const batch = this.rowsFrom(head, false);
      if (batch.rows.length > 0) onRows(batch);
      from = lineEnd;
      if (this.pending.length < head.length - held) {
        // The row ended in this text: what is left of the line is read again in place.
        from = lineEnd - this.pending.length;
        this.pending = "";
      }
    }
    // Pieces at least as long as the text held back, so that a long row is not re-read piece by piece.
    for (let at = from, size = PIECE; at < text.length; at += size) {
      size = Math.max(PIECE, this.pending.length);
      const input = this.pending + (at === 0 && text.length <= size ? text : text.slice(at, at + size));
      const batch = this.rowsFrom(input, false);
      if (batch.rows.length > 0) onRows(batch);
      else if (this.pending.length === input.length) {
        // Nothing read: wait for twice this text before trying again.
        this.wait = 2 * input.length;
        this.pending += text.slice(at + size);
        return;
      }
    }
    this.wait = 0;
  }

  /** Reads what is held back at the end of the input. */
  finish(onRows: (rows: ExtractRows) => void): void {
    if (this.parser === null) this.parser = new Papa.Parser({ delimiter: ",", newline: "\n", skipEmptyLines: false });
    if (this.wait > 0 && this.pending.length > 0) {
      // Text held while waiting may hold complete rows: read those as any other piece first.
      const batch = this.rowsFrom(this.pending, false);
      if (batch.rows.length > 0) onRows(batch);
    }
    if (this.pending.length > 0) onRows(this.rowsFrom(this.pending, true));
  }

  private rowsFrom(input: string, last: boolean): ExtractRows {
    const result = (this.parser as Papa.Parser).parse(input, 0, !last) as Papa.ParseResult<string[]>;
    let problems: Map<number, string> | null = null;
    for (const error of result.errors) {
      if (error.code === "MissingQuotes" && error.row !== undefined) (problems ??= new Map()).set(error.row, "unterminated quoted field");
    }
    const end = last ? input.length : result.meta.cursor;
    this.pending = last ? "" : input.slice(end);
    const rows = result.data;
    const first = this.line;
    // When the text read holds exactly one line break per row and ends with one, no field holds a
    // line break and the rows sit on consecutive lines; otherwise count the breaks in each row.
    let breaks = 0;
    for (let i = input.indexOf("\n"); i !== -1 && i < end; i = input.indexOf("\n", i + 1)) breaks++;
    if (breaks === rows.length && end > 0 && input.charCodeAt(end - 1) === 10) {
      this.line += rows.length;
      return { rows, line: first, lines: null, problems };
    }
    const lines: number[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      lines[i] = this.line;
      this.line += 1 + newlinesIn(rows[i] as string[]);
    }
    return { rows, line: first, lines, problems };
  }
}
