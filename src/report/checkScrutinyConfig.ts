import { ArgumentError } from "../errors.js";
import { configChoice, configObject, configString } from "../_internal/configFields.js";
import { freezeResult } from "../_internal/freeze.js";
import { checkBaselines, checkMeasures, checkPeriods, checkSources } from "../_internal/scrutinyConfigParts.js";
import type { ScrutinyConfig, ScrutinyDisclosure } from "./scrutinyConfigTypes.js";

const FN = "checkScrutinyConfig";
const KEYS = ["title", "area", "period", "sources", "baselines", "measures", "disclosure", "lang", "level", "glossary"];

function checkDisclosure(value: unknown): ScrutinyDisclosure {
  if (value === undefined) return { threshold: 5 };
  const threshold = configObject(FN, "disclosure", value, ["threshold"])["threshold"];
  if (threshold === undefined) return { threshold: 5 };
  if (typeof threshold !== "number" || !Number.isInteger(threshold) || threshold < 2) {
    throw new ArgumentError(FN, "disclosure.threshold", "must be a whole number of at least 2", threshold);
  }
  return { threshold };
}

function checkConfigLevel(level: unknown): number {
  if (level === undefined) return 0.95;
  if (typeof level !== "number" || !Number.isFinite(level) || level <= 0 || level >= 1) {
    const hint = typeof level === "number" && level > 1 && level < 100 ? `did you mean ${level / 100}?` : undefined;
    throw new ArgumentError(FN, "level", "must be a fraction strictly between 0 and 1", level, hint);
  }
  return level;
}

/**
 * Checks a scrutiny-pack config (the parsed JSON of `scrutiny.json`) and returns it typed, frozen
 * and with every default filled in.
 *
 * @remarks
 * Keys are checked before values, so a typo is reported as an unknown key with a suggestion (the
 * allowed key within a case-insensitive edit distance of 2, or one the typo contains, as
 * `"baselinePeriod"` → `"baseline"`). Defaults: `area` `"Gwent"`, `baselines`
 * `{ population: "gwent-census-2021" }`, each measure `true` exactly when a source's schema can
 * feed it, `disclosure.threshold` 5, `lang` `"en"`, `level` 0.95, a source's `mapping` `{}` and
 * `synthetic` `false`. Periods are financial years (`"2019/20"`, the second half the next year)
 * or quarters (`"2019/20 Q1"`, April–June); the baseline must end before the current period
 * begins. Paths are kept as written, relative to the config file: this function reads no files.
 * docs/scrutiny-config.md describes every key.
 *
 * @param value - the parsed JSON
 * @returns the checked config
 * @throws {@link ArgumentError} naming the JSON path of the bad key (e.g. `sources[1].schema`),
 * the rule and the value found
 *
 * @example
 * ```ts
 * const config = checkScrutinyConfig({
 *   title: "Stop and search, 2021/22",
 *   period: { current: "2021/22", baseline: "2019/20" },
 *   sources: [{ name: "stop-search", schema: "police-uk-stop-search", paths: ["data/stop-search.csv"] }],
 * });
 * config.area // => "Gwent"
 * config.measures.stopSearch // => true
 * config.measures.payGap // => false
 * config.disclosure.threshold // => 5
 * Object.isFrozen(config.sources[0]) // => true
 * const typo = (() => { try { checkScrutinyConfig({ ...config, period: { current: "2021/22", baselinePeriod: "2019/20" } }); } catch (e) { return (e as Error).message; } })();
 * typo // => 'checkScrutinyConfig: period.baselinePeriod is not a known key (period takes "current", "baseline"); received "2019/20" (did you mean "baseline"?)'
 * ```
 */
export function checkScrutinyConfig(value: unknown): ScrutinyConfig {
  const record = configObject(FN, "", value, KEYS);
  const title = configString(FN, "title", record["title"]);
  const area = record["area"] === undefined ? "Gwent" : configString(FN, "area", record["area"]);
  if (record["period"] === undefined) throw new ArgumentError(FN, "period", "must be given ({ current, baseline })", undefined);
  const period = checkPeriods(FN, record["period"]);
  const sources = checkSources(FN, record["sources"]);
  const baselines = checkBaselines(FN, record["baselines"]);
  const measures = checkMeasures(FN, record["measures"], sources);
  const disclosure = checkDisclosure(record["disclosure"]);
  const lang = configChoice(FN, "lang", record["lang"], ["en", "cy", "both"], "en");
  const level = checkConfigLevel(record["level"]);
  const glossary = record["glossary"] === undefined || record["glossary"] === null ? null : configString(FN, "glossary", record["glossary"]);
  return freezeResult({ title, area, period, sources, baselines, measures, disclosure, lang, level, glossary });
}
