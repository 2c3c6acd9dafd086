import type { BaselineSource } from "../baselines/types.js";
import type { CountRow } from "../csv/types.js";
import type { VegaLiteSpec } from "./chartTypes.js";
import type { DisclosureRow } from "./disclose.js";
import type { ScrutinyConfig } from "./scrutinyConfigTypes.js";

/** The package that built a pack. */
export interface PackPackage {
  /** The package name, e.g. `"disproportionality"`. */
  readonly name: string;
  /** Its version, e.g. `"0.1.0"`. */
  readonly version: string;
}

/** One input file of a pack, as the reader saw it. */
export interface ScrutinyInputFile {
  /** The file's path as written in the config (relative to the config file). */
  readonly path: string;
  /** The SHA-256 of the file's bytes, in lower-case hex. */
  readonly sha256: string;
  /** The file's size in bytes. */
  readonly bytes: number;
}

/** How many rows a source's files held and what became of them. */
export interface ScrutinyReadSummary {
  /** Rows read (header lines of files whose header was wrong count as rows). */
  readonly rowsRead: number;
  /** Rows accepted as records. */
  readonly accepted: number;
  /** Rows rejected (each is in the reader's reject ledger): `rowsRead = accepted + rejected`. */
  readonly rejected: number;
}

/** One source after reading: its counts (and, for HR extracts, its records), files and read summary. */
export interface ScrutinySourceInput {
  /** The source's name in the config. */
  readonly name: string;
  /** Its files with their checksums, in reading order. */
  readonly files: readonly ScrutinyInputFile[];
  /** What reading found. */
  readonly summary: ScrutinyReadSummary;
  /** Record counts by the fields `scrutinyCountFields` names for the source's schema. */
  readonly counts: readonly CountRow[];
  /** The records themselves, for sources whose measures need individual values (HR: pay); else empty. */
  readonly records: readonly Readonly<Record<string, unknown>>[];
}

/** Everything a pack is built from besides its config: the sources as read, and files the config names. */
export interface ScrutinyInputs {
  /** The sources, in config order, by name. */
  readonly sources: readonly ScrutinySourceInput[];
  /** The text of the census CSV when the config's baseline is a census CSV, else `null`. */
  readonly censusCsv: string | null;
  /** The parsed glossary file when the config names one, else `null`. */
  readonly glossary: unknown;
  /** The package name and version, recorded in the pack's provenance. */
  readonly package: PackPackage;
}

/** One table of a pack, after disclosure control. */
export interface PackTable {
  /** The table's identifier, also its CSV file name (`tables/<id>.csv`). */
  readonly id: string;
  /** The table's caption, in the pack's language. */
  readonly title: string;
  /** The column names (machine-readable, English), in order. */
  readonly columns: readonly string[];
  /** The column headings for people, in the pack's language, in the order of `columns`. */
  readonly headings: readonly string[];
  /** The rows, suppressed cells replaced by the marker. */
  readonly rows: readonly DisclosureRow[];
  /** Display text for label cells (group, sex, age band, area, quintile) in the pack's language: cell text → text. */
  readonly display: Readonly<Record<string, string>>;
  /** How many cells were suppressed. */
  readonly suppressed: number;
  /** Notes on the table (method, level, caveats), in the pack's language. */
  readonly notes: readonly string[];
  /** The sources the table was built from (by name). */
  readonly sources: readonly string[];
  /** Whether any of those sources is synthetic. */
  readonly synthetic: boolean;
}

/** One chart of a pack: its Vega-Lite spec and the table that holds its data (its text alternative). */
export interface PackChart {
  /** The chart's identifier, also its spec's file name (`charts/<id>.vl.json`). */
  readonly id: string;
  /** The id of the pack table that gives the chart's data as a table. */
  readonly table: string;
  /** The Vega-Lite v5 spec, built from disclosed figures only. */
  readonly spec: VegaLiteSpec;
}

/** One section of a pack's report. */
export interface PackSection {
  /** The section's identifier (an HTML anchor). */
  readonly id: string;
  /** The section's heading, in the pack's language. */
  readonly title: string;
  /** Paragraphs introducing the section, in the pack's language. */
  readonly summary: readonly string[];
  /** The section's tables. */
  readonly tables: readonly PackTable[];
  /** The section's charts. */
  readonly charts: readonly PackChart[];
}

/** Provenance of one source in the pack. */
export interface PackSourceProvenance {
  /** The source's name. */
  readonly name: string;
  /** Its schema. */
  readonly schema: string;
  /** Whether its data are synthetic. */
  readonly synthetic: boolean;
  /** The period it is reported for. */
  readonly period: string;
  /** What reading found. */
  readonly summary: ScrutinyReadSummary;
  /** Its files with checksums. */
  readonly files: readonly ScrutinyInputFile[];
}

/** The disclosure rule a pack applied. */
export interface PackDisclosure {
  /** The smallest count published. */
  readonly threshold: number;
  /** The text shown in place of a suppressed cell. */
  readonly marker: string;
  /** The rule in words. */
  readonly rule: string;
}

/** A population baseline a pack used. */
export interface PackBaseline {
  /** The baseline's dimension, e.g. `"ethnicity"`. */
  readonly dimension: string;
  /** The census (or estimate) it comes from. */
  readonly census: string;
  /** The area's name. */
  readonly area: string;
  /** Its publisher, table, licence and attribution. */
  readonly source: BaselineSource;
}

/** A built scrutiny pack: every figure, disclosed, with its provenance; `scrutinyPackFiles` writes it out. */
export interface ScrutinyPack {
  /** The pack's title. */
  readonly title: string;
  /** The area reported on. */
  readonly area: string;
  /** The current and baseline periods. */
  readonly period: ScrutinyConfig["period"];
  /** The pack's language. */
  readonly lang: ScrutinyConfig["lang"];
  /** The confidence level of every interval. */
  readonly level: number;
  /** The package that built it. */
  readonly package: PackPackage;
  /** The disclosure rule applied to every table. */
  readonly disclosure: PackDisclosure;
  /** Whether any source is synthetic. */
  readonly synthetic: boolean;
  /** The sources with their files, checksums and read summaries. */
  readonly sources: readonly PackSourceProvenance[];
  /** The population baselines used, with their sources. */
  readonly baselines: readonly PackBaseline[];
  /** Things a reader must know: measures skipped and why, glossary keys shown in English. */
  readonly warnings: readonly string[];
  /**
   * For a pack in both languages, the Welsh of every glossary term it may show after an English
   * one (`"English / Cymraeg"`), longest first, so that the HTML can mark each with `lang="cy"`
   * (WCAG 2.2 SC 3.1.2, language of parts); empty otherwise.
   */
  readonly welshTerms: readonly string[];
  /** The report's sections, in order. */
  readonly sections: readonly PackSection[];
}
