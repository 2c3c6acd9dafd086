/** A special-cause rule a point can trigger. */
export type SpcRuleName = "outside-limits" | "shift" | "trend" | "two-of-three";

/** How the rules are applied. */
export interface RuleSettings {
  /** Points in a run on one side of the centre line that make a shift. */
  readonly shiftLength: number;
  /** Points in a strictly rising or falling run that make a trend. */
  readonly trendLength: number;
  /** Whether points beyond 3σ count towards two-of-three (Making Data Count since Nov 2023) or not (NHSRplotthedots 0.2.2). */
  readonly twoOfThreeIncludesOutside: boolean;
}

/** Each point's rules and the direction (+1 high, −1 low, 0 none) of its highest-priority rule. */
export interface PointRules {
  readonly rules: SpcRuleName[];
  readonly direction: -1 | 0 | 1;
}

/** Marks every point of each maximal run (from `start` to `end` inclusive) at least `length` long. */
function markRuns(n: number, length: number, sameRun: (i: number) => boolean, mark: (from: number, to: number) => void): void {
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && sameRun(i)) continue;
    if (i - start >= length) mark(start, i - 1);
    start = i;
  }
}

/**
 * Applies the four Making Data Count rules to one segment (a run of points sharing limits), as
 * NHSRplotthedots does: side of the centre line by sign (a point on the line breaks a shift), a
 * trend by strictly rising or falling consecutive values (a tie breaks it), two of three
 * consecutive points beyond 2σ with all three on the same side, and priority outside limits >
 * trend > two-of-three > shift for the direction.
 */
export function spcRules(values: readonly number[], centre: number, outer: readonly number[], inner: readonly number[], settings: RuleSettings): PointRules[] {
  const n = values.length;
  const side = values.map((v) => Math.sign(v - centre));
  const outside = values.map((v, i) => v > centre + (outer[i] as number) || v < centre - (outer[i] as number));
  const beyond2 = values.map((v, i) => v > centre + (inner[i] as number) || v < centre - (inner[i] as number));
  const counted = beyond2.map((b, i) => b && (settings.twoOfThreeIncludesOutside || !outside[i]));
  const shift = new Array<boolean>(n).fill(false);
  markRuns(n, settings.shiftLength, (i) => side[i] !== 0 && side[i] === side[i - 1], (a, b) => shift.fill(true, a, b + 1));
  // A point is part of a trend when some window of trendLength points containing it rises (or
  // falls) strictly at every step; at a turning point the later trend gives the direction.
  const step = (i: number) => (i < 1 || i >= n ? 0 : Math.sign((values[i] as number) - (values[i - 1] as number)));
  const inTrend = new Array<boolean>(n).fill(false);
  let run = 0;
  for (let i = 1; i < n; i++) {
    run = step(i) !== 0 && step(i) === step(i - 1) ? run + 1 : step(i) !== 0 ? 1 : 0;
    if (run >= settings.trendLength - 1) inTrend.fill(true, i - settings.trendLength + 1, i + 1);
  }
  const trendDirection = inTrend.map((part, i) => (!part ? 0 : inTrend[i + 1] === true && step(i + 1) !== 0 ? step(i + 1) : step(i)));
  const twoOfThree = new Array<boolean>(n).fill(false);
  for (let i = 0; i + 2 < n; i++) {
    const window = [i, i + 1, i + 2];
    const sameSide = side[i] !== 0 && side[i] === side[i + 1] && side[i] === side[i + 2];
    if (sameSide && window.filter((j) => counted[j]).length >= 2) for (const j of window) if (counted[j]) twoOfThree[j] = true;
  }
  return values.map((_, i) => {
    const rules: SpcRuleName[] = [];
    if (outside[i]) rules.push("outside-limits");
    if (shift[i]) rules.push("shift");
    if (trendDirection[i] !== 0) rules.push("trend");
    if (twoOfThree[i]) rules.push("two-of-three");
    const direction = rules.length === 0 ? 0 : !outside[i] && trendDirection[i] !== 0 ? trendDirection[i] : side[i];
    return { rules, direction: direction as -1 | 0 | 1 };
  });
}
