import type { LocalDate } from "../classify/types.js";

/** An inclusive span of Europe/London calendar dates, e.g. 1 April 2019 to 31 March 2020. */
export interface DateRange {
  /** The first day of the span. */
  readonly from: LocalDate;
  /** The last day of the span (included). */
  readonly to: LocalDate;
}

/**
 * A period whose length {@link exposure} knows: a financial year label (`"2019/20"`), a quarter
 * label (`"2019/20 Q1"`), a month key (`"2019-04"`), a whole number of months (`{ months: 12 }`) or an
 * inclusive span of dates (`{ from, to }`, as {@link financialYearToDate} and {@link rolling12Months} return).
 */
export type ExposurePeriod =
  | string
  | DateRange
  | {
      /** A whole number of months, at least 1 (each 1/12 of a year). */
      readonly months: number;
    };

/**
 * A count of events in a period and the person-time at risk: either `exposure` in person-years
 * directly, or a `population` (people, e.g. a census baseline) and the `period` it was at risk for,
 * which {@link exposure} turns into person-years (one year when `period` is left out).
 */
export type PeriodCount =
  | {
      /** Events counted in the period, a whole number ≥ 0. */
      readonly count: number;
      /** Person-years at risk, greater than 0. */
      readonly exposure: number;
    }
  | {
      /** Events counted in the period, a whole number ≥ 0. */
      readonly count: number;
      /** People at risk (e.g. a census population), greater than 0. */
      readonly population: number;
      /** How long they were at risk (see {@link ExposurePeriod}); one year when left out. */
      readonly period?: ExposurePeriod;
    };

/** A {@link PeriodCount} after checking: the count, the person-years and the rate per `per` person-years. */
export interface PeriodRate {
  /** Events counted. */
  readonly count: number;
  /** Person-years at risk. */
  readonly exposure: number;
  /** Events per `per` person-years. */
  readonly rate: number;
}

/** How a later period compares with an earlier one: the interval of the ratio is wholly above 1, contains 1, or is wholly below. */
export type ChangeDirection = "higher" | "similar" | "lower";

/** A ratio as a percentage change, (ratio − 1) × 100, with the limits mapped the same way. */
export interface PercentChange {
  /** The change in percent (−100 for a fall to zero); `null` when the ratio is undefined. */
  readonly value: number | null;
  /** The lower limit of the change in percent (at least −100). */
  readonly lower: number;
  /** The upper limit of the change in percent (may be `Infinity`). */
  readonly upper: number;
}
