import { agesOf } from "../_internal/agesOf.js";
import { checkAgeBands } from "../_internal/checkAgeBands.js";
import { checkBaseline } from "../_internal/checkBaseline.js";
import { checkOptions } from "../_internal/validate.js";
import { freezeResult } from "../_internal/freeze.js";
import { sumCells, type CellPart } from "../_internal/sumCells.js";
import { ArgumentError } from "../errors.js";
import type { AgeBand } from "../classify/policeUkAgeBands.js";
import type { Baseline, BaselineGroup } from "./types.js";

/** Options for {@link rebandAges}. */
export interface RebandOptions {
  /**
   * `"none"` (default): a census band that straddles a new band's boundary is an error.
   * `"uniform"`: split it in proportion to the years on each side, assuming people are spread
   * evenly over the ages within a census band (the assumption is written into the source notes).
   */
  readonly split?: "none" | "uniform";
}

const FN = "rebandAges";

/**
 * Re-bands an age baseline (e.g. Census 2021 five-year bands) to the age bands an extract uses,
 * such as data.police.uk's `under 10, 10-17, 18-24, 25-34, over 34` ({@link policeUkAgeBands}).
 *
 * @remarks
 * Each new band sums the census bands inside it. A census band cut by a boundary (15–19 across
 * 17/18) is split only with `split: "uniform"`, which gives each side years/width of its people;
 * an open top band ("85 and over") is never split. Ages outside every new band are left out and
 * named in the notes; the table's total is kept. A suppressed census band is left out of the sum
 * and named in `suppressedParts`. Split populations are not whole numbers: round only when presenting.
 *
 * @param baseline - an age baseline whose groups carry `ages` or census age labels
 * @param bands - the new bands, not overlapping
 * @param options - `split` (default `"none"`)
 * @returns a frozen {@link Baseline} whose groups are the new bands
 * @throws {@link ArgumentError} for overlapping bands, unreadable age groups, or a straddled band
 *   without `split: "uniform"`
 *
 * @example
 * ```ts
 * const csv = "geography code,Age: Total,Age: Aged 9 years and under,Age: Aged 10 to 14 years,Age: Aged 15 to 19 years,Age: Aged 20 years and over\nA,1000,100,50,50,800";
 * const bands = rebandAges(baselineFromCensusCsv(csv), [{ group: "under 15", from: 0, to: 14 }, { group: "15-17", from: 15, to: 17 }, { group: "18+", from: 18, to: null }], { split: "uniform" });
 * bands.groups.map((g) => g.population) // => [150, 30, 820]
 * ```
 */
export function rebandAges(baseline: Baseline, bands: readonly AgeBand[], options?: RebandOptions): Baseline {
  const b = checkBaseline(FN, "baseline", baseline);
  const split = checkOptions(FN, options).split ?? "none";
  if (split !== "none" && split !== "uniform") throw new ArgumentError(FN, "options.split", 'must be "none" or "uniform"', split);
  checkAgeBands(FN, "bands", bands);
  const sources = b.groups.map((g) => {
    const ages = agesOf(g);
    if (!ages) throw new ArgumentError(FN, "baseline", "must have age groups (ages or census age labels)", g.group);
    return { ...g, ages };
  });
  const splits: string[] = [];
  const groups: BaselineGroup[] = bands.map((band) => {
    const parts: CellPart[] = [];
    for (const s of sources) {
      const from = Math.max(band.from, s.ages.from);
      const to = minAge(band.to, s.ages.to);
      if (to !== null && to < from) continue;
      let share = 1;
      if (from !== s.ages.from || to !== s.ages.to) {
        if (s.ages.to === null || to === null) throw new ArgumentError(FN, "bands", `must not cut the open band "${s.group}"`, band.group);
        if (split !== "uniform") throw new ArgumentError(FN, "bands", `cut the census band "${s.group}"; pass { split: "uniform" } to split it evenly by year of age`, band.group);
        share = (to - from + 1) / (s.ages.to - s.ages.from + 1);
        splits.push(`${to - from + 1} of ${s.ages.to - s.ages.from + 1} years of "${s.group}" to "${band.group}"`);
      }
      parts.push({ population: s.population, label: s.group, suppressedParts: s.suppressedParts, share });
    }
    return { group: band.group, ...sumCells(parts), ages: { from: band.from, to: band.to } };
  });
  const notes = [...b.source.notes, `Re-banded to ${bands.map((x) => x.group).join(", ")}`];
  if (splits.length > 0) notes.push(`Assumed ages spread evenly within census bands when splitting: ${splits.join("; ")}`);
  const left = sources.filter((s) => !covered(s.ages, bands));
  if (left.length > 0) notes.push(`Ages outside the new bands left out (wholly or partly): ${left.map((s) => s.group).join(", ")}`);
  return freezeResult({ ...b, groups, source: { ...b.source, notes } });
}

function minAge(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

/** Whether the bands cover every year of `ages`, walking upward from its first year. */
function covered(ages: { from: number; to: number | null }, bands: readonly AgeBand[]): boolean {
  let next = ages.from;
  for (const band of [...bands].sort((x, y) => x.from - y.from)) {
    if (band.to !== null && band.to < next) continue;
    if (band.from > next) return false;
    if (band.to === null) return true;
    next = band.to + 1;
    if (ages.to !== null && next > ages.to) return true;
  }
  return false;
}
