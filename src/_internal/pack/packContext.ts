import type { Baseline } from "../../baselines/types.js";
import type { Glossary } from "../../report/glossary.js";
import type { ScrutinySchemaName, ScrutinyConfig, ScrutinySource } from "../../report/scrutinyConfigTypes.js";
import type { ScrutinySourceInput } from "../../report/scrutinyPackTypes.js";

/** The reference group of every ethnicity ratio in a pack (as the Home Office uses). */
export const REFERENCE_ETHNICITY = "White";

/** A source with its config, what was read and the period it is reported for. */
export interface PackSource {
  /** The source as configured. */
  readonly config: ScrutinySource;
  /** What was read. */
  readonly input: ScrutinySourceInput;
  /** The period reported: the source's own, else the pack's current period. */
  readonly period: string;
}

/** What every section builder needs: settings, text, baselines and sources. */
export interface PackContext {
  /** The checked config. */
  readonly config: ScrutinyConfig;
  /** The glossary in the pack's language. */
  readonly glossary: Glossary;
  /** Text for a glossary key in the pack's language. */
  readonly t: (key: string) => string;
  /** The population baseline by a dimension, or `null` when the configured baseline lacks it. */
  readonly population: (by: "ethnicity" | "sex" | "age" | "deprivation") => Baseline | null;
  /** The first source of a schema, or `null`. */
  readonly source: (schema: ScrutinySchemaName) => PackSource | null;
  /** Records a warning for the pack's front page. */
  readonly warn: (text: string) => void;
}

/** Display text for a canonical label (group, sex, age band, quintile, area code) through the glossary, else the label. */
export function labelText(ctx: PackContext, prefix: string, label: string): string {
  const key = `${prefix}.${label}`;
  return key in ctx.glossary.entries ? ctx.t(key) : label;
}
