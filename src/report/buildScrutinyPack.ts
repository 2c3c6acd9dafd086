import { baselineFromCensusCsv } from "../baselines/baselineFromCensusCsv.js";
import { gwentPopulation } from "../baselines/gwentPopulation.js";
import { regroup } from "../baselines/regroup.js";
import { classifyEthnicity } from "../classify/classifyEthnicity.js";
import type { Baseline } from "../baselines/types.js";
import { ArgumentError } from "../errors.js";
import { freezeResult } from "../_internal/freeze.js";
import { checkRecord } from "../_internal/validate.js";
import { areasSection } from "../_internal/pack/packAreas.js";
import type { PackContext, PackSource } from "../_internal/pack/packContext.js";
import { custodySection } from "../_internal/pack/packCustody.js";
import { changeSection } from "../_internal/pack/packChange.js";
import { methodsSection } from "../_internal/pack/packMethods.js";
import { stagesSection } from "../_internal/pack/packStages.js";
import { sexAgeSection, stopSearchSection } from "../_internal/pack/packStopSearch.js";
import { trendsSection } from "../_internal/pack/packTrends.js";
import { payGapSection, representationSection } from "../_internal/pack/packWorkforce.js";
import { checkScrutinyConfig } from "./checkScrutinyConfig.js";
import { disclose } from "./disclose.js";
import { glossary, type GlossaryOverrides } from "./glossary.js";
import type { ScrutinyBaselines, ScrutinySchemaName } from "./scrutinyConfigTypes.js";
import type { PackSection, ScrutinyInputs, ScrutinyPack } from "./scrutinyPackTypes.js";

const FN = "buildScrutinyPack";
type Dimension = "ethnicity" | "sex" | "age" | "deprivation";

/** A census CSV's ethnic groups under the canonical labels the extracts use (Census 2021 group names → `Black`, …); a column no group is recognised in is left out. */
function canonicalEthnicity(baseline: Baseline): Baseline {
  const mapping = Object.fromEntries(baseline.groups.map((g) => {
    const c = classifyEthnicity(g.group);
    return [g.group, c.recognised && c.ethnicity !== "Unknown" ? c.ethnicity : null];
  }));
  return regroup(baseline, mapping);
}

/** The population baselines the config chooses, by dimension, cached; `null` for a dimension it lacks. */
function baselines(population: ScrutinyBaselines["population"], csv: string | null) {
  const cache = new Map<Dimension, Baseline | null>();
  return (by: Dimension): Baseline | null => {
    if (!cache.has(by)) {
      if (typeof population === "string") {
        const census = population === "gwent-census-2011" ? 2011 : 2021;
        cache.set(by, census === 2011 && by !== "ethnicity" ? null : gwentPopulation({ census, by }));
      } else {
        if (csv === null) throw new ArgumentError(FN, "inputs.censusCsv", "must hold the census CSV's text when the config names one", csv);
        cache.set(by, by === "ethnicity" ? canonicalEthnicity(baselineFromCensusCsv(csv, { area: population.area })) : null);
      }
    }
    return cache.get(by) ?? null;
  };
}

/**
 * Builds a quarterly scrutiny pack from a config and the sources as read: every section's tables
 * (disclosed), charts (Vega-Lite specs drawn from disclosed figures only) and the provenance.
 * Pure and deterministic: no clock, no files, no randomness beyond seeded simulation. Read the
 * sources with `disproportionality/node` (`writeScrutinyPack` does it all), then write the files
 * with {@link scrutinyPackFiles}.
 *
 * @remarks
 * Sections, each when the config's measures and sources allow: stop and search by ethnicity
 * (headline table, forest plot), change against the baseline period, quarterly SPC charts of each
 * group's ratio, decision stages and outcome rates, stop and search by sex and age, custody
 * (detentions, stages, charge and strip-search rates), crime by local authority (funnel plot) and
 * by deprivation quintile (from a `police-uk-street` source), gender pay gap and quartiles, workforce
 * representation, and methods and provenance. Every table goes through {@link disclose} with the
 * config's threshold; a chart shows only groups whose figures are published, and names the others
 * in its text alternative. Figures are rounded to 4 significant figures.
 *
 * @param config - a scrutiny config (checked with {@link checkScrutinyConfig})
 * @param inputs - the sources as read (counts by `scrutinyCountFields`, HR records), census CSV text, glossary overrides, package name and version
 * @returns a frozen {@link ScrutinyPack}
 * @throws {@link ArgumentError} for an invalid config, a source missing from `inputs`, or a bad glossary
 *
 * @example
 * ```ts
 * const config = { title: "Demo", period: { current: "2021/22", baseline: "2019/20" }, sources: [{ name: "hr", schema: "hr", paths: ["hr.csv"] }] };
 * const staff = (sex: string, hourlyPay: number) => ({ sex, hourlyPay, bonus: 0, fullPay: true, ethnicity: "White", workerType: "Police Officer", snapshotDate: "2022-03-31", startDate: "2010-01-01", leaveDate: null });
 * const records = [...Array.from({ length: 40 }, (_, i) => staff("Female", 15 + i / 10)), ...Array.from({ length: 60 }, (_, i) => staff("Male", 16 + i / 10))];
 * const pack = buildScrutinyPack(config, { sources: [{ name: "hr", files: [], summary: { rowsRead: 100, accepted: 100, rejected: 0 }, counts: [], records }], censusCsv: null, glossary: null, package: { name: "disproportionality", version: "0.1.0" } });
 * pack.sections.map((s) => s.id) // => ["pay-gap", "representation", "methods"]
 * pack.sections[0]?.tables[0]?.rows[0]?.["value"] // => 10.55
 * ```
 */
export function buildScrutinyPack(config: unknown, inputs: ScrutinyInputs): ScrutinyPack {
  const checked = checkScrutinyConfig(config);
  checkRecord(FN, "inputs", inputs);
  if (!Array.isArray(inputs.sources)) throw new ArgumentError(FN, "inputs.sources", "must be an array of sources as read", inputs.sources);
  const g = glossary(checked.lang, (inputs.glossary ?? undefined) as GlossaryOverrides | undefined);
  const warnings: string[] = [];
  const sources: PackSource[] = checked.sources.map((s) => {
    const input = inputs.sources.find((i) => i.name === s.name);
    if (!input) throw new ArgumentError(FN, "inputs.sources", `must include the source "${s.name}" of the config`, inputs.sources.map((i) => i.name));
    return { config: s, input, period: s.period ?? checked.period.current };
  });
  const population = baselines(checked.baselines.population, inputs.censusCsv);
  const ctx: PackContext = {
    config: checked, glossary: g, t: g.text, population,
    source: (schema: ScrutinySchemaName) => sources.find((s) => s.config.schema === schema) ?? null,
    warn: (text) => warnings.push(text),
  };
  const m = checked.measures;
  const stop = ctx.source("police-uk-stop-search");
  const custody = ctx.source("custody");
  const street = ctx.source("police-uk-street");
  const hr = ctx.source("hr");
  const sections: PackSection[] = [];
  if (stop && m.stopSearch) sections.push(stopSearchSection(ctx, stop), changeSection(ctx, stop));
  if (stop && m.trends) sections.push(trendsSection(ctx, stop));
  if (stop && (m.decisionStages || m.outcomeRates)) sections.push(stagesSection(ctx, stop));
  if (stop && m.stopSearch) sections.push(sexAgeSection(ctx, stop));
  if (custody && m.custody) sections.push(custodySection(ctx, custody));
  if (street) sections.push(areasSection(ctx, street));
  if (hr && m.payGap) sections.push(payGapSection(ctx, hr));
  if (hr && m.representation) sections.push(representationSection(ctx, hr));
  for (const s of checked.sources) {
    if (!["police-uk-stop-search", "custody", "police-uk-street", "hr"].includes(s.schema)) warnings.push(`Source "${s.name}" (${s.schema}) is read and listed, but the pack has no section for that schema yet.`);
  }
  if (g.missing.length > 0) warnings.push(`${g.missing.length} glossary terms have no Welsh and are shown in English; notes and method text are in English only. Published Welsh must be checked by a translator.`);
  const used = (["ethnicity", "sex", "age", "deprivation"] as const).map((d) => population(d)).filter((b) => b !== null);
  const rule = disclose({ rows: [], counts: ["count"] }, { threshold: checked.disclosure.threshold }).rule;
  const head = {
    title: checked.title, area: checked.area, period: checked.period, lang: checked.lang, level: checked.level,
    package: { name: inputs.package.name, version: inputs.package.version },
    disclosure: { threshold: checked.disclosure.threshold, marker: "[c]", rule },
    synthetic: sources.some((s) => s.config.synthetic),
    sources: sources.map((s) => ({ name: s.config.name, schema: s.config.schema, synthetic: s.config.synthetic, period: s.period, summary: s.input.summary, files: s.input.files })),
    baselines: used.map((b) => ({ dimension: b.dimension, census: String(b.census), area: b.area.name, source: b.source })),
  };
  sections.push(methodsSection(ctx, head));
  const welshTerms = checked.lang !== "both" ? [] : [...new Set(Object.values(g.entries).flatMap((e) => (e.cy !== null && e.cy !== e.en ? [e.cy] : [])))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return freezeResult({ ...head, warnings, welshTerms, sections });
}
