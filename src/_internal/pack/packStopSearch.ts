import { rebandAges } from "../../baselines/rebandAges.js";
import { policeUkAgeBands } from "../../classify/policeUkAgeBands.js";
import { disproportionality } from "../../measures/disproportionality.js";
import type { PackChart, PackSection, PackTable } from "../../report/scrutinyPackTypes.js";
import type { PackContext, PackSource } from "./packContext.js";
import { countsBy, inPeriod, valuesOf } from "./packCounts.js";
import { disproportionalitySection } from "./packDisproportionality.js";

/** A note on how many months of the period have any records (a missing month lowers every rate). */
export function monthsNote(source: PackSource, period: string): string {
  const months = valuesOf(source.input.counts.filter((r) => inPeriod(r, period) && r.count > 0), "month");
  const expected = period.includes(" Q") ? 3 : 12;
  const coverage = `${source.config.name}: records in ${months.length} of the ${expected} months of ${period}`;
  return months.length < expected ? `${coverage}. Rates for this period are lower than a full period's would be.` : `${coverage}.`;
}

/** Stop and search by ethnicity in the current period (the headline table and forest plot). */
export function stopSearchSection(ctx: PackContext, source: PackSource): PackSection {
  const period = source.period;
  const baseline = ctx.population("ethnicity");
  const title = `${ctx.t("section.stopSearch")}, ${ctx.config.area}, ${period}`;
  if (baseline === null) return { id: "stop-search", title, summary: ["No ethnicity baseline is available."], tables: [], charts: [] };
  const counts = countsBy(source.input.counts, "ethnicity", (r) => inPeriod(r, period));
  const result = disproportionality(counts, baseline, { level: ctx.config.level });
  const { table, chart } = disproportionalitySection(ctx, { id: "stop-search-ethnicity", title, labels: "group", source, notes: [monthsNote(source, period)] }, result);
  const summary = [
    `Searches recorded for each ethnic group per 1,000 residents of that group, and each group's rate divided by the ${result.reference} rate, with ${Math.round(ctx.config.level * 100)}% confidence intervals. Self-defined ethnicity.`,
  ];
  return { id: "stop-search", title, summary, tables: [table], charts: chart ? [chart] : [] };
}

/** Rates and ratios by sex and by data.police.uk age band for one source's period, or `null` when the baseline has no sex or age tables. */
export function sexAgeTables(ctx: PackContext, source: PackSource, sexField: string, id: string, title: string): { tables: PackTable[]; charts: PackChart[] } | null {
  const sex = ctx.population("sex");
  const age = ctx.population("age");
  if (sex === null || age === null) return null;
  const inP = (r: Parameters<typeof inPeriod>[0]) => inPeriod(r, source.period);
  const bySex = disproportionality(countsBy(source.input.counts, sexField, inP), sex, { level: ctx.config.level });
  const bands = rebandAges(age, policeUkAgeBands, { split: "uniform" });
  const byAge = disproportionality(countsBy(source.input.counts, "ageBand", inP), bands, { level: ctx.config.level });
  const ageNote = "Census five-year age bands are split evenly by single year to fit the data.police.uk bands (10-17, 18-24): those populations are estimates.";
  const s = disproportionalitySection(ctx, { id: `${id}-sex`, title: `${title}: sex`, labels: "sex", source }, bySex);
  const a = disproportionalitySection(ctx, { id: `${id}-age`, title: `${title}: age`, labels: "age", source, notes: [ageNote] }, byAge);
  return { tables: [s.table, a.table], charts: [s.chart, a.chart].filter((c) => c !== null) };
}

/** Stop and search by sex and by age band in the current period, where the baseline has them. */
export function sexAgeSection(ctx: PackContext, source: PackSource): PackSection {
  const title = `${ctx.t("section.sexAge")}, ${source.period}`;
  const found = sexAgeTables(ctx, source, "gender", "stop-search", title);
  if (found === null) return { id: "sex-age", title, summary: ["The configured baseline has no sex or age tables."], tables: [], charts: [] };
  return { id: "sex-age", title, summary: ["The same rates and ratios by the searched person's sex and age band, against the largest group."], ...found };
}
