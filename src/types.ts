/**
 * The fields every interval estimate carries.
 *
 * @remarks
 * `value` is the point estimate, `lower` and `upper` the two-sided confidence limits at
 * `level` (a fraction, e.g. 0.95), and `method` the method that was actually used, which can
 * differ from the one requested (the `"auto"` rate rule, or a Wald method that is undefined at a
 * zero count and falls back to the default method).
 */
export interface Interval<Method extends string, Status extends string> {
  /** The point estimate. */
  readonly value: number;
  /** The lower confidence limit. */
  readonly lower: number;
  /** The upper confidence limit (may be `Infinity` where that is mathematically right). */
  readonly upper: number;
  /** The two-sided confidence level, a fraction in (0, 1). */
  readonly level: number;
  /** The method actually used to compute the limits. */
  readonly method: Method;
  /** `"ok"`, or why the data are degenerate (see each function). */
  readonly status: Status;
}

/**
 * The fields every comparison of a group with a reference group carries: an interval
 * estimate whose `value` is `null` when the comparison is undefined (both groups empty).
 */
export interface Comparison<Method extends string, Status extends string, Input> extends Omit<Interval<Method, Status>, "value"> {
  /** The sample estimate; `null` only when `status` is `"undefined-ratio"`. */
  readonly value: number | null;
  /** The group's inputs, as given. */
  readonly group: Readonly<Input>;
  /** The reference group's inputs, as given. */
  readonly reference: Readonly<Input>;
}

/** The status of a ratio: `"ok"`, or which way it is degenerate. */
export type RatioStatus =
  | "ok"
  /** The group's numerator is zero: the ratio is 0 and only the upper limit is informative. */
  | "zero-ratio"
  /** The reference's numerator is zero: the ratio is `Infinity` and only the lower limit is informative. */
  | "infinite-ratio"
  /** Both numerators are zero: there is no estimate (`value` is `null`) and the interval is [0, ∞]. */
  | "undefined-ratio";

/** A count observed over a population (or person-time): the input to rate comparisons. */
export interface CountAndPopulation {
  /** Events counted, a non-negative number (an integer for exact methods). */
  readonly count: number;
  /** The population or person-time at risk, greater than 0. */
  readonly population: number;
}

/** Events out of a total of people: the input to risk and odds comparisons. */
export interface EventsAndTotal {
  /** People with the event, an integer from 0 to `total`. */
  readonly events: number;
  /** People at risk, a positive integer. */
  readonly total: number;
}

/** Options shared by every interval function. */
export interface LevelOption {
  /** Two-sided confidence level as a fraction in (0, 1); defaults to 0.95. */
  readonly level?: number;
}

/** A count of events for one group. */
export interface GroupCount {
  /** The group's label, as in the baseline (matched ignoring case). */
  readonly group: string;
  /** Events counted for the group, a non-negative number. */
  readonly count: number;
}

/** Counts by group, as an array of {@link GroupCount} or a record from group label to count. */
export type GroupCounts = readonly GroupCount[] | Readonly<Record<string, number>>;

/**
 * The five ethnic groups of the Census (2011 and 2021) and the Home Office, plus `"Unknown"` for
 * "not stated", refusals and blanks (excluded from rate numerators; the share unknown is reported).
 */
export type EthnicGroup = "Asian" | "Black" | "Mixed" | "White" | "Other" | "Unknown";

/**
 * The groups of officer-defined (IC-code) ethnicity, as data.police.uk publishes them: there is no
 * `"Mixed"`. `"Unknown"` is IC9/IC0, "not stated" or blank.
 */
export type OfficerEthnicGroup = "White" | "Black" | "Asian" | "Other" | "Unknown";

/** Sex as recorded in extracts; `"Unknown"` is "not stated" or blank. */
export type Sex = "Male" | "Female" | "Other" | "Unknown";
