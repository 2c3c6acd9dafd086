import type { ExtractChunk, ExtractInput } from "../csv/types.js";

/** Text decoded from an extract, chunk by chunk, with the bytes (or characters) consumed so far. */
export interface DecodedChunk {
  readonly text: string;
  readonly consumed: number;
}

/** Turns any extract input into an async iterable of raw chunks. */
export async function* chunksOf(input: ExtractInput): AsyncGenerator<ExtractChunk> {
  if (typeof input === "string") {
    // Slice big strings so that papaparse never sees more than a few MB at once.
    const size = 4 << 20;
    for (let i = 0; i < input.length; i += size) yield input.slice(i, i + size);
    return;
  }
  if (typeof (input as ReadableStream).getReader === "function") {
    const reader = (input as ReadableStream<ExtractChunk>).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  yield* input as AsyncIterable<ExtractChunk>;
}

/**
 * Decodes chunks to text. Strings pass through (a leading BOM dropped). Bytes are decoded as
 * UTF-8 (BOM dropped) or Windows-1252; with `"auto"`, a file is read as UTF-8 until a byte
 * sequence that is not UTF-8 appears, and as Windows-1252 from the start if it appears before any
 * other non-ASCII byte (so nothing already decoded changes); after valid non-ASCII UTF-8 it keeps
 * UTF-8 and replaces the bad bytes with U+FFFD. `report` receives the encoding used.
 */
export async function* decodeChunks(
  input: ExtractInput,
  encoding: "auto" | "utf-8" | "windows-1252",
  report: (encoding: string) => void,
): AsyncGenerator<DecodedChunk> {
  let consumed = 0;
  let first = true;
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  let chosen = encoding === "windows-1252" ? "windows-1252" : "utf-8";
  let nonAscii = false;
  // Characters decoded so far against bytes read (less a leading BOM): equal means ASCII so far,
  // since any other UTF-8 character is several bytes, so the text need not be searched.
  let decodedLength = 0;
  let bom = 0;
  for await (const chunk of chunksOf(input)) {
    if (typeof chunk === "string") {
      consumed += chunk.length;
      const text = first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
      first = false;
      yield { text, consumed };
      continue;
    }
    if (first && chunk.byteLength >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) bom = 3;
    consumed += chunk.byteLength;
    if (decoder === null) decoder = new TextDecoder(chosen, { fatal: encoding === "auto", ignoreBOM: false });
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      // Not UTF-8: switch encoding for the rest of the input.
      chosen = nonAscii ? "utf-8" : "windows-1252";
      decoder = new TextDecoder(chosen, { fatal: false });
      text = decoder.decode(chunk, { stream: true });
    }
    decodedLength += text.length;
    if (!nonAscii && decodedLength !== consumed - bom) nonAscii = /[^\x00-\x7F]/.test(text);
    first = false;
    if (text) yield { text, consumed };
  }
  if (decoder) {
    const rest = decoder.decode();
    if (rest) yield { text: rest, consumed };
  }
  report(chosen);
}
