import type { ExtractProgress } from "../csv/types.js";
import type { CliIo } from "./types.js";
import { formatCount } from "./formatCount.js";

const WIDTH = 24;

/**
 * A progress bar on stderr when it is a terminal: one line redrawn with `\r` on each report
 * (the readers report at most every 100 ms), cleared by `done()`. When stderr is not a terminal
 * both functions do nothing.
 */
export function progressBar(io: CliIo, label: string): { onProgress: (progress: ExtractProgress) => void; done: () => void } {
  if (!io.isTTY) return { onProgress: () => {}, done: () => {} };
  let drawn = false;
  const onProgress = ({ bytes, totalBytes, rows }: ExtractProgress) => {
    const fraction = totalBytes ? Math.min(1, bytes / totalBytes) : 0;
    const filled = Math.round(fraction * WIDTH);
    const bar = `[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}]`;
    io.stderr(`\r${label} ${bar} ${String(Math.round(fraction * 100)).padStart(3)}%  ${formatCount(rows)} rows`);
    drawn = true;
  };
  // Erase the line (ANSI "clear line") so that the results start on a clean line.
  const done = () => { if (drawn) io.stderr("\r\x1b[2K"); };
  return { onProgress, done };
}
