import type { Baseline } from "../../baselines/types.js";
import type { DisclosureRow } from "../../report/disclose.js";
import type { PackSection } from "../../report/scrutinyPackTypes.js";
import { compareRatios } from "../../trends/compareRatios.js";
import { REFERENCE_ETHNICITY, type PackContext, type PackSource } from "./packContext.js";
import { countsBy, inPeriod } from "./packCounts.js";
import { fig } from "./packRound.js";
import { packTable } from "./packTable.js";
import { monthsNote } from "./packStopSearch.js";

const COLUMNS = [
  ["group", "col.group"], ["baseline_count", "Baseline count"], ["baseline_reference_count", "Baseline reference count"],
  ["current_count", "Current count"], ["current_reference_count", "Current reference count"],
  ["baseline_ratio", "Baseline ratio"], ["current_ratio", "Current ratio"],
  ["change", "col.change"], ["change_lower", "Change: lower limit"], ["change_upper", "Change: upper limit"], ["p_value", "p"],
  ["comparison", "Comparison"], ["method", "col.method"],
] as const;
const COUNTS = ["baseline_count", "baseline_reference_count", "current_count", "current_reference_count"];

function populationOf(baseline: Baseline, group: string): number | null {
  return baseline.groups.find((g) => g.group === group)?.population ?? null;
}

/** Each group's ratio against White in the baseline period and now, and the ratio of the two with its interval. */
export function changeSection(ctx: PackContext, source: PackSource): PackSection {
  const { baseline: before } = ctx.config.period;
  const now = source.period;
  const title = `${ctx.t("section.change")}: ${before} to ${now}`;
  const population = ctx.population("ethnicity");
  if (population === null) return { id: "change", title, summary: ["No ethnicity baseline is available."], tables: [], charts: [] };
  const then = countsBy(source.input.counts, "ethnicity", (r) => inPeriod(r, before));
  const current = countsBy(source.input.counts, "ethnicity", (r) => inPeriod(r, now));
  const rows: DisclosureRow[] = [];
  const reference = REFERENCE_ETHNICITY;
  const referencePopulation = populationOf(population, reference);
  for (const g of population.groups) {
    const group = g.group;
    const groupPopulation = g.population;
    if (group === reference || groupPopulation === null || referencePopulation === null) continue;
    const counts = { baseline_count: then[group] ?? 0, baseline_reference_count: then[reference] ?? 0, current_count: current[group] ?? 0, current_reference_count: current[reference] ?? 0 };
    const change = compareRatios(
      { group: { count: counts.baseline_count, population: groupPopulation }, reference: { count: counts.baseline_reference_count, population: referencePopulation } },
      { group: { count: counts.current_count, population: groupPopulation }, reference: { count: counts.current_reference_count, population: referencePopulation } },
      { level: ctx.config.level },
    );
    rows.push({
      group, ...counts, baseline_ratio: fig(change.before.ratio.value), current_ratio: fig(change.after.ratio.value),
      change: fig(change.value), change_lower: fig(change.lower), change_upper: fig(change.upper), p_value: fig(change.pValue),
      comparison: change.comparison, method: change.method,
    });
  }
  const derived = Object.fromEntries(COLUMNS.map(([c]) => c).filter((c) => !COUNTS.includes(c) && c !== "group" && c !== "method").map((c) => [c, COUNTS]));
  const { table } = packTable(ctx, {
    id: "change-against-baseline", title, columns: COLUMNS, rows, counts: COUNTS, derived,
    notes: [
      `Change is the current ratio divided by the baseline ratio (1 = no change), with a ${Math.round(ctx.config.level * 100)}% interval; the same census population is used for both periods.`,
      monthsNote(source, before), monthsNote(source, now),
    ],
    sources: [source],
  });
  return { id: "change", title, summary: [`How each group's rate ratio against ${reference} has moved since ${before}.`], tables: [table], charts: [] };
}
