import { crimeColumns, crimeFields } from "../../_internal/policeUkCrimeColumns.js";
import { text } from "../../_internal/csvFields.js";
import type { Schema } from "../types.js";
import type { StreetCrimeRecord } from "./policeUkStreetSchema.js";

/** A data.police.uk outcome row as a typed record. */
export interface OutcomeRecord extends Omit<StreetCrimeRecord, "crimeId" | "crimeType" | "lastOutcome" | "context"> {
  /** The crime's id. */
  readonly crimeId: string;
  /** The outcome in current labels (the 2014 relabels applied, e.g. "No further action" → "Investigation complete; no suspect identified"). */
  readonly outcomeType: string;
}

const RELABELS: Readonly<Record<string, string>> = {
  "Offender sentenced as part of another case": "Suspect charged as part of another case",
  "Offender imprisoned": "Offender sent to prison",
  "Offender given community penalty": "Offender given community sentence",
  "Suspect found not guilty": "Defendant found not guilty",
  "No further action": "Investigation complete; no suspect identified",
};

/**
 * The data.police.uk outcomes CSV (`YYYY-MM-<force>-outcomes.csv`, 10 columns from `Crime ID` to
 * `Outcome type`) as {@link OutcomeRecord}s, with the published historical relabels applied.
 */
export const policeUkOutcomesSchema: Schema<OutcomeRecord> = {
  name: "police-uk-outcomes",
  description: "data.police.uk outcomes",
  columns: { ...crimeColumns(true), outcomeType: text(["Outcome type"], { required: true }) },
  toRecord: (v) => {
    const outcome = v["outcomeType"] as string;
    return { ...crimeFields(v), crimeId: v["crimeId"] as string, outcomeType: RELABELS[outcome] ?? outcome };
  },
};
