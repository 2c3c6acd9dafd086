import { ratesPer, type RatesIssue } from "../baselines/ratesPer.js";
import type { AreaRef, Baseline, BaselineVintage } from "../baselines/types.js";
import { adjustPValues, type AdjustMethod } from "../stats/adjustPValues.js";
import type { RateEstimate, RateMethod } from "../stats/rate.js";
import { rateRatio, type RateRatioEstimate, type RateRatioMethod } from "../stats/rateRatio.js";
import { checkBaseline } from "../_internal/checkBaseline.js";
import { checkChoice } from "../_internal/checkChoice.js";
import { freezeResult } from "../_internal/freeze.js";
import { referenceGroup } from "../_internal/referenceGroup.js";
import { splitUnknownCounts } from "../_internal/splitUnknownCounts.js";
import { unknownSensitivity } from "../_internal/unknownSensitivity.js";
import { checkLevel, checkOptions, checkPositive } from "../_internal/validate.js";
import type { GroupCounts, LevelOption, RatioStatus } from "../types.js";

/** Options for {@link disproportionality}. */
export interface DisproportionalityOptions extends LevelOption {
  /** The reference group (matched ignoring case); defaults to `"White"` for an ethnicity baseline, else the group with the largest population. */
  readonly reference?: string;
  /** The multiplier of the rates: per `per` people; defaults to 1,000. */
  readonly per?: number;
  /** Interval method of each group's rate (see {@link rate}); defaults to `"auto"`. */
  readonly rateMethod?: RateMethod;
  /** Interval method and test of each rate ratio (see {@link rateRatio}); defaults to `"exact"`. */
  readonly ratioMethod?: RateRatioMethod;
  /** Multiple-comparison adjustment across the non-reference groups (see {@link adjustPValues}); defaults to `"holm"`. */
  readonly adjust?: AdjustMethod;
}

/**
 * What a row holds: `"reference"` (the reference group: a rate, no ratio); `"ok"` (a rate and a
 * ratio, whose own `status` says whether it is 0, infinite or undefined); `"suppressed-population"`
 * or `"zero-population"` (the group's population is suppressed or 0: no rate, no ratio);
 * `"no-reference-rate"` (the group has a rate but the reference has none, so no ratio).
 */
export type DisproportionalityRowStatus = "reference" | "ok" | "suppressed-population" | "zero-population" | "no-reference-rate";

/** A group's rate ratio against the reference, as {@link rateRatio} gives it, with the adjusted p-value. */
export interface DisproportionalityRatio extends RateRatioEstimate {
  /** `pValue` adjusted across every ratio of the table by the table's `adjust` method. */
  readonly adjustedPValue: number;
}

/** One group of a {@link DisproportionalityTable}. */
export interface DisproportionalityRow {
  /** The baseline's group label. */
  readonly group: string;
  /** Events counted for the group. */
  readonly count: number;
  /** The group's population, or `null` where the publisher suppressed it. */
  readonly population: number | null;
  /** What the row holds; see {@link DisproportionalityRowStatus}. */
  readonly status: DisproportionalityRowStatus;
  /** The group's rate per `per` (see {@link rate}), or `null` when its population is suppressed or 0. */
  readonly rate: RateEstimate | null;
  /** The rate ratio against the reference, or `null` for the reference row and rows whose status is not `"ok"`. */
  readonly ratio: DisproportionalityRatio | null;
  /** Whether the adjusted p-value is below 1 − level; `null` exactly when `ratio` is `null`. */
  readonly significant: boolean | null;
}

/** The events whose group is not known (`Unknown`), left out of every rate. */
export interface UnknownShare {
  /** The `Unknown` count (0 when none was supplied). */
  readonly count: number;
  /** All events supplied, known and unknown (including groups the baseline lacks). */
  readonly total: number;
  /** `count / total`; `null` only when `total` is 0. */
  readonly share: number | null;
  /** The completeness of recording, `(total − count) / total`; `null` only when `total` is 0. */
  readonly knownShare: number | null;
}

/** One allocation of the unknown events in a {@link SensitivityEntry}. */
export interface SensitivityScenario {
  /** The group's count under this allocation (not a whole number for the proportional one). */
  readonly groupCount: number;
  /** The reference's count under this allocation. */
  readonly referenceCount: number;
  /** (groupCount / group population) ÷ (referenceCount / reference population); `Infinity` or `null` as `status` says. */
  readonly ratio: number | null;
  /** `"ok"`, `"zero-ratio"`, `"infinite-ratio"` (reference count 0) or `"undefined-ratio"` (both 0: `ratio` is `null`). */
  readonly status: RatioStatus;
}

/** How a group's ratio moves if the unknown events had been recorded: point values, not intervals. */
export interface SensitivityEntry {
  /** The group (a row whose status is `"ok"`). */
  readonly group: string;
  /** Unknowns left out, as in the row's ratio. */
  readonly observed: SensitivityScenario;
  /** Unknowns shared out in proportion to the known counts: every count grows by the same factor, so the ratio is unchanged. */
  readonly proportional: SensitivityScenario;
  /** The lowest ratio: every unknown event belongs to the reference group and none to this group. */
  readonly lowest: SensitivityScenario;
  /** The highest ratio: every unknown event belongs to this group and none to the reference group. */
  readonly highest: SensitivityScenario;
}

/** A mismatch or degenerate input, reported rather than dropped. */
export interface DisproportionalityIssue {
  /**
   * The kinds of {@link ratesPer} (`"count-without-population"`, `"population-without-count"`,
   * `"suppressed-population"`, `"zero-population"`, `"partly-suppressed-population"`), and:
   * `"unknown-excluded"`: `Unknown` events left out of every rate and ratio;
   * `"reference-without-rate"`: the reference has no count, or its population is suppressed or 0, so there are no ratios;
   * `"reference-zero-count"`: the reference has no events, so every ratio is infinite (or undefined).
   */
  readonly kind: RatesIssue["kind"] | "unknown-excluded" | "reference-without-rate" | "reference-zero-count";
  /** The group concerned. */
  readonly group: string;
  /** Its count, where there is one. */
  readonly count: number | null;
  /** Its population, where there is one. */
  readonly population: number | null;
  /** A sentence for a report. */
  readonly message: string;
}

/** The result of {@link disproportionality}. */
export interface DisproportionalityTable {
  /** The baseline's area. */
  readonly area: AreaRef;
  /** The baseline's dimension, e.g. `"ethnicity"`. */
  readonly dimension: string;
  /** The census (or estimate) the populations come from. */
  readonly census: BaselineVintage;
  /** The reference group, as labelled in the baseline. */
  readonly reference: string;
  /** The confidence level of every interval, and 1 − level the significance threshold. */
  readonly level: number;
  /** The multiplier of the rates. */
  readonly per: number;
  /** The rate method requested (each rate's `method` says which was used). */
  readonly rateMethod: RateMethod;
  /** The ratio method requested (each ratio's `method` says which was used). */
  readonly ratioMethod: RateRatioMethod;
  /** The multiple-comparison adjustment. */
  readonly adjust: AdjustMethod;
  /** One row per baseline group that has a count, in the baseline's order. */
  readonly rows: readonly DisproportionalityRow[];
  /** The unknown events and the completeness of recording. */
  readonly unknown: UnknownShare;
  /** For each row whose status is `"ok"`, its ratio under allocations of the unknown events. */
  readonly sensitivity: readonly SensitivityEntry[];
  /** Every count or population that could not be used, and why. */
  readonly issues: readonly DisproportionalityIssue[];
}

const FN = "disproportionality";

/**
 * The headline disproportionality table: each group's rate per 1,000 against its population, and
 * its rate ratio against a reference group with an exact interval, p-value and multiplicity
 * adjustment, the share of events whose group is unknown, and how far the unknowns could move
 * each ratio.
 *
 * @remarks
 * For group g with count xᵍ and population Nᵍ, and reference r: rate = xᵍ/Nᵍ·per (by {@link rate},
 * `rateMethod`), ratio = (xᵍ/Nᵍ) ÷ (xʳ/Nʳ) (by {@link rateRatio}, `ratioMethod`: by default the
 * conditional exact interval and two-sided p-value of R's `poisson.test(c(xᵍ, xʳ), c(Nᵍ, Nʳ))`).
 * The p-values of all ratios are adjusted together (`adjust`, default Holm) and a ratio is
 * `significant` when its adjusted p-value is below 1 − level. This is the Home Office method (rate
 * per 1,000 of each group ÷ the White rate), with the intervals and tests the Home Office omits.
 *
 * `Unknown` events (not stated, blank, refused) are left out of every numerator, as the Home Office
 * does, and reported in `unknown` with the completeness of recording. With U unknown events and K
 * known ones, `sensitivity` gives for each group the ratio if the unknowns were shared in proportion
 * to the known counts (every count × (K + U)/K: the ratio is unchanged, only rates rise), the
 * lowest ratio xᵍ/Nᵍ ÷ ((xʳ + U)/Nʳ) (all unknowns were the reference group) and the highest
 * (xᵍ + U)/Nᵍ ÷ (xʳ/Nʳ) (all were this group). The true ratio lies between the bounds whatever the
 * unknowns were (sampling error aside).
 *
 * Degenerate data never give NaN: a group whose population is suppressed or 0 keeps its row with
 * `rate` and `ratio` null and a status saying why; when the reference has no rate no ratio is
 * computed (`"no-reference-rate"`); a reference count of 0 gives infinite ratios (`"infinite-ratio"`).
 * Each of these, counts for groups the baseline lacks and baseline groups without a count appear
 * in `issues`.
 *
 * References: Home Office, *Police powers and procedures: stop and search and arrests* (annual;
 * rates per 1,000 by self-defined ethnicity); Race Disparity Unit (2021) *Stop and search data and
 * the effect of geographical differences*; Holm S (1979) Scand J Stat 6:65–70. See
 * docs/methods/disproportionality.md.
 *
 * @param counts - events by group, `{ group, count }[]` or a record; whole numbers; `Unknown` for unknown
 * @param baseline - the population baseline (e.g. from {@link gwentPopulation})
 * @param options - `reference`, `per` (1000), `level` (0.95), `rateMethod` (`"auto"`),
 *   `ratioMethod` (`"exact"`), `adjust` (`"holm"`)
 * @returns a frozen {@link DisproportionalityTable}
 * @throws {@link ArgumentError} for counts that are negative, not whole or repeated, a baseline
 *   without groups, a reference the baseline lacks, or invalid options
 *
 * @example
 * ```ts
 * const searches = { Asian: 191, Black: 111, Mixed: 86, Other: 14, White: 2054, Unknown: 941 };
 * const table = disproportionality(searches, gwentPopulation({ census: 2011 }));
 * table.reference // => "White"
 * const black = table.rows.find((r) => r.group === "Black");
 * black?.rate?.value // => 34.85
 * black?.ratio?.value // => 9.41
 * [black?.ratio?.lower, black?.ratio?.upper] // => [7.70, 11.39]
 * black?.significant // => true
 * table.unknown.knownShare // => 0.723
 * const bounds = table.sensitivity.find((s) => s.group === "Black");
 * [bounds?.lowest.ratio, bounds?.highest.ratio] // => [6.45, 89.1]
 * ```
 */
export function disproportionality(counts: GroupCounts, baseline: Baseline, options?: DisproportionalityOptions): DisproportionalityTable {
  const opts = checkOptions(FN, options);
  const level = checkLevel(FN, opts.level);
  const per = opts.per === undefined ? 1000 : checkPositive(FN, "options.per", opts.per);
  const rateMethod = checkChoice(FN, "options.rateMethod", opts.rateMethod, ["auto", "byar", "exact", "wald"], "auto");
  const ratioMethod = checkChoice(FN, "options.ratioMethod", opts.ratioMethod, ["exact", "mid-p", "wald"], "exact");
  const adjust = checkChoice(FN, "options.adjust", opts.adjust, ["holm", "bh", "bonferroni"], "holm");
  const b = checkBaseline(FN, "baseline", baseline);
  const reference = referenceGroup(FN, b, opts.reference);
  const { known, unknown, total } = splitUnknownCounts(FN, counts, b);
  const rates = ratesPer(known, b, { per, level, method: rateMethod });
  const issues: DisproportionalityIssue[] = [...rates.issues];
  if (unknown > 0) {
    const message = `${unknown} events (${((100 * unknown) / total).toFixed(1)}% of ${total}) have an unknown ${b.dimension}; they are left out of every rate and ratio (see unknown and sensitivity).`;
    issues.push({ kind: "unknown-excluded", group: "Unknown", count: unknown, population: null, message });
  }
  const ref = rates.rows.find((r) => r.group === reference);
  const refRate = ref?.rate ?? null;
  if (refRate === null) {
    const why = ref === undefined ? "no count was supplied for it" : `its population ${ref.population === null ? "is suppressed" : "is 0"}`;
    issues.push({ kind: "reference-without-rate", group: reference, count: ref?.count ?? null, population: ref?.population ?? b.groups.find((g) => g.group === reference)?.population ?? null, message: `The reference group ${reference} has no rate (${why}), so no ratios are computed.` });
  } else if (refRate.count === 0) {
    issues.push({ kind: "reference-zero-count", group: reference, count: 0, population: refRate.population, message: `The reference group ${reference} has no events, so every ratio against it is infinite (undefined for a group with none either).` });
  }
  const referenceInput = refRate && { count: refRate.count, population: refRate.population };
  const ratios = rates.rows.map((row) =>
    row.group !== reference && row.rate && referenceInput ? rateRatio({ count: row.count, population: row.rate.population }, referenceInput, { level, method: ratioMethod }) : null,
  );
  const present = ratios.filter((r): r is RateRatioEstimate => r !== null);
  const adjusted = adjustPValues(present.map((r) => r.pValue), { method: adjust });
  const rows: DisproportionalityRow[] = rates.rows.map((row, i) => {
    const ratio = ratios[i] ?? null;
    const adjustedPValue = ratio ? (adjusted[present.indexOf(ratio)] as number) : null;
    return {
      group: row.group,
      count: row.count,
      population: row.population,
      status: rowStatus(row.group === reference, row.population, ratio !== null),
      rate: row.rate,
      ratio: ratio && { ...ratio, adjustedPValue: adjustedPValue as number },
      significant: adjustedPValue === null ? null : adjustedPValue < 1 - level,
    };
  });
  const sensitivity = rows.flatMap((row) =>
    row.ratio ? [{ group: row.group, ...unknownSensitivity(row.ratio.group, row.ratio.reference, unknown, total - unknown) }] : [],
  );
  const share = total > 0 ? unknown / total : null;
  return freezeResult({
    area: b.area,
    dimension: b.dimension,
    census: b.census,
    reference,
    level,
    per,
    rateMethod,
    ratioMethod,
    adjust,
    rows,
    unknown: { count: unknown, total, share, knownShare: share === null ? null : (total - unknown) / total },
    sensitivity,
    issues,
  });
}

function rowStatus(isReference: boolean, population: number | null, hasRatio: boolean): DisproportionalityRowStatus {
  if (isReference) return "reference";
  if (population === null) return "suppressed-population";
  if (population === 0) return "zero-population";
  return hasRatio ? "ok" : "no-reference-rate";
}
