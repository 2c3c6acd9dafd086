import type { LocalDate } from "../classify/types.js";

// The Europe/London calendar date of an instant without Intl, for the years the current rule has
// held: since 1996 the UK keeps summer time (UTC+1) from 01:00 UTC on the last Sunday of March
// to 01:00 UTC on the last Sunday of October, and the tz database projects that rule forward.
// Outside FIRST_YEAR..LAST_YEAR callers fall back to the tz database (see londonTime.ts).

const FIRST_YEAR = 1996;
const LAST_YEAR = 2099;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const AVERAGE_YEAR = 31_556_952_000;

/** 01:00 UTC on the last Sunday of a month (0-based). */
function lastSundayOneAm(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

const SUMMER_START: number[] = [];
const SUMMER_END: number[] = [];
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  SUMMER_START.push(lastSundayOneAm(year, 2));
  SUMMER_END.push(lastSundayOneAm(year, 9));
}
// Kept a day or more inside the first and last years, so that the year index below stays in the table.
const FROM = Date.UTC(FIRST_YEAR, 0, 2);
const TO = Date.UTC(LAST_YEAR, 11, 1);

/**
 * Europe/London's offset from UTC in ms at an instant, or `null` outside 2 January 1996 – 30 November 2099. The year
 * index may be a day out around New Year, where summer time never is, so it never matters.
 */
export function londonOffsetMs(time: number): number | null {
  if (!(time >= FROM && time < TO)) return null;
  const i = Math.floor((time - Date.UTC(FIRST_YEAR, 0, 1)) / AVERAGE_YEAR);
  return time >= (SUMMER_START[i] as number) && time < (SUMMER_END[i] as number) ? HOUR : 0;
}

/**
 * The Europe/London calendar date (a fresh frozen `{ year, month, day }`) of an instant given in
 * ms since the epoch, or `null` outside 2 January 1996 – 30 November 2099.
 */
export function londonDateOfTime(time: number): LocalDate | null {
  const offset = londonOffsetMs(time);
  if (offset === null) return null;
  // Civil date from a day count (H. Hinnant's days-to-civil algorithm).
  const z = Math.floor((time + offset) / DAY) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return Object.freeze({ year, month, day });
}
