import type { BaselineSource, BaselineVintage } from "../baselines/types.js";

/** One group of an embedded table: its label and, where they apply, categories and ages. */
export interface EmbeddedGroup {
  readonly group: string;
  readonly categories?: Readonly<Record<string, string>>;
  readonly ages?: { readonly from: number; readonly to: number | null };
}

/**
 * A table embedded by scripts/generateBaselines.ts: one row of cells per local authority code,
 * `[total, ...one cell per group]`, with `null` for a cell the publisher suppressed.
 */
export interface EmbeddedTable {
  readonly census: BaselineVintage;
  readonly source: BaselineSource;
  readonly groups: readonly EmbeddedGroup[];
  readonly cells: Readonly<Record<string, readonly (number | null)[]>>;
}
