import type { ExtractChunk, ExtractInput } from "../csv/types.js";
import { utf8SequenceAt } from "./utf8Sequence.js";

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
 * Quick ways to handle raw bytes, where the platform has them (the Node entry supplies Buffer's).
 * Without them every chunk goes through `TextDecoder` and files are read by the general path.
 */
export interface ByteTools {
  /** Whether every byte is below 0x80. */
  readonly isAscii: (bytes: Uint8Array) => boolean;
  /** Whether the bytes are well-formed UTF-8. */
  readonly isUtf8: (bytes: Uint8Array) => boolean;
  /** The bytes as Latin-1 text (the same as UTF-8 or Windows-1252 for ASCII bytes). */
  readonly text: (bytes: Uint8Array) => string;
}

/** Text of bytes known to be ASCII, without a platform helper. */
function asciiText(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const both = new Uint8Array(a.length + b.length);
  both.set(a);
  both.set(b, a.length);
  return both;
}

/**
 * Decodes an extract's chunks to text, one at a time. Strings pass through (a leading BOM
 * dropped). Bytes are decoded as UTF-8 (a leading BOM dropped) or Windows-1252. With `"auto"`
 * the first non-ASCII byte sequence decides: well-formed UTF-8 → UTF-8 for the whole input (any
 * later malformed bytes become U+FFFD); anything else, including a sequence cut off by the end of
 * the input → Windows-1252 for the whole input (every byte before it is ASCII, which both read
 * alike). The decision depends on the bytes alone, never on how they were chunked. `encoding` is
 * the encoding in use. Pure-ASCII chunks may skip `TextDecoder` through {@link ByteTools} when no
 * partial character is pending: the text is the same.
 */
export class ExtractDecoder {
  /** Bytes (or characters, for strings) consumed so far. */
  consumed = 0;
  /** The encoding in use: `"utf-8"` or `"windows-1252"`. */
  encoding: string;
  private decided: boolean;
  private decoder: InstanceType<typeof TextDecoder> | null = null;
  /** Whether text was handed out before the decoder existed (so the input's start, and any BOM, is past). */
  private started = false;
  /** Auto, undecided: the bytes from the first non-ASCII byte on, until its sequence is complete. */
  private pending: Uint8Array | null = null;
  /** Whether the last chunk the decoder saw ended with an ASCII byte (so no partial character is pending). */
  private clean = true;

  constructor(
    requested: "auto" | "utf-8" | "windows-1252",
    private readonly tools: ByteTools | null = null,
  ) {
    this.encoding = requested === "windows-1252" ? "windows-1252" : "utf-8";
    this.decided = requested !== "auto";
  }

  /**
   * Continues an input whose start was read elsewhere, from a character boundary: `nonAscii`
   * says whether that start held any (well-formed UTF-8) non-ASCII text, which settles "auto" on
   * UTF-8; `consumed` is its length in bytes.
   */
  resume(nonAscii: boolean, consumed: number): this {
    this.started = true;
    this.consumed = consumed;
    if (nonAscii) this.decided = true;
    return this;
  }

  /** The text of the next chunk ("" when it completes no character). */
  decode(chunk: ExtractChunk): string {
    if (typeof chunk === "string") {
      const text = this.consumed === 0 && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
      this.consumed += chunk.length;
      return text;
    }
    this.consumed += chunk.byteLength;
    if (chunk.byteLength === 0) return "";
    if (this.tools !== null && this.clean && this.pending === null && this.tools.isAscii(chunk)) {
      this.started = true;
      return this.tools.text(chunk);
    }
    if (this.decoder === null && !this.decided) {
      const bytes = this.pending === null ? chunk : joined(this.pending, chunk);
      let first = 0;
      while (first < bytes.length && (bytes[first] as number) < 0x80) first++;
      const prefix = bytes.subarray(0, first);
      const text = this.tools === null ? asciiText(prefix) : this.tools.text(prefix);
      this.started ||= first > 0;
      if (first === bytes.length) return text;
      const sequence = utf8SequenceAt(bytes, first);
      if (sequence === "incomplete") {
        this.pending = bytes.slice(first);
        return text;
      }
      this.pending = null;
      this.settle(sequence === "valid" ? "utf-8" : "windows-1252");
      return text + this.decodeBytes(bytes.subarray(first));
    }
    return this.decodeBytes(chunk);
  }

  /** Any text still held at the end of the input. */
  end(): string {
    if (this.pending !== null) {
      // The first non-ASCII sequence was cut off by the end of the input: not UTF-8.
      const bytes = this.pending;
      this.pending = null;
      this.settle("windows-1252");
      return this.decodeBytes(bytes);
    }
    return this.decoder ? this.decoder.decode() : "";
  }

  private settle(encoding: string): void {
    this.encoding = encoding;
    this.decided = true;
  }

  private decodeBytes(bytes: Uint8Array): string {
    // A decoder made after text was handed out must not take a later U+FEFF for a BOM.
    this.decoder ??= new TextDecoder(this.encoding, { ignoreBOM: this.started });
    this.clean = (bytes[bytes.byteLength - 1] as number) < 0x80;
    return this.decoder.decode(bytes, { stream: true });
  }
}
