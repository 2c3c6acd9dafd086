import type { VegaLiteSpec } from "./chartTypes.js";

/**
 * The key of the Jupyter display method: `Symbol.for("Jupyter.display")`, the same symbol as
 * Deno's `Deno.jupyter.$display`.
 *
 * @remarks
 * Deno's Jupyter kernel (`deno jupyter`) shows a cell's last value by calling its method under
 * this key and sending the returned MIME bundle to the notebook, which picks the richest type it
 * can render. {@link resultTable} and {@link chartView} objects carry the method, so no Deno import
 * is needed; call it yourself to get the bundle anywhere else.
 *
 * @example
 * ```ts
 * jupyterDisplay === Symbol.for("Jupyter.display") // => true
 * chartView(spcChartSpec(spc([3, 4, 5, 4])))[jupyterDisplay]()["text/plain"].startsWith("XmR chart") // => true
 * ```
 */
export const jupyterDisplay: unique symbol = Symbol.for("Jupyter.display") as typeof jupyterDisplay;

/**
 * The MIME bundle a Jupyter display method returns: one rendering of the same object per MIME
 * type, for the front end to choose from.
 */
export interface DisplayBundle {
  /** An aligned plain-text table (or a chart's description): shown where nothing richer renders. */
  readonly "text/plain": string;
  /** An accessible HTML `<table>` (see {@link toHtml}); absent for a chart. */
  readonly "text/html"?: string;
  /** A Vega-Lite v5 chart spec; absent when the result has no default chart. */
  readonly "application/vnd.vegalite.v5+json"?: VegaLiteSpec;
}
