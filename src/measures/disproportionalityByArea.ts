import type { Baseline } from "../baselines/types.js";
import { ArgumentError } from "../errors.js";
import { funnelSignificance, type FunnelSignificance } from "../stats/funnelSignificance.js";
import { checkAreaList } from "../_internal/checkAreaList.js";
import { checkBaseline } from "../_internal/checkBaseline.js";
import { checkLevels } from "../_internal/funnelCore.js";
import { freezeResult } from "../_internal/freeze.js";
import { checkOptions } from "../_internal/validate.js";
import type { GroupCounts } from "../types.js";
import { disproportionality, type DisproportionalityOptions, type DisproportionalityTable } from "./disproportionality.js";
import { mantelHaenszelRateRatio, type MantelHaenszelRateRatioEstimate } from "./mantelHaenszelRateRatio.js";

/** One area's counts and population baseline. */
export interface AreaCounts {
  /** The area's name or code (unique), e.g. `"Newport"`. */
  readonly area: string;
  /** Events by group, as for {@link disproportionality}. */
  readonly counts: GroupCounts;
  /** The area's population baseline, e.g. `gwentPopulation({ area: "Newport" })`. */
  readonly baseline: Baseline;
}

/** Options for {@link disproportionalityByArea}: those of {@link disproportionality}, plus the funnels'. */
export interface DisproportionalityByAreaOptions extends DisproportionalityOptions {
  /** Levels of the funnel limits; defaults to `[0.95, 0.998]`. */
  readonly funnelLevels?: readonly number[];
  /** Allow for overdispersion between areas in the funnels (Spiegelhalter 2005); defaults to false. */
  readonly overdispersion?: boolean;
}

/** One area's table. */
export interface AreaTable {
  /** The area, as given. */
  readonly area: string;
  /** Its disproportionality table (see {@link disproportionality}). */
  readonly table: DisproportionalityTable;
}

/** A group's rate ratio pooled over the areas. */
export interface PooledRatio {
  /** The group. */
  readonly group: string;
  /** `"ok"`, or `"no-areas"` when no area has both this group's and the reference's rate (`estimate` is then `null`). */
  readonly status: "ok" | "no-areas";
  /** The areas pooled: those where the group's row has a ratio. */
  readonly areas: readonly string[];
  /** The areas left out (the group or the reference has no rate there). */
  readonly leftOut: readonly string[];
  /** The Mantel–Haenszel rate ratio across `areas` (see {@link mantelHaenszelRateRatio}). */
  readonly estimate: MantelHaenszelRateRatioEstimate | null;
}

/** A group's rate in each area against the group's rate over all the areas. */
export interface GroupFunnel {
  /** The group. */
  readonly group: string;
  /** `"ok"`, or `"no-areas"` when no area has a rate for the group (`funnel` is then `null`). */
  readonly status: "ok" | "no-areas";
  /** The areas left out (population suppressed or 0). */
  readonly leftOut: readonly string[];
  /** The funnel (see {@link funnelSignificance}, type `"rate"`). */
  readonly funnel: FunnelSignificance | null;
}

/** The result of {@link disproportionalityByArea}. */
export interface DisproportionalityByArea {
  /** The reference group. */
  readonly reference: string;
  /** The confidence level. */
  readonly level: number;
  /** The multiplier of the rates. */
  readonly per: number;
  /** One table per area, in the order given. */
  readonly areas: readonly AreaTable[];
  /** For each non-reference group, its ratio pooled over the areas. */
  readonly pooled: readonly PooledRatio[];
  /** For each group, the funnel of its rate by area. */
  readonly funnels: readonly GroupFunnel[];
}

const FN = "disproportionalityByArea";

/**
 * The disproportionality table for each area (local authority, LPA), each group's rate ratio
 * pooled over the areas by Mantel–Haenszel, and a funnel plot of each group's rate by area.
 *
 * @remarks
 * - Each area's table is {@link disproportionality} of its counts against its own baseline (rates
 *   per 1,000, ratios against the reference with exact intervals, Holm-adjusted p-values, unknowns).
 *   The reference (default `"White"` for ethnicity) is resolved in the first area and used in all.
 * - `pooled`: for each group, {@link mantelHaenszelRateRatio} over the areas where the group's
 *   row has a ratio — the ratio adjusted for area, which removes the part of the force-wide ratio
 *   that comes only from groups living in areas with more or less recorded activity; with its
 *   Greenland–Robins interval, Mantel–Haenszel test and homogeneity test (do the areas differ?).
 * - `funnels`: for each group, {@link funnelSignificance} of the group's rate in each area against
 *   the group's rate over all the areas (exact Poisson limits, per `per`; `overdispersion` for
 *   Spiegelhalter's adjustment): which areas stand out for that group.
 *
 * For local authorities use `gwentPopulation({ area })` for each; for LPAs the same with `"East
 * LPA"` and `"West LPA"` (or {@link aggregateBaselines} over other areas).
 *
 * References: see {@link disproportionality}, {@link mantelHaenszelRateRatio} and {@link funnelSignificance}.
 *
 * @param areas - one `{ area, counts, baseline }` per area
 * @param options - those of {@link disproportionality} (`reference`, `per`, `level`, `rateMethod`,
 *   `ratioMethod`, `adjust`), `funnelLevels` (default `[0.95, 0.998]`) and `overdispersion` (default false)
 * @returns a frozen {@link DisproportionalityByArea}
 * @throws {@link ArgumentError} for an empty or non-array `areas`, a repeated or non-string area, a
 *   value that is not a baseline, or anything {@link disproportionality} rejects (the message names
 *   the area's index)
 *
 * @example
 * ```ts
 * const result = disproportionalityByArea([
 *   { area: "Newport", counts: { Black: 60, White: 400 }, baseline: gwentPopulation({ area: "Newport" }) },
 *   { area: "Torfaen", counts: { Black: 4, White: 250 }, baseline: gwentPopulation({ area: "Torfaen" }) },
 * ]);
 * result.areas[0]?.table.rows.find((r) => r.group === "Black")?.ratio?.value // => 5.48
 * const black = result.pooled.find((p) => p.group === "Black");
 * black?.estimate?.value // => 5.52
 * black?.estimate?.homogeneity.pValue // => 0.79
 * result.funnels.find((f) => f.group === "White")?.funnel?.areas.map((a) => a.significance) // => ["within", "within"]
 * ```
 */
export function disproportionalityByArea(areas: readonly AreaCounts[], options?: DisproportionalityByAreaOptions): DisproportionalityByArea {
  const opts = checkOptions(FN, options);
  const funnelLevels = checkLevels(FN, opts.funnelLevels, "options.funnelLevels");
  if (opts.overdispersion !== undefined && typeof opts.overdispersion !== "boolean") {
    throw new ArgumentError(FN, "options.overdispersion", "must be true or false", opts.overdispersion);
  }
  const tableOptions: DisproportionalityOptions = Object.fromEntries(Object.entries(opts).filter(([key]) => key !== "funnelLevels" && key !== "overdispersion"));
  const inputs = checkAreas(areas);
  const tables: AreaTable[] = [];
  for (const [i, input] of inputs.entries()) {
    // The first area resolves the reference (the option, or the default); the others reuse it.
    const first = tables[0];
    tables.push({ area: input.area, table: tableFor(i, input, first ? { ...tableOptions, reference: first.table.reference } : tableOptions) });
  }
  const first = (tables[0] as AreaTable).table;
  const groups = [...new Set(tables.flatMap((t) => t.table.rows.map((r) => r.group)))];
  const pooled = groups.filter((g) => g !== first.reference).map((group) => pool(group, tables, first.level));
  const funnels = groups.map((group) => funnelOf(group, tables, first.per, funnelLevels, opts.overdispersion === true));
  return freezeResult({ reference: first.reference, level: first.level, per: first.per, areas: tables, pooled, funnels });
}

function tableFor(index: number, input: AreaCounts, options: DisproportionalityOptions): DisproportionalityTable {
  try {
    return disproportionality(input.counts, input.baseline, options);
  } catch (error) {
    if (!(error instanceof ArgumentError)) throw error;
    const param = error.param.startsWith("options") ? error.param : `areas[${index}].${error.param}`;
    throw new ArgumentError(FN, param, error.rule, error.received);
  }
}

function pool(group: string, tables: readonly AreaTable[], level: number): PooledRatio {
  const used: string[] = [];
  const leftOut: string[] = [];
  const strata = tables.flatMap(({ area, table }) => {
    const ratio = table.rows.find((r) => r.group === group)?.ratio;
    if (!ratio) {
      leftOut.push(area);
      return [];
    }
    used.push(area);
    return [{ stratum: area, count: ratio.group.count, population: ratio.group.population, referenceCount: ratio.reference.count, referencePopulation: ratio.reference.population }];
  });
  if (strata.length === 0) return { group, status: "no-areas", areas: used, leftOut, estimate: null };
  return { group, status: "ok", areas: used, leftOut, estimate: mantelHaenszelRateRatio(strata, { level }) };
}

function funnelOf(group: string, tables: readonly AreaTable[], per: number, levels: number[], overdispersion: boolean): GroupFunnel {
  const leftOut: string[] = [];
  const points = tables.flatMap(({ area, table }) => {
    const rate = table.rows.find((r) => r.group === group)?.rate;
    if (!rate) {
      leftOut.push(area);
      return [];
    }
    return [{ area, numerator: rate.count, denominator: rate.population }];
  });
  if (points.length === 0) return { group, status: "no-areas", leftOut, funnel: null };
  return { group, status: "ok", leftOut, funnel: funnelSignificance(points, { type: "rate", per, levels, overdispersion }) };
}

function checkAreas(areas: unknown): AreaCounts[] {
  return checkAreaList(FN, areas, "{ area, counts, baseline }", (record, area, param) => ({
    area,
    counts: record["counts"] as GroupCounts,
    baseline: checkBaseline(FN, `${param}.baseline`, record["baseline"]),
  }));
}
