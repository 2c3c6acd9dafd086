import {
  ETHNIC_GROUP_NAMES,
  ETHNICITY_CODES,
  ETHNICITY_LABELS,
  NOT_STATED,
  OTHER_OF_GROUP,
  UNKNOWN_ETHNICITY,
  type EthnicCategory,
} from "../_internal/ethnicityLabels.js";
import { extractText, labelKey } from "../_internal/extractText.js";
import type { EthnicGroup } from "../types.js";

/** The result of {@link classifyEthnicity}. */
export interface EthnicityClassification {
  /** The five-group ethnicity, or `"Unknown"` for "not stated", refusals, blanks and unrecognised values. */
  readonly ethnicity: EthnicGroup;
  /**
   * The ONS 2021 19-category label without its topic prefix (e.g. `"Bangladeshi"`, `"Other White"`,
   * `"Roma"`, `"White and Black Caribbean"`), or `null` when only the group is known or it is unknown.
   */
  readonly ethnicityDetailed: string | null;
  /** False when a non-blank value is in no known code list: count these as data-quality problems. */
  readonly recognised: boolean;
}

const FN = "classifyEthnicity";

/**
 * Classifies a self-defined ethnicity value from an extract into the five Census groups and the
 * ONS 2021 19 categories.
 *
 * @remarks
 * Accepts: the self-defined 16+1 codes (W1 W2 W9 M1 M2 M3 M9 A1 A2 A3 A9 B1 B2 B9 O1 O9 NS) and
 * 18+1 codes (adding W3, A4 Chinese, O2 Arab); a code followed by a label, as Gwent prints them
 * (`"A1 Asian Indian"`); the 19 data.police.uk labels (`"White - English/Welsh/Scottish/Northern Irish/British"`,
 * `"Other ethnic group - Not stated"`); the older bracketed labels (`"White - White British (W1)"`:
 * the code in brackets decides); the ONS 2021 labels with or without their prefix
 * (`"Asian, Asian British or Asian Welsh: Bangladeshi"`, `"Roma"`), also after `"Ethnic group: "`;
 * the five group names and their long forms (`"Asian or Asian British"`); and Gwent's
 * `"N3 Officer Called Away"` and `"Not Disclosed"`, `"Not stated"`, `"Prefer not to say"`,
 * `"Refused"`, `"Unknown"`, which are `"Unknown"`. Matching ignores case, surrounding and repeated
 * spaces and the kind of dash.
 *
 * Where a value carries a known code, the code decides and the label beside it is not checked; an
 * unknown code (say a local `"W4 Roma"`) falls back to the label. Chinese is Asian (16+1's O1 and
 * 18+1's A4), as in Census 2011 and 2021; Arab is Other. 16+1's O9 becomes "Any other ethnic group",
 * though in that set it also covers Arab. Roma has no police code (none is authoritative), so only
 * its label is read. A sub-label after a group prefix must belong to that group (`"White - Indian"`
 * is not recognised). Never throws on data: a value in no list gives `ethnicity: "Unknown"` with
 * `recognised: false`; a blank or nullish value is "not stated" (`recognised: true`).
 *
 * @param raw - the value from the extract
 * @returns a frozen {@link EthnicityClassification}
 * @throws {@link ArgumentError} when `raw` is neither a string nor `null`/`undefined`
 *
 * @example
 * ```ts
 * classifyEthnicity("Asian/Asian British - Bangladeshi").ethnicityDetailed // => "Bangladeshi"
 * classifyEthnicity("W9").ethnicityDetailed // => "Other White"
 * classifyEthnicity("O1").ethnicity // => "Asian"
 * classifyEthnicity("Other ethnic group - Not stated").ethnicity // => "Unknown"
 * classifyEthnicity("Martian").recognised // => false
 * ```
 */
export function classifyEthnicity(raw: string | null | undefined): EthnicityClassification {
  const text = extractText(FN, "raw", raw);
  if (text === null) return result(UNKNOWN_ETHNICITY, true);
  const category = coded(labelKey(text).replace(/^ethnic group ?: ?/, ""));
  return category ? result(category, true) : result(UNKNOWN_ETHNICITY, false);
}

function result(category: EthnicCategory, recognised: boolean): EthnicityClassification {
  return Object.freeze({ ...category, recognised });
}

/** A value with a code in brackets at the end, or a code at the start; else a label. */
function coded(key: string): EthnicCategory | undefined {
  const bracketed = /^(.*?) ?\(([a-z]\d|ns)\)$/.exec(key);
  const leading = bracketed ? null : /^([a-z]\d|ns)(?:$|[ :-]+(.*)$)/.exec(key);
  const code = bracketed?.[2] ?? leading?.[1];
  if (code === undefined) return labelled(key);
  const rest = bracketed?.[1] ?? leading?.[2] ?? "";
  return ETHNICITY_CODES.get(code.toUpperCase()) ?? (rest ? labelled(rest) : undefined);
}

/** A label alone (`"Bangladeshi"`), or a group prefix and a sub-label of that group (`"White - Irish"`). */
function labelled(key: string): EthnicCategory | undefined {
  const whole = ETHNICITY_LABELS.get(key);
  if (whole) return whole;
  const [, prefix = "", rest = ""] = /^(.+?) ?[-:] ?(.+)$/.exec(key) ?? [];
  const group = ETHNIC_GROUP_NAMES.get(prefix);
  if (!group) return undefined;
  if (NOT_STATED.has(rest)) return UNKNOWN_ETHNICITY;
  if (/^(?:any )?other(?: background)?$/.test(rest)) return OTHER_OF_GROUP[group];
  const found = ETHNICITY_LABELS.get(rest) ?? ETHNICITY_LABELS.get(`${group.toLowerCase()} ${rest}`);
  return found?.ethnicity === group ? found : undefined;
}
