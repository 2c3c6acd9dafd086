// disproportionality/node: reading extract files and folders from disk (Node only)
export { readExtract } from "./readExtract.js";
export { countExtract } from "./countExtract.js";
export type { CountExtractOptions } from "./countExtract.js";
// Charts: Vega-Lite specs rendered to accessible, deterministic inline SVG
export { renderSvg } from "./renderSvg.js";
export type { RenderSvgOptions } from "./renderSvg.js";
// The scrutiny pack: read the sources, build, render and write the files
export { writeScrutinyPack } from "./writeScrutinyPack.js";
export type { WriteScrutinyPackOptions, WrittenScrutinyPack } from "./writeScrutinyPack.js";
export { ArgumentError, ExtractError } from "../csv/index.js";
export type { CountOptions, CountResult, ExtractOptions, ExtractResult, RejectedRow, Schema } from "../csv/index.js";
