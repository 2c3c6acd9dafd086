import type { Baseline } from "../baselines/types.js";
import { disproportionality, type DisproportionalityTable } from "../measures/disproportionality.js";
import { disclose, type DisclosureRow } from "../report/disclose.js";

/** The columns of the rates table, in order. */
export const RATE_COLUMNS = ["group", "count", "percent", "population", "rate", "rate_lower", "rate_upper", "ratio", "ratio_lower", "ratio_upper", "p_adjusted"] as const;

/** Columns computed from the reference group's count as well as the row's own. */
const RATIO_COLUMNS = ["ratio", "ratio_lower", "ratio_upper", "p_adjusted"] as const;

/** Every derived column depends on the row's count. */
const DERIVED = Object.fromEntries(RATE_COLUMNS.filter((c) => c !== "group" && c !== "count" && c !== "population").map((c) => [c, ["count"]]));

/** The disclosed rates table with what the footer and JSON need; no undisclosed count is kept. */
export interface DisclosedRates {
  /** The disproportionality table's settings (never its rows: they hold undisclosed values). */
  readonly settings: Pick<DisproportionalityTable, "area" | "dimension" | "census" | "reference" | "level" | "per" | "rateMethod" | "ratioMethod" | "adjust">;
  /** The rows: baseline groups, groups the baseline lacks, `Unknown` and `Total`, suppressed cells as the marker. */
  readonly rows: readonly DisclosureRow[];
  /** The disclosure rule in words. */
  readonly rule: string;
  /** The marker of a suppressed cell. */
  readonly marker: string;
  /** The number of suppressed cells. */
  readonly suppressed: number;
}

/**
 * The disproportionality table of `counts` (group → events, `Unknown` included) against
 * `baseline`, as a tidy table put through `disclose`: a row per baseline group (0 where there was
 * no event), a row per counted group the baseline lacks, `Unknown` and `Total` (the total for
 * secondary suppression). Rates, ratios, intervals, p-values and percentages are derived from
 * their row's count; every ratio is also derived from the reference group's count, so all of
 * them are suppressed when that count is.
 */
export function rateTable(counts: ReadonlyMap<string, number>, baseline: Baseline, options: { level: number; per: number; threshold: number }): DisclosedRates {
  const input: Record<string, number> = Object.fromEntries(baseline.groups.map((g) => [g.group, 0]));
  for (const [group, count] of counts) input[group] = count;
  const table = disproportionality(input, baseline, { level: options.level, per: options.per });
  const total = table.unknown.total;
  const percent = (count: number) => (total === 0 ? null : (100 * count) / total);
  const rows: Record<string, string | number | null>[] = table.rows.map((row) => ({
    group: row.group,
    count: row.count,
    percent: percent(row.count),
    population: row.population,
    rate: row.rate?.value ?? null,
    rate_lower: row.rate?.lower ?? null,
    rate_upper: row.rate?.upper ?? null,
    ratio: row.ratio?.value ?? null,
    ratio_lower: row.ratio?.lower ?? null,
    ratio_upper: row.ratio?.upper ?? null,
    p_adjusted: row.ratio?.adjustedPValue ?? null,
  }));
  const blank = { population: null, rate: null, rate_lower: null, rate_upper: null, ratio: null, ratio_lower: null, ratio_upper: null, p_adjusted: null };
  const inBaseline = new Set(table.rows.map((r) => r.group.toLowerCase()));
  const others = [...counts].filter(([group]) => group !== "Unknown" && !inBaseline.has(group.toLowerCase())).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [group, count] of others) rows.push({ group, count, percent: percent(count), ...blank });
  rows.push({ group: "Unknown", count: table.unknown.count, percent: percent(table.unknown.count), ...blank });
  rows.push({ group: "Total", count: total, percent: percent(total), ...blank });
  const disclosed = disclose({ rows, counts: ["count"], derived: DERIVED, totals: { column: "group", value: "Total" } }, { threshold: options.threshold });
  const referenceRow = disclosed.rows.find((r) => r["group"] === table.reference);
  const referenceHidden = referenceRow?.["count"] === disclosed.marker;
  // A cell with no figure (the Unknown row's rate) stays blank: it says nothing about the count.
  // Every ratio is hidden when the reference count is, since the ratios would give it away.
  const out = disclosed.rows.map((row, i) =>
    Object.fromEntries(Object.entries(row).map(([column, cell]) => {
      if ((rows[i] as Record<string, unknown>)[column] === null) return [column, null];
      if (referenceHidden && (RATIO_COLUMNS as readonly string[]).includes(column)) return [column, disclosed.marker];
      return [column, cell];
    })),
  );
  const suppressed = out.reduce((n, row) => n + Object.values(row).filter((cell) => cell === disclosed.marker).length, 0);
  const { area, dimension, census, reference, level, per, rateMethod, ratioMethod, adjust } = table;
  return { settings: { area, dimension, census, reference, level, per, rateMethod, ratioMethod, adjust }, rows: out, rule: disclosed.rule, marker: disclosed.marker, suppressed };
}
