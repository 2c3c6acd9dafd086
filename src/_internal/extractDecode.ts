import type { ExtractChunk, ExtractInput } from "../csv/types.js";

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
 * A quick way to read chunks of pure ASCII bytes, which every supported encoding decodes alike
 * (the Node entry supplies Buffer's; without it every chunk goes through `TextDecoder`).
 */
export interface AsciiReader {
  /** Whether every byte is below 0x80. */
  readonly isAscii: (bytes: Uint8Array) => boolean;
  /** The bytes as Latin-1 text (the same as UTF-8 or Windows-1252 for ASCII bytes). */
  readonly text: (bytes: Uint8Array) => string;
}

/**
 * Decodes an extract's chunks to text, one at a time. Strings pass through (a leading BOM
 * dropped). Bytes are decoded as UTF-8 (BOM dropped) or Windows-1252; with `"auto"`, a file is
 * read as UTF-8 until a byte sequence that is not UTF-8 appears, and as Windows-1252 from the
 * start if it appears before any other non-ASCII byte (so nothing already decoded changes); after
 * valid non-ASCII UTF-8 it keeps UTF-8 and replaces the bad bytes with U+FFFD. `encoding` is the
 * encoding used. Chunks of pure ASCII may skip `TextDecoder` through an {@link AsciiReader} when
 * no partial character is pending: the text is the same.
 */
export class ExtractDecoder {
  /** Bytes (or characters, for strings) consumed so far. */
  consumed = 0;
  /** The encoding in use: `"utf-8"` or `"windows-1252"`. */
  encoding: string;
  private first = true;
  private decoder: InstanceType<typeof TextDecoder> | null = null;
  private nonAscii = false;
  /** Whether the last chunk the decoder saw ended with an ASCII byte (so no partial character is pending). */
  private clean = true;
  /** Whether bytes were read before the decoder existed (so the byte stream's start, and any BOM, is past). */
  private skipped = false;
  // Characters decoded so far against bytes read (less a leading BOM): equal means ASCII so far,
  // since any other UTF-8 character is several bytes, so the text need not be searched.
  private decodedLength = 0;
  private bom = 0;

  constructor(
    private readonly requested: "auto" | "utf-8" | "windows-1252",
    private readonly ascii: AsciiReader | null = null,
  ) {
    this.encoding = requested === "windows-1252" ? "windows-1252" : "utf-8";
  }

  /** The text of the next chunk ("" when it completes no character). */
  decode(chunk: ExtractChunk): string {
    if (typeof chunk === "string") {
      this.consumed += chunk.length;
      const text = this.first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
      this.first = false;
      return text;
    }
    if (this.first && chunk.byteLength >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) this.bom = 3;
    this.consumed += chunk.byteLength;
    if (this.ascii !== null && this.clean && this.ascii.isAscii(chunk)) {
      const text = this.ascii.text(chunk);
      this.skipped ||= this.decoder === null && chunk.byteLength > 0;
      this.decodedLength += text.length;
      this.first = false;
      return text;
    }
    // A decoder made after ASCII chunks were read without it must not take a later U+FEFF for a BOM.
    if (this.decoder === null) this.decoder = new TextDecoder(this.encoding, { fatal: this.requested === "auto", ignoreBOM: this.skipped });
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      // Not UTF-8: switch encoding for the rest of the input.
      this.encoding = this.nonAscii ? "utf-8" : "windows-1252";
      this.decoder = new TextDecoder(this.encoding, { fatal: false });
      text = this.decoder.decode(chunk, { stream: true });
    }
    this.clean = chunk.byteLength === 0 ? this.clean : (chunk[chunk.byteLength - 1] as number) < 0x80;
    this.decodedLength += text.length;
    if (!this.nonAscii && this.decodedLength !== this.consumed - this.bom) this.nonAscii = /[^\x00-\x7F]/.test(text);
    this.first = false;
    return text;
  }

  /** Any text still held at the end of the input. */
  end(): string {
    return this.decoder ? this.decoder.decode() : "";
  }
}
