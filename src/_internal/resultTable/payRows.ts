import type { GenderPayGap, GenderPayGapBand, GenderPayGapInterval, GenderPayGapPair } from "../../paygap/genderPayGap.js";
import type { RepresentationResult, RepresentationTable } from "../../paygap/representation.js";
import { payQuartilesSpec } from "../../report/payQuartilesSpec.js";
import type { ResultCell } from "../../report/resultTableTypes.js";
import { built, estimateCells, finite, type BuiltTable } from "./cells.js";

/** One row per stratum and group (the whole workforce first, stratum `null`): shares and the representation ratio. */
export function representationRows(t: RepresentationResult): BuiltTable {
  const columns = ["stratum", "group", "count", "population", "populationShare", "share", "shareLower", "shareUpper", "shareMethod", "ratio", "ratioLower", "ratioUpper", "ratioMethod", "status", "level"];
  const rows = [t.overall, ...t.strata].flatMap((s: RepresentationTable) => s.rows.map((r) => ({
    stratum: s.stratum, group: r.group, count: r.count, population: r.population, populationShare: finite(r.populationShare),
    ...estimateCells("share", r.share), ...estimateCells("ratio", r.ratio), status: r.status, level: t.level,
  })));
  return built(`Representation by ${t.dimension} against the ${t.area.name} population (Census ${t.census})`, columns, rows, () => null);
}

const BANDS: readonly [GenderPayGapBand, string][] = [["lower", "Lower quartile band"], ["lowerMiddle", "Lower middle quartile band"], ["upperMiddle", "Upper middle quartile band"], ["upper", "Upper quartile band"]];

/**
 * One row per statutory figure: the four gaps (percent) with the men's and women's averages, the
 * bonus proportions and the four quartile bands (percent men and women), and bootstrap limits
 * for the hourly gaps when they were asked for.
 */
export function genderPayGapRows(t: GenderPayGap): BuiltTable {
  const columns = ["measure", "gap", "male", "female", "unit", "status", "lower", "upper", "method", "level"];
  const interval = (i: GenderPayGapInterval | undefined) => (t.intervals === null || i === undefined
    ? {}
    : { lower: finite(i.lower), upper: finite(i.upper), method: t.intervals.method, level: t.intervals.level });
  const gap = (measure: string, value: number | null, pair: GenderPayGapPair<number | null>, unit: string, status: string, i?: GenderPayGapInterval): Record<string, ResultCell> => ({
    measure, gap: finite(value), male: finite(pair.male), female: finite(pair.female), unit, status, ...interval(i),
  });
  const rows = [
    gap("Mean hourly pay gap", t.meanHourlyGap, t.averages.meanHourly, "£ per hour", t.statuses.meanHourlyGap, t.intervals?.meanHourlyGap),
    gap("Median hourly pay gap", t.medianHourlyGap, t.averages.medianHourly, "£ per hour", t.statuses.medianHourlyGap, t.intervals?.medianHourlyGap),
    gap("Mean bonus gap", t.meanBonusGap, t.averages.meanBonus, "£", t.statuses.meanBonusGap),
    gap("Median bonus gap", t.medianBonusGap, t.averages.medianBonus, "£", t.statuses.medianBonusGap),
    gap("Bonus proportion", null, t.bonusProportions, "%", t.statuses.bonusProportions),
    ...BANDS.map(([band, name]) => gap(name, null, t.quartiles[band], "%", t.statuses.quartiles)),
  ];
  const title = `Gender pay gap (${t.regulation})${t.snapshotDate === null ? "" : `, snapshot ${t.snapshotDate}`}`;
  return built(title, columns, rows, () => payQuartilesSpec(t), "measure");
}
