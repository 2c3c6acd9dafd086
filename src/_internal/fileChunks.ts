import { open } from "node:fs/promises";

/** Buffers a reader of {@link fileChunks} takes in turn: the chunk it holds, the one before, and the one being read. */
const BUFFERS = 3;

/**
 * The bytes `[start, end)` of a file (`end` Infinity: to the file's end), in chunks of `size` bytes
 * (the last may be shorter), read one chunk ahead into three buffers used in turn, so that reading
 * a file allocates nothing per chunk. A chunk's bytes stay as read until the reader asks for the
 * chunk after the next one: a reader may keep the chunk it holds and the one before (the byte
 * scanner copies an unfinished row out of the one before as soon as the next arrives), and nothing
 * older. Fresh buffers per chunk are freed only when the garbage collector runs, which counting
 * without records makes rare: they added 20–30 MiB to the peak memory of each counting thread.
 * A range from the file's start is read in order, so the file may also be a pipe.
 */
export async function* fileChunks(path: string, start: number, end: number, size = 1 << 20): AsyncGenerator<Uint8Array> {
  const file = await open(path, "r");
  let next: Promise<Uint8Array> | null = null;
  try {
    const buffers = Array.from({ length: BUFFERS }, () => new Uint8Array(Math.max(0, Math.min(size, end - start))));
    const read = (k: number, at: number) => {
      const buffer = buffers[k % BUFFERS] as Uint8Array;
      // From the start, read on from where the last read ended, as a pipe can only be read.
      return file.read(buffer, 0, Math.min(buffer.length, end - at), start === 0 ? null : at).then(({ bytesRead }) => buffer.subarray(0, bytesRead));
    };
    let at = start;
    next = at < end ? read(0, at) : null;
    for (let k = 0; next !== null; k++) {
      const chunk = await next;
      at += chunk.length;
      next = chunk.length > 0 && at < end ? read(k + 1, at) : null;
      if (chunk.length > 0) yield chunk;
    }
  } finally {
    await next?.catch(() => undefined); // a read still under way when the reader stopped early
    await file.close();
  }
}
