/** Where a baseline's figures come from, carried with every baseline so a report can cite it. */
export interface BaselineSource {
  /** The publisher, e.g. `"Office for National Statistics"`. */
  readonly publisher: string;
  /** The published table id, e.g. `"TS021"` or `"QS201EW"`. */
  readonly table: string;
  /** The table's title as published. */
  readonly title: string;
  /** Release date of the table, ISO `YYYY-MM-DD` (or `YYYY-MM` when only the month is known). */
  readonly released: string;
  /** Reference date of the figures (census day or estimate date), ISO `YYYY-MM-DD`. */
  readonly referenceDate: string;
  /** The licence, e.g. `"Open Government Licence v3.0"`. */
  readonly licence: string;
  /** The attribution text the licence asks for. */
  readonly attribution: string;
  /** Who is counted, e.g. `"All usual residents"` or `"Usual residents aged 16 years and over"`. */
  readonly populationBase: string;
  /** How cells were rounded, e.g. `"Unrounded"` or `"Rounded to the nearest 5"`. */
  readonly rounding: string;
  /** Whether and how small cells were suppressed. */
  readonly suppression: string;
  /** Statistical disclosure control that changed the counts (e.g. cell-key perturbation). */
  readonly perturbation: string;
  /** Accreditation status, e.g. `"Accredited official statistics"`. */
  readonly accreditation: string;
  /** Further caveats a reader should know. */
  readonly notes: readonly string[];
  /** A public address for the table, where known. */
  readonly url?: string;
}

/** An area: its code (ONS, or our own for areas ONS does not code) and its name. */
export interface AreaRef {
  /** The area code, e.g. `"W15000002"`. */
  readonly code: string;
  /** The area name, e.g. `"Gwent"`. */
  readonly name: string;
}

/** A range of ages in whole years, inclusive. */
export interface AgeRange {
  /** The youngest age in the range. */
  readonly from: number;
  /** The oldest age in the range, or `null` for an open top band ("85 and over"). */
  readonly to: number | null;
}

/** One group of a baseline: its label and population. */
export interface BaselineGroup {
  /** The published category label without the topic prefix, e.g. `"Muslim"` or `"Asian"`. */
  readonly group: string;
  /** The population, or `null` when the publisher suppressed the cell (`suppressed` is then true). */
  readonly population: number | null;
  /** True when the publisher suppressed the cell: it is unknown, not zero. */
  readonly suppressed: boolean;
  /**
   * For a group summed from published cells (a parent category, or several areas), the cells the
   * publisher suppressed and the sum therefore leaves out, e.g. `["Roma (Female) in Blaenau Gwent"]`.
   * Suppressed cells are small, so the population is a slight undercount by their size.
   */
  readonly suppressedParts?: readonly string[];
  /** For cross-tabulated tables, the category of each dimension, e.g. `{ ethnicity: "Asian", sex: "Female" }`. */
  readonly categories?: Readonly<Record<string, string>>;
  /** For age groups, the ages covered: `from` to `to` inclusive, `to` null for an open top band. */
  readonly ages?: AgeRange;
}

/** The census (or estimate) a baseline comes from. */
export type BaselineVintage = 2021 | 2011 | "mid-2020";

/** A population baseline: one area, one dimension, its groups and the table's own total. */
export interface Baseline {
  /** The area, e.g. `{ code: "W15000002", name: "Gwent" }`. */
  readonly area: AreaRef;
  /** The census year, or `"mid-2020"` for ONS mid-year estimates. */
  readonly census: BaselineVintage;
  /** The dimension, e.g. `"ethnicity"`, `"religion"`, `"age"`. */
  readonly dimension: string;
  /** The groups, in the publisher's order. */
  readonly groups: readonly BaselineGroup[];
  /** The table's own total for the area (tables are perturbed separately, so totals differ a little). */
  readonly total: number;
  /** Provenance. */
  readonly source: BaselineSource;
}
