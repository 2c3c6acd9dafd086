import { periodYears } from "../_internal/periodYears.js";
import { checkPositive } from "../_internal/validate.js";
import type { ExposurePeriod } from "./types.js";

const FN = "exposure";

/**
 * Person-time at risk, in person-years: a population over a period, so that a count in a quarter
 * and a count in a year give comparable rates.
 *
 * @remarks
 * person-years = population × period length in years, where the length is nominal for labelled
 * periods: a financial year (`"2019/20"`) is 1, a quarter (`"2019/20 Q1"`) 0.25 and a month
 * (`"2019-04"`) 1/12, whatever their days, which matches rates "per 1,000 population per year" as the
 * Home Office publishes them; `{ months: n }` is n/12. A span of dates `{ from, to }` (both included)
 * is days ÷ 365.25, the mean Julian year, so a 366-day window counts a little more than a 365-day one
 * (and 365 days is 0.99932 years, not 1: use a label or `{ months: 12 }` for a nominal year).
 *
 * A rate over a quarter against an annual (census) population then uses population × 0.25
 * person-years; forgetting this inflates a quarterly rate fourfold.
 *
 * @param population - people at risk, greater than 0 (e.g. a census group's population)
 * @param period - a financial year, quarter or month label, `{ months }` or `{ from, to }`
 * @returns person-years at risk
 * @throws {@link ArgumentError} for a population that is not a finite number > 0, an unknown label,
 *   months that are not a whole number ≥ 1, impossible dates, or `to` before `from`
 *
 * @example
 * ```ts
 * exposure(3185, "2019/20 Q1") // => 796.25
 * exposure(3185, "2019/20") // => 3185
 * exposure(3185, { months: 6 }) // => 1592.5
 * exposure(1000, financialYearToDate({ year: 2020, month: 3, day: 31 })) // => 1002.053
 * ```
 */
export function exposure(population: number, period: ExposurePeriod): number {
  return checkPositive(FN, "population", population) * periodYears(FN, "period", period);
}
