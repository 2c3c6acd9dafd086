/** A value in a chart's inline data: plain JSON, never `NaN` or `Infinity`. */
export type ChartValue = string | number | boolean | null;

/** One row of a chart's inline data. */
export type ChartDatum = Readonly<Record<string, ChartValue>>;

/**
 * A Vega-Lite v5 layered chart specification, as plain JSON: render it with vega-lite and vega
 * (e.g. `disproportionality/node`), or paste it into the Vega editor.
 */
export interface VegaLiteSpec {
  /** The Vega-Lite v5 JSON schema. */
  readonly $schema: "https://vega.github.io/schema/vega-lite/v5.json";
  /** The chart's visible title. */
  readonly title: string;
  /** A sentence or two summarising the data: Vega renders it as the SVG's `aria-label`. */
  readonly description: string;
  /** The plotting area's width in pixels. */
  readonly width: number;
  /** The plotting area's height in pixels. */
  readonly height: number;
  /** The chart's main data, inline (never a URL). */
  readonly data: {
    /** One row per plotted item (group, point, area or band segment). */
    readonly values: readonly ChartDatum[];
  };
  /** The layers (marks and encodings); reference lines and curves carry their own inline data. */
  readonly layer: readonly Readonly<Record<string, unknown>>[];
  /** Colours and fonts chosen for contrast against the white background. */
  readonly config: Readonly<Record<string, unknown>>;
}

/** Options shared by every chart spec builder. */
export interface ChartOptions<Labels> {
  /** The chart's title; each builder has a default. */
  readonly title?: string;
  /** Replaces the generated description (the text alternative), e.g. with a translation. */
  readonly description?: string;
  /** Overrides for the chart's text (axis titles, legend entries, group names), e.g. for Welsh. */
  readonly labels?: Partial<Labels>;
  /** The plotting area's width in pixels; each builder has a default. */
  readonly width?: number;
  /** The plotting area's height in pixels; each builder has a default. */
  readonly height?: number;
}
