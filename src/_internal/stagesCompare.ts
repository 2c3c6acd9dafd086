import { proportion, type ProportionEstimate, type ProportionMethod } from "../stats/proportion.js";
import { riskRatio, type RiskRatioEstimate, type RiskRatioMethod } from "../stats/riskRatio.js";

/** Why a group's rate or ratio is or is not given (see each measure's documentation). */
export type ComparisonRowStatus = "ok" | "reference" | "zero-denominator" | "exceeds-denominator" | "missing-denominator" | "reference-unavailable";

/** One group's events out of its denominator; `total` is null where the denominator is missing (suppressed). */
export interface EventsRow {
  readonly group: string;
  readonly events: number;
  readonly total: number | null;
}

/** The rate options shared by the measures. */
export interface CompareSettings {
  readonly level: number;
  readonly method: RiskRatioMethod;
  readonly proportionMethod: ProportionMethod;
}

/** The status, rate and ratio of each row, the rate by {@link proportion} and the ratio by {@link riskRatio} against the reference row. */
export function compareToReference(rows: readonly EventsRow[], reference: string, settings: CompareSettings) {
  const { level, method, proportionMethod } = settings;
  const rated = rows.map((row) => {
    const status: ComparisonRowStatus =
      row.total === null ? "missing-denominator" : row.total === 0 ? "zero-denominator" : row.events > row.total ? "exceeds-denominator" : "ok";
    const rate: ProportionEstimate | null = status === "ok" ? proportion(row.events, row.total as number, { level, method: proportionMethod }) : null;
    return { row, status, rate };
  });
  const ref = rated.find((r) => r.row.group === reference);
  return rated.map(({ row, status, rate }) => {
    if (status !== "ok") return { status, rate, ratio: null };
    if (row.group === reference) return { status: "reference" as const, rate, ratio: null };
    if (!ref || ref.status !== "ok") return { status: "reference-unavailable" as const, rate, ratio: null };
    const group = { events: row.events, total: row.total as number };
    const base = { events: ref.row.events, total: ref.row.total as number };
    const ratio: RiskRatioEstimate | null = riskRatio(group, base, { level, method });
    return { status, rate, ratio };
  });
}
