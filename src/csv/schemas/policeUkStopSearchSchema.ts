import { codedValue } from "../../_internal/codedValue.js";
import { ageBand, flag, londonDate, number, officerDefinedEthnicity, selfDefinedEthnicity, sex, text } from "../../_internal/csvFields.js";
import { fieldIndex, listSchema } from "../../_internal/listRecords.js";
import { sharedDateFields } from "../../_internal/periodFields.js";
import type { Schema } from "../types.js";

/** A data.police.uk stop-and-search row as a typed record. */
export interface StopSearchRecord {
  /** `"Person search"`, `"Vehicle search"` or `"Person and Vehicle search"`. */
  readonly type: string;
  /** The Europe/London calendar date, `"YYYY-MM-DD"`. */
  readonly date: string;
  /** The London month, `"YYYY-MM"`. */
  readonly month: string;
  /** UK financial year, e.g. `"2019/20"`. */
  readonly financialYear: string;
  /** Financial quarter, e.g. `"2019/20 Q1"` (April–June). */
  readonly quarter: string;
  /** `"Male"`, `"Female"`, `"Other"` or `"Unknown"`. */
  readonly gender: string;
  /** data.police.uk age range (`"under 10"` … `"over 34"`) or `"Unknown"`. */
  readonly ageBand: string;
  /** Self-defined ethnicity, five groups or `"Unknown"`. */
  readonly ethnicity: string;
  /** The ONS 19-group category, where known. */
  readonly ethnicityDetailed: string | null;
  /** Officer-defined ethnicity or `"Unknown"`. */
  readonly officerEthnicity: string;
  /** The power used, as published. */
  readonly legislation: string | null;
  /** What the search was for, as published. */
  readonly objectOfSearch: string | null;
  /** The outcome in current data.police.uk labels (old labels mapped), `"Unknown"` if not recognised, `null` if blank. */
  readonly outcome: string | null;
  /** Whether the outcome was linked to the object of search. */
  readonly outcomeLinked: boolean | null;
  /** Whether more than outer clothing was removed. */
  readonly removalOfClothing: boolean | null;
  /** Latitude, where published. */
  readonly latitude: number | null;
  /** Longitude, where published. */
  readonly longitude: number | null;
  /** Whether the search was part of a policing operation. */
  readonly partOfPolicingOperation: boolean | null;
  /** The operation's name, where published. */
  readonly policingOperation: string | null;
}

const CURRENT = ["A no further action disposal", "Arrest", "Community resolution", "Summons / charged by post", "Khat or Cannabis warning", "Caution (simple or conditional)", "Penalty Notice for Disorder"];
const OUTCOMES: Record<string, string> = {
  ...Object.fromEntries(CURRENT.map((o) => [o, o])),
  "Nothing found - no further action": "A no further action disposal",
  "Suspect arrested": "Arrest",
  "Offender given penalty notice": "Penalty Notice for Disorder",
  "Suspect summonsed to court": "Summons / charged by post",
  "Offender given drugs possession warning": "Khat or Cannabis warning",
  "Offender cautioned": "Caution (simple or conditional)",
  "Local resolution": "Community resolution",
};

const COLUMNS = {
  type: text(["Type"], { required: true }),
  date: londonDate(["Date"], ["iso", "uk"], { required: true }),
  partOfPolicingOperation: flag(["Part of a policing operation"], { optional: true }),
  policingOperation: text(["Policing operation"], { optional: true }),
  latitude: number(["Latitude"]),
  longitude: number(["Longitude"]),
  gender: sex(["Gender"]),
  ageBand: ageBand(["Age range"]),
  ethnicity: selfDefinedEthnicity(["Self-defined ethnicity"]),
  officerEthnicity: officerDefinedEthnicity(["Officer-defined ethnicity"]),
  legislation: text(["Legislation"]),
  objectOfSearch: text(["Object of search"]),
  outcome: codedValue(["Outcome"], OUTCOMES),
  outcomeLinked: flag(["Outcome linked to object of search"]),
  removalOfClothing: flag(["Removal of more than just outer clothing"]),
};
const at = fieldIndex(COLUMNS);

/**
 * The data.police.uk stop-and-search CSV (`YYYY-MM-<force>-stop-and-search.csv`): 15 columns
 * from `Type` to `Removal of more than just outer clothing`, read into {@link StopSearchRecord}s.
 * Dates carry an offset and are placed on the Europe/London calendar (2019-03-31T23:00:00+00:00
 * is 1 April 2019, financial year 2019/20). Old outcome labels ("Suspect arrested" …) map to the
 * current ones; both self-defined label styles, plain and with bracketed codes, are read.
 */
export const policeUkStopSearchSchema: Schema<StopSearchRecord> = /* @__PURE__ */ listSchema(
  { name: "police-uk-stop-search", description: "data.police.uk stop and search", columns: COLUMNS },
  (v) => {
    const ethnicity = v[at.ethnicity] as { ethnicity: string; ethnicityDetailed: string | null };
    const { date, month, financialYear, quarter } = sharedDateFields(v[at.date] as { year: number; month: number; day: number });
    return {
      type: v[at.type] as string,
      date,
      month,
      financialYear,
      quarter,
      gender: (v[at.gender] as { sex: string }).sex,
      ageBand: (v[at.ageBand] as { ageBand: string }).ageBand,
      ethnicity: ethnicity.ethnicity,
      ethnicityDetailed: ethnicity.ethnicityDetailed,
      officerEthnicity: (v[at.officerEthnicity] as { officerEthnicity: string }).officerEthnicity,
      legislation: v[at.legislation] as string | null,
      objectOfSearch: v[at.objectOfSearch] as string | null,
      outcome: v[at.outcome] as string | null,
      outcomeLinked: v[at.outcomeLinked] as boolean | null,
      removalOfClothing: v[at.removalOfClothing] as boolean | null,
      latitude: v[at.latitude] as number | null,
      longitude: v[at.longitude] as number | null,
      partOfPolicingOperation: v[at.partOfPolicingOperation] as boolean | null,
      policingOperation: v[at.policingOperation] as string | null,
    };
  },
);
