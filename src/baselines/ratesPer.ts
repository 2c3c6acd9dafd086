import { checkBaseline } from "../_internal/checkBaseline.js";
import { normaliseCounts } from "../_internal/normaliseCounts.js";
import type { GroupCounts } from "../types.js";
import { checkLevel, checkMethod, checkOptions, checkPositive } from "../_internal/validate.js";
import { freezeResult } from "../_internal/freeze.js";
import { rate, type RateEstimate, type RateOptions } from "../stats/rate.js";
import type { AreaRef, Baseline } from "./types.js";

/** One group's rate. */
export interface GroupRate {
  /** The baseline's group label. */
  readonly group: string;
  /** Events counted for the group. */
  readonly count: number;
  /** The group's population, or `null` where the publisher suppressed it. */
  readonly population: number | null;
  /** The rate with its interval (see {@link rate}), or `null` where the population is suppressed or 0. */
  readonly rate: RateEstimate | null;
}

/** A mismatch between the counts and the baseline, reported rather than dropped. */
export interface RatesIssue {
  /**
   * `"count-without-population"`: a counted group the baseline lacks (e.g. unknown ethnicity);
   * `"population-without-count"`: a baseline group with no count supplied;
   * `"suppressed-population"`: the group's population is suppressed, so no rate;
   * `"zero-population"`: the group's population is 0, so no rate;
   * `"partly-suppressed-population"`: the population leaves out small suppressed cells, so the
   * rate is computed but may be slightly overstated.
   */
  readonly kind: "count-without-population" | "population-without-count" | "suppressed-population" | "zero-population" | "partly-suppressed-population";
  /** The group concerned. */
  readonly group: string;
  /** Its count, where there is one. */
  readonly count: number | null;
  /** Its population, where there is one. */
  readonly population: number | null;
  /** A sentence for a report. */
  readonly message: string;
}

/** The result of {@link ratesPer}. */
export interface RatesTable {
  /** The baseline's area. */
  readonly area: AreaRef;
  /** The baseline's dimension. */
  readonly dimension: string;
  /** The multiplier. */
  readonly per: number;
  /** The confidence level. */
  readonly level: number;
  /** One row per baseline group that has a count, in the baseline's order. */
  readonly rows: readonly GroupRate[];
  /** Every count or population that could not be turned into a rate. */
  readonly issues: readonly RatesIssue[];
}

const FN = "ratesPer";

/**
 * Rates per 1,000 (or `per`) for each group of a baseline: counts joined to populations by group
 * label (ignoring case), each computed by {@link rate} with its interval.
 *
 * @remarks
 * Nothing is dropped silently: a counted group the baseline lacks (such as `Unknown` ethnicity,
 * which the Home Office leaves out of rate numerators), a baseline group with no count, and a
 * group whose population is suppressed each appear in `issues` with a sentence saying so.
 *
 * @param counts - `{ group, count }[]` or a record from group to count
 * @param baseline - the population baseline (e.g. from {@link gwentPopulation})
 * @param options - `per` (default 1000), `level` (default 0.95), `method` (default `"auto"`)
 * @returns a frozen {@link RatesTable}
 * @throws {@link ArgumentError} for invalid counts (negative, repeated groups) or options
 *
 * @example
 * ```ts
 * const b = baselineFromCensusCsv("geography code,Sex: All persons,Sex: Female,Sex: Male\nA,20000,10500,9500");
 * const t = ratesPer({ Female: 21, Male: 38, Unknown: 4 }, b);
 * t.rows.map((r) => r.rate?.value) // => [2, 4]
 * t.issues[0]?.kind // => "count-without-population"
 * ```
 */
export function ratesPer(counts: GroupCounts, baseline: Baseline, options?: RateOptions): RatesTable {
  const opts = checkOptions(FN, options);
  const level = checkLevel(FN, opts.level);
  const per = opts.per === undefined ? 1000 : checkPositive(FN, "options.per", opts.per);
  const method = checkMethod(FN, opts.method, ["auto", "byar", "exact", "wald"] as const, "auto");
  const b = checkBaseline(FN, "baseline", baseline);
  const entries = normaliseCounts(FN, counts);
  const byLabel = new Map(entries.map((e) => [e.group.trim().toLowerCase(), e]));
  const rows: GroupRate[] = [];
  const issues: RatesIssue[] = [];
  for (const g of b.groups) {
    const entry = byLabel.get(g.group.trim().toLowerCase());
    byLabel.delete(g.group.trim().toLowerCase());
    if (!entry) {
      issues.push({ kind: "population-without-count", group: g.group, count: null, population: g.population, message: `No count was supplied for ${g.group}; it has no rate.` });
      continue;
    }
    if (g.population === null || g.population === 0) {
      const kind = g.population === null ? "suppressed-population" : "zero-population";
      const why = g.population === null ? "is suppressed in the source table" : "is 0";
      issues.push({ kind, group: g.group, count: entry.count, population: g.population, message: `The population of ${g.group} ${why}, so its ${entry.count} events have no rate.` });
      rows.push({ group: g.group, count: entry.count, population: g.population, rate: null });
      continue;
    }
    if (g.suppressedParts && g.suppressedParts.length > 0) {
      const message = `The population of ${g.group} leaves out suppressed cells (${g.suppressedParts.join(", ")}), so its rate may be slightly overstated.`;
      issues.push({ kind: "partly-suppressed-population", group: g.group, count: entry.count, population: g.population, message });
    }
    rows.push({ group: g.group, count: entry.count, population: g.population, rate: rate(entry.count, g.population, { per, level, method }) });
  }
  for (const e of byLabel.values()) {
    issues.push({ kind: "count-without-population", group: e.group, count: e.count, population: null, message: `${e.count} events for ${e.group} have no population in the baseline and are left out of the rates.` });
  }
  return freezeResult({ area: b.area, dimension: b.dimension, per, level, rows, issues });
}
