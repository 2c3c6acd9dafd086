import { ArgumentError } from "../errors.js";
import { checkBaseline } from "../_internal/checkBaseline.js";
import { freezeResult } from "../_internal/freeze.js";
import { groupKey, unknownKeys } from "../_internal/stagesReference.js";
import { checkLevel, checkOptions } from "../_internal/validate.js";
import { checkFieldName, checkRecords, countEntries, recordLabel, tally, type GroupEntries } from "../_internal/workforceCounts.js";
import { proportion, type ProportionEstimate } from "../stats/proportion.js";
import type { AreaRef, Baseline, BaselineVintage } from "../baselines/types.js";
import type { GroupCounts, Interval, LevelOption } from "../types.js";

/** Records of unknown group (not stated, refused, blank): kept out of the shares, reported here. */
export interface WorkforceUnknown {
  /** Records of unknown group: labels in `options.unknown`, and blank or missing values. */
  readonly count: number;
  /** All records, known and unknown. */
  readonly total: number;
  /** count ÷ total, or `null` when there are no records at all. */
  readonly share: number | null;
}

/**
 * Why a row's share and ratio are or are not given:
 * - `"ok"`: share and representation ratio;
 * - `"zero-count"`: nobody from the group; the ratio is 0 and only its upper limit is informative;
 * - `"no-population"`: a workforce group the baseline lacks (a label mismatch?): share only;
 * - `"zero-population"`: the group's population is 0: share only;
 * - `"suppressed-population"`: the group's population is suppressed: share only;
 * - `"no-known-records"`: no records of known group in this table, so no shares at all.
 */
export type RepresentationStatus = "ok" | "zero-count" | "no-population" | "zero-population" | "suppressed-population" | "no-known-records";

/** The representation ratio: the workforce share over the population share, with its interval. */
export interface RepresentationRatio extends Interval<"wilson-fixed-population", "ok" | "zero-ratio"> {}

/** One group in one table. */
export interface RepresentationRow {
  /** The group label (the baseline's, or the workforce's for a group the baseline lacks). */
  readonly group: string;
  /** People in the workforce (or stratum) in the group. */
  readonly count: number;
  /** The group's population in the baseline, or `null` when it lacks the group or suppressed it. */
  readonly population: number | null;
  /** The group's share of the baseline's known population, or `null` as `population`. */
  readonly populationShare: number | null;
  /** count ÷ known workforce with its Wilson interval (see {@link proportion}), or `null` (`"no-known-records"`). */
  readonly share: ProportionEstimate | null;
  /** share ÷ populationShare with its interval, or `null` as `status` says. */
  readonly ratio: RepresentationRatio | null;
  /** Why the share and ratio are or are not given. */
  readonly status: RepresentationStatus;
}

/** The representation of every group in the whole workforce or in one stratum. */
export interface RepresentationTable {
  /** The stratum (e.g. a rank), or `null` for the whole workforce. */
  readonly stratum: string | null;
  /** People of known group: the denominator of every share. */
  readonly known: number;
  /** People of unknown group. */
  readonly unknown: WorkforceUnknown;
  /** The baseline's groups in its order, then workforce groups the baseline lacks. */
  readonly rows: readonly RepresentationRow[];
}

/** Options for {@link representation}. */
export interface RepresentationOptions extends LevelOption {
  /** For HR records: the field holding the group; defaults to the baseline's `dimension` (e.g. `"ethnicity"`). */
  readonly by?: string;
  /** For HR records: a field to compare within as well, e.g. `"rank"` or `"workerType"`. */
  readonly within?: string;
  /** Labels of unknown group, matched ignoring case; defaults to `["Unknown"]`. */
  readonly unknown?: readonly string[];
}

/** The result of {@link representation}. */
export interface RepresentationResult {
  /** The baseline's area. */
  readonly area: AreaRef;
  /** The baseline's census. */
  readonly census: BaselineVintage;
  /** The baseline's dimension. */
  readonly dimension: string;
  /** Who the baseline counts (e.g. `"All usual residents"`): the comparator population. */
  readonly populationBase: string;
  /** The confidence level. */
  readonly level: number;
  /** The interval method of the shares. */
  readonly method: "wilson";
  /** The record field grouped by, or `null` for counts. */
  readonly by: string | null;
  /** The record field stratified by, or `null`. */
  readonly within: string | null;
  /** The whole workforce. */
  readonly overall: RepresentationTable;
  /** One table per value of `within`, in the order first seen (empty without `within`). */
  readonly strata: readonly RepresentationTable[];
}

/** HR records (e.g. `HrRecord`s from `hrSchema`): objects with the `by` field (and the `within` field, if used). */
export type WorkforceRecords = readonly object[];

const FN = "representation";

/**
 * The share of each group in a workforce against its share of the population, with Wilson
 * intervals and a representation ratio; overall and, for HR records, within each rank, grade or
 * worker type.
 *
 * @remarks
 * With x_g people of group g out of n of known group, and P_g of the baseline's P people (the sum
 * of its published groups): share = x_g/n with its Wilson interval [L, U] (see {@link proportion});
 * population share π_g = P_g/P; representation ratio = (x_g/n) ÷ π_g with limits L/π_g and U/π_g.
 * The census share is treated as fixed: a census count has no sampling error of this kind, and its
 * perturbation and rounding are far smaller than a workforce's binomial noise. A ratio of 1 means
 * parity; below 1, under-representation.
 *
 * People of unknown group (labels in `options.unknown`, and blank values) are left out of the
 * shares and reported as a count and share, as the 2023 ethnicity pay gap guidance asks. The right
 * comparator is the economically active population of working age in the force area; the embedded
 * Gwent tables have ethnicity for all usual residents only, which includes children (younger
 * groups weigh more). A working-age or economically active baseline can be loaded with
 * {@link baselineFromCensusCsv}. docs/methods/workforce.md discusses the choice.
 *
 * References: Wilson EB (1927) JASA 22:209–212; Department for Business and Trade (2023)
 * Ethnicity pay reporting: guidance for employers (report the share not disclosed).
 *
 * @param workforce - counts by group (`{ group, count }[]` or a record, whole numbers), or HR
 *   records (e.g. from `hrSchema`) with the `by` field
 * @param baseline - the population (e.g. from {@link gwentPopulation})
 * @param options - `by` (the baseline's dimension), `within`, `level` (0.95), `unknown` (`["Unknown"]`)
 * @returns a frozen {@link RepresentationResult}
 * @throws {@link ArgumentError} for invalid counts or records, a baseline without groups, `by`
 *   or `within` with counts, or invalid options
 *
 * @example
 * ```ts
 * const r = representation({ White: 900, Asian: 12, Black: 3, Mixed: 10, Other: 2, Unknown: 73 }, gwentPopulation());
 * const asian = r.overall.rows.find((row) => row.group === "Asian");
 * asian?.share?.value // => 0.012945
 * asian?.populationShare // => 0.028563
 * asian?.ratio?.value // => 0.45321
 * asian?.ratio?.lower // => 0.25979
 * r.overall.unknown.share // => 0.073
 * ```
 */
export function representation(workforce: GroupCounts | WorkforceRecords, baseline: Baseline, options?: RepresentationOptions): RepresentationResult {
  const opts = checkOptions(FN, options);
  const level = checkLevel(FN, opts.level);
  const unknown = unknownKeys(FN, opts.unknown);
  const base = checkBaseline(FN, "baseline", baseline);
  if (base.groups.length === 0) throw new ArgumentError(FN, "baseline", "must have at least one group", baseline);
  const byRecords = Array.isArray(workforce) && !workforce.every((e) => e !== null && typeof e === "object" && "group" in e && "count" in e);
  let by: string | null = null;
  let within: string | null = null;
  let overall: Tally;
  const strata = new Map<string, Tally & { stratum: string }>();
  if (!byRecords) {
    for (const name of ["by", "within"] as const) {
      if (opts[name] !== undefined) throw new ArgumentError(FN, `options.${name}`, "applies only to HR records, not counts", opts[name]);
    }
    overall = { entries: countEntries(FN, "workforce", workforce), blank: 0 };
  } else {
    const records = checkRecords(FN, "workforce", workforce);
    by = checkFieldName(FN, "options.by", opts.by ?? base.dimension);
    within = opts.within === undefined ? null : checkFieldName(FN, "options.within", opts.within);
    overall = { entries: new Map(), blank: 0 };
    records.forEach((record, i) => {
      const label = recordLabel(FN, `workforce[${i}].${by}`, record[by as string]);
      const targets = [overall];
      if (within !== null) {
        const stratum = recordLabel(FN, `workforce[${i}].${within}`, record[within]) ?? "Unknown";
        const key = groupKey(stratum);
        if (!strata.has(key)) strata.set(key, { stratum, entries: new Map(), blank: 0 });
        targets.push(strata.get(key) as Tally);
      }
      for (const t of targets) {
        if (label === null) t.blank++;
        else tally(t.entries, label);
      }
    });
  }
  const groups = base.groups.filter((g) => !unknown.has(groupKey(g.group)));
  const people = groups.reduce((sum, g) => sum + (g.population ?? 0), 0);
  const build = (stratum: string | null, t: Tally) => table(stratum, t, { groups, people, unknown, level });
  return freezeResult({
    area: { ...base.area },
    census: base.census,
    dimension: base.dimension,
    populationBase: base.source.populationBase,
    level,
    method: "wilson" as const,
    by,
    within,
    overall: build(null, overall),
    strata: [...strata.values()].map((s) => build(s.stratum, s)),
  });
}

interface Tally {
  entries: GroupEntries;
  blank: number;
}

interface Population {
  readonly groups: Baseline["groups"];
  readonly people: number;
  readonly unknown: ReadonlySet<string>;
  readonly level: number;
}

function table(stratum: string | null, { entries, blank }: Tally, { groups, people, unknown, level }: Population): RepresentationTable {
  let unknownCount = blank;
  let known = 0;
  for (const [key, e] of entries) {
    if (unknown.has(key)) unknownCount += e.count;
    else known += e.count;
  }
  const total = known + unknownCount;
  const inBaseline = new Set(groups.map((g) => groupKey(g.group)));
  const extra = [...entries].filter(([key]) => !unknown.has(key) && !inBaseline.has(key)).map(([, e]) => e);
  const rows = [
    ...groups.map((g) => row(g.group, entries.get(groupKey(g.group))?.count ?? 0, g.population, people, known, level)),
    ...extra.map((e) => row(e.group, e.count, undefined, people, known, level)),
  ];
  return { stratum, known, unknown: { count: unknownCount, total, share: total === 0 ? null : unknownCount / total }, rows };
}

function row(group: string, count: number, population: number | null | undefined, people: number, known: number, level: number): RepresentationRow {
  const populationShare = population === null || population === undefined || people === 0 ? null : population / people;
  const base = { group, count, population: population ?? null, populationShare };
  if (known === 0) return { ...base, share: null, ratio: null, status: "no-known-records" };
  const share = proportion(count, known, { level });
  if (population === undefined) return { ...base, share, ratio: null, status: "no-population" };
  if (population === null) return { ...base, share, ratio: null, status: "suppressed-population" };
  if (populationShare === null || populationShare === 0) return { ...base, share, ratio: null, status: "zero-population" };
  const ratio: RepresentationRatio = {
    value: share.value / populationShare,
    lower: share.lower / populationShare,
    upper: share.upper / populationShare,
    level,
    method: "wilson-fixed-population",
    status: count === 0 ? "zero-ratio" : "ok",
  };
  return { ...base, share, ratio, status: count === 0 ? "zero-count" : "ok" };
}
