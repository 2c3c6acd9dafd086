import { TZDate, tzOffset } from "@date-fns/tz";
import type { LocalDate } from "../classify/types.js";

const LONDON = "Europe/London";
const MINUTE = 60_000;
const DAY = 86_400_000;

/** Whether year, month and day make a real date of the (proleptic) Gregorian calendar. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day <= days;
}

/** The Europe/London calendar date of an instant. */
export function londonDateOf(instant: Date): LocalDate {
  const london = new TZDate(instant.getTime(), LONDON);
  return Object.freeze({ year: london.getFullYear(), month: london.getMonth() + 1, day: london.getDate() });
}

/**
 * The instant of a Europe/London wall-clock time. A time that occurs twice when the clocks go back
 * is the first (BST) one; a time skipped when they go forward is read an hour later, as the
 * clock-change rule would (01:30 on the spring day is 02:30 BST). These are ECMAScript Temporal's
 * "compatible" choices.
 */
export function londonInstant(date: LocalDate, hour = 0, minute = 0, second = 0, ms = 0): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day, hour, minute, second, ms);
  // Date.UTC maps years 0–99 to 1900–1999; extracts never have them, and callers check the range.
  const before = tzOffset(LONDON, new Date(wall - DAY));
  const after = tzOffset(LONDON, new Date(wall + DAY));
  for (const offset of [...new Set([before, after])].sort((a, b) => b - a)) {
    const instant = wall - offset * MINUTE;
    if (tzOffset(LONDON, new Date(instant)) === offset) return new Date(instant);
  }
  return new Date(wall - before * MINUTE);
}
