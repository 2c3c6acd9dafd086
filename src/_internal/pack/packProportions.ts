import type { DecisionStagesResult } from "../../measures/decisionStages.js";
import type { OutcomeRatesResult } from "../../measures/outcomeRates.js";
import type { DisclosureRow } from "../../report/disclose.js";
import type { PackTable } from "../../report/scrutinyPackTypes.js";
import type { PackContext, PackSource } from "./packContext.js";
import { fig, pct } from "./packRound.js";
import { packTable } from "./packTable.js";

const RATIO_COLUMNS = [["ratio", "col.ratio"], ["ratio_lower", "Ratio: lower limit"], ["ratio_upper", "Ratio: upper limit"], ["status", "col.status"]] as const;

/** An outcome-rate table (share of a group's cases with an outcome, and its ratio to the reference group's share), disclosed. */
export function outcomeTable(ctx: PackContext, id: string, title: string, source: PackSource, result: OutcomeRatesResult, notes: readonly string[]): PackTable {
  const rows: DisclosureRow[] = result.rows.map((r) => ({
    group: r.group, outcomes: r.outcomes, cases: r.searches,
    share: pct(r.rate?.value), share_lower: pct(r.rate?.lower), share_upper: pct(r.rate?.upper),
    ratio: fig(r.ratio?.value), ratio_lower: fig(r.ratio?.lower), ratio_upper: fig(r.ratio?.upper), status: r.status,
  }));
  const reference = result.rows.find((r) => r.group === result.reference);
  const referenceCounts = reference ? rows[result.rows.indexOf(reference)] : undefined;
  // Ratios also rest on the reference group's counts: hide them all when those are hidden.
  const threshold = ctx.config.disclosure.threshold;
  const small = (n: unknown) => typeof n === "number" && n > 0 && n < threshold;
  const published = referenceCounts && (small(referenceCounts["outcomes"]) || small(referenceCounts["cases"]))
    ? rows.map((r) => ({ ...r, ratio: null, ratio_lower: null, ratio_upper: null })) : rows;
  return packTable(ctx, {
    id, title,
    columns: [["group", "col.group"], ["outcomes", "Outcomes"], ["cases", "Cases"], ["share", "col.share"], ["share_lower", "Share: lower limit"], ["share_upper", "Share: upper limit"], ...RATIO_COLUMNS],
    rows: published, counts: ["outcomes", "cases"],
    derived: Object.fromEntries(["share", "share_lower", "share_upper", "ratio", "ratio_lower", "ratio_upper"].map((c) => [c, ["outcomes", "cases"]])),
    notes: [
      `Share with ${Math.round(result.level * 100)}% ${result.proportionMethod} interval; ratio to ${result.reference}'s share with a ${result.method} interval.`,
      `Unknown ethnicity: ${result.unknown.outcomes} outcomes of ${result.unknown.searches} cases, left out of the rows.`,
      ...notes,
    ],
    sources: [source],
  }).table;
}

/** A decision-stage chain (each stage as a share of the stage before, by group), disclosed. */
export function stagesTable(ctx: PackContext, id: string, title: string, source: PackSource, result: DecisionStagesResult): PackTable {
  const rows: DisclosureRow[] = result.stages.flatMap((s, stageIndex) => s.rows.map((r) => ({
    stage: s.stage, group: r.group, count: r.count, previous: r.previous,
    share: stageIndex === 0 ? null : r.rate === null ? null : fig(r.rate.value * (stageIndex === 1 ? 1000 : 100)),
    share_lower: stageIndex === 0 || r.rate === null ? null : fig(r.rate.lower * (stageIndex === 1 ? 1000 : 100)),
    share_upper: stageIndex === 0 || r.rate === null ? null : fig(r.rate.upper * (stageIndex === 1 ? 1000 : 100)),
    ratio: fig(r.ratio?.value), ratio_lower: fig(r.ratio?.lower), ratio_upper: fig(r.ratio?.upper), status: r.status,
  })));
  return packTable(ctx, {
    id, title,
    columns: [["stage", "col.stage"], ["group", "col.group"], ["count", "col.count"], ["previous", "Previous stage"], ["share", "Rate"], ["share_lower", "Share: lower limit"], ["share_upper", "Share: upper limit"], ...RATIO_COLUMNS],
    rows, counts: ["count", "previous"],
    derived: Object.fromEntries(["share", "share_lower", "share_upper", "ratio", "ratio_lower", "ratio_upper"].map((c) => [c, ["count", "previous"]])),
    notes: [
      `Each stage as a rate of the stage before: per 1,000 residents at the second stage, per cent after that, with ${Math.round(result.level * 100)}% ${result.proportionMethod} intervals; ratios (relative rate index) against ${result.reference} with ${result.method} intervals.`,
      ...result.stages.map((s) => `${s.stage}: ${s.unknown.count} of ${s.unknown.total} of unknown ethnicity, left out.`),
    ],
    sources: [source],
  }).table;
}
