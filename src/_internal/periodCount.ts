import type { PeriodRate } from "../trends/types.js";
import { ArgumentError } from "../errors.js";
import { periodYears } from "./periodYears.js";
import { checkCount, checkPositive, checkRecord } from "./validate.js";

/**
 * Checks a `PeriodCount` argument and returns its count, person-years and rate per `per`:
 * `exposure` as given, or `population` × the length of `period` in years (one year when absent).
 */
export function checkPeriodCount(fn: string, param: string, value: unknown, per: number): PeriodRate {
  const record = checkRecord(fn, param, value);
  const count = checkCount(fn, `${param}.count`, record["count"]);
  const given = record["exposure"] !== undefined;
  if (given === (record["population"] !== undefined)) {
    throw new ArgumentError(fn, param, "must have either exposure (person-years) or population, not both or neither", value);
  }
  let exposure: number;
  if (given) {
    if (record["period"] !== undefined) throw new ArgumentError(fn, `${param}.period`, "must be left out when exposure is given", record["period"]);
    exposure = checkPositive(fn, `${param}.exposure`, record["exposure"]);
  } else {
    const population = checkPositive(fn, `${param}.population`, record["population"]);
    exposure = record["period"] === undefined ? population : population * periodYears(fn, `${param}.period`, record["period"]);
  }
  return { count, exposure, rate: (count / exposure) * per };
}
