import { calendarDate, localDateOf, periodEndDay } from "../_internal/periodDay.js";
import { financialYearStart } from "../_internal/periodMonth.js";
import type { PeriodDate } from "../classify/types.js";
import type { DateRange } from "./types.js";

/**
 * The financial year to date: from 1 April of the financial year holding a date up to that date,
 * both included, as Europe/London calendar dates.
 *
 * @remarks
 * A `Date` is placed by its calendar date in Europe/London (as {@link financialYear} does), so
 * `2020-03-31T23:30:00Z` (00:30 BST on 1 April 2020) starts 2020/21 and gives a one-day span. A
 * `{ year, month, day }` is taken as it is; a `{ year, month }` means the whole of that month, so the
 * span ends on its last day. Pass the span to {@link exposure} for its person-time (days ÷ 365.25).
 *
 * @param date - the last day to include: a `Date`, a `{ year, month, day }` or a `{ year, month }`
 * @returns a frozen `{ from, to }` of `{ year, month, day }` dates
 * @throws {@link ArgumentError} for an invalid `Date`, an impossible calendar date, or anything else
 *
 * @example
 * ```ts
 * const ytd = financialYearToDate({ year: 2020, month: 2, day: 29 });
 * Object.values(ytd.from) // => [2019, 4, 1]
 * Object.values(ytd.to) // => [2020, 2, 29]
 * financialYearToDate({ year: 2019, month: 6 }).to.day // => 30
 * ```
 */
export function financialYearToDate(date: PeriodDate): DateRange {
  const to = periodEndDay("financialYearToDate", date);
  const from = localDateOf(calendarDate({ year: financialYearStart(to), month: 4, day: 1 }));
  return Object.freeze({ from, to });
}
