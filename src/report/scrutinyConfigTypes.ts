/** The names of the built-in extract schemas a scrutiny-pack source may use (the keys of `extractSchemas` in `disproportionality/csv`). */
export type ScrutinySchemaName =
  | "police-uk-stop-search" | "police-uk-street" | "police-uk-outcomes" | "incidents" | "custody" | "hr" | "gender-pay-gap-service";

/** The measures a scrutiny pack can run; each is a key of {@link ScrutinyMeasures}. */
export type ScrutinyMeasureName =
  | "stopSearch" | "useOfForce" | "decisionStages" | "outcomeRates" | "custody" | "payGap" | "representation" | "trends";

/** The languages of a pack: English, Welsh, or both side by side. */
export type ScrutinyLanguage = "en" | "cy" | "both";

/** The two periods a pack compares, as UK financial-year (`"2021/22"`) or quarter (`"2021/22 Q3"`) labels. */
export interface ScrutinyPeriods {
  /** The period reported on, e.g. `"2021/22"` or `"2021/22 Q3"`. */
  readonly current: string;
  /** The period changes are measured against, e.g. `"2019/20"`; it ends before `current` begins. */
  readonly baseline: string;
}

/** One input to the pack: a set of extract files read with one built-in schema. */
export interface ScrutinySource {
  /** A name for the source, unique in the config, used in provenance and messages. */
  readonly name: string;
  /** The built-in schema the files are read with. */
  readonly schema: ScrutinySchemaName;
  /** The files, relative to the config file (the CLI resolves them); at least one. */
  readonly paths: readonly string[];
  /** Column names of these files by canonical field, where they differ from the schema's defaults; `{}` when not given. */
  readonly mapping: Readonly<Record<string, string>>;
  /** Whether the data are synthetic (labelled as such in every output that uses them); defaults to `false`. */
  readonly synthetic: boolean;
  /**
   * The period this source is reported for, when its data cover another period than the pack's
   * `period.current` (e.g. an HR snapshot year); `null` (the default) reports it for `period.current`.
   */
  readonly period: string | null;
}

/** A population baseline read from a user's census CSV (an ONS bulk table) rather than the embedded Gwent tables. */
export interface ScrutinyCensusCsv {
  /** The census CSV, relative to the config file. */
  readonly censusCsv: string;
  /** The area's code or name in that file, e.g. `"W06000022"`. */
  readonly area: string;
}

/** The population baselines of a pack. */
export interface ScrutinyBaselines {
  /** `"gwent-census-2021"` (default) or `"gwent-census-2011"` for the embedded Gwent tables, or a census CSV. */
  readonly population: "gwent-census-2021" | "gwent-census-2011" | ScrutinyCensusCsv;
}

/** Which measures the pack runs; each defaults to `true` when a source can feed it, `false` otherwise. */
export interface ScrutinyMeasures {
  /** Stop-and-search disproportionality (needs a `police-uk-stop-search` source). */
  readonly stopSearch: boolean;
  /** Use-of-force disproportionality (no built-in schema carries use-of-force records yet, so it is always `false`). */
  readonly useOfForce: boolean;
  /** The decision-stage chain (needs a `police-uk-stop-search` or `custody` source). */
  readonly decisionStages: boolean;
  /** Outcome rates (needs a `police-uk-stop-search`, `police-uk-outcomes` or `custody` source). */
  readonly outcomeRates: boolean;
  /** Custody measures (needs a `custody` source). */
  readonly custody: boolean;
  /** Pay gaps (needs an `hr` or `gender-pay-gap-service` source). */
  readonly payGap: boolean;
  /** Workforce representation (needs an `hr` source). */
  readonly representation: boolean;
  /** Quarterly trends and SPC charts (needs a `police-uk-stop-search`, `custody` or `incidents` source). */
  readonly trends: boolean;
}

/** Disclosure control settings. */
export interface ScrutinyDisclosure {
  /** The smallest count published: counts from 1 to `threshold − 1` are suppressed. A whole number ≥ 2; defaults to 5. */
  readonly threshold: number;
}

/** A checked scrutiny-pack config with every default filled in, as returned by `checkScrutinyConfig`. */
export interface ScrutinyConfig {
  /** The pack's title. */
  readonly title: string;
  /** The area reported on; defaults to `"Gwent"`. */
  readonly area: string;
  /** The current and baseline periods. */
  readonly period: ScrutinyPeriods;
  /** The inputs, at least one, with unique names. */
  readonly sources: readonly ScrutinySource[];
  /** The population baselines; defaults to `{ population: "gwent-census-2021" }`. */
  readonly baselines: ScrutinyBaselines;
  /** Which measures run; every key is filled in. */
  readonly measures: ScrutinyMeasures;
  /** Disclosure control; defaults to `{ threshold: 5 }`. */
  readonly disclosure: ScrutinyDisclosure;
  /** The language of the pack; defaults to `"en"`. */
  readonly lang: ScrutinyLanguage;
  /** The confidence level of every interval, a fraction in (0, 1); defaults to 0.95. */
  readonly level: number;
  /** A JSON glossary file of overrides (see `glossary`), relative to the config file, or `null` (the default). */
  readonly glossary: string | null;
}
