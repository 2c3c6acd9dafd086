import type { RatioStatus } from "../types.js";

/** The status and point value of a ratio whose numerator and denominator may be zero. */
export function ratioValue(numerator: number, denominator: number): { value: number | null; status: RatioStatus } {
  if (numerator === 0 && denominator === 0) return { value: null, status: "undefined-ratio" };
  if (denominator === 0) return { value: Infinity, status: "infinite-ratio" };
  if (numerator === 0) return { value: 0, status: "zero-ratio" };
  return { value: numerator / denominator, status: "ok" };
}
