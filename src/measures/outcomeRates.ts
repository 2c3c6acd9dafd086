import { ArgumentError } from "../errors.js";
import { compareToReference } from "../_internal/stagesCompare.js";
import { checkChoice } from "../_internal/checkChoice.js";
import { freezeResult } from "../_internal/freeze.js";
import { chooseReference, groupKey, unknownKeys } from "../_internal/stagesReference.js";
import { checkCount, checkLevel, checkMethod, checkOptions, checkRecord } from "../_internal/validate.js";
import { proportion, type ProportionEstimate, type ProportionMethod } from "../stats/proportion.js";
import type { RiskRatioEstimate, RiskRatioMethod } from "../stats/riskRatio.js";
import type { LevelOption } from "../types.js";

/** Searches and the searches among them with a positive (or linked) outcome. */
export interface OutcomeCount {
  /** Searches with the outcome of interest (e.g. arrest, or an outcome linked to the object of search), a whole number. */
  readonly outcomes: number;
  /** All searches, a whole number at least `outcomes`. */
  readonly searches: number;
}

/** One group's {@link OutcomeCount}. */
export interface GroupOutcomes extends OutcomeCount {
  /** The group label (matched ignoring case). */
  readonly group: string;
}

/** Outcome counts by group: an array of {@link GroupOutcomes} or a record from group to {@link OutcomeCount}. */
export type OutcomeCounts = readonly GroupOutcomes[] | Readonly<Record<string, OutcomeCount>>;

/**
 * Why a group's outcome rate and ratio are or are not given: `"ok"`, `"reference"` (the
 * reference group: rate, no ratio), `"zero-denominator"` (no searches, so no rate) or
 * `"reference-unavailable"` (the reference group has no searches, so no ratio).
 */
export type OutcomeRowStatus = "ok" | "reference" | "zero-denominator" | "reference-unavailable";

/** One group's outcome (hit) rate. */
export interface OutcomeRow {
  /** The group label, as given. */
  readonly group: string;
  /** Searches with the outcome. */
  readonly outcomes: number;
  /** All searches. */
  readonly searches: number;
  /** Why the rate and ratio are or are not given. */
  readonly status: OutcomeRowStatus;
  /** outcomes ÷ searches with its interval (see {@link proportion}), or `null` when there were no searches. */
  readonly rate: ProportionEstimate | null;
  /** The rate over the reference group's (see {@link riskRatio}), or `null` as `status` says. */
  readonly ratio: RiskRatioEstimate | null;
}

/** Searches of unknown ethnicity: kept out of the comparison, reported here. */
export interface UnknownOutcomes {
  /** Searches of unknown ethnicity with the outcome. */
  readonly outcomes: number;
  /** Searches of unknown ethnicity. */
  readonly searches: number;
  /** Their share of all searches, or `null` when there are no searches at all. */
  readonly shareOfSearches: number | null;
  /** Their outcome rate with its interval, or `null` when there are none. */
  readonly rate: ProportionEstimate | null;
}

/** Options for {@link outcomeRates}. */
export interface OutcomeRatesOptions extends LevelOption {
  /** The reference group; defaults to `"White"` when present, else the group with most searches. */
  readonly reference?: string;
  /** Risk-ratio interval method (see {@link riskRatio}); defaults to `"miettinen-nurminen"`. */
  readonly method?: RiskRatioMethod;
  /** Interval method for each rate (see {@link proportion}); defaults to `"wilson"`. */
  readonly proportionMethod?: ProportionMethod;
  /** Labels of unknown ethnicity, matched ignoring case; defaults to `["Unknown"]`. */
  readonly unknown?: readonly string[];
}

/** The result of {@link outcomeRates}. */
export interface OutcomeRatesResult {
  /** The reference group. */
  readonly reference: string;
  /** The confidence level. */
  readonly level: number;
  /** The risk-ratio method requested (each ratio says the method it used). */
  readonly method: RiskRatioMethod;
  /** The interval method of the rates. */
  readonly proportionMethod: ProportionMethod;
  /** One row per group of known ethnicity, in the order given. */
  readonly rows: readonly OutcomeRow[];
  /** Unknown ethnicity, summed over every unknown label. */
  readonly unknown: UnknownOutcomes;
}

const FN = "outcomeRates";
const METHODS: readonly RiskRatioMethod[] = ["miettinen-nurminen", "koopman", "katz"];
const PROPORTION_METHODS: readonly ProportionMethod[] = ["wilson", "exact", "jeffreys", "agresti-coull", "wald"];

/**
 * The outcome test ("hit rate"): the share of each group's searches that had a positive or
 * linked outcome, and its ratio to the reference group's share.
 *
 * @remarks
 * rate_g = outcomes_g / searches_g (by {@link proportion}, Wilson by default) and
 * ratio = rate_g ÷ rate_ref (by {@link riskRatio}: Miettinen–Nurminen by default, with the
 * score test's two-sided p-value). A ratio below 1 means the group's searches find less
 * (Knowles, Persico & Todd 2001; Home Office "Police powers and procedures", outcome rates):
 * read it with care, since hit rates also depend on what officers search for.
 *
 * Outcomes are a subset of the same searches, so outcomes > searches throws. Unknown ethnicity
 * (labels in `options.unknown`) is left out of the comparison and reported with its share of
 * searches and its own rate. A group with no searches has status `"zero-denominator"`.
 *
 * References: Knowles J, Persico N, Todd P (2001) J Polit Econ 109:203–229; Home Office (2023)
 * Police powers and procedures: stop and search, user guide.
 *
 * @param counts - `{ group, outcomes, searches }[]` or a record from group to `{ outcomes, searches }`
 * @param options - `reference`, `level` (0.95), `method` (`"miettinen-nurminen"`),
 *   `proportionMethod` (`"wilson"`), `unknown` (`["Unknown"]`)
 * @returns a frozen {@link OutcomeRatesResult}
 * @throws {@link ArgumentError} for negative or non-integer counts, outcomes > searches, a group
 *   named twice, no group of known ethnicity, an unknown reference group or invalid options
 *
 * @example
 * ```ts
 * const hits = outcomeRates({ White: { outcomes: 300, searches: 2000 }, Black: { outcomes: 11, searches: 110 } });
 * hits.rows[1]?.rate?.value // => 0.1
 * hits.rows[1]?.ratio?.value // => 0.666667
 * hits.rows[1]?.ratio?.upper // => 1.147018
 * hits.unknown.shareOfSearches // => 0
 * ```
 */
export function outcomeRates(counts: OutcomeCounts, options?: OutcomeRatesOptions): OutcomeRatesResult {
  const opts = checkOptions(FN, options);
  const level = checkLevel(FN, opts.level);
  const method = checkMethod(FN, opts.method, METHODS, "miettinen-nurminen");
  const proportionMethod = checkChoice(FN, "options.proportionMethod", opts.proportionMethod, PROPORTION_METHODS, "wilson");
  const unknown = unknownKeys(FN, opts.unknown);
  const entries = outcomeEntries(counts);
  const known = entries.filter((e) => !unknown.has(groupKey(e.group)));
  const reference = chooseReference(FN, known.map((e) => ({ group: e.group, size: e.searches })), opts.reference);
  const compared = compareToReference(known.map((e) => ({ group: e.group, events: e.outcomes, total: e.searches })), reference, { level, method, proportionMethod });
  // Outcomes never exceed searches here (checked above), so only the outcome statuses occur.
  const rows: OutcomeRow[] = known.map((e, i) => {
    const { status, rate, ratio } = compared[i] as (typeof compared)[number];
    return { ...e, status: status as OutcomeRowStatus, rate, ratio };
  });
  const unknownRows = entries.filter((e) => unknown.has(groupKey(e.group)));
  const outcomes = unknownRows.reduce((sum, e) => sum + e.outcomes, 0);
  const searches = unknownRows.reduce((sum, e) => sum + e.searches, 0);
  const all = entries.reduce((sum, e) => sum + e.searches, 0);
  const rate = searches === 0 ? null : proportion(outcomes, searches, { level, method: proportionMethod });
  return freezeResult({ reference, level, method, proportionMethod, rows, unknown: { outcomes, searches, shareOfSearches: all === 0 ? null : searches / all, rate } });
}

function outcomeEntries(counts: unknown): GroupOutcomes[] {
  if (counts === null || typeof counts !== "object") throw new ArgumentError(FN, "counts", "must be an array of { group, outcomes, searches } or a record of { outcomes, searches }", counts);
  const list: [string, unknown, unknown][] = Array.isArray(counts)
    ? counts.map((c: unknown, i) => [`counts[${i}]`, undefined, c])
    : Object.entries(counts).map(([group, c]) => [`counts["${group}"]`, group, c]);
  const seen = new Set<string>();
  return list.map(([param, key, value]) => {
    const record = checkRecord(FN, param, value);
    const group = key ?? record["group"];
    if (typeof group !== "string") throw new ArgumentError(FN, `${param}.group`, "must be a string", group);
    if (seen.has(groupKey(group))) throw new ArgumentError(FN, "counts", "must not name a group twice (ignoring case)", group);
    seen.add(groupKey(group));
    const outcomes = checkCount(FN, `${param}.outcomes`, record["outcomes"]);
    const searches = checkCount(FN, `${param}.searches`, record["searches"]);
    if (outcomes > searches) throw new ArgumentError(FN, `${param}.outcomes`, `must not exceed ${param}.searches (${searches})`, outcomes);
    return { group, outcomes, searches };
  });
}
