import { extractText, keyed, labelKey } from "../_internal/extractText.js";
import type { Sex } from "../types.js";

/** The result of {@link classifySex}. */
export interface SexClassification {
  /** `"Male"`, `"Female"`, `"Other"` or `"Unknown"`. */
  readonly sex: Sex;
  /** False when a non-blank value is in no known list: count these as data-quality problems. */
  readonly recognised: boolean;
}

const FN = "classifySex";

const LABELS = keyed<Sex>([
  [["Male", "M", "Man"], "Male"],
  [["Female", "F", "Woman"], "Female"],
  [["Other", "Non-binary", "Nonbinary", "Non binary", "X"], "Other"],
  [["Not stated", "Unknown", "U", "Not known", "Not recorded", "Prefer not to say", "NS"], "Unknown"],
]);

/**
 * Classifies a sex (or gender) value from an extract, such as data.police.uk's `Gender` column.
 *
 * @remarks
 * `Male`, `M`, `Man` are Male; `Female`, `F`, `Woman` Female; `Other`, `Non-binary`, `X` Other;
 * `Not stated`, `Unknown`, `U`, `Not known`, `Not recorded`, `Prefer not to say`, `NS` and blanks
 * Unknown. Matching ignores case and surrounding or repeated spaces. Never throws on data: a value
 * in no list is `"Unknown"` with `recognised: false`; a blank or nullish value is not stated
 * (`recognised: true`).
 *
 * @param raw - the value from the extract
 * @returns a frozen {@link SexClassification}
 * @throws {@link ArgumentError} when `raw` is neither a string nor `null`/`undefined`
 *
 * @example
 * ```ts
 * classifySex("Female").sex // => "Female"
 * classifySex(" m ").sex // => "Male"
 * classifySex("").sex // => "Unknown"
 * classifySex("Q").recognised // => false
 * ```
 */
export function classifySex(raw: string | null | undefined): SexClassification {
  const text = extractText(FN, "raw", raw);
  if (text === null) return Object.freeze({ sex: "Unknown", recognised: true });
  const sex = LABELS.get(labelKey(text));
  return Object.freeze(sex ? { sex, recognised: true } : { sex: "Unknown", recognised: false });
}
