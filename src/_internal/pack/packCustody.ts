import { decisionStages } from "../../measures/decisionStages.js";
import { disproportionality } from "../../measures/disproportionality.js";
import { outcomeRates } from "../../measures/outcomeRates.js";
import type { CountRow } from "../../csv/types.js";
import type { PackChart, PackSection, PackTable } from "../../report/scrutinyPackTypes.js";
import { REFERENCE_ETHNICITY, type PackContext, type PackSource } from "./packContext.js";
import { countsBy, inPeriod } from "./packCounts.js";
import { disproportionalitySection } from "./packDisproportionality.js";
import { outcomeTable, stagesTable } from "./packProportions.js";
import { monthsNote, sexAgeTables } from "./packStopSearch.js";

/** Detentions per 1,000 by ethnicity, the custody decision chain, charge and strip-search rates. */
export function custodySection(ctx: PackContext, source: PackSource): PackSection {
  const inP = (r: CountRow) => inPeriod(r, source.period);
  const title = `${ctx.t("section.custody")}, ${source.period}`;
  const population = ctx.population("ethnicity");
  const options = { level: ctx.config.level, reference: REFERENCE_ETHNICITY };
  const detained = countsBy(source.input.counts, "ethnicity", inP);
  const known = (field: string) => countsBy(source.input.counts, "ethnicity", (r) => inP(r) && r[field] !== null && r[field] !== "Unknown");
  const matching = (field: string, value: unknown) => countsBy(source.input.counts, "ethnicity", (r) => inP(r) && r[field] === value);
  const tables: PackTable[] = [];
  const charts: PackChart[] = [];
  if (population !== null) {
    const d = disproportionalitySection(ctx, { id: "custody-ethnicity", title: `${title}: detentions by ethnicity`, labels: "group", source, notes: [monthsNote(source, source.period)] }, disproportionality(detained, population, { level: ctx.config.level }));
    tables.push(d.table);
    if (d.chart) charts.push(d.chart);
    const chain = decisionStages([
      { stage: "Population", counts: population }, { stage: "Detained", counts: detained },
      { stage: "Outcome recorded", counts: known("outcome") }, { stage: "Charged", counts: matching("outcome", "charge") },
    ], options);
    tables.push(stagesTable(ctx, "custody-stages", `${ctx.t("heading.decisionStages")}: custody, ${source.period}`, source, chain));
  }
  const rateOf = (outcome: Record<string, number>, cases: Record<string, number>) =>
    outcomeRates(Object.fromEntries(Object.keys(cases).map((g) => [g, { outcomes: outcome[g] ?? 0, searches: cases[g] ?? 0 }])), options);
  if (!(known("outcome")[REFERENCE_ETHNICITY] ?? 0) || !(known("stripSearch")[REFERENCE_ETHNICITY] ?? 0)) return { id: "custody", title, summary: ["Outcomes or strip-search flags are not recorded for the reference group: no outcome rates."], tables, charts };
  tables.push(outcomeTable(ctx, "custody-charge", `Charge rate in custody, ${source.period}`, source, rateOf(matching("outcome", "charge"), known("outcome")), [
    "Charged (including summons and postal requisition) among detentions whose outcome was recorded.",
  ]));
  tables.push(outcomeTable(ctx, "custody-strip-search", `Strip search in custody, ${source.period}`, source, rateOf(matching("stripSearch", true), known("stripSearch")), [
    "Detentions with a strip search among detentions where the strip-search flag was recorded.",
  ]));
  const bySexAge = sexAgeTables(ctx, source, "sex", "custody", `${title}: detentions`);
  if (bySexAge) { tables.push(...bySexAge.tables); charts.push(...bySexAge.charts); }
  return { id: "custody", title, summary: ["Who is brought into custody, relative to the population, and what happens to them there, by ethnicity, sex and age."], tables, charts };
}
