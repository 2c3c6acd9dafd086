import type { BaselineGroup } from "../baselines/types.js";

/**
 * The ages a baseline group covers: its `ages` field, or else read from a census label such as
 * "Aged 4 years and under", "Aged 5 to 9 years", "Aged 85 years and over", "10-17" or "90+".
 */
export function agesOf(group: BaselineGroup): { from: number; to: number | null } | null {
  if (group.ages) return group.ages;
  const label = group.group.toLowerCase();
  let m = /(\d+)\s*(?:to|-|–)\s*(\d+)/.exec(label);
  if (m) return { from: Number(m[1]), to: Number(m[2]) };
  m = /(\d+) years? and under|under (\d+)/.exec(label);
  if (m) return m[1] !== undefined ? { from: 0, to: Number(m[1]) } : { from: 0, to: Number(m[2]) - 1 };
  m = /(\d+) years? and over|(\d+)\s*\+|over (\d+)/.exec(label);
  if (m) return m[3] !== undefined ? { from: Number(m[3]) + 1, to: null } : { from: Number(m[1] ?? m[2]), to: null };
  return null;
}
