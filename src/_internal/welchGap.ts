import { mean, sampleVariance } from "./payStats.js";
import { tForLevel, twoSidedTP } from "./studentT.js";

/** Welch's interval for a gap (reference − group) / reference × 100, or why there is none. */
export type WelchGap =
  | { readonly status: "ok"; readonly lower: number; readonly upper: number; readonly df: number; readonly t: number; readonly pValue: number }
  | { readonly status: "too-few" | "no-variation" };

/**
 * Welch's unequal-variance t interval for the difference of means d = m_ref − m_group, divided by
 * the reference mean: 100·(d ± t·se)/m_ref with se² = s²_ref/n_ref + s²_group/n_group and the
 * Welch–Satterthwaite degrees of freedom df = se⁴ / ((s²_ref/n_ref)²/(n_ref − 1) + (s²_group/n_group)²/(n_group − 1)).
 * The reference mean is held fixed (its sampling error is ignored). Needs two people in each
 * sample (`"too-few"`) and some variation (`"no-variation"` when everyone in each sample is paid
 * the same).
 * The caller guarantees a reference mean other than 0.
 */
export function welchGap(reference: readonly number[], group: readonly number[], level: number): WelchGap {
  if (reference.length < 2 || group.length < 2) return { status: "too-few" };
  const constant = (v: readonly number[]) => Math.min(...v) === Math.max(...v);
  if (constant(reference) && constant(group)) return { status: "no-variation" };
  const mr = mean(reference);
  const mg = mean(group);
  const vr = sampleVariance(reference, mr) / reference.length;
  const vg = sampleVariance(group, mg) / group.length;
  const se2 = vr + vg;
  const se = Math.sqrt(se2);
  const df = (se2 * se2) / ((vr * vr) / (reference.length - 1) + (vg * vg) / (group.length - 1));
  const d = mr - mg;
  const half = tForLevel(level, df) * se;
  const t = d / se;
  return { status: "ok", lower: (100 * (d - half)) / mr, upper: (100 * (d + half)) / mr, df, t, pValue: twoSidedTP(t, df) };
}
