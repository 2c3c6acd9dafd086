import { ageBand, coded, date, hours, lenientFlag, officerDefinedEthnicity, selfDefinedEthnicity, sex, text } from "../../_internal/csvFields.js";
import { sharedDateFields } from "../../_internal/periodFields.js";
import { CUSTODY_OUTCOMES } from "../../_internal/recordCodes.js";
import type { EthnicGroup, OfficerEthnicGroup, Sex } from "../../types.js";
import type { Schema } from "../types.js";

/** How a detention ended; `"Unknown"` for blanks, "not recorded" and labels not recognised. */
export type CustodyOutcome =
  | "charge" | "caution" | "community resolution" | "no further action" | "released under investigation" | "bail" | "other" | "Unknown";

/** A detention from a force's custody extract. */
export interface CustodyRecord {
  /** The custody record number. */
  readonly id: string;
  /** The Europe/London calendar date of arrival, `"YYYY-MM-DD"`. */
  readonly arrivalDate: string;
  /** The London month of arrival, `"YYYY-MM"`. */
  readonly month: string;
  /** UK financial year of arrival, e.g. `"2023/24"`. */
  readonly financialYear: string;
  /** Financial quarter of arrival, e.g. `"2023/24 Q1"` (April–June). */
  readonly quarter: string;
  /** Self-defined ethnicity, five groups or `"Unknown"`. */
  readonly ethnicity: EthnicGroup;
  /** The ONS 2021 19-category ethnicity, where known. */
  readonly ethnicityDetailed: string | null;
  /** Officer-defined ethnicity (IC codes), or `"Unknown"`. */
  readonly officerEthnicity: OfficerEthnicGroup;
  /** Sex. */
  readonly sex: Sex;
  /** Age in years on arrival, where an age (not a band) was recorded. */
  readonly age: number | null;
  /** data.police.uk age band (`"under 10"` … `"over 34"`), or `"Unknown"`. */
  readonly ageBand: string;
  /** Under 18 on arrival: the `child` column where given, else from the age or age band; `null` if unknown. */
  readonly child: boolean | null;
  /** The offence group, as recorded. */
  readonly offenceGroup: string | null;
  /** The outcome, mapped to {@link CustodyOutcome}. */
  readonly outcome: CustodyOutcome;
  /** Hours in detention. */
  readonly detentionHours: number | null;
  /** Whether a strip search was carried out. */
  readonly stripSearch: boolean | null;
  /** Whether this was a mental-health detention (s136 Mental Health Act 1983). */
  readonly mentalHealthDetention: boolean | null;
}

const CHILD_BANDS = new Set(["under 10", "10-17"]);
const ADULT_BANDS = new Set(["18-24", "25-34", "over 34"]);

/**
 * A force's custody extract (no public layout exists; these are the package's default column
 * names), read into {@link CustodyRecord}s. Only `custody_id` and `arrival_date` are required;
 * every other column may be absent. Dates may be ISO, UK `dd/mm/yyyy` or Excel serial numbers,
 * with or without a time; the financial year is that of the London date of arrival. Outcomes map
 * common disposal labels ("Charged", "RUI", "NFA", "Bailed to return" …) to {@link CustodyOutcome};
 * detention may be decimal hours or `H:MM`. Use `mapping` for other column names;
 * docs/adapters.md lists every column and accepted value.
 *
 * @example
 * ```ts
 * import { custodySchema, parseExtract } from "disproportionality/csv";
 * const csv = "Custody Ref,arrival_date,Self Defined Ethnicity Code,sex,age,outcome,detention_hours\nCUS-1,31/03/2024 23:30,B2,M,17,RUI,7:30";
 * const { records } = await parseExtract(csv, custodySchema, { mapping: { id: "Custody Ref", ethnicity: "Self Defined Ethnicity Code" } });
 * records[0]?.ethnicity // => "Black"
 * records[0]?.outcome // => "released under investigation"
 * records[0]?.child // => true
 * records[0]?.detentionHours // => 7.5
 * records[0]?.financialYear // => "2023/24"
 * ```
 */
export const custodySchema: Schema<CustodyRecord> = {
  name: "custody",
  description: "a force custody extract",
  columns: {
    id: text(["custody_id", "custody_number", "custody_record_number", "custody_ref", "detention_id", "id"], { required: true }),
    arrivalDate: date(["arrival_date", "arrival_datetime", "arrival_date_time", "arrival_time", "custody_date", "date"], ["iso", "uk", "excel"], { required: true }),
    ethnicity: selfDefinedEthnicity(["self_defined_ethnicity", "ethnicity", "sde", "self_defined_ethnicity_code", "ethnic_group"], { optional: true }),
    officerEthnicity: officerDefinedEthnicity(["officer_defined_ethnicity", "officer_ethnicity", "ode", "ic_code"], { optional: true }),
    sex: sex(["sex", "gender"], { optional: true }),
    age: ageBand(["age", "age_on_arrival", "age_at_arrival", "age_band", "age_range"], { optional: true }),
    child: lenientFlag(["child", "under_18", "juvenile", "is_child"], { optional: true }),
    offenceGroup: text(["offence_group", "offence_category", "offence", "arrest_offence", "arrest_reason"], { optional: true }),
    outcome: coded(["outcome", "disposal", "custody_outcome", "disposal_type", "outcome_type"], CUSTODY_OUTCOMES, { optional: true }),
    detentionHours: hours(["detention_hours", "hours_in_custody", "detention_duration", "time_in_custody", "duration_hours"], { optional: true }),
    stripSearch: lenientFlag(["strip_search", "strip_searched", "strip_search_flag"], { optional: true }),
    mentalHealthDetention: lenientFlag(["mental_health_detention", "s136", "section_136", "mha_s136"], { optional: true }),
  },
  toRecord: (v) => {
    const { date: arrivalDate, month, financialYear, quarter } = sharedDateFields((v["arrivalDate"] as { date: { year: number; month: number; day: number } }).date);
    const ethnicity = v["ethnicity"] as { ethnicity: EthnicGroup; ethnicityDetailed: string | null };
    const age = v["age"] as { ageBand: string; age: number | null };
    const child = (v["child"] as boolean | null) ?? (age.age !== null ? age.age < 18 : CHILD_BANDS.has(age.ageBand) ? true : ADULT_BANDS.has(age.ageBand) ? false : null);
    return {
      id: v["id"] as string,
      arrivalDate,
      month,
      financialYear,
      quarter,
      ethnicity: ethnicity.ethnicity,
      ethnicityDetailed: ethnicity.ethnicityDetailed,
      officerEthnicity: (v["officerEthnicity"] as { officerEthnicity: OfficerEthnicGroup }).officerEthnicity,
      sex: (v["sex"] as { sex: Sex }).sex,
      age: age.age,
      ageBand: age.ageBand,
      child,
      offenceGroup: v["offenceGroup"] as string | null,
      outcome: v["outcome"] as CustodyOutcome,
      detentionHours: v["detentionHours"] as number | null,
      stripSearch: v["stripSearch"] as boolean | null,
      mentalHealthDetention: v["mentalHealthDetention"] as boolean | null,
    };
  },
};
