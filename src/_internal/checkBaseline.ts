import { ArgumentError } from "../errors.js";
import type { Baseline } from "../baselines/types.js";

/** Checks that a value looks like a {@link Baseline} (groups with labels and populations). */
export function checkBaseline(fn: string, param: string, value: unknown): Baseline {
  const b = value as Baseline;
  if (b === null || typeof b !== "object" || !Array.isArray(b.groups) || typeof b.total !== "number" || typeof b.area !== "object") {
    throw new ArgumentError(fn, param, "must be a Baseline (from gwentPopulation or baselineFromCensusCsv)", value);
  }
  return b;
}
