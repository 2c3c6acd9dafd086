import { mean, median } from "./payStats.js";

/** Why a gender pay gap figure has no value, or `"ok"`. */
export type GapStatus = "ok" | "no-men" | "no-women" | "no-men-or-women" | "zero-male-average";

/** A gap figure: the percentage gap, the two averages behind it, and its status. */
export interface GapFigure {
  readonly value: number | null;
  readonly male: number | null;
  readonly female: number | null;
  readonly status: GapStatus;
}

/** Which of the two groups is empty, as a status (`"ok"` when neither). */
export function emptiness(men: number, women: number): Exclude<GapStatus, "zero-male-average"> {
  if (men === 0) return women === 0 ? "no-men-or-women" : "no-men";
  return women === 0 ? "no-women" : "ok";
}

/** (A − B) / A × 100 with A and B the male and female mean (or median) of the values given. */
export function gapFigure(men: readonly number[], women: readonly number[], average: "mean" | "median"): GapFigure {
  const of = average === "mean" ? mean : median;
  const male = men.length > 0 ? of(men) : null;
  const female = women.length > 0 ? of(women) : null;
  const empty = emptiness(men.length, women.length);
  if (empty !== "ok") return { value: null, male, female, status: empty };
  if (male === 0) return { value: null, male, female, status: "zero-male-average" };
  return { value: (((male as number) - (female as number)) / (male as number)) * 100, male, female, status: "ok" };
}

/** A percentage k / n × 100, `null` when n is 0. */
export function percentOf(k: number, n: number): number | null {
  return n === 0 ? null : (k / n) * 100;
}
