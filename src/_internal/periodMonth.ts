import type { LocalDate, PeriodDate } from "../classify/types.js";
import { ArgumentError } from "../errors.js";
import { isCalendarDate, londonDateOf } from "./londonTime.js";

/**
 * The year and month of a period argument: the Europe/London calendar month of a `Date`, or the
 * month of a `{ year, month, day? }`. Throws for anything else, or an impossible date.
 */
export function periodMonth(fn: string, value: PeriodDate): { year: number; month: number } {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new ArgumentError(fn, "date", "must be a valid Date", "Invalid Date");
    const { year, month } = londonDateOf(value);
    if (year < 1000 || year > 9999) throw new ArgumentError(fn, "date", "must fall in the years 1000 to 9999", value.toISOString());
    return { year, month };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const hint = typeof value === "string" ? "parse it first with parseExtractDate or parseMonth" : undefined;
    throw new ArgumentError(fn, "date", "must be a Date or a { year, month, day? } object", value, hint);
  }
  const { year, month } = value;
  const day = (value as Partial<LocalDate>).day ?? 1;
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new ArgumentError(fn, "date.year", "must be a whole number from 1000 to 9999", year);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new ArgumentError(fn, "date.month", "must be a whole number from 1 to 12", month);
  if (!isCalendarDate(year, month, day)) throw new ArgumentError(fn, "date.day", `must be a day of ${year}-${String(month).padStart(2, "0")}`, day);
  return { year, month };
}

/** The start year of the UK financial year (April to March) holding a month. */
export function financialYearStart({ year, month }: { year: number; month: number }): number {
  return month >= 4 ? year : year - 1;
}

/** A financial year's label, e.g. `"2019/20"`, `"2099/00"`. */
export function financialYearLabel(start: number): string {
  return `${String(start).padStart(4, "0")}/${String((start + 1) % 100).padStart(2, "0")}`;
}
