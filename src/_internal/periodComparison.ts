import type { ChangeAssessment, ImprovementDirection } from "../trends/compareToBaseline.js";
import type { ChangeDirection, PercentChange } from "../trends/types.js";

/** Whether a higher, similar or lower figure is better, worse or neither, given which direction is an improvement. */
export function assess(comparison: ChangeDirection, improvement: ImprovementDirection): ChangeAssessment {
  if (improvement === "neither") return "not-applicable";
  if (comparison === "similar") return "similar";
  return (comparison === "higher") === (improvement === "increase") ? "better" : "worse";
}

/** Fingertips-style classification: higher when the interval is wholly above 1, lower when wholly below. */
export function changeDirection(lower: number, upper: number): ChangeDirection {
  if (lower > 1) return "higher";
  if (upper < 1) return "lower";
  return "similar";
}

/** A ratio and its limits as a percentage change, (ratio − 1) × 100. */
export function percentChange(value: number | null, lower: number, upper: number): PercentChange {
  return { value: value === null ? null : (value - 1) * 100, lower: (lower - 1) * 100, upper: upper === Infinity ? Infinity : (upper - 1) * 100 };
}
