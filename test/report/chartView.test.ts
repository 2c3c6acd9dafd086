import { describe, expect, it } from "vitest";
import { chartView, disproportionality, forestPlotSpec, gwentPopulation, jupyterDisplay, type VegaLiteSpec } from "../../src/index.js";
import { argumentErrorMessage } from "../_helpers/resultMismatches.js";

/** Gwent 2019/20 stop and search by self-defined ethnicity (data.police.uk), independently verified. */
const GWENT_2019_20 = { Asian: 191, Black: 111, Mixed: 86, Other: 14, White: 2054, Unknown: 941 };

describe("chartView", () => {
  const spec = forestPlotSpec(disproportionality(GWENT_2019_20, gwentPopulation({ census: 2011 })));
  const view = chartView(spec);

  it("displays the spec, with its description as plain text", () => {
    const bundle = view[jupyterDisplay]();
    expect(Object.keys(bundle)).toEqual(["application/vnd.vegalite.v5+json", "text/plain"]);
    expect(bundle["application/vnd.vegalite.v5+json"]).toBe(spec);
    expect(bundle["text/plain"]).toBe(spec.description);
    expect(bundle["text/plain"]).toContain("Black/White ratio 9.41 (7.70 to 11.39), significant");
    expect(view.toVegaLite()).toBe(spec);
  });

  it("serialises to { spec } and is frozen", () => {
    expect(JSON.parse(JSON.stringify(view))).toEqual({ spec: JSON.parse(JSON.stringify(spec)) });
    expect(Object.isFrozen(view)).toBe(true);
  });

  it("rejects what is not a described Vega-Lite v5 spec", () => {
    expect(argumentErrorMessage(() => chartView(null as never))).toBe("chartView: spec must be a Vega-Lite v5 spec object; received null");
    expect(argumentErrorMessage(() => chartView({ ...spec, $schema: "https://vega.github.io/schema/vega/v5.json" } as never))).toBe('chartView: spec.$schema must be a Vega-Lite v5 schema URL; received "https://vega.github.io/schema/vega/v5.json"');
    expect(argumentErrorMessage(() => chartView({ ...spec, description: " " } as VegaLiteSpec))).toBe('chartView: spec.description must be a non-empty string; received " "');
  });
});
