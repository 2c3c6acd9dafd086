import { ArgumentError } from "../errors.js";
import type { Sex } from "../types.js";

/** A relevant employee as the gender pay gap reads one. */
export interface GapPerson {
  /** Hourly pay; `null` only for an employee not on full pay. */
  readonly hourlyPay: number | null;
  readonly fullPay: boolean;
  readonly bonus: number;
}

/** The employees split by sex, with those in no figure counted. */
export interface GapInput {
  readonly men: GapPerson[];
  readonly women: GapPerson[];
  /** Relevant employees recorded as `"Other"` or `"Unknown"`, and records with no pay (not relevant employees). */
  readonly excluded: { other: number; unknown: number; unpaid: number };
}

const SEXES: readonly Sex[] = ["Male", "Female", "Other", "Unknown"];

/** A non-negative finite number, or `fallback` when null or absent. */
function amount(fn: string, param: string, value: unknown, fallback: number | null): number | null {
  if (value === null || value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value)) throw new ArgumentError(fn, param, "must be a finite number or null", value);
  if (value < 0) throw new ArgumentError(fn, param, "must not be negative", value);
  return value;
}

/**
 * Reads and checks the employees of `genderPayGap`: `sex` one of the Sex labels; `fullPay` true,
 * false, null or absent (only `false` is "not full pay"); `hourlyPay` a number ≥ 0 or null; `bonus`
 * a number ≥ 0 (null or absent: 0). A record with no hourly pay that is not marked `fullPay: false`
 * is unpaid (a special constable, a volunteer): not a relevant employee, counted in `excluded.unpaid`.
 * A record marked `fullPay: false` is relevant even with no hourly pay (nil pay while on leave).
 */
export function readGapInput(fn: string, employees: unknown): GapInput {
  if (!Array.isArray(employees)) throw new ArgumentError(fn, "employees", "must be an array of employee records", employees);
  const input: GapInput = { men: [], women: [], excluded: { other: 0, unknown: 0, unpaid: 0 } };
  employees.forEach((raw: unknown, i) => {
    const where = `employees[${i}]`;
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) throw new ArgumentError(fn, where, "must be an object", raw);
    const e = raw as Record<string, unknown>;
    const sex = e["sex"];
    if (typeof sex !== "string" || !(SEXES as readonly string[]).includes(sex)) {
      throw new ArgumentError(fn, `${where}.sex`, `must be one of ${SEXES.map((s) => `"${s}"`).join(", ")}`, sex, "read raw values with classifySex");
    }
    const flag = e["fullPay"];
    if (flag !== undefined && flag !== null && typeof flag !== "boolean") throw new ArgumentError(fn, `${where}.fullPay`, "must be true, false or null", flag);
    const fullPay = flag !== false;
    const hourlyPay = amount(fn, `${where}.hourlyPay`, e["hourlyPay"], null);
    const bonus = amount(fn, `${where}.bonus`, e["bonus"], 0) as number;
    if (hourlyPay === null && fullPay) input.excluded.unpaid++;
    else if (sex === "Male") input.men.push({ hourlyPay, fullPay, bonus });
    else if (sex === "Female") input.women.push({ hourlyPay, fullPay, bonus });
    else input.excluded[sex === "Other" ? "other" : "unknown"]++;
  });
  return input;
}

/** Checks an ISO date `YYYY-MM-DD` that exists in the calendar. */
export function checkIsoDate(fn: string, param: string, value: unknown): string {
  const match = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value as string;
  }
  throw new ArgumentError(fn, param, "must be a calendar date written YYYY-MM-DD", value);
}
