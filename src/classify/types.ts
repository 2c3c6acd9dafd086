/**
 * A calendar date with no time or time zone, e.g. `{ year: 2021, month: 4, day: 1 }` for 1 April
 * 2021. Months run 1–12 and days 1–31.
 */
export interface LocalDate {
  /** The year, e.g. `2021`. */
  readonly year: number;
  /** The month, 1 (January) to 12 (December). */
  readonly month: number;
  /** The day of the month, 1 to 31. */
  readonly day: number;
}

/** A calendar month, e.g. `{ year: 2019, month: 4 }` for April 2019 (data.police.uk's `Month` column). */
export interface YearMonth {
  /** The year, e.g. `2019`. */
  readonly year: number;
  /** The month, 1 (January) to 12 (December). */
  readonly month: number;
}

/** What {@link financialYear} and {@link financialQuarter} accept: an instant, a calendar date or a month. */
export type PeriodDate = Date | LocalDate | YearMonth;
