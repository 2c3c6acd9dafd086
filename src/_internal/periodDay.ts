import { TZDate } from "@date-fns/tz";
import { lastDayOfMonth } from "date-fns/lastDayOfMonth";
import type { LocalDate, PeriodDate } from "../classify/types.js";
import { londonDateOf } from "./londonTime.js";
import { periodMonth } from "./periodMonth.js";

/** A calendar date as a date-fns date at midnight UTC, free of clock changes, for calendar arithmetic. */
export function calendarDate({ year, month, day }: LocalDate): TZDate {
  const date = new TZDate(0, "UTC");
  date.setFullYear(year, month - 1, day); // setFullYear keeps years 0–99 as they are, unlike the constructor
  return date;
}

/** The calendar date of a date-fns date made by {@link calendarDate} or derived from one. */
export function localDateOf(date: Date): LocalDate {
  return Object.freeze({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

/**
 * The last Europe/London calendar date a period argument covers: a `Date`'s London date, a
 * `{ year, month, day }` itself, or the last day of a `{ year, month }`. Validated as `financialYear` does.
 */
export function periodEndDay(fn: string, value: PeriodDate): LocalDate {
  const { year, month } = periodMonth(fn, value);
  if (value instanceof Date) return londonDateOf(value);
  const day = (value as Partial<LocalDate>).day;
  if (day !== undefined) return Object.freeze({ year, month, day });
  return localDateOf(lastDayOfMonth(calendarDate({ year, month, day: 1 })));
}
