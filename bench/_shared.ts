// Pieces the benches share: the papaparse contender and the median.
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
