import type { PayQuarter, PayQuarters } from "../paygap/payGap.js";
import { bandSizes } from "./payQuartiles.js";

/** One employee placed in the pay quarters: hourly pay and group label. */
export interface QuartileEntry {
  readonly pay: number;
  readonly group: string;
}


/**
 * The pay quarters of any number of groups (regulation 13 of SI 2017/172 generalised beyond two
 * sexes). Employees ranked by hourly pay fill four bands of the sizes `bandSizes` (payQuartiles.ts)
 * gives: leftovers go 1 → lower; 2 → lower and upper-middle; 3 → lower, lower-middle and
 * upper-middle. The employees on one hourly rate that straddles a band boundary are shared between
 * the bands it touches in proportion to the ranks it occupies in each, so every band gets the same
 * group mix of that rate (reg. 13(2)). Counts can therefore be fractional. With no ties this is the
 * plain rank split; with two groups it equals `payQuartiles` (the gender pay gap's). An empty band
 * (fewer than four employees) has status `"empty"` and shares of 0.
 */
export function groupQuartiles(entries: readonly QuartileEntry[], labels: readonly string[]): PayQuarters {
  const sorted = [...entries].sort((a, b) => a.pay - b.pay);
  const sizes = bandSizes(sorted.length);
  const starts = [0, sizes[0], sizes[0] + sizes[1], sizes[0] + sizes[1] + sizes[2], sorted.length];
  const counts = sizes.map(() => Object.fromEntries(labels.map((l) => [l, 0])) as Record<string, number>);
  let start = 0;
  while (start < sorted.length) {
    let end = start;
    const mix = new Map<string, number>();
    while (end < sorted.length && (sorted[end] as QuartileEntry).pay === (sorted[start] as QuartileEntry).pay) {
      const group = (sorted[end] as QuartileEntry).group;
      mix.set(group, (mix.get(group) ?? 0) + 1);
      end++;
    }
    for (let band = 0; band < 4; band++) {
      const overlap = Math.min(end, starts[band + 1] as number) - Math.max(start, starts[band] as number);
      if (overlap <= 0) continue;
      const cell = counts[band] as Record<string, number>;
      for (const [group, k] of mix) cell[group] = (cell[group] ?? 0) + (k * overlap) / (end - start);
    }
    start = end;
  }
  const band = (i: number): PayQuarter => {
    const size = sizes[i] as number;
    const cell = counts[i] as Record<string, number>;
    const shares = Object.fromEntries(Object.entries(cell).map(([g, c]) => [g, size === 0 ? 0 : (100 * c) / size]));
    return { employees: size, counts: cell, shares, status: size === 0 ? "empty" : "ok" };
  };
  return { lower: band(0), lowerMiddle: band(1), upperMiddle: band(2), upper: band(3) };
}
