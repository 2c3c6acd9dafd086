import { ConditionalTable } from "./fisherConditional.js";
import { twoSidedNormalP, zForLevel } from "./quantiles.js";

/**
 * The interval and two-sided p-value (against a ratio of 1) of a cross ratio
 * `value = scale · (a·d)/(b·c)` of four counts: on the log scale with SE √(1/a + 1/b + 1/c + 1/d)
 * (Woolf; the delta method), or exact, conditional on the margins (Fisher's noncentral
 * hypergeometric, as R's `fisher.test`), whose odds-ratio limits are multiplied by `scale` and
 * whose p-value is taken at an odds ratio of 1/scale. `scale` is 1 for an odds ratio; for a ratio
 * of rate ratios it carries the person-time. The log-scale form needs four counts above 0.
 */
export function crossRatioInterval(a: number, b: number, c: number, d: number, value: number, exact: boolean, level: number, scale = 1): { lower: number; upper: number; pValue: number } {
  if (!exact) {
    const se = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
    const log = Math.log(value);
    const z = zForLevel(level);
    return { lower: Math.exp(log - z * se), upper: Math.exp(log + z * se), pValue: twoSidedNormalP(log / se) };
  }
  const table = new ConditionalTable(a, b, c, d);
  const start = Math.log(((a + 0.5) * (d + 0.5)) / ((b + 0.5) * (c + 0.5)));
  const odds = table.limits((1 - level) / 2, start);
  return { lower: odds.lower * scale, upper: odds.upper * scale, pValue: table.pValue(-Math.log(scale)) };
}
