import type { EqualPayAuditResult } from "../../paygap/equalPayAudit.js";
import type { PayGapResult, PayGapValue, PayGroupRow, PayQuarters } from "../../paygap/payGap.js";
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

const QUARTERS: readonly (keyof PayQuarters)[] = ["lower", "lowerMiddle", "upperMiddle", "upper"];

/** A gap as `name`, `nameStatus` and, for the hourly gaps, `nameLower`, `nameUpper` (the bootstrap limits, null without). */
function gapCells(name: string, g: PayGapValue, limits: boolean): Record<string, ResultCell> {
  const cells: Record<string, ResultCell> = { [name]: finite(g.value), [`${name}Status`]: g.status };
  return limits ? { ...cells, [`${name}Lower`]: finite(g.interval?.lower), [`${name}Upper`]: finite(g.interval?.upper) } : cells;
}

/**
 * One row per known group, then the aggregate row (`aggregate` true) when there is one: the
 * group's figures, its four gaps against the reference (percent) with their statuses and the
 * hourly gaps' bootstrap limits, and its share of each pay quarter (null for the aggregate).
 */
export function payGapRows(t: PayGapResult): BuiltTable {
  const gaps = ["meanHourlyGap", "medianHourlyGap"].flatMap((g) => [g, `${g}Status`, `${g}Lower`, `${g}Upper`]);
  const bonusGaps = ["meanBonusGap", "medianBonusGap"].flatMap((g) => [g, `${g}Status`]);
  const quarters = QUARTERS.map((q) => `${q}QuarterShare`);
  const columns = [
    "group", "isReference", "aggregate", "status", "employees", "share", "fullPayEmployees", "meanHourlyPay", "medianHourlyPay", "bonusRecipients", "bonusProportion",
    "meanBonus", "medianBonus", ...gaps, ...bonusGaps, ...quarters, "reference", "by", "method", "level",
  ];
  const level = [...t.groups, ...(t.aggregate === null ? [] : [t.aggregate])].flatMap((r) => [r.meanHourlyGap.interval, r.medianHourlyGap.interval]).find((i) => i !== null)?.level ?? null;
  const row = (r: PayGroupRow, aggregate: boolean): Record<string, ResultCell> => ({
    group: r.group, isReference: r.isReference, aggregate, status: r.status, employees: r.employees, share: finite(r.share), fullPayEmployees: r.fullPayEmployees,
    meanHourlyPay: finite(r.meanHourlyPay), medianHourlyPay: finite(r.medianHourlyPay), bonusRecipients: r.bonusRecipients, bonusProportion: finite(r.bonusProportion),
    meanBonus: finite(r.meanBonus), medianBonus: finite(r.medianBonus), ...gapCells("meanHourlyGap", r.meanHourlyGap, true), ...gapCells("medianHourlyGap", r.medianHourlyGap, true),
    ...gapCells("meanBonusGap", r.meanBonusGap, false), ...gapCells("medianBonusGap", r.medianBonusGap, false),
    ...Object.fromEntries(QUARTERS.map((q) => [`${q}QuarterShare`, aggregate ? null : finite(t.quartiles[q].shares[r.group])])),
    reference: t.reference, by: t.by, method: t.method, level,
  });
  const rows = [...t.groups.map((r) => row(r, false)), ...(t.aggregate === null ? [] : [row(t.aggregate, true)])];
  return built(`Pay gaps by ${t.by}${t.reference === null ? "" : ` against ${t.reference}`}`, columns, rows, () => null, "group");
}

/**
 * One row per grade and compared group (grades in label order): both groups' n, mean and median
 * hourly pay, the mean and median gaps (percent), Welch's interval and p-value for the mean gap,
 * and the flags.
 */
export function equalPayAuditRows(t: EqualPayAuditResult): BuiltTable {
  const columns = [
    "grade", "group", "status", "n", "referenceN", "meanHourlyPay", "medianHourlyPay", "referenceMeanHourlyPay", "referenceMedianHourlyPay", "meanGap", "medianGap",
    "direction", "lower", "upper", "pValue", "method", "intervalStatus", "exceedsThreshold", "recurringPattern", "reference", "by", "level",
  ];
  const rows = t.grades.flatMap((g) => g.comparisons.map((c) => {
    const own = g.groups.find((x) => x.group === c.group);
    const ref = g.groups.find((x) => x.group === t.reference);
    return {
      grade: g.grade, group: c.group, status: c.status, n: c.n.group, referenceN: c.n.reference, meanHourlyPay: finite(own?.meanHourlyPay), medianHourlyPay: finite(own?.medianHourlyPay),
      referenceMeanHourlyPay: finite(ref?.meanHourlyPay), referenceMedianHourlyPay: finite(ref?.medianHourlyPay), meanGap: finite(c.meanGap), medianGap: finite(c.medianGap),
      direction: c.direction, lower: finite(c.interval?.lower), upper: finite(c.interval?.upper), pValue: finite(c.interval?.pValue), method: c.interval?.method ?? null,
      intervalStatus: c.intervalStatus, exceedsThreshold: c.exceedsThreshold, recurringPattern: c.recurringPattern, reference: t.reference, by: t.by, level: t.settings.level,
    };
  }));
  return built(`Equal pay audit: ${t.by} within ${t.within}${t.reference === null ? "" : ` against ${t.reference}`}`, columns, rows, () => null);
}
