import type { FieldResult } from "../csv/types.js";

type Parse = (raw: string) => FieldResult;

/**
 * A column's quick reading of a cell whose text is the bytes `bytes[start, end)` (untrimmed): its value,
 * or {@link NOT_QUICK} when the parser must decide from the text. It must give exactly the value
 * the parser gives for the same text, and it is never asked about a blank cell of a required column.
 */
export type ByteReader = (bytes: Uint8Array, start: number, end: number) => unknown;

/**
 * A column's quick check of a cell whose text is the bytes `bytes[start, end)` (untrimmed), for a
 * count that needs only to know the cell does not reject its row: `true` when the parser would read
 * the text without a fault or an unrecognised code, `false` to leave it to the reader. Given only to
 * parsers that read a blank cell as `null`, and asked only about cells of columns that are not required.
 */
export type ByteCheck = (bytes: Uint8Array, start: number, end: number) => boolean;

/** What a {@link ByteReader} returns when it leaves the cell to the column's parser. */
export const NOT_QUICK: unique symbol = Symbol("not quick");

const readers = new WeakMap<Parse, { readonly reader: ByteReader; readonly check: ByteCheck | null }>();

/** Gives a column parser a quick reader of bytes, and optionally a quick check; returns the parser. */
export function withByteReader(parse: Parse, reader: ByteReader, check: ByteCheck | null = null): Parse {
  readers.set(parse, { reader, check });
  return parse;
}

/** The quick reader given to a parser with {@link withByteReader}, if any. */
export function byteReaderOf(parse: Parse): ByteReader | null {
  return readers.get(parse)?.reader ?? null;
}

/** The quick check given to a parser with {@link withByteReader}, if any. */
export function byteCheckOf(parse: Parse): ByteCheck | null {
  return readers.get(parse)?.check ?? null;
}
