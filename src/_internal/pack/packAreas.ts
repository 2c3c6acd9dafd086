import { gwentAreas } from "../../baselines/gwentAreas.js";
import { gwentPopulation } from "../../baselines/gwentPopulation.js";
import type { CountRow } from "../../csv/types.js";
import { deprivationCounts } from "../../measures/deprivationCounts.js";
import { deprivationGradient } from "../../measures/deprivationGradient.js";
import type { DisclosureRow } from "../../report/disclose.js";
import { funnelPlotSpec } from "../../report/funnelPlotSpec.js";
import type { PackChart, PackSection, PackTable } from "../../report/scrutinyPackTypes.js";
import { funnelSignificance } from "../../stats/funnelSignificance.js";
import { labelText, type PackContext, type PackSource } from "./packContext.js";
import { countsBy, inPeriod, sumRows } from "./packCounts.js";
import { fig } from "./packRound.js";
import { isSuppressed, packTable } from "./packTable.js";
import { monthsNote } from "./packStopSearch.js";

const LIMIT_COLUMNS = [["lower_95", "Lower 95% limit"], ["upper_95", "Upper 95% limit"], ["lower_99_8", "Lower 99.8% limit"], ["upper_99_8", "Upper 99.8% limit"]] as const;

/** Recorded crime per 1,000 residents in each Gwent local authority, against the Gwent rate, with funnel limits. */
function funnelTable(ctx: PackContext, source: PackSource): { table: PackTable; chart: PackChart | null } {
  const inP = (r: CountRow) => inPeriod(r, source.period);
  const las = gwentAreas().filter((a) => a.kind === "local authority");
  const areas = las.map((la) => ({
    area: la.code,
    numerator: sumRows(source.input.counts, (r) => inP(r) && (r["localAuthority"] === la.code || r["localAuthority"] === la.name)),
    denominator: gwentPopulation({ census: 2021, by: "total", area: la.code }).total,
  }));
  const result = funnelSignificance(areas, { per: 1000 });
  const rows: DisclosureRow[] = result.areas.map((a) => ({
    area: a.area, name: las.find((la) => la.code === a.area)?.name ?? a.area, crimes: a.numerator, population: a.denominator, rate: fig(a.value),
    lower_95: fig(a.limits[0]?.lower), upper_95: fig(a.limits[0]?.upper), lower_99_8: fig(a.limits[1]?.lower), upper_99_8: fig(a.limits[1]?.upper),
    significance: a.significance,
  }));
  const { table, disclosed } = packTable(ctx, {
    id: "crime-by-local-authority", title: `Recorded crime per 1,000 residents by local authority, ${source.period}`,
    columns: [["area", "col.area"], ["name", "Name"], ["crimes", "col.count"], ["population", "col.population"], ["rate", "col.rate"], ...LIMIT_COLUMNS, ["significance", "Against the Gwent rate"]],
    rows, counts: ["crimes"], derived: Object.fromEntries(["rate", "significance"].map((c) => [c, ["crimes"]])),
    notes: [
      `Funnel limits around the Gwent rate (${fig(result.target)} per 1,000; ${result.method}); Census 2021 usual residents.`,
      "Crimes whose location falls outside Gwent's five local authorities, or has no LSOA, are not in any row.",
      monthsNote(source, source.period),
    ],
    sources: [source],
  });
  if (result.areas.some((_, i) => isSuppressed(disclosed, i, "crimes"))) return { table, chart: null };
  const names = Object.fromEntries(las.map((la) => [la.code, labelText(ctx, "area", la.code)]));
  return { table, chart: { id: "crime-funnel", table: table.id, spec: funnelPlotSpec(result, { title: table.title, labels: { areas: names } }) } };
}

/** Recorded crime per 1,000 residents by WIMD 2019 quintile of the LSOA, with the slope and relative index of inequality. */
function deprivationTable(ctx: PackContext, source: PackSource): PackTable | null {
  const population = ctx.population("deprivation");
  if (population === null) return null;
  const byLsoa = countsBy(source.input.counts, "lsoaCode", (r) => inPeriod(r, source.period));
  const mapped = deprivationCounts(Object.entries(byLsoa).map(([code, count]) => ({ group: code === "Unknown" ? "" : code, count })));
  const gradient = deprivationGradient(mapped, population, { level: ctx.config.level });
  const rows: DisclosureRow[] = gradient.rows.map((r) => ({
    quintile: r.group, crimes: r.count, population: r.population, rate: fig(r.rate?.value), rate_lower: fig(r.rate?.lower), rate_upper: fig(r.rate?.upper),
  }));
  const unmatched = mapped.total - mapped.matched;
  return packTable(ctx, {
    id: "crime-by-deprivation", title: `${ctx.t("heading.deprivationQuintile")}: recorded crime per 1,000 residents, ${source.period}`,
    columns: [["quintile", "WIMD 2019 quintile"], ["crimes", "col.count"], ["population", "col.population"], ["rate", "col.rate"], ["rate_lower", "Rate: lower limit"], ["rate_upper", "Rate: upper limit"]],
    rows, counts: ["crimes"], derived: { rate: ["crimes"], rate_lower: ["crimes"], rate_upper: ["crimes"] },
    notes: [
      `Most deprived (Q1) against least deprived (Q5): rate ratio ${fig(gradient.extremes?.rateRatio.value) ?? "not available"} (${fig(gradient.extremes?.rateRatio.lower)} to ${fig(gradient.extremes?.rateRatio.upper)}).`,
      `Slope index of inequality ${fig(gradient.sii.value)} per 1,000 (${fig(gradient.sii.lower)} to ${fig(gradient.sii.upper)}; ${gradient.sii.method}); relative index ${fig(gradient.rii.value)}.`,
      `${unmatched} crimes without a Gwent LSOA are not in any quintile. Populations: ONS mid-2020 LSOA estimates by all-Wales WIMD 2019 quintile.`,
    ],
    sources: [source],
  }).table;
}

/** Crime by local authority (funnel plot) and by deprivation quintile. */
export function areasSection(ctx: PackContext, source: PackSource): PackSection {
  const funnel = funnelTable(ctx, source);
  const deprivation = deprivationTable(ctx, source);
  return {
    id: "areas", title: `${ctx.t("section.areas")}, ${source.period}`,
    summary: ["Where crime is recorded: each local authority against the Gwent rate, and the gradient from the most to the least deprived areas."],
    tables: deprivation ? [funnel.table, deprivation] : [funnel.table],
    charts: funnel.chart ? [funnel.chart] : [],
  };
}
