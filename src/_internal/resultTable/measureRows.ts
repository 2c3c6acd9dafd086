import type { RatesTable } from "../../baselines/ratesPer.js";
import type { DecisionStagesResult } from "../../measures/decisionStages.js";
import type { DeprivationGradient } from "../../measures/deprivationGradient.js";
import type { DisproportionalityTable } from "../../measures/disproportionality.js";
import type { DisproportionalityByArea } from "../../measures/disproportionalityByArea.js";
import type { OutcomeRatesResult } from "../../measures/outcomeRates.js";
import { forestPlotSpec } from "../../report/forestPlotSpec.js";
import type { RateEstimate } from "../../stats/rate.js";
import { built, estimateCells, finite, ratioCells, type BuiltTable } from "./cells.js";

const RATE = ["rate", "rateLower", "rateUpper", "rateMethod"];
const RATIO = ["ratio", "ratioLower", "ratioUpper", "ratioMethod", "ratioStatus", "pValue"];
const none = () => null;

/** Why a baseline rate is missing: its own status, else a suppressed or zero population. */
function rateStatus(rate: RateEstimate | null, population: number | null): string {
  return rate?.status ?? (population === null ? "suppressed-population" : "zero-population");
}

/** One row per group: counts, rate and ratio with their intervals, adjusted p-value and significance. */
export function disproportionalityRows(t: DisproportionalityTable): BuiltTable {
  const columns = ["group", "count", "population", "status", ...RATE, ...RATIO, "adjustedPValue", "significant", "reference", "level", "per"];
  const rows = t.rows.map((r) => ({
    group: r.group, count: r.count, population: r.population, status: r.status, ...estimateCells("rate", r.rate), ...ratioCells(r.ratio),
    adjustedPValue: finite(r.ratio?.adjustedPValue), significant: r.significant, reference: t.reference, level: t.level, per: t.per,
  }));
  const title = `Rates per ${t.per} and rate ratios against ${t.reference} by ${t.dimension}, ${t.area.name}`;
  return built(title, columns, rows, () => forestPlotSpec(t), "group");
}

/** One row per group: count, population and rate with its interval. */
export function ratesRows(t: RatesTable): BuiltTable {
  const columns = ["group", "count", "population", "rate", "lower", "upper", "method", "status", "level", "per"];
  const rows = t.rows.map((r) => ({
    group: r.group, count: r.count, population: r.population, rate: finite(r.rate?.value), lower: finite(r.rate?.lower), upper: finite(r.rate?.upper),
    method: r.rate?.method ?? null, status: rateStatus(r.rate, r.population), level: t.level, per: t.per,
  }));
  return built(`Rates per ${t.per} by ${t.dimension}, ${t.area.name}`, columns, rows, none, "group");
}

/** One row per stage and group: the stage's rate over the previous stage and its ratio against the reference. */
export function stagesRows(t: DecisionStagesResult): BuiltTable {
  const columns = ["stage", "previousStage", "group", "count", "previous", "status", ...RATE, ...RATIO, "reference", "level"];
  const rows = t.stages.flatMap((s) => s.rows.map((r) => ({
    stage: s.stage, previousStage: s.previousStage, group: r.group, count: r.count, previous: r.previous, status: r.status,
    ...estimateCells("rate", r.rate), ...ratioCells(r.ratio), reference: t.reference, level: t.level,
  })));
  return built(`Decision stages by group against ${t.reference}`, columns, rows, none);
}

/** One row per group of known ethnicity: the outcome rate and its ratio against the reference. */
export function outcomeRows(t: OutcomeRatesResult): BuiltTable {
  const columns = ["group", "outcomes", "searches", "status", ...RATE, ...RATIO, "reference", "level"];
  const rows = t.rows.map((r) => ({
    group: r.group, outcomes: r.outcomes, searches: r.searches, status: r.status, ...estimateCells("rate", r.rate), ...ratioCells(r.ratio),
    reference: t.reference, level: t.level,
  }));
  return built(`Outcome rates by group against ${t.reference}`, columns, rows, none, "group");
}

/** One row per deprivation group, most deprived first: share, ridit and rate with its interval. */
export function deprivationRows(t: DeprivationGradient): BuiltTable {
  const columns = ["group", "count", "population", "share", "ridit", "rate", "lower", "upper", "method", "status", "level", "per"];
  const rows = t.rows.map((r) => ({
    group: r.group, count: r.count, population: r.population, share: finite(r.share), ridit: finite(r.ridit), rate: finite(r.rate?.value),
    lower: finite(r.rate?.lower), upper: finite(r.rate?.upper), method: r.rate?.method ?? null, status: rateStatus(r.rate, r.population), level: t.level, per: t.per,
  }));
  return built(`Rates per ${t.per} by deprivation group, most deprived first`, columns, rows, none, "group");
}

/** The `area` of the pooled rows of a {@link DisproportionalityByArea} table. */
export const POOLED = "All (pooled)";

/**
 * One row per area and group, as {@link disproportionalityRows} with the area's place in the
 * group's funnel (significance, z-score, and the target: the group's rate over all the areas);
 * then one row per non-reference group, area {@link POOLED}, with the Mantel–Haenszel ratio
 * pooled over the areas and its homogeneity p-value (count, population and rate null there).
 */
export function disproportionalityByAreaRows(t: DisproportionalityByArea): BuiltTable {
  const columns = ["area", "group", "count", "population", "status", ...RATE, ...RATIO, "adjustedPValue", "significant", "funnelSignificance", "funnelZScore", "funnelTarget", "homogeneityPValue", "reference", "level", "per"];
  const settings = { reference: t.reference, level: t.level, per: t.per };
  const funnelOf = (group: string) => t.funnels.find((f) => f.group === group)?.funnel;
  const areaRows = t.areas.flatMap(({ area, table }) => table.rows.map((r) => {
    const funnel = funnelOf(r.group);
    const point = funnel?.areas.find((a) => a.area === area);
    return {
      area, group: r.group, count: r.count, population: r.population, status: r.status, ...estimateCells("rate", r.rate), ...ratioCells(r.ratio),
      adjustedPValue: finite(r.ratio?.adjustedPValue), significant: r.significant, funnelSignificance: point?.significance ?? null, funnelZScore: finite(point?.zScore),
      funnelTarget: point === undefined ? null : finite(funnel?.target), ...settings,
    };
  }));
  const pooledRows = t.pooled.map((p) => ({
    area: POOLED, group: p.group, status: p.status, ...ratioCells(p.estimate),
    homogeneityPValue: p.estimate?.homogeneity.status === "ok" ? p.estimate.homogeneity.pValue : null, ...settings,
  }));
  const dimension = t.areas[0]?.table.dimension ?? "group";
  return built(`Rates per ${t.per} and rate ratios against ${t.reference} by area and ${dimension}, pooled over the areas`, columns, [...areaRows, ...pooledRows], none);
}
