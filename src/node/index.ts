// disproportionality/node: reading extract files and folders from disk (Node only)
export { readExtract } from "./readExtract.js";
export { countExtract } from "./countExtract.js";
export type { CountExtractOptions } from "./countExtract.js";
// Charts: Vega-Lite specs rendered to accessible, deterministic inline SVG
export { renderSvg } from "./renderSvg.js";
export type { RenderSvgOptions } from "./renderSvg.js";
export { ArgumentError, ExtractError } from "../csv/index.js";
export type { CountOptions, CountResult, ExtractOptions, ExtractResult, RejectedRow, Schema } from "../csv/index.js";
