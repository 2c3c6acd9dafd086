import { ArgumentError } from "../errors.js";
import { ConditionalTable } from "../_internal/fisherConditional.js";
import { freezeResult } from "../_internal/freeze.js";
import { compareToReference, type EventsRow } from "../_internal/stagesCompare.js";
import { isBaseline, stageEntries, type StageEntries } from "../_internal/stagesCounts.js";
import { groupKey, unknownKeys } from "../_internal/stagesReference.js";
import { checkLevel, checkMethod, checkOptions } from "../_internal/validate.js";
import type { ProportionEstimate } from "../stats/proportion.js";
import type { RiskRatioEstimate, RiskRatioMethod } from "../stats/riskRatio.js";
import type { GroupCounts, LevelOption } from "../types.js";
import type { WorkforceUnknown } from "./representation.js";

/** One stage of a recruitment or promotion pipeline: its name and the people by group who reached it. */
export interface SelectionStage {
  /** The stage, e.g. `"Applied"`, `"Shortlisted"`, `"Appointed"`. */
  readonly stage: string;
  /** People by group (`{ group, count }[]` or a record), whole numbers. */
  readonly counts: GroupCounts;
}

/**
 * Why a row's rate and comparison are or are not given:
 * - `"ok"`: rate, impact ratio, Fisher p-value and flag;
 * - `"reference"`: the reference group at this step (rate only);
 * - `"first-stage"`: the first stage has no previous stage, so only counts;
 * - `"zero-denominator"`: nobody from the group reached the previous stage;
 * - `"exceeds-denominator"`: more people at this stage than at the previous one (the stages are
 *   not nested for this group), so no rate;
 * - `"reference-unavailable"`: the chosen reference group has no rate at this step.
 */
export type SelectionRowStatus = "ok" | "reference" | "first-stage" | "zero-denominator" | "exceeds-denominator" | "reference-unavailable";

/**
 * The four-fifths rule: `"adverse-impact"` when the impact ratio is below 4/5 (decided exactly on
 * the counts), `"none"` when it is not, `"not-assessed"` where there is no ratio (the reference
 * row, a status other than `"ok"`, or both groups with no one selected).
 */
export type AdverseImpactFlag = "adverse-impact" | "none" | "not-assessed";

/** One group at one step. */
export interface SelectionRow {
  /** The group label, as first given. */
  readonly group: string;
  /** People from the group at this stage. */
  readonly count: number;
  /** People from the group at the previous stage (the denominator), or `null` at the first stage. */
  readonly previous: number | null;
  /** Why the rate and comparison are or are not given. */
  readonly status: SelectionRowStatus;
  /** The selection rate count ÷ previous with its Wilson interval, or `null` as `status` says. */
  readonly rate: ProportionEstimate | null;
  /** The impact ratio, rate ÷ the reference's rate, with its interval (see {@link riskRatio}), or `null`. */
  readonly ratio: RiskRatioEstimate | null;
  /** Fisher's exact two-sided p-value for the 2×2 table of group and reference by selected or not, or `null`. */
  readonly fisherP: number | null;
  /** The four-fifths rule's flag. */
  readonly flag: AdverseImpactFlag;
}

/** One step of the pipeline: a stage over the one before it (or over the first, for `overall`). */
export interface SelectionStep {
  /** The stage's name. */
  readonly stage: string;
  /** The denominator stage's name, or `null` for the first stage. */
  readonly previousStage: string | null;
  /** The reference group at this step, or `null` at the first stage or where no group has a rate. */
  readonly reference: string | null;
  /** One row per group, in the order groups first appear. */
  readonly rows: readonly SelectionRow[];
  /** People of unknown group at this stage. */
  readonly unknown: WorkforceUnknown;
}

/** Options for {@link selectionRates}. */
export interface SelectionRatesOptions extends LevelOption {
  /** A fixed reference group; by default each step's group with the highest selection rate. */
  readonly reference?: string;
  /** Impact-ratio interval method (see {@link riskRatio}); defaults to `"miettinen-nurminen"`. */
  readonly method?: RiskRatioMethod;
  /** Labels of unknown group, matched ignoring case; defaults to `["Unknown"]`. */
  readonly unknown?: readonly string[];
}

/** The result of {@link selectionRates}. */
export interface SelectionRatesResult {
  /** `"highest-rate"` (the four-fifths rule's comparator) or `"fixed"` (`options.reference`). */
  readonly referenceRule: "highest-rate" | "fixed";
  /** The four-fifths threshold, 0.8. */
  readonly threshold: number;
  /** The confidence level. */
  readonly level: number;
  /** The impact-ratio interval method requested. */
  readonly method: RiskRatioMethod;
  /** The compared groups (unknown left out), in the order they first appear. */
  readonly groups: readonly string[];
  /** One step per stage, in order: the first with counts only. */
  readonly stages: readonly SelectionStep[];
  /** The whole pipeline: the last stage over the first (the same as `stages[1]` with two stages). */
  readonly overall: SelectionStep;
}

const FN = "selectionRates";
const METHODS: readonly RiskRatioMethod[] = ["miettinen-nurminen", "koopman", "katz"];

/**
 * Selection rates along a recruitment or promotion pipeline (applied → shortlisted → appointed),
 * with the adverse-impact ratio, the four-fifths flag and Fisher's exact test at every step.
 *
 * @remarks
 * At stage k ≥ 2 a group's selection rate is x_k/x_{k−1} (Wilson interval, see {@link proportion});
 * the impact ratio is its rate over the reference group's rate at the same step (interval and
 * score p-value by {@link riskRatio}); `fisherP` is Fisher's exact two-sided p-value for the 2×2
 * table [[x_k, x_{k−1} − x_k], [r_k, r_{k−1} − r_k]] (as R's `fisher.test` and scipy's
 * `fisher_exact`). The flag is `"adverse-impact"` when the ratio is below 4/5, decided exactly as
 * 5·x_k·r_{k−1} < 4·r_k·x_{k−1} so that a ratio of exactly 0.8 is not flagged.
 *
 * The default reference at each step is the group with the highest selection rate (the first of
 * equals), as the Uniform Guidelines' four-fifths rule compares every group with "the group with
 * the highest rate" (29 CFR 1607.4(D)); `options.reference` fixes one group instead (e.g.
 * `"White"`, to match decision-stage tables). The rule is a rule of thumb: the Guidelines say
 * small differences may still be adverse impact when statistically and practically significant,
 * and large ones based on small numbers may not be, hence the p-value. `overall` compares the last
 * stage with the first, the "total selection process" of 1607.4(C). People of unknown group are
 * left out and reported per stage. A count above the previous stage's is a status, not an error.
 *
 * References: Uniform Guidelines on Employee Selection Procedures (1978), 29 CFR 1607.4 and
 * 1607.16; Fisher RA (1935) JRSS 98:39–82; Miettinen O, Nurminen M (1985) Stat Med 4:213–226.
 *
 * @param stages - two or more {@link SelectionStage}s in order
 * @param options - `reference` (highest rate), `level` (0.95), `method` (`"miettinen-nurminen"`),
 *   `unknown` (`["Unknown"]`)
 * @returns a frozen {@link SelectionRatesResult}
 * @throws {@link ArgumentError} for fewer than two stages, a stage without a name, negative or
 *   non-integer counts, a group named twice, a Baseline as a stage, an unknown reference group or
 *   invalid options
 *
 * @example
 * ```ts
 * const pipeline = selectionRates([
 *   { stage: "Applied", counts: { White: 80, Black: 50 } },
 *   { stage: "Appointed", counts: { White: 48, Black: 21 } },
 * ]);
 * const black = pipeline.stages[1]?.rows.find((r) => r.group === "Black");
 * pipeline.stages[1]?.reference // => "White"
 * black?.rate?.value // => 0.42
 * black?.ratio?.value // => 0.7
 * black?.flag // => "adverse-impact"
 * black?.fisherP // => 0.049543
 * ```
 */
export function selectionRates(stages: readonly SelectionStage[], options?: SelectionRatesOptions): SelectionRatesResult {
  const opts = checkOptions(FN, options);
  const level = checkLevel(FN, opts.level);
  const method = checkMethod(FN, opts.method, METHODS, "miettinen-nurminen");
  const unknown = unknownKeys(FN, opts.unknown);
  if (!Array.isArray(stages) || stages.length < 2) throw new ArgumentError(FN, "stages", "must be an array of at least two stages", stages);
  const parsed = stages.map((s, i) => parseStage(s, i));
  const groups = new Map<string, string>();
  for (const { entries } of parsed) for (const [key, e] of entries) if (!unknown.has(key) && !groups.has(key)) groups.set(key, e.group);
  let fixed: string | null = null;
  if (opts.reference !== undefined) {
    const key = typeof opts.reference === "string" ? groupKey(opts.reference) : undefined;
    if (key === undefined || !groups.has(key)) {
      throw new ArgumentError(FN, "options.reference", `must name one of the compared groups (${[...groups.values()].join(", ")})`, opts.reference);
    }
    fixed = groups.get(key) as string;
  }
  const context: StepContext = { groups, unknown, fixed, level, method };
  const first = parsed[0] as ParsedStage;
  const last = parsed[parsed.length - 1] as ParsedStage;
  return freezeResult({
    referenceRule: fixed === null ? ("highest-rate" as const) : ("fixed" as const),
    threshold: 0.8,
    level,
    method,
    groups: [...groups.values()],
    stages: parsed.map((stage, k) => step(stage, k === 0 ? null : (parsed[k - 1] as ParsedStage), context)),
    overall: step(last, first, context),
  });
}

interface ParsedStage {
  readonly name: string;
  readonly entries: StageEntries;
}

interface StepContext {
  readonly groups: ReadonlyMap<string, string>;
  readonly unknown: ReadonlySet<string>;
  readonly fixed: string | null;
  readonly level: number;
  readonly method: RiskRatioMethod;
}

function parseStage(value: unknown, index: number): ParsedStage {
  const param = `stages[${index}]`;
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new ArgumentError(FN, param, "must be { stage, counts }", value);
  const { stage, counts } = value as Partial<SelectionStage>;
  if (typeof stage !== "string" || stage.trim() === "") throw new ArgumentError(FN, `${param}.stage`, "must be a non-empty string", stage);
  if (isBaseline(counts)) throw new ArgumentError(FN, `${param}.counts`, "must be counts of people, not a population Baseline", counts);
  return { name: stage, entries: stageEntries(FN, `${param}.counts`, counts as GroupCounts) };
}

function step(stage: ParsedStage, previous: ParsedStage | null, { groups, unknown, fixed, level, method }: StepContext): SelectionStep {
  const countOf = (entries: StageEntries, key: string) => entries.get(key)?.count ?? 0;
  let unknownCount = 0;
  let total = 0;
  for (const [key, e] of stage.entries) {
    total += e.count ?? 0;
    if (unknown.has(key)) unknownCount += e.count ?? 0;
  }
  const unknownShare = { count: unknownCount, total, share: total === 0 ? null : unknownCount / total };
  if (previous === null) {
    const rows = [...groups].map(([key, group]) => ({ group, count: countOf(stage.entries, key), previous: null, status: "first-stage" as const, rate: null, ratio: null, fisherP: null, flag: "not-assessed" as const }));
    return { stage: stage.name, previousStage: null, reference: null, rows, unknown: unknownShare };
  }
  const events = [...groups].map(([key, group]) => ({ group, events: countOf(stage.entries, key), total: countOf(previous.entries, key) }));
  const reference = fixed ?? highestRate(events);
  const compared = compareToReference(events, reference ?? "", { level, method, proportionMethod: "wilson" });
  const ref = events.find((e) => e.group === reference);
  const usable = ref !== undefined && ref.total !== null && ref.total > 0 && ref.events <= ref.total;
  const rows = events.map((e, i): SelectionRow => {
    const c = compared[i] as (typeof compared)[number];
    const comparable = c.ratio !== null && ref !== undefined;
    return {
      group: e.group,
      count: e.events,
      previous: e.total,
      status: c.status as SelectionRowStatus,
      rate: c.rate,
      ratio: c.ratio,
      fisherP: comparable ? fisherP(e, ref) : null,
      flag: comparable ? fourFifths(e, ref, c.ratio as RiskRatioEstimate) : "not-assessed",
    };
  });
  return { stage: stage.name, previousStage: previous.name, reference: usable ? (reference as string) : null, rows, unknown: unknownShare };
}

/** The group with the highest selection rate among those with a rate (the first of equals), compared exactly. */
function highestRate(rows: readonly EventsRow[]): string | null {
  let best: EventsRow | null = null;
  for (const r of rows) {
    if (r.total === null || r.total === 0 || r.events > r.total) continue;
    if (best === null || r.events * (best.total as number) > (best.events * r.total)) best = r;
  }
  return best === null ? null : best.group;
}

function fisherP(group: EventsRow, reference: EventsRow): number {
  const [n, r] = [group.total as number, reference.total as number];
  return new ConditionalTable(group.events, n - group.events, reference.events, r - reference.events).pValue();
}

function fourFifths(group: EventsRow, reference: EventsRow, ratio: RiskRatioEstimate): AdverseImpactFlag {
  if (ratio.value === null) return "not-assessed";
  return 5 * group.events * (reference.total as number) < 4 * reference.events * (group.total as number) ? "adverse-impact" : "none";
}
