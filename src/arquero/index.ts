// disproportionality/arquero: moving between arquero tables and the library (arquero is an optional peer)

// Into the library: counts by group or records from an arquero table
export { fromArquero } from "./fromArquero.js";
export type { FromArqueroCountsOptions, FromArqueroRecordsOptions } from "./fromArquero.js";

// Out of the library: any result as an arquero table of tidy rows
export { toArquero } from "./toArquero.js";
export type { ToArqueroInput } from "./toArquero.js";

export { ArgumentError } from "../errors.js";
