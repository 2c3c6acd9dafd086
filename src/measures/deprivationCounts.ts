import { resolveArea } from "../_internal/areas.js";
import { freezeResult } from "../_internal/freeze.js";
import { normaliseCounts } from "../_internal/normaliseCounts.js";
import { checkOptions } from "../_internal/validate.js";
import { ArgumentError } from "../errors.js";
import { deprivationOfLsoa } from "../baselines/deprivationOfLsoa.js";
import type { GwentAreaName } from "../baselines/gwentPopulation.js";
import type { AreaRef } from "../baselines/types.js";
import type { GroupCount, GroupCounts } from "../types.js";
import type { DeprivationIssue } from "./deprivationGradient.js";

/** Options for {@link deprivationCounts}. */
export interface DeprivationCountsOptions {
  /** Keep only LSOAs in this Gwent area (name or code, default `"Gwent"`); `null` keeps all of Wales. */
  readonly area?: GwentAreaName | (string & {}) | null;
  /** `"quintile"` (default: groups `"Q1"`–`"Q5"`) or `"decile"` (`"D1"`–`"D10"`), all-Wales WIMD 2019 groups. */
  readonly by?: "quintile" | "decile";
}

/** The result of {@link deprivationCounts}: ready for {@link deprivationGradient}. */
export interface DeprivationCounts {
  /** The area kept, or `null` for all of Wales. */
  readonly area: AreaRef | null;
  /** The grouping. */
  readonly by: "quintile" | "decile";
  /** Records per group, most deprived first, every group present (0 where none). */
  readonly counts: readonly GroupCount[];
  /** All records given. */
  readonly total: number;
  /** Records placed in a group: `total` minus those in `issues`. */
  readonly matched: number;
  /** Records whose LSOA is blank, not a Welsh 2011 LSOA, or outside the area: one issue per kind. */
  readonly issues: readonly DeprivationIssue[];
}

const FN = "deprivationCounts";

/**
 * Sums records counted by LSOA code into all-Wales WIMD 2019 quintiles (or deciles), through
 * {@link deprivationOfLsoa}, keeping count of every record that cannot be placed.
 *
 * @remarks
 * Codes are trimmed and upper-cased (as {@link deprivationOfLsoa}), so `"w01001421 "` and
 * `"W01001421"` add up. Records with a blank code, a code that is not a Welsh 2011 LSOA in WIMD 2019
 * (English LSOAs, 2021-only codes, typos) or, with `area`, a Welsh LSOA outside the area are left
 * out and reported, one issue per kind listing each code and its records; `total = matched +` the
 * issues' counts. Pair the counts with the population of the same area (e.g.
 * `gwentPopulation({ by: "deprivation", area })`): crimes in LSOAs outside the area would otherwise
 * inflate its rates. With a count extract, map `lsoaCode` to `group`:
 * `counts.map((c) => ({ group: String(c.lsoaCode ?? ""), count: c.count }))`.
 *
 * @param counts - records per LSOA code: `{ group: code, count }[]` or a record from code to count
 * @param options - `area` (default `"Gwent"`; `null` for Wales) and `by` (default `"quintile"`)
 * @returns a frozen {@link DeprivationCounts}
 * @throws {@link ArgumentError} for negative or repeated counts, an unknown area or grouping
 *
 * @example
 * ```ts
 * const c = deprivationCounts({ W01001421: 12, W01001440: 3, W01000001: 4, E01000001: 2, "": 1 });
 * c.counts.map((q) => q.count) // => [12, 3, 0, 0, 0]
 * c.matched // => 15
 * c.total // => 22
 * c.issues.map((i) => i.kind) // => ["unmatched-lsoa", "outside-area"]
 * ```
 */
export function deprivationCounts(counts: GroupCounts, options?: DeprivationCountsOptions): DeprivationCounts {
  const opts = checkOptions(FN, options);
  const by = opts.by ?? "quintile";
  if (by !== "quintile" && by !== "decile") throw new ArgumentError(FN, "options.by", 'must be "quintile" or "decile"', by);
  const area = opts.area === null ? null : resolveArea(FN, "options.area", opts.area ?? "Gwent");
  const size = by === "quintile" ? 5 : 10;
  const sums = new Array<number>(size).fill(0);
  const unmatched = new Map<string, number>();
  const outside = new Map<string, number>();
  let total = 0;
  for (const { group, count } of normaliseCounts(FN, counts)) {
    total += count;
    const code = group.trim().toUpperCase();
    const found = deprivationOfLsoa(code);
    if (!found) unmatched.set(code, (unmatched.get(code) ?? 0) + count);
    else if (area && !area.localAuthorities.includes(found.localAuthority.code)) outside.set(code, (outside.get(code) ?? 0) + count);
    else {
      const index = by === "quintile" ? Number(found.quintile.slice(1)) - 1 : found.decile - 1;
      sums[index] = (sums[index] as number) + count;
    }
  }
  const issues: DeprivationIssue[] = [];
  const listed = (codes: Map<string, number>) => [...codes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([code, count]) => ({ code, count }));
  const sum = (codes: Map<string, number>) => [...codes.values()].reduce((s, c) => s + c, 0);
  if (unmatched.size > 0) {
    const n = sum(unmatched);
    issues.push({ kind: "unmatched-lsoa", group: null, count: n, lsoas: listed(unmatched), message: `${n} records have a blank LSOA code or one that is not a Welsh 2011 LSOA in WIMD 2019 (${unmatched.size} codes), so they have no deprivation group and are left out.` });
  }
  if (outside.size > 0 && area) {
    const n = sum(outside);
    issues.push({ kind: "outside-area", group: null, count: n, lsoas: listed(outside), message: `${n} records are in ${outside.size} Welsh LSOAs outside ${area.name}, so they are left out of its rates.` });
  }
  const prefix = by === "quintile" ? "Q" : "D";
  return freezeResult({
    area: area ? { code: area.code, name: area.name } : null,
    by,
    counts: sums.map((count, i) => ({ group: `${prefix}${i + 1}`, count })),
    total,
    matched: sums.reduce((s, c) => s + c, 0),
    issues,
  });
}
