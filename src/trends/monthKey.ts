import { periodMonth } from "../_internal/periodMonth.js";
import type { PeriodDate } from "../classify/types.js";

/**
 * The calendar month of a date as a sortable key, `"YYYY-MM"` (the form of data.police.uk's `Month`
 * column and file names), read on the Europe/London calendar date.
 *
 * @remarks
 * Dates are read as in {@link financialYear}: a `Date` by its calendar date in Europe/London,
 * whatever the machine's time zone, so `2019-03-31T23:00:00Z` (midnight BST on 1 April) is
 * `"2019-04"`; a {@link LocalDate} or {@link YearMonth} as it is. {@link parseMonth} reads the key back.
 *
 * @param date - a `Date`, a `{ year, month, day }` or a `{ year, month }`
 * @returns the month key, e.g. `"2019-04"`
 * @throws {@link ArgumentError} for an invalid `Date`, an impossible calendar date, or anything else
 *
 * @example
 * ```ts
 * monthKey(new Date("2019-03-31T23:00:00Z")) // => "2019-04"
 * monthKey({ year: 2020, month: 2, day: 29 }) // => "2020-02"
 * ```
 */
export function monthKey(date: PeriodDate): string {
  const { year, month } = periodMonth("monthKey", date);
  return `${year}-${String(month).padStart(2, "0")}`;
}
