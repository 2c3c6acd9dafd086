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
