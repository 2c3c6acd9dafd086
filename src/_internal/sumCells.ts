import type { BaselineGroup } from "../baselines/types.js";

/** A cell to add: its population (null if suppressed), a label naming it, and any parts it already lacks. */
export interface CellPart {
  readonly population: number | null;
  readonly label: string;
  readonly suppressedParts?: readonly string[] | undefined;
  /** The share of the cell to add (1 unless an age band is split). */
  readonly share?: number;
}

/**
 * Adds cells the way every baseline does: the sum of the published cells, naming the suppressed
 * ones it leaves out in `suppressedParts`; suppressed (population null) only when no cell at all
 * was published.
 */
export function sumCells(parts: readonly CellPart[]): Pick<BaselineGroup, "population" | "suppressed" | "suppressedParts"> {
  let population = 0;
  let published = 0;
  const missing: string[] = [];
  for (const part of parts) {
    if (part.population === null) missing.push(part.label);
    else {
      population += part.population * (part.share ?? 1);
      published++;
    }
    missing.push(...(part.suppressedParts ?? []));
  }
  if (published === 0 && parts.length > 0) return { population: null, suppressed: true };
  return missing.length > 0 ? { population, suppressed: false, suppressedParts: missing } : { population, suppressed: false };
}
