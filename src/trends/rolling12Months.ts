import { addDays } from "date-fns/addDays";
import { subMonths } from "date-fns/subMonths";
import { calendarDate, localDateOf, periodEndDay } from "../_internal/periodDay.js";
import type { PeriodDate } from "../classify/types.js";
import type { DateRange } from "./types.js";

/**
 * The rolling twelve months ending on a date: from the day after the same date a year earlier up to
 * the date, both included, as Europe/London calendar dates.
 *
 * @remarks
 * The start is date-fns' `subMonths(to, 12)` plus one day, so the window ending 31 March 2020 starts
 * 1 April 2019, and one ending 29 February 2020 starts 1 March 2019 (366 days, as the leap day is
 * inside). A `Date` is placed by its Europe/London calendar date; a `{ year, month }` means the twelve
 * whole months ending with that month. For person-time, {@link exposure} counts the span's days ÷
 * 365.25; pass `{ months: 12 }` instead for exactly one year.
 *
 * @param date - the last day to include: a `Date`, a `{ year, month, day }` or a `{ year, month }`
 * @returns a frozen `{ from, to }` of `{ year, month, day }` dates
 * @throws {@link ArgumentError} for an invalid `Date`, an impossible calendar date, or anything else
 *
 * @example
 * ```ts
 * Object.values(rolling12Months({ year: 2020, month: 3, day: 31 }).from) // => [2019, 4, 1]
 * Object.values(rolling12Months({ year: 2021, month: 2, day: 28 }).from) // => [2020, 2, 29]
 * Object.values(rolling12Months({ year: 2022, month: 3 }).from) // => [2021, 4, 1]
 * ```
 */
export function rolling12Months(date: PeriodDate): DateRange {
  const to = periodEndDay("rolling12Months", date);
  const from = localDateOf(addDays(subMonths(calendarDate(to), 12), 1));
  return Object.freeze({ from, to });
}
