import { extractText, keyed, labelKey } from "../_internal/extractText.js";
import type { OfficerEthnicGroup } from "../types.js";

/** The result of {@link classifyOfficerEthnicity}. */
export interface OfficerEthnicityClassification {
  /** The officer-defined group: `"White"`, `"Black"`, `"Asian"`, `"Other"` or `"Unknown"` (there is no Mixed). */
  readonly officerEthnicity: OfficerEthnicGroup;
  /** False when a non-blank value is in no known code list: count these as data-quality problems. */
  readonly recognised: boolean;
}

const FN = "classifyOfficerEthnicity";

/** IC codes (the officer's visual assessment, "6+1"). */
const IC_CODES: Readonly<Record<string, OfficerEthnicGroup>> = {
  "1": "White",
  "2": "White",
  "3": "Black",
  "4": "Asian",
  "5": "Asian",
  "6": "Other",
  "9": "Unknown",
  "0": "Unknown",
};

const LABELS = keyed<OfficerEthnicGroup>([
  [["White"], "White"],
  [["Black"], "Black"],
  [["Asian"], "Asian"],
  [["Other", "Mixed"], "Other"],
  [["Not stated", "Not recorded", "Not known", "Unknown"], "Unknown"],
]);

/**
 * Classifies an officer-defined ethnicity value (an IC code, or data.police.uk's four groups).
 *
 * @remarks
 * IC1 and IC2 are White, IC3 Black, IC4 Asian, IC5 Asian, IC6 Other, and IC9 or IC0 Unknown; a
 * code may be followed by its label (`"IC4 Asian - Indian subcontinent"`) or written `"IC 4"`.
 * data.police.uk's `White`, `Black`, `Asian` and `Other` are read as they are.
 *
 * IC5 (Chinese, Japanese, Korean or other South-East Asian) is Asian: data.police.uk collapses
 * officer-defined ethnicity to White, Black, Asian and Other without publishing its mapping, and
 * we found no Home Office statement of where IC5 goes. Asian keeps it beside self-defined Chinese,
 * which the Census (2011 and 2021) and data.police.uk put in Asian. Older publications that grouped
 * "Chinese or other" would put IC5 in Other: regroup if you compare with them.
 *
 * Officer-defined ethnicity has no Mixed (there is no IC code for it and data.police.uk publishes
 * none), so a `"Mixed"` value is read as `"Other"`, the group for everyone not White, Black or
 * Asian, and is recognised. Never throws on data: a value in no list is `"Unknown"` with
 * `recognised: false`; a blank or nullish value is not stated (`recognised: true`).
 *
 * @param raw - the value from the extract
 * @returns a frozen {@link OfficerEthnicityClassification}
 * @throws {@link ArgumentError} when `raw` is neither a string nor `null`/`undefined`
 *
 * @example
 * ```ts
 * classifyOfficerEthnicity("IC2").officerEthnicity // => "White"
 * classifyOfficerEthnicity("IC5").officerEthnicity // => "Asian"
 * classifyOfficerEthnicity("IC9").officerEthnicity // => "Unknown"
 * classifyOfficerEthnicity("Black").officerEthnicity // => "Black"
 * classifyOfficerEthnicity("IC7").recognised // => false
 * ```
 */
export function classifyOfficerEthnicity(raw: string | null | undefined): OfficerEthnicityClassification {
  const text = extractText(FN, "raw", raw);
  if (text === null) return result("Unknown", true);
  const key = labelKey(text);
  const code = /^ic ?(\d)(?:$|[ :(-])/.exec(key)?.[1] ?? /\(ic ?(\d)\)$/.exec(key)?.[1];
  const group = code === undefined ? LABELS.get(key) : IC_CODES[code];
  return group ? result(group, true) : result("Unknown", false);
}

function result(officerEthnicity: OfficerEthnicGroup, recognised: boolean): OfficerEthnicityClassification {
  return Object.freeze({ officerEthnicity, recognised });
}
