import { ArgumentError } from "../errors.js";
import type { ScrutinyBaselines, ScrutinyMeasureName, ScrutinyMeasures, ScrutinyPeriods, ScrutinySchemaName, ScrutinySource } from "../report/scrutinyConfigTypes.js";
import { childPath, configBoolean, configChoice, configObject, configString } from "./configFields.js";
import { quarterIndex, quarterOfLabel, yearLabelStart } from "./periodLabels.js";

/** The built-in schema names, kept here so the root entry does not import the CSV schemas (a test checks they match `extractSchemas`). */
export const SCHEMA_NAMES: readonly ScrutinySchemaName[] = [
  "police-uk-stop-search", "police-uk-street", "police-uk-outcomes", "incidents", "custody", "hr", "gender-pay-gap-service",
];

/** The schemas whose records can feed each measure. */
export const MEASURE_SOURCES: Readonly<Record<ScrutinyMeasureName, readonly ScrutinySchemaName[]>> = {
  stopSearch: ["police-uk-stop-search"],
  useOfForce: [],
  decisionStages: ["police-uk-stop-search", "custody"],
  outcomeRates: ["police-uk-stop-search", "police-uk-outcomes", "custody"],
  custody: ["custody"],
  payGap: ["hr", "gender-pay-gap-service"],
  representation: ["hr"],
  trends: ["police-uk-stop-search", "custody", "incidents"],
};

const PERIOD_RULE = 'must be a financial year ("2019/20") or quarter ("2019/20 Q1") label';

/** The first and last quarter (as quarter indexes) a period label covers. */
function periodSpan(fn: string, path: string, value: unknown): readonly [number, number] {
  const label = configString(fn, path, value);
  const quarter = quarterOfLabel(label);
  if (quarter !== null) return [quarterIndex(quarter), quarterIndex(quarter)];
  const start = yearLabelStart(label);
  if (start === null) throw new ArgumentError(fn, path, PERIOD_RULE, value);
  return [quarterIndex({ start, quarter: 1 }), quarterIndex({ start, quarter: 4 })];
}

/** Checks `period`: two labels, the baseline ending before the current period begins. */
export function checkPeriods(fn: string, value: unknown): ScrutinyPeriods {
  const record = configObject(fn, "period", value, ["current", "baseline"]);
  const [currentStart] = periodSpan(fn, "period.current", record["current"]);
  const [, baselineEnd] = periodSpan(fn, "period.baseline", record["baseline"]);
  if (baselineEnd >= currentStart) {
    throw new ArgumentError(fn, "period.baseline", `must end before period.current (${JSON.stringify(record["current"])}) begins`, record["baseline"]);
  }
  return { current: record["current"] as string, baseline: record["baseline"] as string };
}

function checkMapping(fn: string, path: string, value: unknown): Readonly<Record<string, string>> {
  if (value === undefined) return {};
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new ArgumentError(fn, path, "must be an object of column names", value);
  const mapping: Record<string, string> = {};
  for (const [field, column] of Object.entries(value)) mapping[field] = configString(fn, childPath(path, field), column);
  return mapping;
}

function checkSource(fn: string, path: string, value: unknown): ScrutinySource {
  const record = configObject(fn, path, value, ["name", "schema", "paths", "mapping", "synthetic", "period"]);
  const name = configString(fn, childPath(path, "name"), record["name"]);
  const schema = configChoice(fn, childPath(path, "schema"), record["schema"], SCHEMA_NAMES);
  const paths = record["paths"];
  const pathsPath = childPath(path, "paths");
  if (paths === undefined) throw new ArgumentError(fn, pathsPath, "must be given (an array of file paths)", paths);
  if (!Array.isArray(paths)) throw new ArgumentError(fn, pathsPath, "must be an array of file paths", paths);
  if (paths.length === 0) throw new ArgumentError(fn, pathsPath, "must list at least one file", paths);
  const files = paths.map((file, i) => configString(fn, childPath(pathsPath, i), file));
  const mapping = checkMapping(fn, childPath(path, "mapping"), record["mapping"]);
  const synthetic = configBoolean(fn, childPath(path, "synthetic"), record["synthetic"], false);
  const period = record["period"] === undefined || record["period"] === null ? null : configString(fn, childPath(path, "period"), record["period"]);
  if (period !== null) periodSpan(fn, childPath(path, "period"), period);
  return { name, schema, paths: files, mapping, synthetic, period };
}

/** Checks `sources`: a non-empty array of sources with unique names. */
export function checkSources(fn: string, value: unknown): ScrutinySource[] {
  if (value === undefined) throw new ArgumentError(fn, "sources", "must be given (an array of sources)", value);
  if (!Array.isArray(value)) throw new ArgumentError(fn, "sources", "must be an array of sources", value);
  if (value.length === 0) throw new ArgumentError(fn, "sources", "must list at least one source", value);
  const sources = value.map((source, i) => checkSource(fn, `sources[${i}]`, source));
  sources.forEach((source, i) => {
    const first = sources.findIndex((s) => s.name === source.name);
    if (first < i) throw new ArgumentError(fn, `sources[${i}].name`, `must be unique (sources[${first}] has the same name)`, source.name);
  });
  return sources;
}

/** Checks `baselines`, defaulting to the embedded Census 2021 tables. */
export function checkBaselines(fn: string, value: unknown): ScrutinyBaselines {
  if (value === undefined) return { population: "gwent-census-2021" };
  const record = configObject(fn, "baselines", value, ["population"]);
  const population = record["population"];
  if (population !== null && typeof population === "object" && !Array.isArray(population)) {
    const csv = configObject(fn, "baselines.population", population, ["censusCsv", "area"]);
    return { population: { censusCsv: configString(fn, "baselines.population.censusCsv", csv["censusCsv"]), area: configString(fn, "baselines.population.area", csv["area"]) } };
  }
  if (population !== undefined && typeof population !== "string") {
    throw new ArgumentError(fn, "baselines.population", 'must be "gwent-census-2021", "gwent-census-2011" or { censusCsv, area }', population);
  }
  return { population: configChoice<"gwent-census-2021" | "gwent-census-2011">(fn, "baselines.population", population, ["gwent-census-2021", "gwent-census-2011"], "gwent-census-2021") };
}

/** Checks `measures`: each defaults to whether a source can feed it, and `true` demands such a source. */
export function checkMeasures(fn: string, value: unknown, sources: readonly ScrutinySource[]): ScrutinyMeasures {
  const names = Object.keys(MEASURE_SOURCES) as ScrutinyMeasureName[];
  const record = value === undefined ? {} : configObject(fn, "measures", value, names);
  const schemas = new Set(sources.map((source) => source.schema));
  const measures = {} as Record<ScrutinyMeasureName, boolean>;
  for (const name of names) {
    const needs = MEASURE_SOURCES[name];
    const fed = needs.some((schema) => schemas.has(schema));
    measures[name] = configBoolean(fn, `measures.${name}`, record[name], fed);
    if (measures[name] && !fed) {
      const rule = needs.length === 0
        ? "cannot be true: no built-in schema reads its records yet"
        : `needs a source with schema ${needs.map((s) => `"${s}"`).join(" or ")}`;
      throw new ArgumentError(fn, `measures.${name}`, rule, true);
    }
  }
  return measures;
}
