// The harness side the benches share: bundling a child, timing it in its own process, and the median.
import { spawn } from "node:child_process";
import { closeSync, openSync, readSync } from "node:fs";
import { join } from "node:path";
import { build } from "tsup";

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/**
 * Reads the file at `path` through once, untimed, so that the next contender starts with all of it
 * in the page cache, as every contender should. (This VM's memory manager pages out file pages
 * left unread for some seconds, so between runs part of a large file could fall out of the cache,
 * and whichever contender ran next read it from disk: up to twice its time.)
 */
export function readThrough(path: string): void {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(8 << 20);
    while (readSync(fd, buffer, 0, buffer.length, null) > 0);
  } finally {
    closeSync(fd);
  }
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

/**
 * Bundles a bench child (`bench/<name>.ts`) and the parallel counter's worker into `outDir` as
 * dist/ is built (ESM, code splitting, dependencies external), so no TypeScript loader is in the
 * timings and the bundle starts its workers from beside itself.
 */
export async function bundleChild(root: string, name: string, outDir: string): Promise<void> {
  await build({
    config: false,
    entry: { [name]: join(root, "bench", `${name}.ts`), countWorker: join(root, "src", "_internal", "countWorker.ts") },
    outDir,
    format: ["esm"],
    platform: "node",
    target: "node20",
    splitting: true, // code loaded on first use (the pack writers) stays out of start-up, as in dist/
    sourcemap: false,
    dts: false,
    silent: true,
  });
}
