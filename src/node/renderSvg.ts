import { createHash } from "node:crypto";
import { ArgumentError } from "../errors.js";
import type { VegaLiteSpec } from "../report/chartTypes.js";
import { accessibleRoot, externalReference, scopeSvgIds } from "../_internal/svgMarkup.js";
import { checkOptions } from "../_internal/validate.js";
import { collectingLogger, offlineLoader } from "../_internal/vegaSandbox.js";

/** Options for {@link renderSvg}. */
export interface RenderSvgOptions {
  /**
   * The prefix of every `id` in the SVG (clip paths, gradients), which become `<idPrefix>-1`,
   * `<idPrefix>-2`, …: a letter, then letters, digits, `-` or `_`. Defaults to `"chart-"` and
   * the first 8 hex digits of the SHA-256 of the spec's JSON, so different charts inlined in one
   * page never share an id; give each copy its own prefix when the same spec is inlined twice.
   */
  readonly idPrefix?: string;
}

const FN = "renderSvg";
const PREFIX = /^[A-Za-z][A-Za-z0-9_-]*$/;

function textOf(value: unknown): string | null {
  if (typeof value === "string" && value.trim() !== "") return value;
  if (value !== null && typeof value === "object" && !Array.isArray(value)) return textOf((value as Record<string, unknown>)["text"]);
  return null;
}

/**
 * Renders a Vega-Lite spec (e.g. from `forestPlotSpec`) to a standalone, accessible SVG
 * string, for inlining in `report.html`.
 *
 * @remarks
 * The spec is compiled with vega-lite and drawn by a headless vega `View` (renderer `"none"`,
 * `toSVG`), which is then finalized. The root `<svg>` gets `role="img"`, an `aria-label` holding
 * the spec's `description` (its text alternative; the title when there is no description) and a
 * `<title>` first child holding its `title` (the description when there is no title). Vega's ids
 * (numbered by module-wide counters) are renamed `<idPrefix>-1`, `<idPrefix>-2`, … with their
 * references, so the output is deterministic: the same spec and options give the same bytes
 * however many charts were rendered before. Nothing is loaded: data must be inline (the spec
 * builders' always is), links and image URLs are dropped, and fonts are the spec's system fonts.
 * The spec is not changed (a frozen spec is copied).
 *
 * @param spec - a Vega-Lite spec: an object with a title or a description
 * @param options - `idPrefix` ({@link RenderSvgOptions})
 * @returns a promise of the SVG markup, starting `<svg`
 * @throws {@link ArgumentError} (the promise rejects) when `spec` is not a JSON object, has neither a
 *   title nor a description, cannot be compiled or rendered (including an error vega logs while
 *   evaluating an expression), or loads data from a URL; or when
 *   `idPrefix` is not a valid prefix
 *
 * @example
 * ```ts
 * import { renderSvg } from "disproportionality/node";
 * const table = disproportionality({ Asian: 191, Black: 111, Mixed: 86, Other: 14, White: 2054, Unknown: 941 }, gwentPopulation({ census: 2011 }));
 * const svg = await renderSvg(forestPlotSpec(table), { idPrefix: "forest" });
 * svg.startsWith('<svg role="img" aria-label="Rate ratios by ethnicity against White in Gwent') // => true
 * svg.includes("<title>Rate ratios by ethnicity against White, Gwent</title>") // => true
 * const again = await renderSvg(forestPlotSpec(table), { idPrefix: "forest" });
 * svg === again // => true
 * ```
 */
export async function renderSvg(spec: VegaLiteSpec, options?: RenderSvgOptions): Promise<string> {
  if (spec === null || typeof spec !== "object" || Array.isArray(spec)) throw new ArgumentError(FN, "spec", "must be a Vega-Lite spec object", spec);
  const opts = checkOptions(FN, options);
  if (opts.idPrefix !== undefined && (typeof opts.idPrefix !== "string" || !PREFIX.test(opts.idPrefix))) {
    throw new ArgumentError(FN, "options.idPrefix", "must be a letter followed by letters, digits, - or _", opts.idPrefix);
  }
  let json: string;
  try {
    json = JSON.stringify(spec);
  } catch {
    throw new ArgumentError(FN, "spec", "must be plain JSON (no cycles or BigInt values)", spec);
  }
  const s = spec as unknown as Record<string, unknown>;
  const description = textOf(s["description"]);
  const title = textOf(s["title"]);
  if (description === null && title === null) throw new ArgumentError(FN, "spec", "must have a title or a description (the chart's text alternative)", spec);
  const prefix = opts.idPrefix ?? `chart-${createHash("sha256").update(json).digest("hex").slice(0, 8)}`;
  const { logger, errors, warnings } = collectingLogger();
  let view: import("vega").View | null = null;
  let svg: string;
  try {
    // vega and vega-lite are loaded on first use, so that importing this entry to read files stays quick.
    const [{ parse, View }, { compile }] = await Promise.all([import("vega"), import("vega-lite")]);
    const vega = compile(JSON.parse(json), { logger }).spec;
    view = new View(parse(vega), { renderer: "none", logger, loader: offlineLoader() });
    svg = await view.toSVG();
  } catch (error) {
    throw new ArgumentError(FN, "spec", `could not be rendered: ${(error as Error).message}`, spec);
  } finally {
    view?.finalize();
  }
  if (warnings.some((m) => /Loading failed|loads nothing/.test(m))) throw new ArgumentError(FN, "spec", "must have inline data (renderSvg loads nothing)", spec);
  // Vega logs (rather than throws) errors raised while the dataflow runs, e.g. in an expression.
  if (errors.length > 0) throw new ArgumentError(FN, "spec", `could not be rendered: ${errors[0]}`, spec);
  const external = externalReference(svg);
  if (external !== null) throw new ArgumentError(FN, "spec", `must not reference anything outside the SVG (found ${external})`, spec);
  return accessibleRoot(scopeSvgIds(svg, prefix), description ?? (title as string), title ?? (description as string));
}
