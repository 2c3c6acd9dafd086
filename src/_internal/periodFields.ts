import { financialQuarter } from "../classify/financialQuarter.js";
import { financialYear } from "../classify/financialYear.js";
import type { LocalDate } from "../classify/types.js";

const two = (n: number) => String(n).padStart(2, "0");

/** `date` ("YYYY-MM-DD"), `month` ("YYYY-MM"), `financialYear` and `quarter` of a London calendar date. */
export function dateFields(date: LocalDate) {
  return {
    date: `${date.year}-${two(date.month)}-${two(date.day)}`,
    month: `${date.year}-${two(date.month)}`,
    financialYear: financialYear(date),
    quarter: financialQuarter(date),
  };
}

/** `month` ("YYYY-MM"), `financialYear` and `quarter` of a month. */
export function monthFields(month: { year: number; month: number }) {
  return { month: `${month.year}-${two(month.month)}`, financialYear: financialYear(month), quarter: financialQuarter(month) };
}

type DateFields = Readonly<ReturnType<typeof dateFields>>;
/** Remembered fields by `(year - 1970) * 384 + (month - 1) * 32 + day - 1`, for 1970–2229 (filled, so the array stays dense). */
const remembered: (DateFields | undefined)[] = new Array<DateFields | undefined>(260 * 384).fill(undefined);

/**
 * {@link dateFields} for the hot path of the readers: the same fields, frozen and shared between
 * records, remembered for dates from 1970 to 2229 (worked out afresh for others).
 */
export function sharedDateFields(date: LocalDate): DateFields {
  const { year, month, day } = date;
  const id = (year - 1970) * 384 + (month - 1) * 32 + day - 1;
  const inRange = Number.isInteger(id) && year >= 1970 && year < 2230 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  let fields = inRange ? remembered[id] : undefined;
  if (fields === undefined) {
    fields = Object.freeze(dateFields(date));
    if (inRange) remembered[id] = fields;
  }
  return fields;
}
