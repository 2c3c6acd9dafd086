import { extractText } from "../_internal/extractText.js";
import { freezeResult } from "../_internal/freeze.js";
import { isCalendarDate, londonDateOf, londonInstant } from "../_internal/londonTime.js";
import { checkOptions } from "../_internal/validate.js";
import { ArgumentError } from "../errors.js";
import type { LocalDate } from "./types.js";

export type { LocalDate } from "./types.js";

/** The date formats {@link parseExtractDate} reads. */
export type ExtractDateFormat = "iso" | "uk" | "excel";

/** Options for {@link parseExtractDate}. */
export interface ParseExtractDateOptions {
  /** The formats to try (default all three): a value in no listed format gives `null`. */
  readonly formats?: readonly ExtractDateFormat[];
}

/** The result of {@link parseExtractDate}. */
export interface ExtractDate {
  /** The calendar date in Europe/London: the one to assign periods by. */
  readonly date: LocalDate;
  /** The instant, when the value had a time; `null` for a date alone. */
  readonly instant: Date | null;
}

const FN = "parseExtractDate";
const FORMATS: readonly ExtractDateFormat[] = ["iso", "uk", "excel"];
const DAY = 86_400_000;
const MINUTE = 60_000;

/**
 * Reads a date or date-time from an extract: ISO 8601, UK `dd/mm/yyyy`, or an Excel serial day number.
 *
 * @remarks
 * - `"iso"`: a date `2021-04-01` (`instant` null); a date-time with `Z` or an offset,
 *   `2019-03-31T23:00:00+00:00` as data.police.uk writes them, whose `date` is its calendar date in
 *   Europe/London (here 1 April, as it was 00:00 BST); a date-time without an offset is London local time.
 * - `"uk"`: `dd/mm/yyyy` or `d/m/yyyy` (also with `-` or `.`), optionally followed by `HH:mm` or
 *   `HH:mm:ss` in London local time, which gives an `instant`.
 * - `"excel"`: a serial day number in Excel's 1900 date system, as a string of digits or a number
 *   (`44287` is 1 April 2021); a fraction is the time of day in London local time and gives an
 *   `instant` (a whole number gives none). Excel counts a 29 February 1900 that never was (serial 60,
 *   a bug kept from Lotus 1-2-3): serial 60 gives `null`, serials 1–59 are 1 January to 28 February
 *   1900, and later serials are one day less than their count suggests. Serial 0 and serials past
 *   31 December 9999 give `null`; the Mac 1904 date system is not read. A bare year such as
 *   `"2021"` is a serial too (13 July 1905): leave `"excel"` out of `formats` for columns without serials.
 *
 * London local times that occur twice when the clocks go back are the first (BST) one; times
 * skipped when they go forward are read an hour later. Returns `null`, never throwing, for a blank,
 * for text in none of the formats, and for impossible values (`31/02/2021`, `25:00`).
 *
 * @param raw - the value from the extract (a number is read as an Excel serial)
 * @param options - `formats` to accept (default `["iso", "uk", "excel"]`)
 * @returns a frozen {@link ExtractDate}, or `null`
 * @throws {@link ArgumentError} when `raw` is not a string, number, `null` or `undefined`, or
 *   `options.formats` is not a non-empty array of `"iso"`, `"uk"` and `"excel"`
 *
 * @example
 * ```ts
 * const stop = parseExtractDate("2019-03-31T23:00:00+00:00");
 * [stop?.date.year, stop?.date.month, stop?.date.day] // => [2019, 4, 1]
 * stop?.instant?.toISOString() // => "2019-03-31T23:00:00.000Z"
 * parseExtractDate("1/4/2021")?.date.month // => 4
 * parseExtractDate("44287")?.date.month // => 4
 * parseExtractDate("31/02/2021") // => null
 * ```
 */
export function parseExtractDate(raw: string | number | null | undefined, options?: ParseExtractDateOptions): ExtractDate | null {
  const formats = checkFormats(checkOptions(FN, options).formats);
  if (typeof raw === "number") return formats.includes("excel") ? excel(raw) : null;
  if (raw !== undefined && raw !== null && typeof raw !== "string") {
    throw new ArgumentError(FN, "raw", "must be a string, a number, null or undefined", raw);
  }
  const text = extractText(FN, "raw", raw);
  if (text === null) return null;
  for (const format of formats) {
    const parsed = format === "iso" ? iso(text) : format === "uk" ? uk(text) : /^\d+(?:\.\d+)?$/.test(text) ? excel(Number(text)) : null;
    if (parsed) return parsed;
  }
  return null;
}

function checkFormats(formats: unknown): readonly ExtractDateFormat[] {
  if (formats === undefined) return FORMATS;
  if (!Array.isArray(formats) || formats.length === 0 || !formats.every((f) => FORMATS.includes(f))) {
    throw new ArgumentError(FN, "options.formats", 'must be a non-empty array of "iso", "uk" and "excel"', formats);
  }
  return formats;
}

function iso(text: string): ExtractDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i.exec(text);
  if (!m) return null;
  const date = localDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!date || m[4] === undefined) return date && result(date, null);
  const ms = m[7] === undefined ? 0 : Number(m[7].padEnd(3, "0").slice(0, 3));
  const time = clock(Number(m[4]), Number(m[5]), Number(m[6] ?? 0), ms);
  if (!time) return null;
  if (m[8] === undefined) return result(date, londonInstant(date, ...time));
  const offset = offsetMinutes(m[8]);
  if (offset === null) return null;
  const instant = new Date(Date.UTC(date.year, date.month - 1, date.day, ...time) - offset * MINUTE);
  return result(londonDateOf(instant), instant);
}

function uk(text: string): ExtractDate | null {
  const m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!m) return null;
  const date = localDate(Number(m[4]), Number(m[3]), Number(m[1]));
  if (!date || m[5] === undefined) return date && result(date, null);
  const time = clock(Number(m[5]), Number(m[6]), Number(m[7] ?? 0), 0);
  return time && result(date, londonInstant(date, ...time));
}

function excel(serial: number): ExtractDate | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  let whole = Math.floor(serial);
  let ms = Math.round((serial - whole) * DAY);
  if (ms === DAY) [whole, ms] = [whole + 1, 0];
  if (whole === 60 || whole > 2958465) return null;
  const day = new Date(Date.UTC(1899, 11, whole < 60 ? 31 : 30) + whole * DAY);
  const date: LocalDate = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
  if (serial === whole) return result(date, null);
  return result(date, londonInstant(date, Math.floor(ms / 3_600_000), Math.floor(ms / MINUTE) % 60, Math.floor(ms / 1000) % 60, ms % 1000));
}

function localDate(year: number, month: number, day: number): LocalDate | null {
  return year >= 1000 && isCalendarDate(year, month, day) ? { year, month, day } : null;
}

function clock(hour: number, minute: number, second: number, ms: number): [number, number, number, number] | null {
  return hour <= 23 && minute <= 59 && second <= 59 ? [hour, minute, second, ms] : null;
}

/** Minutes east of UTC of `Z`, `+01:00`, `+0100` or `+01`; null when out of range. */
function offsetMinutes(text: string): number | null {
  if (text.toUpperCase() === "Z") return 0;
  const hours = Number(text.slice(1, 3));
  const minutes = Number(text.slice(3).replace(":", "") || 0);
  if (hours > 23 || minutes > 59) return null;
  return (text[0] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

function result(date: LocalDate, instant: Date | null): ExtractDate {
  return freezeResult({ date: { ...date }, instant });
}
