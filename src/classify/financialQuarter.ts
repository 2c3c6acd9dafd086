import { financialYearLabel, financialYearStart, periodMonth } from "../_internal/periodMonth.js";
import type { PeriodDate } from "./types.js";

/**
 * The UK financial quarter of a date, labelled `"2019/20 Q1"`: Q1 is April–June, Q2 July–September,
 * Q3 October–December and Q4 January–March (of the following calendar year).
 *
 * @remarks
 * Dates are read as in {@link financialYear}: a `Date` by its Europe/London calendar date, a
 * {@link LocalDate} or {@link YearMonth} as it is (a month lies wholly in one quarter).
 *
 * @param date - a `Date`, a `{ year, month, day }` or a `{ year, month }`
 * @returns the quarter's label, e.g. `"2019/20 Q1"`
 * @throws {@link ArgumentError} for an invalid `Date`, an impossible calendar date, or anything else
 *
 * @example
 * ```ts
 * financialQuarter(new Date("2019-03-31T23:00:00+00:00")) // => "2019/20 Q1"
 * financialQuarter({ year: 2020, month: 1, day: 15 }) // => "2019/20 Q4"
 * financialQuarter(parseMonth("2021-10")!) // => "2021/22 Q3"
 * ```
 */
export function financialQuarter(date: PeriodDate): string {
  const month = periodMonth("financialQuarter", date);
  const quarter = Math.floor(((month.month + 8) % 12) / 3) + 1;
  return `${financialYearLabel(financialYearStart(month))} Q${quarter}`;
}
