import { decisionStages } from "../../measures/decisionStages.js";
import { outcomeRates } from "../../measures/outcomeRates.js";
import type { CountRow } from "../../csv/types.js";
import type { PackSection, PackTable } from "../../report/scrutinyPackTypes.js";
import { REFERENCE_ETHNICITY, type PackContext, type PackSource } from "./packContext.js";
import { countsBy, inPeriod } from "./packCounts.js";
import { outcomeTable, stagesTable } from "./packProportions.js";

const NO_ACTION = "A no further action disposal";

/** Searches, searches with a recorded outcome, and searches followed by action, by ethnicity. */
function stopSearchStages(ctx: PackContext, source: PackSource): PackTable[] {
  const inP = (r: CountRow) => inPeriod(r, source.period);
  const population = ctx.population("ethnicity");
  const searched = countsBy(source.input.counts, "ethnicity", inP);
  const recorded = countsBy(source.input.counts, "ethnicity", (r) => inP(r) && r["outcome"] !== null);
  const action = countsBy(source.input.counts, "ethnicity", (r) => inP(r) && r["outcome"] !== null && r["outcome"] !== NO_ACTION);
  const tables: PackTable[] = [];
  const options = { level: ctx.config.level, reference: REFERENCE_ETHNICITY };
  if (population !== null) {
    const chain = decisionStages([
      { stage: "Population", counts: population }, { stage: "Searched", counts: searched },
      { stage: "Outcome recorded", counts: recorded }, { stage: "Action taken", counts: action },
    ], options);
    tables.push(stagesTable(ctx, "stop-search-stages", `${ctx.t("heading.decisionStages")}: stop and search, ${source.period}`, source, chain));
  }
  if (!(recorded[REFERENCE_ETHNICITY] ?? 0)) return tables; // no recorded outcome for the reference group: no outcome rates
  const groups = Object.keys(recorded);
  const outcomes = Object.fromEntries(groups.map((g) => [g, { outcomes: action[g] ?? 0, searches: recorded[g] ?? 0 }]));
  tables.push(outcomeTable(ctx, "stop-search-outcomes", `${ctx.t("heading.outcomeRates")}: stop and search, ${source.period}`, source, outcomeRates(outcomes, options), [
    `Action taken: any outcome other than "${NO_ACTION}", among searches whose outcome was recorded (searches with a blank outcome are left out).`,
  ]));
  return tables;
}

/** Decision stages and outcome rates of stop and search in the current period. */
export function stagesSection(ctx: PackContext, source: PackSource): PackSection {
  return {
    id: "stages",
    title: `${ctx.t("section.stages")}, ${source.period}`,
    summary: ["Whether the gap between groups widens or narrows from being searched to what happens next: each stage as a rate of the one before."],
    tables: stopSearchStages(ctx, source),
    charts: [],
  };
}
