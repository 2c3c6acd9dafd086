import { ArgumentError } from "../errors.js";
import { compareToReference } from "../_internal/stagesCompare.js";
import { checkChoice } from "../_internal/checkChoice.js";
import { freezeResult } from "../_internal/freeze.js";
import { chooseReference, unknownKeys } from "../_internal/stagesReference.js";
import { isBaseline, stageEntries, type StageEntries } from "../_internal/stagesCounts.js";
import { checkLevel, checkMethod, checkOptions } from "../_internal/validate.js";
import type { Baseline } from "../baselines/types.js";
import type { ProportionEstimate, ProportionMethod } from "../stats/proportion.js";
import type { RiskRatioEstimate, RiskRatioMethod } from "../stats/riskRatio.js";
import type { GroupCounts, LevelOption } from "../types.js";

/** One decision point of a chain: its name and the counts by group that reached it. */
export interface DecisionStage {
  /** The decision point, e.g. `"Population"`, `"Stop and search"`, `"Arrest"`. */
  readonly stage: string;
  /**
   * Counts by group (`{ group, count }[]` or a record), whole numbers. The first stage may instead
   * be a population {@link Baseline} (e.g. from {@link gwentPopulation}).
   */
  readonly counts: GroupCounts | Baseline;
}

/**
 * Why a group's rate and ratio are or are not given at a stage:
 * - `"ok"`: rate and ratio against the reference group;
 * - `"reference"`: the reference group itself (rate, no ratio);
 * - `"first-stage"`: the first stage has no previous stage, so only counts;
 * - `"zero-denominator"`: the group's previous-stage count is 0, so no rate;
 * - `"exceeds-denominator"`: the count exceeds the previous stage's (the stages are not nested
 *   for this group, e.g. counted from different systems), so no rate;
 * - `"missing-denominator"`: the previous stage's count is missing (a suppressed population);
 * - `"reference-unavailable"`: the group has a rate but the reference group has none at this stage.
 */
export type StageRowStatus = "ok" | "reference" | "first-stage" | "zero-denominator" | "exceeds-denominator" | "missing-denominator" | "reference-unavailable";

/** One group at one stage. */
export interface StageRow {
  /** The group label, as first given. */
  readonly group: string;
  /** The group's count at this stage (0 when the stage does not name it); `null` only for a suppressed population. */
  readonly count: number | null;
  /** The group's count at the previous stage (the denominator), or `null` at the first stage. */
  readonly previous: number | null;
  /** Why the rate and ratio are or are not given. */
  readonly status: StageRowStatus;
  /** count ÷ previous with its interval (see {@link proportion}), or `null` as `status` says. */
  readonly rate: ProportionEstimate | null;
  /** The rate over the reference group's rate at this stage (see {@link riskRatio}), or `null` as `status` says. */
  readonly ratio: RiskRatioEstimate | null;
}

/** Records of unknown ethnicity at one stage: kept out of the comparison, reported here. */
export interface StageUnknown {
  /** Records of unknown ethnicity (every label in `options.unknown`). */
  readonly count: number;
  /** All records at the stage, known and unknown. */
  readonly total: number;
  /** count ÷ total, or `null` when the stage has no records at all. */
  readonly share: number | null;
}

/** One stage of the result. */
export interface StageResult {
  /** The stage's name. */
  readonly stage: string;
  /** The previous stage's name (the denominator of this stage's rates), or `null` for the first stage. */
  readonly previousStage: string | null;
  /** One row per compared group, in the order groups first appear. */
  readonly rows: readonly StageRow[];
  /** Unknown ethnicity at this stage. */
  readonly unknown: StageUnknown;
}

/** Options for {@link decisionStages}. */
export interface DecisionStagesOptions extends LevelOption {
  /** The reference group; defaults to `"White"` when present, else the largest group of the first stage. */
  readonly reference?: string;
  /** Risk-ratio interval method (see {@link riskRatio}); defaults to `"miettinen-nurminen"`. */
  readonly method?: RiskRatioMethod;
  /** Interval method for each rate (see {@link proportion}); defaults to `"wilson"`. */
  readonly proportionMethod?: ProportionMethod;
  /** Labels of unknown ethnicity, matched ignoring case; defaults to `["Unknown"]`. */
  readonly unknown?: readonly string[];
}

/** The result of {@link decisionStages}. */
export interface DecisionStagesResult {
  /** The reference group. */
  readonly reference: string;
  /** The confidence level. */
  readonly level: number;
  /** The risk-ratio method requested (each ratio says the method it used). */
  readonly method: RiskRatioMethod;
  /** The interval method of the rates. */
  readonly proportionMethod: ProportionMethod;
  /** The compared groups (unknown ethnicity left out), in the order they first appear. */
  readonly groups: readonly string[];
  /** One entry per stage, in the order given. */
  readonly stages: readonly StageResult[];
}

const FN = "decisionStages";
const METHODS: readonly RiskRatioMethod[] = ["miettinen-nurminen", "koopman", "katz"];
const PROPORTION_METHODS: readonly ProportionMethod[] = ["wilson", "exact", "jeffreys", "agresti-coull", "wald"];

/**
 * The Relative Rate Index along a chain of decision points (population → stop and search →
 * arrest → charge): at each stage every group's rate is its count over its count at the previous
 * stage, compared with the reference group's rate at the same stage.
 *
 * @remarks
 * For stage k ≥ 2 and group g: rate = x_{g,k} / x_{g,k−1} (by {@link proportion}, Wilson by
 * default) and RRI = rate_g ÷ rate_ref (by {@link riskRatio}: Miettinen–Nurminen by default, with
 * its interval and the score test's two-sided p-value; the Katz method gives its log-scale Wald
 * p-value). This is the stage-by-stage method of the US OJJDP Relative Rate Index, the Lammy
 * Review (2017) and the Ministry of Justice's "Statistics on Race and the Criminal Justice
 * System". Each stage should be a subset of the one before; where a count exceeds the previous
 * stage's, the row is flagged `"exceeds-denominator"` rather than thrown, because stage counts
 * often come from different systems. A population first stage treats each person as searched at
 * most once; where repeat searches matter, compare rates per 1,000 with {@link ratesPer} and
 * {@link rateRatio} instead.
 *
 * Groups are matched across stages ignoring case; a group a later stage does not name counts 0
 * there. Unknown ethnicity (labels in `options.unknown`) is left out of every rate and ratio, as
 * the Home Office leaves it out of rate numerators, and is reported per stage as a count and a
 * share of the stage's records. Statuses are described at {@link StageRowStatus}.
 *
 * References: Lammy D (2017) The Lammy Review, Ministry of Justice; OJJDP (2009) Disproportionate
 * Minority Contact Technical Assistance Manual, 4th ed., ch. 1; Ministry of Justice (2022)
 * Ethnicity and the Criminal Justice System 2020, technical guide.
 *
 * @param stages - two or more {@link DecisionStage}s in order, the first possibly a Baseline
 * @param options - `reference`, `level` (0.95), `method` (`"miettinen-nurminen"`),
 *   `proportionMethod` (`"wilson"`), `unknown` (`["Unknown"]`)
 * @returns a frozen {@link DecisionStagesResult}
 * @throws {@link ArgumentError} for fewer than two stages, a stage without a name, negative or
 *   non-integer counts, a group named twice, a Baseline after the first stage, an unknown
 *   reference group or invalid options
 *
 * @example
 * ```ts
 * const chain = decisionStages([
 *   { stage: "Stop and search", counts: { White: 2000, Black: 110, Unknown: 900 } },
 *   { stage: "Arrest", counts: { White: 200, Black: 22, Unknown: 60 } },
 * ]);
 * const black = chain.stages[1]?.rows.find((r) => r.group === "Black");
 * black?.rate?.value // => 0.2
 * black?.ratio?.value // => 2
 * black?.ratio?.lower // => 1.331469
 * black?.ratio?.pValue // => 0.000877
 * chain.stages[1]?.unknown.share // => 0.212766
 * ```
 */
export function decisionStages(stages: readonly DecisionStage[], options?: DecisionStagesOptions): DecisionStagesResult {
  const opts = checkOptions(FN, options);
  const level = checkLevel(FN, opts.level);
  const method = checkMethod(FN, opts.method, METHODS, "miettinen-nurminen");
  const proportionMethod = checkChoice(FN, "options.proportionMethod", opts.proportionMethod, PROPORTION_METHODS, "wilson");
  const unknown = unknownKeys(FN, opts.unknown);
  if (!Array.isArray(stages) || stages.length < 2) throw new ArgumentError(FN, "stages", "must be an array of at least two stages", stages);
  const parsed = stages.map((s, i) => parseStage(s, i));
  const groups = new Map<string, string>();
  for (const { entries } of parsed) for (const [key, e] of entries) if (!unknown.has(key) && !groups.has(key)) groups.set(key, e.group);
  const first = parsed[0] as { entries: StageEntries };
  const sizes = [...groups].map(([key, group]) => ({ group, size: first.entries.get(key)?.count ?? 0 }));
  const reference = chooseReference(FN, sizes, opts.reference);
  const countOf = (entries: StageEntries, key: string) => {
    const e = entries.get(key);
    return e === undefined ? 0 : e.count;
  };
  const results = parsed.map(({ name, entries }, k): StageResult => {
    const unknownCount = [...entries].reduce((sum, [key, e]) => sum + (unknown.has(key) ? (e.count ?? 0) : 0), 0);
    const total = [...entries.values()].reduce((sum, e) => sum + (e.count ?? 0), 0);
    const unknownShare = { count: unknownCount, total, share: total === 0 ? null : unknownCount / total };
    const previous = k === 0 ? undefined : (parsed[k - 1] as { name: string; entries: StageEntries });
    if (!previous) {
      const rows = [...groups].map(([key, group]) => ({ group, count: countOf(entries, key), previous: null, status: "first-stage" as const, rate: null, ratio: null }));
      return { stage: name, previousStage: null, rows, unknown: unknownShare };
    }
    const events = [...groups].map(([key, group]) => ({ group, events: countOf(entries, key) ?? 0, total: countOf(previous.entries, key) }));
    const compared = compareToReference(events, reference, { level, method, proportionMethod });
    const rows = events.map((e, i) => ({ group: e.group, count: e.events, previous: e.total, ...(compared[i] as (typeof compared)[number]) }));
    return { stage: name, previousStage: previous.name, rows, unknown: unknownShare };
  });
  return freezeResult({ reference, level, method, proportionMethod, groups: [...groups.values()], stages: results });
}

function parseStage(value: unknown, index: number): { name: string; entries: StageEntries } {
  const param = `stages[${index}]`;
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new ArgumentError(FN, param, "must be { stage, counts }", value);
  const { stage, counts } = value as Partial<DecisionStage>;
  if (typeof stage !== "string" || stage.trim() === "") throw new ArgumentError(FN, `${param}.stage`, "must be a non-empty string", stage);
  if (index > 0 && isBaseline(counts)) throw new ArgumentError(FN, `${param}.counts`, "may be a Baseline only at the first stage", counts);
  return { name: stage, entries: stageEntries(FN, `${param}.counts`, counts as GroupCounts | Baseline) };
}

