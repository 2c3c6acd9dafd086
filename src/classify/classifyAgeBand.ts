import { ageRangeOfLabel, checkAgeBands } from "../_internal/checkAgeBands.js";
import { extractText, labelKey } from "../_internal/extractText.js";
import { ArgumentError } from "../errors.js";
import { policeUkAgeBands, type AgeBand } from "./policeUkAgeBands.js";

/** The result of {@link classifyAgeBand}. */
export interface AgeBandClassification {
  /** The label of the band the value falls in, or `"Unknown"`. */
  readonly ageBand: string;
  /** The age in years when the value was an age (a number or numeric string), else `null`. */
  readonly age: number | null;
  /** False when a non-blank value could not be placed in a band: count these as data-quality problems. */
  readonly recognised: boolean;
}

const FN = "classifyAgeBand";

/**
 * Places an age, or an age-range label, in one of a set of age bands (by default data.police.uk's
 * `under 10`, `10-17`, `18-24`, `25-34`, `over 34`).
 *
 * @remarks
 * A number, or a string of digits such as `"25"`, is an age in years: it goes in the band holding
 * its whole years (17.9 is in 10-17), and is echoed in `age`. A label that is one of the bands'
 * labels (ignoring case and spaces, so `"10 - 17"` is `"10-17"`) gives that band. Any other range
 * label (`"18-20"`, `"under 5"`, `"over 64"`, `"35+"`, `"35 and over"`) gives the band that
 * contains it wholly; a range that straddles bands cannot be placed. Never throws on data: a value
 * that cannot be placed (text, a negative age, an age outside every band, a straddling range) gives
 * `"Unknown"` with `recognised: false`; a blank or nullish value is not stated (`recognised: true`).
 *
 * @param value - the age in years, or the raw value from the extract
 * @param bands - the bands, not overlapping (default {@link policeUkAgeBands})
 * @returns a frozen {@link AgeBandClassification}
 * @throws {@link ArgumentError} when `value` is not a string, number, `null` or `undefined`, or
 *   `bands` is not a non-empty array of non-overlapping `{ group, from, to }`
 *
 * @example
 * ```ts
 * classifyAgeBand("over 34").ageBand // => "over 34"
 * classifyAgeBand(17).ageBand // => "10-17"
 * classifyAgeBand("25").age // => 25
 * classifyAgeBand("10-17", [{ group: "Child", from: 0, to: 17 }, { group: "Adult", from: 18, to: null }]).ageBand // => "Child"
 * classifyAgeBand("ten").recognised // => false
 * ```
 */
export function classifyAgeBand(value: string | number | null | undefined, bands: readonly AgeBand[] = policeUkAgeBands): AgeBandClassification {
  if (typeof value !== "number" && typeof value !== "string" && value !== null && value !== undefined) {
    throw new ArgumentError(FN, "value", "must be a string, a number, null or undefined", value);
  }
  if (bands !== policeUkAgeBands) checkAgeBands(FN, "bands", bands);
  if (typeof value === "number") return ofAge(value, bands);
  const text = extractText(FN, "value", value);
  if (text === null) return result("Unknown", null, true);
  if (/^\d+(?:\.\d+)?$/.test(text)) return ofAge(Number(text), bands);
  const key = bandKey(text);
  const named = bands.find((band) => bandKey(band.group) === key);
  if (named) return result(named.group, null, true);
  const range = ageRangeOfLabel(key);
  const holding = range && bands.find((b) => b.from <= range.from && (b.to === null || (range.to !== null && range.to <= b.to)));
  return holding ? result(holding.group, null, true) : result("Unknown", null, false);
}

function ofAge(age: number, bands: readonly AgeBand[]): AgeBandClassification {
  if (!Number.isFinite(age) || age < 0) return result("Unknown", null, false);
  const years = Math.floor(age);
  const band = bands.find((b) => b.from <= years && (b.to === null || years <= b.to));
  return band ? result(band.group, age, true) : result("Unknown", age, false);
}

function bandKey(label: string): string {
  return labelKey(label).replace(/ ?- ?/g, "-");
}

function result(ageBand: string, age: number | null, recognised: boolean): AgeBandClassification {
  return Object.freeze({ ageBand, age, recognised });
}
