/**
 * Relative difference |a − e| / |e| (absolute when e is 0); equal infinities give 0 and
 * mismatched non-finite values give Infinity.
 */
export function relativeDifference(actual: number, expected: number): number {
  if (actual === expected) return 0;
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) return Infinity;
  return expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
}
