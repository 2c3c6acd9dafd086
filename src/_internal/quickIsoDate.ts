import type { ExtractDate } from "../classify/parseExtractDate.js";
import type { LocalDate } from "../classify/types.js";
import { isoDateTimeTime, londonDateOfTime } from "./londonCalendar.js";

/**
 * The common shape of extract date-times, `YYYY-MM-DDTHH:MM:SS` followed by `Z` or `±HH:MM`
 * (data.police.uk writes `2019-03-31T23:00:00+00:00`), read without regular expressions or Intl:
 * the same frozen `{ date, instant }` as `parseExtractDate(text, { formats: ["iso", …] })` gives.
 * Returns `undefined` for any other text, an impossible value or a year outside the fast London
 * calendar, so that the caller falls back to `parseExtractDate`, which decides.
 */
export function quickIsoDate(text: string): ExtractDate | undefined {
  const time = isoDateTimeTime(text);
  const date = time === undefined ? null : londonDateOfTime(time);
  return date === null ? undefined : Object.freeze({ date, instant: Object.freeze(new Date(time as number)) });
}

/** The London calendar date alone of such a date-time (frozen and shared), or `undefined` as {@link quickIsoDate}. */
export function quickLondonDate(text: string): LocalDate | undefined {
  const time = isoDateTimeTime(text);
  return (time === undefined ? null : londonDateOfTime(time)) ?? undefined;
}
