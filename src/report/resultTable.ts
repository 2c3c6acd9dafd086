import { ArgumentError } from "../errors.js";
import { checkNumberFormat } from "../_internal/formatCell.js";
import { freezeResult } from "../_internal/freeze.js";
import type { BuiltTable } from "../_internal/resultTable/cells.js";
import { detectKind } from "../_internal/resultTable/detectKind.js";
import { deprivationRows, disproportionalityByAreaRows, disproportionalityRows, outcomeRows, ratesRows, stagesRows } from "../_internal/resultTable/measureRows.js";
import { equalPayAuditRows, genderPayGapRows, payGapRows, representationRows } from "../_internal/resultTable/payRows.js";
import { plainRows } from "../_internal/resultTable/plainRows.js";
import { roundRows, textTable } from "../_internal/resultTable/textTable.js";
import { funnelRows, ratioComparisonRows, spcRows } from "../_internal/resultTable/trendRows.js";
import { checkOptions } from "../_internal/validate.js";
import { jupyterDisplay, type DisplayBundle } from "./jupyterDisplay.js";
import type { ResultTable, ResultTableInput, ResultTableKind, ResultTableOptions } from "./resultTableTypes.js";
import { toCsv } from "./toCsv.js";
import { toHtml } from "./toHtml.js";
import { toMarkdown } from "./toMarkdown.js";

const FN = "resultTable";

// The row builders take the result they were detected as; the casts are checked by detectKind.
const BUILDERS: Record<Exclude<ResultTableKind, "rows">, (result: never) => BuiltTable> = {
  disproportionality: disproportionalityRows,
  rates: ratesRows,
  "decision-stages": stagesRows,
  "outcome-rates": outcomeRows,
  representation: representationRows,
  "gender-pay-gap": genderPayGapRows,
  spc: spcRows,
  funnel: funnelRows,
  "deprivation-gradient": deprivationRows,
  "disproportionality-by-area": disproportionalityByAreaRows,
  "ratio-comparison": ratioComparisonRows,
  "pay-gap": payGapRows,
  "equal-pay-audit": equalPayAuditRows,
};

function checkTitle(title: unknown): string | undefined {
  if (title !== undefined && (typeof title !== "string" || title.trim() === "" || /[\r\n]/.test(title))) {
    throw new ArgumentError(FN, "options.title", "must be a non-empty single line of text", title);
  }
  return title;
}

/**
 * A result as a tidy table that shows itself in notebooks: plain JSON rows for Observable Plot or
 * arquero, `toCSV()`, `toMarkdown()`, `toHTML()`, a default Vega-Lite chart (`toVegaLite()`) and
 * the Jupyter display method (`Symbol.for("Jupyter.display")`) that Deno's kernel calls.
 *
 * @remarks
 * The kind of result is recognised from its shape (see {@link ResultTableKind}): `stages` +
 * `groups` is a {@link decisionStages} result, `overall` + `strata` {@link representation},
 * `quartiles` + `statuses` {@link genderPayGap}, `points` + `chart` {@link spc}, `areas` + `levels`
 * + `target` {@link funnelSignificance}, `areas` + `pooled` + `funnels`
 * {@link disproportionalityByArea}, `before` + `after` + `comparison` {@link compareRatios},
 * `groups` + `notDisclosed` {@link payGap}, `grades` + `patterns` {@link equalPayAudit}, and of
 * results with `rows`: `sii`
 * {@link deprivationGradient}, `ratioMethod` {@link disproportionality}, `proportionMethod`
 * {@link outcomeRates}, `per` + `dimension` + `issues` {@link ratesPer}. An array is a table of
 * row objects, its columns every key in the order first seen.
 *
 * Rows are tidy, one per group (disproportionality, rates, outcome rates, deprivation), per stage
 * and group (decision stages), per stratum and group (representation; the whole workforce first,
 * `stratum` null), per point (SPC), per area (funnel; limits as `lower95`, `upper95`, … per level)
 * or per statutory figure (gender pay gap: the gaps in percent with the men's and women's averages,
 * then bonus proportions and quartile bands in percent, `unit` saying which). A
 * disproportionality-by-area table has a row per area and group (with the area's funnel
 * `funnelSignificance` and `funnelZScore` for that group), then a row per non-reference group with
 * `area` `"All (pooled)"` holding the Mantel–Haenszel ratio pooled over the areas and its
 * `homogeneityPValue` (count, population and rate null). A ratio comparison has three rows told
 * apart by `period`: `"before"` and `"after"` (counts, person-years and rates of the group and the
 * reference, and the period's ratio) and `"change"`, whose `ratio` is the ratio of ratios with its
 * interval, `pValue`, `percentChange` and `comparison`. A pay gap has a row per group (then the
 * aggregate, `aggregate` true), an equal pay audit a row per grade and compared group. Intervals are
 * `lower`/`upper` columns (`rateLower`, `ratioUpper`, … where a row has two), with `method` and
 * `level` columns. An infinite or undefined value (a ratio with no reference events, an interval's
 * open end) is `null`, and the row's `status` or `ratioStatus` says why, so rows stay plain JSON.
 * Summaries that are not rows (unknown shares, sensitivity bounds, SII and RII, SPC segments,
 * overdispersion, issues, the funnels' limits, those not disclosed and the pay quarters' `"Unknown"`
 * share, recurring patterns) stay on the result itself.
 *
 * `toCSV()` keeps full precision; the text, Markdown and HTML round non-integer numbers to
 * `digits` significant figures (default 4). The display bundle is `"text/plain"` (an aligned text
 * table), `"text/html"` (`toHTML()`) and, when the result has a chart, the Vega-Lite spec under
 * `"application/vnd.vegalite.v5+json"`: the forest plot ({@link forestPlotSpec}) of a
 * disproportionality table, the SPC chart ({@link spcChartSpec}), the funnel plot
 * ({@link funnelPlotSpec}) or the quartile chart ({@link payQuartilesSpec}). Other kinds have no
 * default chart. Disclosure control is separate: apply {@link disclose} to the counts before
 * publishing; a result table shows what it is given.
 *
 * @param result - one of the results above, or a non-empty array of row objects
 * @param options - `title` (each kind has a default), `digits` (1–17, default 4)
 * @returns a frozen {@link ResultTable}; `JSON.stringify` gives `{ title, columns, rows }`
 * @throws {@link ArgumentError} for anything else, a row cell that is NaN or not a string, number,
 *   boolean, null or undefined, a title that is not one line of text, or `digits` outside 1–17
 *
 * @example
 * ```ts
 * const table = resultTable(disproportionality({ Asian: 191, Black: 111, Mixed: 86, Other: 14, White: 2054, Unknown: 941 }, gwentPopulation({ census: 2011 })));
 * table.kind // => "disproportionality"
 * table.rows.map((r) => r.group) // => ["White", "Mixed", "Asian", "Black", "Other"]
 * table.rows[3]?.ratio // => 9.41
 * Object.keys(JSON.parse(JSON.stringify(table))) // => ["title", "columns", "rows"]
 * Object.keys(table[Symbol.for("Jupyter.display")]()) // => ["text/plain", "text/html", "application/vnd.vegalite.v5+json"]
 * const change = compareRatios({ group: { count: 111, population: 3185 }, reference: { count: 2054, population: 554377 } }, { group: { count: 70, population: 3185 }, reference: { count: 1657, population: 554377 } });
 * resultTable(change).rows.map((r) => r.period) // => ["before", "after", "change"]
 * resultTable(change).rows[2]?.ratio // => 0.782
 * resultTable([{ area: "Newport", rate: 2 / 3 }], { digits: 2 }).toMarkdown() // => "Table\n\n| area | rate |\n| --- | ---: |\n| Newport | 0.67 |\n"
 * ```
 */
export function resultTable(result: ResultTableInput, options?: ResultTableOptions): ResultTable {
  const opts = checkOptions(FN, options);
  const title = checkTitle(opts.title);
  const digits = checkNumberFormat(FN, { digits: opts.digits }).digits ?? 4;
  const kind = detectKind(FN, result);
  const built = kind === "rows" ? plainRows(FN, result as readonly unknown[]) : BUILDERS[kind](result as never);
  const name = title ?? built.title;
  const columns = [...built.columns];
  const rows = built.rows;
  const shown = { columns, rows: roundRows(rows, digits) };
  const rowHeader = built.rowHeader === undefined ? {} : { rowHeader: built.rowHeader };
  const toHTML = () => toHtml(shown, { caption: name, ...rowHeader });
  const toVegaLite = built.chart;
  const display = (): DisplayBundle => {
    const spec = toVegaLite();
    const bundle = { "text/plain": textTable(FN, name, columns, shown.rows), "text/html": toHTML() };
    return spec === null ? bundle : { ...bundle, "application/vnd.vegalite.v5+json": spec };
  };
  const table = { title: name, columns: Object.freeze(columns), rows: freezeResult([...rows]) };
  Object.defineProperties(table, {
    kind: { value: kind },
    toCSV: { value: () => toCsv({ columns, rows }) },
    toMarkdown: { value: () => toMarkdown(shown, { caption: name }) },
    toHTML: { value: toHTML },
    toVegaLite: { value: toVegaLite },
    [jupyterDisplay]: { value: display },
  });
  return Object.freeze(table) as unknown as ResultTable;
}
