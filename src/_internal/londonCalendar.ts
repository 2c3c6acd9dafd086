import type { LocalDate } from "../classify/types.js";

// Europe/London calendar dates of instants, and ISO date-times read to instants, without Intl or
// Date objects, for the years the current rule has held: since 1996 the UK keeps summer time
// (UTC+1) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October,
// and the tz database projects that rule forward. Outside 1996–2099 these return null or
// undefined, and callers fall back to the tz database (see londonTime.ts).

const FIRST_YEAR = 1996;
const LAST_YEAR = 2099;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const AVERAGE_YEAR = 31_556_952_000;

/** Days since 1970-01-01 of the first of each month, and the month's length, from January 1996. */
const MONTH_START: number[] = [];
const MONTH_DAYS: number[] = [];
/** Summer time's start and end instants, by year from 1996. */
const SUMMER_START: number[] = [];
const SUMMER_END: number[] = [];

/** 01:00 UTC on the last Sunday of a month (0-based). */
function lastSundayOneAm(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  for (let month = 0; month < 12; month++) {
    MONTH_START.push(Date.UTC(year, month, 1) / DAY);
    MONTH_DAYS.push(new Date(Date.UTC(year, month + 1, 0)).getUTCDate());
  }
  SUMMER_START.push(lastSundayOneAm(year, 2));
  SUMMER_END.push(lastSundayOneAm(year, 9));
}
const FIRST_DAY = MONTH_START[0] as number;
const FIRST_TIME = FIRST_DAY * DAY;
// Kept a day or more inside the first and last years, so that the year index below stays in the table.
const FROM = Date.UTC(FIRST_YEAR, 0, 2);
const TO = Date.UTC(LAST_YEAR, 11, 1);

/** Frozen dates, made once per day and shared (filled, so the array stays dense). */
const dates: (LocalDate | undefined)[] = new Array<LocalDate | undefined>(Math.ceil(TO / DAY) - FIRST_DAY + 1).fill(undefined);

function dateOfDay(day: number): LocalDate {
  let date = dates[day - FIRST_DAY];
  if (date === undefined) {
    const d = new Date(day * DAY);
    date = Object.freeze({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
    dates[day - FIRST_DAY] = date;
  }
  return date;
}

/**
 * Europe/London's offset from UTC in ms at an instant, or `null` outside 2 January 1996 – 30
 * November 2099. The year index may be a day out around New Year, where summer time never is.
 */
export function londonOffsetMs(time: number): number | null {
  if (!(time >= FROM && time < TO)) return null;
  const i = Math.floor((time - FIRST_TIME) / AVERAGE_YEAR);
  return time >= (SUMMER_START[i] as number) && time < (SUMMER_END[i] as number) ? HOUR : 0;
}

/**
 * The Europe/London calendar date of an instant in ms since the epoch (frozen, and shared
 * between calls), or `null` outside 2 January 1996 – 30 November 2099.
 */
export function londonDateOfTime(time: number): LocalDate | null {
  const offset = londonOffsetMs(time);
  return offset === null ? null : dateOfDay(Math.floor((time + offset) / DAY));
}

const two = (bytes: Uint8Array, at: number) => {
  const a = (bytes[at] as number) - 48;
  const b = (bytes[at + 1] as number) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};

/**
 * The instant (ms since the epoch) of an ISO date-time in the shape data.police.uk writes,
 * `YYYY-MM-DDTHH:MM:SS` then `Z` or `±HH:MM`, in `bytes[start, end)`, for years 1996–2099;
 * `undefined` for any other text or an impossible date or time. The same instant as
 * `parseExtractDate`'s "iso" reading.
 */
export function isoDateTimeTimeOfBytes(bytes: Uint8Array, start: number, end: number): number | undefined {
  const n = end - start;
  if (n !== 25 && n !== 20) return undefined;
  const at = start;
  if (bytes[at + 4] !== 45 || bytes[at + 7] !== 45 || bytes[at + 10] !== 84 || bytes[at + 13] !== 58 || bytes[at + 16] !== 58) return undefined;
  const century = two(bytes, at);
  const yy = two(bytes, at + 2);
  const month = two(bytes, at + 5);
  const day = two(bytes, at + 8);
  const hour = two(bytes, at + 11);
  const minute = two(bytes, at + 14);
  const second = two(bytes, at + 17);
  const m = (century * 100 + yy - FIRST_YEAR) * 12 + month - 1;
  if (century < 0 || yy < 0 || month < 1 || month > 12 || !(m >= 0 && m < MONTH_START.length)) return undefined;
  if (day < 1 || day > (MONTH_DAYS[m] as number) || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  let offset = 0;
  if (n === 25) {
    const sign = bytes[at + 19];
    const oh = two(bytes, at + 20);
    const om = two(bytes, at + 23);
    if ((sign !== 43 && sign !== 45) || bytes[at + 22] !== 58 || oh < 0 || oh > 23 || om < 0 || om > 59) return undefined;
    offset = (sign === 45 ? -60_000 : 60_000) * (oh * 60 + om);
  } else if (bytes[at + 19] !== 90) return undefined; // "Z"
  return ((MONTH_START[m] as number) + day - 1) * DAY + ((hour * 60 + minute) * 60 + second) * 1000 - offset;
}

const scratch = new Uint8Array(25);

/** {@link isoDateTimeTimeOfBytes} for text. */
export function isoDateTimeTime(text: string): number | undefined {
  const n = text.length;
  if (n !== 25 && n !== 20) return undefined;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return undefined;
    scratch[i] = c;
  }
  return isoDateTimeTimeOfBytes(scratch, 0, n);
}
