/** Significant figures of the derived figures a pack publishes (rates, ratios, limits). */
export const PACK_DIGITS = 4;

/**
 * A figure as the pack publishes it: rounded to {@link PACK_DIGITS} significant figures, or `null`
 * when there is none. p-values are rounded the same way, so 1.2e-12 stays 1.2e-12.
 */
export function fig(x: number | null | undefined): number | null {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  if (x === 0) return 0;
  return Number(x.toPrecision(PACK_DIGITS));
}

/** A proportion (0–1) as a percentage with {@link PACK_DIGITS} significant figures, or `null`. */
export function pct(x: number | null | undefined): number | null {
  return x === null || x === undefined ? null : fig(x * 100);
}

/** A population as published: exact when whole, else (an age band split evenly by year) to one decimal place; `null` when none. */
export function people(x: number | null | undefined): number | null {
  return x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10) / 10;
}
