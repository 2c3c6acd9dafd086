import { financialYearLabel, financialYearStart, periodMonth } from "../_internal/periodMonth.js";
import type { PeriodDate } from "./types.js";

/**
 * The UK financial year (1 April to 31 March) of a date, labelled as the Home Office does: `"2019/20"`.
 *
 * @remarks
 * A `Date` is an instant: it is placed by its calendar date in Europe/London, whatever the time zone
 * of the machine, so `2019-03-31T23:00:00Z` (00:00 BST on 1 April) is in 2019/20 while
 * `2019-03-31T00:30:00Z` (still 31 March, GMT) is in 2018/19. A {@link LocalDate} `{ year, month, day }`
 * is taken as it is, and so is a {@link YearMonth} `{ year, month }` (from {@link parseMonth}), since
 * a month lies wholly in one financial year. The second part of the label is the last two digits of
 * the next year, so the year from April 2099 is `"2099/00"`. Years run from 1000 to 9999.
 *
 * @param date - a `Date`, a `{ year, month, day }` or a `{ year, month }`
 * @returns the financial year's label, e.g. `"2019/20"`
 * @throws {@link ArgumentError} for an invalid `Date`, an impossible calendar date, or anything else
 *   (a string must first be parsed with {@link parseExtractDate} or {@link parseMonth})
 *
 * @example
 * ```ts
 * financialYear(new Date("2019-03-31T23:00:00+00:00")) // => "2019/20"
 * financialYear({ year: 2020, month: 3, day: 31 }) // => "2019/20"
 * financialYear({ year: 2099, month: 4 }) // => "2099/00"
 * ```
 */
export function financialYear(date: PeriodDate): string {
  return financialYearLabel(financialYearStart(periodMonth("financialYear", date)));
}
