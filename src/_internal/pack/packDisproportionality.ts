import type { DisproportionalityTable } from "../../measures/disproportionality.js";
import { forestPlotSpec } from "../../report/forestPlotSpec.js";
import type { PackChart, PackTable } from "../../report/scrutinyPackTypes.js";
import type { DisclosureRow } from "../../report/disclose.js";
import { labelText, type PackContext, type PackSource } from "./packContext.js";
import { fig, people } from "./packRound.js";
import { isSuppressed, packTable } from "./packTable.js";

/** What to call a disproportionality table and where it comes from. */
export interface DisproportionalitySpec {
  /** Table id (and chart id with `-forest` appended). */
  readonly id: string;
  /** The caption. */
  readonly title: string;
  /** The glossary prefix of the group labels (`group`, `sex`, `age`). */
  readonly labels: string;
  /** The source. */
  readonly source: PackSource;
  /** Extra notes. */
  readonly notes?: readonly string[];
}

const COLUMNS = [
  ["group", "col.group"], ["count", "col.count"], ["population", "col.population"],
  ["rate", "col.rate"], ["rate_lower", "Rate: lower limit"], ["rate_upper", "Rate: upper limit"],
  ["ratio", "col.ratio"], ["ratio_lower", "Ratio: lower limit"], ["ratio_upper", "Ratio: upper limit"],
  ["p_adjusted", "col.adjustedP"], ["significant", "Significant"], ["status", "col.status"],
  ["ratio_unknown_to_reference", "Ratio if every unknown were the reference group"],
  ["ratio_unknown_to_group", "Ratio if every unknown were this group"],
] as const;
const RATE = ["rate", "rate_lower", "rate_upper"];
const RATIO = ["ratio", "ratio_lower", "ratio_upper", "p_adjusted", "significant"];
const RANGE = ["ratio_unknown_to_reference", "ratio_unknown_to_group"];

/** The rows of a disproportionality table as the pack publishes them, with Unknown and All rows. */
function rowsOf(result: DisproportionalityTable, threshold: number): DisclosureRow[] {
  const small = (n: number) => n > 0 && n < threshold;
  const reference = result.rows.find((r) => r.group === result.reference);
  // A ratio is computed from the reference group's count as well: hide every ratio if that count is hidden.
  const ratiosHidden = reference !== undefined && small(reference.count);
  const rangeHidden = ratiosHidden || small(result.unknown.count);
  const rows: DisclosureRow[] = result.rows.map((row) => {
    const range = result.sensitivity.find((s) => s.group === row.group);
    return {
      group: row.group, count: row.count, population: people(row.population),
      rate: fig(row.rate?.value), rate_lower: fig(row.rate?.lower), rate_upper: fig(row.rate?.upper),
      ratio: ratiosHidden ? null : fig(row.ratio?.value), ratio_lower: ratiosHidden ? null : fig(row.ratio?.lower),
      ratio_upper: ratiosHidden ? null : fig(row.ratio?.upper), p_adjusted: ratiosHidden ? null : fig(row.ratio?.adjustedPValue),
      significant: ratiosHidden ? null : row.significant, status: row.status,
      ratio_unknown_to_reference: rangeHidden ? null : fig(range?.lowest.ratio), ratio_unknown_to_group: rangeHidden ? null : fig(range?.highest.ratio),
    };
  });
  rows.push({ group: "Unknown", count: result.unknown.count, population: null, status: "excluded from rates" });
  rows.push({ group: "All", count: result.unknown.total, population: null, status: "total" });
  return rows;
}

/** A disproportionality table for the pack, disclosed, with its forest plot drawn from the groups whose figures are published. */
export function disproportionalitySection(ctx: PackContext, spec: DisproportionalitySpec, result: DisproportionalityTable): { table: PackTable; chart: PackChart | null } {
  const threshold = ctx.config.disclosure.threshold;
  const unknownShare = result.unknown.share === null ? null : fig(result.unknown.share * 100);
  const rateMethods = [...new Set(result.rows.map((r) => r.rate?.method).filter((m) => m !== undefined))].join(", ");
  const notes = [
    `Rates per ${result.per.toLocaleString("en-GB")} with ${Math.round(result.level * 100)}% intervals (${rateMethods || result.rateMethod}); ratios against ${result.reference} (${result.ratioMethod} interval), p-values adjusted by ${result.adjust}.`,
    `Unknown: ${unknownShare ?? 0}% of records, excluded from the rates; the last two columns show the ratio if every unknown record belonged to the reference group or to the row's group.`,
    `Population: ${result.area.name}, Census ${result.census} (${result.dimension}).`,
    ...(spec.notes ?? []),
  ];
  const { table, disclosed } = packTable(ctx, {
    id: spec.id, title: spec.title, columns: COLUMNS, rows: rowsOf(result, threshold), counts: ["count"],
    derived: Object.fromEntries([...RATE, ...RATIO, ...RANGE].map((c) => [c, ["count"]])),
    totals: { column: "group", value: "All" }, notes, sources: [spec.source],
  });
  const shown = new Set(result.rows.filter((_, i) => !isSuppressed(disclosed, i, "count") && !isSuppressed(disclosed, i, "ratio")).map((r) => r.group));
  const referenceShown = shown.has(result.reference) && disclosed.rows[result.rows.findIndex((r) => r.group === result.reference)]?.["ratio"] !== disclosed.marker;
  const plotted = result.rows.filter((r) => shown.has(r.group) && r.group !== result.reference && r.ratio !== null);
  if (!referenceShown || plotted.length === 0) return { table, chart: null };
  const hidden = result.rows.filter((r) => !shown.has(r.group)).map((r) => labelText(ctx, spec.labels, r.group));
  const groups = Object.fromEntries(result.rows.map((r) => [r.group, labelText(ctx, spec.labels, r.group)]));
  const forest = forestPlotSpec({ ...result, rows: result.rows.filter((r) => shown.has(r.group)) }, { title: spec.title, labels: { groups } });
  const description = hidden.length === 0 ? forest.description : `${forest.description} Not shown (counts suppressed): ${hidden.join(", ")}.`;
  // Census group names are long: let the y axis show them whole rather than cut at Vega's 180 px.
  const config = { ...forest.config, axisY: { labelLimit: 360 } };
  return { table, chart: { id: `${spec.id}-forest`, table: spec.id, spec: { ...forest, description, config } } };
}
