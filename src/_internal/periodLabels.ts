import { ArgumentError } from "../errors.js";
import { financialYearLabel } from "./periodMonth.js";

/** A financial quarter: the start year of its financial year and its number, 1 (April–June) to 4. */
export interface Quarter {
  readonly start: number;
  readonly quarter: number;
}

const QUARTER = /^(\d{4})\/(\d{2}) Q([1-4])$/;
const YEAR = /^(\d{4})\/(\d{2})$/;

/** The start year of a financial-year label such as `"2019/20"`, or `null` for other text. */
export function yearLabelStart(text: string): number | null {
  const match = YEAR.exec(text);
  if (!match) return null;
  const start = Number(match[1]);
  return start >= 1000 && financialYearLabel(start) === text ? start : null;
}

/** The quarter of a label such as `"2019/20 Q1"`, or `null` for other text. */
export function quarterOfLabel(text: string): Quarter | null {
  const match = QUARTER.exec(text);
  if (!match) return null;
  const start = yearLabelStart(`${match[1]}/${match[2]}`);
  return start === null ? null : { start, quarter: Number(match[3]) };
}

/** Reads a quarter label argument, throwing an {@link ArgumentError} for anything else. */
export function checkQuarterLabel(fn: string, param: string, value: unknown): Quarter {
  const quarter = typeof value === "string" ? quarterOfLabel(value) : null;
  if (quarter === null) throw new ArgumentError(fn, param, 'must be a financial quarter label such as "2019/20 Q1"', value);
  return quarter;
}

/** A quarter's label, e.g. `"2019/20 Q1"`. */
export function quarterLabel({ start, quarter }: Quarter): string {
  return `${financialYearLabel(start)} Q${quarter}`;
}

/** Quarters counted from 1000/01 Q1, so that quarters can be stepped and compared. */
export function quarterIndex({ start, quarter }: Quarter): number {
  return (start - 1000) * 4 + quarter - 1;
}

/** The quarter of an index from {@link quarterIndex}, throwing when it falls outside 1000/01–9999/00. */
export function quarterAt(fn: string, param: string, received: unknown, index: number): Quarter {
  if (index < 0 || index >= 9000 * 4) throw new ArgumentError(fn, param, "must leave a result within 1000/01 Q1 to 9999/00 Q4", received);
  return { start: 1000 + Math.floor(index / 4), quarter: (index % 4) + 1 };
}
