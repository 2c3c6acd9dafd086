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
const remembered = new Map<number, DateFields>();

/**
 * {@link dateFields} for the hot path of the readers: the same fields, frozen and shared, kept for
 * up to 20,000 distinct dates (about 55 years of days), then worked out afresh.
 */
export function sharedDateFields(date: LocalDate): DateFields {
  const { year, month, day } = date;
  const id = Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) ? (year * 16 + month) * 32 + day : NaN;
  let fields = remembered.get(id);
  if (fields === undefined) {
    fields = Object.freeze(dateFields(date));
    if (remembered.size < 20_000 && !Number.isNaN(id)) remembered.set(id, fields);
  }
  return fields;
}
