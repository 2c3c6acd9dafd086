import type { PayRecord } from "./payGroups.js";
import { mean, median } from "./payStats.js";
import { welchGap } from "./welchGap.js";

/** The settings of an audit, checked. */
export interface AuditSettings {
  readonly reference: string;
  readonly labels: readonly string[];
  readonly level: number;
  readonly threshold: number;
  readonly pattern: number;
  readonly recurring: number;
  readonly minimumGroupSize: number;
  readonly measure: "mean" | "median";
}

/** Gaps are compared with thresholds to within this many percentage points (rounding noise). */
const SLACK = 1e-9;

/** Whether |gap| reaches a limit given as a fraction (0.05 → 5%). */
export const reaches = (gap: number | null, limit: number) => gap !== null && Math.abs(gap) + SLACK >= limit * 100;

const gapOf = (r: number, g: number) => ((r - g) / r) * 100;

/** One grade's comparison of a group with the reference, before pattern flags are set. */
function comparison(ref: readonly number[], pay: readonly number[], group: string, s: AuditSettings) {
  const n = { group: pay.length, reference: ref.length };
  const blank = { meanGap: null, medianGap: null, direction: null, interval: null, exceedsThreshold: false, recurringPattern: false };
  if (ref.length === 0) return { group, status: "no-reference" as const, n, ...blank, intervalStatus: "no-reference" as const };
  const mr = mean(ref);
  if (mr === 0) return { group, status: "zero-reference" as const, n, ...blank, intervalStatus: "zero-reference" as const };
  const mdr = median(ref);
  const meanGap = gapOf(mr, mean(pay));
  const medianGap = mdr === 0 ? null : gapOf(mdr, median(pay));
  const status = pay.length < s.minimumGroupSize || ref.length < s.minimumGroupSize ? ("too-few" as const) : ("ok" as const);
  const measured = s.measure === "mean" ? meanGap : medianGap;
  const direction = measured === null ? null : measured > 0 ? ("group-lower" as const) : measured < 0 ? ("group-higher" as const) : ("equal" as const);
  const welch = welchGap(ref, pay, s.level);
  const interval = welch.status === "ok" ? { lower: welch.lower, upper: welch.upper, level: s.level, method: "welch" as const, df: welch.df, t: welch.t, pValue: welch.pValue } : null;
  return {
    group, status, n, meanGap, medianGap, direction, interval, intervalStatus: welch.status,
    exceedsThreshold: status === "ok" && reaches(measured, s.threshold),
    recurringPattern: false,
  };
}

/** A grade's summary and comparisons (pattern flags still false). */
export function gradeRow(grade: string, members: readonly PayRecord[], s: AuditSettings) {
  const pays = new Map<string, number[]>();
  for (const m of members) if (m.group !== null) pays.set(m.group, [...(pays.get(m.group) ?? []), m.pay as number]);
  const present = s.labels.filter((l) => pays.has(l));
  const ref = pays.get(s.reference) ?? [];
  return {
    grade,
    employees: members.length,
    groups: present.map((group) => {
      const pay = pays.get(group) as number[];
      return { group, n: pay.length, meanHourlyPay: mean(pay), medianHourlyPay: median(pay) };
    }),
    comparisons: present.filter((g) => g !== s.reference).map((g) => comparison(ref, pays.get(g) as number[], g, s)),
  };
}

type Row = ReturnType<typeof gradeRow>;

/**
 * Marks the recurring patterns: for each group and direction, the grades whose measured gap
 * (status `"ok"`) reaches `pattern`; when there are at least `recurring` of them, each is flagged.
 */
export function markPatterns(rows: readonly Row[], s: AuditSettings) {
  const found = new Map<string, { group: string; direction: "group-lower" | "group-higher"; grades: string[] }>();
  for (const row of rows) {
    for (const c of row.comparisons) {
      const measured = s.measure === "mean" ? c.meanGap : c.medianGap;
      if (c.status !== "ok" || !reaches(measured, s.pattern) || c.direction === null || c.direction === "equal") continue;
      const key = `${c.group}\u0000${c.direction}`;
      const entry = found.get(key) ?? { group: c.group, direction: c.direction, grades: [] };
      entry.grades.push(row.grade);
      found.set(key, entry);
    }
  }
  const patterns = [...found.values()].filter((p) => p.grades.length >= s.recurring);
  const grades = rows.map((row) => ({
    ...row,
    comparisons: row.comparisons.map((c) => ({
      ...c,
      recurringPattern: patterns.some((p) => p.group === c.group && p.direction === c.direction && p.grades.includes(row.grade)),
    })),
  }));
  return { grades, patterns };
}
