import type { FieldResult } from "../csv/types.js";

type Parse = (raw: string) => FieldResult;

/**
 * A column's quick reading of a cell whose text is the bytes `bytes[start, end)` (untrimmed): its value,
 * or {@link NOT_QUICK} when the parser must decide from the text. It must give exactly the value
 * the parser gives for the same text, and it is never asked about a blank cell of a required column.
 */
export type ByteReader = (bytes: Uint8Array, start: number, end: number) => unknown;

/** What a {@link ByteReader} returns when it leaves the cell to the column's parser. */
export const NOT_QUICK: unique symbol = Symbol("not quick");

const readers = new WeakMap<Parse, ByteReader>();

/** Gives a column parser a quick reader of bytes; returns the parser. */
export function withByteReader(parse: Parse, reader: ByteReader): Parse {
  readers.set(parse, reader);
  return parse;
}

/** The quick reader given to a parser with {@link withByteReader}, if any. */
export function byteReaderOf(parse: Parse): ByteReader | null {
  return readers.get(parse) ?? null;
}
