import { codedSet, date, lenientFlag, text } from "../../_internal/csvFields.js";
import { sharedDateFields } from "../../_internal/periodFields.js";
import { type Disability, personColumns, roleFields } from "../../_internal/personFields.js";
import { HATE_STRANDS } from "../../_internal/recordCodes.js";
import type { EthnicGroup, Sex } from "../../types.js";
import type { Schema } from "../types.js";

/** A hate-crime strand (the five monitored strands, and `"other"`); `"Unknown"` marks a strand label not recognised. */
export type HateStrand = "race" | "religion" | "sexual orientation" | "disability" | "transgender" | "other" | "Unknown";

/** An incident or crime from a force's own extract, one row per incident (its principal victim and subject). */
export interface IncidentRecord {
  /** The incident or crime reference. */
  readonly id: string;
  /** The Europe/London calendar date, `"YYYY-MM-DD"`. */
  readonly date: string;
  /** The London month, `"YYYY-MM"`. */
  readonly month: string;
  /** UK financial year, e.g. `"2023/24"`. */
  readonly financialYear: string;
  /** Financial quarter, e.g. `"2023/24 Q1"` (April–June). */
  readonly quarter: string;
  /** The incident or crime category, as recorded. */
  readonly category: string | null;
  /** The area (local authority, LPA or beat), as recorded. */
  readonly area: string | null;
  /** Victim's self-defined ethnicity, five groups or `"Unknown"`. */
  readonly victimEthnicity: EthnicGroup;
  /** Victim's ONS 2021 19-category ethnicity, where known. */
  readonly victimEthnicityDetailed: string | null;
  /** Victim's sex. */
  readonly victimSex: Sex;
  /** Victim's age in years, where an age (not a band) was recorded. */
  readonly victimAge: number | null;
  /** Victim's age band, or `"Unknown"`. */
  readonly victimAgeBand: string;
  /** Victim's disability status. */
  readonly victimDisability: Disability;
  /** Victim's religion, as recorded. */
  readonly victimReligion: string | null;
  /** Victim's sexual orientation, as recorded. */
  readonly victimSexualOrientation: string | null;
  /** Subject's (suspect's, offender's) self-defined ethnicity, five groups or `"Unknown"`. */
  readonly subjectEthnicity: EthnicGroup;
  /** Subject's ONS 2021 19-category ethnicity, where known. */
  readonly subjectEthnicityDetailed: string | null;
  /** Subject's sex. */
  readonly subjectSex: Sex;
  /** Subject's age in years, where an age was recorded. */
  readonly subjectAge: number | null;
  /** Subject's age band, or `"Unknown"`. */
  readonly subjectAgeBand: string;
  /** Subject's disability status. */
  readonly subjectDisability: Disability;
  /** Subject's religion, as recorded. */
  readonly subjectReligion: string | null;
  /** Subject's sexual orientation, as recorded. */
  readonly subjectSexualOrientation: string | null;
  /** The hate-crime strands flagged (empty when none). */
  readonly hateStrands: readonly HateStrand[];
  /** True when any hate-crime strand is flagged. */
  readonly hateCrime: boolean;
  /** Domestic-abuse flag (`null` when blank or unknown). */
  readonly domesticAbuse: boolean | null;
  /** Mental-health flag. */
  readonly mentalHealth: boolean | null;
  /** Child-involved flag (a child victim, subject or witness, as the force defines it). */
  readonly child: boolean | null;
  /** The outcome, as recorded. */
  readonly outcome: string | null;
}

/**
 * A force's incident or crime extract (no public layout exists; these are the package's default
 * column names), read into {@link IncidentRecord}s. Only `incident_id` and `incident_date` are
 * required; every other column may be absent (its fields read as blank). Dates may be ISO,
 * UK `dd/mm/yyyy` or Excel serial numbers. Victim and subject characteristics use the prefixes
 * `victim_` and `subject_` (also `suspect_`, `offender_`), e.g. `victim_ethnicity`, `subject_age`.
 * `hate_strands` lists strands separated by `;` or `|`. Use `mapping` for other column names;
 * docs/adapters.md lists every column and accepted value.
 *
 * @example
 * ```ts
 * import { incidentsSchema, parseExtract } from "disproportionality/csv";
 * const csv = "incident_id,date,category,Victim SDE,hate_strands\nINC-1,2023-04-01,Violence against the person,A2,race;religion";
 * const { records } = await parseExtract(csv, incidentsSchema, { mapping: { victimEthnicity: "Victim SDE" } });
 * records[0]?.victimEthnicity // => "Asian"
 * records[0]?.hateStrands // => ["race", "religion"]
 * records[0]?.quarter // => "2023/24 Q1"
 * ```
 */
export const incidentsSchema: Schema<IncidentRecord> = {
  name: "incidents",
  description: "a force incident or crime extract",
  columns: {
    id: text(["incident_id", "incident_ref", "incident_number", "crime_id", "crime_reference", "id"], { required: true }),
    date: date(["incident_date", "date", "reported_date", "recorded_date", "occurred_date"], ["iso", "uk", "excel"], { required: true }),
    category: text(["category", "incident_category", "crime_type", "offence_category", "incident_type"], { optional: true }),
    area: text(["area", "local_authority", "lpa", "local_policing_area", "neighbourhood"], { optional: true }),
    ...personColumns("victim", ["victim"]),
    ...personColumns("subject", ["subject", "suspect", "offender"]),
    hateStrands: codedSet(["hate_strands", "hate_crime_strands", "hate_strand", "hate_flags"], HATE_STRANDS, { optional: true }),
    domesticAbuse: lenientFlag(["domestic_abuse", "domestic_abuse_flag", "da_flag", "domestic"], { optional: true }),
    mentalHealth: lenientFlag(["mental_health", "mental_health_flag", "mh_flag"], { optional: true }),
    child: lenientFlag(["child", "child_flag", "child_involved", "child_at_risk"], { optional: true }),
    outcome: text(["outcome", "outcome_type", "last_outcome", "outcome_category"], { optional: true }),
  },
  toRecord: (v) => {
    const { date: day, month, financialYear, quarter } = sharedDateFields((v["date"] as { date: { year: number; month: number; day: number } }).date);
    const hateStrands = v["hateStrands"] as HateStrand[];
    return {
      id: v["id"] as string,
      date: day,
      month,
      financialYear,
      quarter,
      category: v["category"] as string | null,
      area: v["area"] as string | null,
      ...roleFields(v, "victim"),
      ...roleFields(v, "subject"),
      hateStrands,
      hateCrime: hateStrands.length > 0,
      domesticAbuse: v["domesticAbuse"] as boolean | null,
      mentalHealth: v["mentalHealth"] as boolean | null,
      child: v["child"] as boolean | null,
      outcome: v["outcome"] as string | null,
    };
  },
};
