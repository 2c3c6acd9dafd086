import { crimeColumns, crimeFields } from "../../_internal/policeUkCrimeColumns.js";
import { text } from "../../_internal/csvFields.js";
import type { Schema } from "../types.js";

/** A data.police.uk street-level crime row as a typed record. */
export interface StreetCrimeRecord {
  /** The crime's id (a 64-hex hash); `null` for anti-social behaviour, which has none. */
  readonly crimeId: string | null;
  /** The month, `"YYYY-MM"`. */
  readonly month: string;
  /** UK financial year of the month, e.g. `"2023/24"`. */
  readonly financialYear: string;
  /** Financial quarter of the month, e.g. `"2023/24 Q1"`. */
  readonly quarter: string;
  /** The force that reported it. */
  readonly reportedBy: string | null;
  /** The force area it falls within. */
  readonly fallsWithin: string | null;
  /** Longitude, where published. */
  readonly longitude: number | null;
  /** Latitude, where published. */
  readonly latitude: number | null;
  /** "On or near …" or "No location". */
  readonly location: string | null;
  /** The 2011 LSOA code, where published. */
  readonly lsoaCode: string | null;
  /** The LSOA name, e.g. `"Blaenau Gwent 001A"`. */
  readonly lsoaName: string | null;
  /** The local authority of the LSOA (from the code, or the name's prefix), where it can be told. */
  readonly localAuthority: string | null;
  /** The crime type, e.g. `"Violence and sexual offences"`. */
  readonly crimeType: string;
  /** The last outcome category; `null` for anti-social behaviour. */
  readonly lastOutcome: string | null;
  /** Always empty in published files. */
  readonly context: string | null;
}

/**
 * The data.police.uk street-level crime CSV (`YYYY-MM-<force>-street.csv`, 12 columns from
 * `Crime ID` to `Context`) as {@link StreetCrimeRecord}s. Anti-social behaviour rows have no crime
 * id and no outcome and are accepted; outcome labels containing `;` are read whole.
 */
export const policeUkStreetSchema: Schema<StreetCrimeRecord> = {
  name: "police-uk-street",
  description: "data.police.uk street-level crime",
  columns: {
    ...crimeColumns(false),
    crimeType: text(["Crime type"], { required: true }),
    lastOutcome: text(["Last outcome category"]),
    context: text(["Context"], { optional: true }),
  },
  toRecord: (v) => ({
    ...crimeFields(v),
    crimeType: v["crimeType"] as string,
    lastOutcome: v["lastOutcome"] as string | null,
    context: v["context"] as string | null,
  }),
};
