import { bootstrapPayGap, type PayGapBootstrapSettings } from "./payGapBootstrap.js";
import type { PayRecord } from "./payGroups.js";
import { mean, median } from "./payStats.js";
import type { PayGapInterval } from "../paygap/payGap.js";

/** Why a gap has no value, or `"ok"` (`"reference"` for the reference group's own row, gap 0). */
export type GapStatus = "ok" | "reference" | "empty-reference" | "empty-group" | "zero-reference";


/** A gap in % of the reference figure, with its status and (hourly gaps, on request) an interval. */
export interface GapValue {
  readonly value: number | null;
  readonly status: GapStatus;
  readonly interval: PayGapInterval | null;
}

/** The figures of one group (or of several combined) before comparison. */
export interface GroupFigures {
  readonly employees: number;
  readonly fullPayEmployees: number;
  readonly bonusRecipients: number;
  readonly hourly: readonly number[];
  readonly bonuses: readonly number[];
}

/** Relevant employees of a group: full-pay hourly rates, bonuses of those paid one. */
export function groupFigures(members: readonly PayRecord[]): GroupFigures {
  const hourly = members.filter((m) => m.fullPay).map((m) => m.pay as number);
  const bonuses = members.filter((m) => m.bonus > 0).map((m) => m.bonus);
  return { employees: members.length, fullPayEmployees: hourly.length, bonusRecipients: bonuses.length, hourly, bonuses };
}

const average = (values: readonly number[], kind: "mean" | "median") => (values.length === 0 ? null : kind === "mean" ? mean(values) : median(values));

/** (reference − group) / reference × 100 for one average, with its status. */
export function gap(reference: readonly number[], group: readonly number[], kind: "mean" | "median", isReference: boolean): GapValue {
  if (isReference) return { value: 0, status: "reference", interval: null };
  const r = average(reference, kind);
  const g = average(group, kind);
  if (r === null) return { value: null, status: "empty-reference", interval: null };
  if (g === null) return { value: null, status: "empty-group", interval: null };
  if (r === 0) return { value: null, status: "zero-reference", interval: null };
  return { value: ((r - g) / r) * 100, status: "ok", interval: null };
}

/** The four gaps of a group against the reference; hourly gaps get bootstrap intervals when asked. */
export function groupGaps(reference: GroupFigures, group: GroupFigures, isReference: boolean, bootstrap: PayGapBootstrapSettings | null) {
  let meanHourlyGap = gap(reference.hourly, group.hourly, "mean", isReference);
  let medianHourlyGap = gap(reference.hourly, group.hourly, "median", isReference);
  if (bootstrap && !isReference && reference.hourly.length > 0 && group.hourly.length > 0) {
    const boot = bootstrapPayGap(reference.hourly, group.hourly, bootstrap);
    const common = { level: boot.level, method: boot.method, replicates: boot.replicates, seed: boot.seed };
    if (meanHourlyGap.status === "ok") meanHourlyGap = { ...meanHourlyGap, interval: { ...boot.mean, ...common } };
    if (medianHourlyGap.status === "ok") medianHourlyGap = { ...medianHourlyGap, interval: { ...boot.median, ...common } };
  }
  return {
    meanHourlyGap,
    medianHourlyGap,
    meanBonusGap: gap(reference.bonuses, group.bonuses, "mean", isReference),
    medianBonusGap: gap(reference.bonuses, group.bonuses, "median", isReference),
  };
}

/** The averages and counts of a group's row. */
export function groupAverages(figures: GroupFigures, workforce: number) {
  return {
    employees: figures.employees,
    share: workforce === 0 ? 0 : (100 * figures.employees) / workforce,
    fullPayEmployees: figures.fullPayEmployees,
    meanHourlyPay: average(figures.hourly, "mean"),
    medianHourlyPay: average(figures.hourly, "median"),
    bonusRecipients: figures.bonusRecipients,
    bonusProportion: figures.employees === 0 ? null : (100 * figures.bonusRecipients) / figures.employees,
    meanBonus: average(figures.bonuses, "mean"),
    medianBonus: average(figures.bonuses, "median"),
  };
}
