import type { DisclosureRow } from "../../report/disclose.js";
import type { PackChart, PackSection } from "../../report/scrutinyPackTypes.js";
import { spcChartSpec } from "../../report/spcChartSpec.js";
import { spc } from "../../trends/spc.js";
import { labelText, REFERENCE_ETHNICITY, type PackContext, type PackSource } from "./packContext.js";
import { countsBy, valuesOf } from "./packCounts.js";
import { fig } from "./packRound.js";
import { packTable } from "./packTable.js";

const COLUMNS = [
  ["period", "col.period"], ["group", "col.group"], ["count", "col.count"], ["reference_count", "Reference count"],
  ["ratio", "col.ratio"], ["centre", "Centre line"], ["lower_limit", "Lower process limit"], ["upper_limit", "Upper process limit"],
  ["variation", "Variation"], ["rules", "Rules"],
] as const;
const MINIMUM_POINTS = 6;

/** The last quarter label of a period label. */
function lastQuarter(period: string): string {
  return period.includes(" Q") ? period : `${period} Q4`;
}

/**
 * Each group's quarterly rate ratio against White on an XmR chart (log scale), up to the current
 * period. Only groups with a publishable count in every quarter are charted: a ratio from a hidden
 * count is never shown, so the others are named in a note instead.
 */
export function trendsSection(ctx: PackContext, source: PackSource): PackSection {
  const title = `${ctx.t("section.trends")}, ${ctx.config.area}`;
  const population = ctx.population("ethnicity");
  const threshold = ctx.config.disclosure.threshold;
  const end = lastQuarter(source.period);
  const quarters = valuesOf(source.input.counts, "quarter").filter((q) => q <= end);
  const empty = (why: string): PackSection => ({ id: "trends", title, summary: [why], tables: [], charts: [] });
  if (population === null) return empty("No ethnicity baseline is available.");
  if (quarters.length < MINIMUM_POINTS) return empty(`Fewer than ${MINIMUM_POINTS} quarters of data: no chart.`);
  const byQuarter = quarters.map((q) => countsBy(source.input.counts, "ethnicity", (r) => r["quarter"] === q));
  const popOf = (group: string) => population.groups.find((g) => g.group === group)?.population ?? null;
  const referencePopulation = popOf(REFERENCE_ETHNICITY);
  const rows: DisclosureRow[] = [];
  const charts: PackChart[] = [];
  const skipped: string[] = [];
  for (const g of population.groups) {
    const groupPopulation = g.population;
    if (g.group === REFERENCE_ETHNICITY || groupPopulation === null || referencePopulation === null) continue;
    const counts = byQuarter.map((c) => [c[g.group] ?? 0, c[REFERENCE_ETHNICITY] ?? 0] as const);
    if (counts.some(([n, ref]) => n < threshold || ref < threshold)) { skipped.push(labelText(ctx, "group", g.group)); continue; }
    const ratios = counts.map(([n, ref]) => (n / groupPopulation) / (ref / referencePopulation));
    const chart = spc(ratios, { scale: "log" });
    chart.points.forEach((p, i) => rows.push({
      period: quarters[i] as string, group: g.group, count: counts[i]?.[0] as number, reference_count: counts[i]?.[1] as number,
      ratio: fig(p.value), centre: fig(p.centre), lower_limit: fig(p.lowerLimit), upper_limit: fig(p.upperLimit),
      variation: p.variation, rules: p.rules.join("; "),
    }));
    const name = labelText(ctx, "group", g.group);
    charts.push({
      id: `trend-${g.group.toLowerCase()}`, table: "quarterly-ratios",
      spec: spcChartSpec(chart, { title: `${name}: quarterly rate ratio against ${REFERENCE_ETHNICITY}`, periods: quarters, labels: { xTitle: ctx.t("period.quarter"), yTitle: `Rate ratio against ${REFERENCE_ETHNICITY} (log scale)` } }),
    });
  }
  const notes = [
    "XmR chart of each quarter's ratio on a log scale (limits computed on the logarithms and shown back on the ratio scale), with the NHS Making Data Count rules for special-cause variation.",
    ...(skipped.length > 0 ? [`Not charted (a quarter with a count below ${threshold}): ${skipped.join(", ")}.`] : []),
  ];
  const { table } = packTable(ctx, {
    id: "quarterly-ratios", title, columns: COLUMNS, rows, counts: ["count", "reference_count"],
    derived: { ratio: ["count", "reference_count"] }, notes, sources: [source],
  });
  return { id: "trends", title, summary: ["Whether each group's ratio is changing by more than chance, quarter by quarter."], tables: [table], charts };
}
