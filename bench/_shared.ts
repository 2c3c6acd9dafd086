// Pieces the benches share: the papaparse contender, timing a child process and the median.
import { spawn } from "node:child_process";
import { createReadStream } from "node:fs";

/** papaparse alone, in chunk mode with arrays (header: false), on a plain read stream: the rows it parses (header and blank lines included). */
export async function papaparseRows(path: string): Promise<{ rows: number }> {
  const { default: Papa } = await import("papaparse");
  return new Promise<{ rows: number }>((resolve, reject) => {
    let rows = 0;
    Papa.parse<string[]>(createReadStream(path), {
      chunk: (results) => {
        rows += results.data.length;
      },
      complete: () => resolve({ rows }),
      error: reject,
    });
  });
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/**
 * Runs one contender as a child process (stdout: one line of JSON) and times it from spawn to exit,
 * start-up and imports included. Rejects when the child fails.
 */
export function timedChild(exe: string, args: readonly string[], cwd: string, label: string): Promise<{ wallMs: number; output: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(exe, args, { cwd, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = performance.now() - start;
      if (code !== 0) return reject(new Error(`${label} exited with ${code}`));
      resolve({ wallMs, output: JSON.parse(out) as Record<string, unknown> });
    });
  });
}
