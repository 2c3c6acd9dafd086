import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import type { LocalDate } from "../classify/types.js";
import { ArgumentError } from "../errors.js";
import { calendarDate } from "./periodDay.js";
import { isCalendarDate } from "./londonTime.js";
import { quarterOfLabel, yearLabelStart } from "./periodLabels.js";
import { checkPositive, checkRecord } from "./validate.js";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Days from `from` to `to`, both included, after checking both are calendar dates in order. */
function spanDays(fn: string, param: string, period: Record<string, unknown>): number {
  const date = (end: "from" | "to") => {
    const value = checkRecord(fn, `${param}.${end}`, period[end]);
    if (value["day"] === undefined) throw new ArgumentError(fn, `${param}.${end}.day`, "must be given (a { year, month, day } date)", undefined);
    const { year, month, day } = value;
    if (!isCalendarDate(year as number, month as number, day as number) || (year as number) < 1000 || (year as number) > 9999) {
      throw new ArgumentError(fn, `${param}.${end}`, "must be a calendar date { year, month, day } in the years 1000 to 9999", value);
    }
    return calendarDate(value as unknown as LocalDate);
  };
  const days = differenceInCalendarDays(date("to"), date("from")) + 1;
  if (days < 1) throw new ArgumentError(fn, `${param}.to`, `must not be before ${param}.from`, period["to"]);
  return days;
}

/**
 * The length in years of a period argument (see `ExposurePeriod`): 1 for a financial year label,
 * 0.25 for a quarter, 1/12 for a month key, months/12 for `{ months }`, days/365.25 for `{ from, to }`.
 */
export function periodYears(fn: string, param: string, period: unknown): number {
  if (typeof period === "string") {
    if (quarterOfLabel(period) !== null) return 0.25;
    if (yearLabelStart(period) !== null) return 1;
    if (MONTH.test(period)) return 1 / 12;
    throw new ArgumentError(fn, param, 'must be a financial year ("2019/20"), a quarter ("2019/20 Q1"), a month ("2019-04"), { months } or { from, to }', period);
  }
  const record = checkRecord(fn, param, period);
  if (record["months"] !== undefined) {
    const months = checkPositive(fn, `${param}.months`, record["months"]);
    if (!Number.isInteger(months)) throw new ArgumentError(fn, `${param}.months`, "must be a whole number", months);
    return months / 12;
  }
  return spanDays(fn, param, record) / 365.25;
}
