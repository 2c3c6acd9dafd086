import { freezeResult } from "../_internal/freeze.js";
import { checkRateSettings, staffRateTable } from "../_internal/staffRateTable.js";
import { unknownKeys } from "../_internal/stagesReference.js";
import { checkOptions } from "../_internal/validate.js";
import { countEntries } from "../_internal/workforceCounts.js";
import type { RateEstimate, RateMethod } from "../stats/rate.js";
import type { RateRatioEstimate, RateRatioMethod } from "../stats/rateRatio.js";
import type { GroupCounts, LevelOption } from "../types.js";

/**
 * Why a row's rate and ratio are or are not given:
 * - `"ok"`: rate and ratio against the reference group;
 * - `"reference"`: the reference group itself (rate, no ratio);
 * - `"zero-headcount"`: the group's headcount is 0, so no rate;
 * - `"no-headcount"`: events for a group the headcount lacks (a label mismatch?), so no rate;
 * - `"reference-unavailable"`: the reference group has no headcount, so no ratio.
 */
export type StaffRateStatus = "ok" | "reference" | "zero-headcount" | "no-headcount" | "reference-unavailable";

/** One group's rate per `per` staff. */
export interface StaffRateRow {
  /** The group label (the headcount's, or the events' for a group the headcount lacks). */
  readonly group: string;
  /** Events counted for the group (cases, grievances, absence episodes, leavers). */
  readonly events: number;
  /** The group's headcount (or average headcount, or FTE), or `null` when the headcount lacks the group. */
  readonly headcount: number | null;
  /** Why the rate and ratio are or are not given. */
  readonly status: StaffRateStatus;
  /** events ÷ headcount × per with its interval (see {@link rate}), or `null` as `status` says. */
  readonly rate: RateEstimate | null;
  /** The rate over the reference group's (see {@link rateRatio}), or `null` as `status` says. */
  readonly ratio: RateRatioEstimate | null;
}

/** Events and headcount of unknown group: left out of the rates, reported here. */
export interface StaffRatesUnknown {
  /** Events of unknown group. */
  readonly events: number;
  /** Headcount of unknown group. */
  readonly headcount: number;
  /** Their share of all events, or `null` when there are none. */
  readonly eventShare: number | null;
  /** Their share of the whole headcount, or `null` when it is 0. */
  readonly headcountShare: number | null;
}

/** Options for {@link staffRates}. */
export interface StaffRatesOptions extends LevelOption {
  /** The multiplier: rates per `per` staff; defaults to 1,000. */
  readonly per?: number;
  /** Rate-ratio method (see {@link rateRatio}); defaults to `"exact"`. */
  readonly method?: RateRatioMethod;
  /** Interval method of each rate (see {@link rate}); defaults to `"exact"`. */
  readonly rateMethod?: RateMethod;
  /** The reference group; defaults to `"White"` when present, else the group with the largest headcount. */
  readonly reference?: string;
  /** Labels of unknown group, matched ignoring case; defaults to `["Unknown"]`. */
  readonly unknown?: readonly string[];
}

/** The result of {@link staffRates} (and the turnover table of {@link leaverRates}). */
export interface StaffRatesResult {
  /** The reference group, or `null` when there is no group of known label. */
  readonly reference: string | null;
  /** The multiplier. */
  readonly per: number;
  /** The confidence level. */
  readonly level: number;
  /** The rate-ratio method requested (each ratio says the method it used). */
  readonly method: RateRatioMethod;
  /** The rate method requested (each rate says the method it used). */
  readonly rateMethod: RateMethod;
  /** One row per group of known label: headcount groups in order, then groups with events only. */
  readonly rows: readonly StaffRateRow[];
  /** Unknown group. */
  readonly unknown: StaffRatesUnknown;
}

const FN = "staffRates";

/**
 * Rates per 1,000 staff by group (misconduct cases, grievances, sickness absence episodes, …)
 * with exact intervals and the ratio of each group's rate to the reference group's.
 *
 * @remarks
 * rate_g = events_g ÷ headcount_g × per, with the exact Poisson (Garwood) interval by default
 * (see {@link rate}); ratio_g = rate_g ÷ rate_ref with the conditional exact interval and p-value
 * of {@link rateRatio} (as R's `poisson.test`). The headcount is the average headcount over the
 * period (or FTE; it need not be a whole number); events must be whole numbers. Count events that
 * are roughly independent (cases, episodes, people): days of sickness absence cluster within
 * people, so a Poisson interval on days is far too narrow. Events and headcount of unknown group
 * are left out and reported.
 *
 * References: Garwood F (1936) Biometrika 28:437–442; Breslow NE, Day NE (1987) Statistical
 * Methods in Cancer Research, vol. II, IARC.
 *
 * @param events - events by group (`{ group, count }[]` or a record), whole numbers
 * @param headcount - headcount by group, non-negative numbers
 * @param options - `per` (1000), `level` (0.95), `method` (`"exact"`), `rateMethod` (`"exact"`),
 *   `reference` (`"White"` or the largest group), `unknown` (`["Unknown"]`)
 * @returns a frozen {@link StaffRatesResult}
 * @throws {@link ArgumentError} for negative, non-finite or repeated counts, fractional events, an
 *   unknown reference group or invalid options
 *
 * @example
 * ```ts
 * const misconduct = staffRates({ White: 41, Black: 4, Unknown: 3 }, { White: 2150, Black: 60, Unknown: 190 });
 * const black = misconduct.rows.find((r) => r.group === "Black");
 * black?.rate?.value // => 66.666667
 * black?.ratio?.value // => 3.495935
 * black?.ratio?.lower // => 0.909494
 * misconduct.unknown.events // => 3
 * ```
 */
export function staffRates(events: GroupCounts, headcount: GroupCounts, options?: StaffRatesOptions): StaffRatesResult {
  const opts = checkOptions(FN, options);
  const { level, method, rateMethod, per } = checkRateSettings(FN, opts);
  const unknown = unknownKeys(FN, opts.unknown);
  const eventEntries = countEntries(FN, "events", events);
  const headcountEntries = countEntries(FN, "headcount", headcount, false);
  return freezeResult(staffRateTable(FN, eventEntries, headcountEntries, { per, level, method, rateMethod, reference: opts.reference, unknown }));
}
