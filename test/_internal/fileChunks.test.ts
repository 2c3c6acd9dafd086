import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync, spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fileChunks } from "../../src/_internal/fileChunks.js";

const dir = mkdtempSync(join(tmpdir(), "file-chunks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7 + 3) % 251);
const path = join(dir, "bytes.bin");
writeFileSync(path, bytes);

describe("fileChunks", () => {
  it("reads exactly the bytes of the range, in chunks of the size asked (the last shorter)", async () => {
    for (const [start, end, size] of [[0, 1000, 64], [0, 1000, 1000], [0, 1000, 4096], [13, 977, 100], [500, 501, 16], [999, 1000, 7]] as const) {
      const chunks: Uint8Array[] = [];
      for await (const chunk of fileChunks(path, start, end, size)) chunks.push(chunk.slice());
      expect(chunks.slice(0, -1).every((c) => c.length === size)).toBe(true);
      expect(Buffer.concat(chunks)).toEqual(Buffer.from(bytes.subarray(start, end)));
    }
  });

  it("yields nothing for an empty range, and stops at the file's end when the range runs past it (or is open-ended)", async () => {
    const none: Uint8Array[] = [];
    for await (const chunk of fileChunks(path, 200, 200, 64)) none.push(chunk);
    expect(none).toEqual([]);
    const past: Uint8Array[] = [];
    for await (const chunk of fileChunks(path, 900, 5000, 64)) past.push(chunk.slice());
    expect(Buffer.concat(past)).toEqual(Buffer.from(bytes.subarray(900)));
    const whole: Uint8Array[] = [];
    for await (const chunk of fileChunks(path, 0, Infinity, 300)) whole.push(chunk.slice());
    expect(whole.map((c) => c.length)).toEqual([300, 300, 300, 100]);
    expect(Buffer.concat(whole)).toEqual(Buffer.from(bytes));
  });

  it("uses three buffers in turn: a chunk stays as read until the chunk after the next is asked for", async () => {
    const reader = fileChunks(path, 0, 1000, 100);
    const held: { chunk: Uint8Array; copy: Uint8Array }[] = [];
    for (let k = 0; k < 10; k++) {
      const { value, done } = await reader.next();
      expect(done).toBe(false);
      const chunk = value as Uint8Array;
      held.push({ chunk, copy: chunk.slice() });
      // The chunk held and the one before are intact (the next read is already under way).
      for (const h of held.slice(-2)) expect(h.chunk).toEqual(h.copy);
    }
    expect(new Set(held.map((h) => h.chunk.buffer)).size).toBe(3);
    expect((await reader.next()).done).toBe(true);
  });

  it.skipIf(process.platform === "win32")("reads a pipe from its start to its end", async () => {
    const fifo = join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    const writer = spawn("sh", ["-c", `cat "${path}" > "${fifo}"`]);
    const written = new Promise((resolve) => writer.on("close", resolve));
    const chunks: Uint8Array[] = [];
    for await (const chunk of fileChunks(fifo, 0, Infinity, 64)) chunks.push(chunk.slice());
    await written;
    expect(Buffer.concat(chunks)).toEqual(Buffer.from(bytes));
  });

  it("closes the file when the reader stops early, and reports a file that cannot be opened", async () => {
    // Open descriptors, where the system lists them (Linux).
    const open = () => (existsSync("/proc/self/fd") ? readdirSync("/proc/self/fd").length : 0);
    const before = open();
    const reader = fileChunks(path, 0, 1000, 10);
    await reader.next();
    if (existsSync("/proc/self/fd")) expect(open()).toBe(before + 1);
    await expect(reader.return(undefined)).resolves.toEqual({ done: true, value: undefined });
    expect(open()).toBe(before);
    await expect(fileChunks(join(dir, "missing.bin"), 0, 10).next()).rejects.toThrow(/ENOENT/);
  });
});
