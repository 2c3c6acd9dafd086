import type { RatesTable } from "../baselines/ratesPer.js";
import type { DecisionStagesResult } from "../measures/decisionStages.js";
import type { DeprivationGradient } from "../measures/deprivationGradient.js";
import type { DisproportionalityTable } from "../measures/disproportionality.js";
import type { DisproportionalityByArea } from "../measures/disproportionalityByArea.js";
import type { OutcomeRatesResult } from "../measures/outcomeRates.js";
import type { EqualPayAuditResult } from "../paygap/equalPayAudit.js";
import type { GenderPayGap } from "../paygap/genderPayGap.js";
import type { PayGapResult } from "../paygap/payGap.js";
import type { RepresentationResult } from "../paygap/representation.js";
import type { FunnelSignificance } from "../stats/funnelSignificance.js";
import type { RatioComparison } from "../trends/compareRatios.js";
import type { SpcResult } from "../trends/spc.js";
import type { VegaLiteSpec } from "./chartTypes.js";
import type { DisplayBundle, jupyterDisplay } from "./jupyterDisplay.js";
import type { TableRow } from "./tableTypes.js";

/**
 * What {@link resultTable} recognised its argument as, from the argument's shape:
 * `"disproportionality"`, `"rates"` ({@link ratesPer}), `"decision-stages"`, `"outcome-rates"`,
 * `"representation"`, `"gender-pay-gap"`, `"spc"`, `"funnel"` ({@link funnelSignificance}),
 * `"deprivation-gradient"`, `"disproportionality-by-area"` ({@link disproportionalityByArea}),
 * `"ratio-comparison"` ({@link compareRatios}), `"pay-gap"` ({@link payGap}), `"equal-pay-audit"`
 * ({@link equalPayAudit}), or `"rows"` (a plain array of row objects).
 */
export type ResultTableKind =
  | "disproportionality"
  | "rates"
  | "decision-stages"
  | "outcome-rates"
  | "representation"
  | "gender-pay-gap"
  | "spc"
  | "funnel"
  | "deprivation-gradient"
  | "disproportionality-by-area"
  | "ratio-comparison"
  | "pay-gap"
  | "equal-pay-audit"
  | "rows";

/**
 * A cell of a {@link ResultTable}'s rows: never `NaN` or `undefined`. Rows built from a result are
 * plain JSON (an infinite value is `null`, its status saying why); rows passed in as an array keep
 * their numbers as given, so an `Infinity` there is written `Inf` by `toCSV()` and `null` by JSON.
 */
export type ResultCell = string | number | boolean | null;

/** One tidy row of a {@link ResultTable}: column name → value. */
export type ResultRow = Readonly<Record<string, ResultCell>>;

/** Options for {@link resultTable}. */
export interface ResultTableOptions {
  /** The table's title (the HTML caption, the first line of the text table); each kind has a default. */
  readonly title?: string;
  /**
   * Significant figures (1–17) of the non-integer numbers in the text, Markdown and HTML renderings;
   * defaults to 4. Whole numbers (counts, populations) are written in full; `rows` and `toCSV()`
   * always keep full precision.
   */
  readonly digits?: number;
}

/**
 * A result as a tidy table that renders itself in notebooks: plain JSON rows (for Observable Plot,
 * arquero or a data frame), text, Markdown, HTML, CSV and a default Vega-Lite chart, and the
 * Jupyter display method that Deno's kernel calls.
 *
 * @remarks
 * `JSON.stringify` of a result table gives `{ title, columns, rows }`: the methods and `kind` are
 * non-enumerable. The object and its rows are frozen.
 */
export interface ResultTable {
  /** The table's title. */
  readonly title: string;
  /** The column names, in order: every row has exactly these keys. */
  readonly columns: readonly string[];
  /** One row per group, stage × group, area × group, period, grade × group, point, area or figure, with numbers as numbers and intervals as lower/upper columns. */
  readonly rows: readonly ResultRow[];
  /** What the argument was recognised as (non-enumerable). */
  readonly kind: ResultTableKind;
  /** The rows as CSV text, full precision (see {@link toCsv}). */
  toCSV(): string;
  /** The rows as a Markdown pipe table captioned with the title, numbers to `digits` (see {@link toMarkdown}). */
  toMarkdown(): string;
  /** The rows as an accessible HTML table captioned with the title, numbers to `digits` (see {@link toHtml}). */
  toHTML(): string;
  /** The default chart of the result (forest plot, SPC chart, funnel plot or pay quartiles), or `null` when it has none. */
  toVegaLite(): VegaLiteSpec | null;
  /** The Jupyter MIME bundle: aligned text, HTML and (when there is a chart) the Vega-Lite spec. */
  [jupyterDisplay](): DisplayBundle;
}

/** A Vega-Lite chart that shows itself in notebooks; from {@link chartView}. */
export interface ChartView {
  /** The chart spec, as given. */
  readonly spec: VegaLiteSpec;
  /** The chart spec, for front ends that render Vega-Lite themselves (tslab, Observable's `vl`). */
  toVegaLite(): VegaLiteSpec;
  /** The Jupyter MIME bundle: the spec, and its description as plain text. */
  [jupyterDisplay](): DisplayBundle;
}

/**
 * What {@link resultTable} accepts: a result of one of the measures below, or a plain array of
 * row objects (cells strings, numbers, booleans, null or undefined).
 */
export type ResultTableInput =
  | DisproportionalityTable
  | RatesTable
  | DecisionStagesResult
  | OutcomeRatesResult
  | RepresentationResult
  | GenderPayGap
  | SpcResult
  | FunnelSignificance
  | DeprivationGradient
  | DisproportionalityByArea
  | RatioComparison
  | PayGapResult
  | EqualPayAuditResult
  | readonly TableRow[];
