import { ArgumentError } from "../errors.js";
import type { VegaLiteSpec } from "./chartTypes.js";
import { jupyterDisplay, type DisplayBundle } from "./jupyterDisplay.js";
import type { ChartView } from "./resultTableTypes.js";

const FN = "chartView";

/**
 * Wraps a Vega-Lite spec so that a notebook draws it: Deno's Jupyter kernel calls the display
 * method (`Symbol.for("Jupyter.display")`), which returns the spec under
 * `"application/vnd.vegalite.v5+json"` and its description as `"text/plain"`.
 *
 * @remarks
 * Use it for a chart built with options the default of {@link resultTable} does not set, e.g. an
 * SPC chart with quarter labels: `chartView(spcChartSpec(result, { periods }))`. JupyterLab and
 * VS Code render the Vega-Lite MIME type themselves; front ends without it show the description,
 * which is also the chart's text alternative. `JSON.stringify` gives `{ spec }`: the methods are
 * non-enumerable. The spec is not copied or changed.
 *
 * @param spec - a Vega-Lite v5 spec with a description, e.g. from {@link forestPlotSpec}
 * @returns a frozen {@link ChartView}
 * @throws {@link ArgumentError} when `spec` is not an object with a Vega-Lite v5 `$schema` and a
 *   non-empty `description`
 *
 * @example
 * ```ts
 * const view = chartView(spcChartSpec(spc([3, 4, 5, 4])));
 * const bundle = view[Symbol.for("Jupyter.display")]();
 * Object.keys(bundle) // => ["application/vnd.vegalite.v5+json", "text/plain"]
 * bundle["text/plain"] // => "XmR chart of 4 points, 1 to 4. Latest (4): 4.00, Common cause; mean 4.00, process limits 1.34 to 6.66. No point shows special-cause variation."
 * view.toVegaLite().title // => "Statistical process control: XmR chart"
 * ```
 */
export function chartView(spec: VegaLiteSpec): ChartView {
  const s: unknown = spec;
  if (s === null || typeof s !== "object" || Array.isArray(s)) throw new ArgumentError(FN, "spec", "must be a Vega-Lite v5 spec object", s);
  const schema = (s as Record<string, unknown>)["$schema"];
  if (typeof schema !== "string" || !/vega-lite\/v5(\.\d+)*(\.json)?$/.test(schema)) {
    throw new ArgumentError(FN, "spec.$schema", "must be a Vega-Lite v5 schema URL", schema);
  }
  const description = (s as Record<string, unknown>)["description"];
  if (typeof description !== "string" || description.trim() === "") throw new ArgumentError(FN, "spec.description", "must be a non-empty string", description);
  const view = { spec };
  Object.defineProperties(view, {
    toVegaLite: { value: () => spec },
    [jupyterDisplay]: { value: (): DisplayBundle => ({ "application/vnd.vegalite.v5+json": spec, "text/plain": description }) },
  });
  return Object.freeze(view) as ChartView;
}
