import type { AgeRange } from "../baselines/types.js";

/** An age band: a labelled {@link AgeRange}, e.g. `{ group: "10-17", from: 10, to: 17 }`. */
export interface AgeBand extends AgeRange {
  /** The label the band carries in extracts and reports. */
  readonly group: string;
}

/**
 * The age ranges data.police.uk uses for stop and search: `"under 10"`, `"10-17"`, `"18-24"`,
 * `"25-34"` and `"over 34"`, as {@link AgeBand}s for {@link rebandAges}.
 *
 * @example
 * ```ts
 * policeUkAgeBands.map((b) => b.group) // => ["under 10", "10-17", "18-24", "25-34", "over 34"]
 * ```
 */
export const policeUkAgeBands: readonly AgeBand[] = Object.freeze(
  [
    { group: "under 10", from: 0, to: 9 },
    { group: "10-17", from: 10, to: 17 },
    { group: "18-24", from: 18, to: 24 },
    { group: "25-34", from: 25, to: 34 },
    { group: "over 34", from: 35, to: null },
  ].map((band) => Object.freeze(band)),
);
