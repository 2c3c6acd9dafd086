import { ArgumentError } from "../errors.js";
import { labelKey } from "./referenceGroup.js";

/** One employee as the pay-group functions read it. */
export interface PayRecord {
  /** The group (value of the `by` field), or `null` when not disclosed. */
  readonly group: string | null;
  /** Ordinary hourly pay, or `null` for someone unpaid (not a relevant employee). */
  readonly pay: number | null;
  /** A full-pay relevant employee (true unless `fullPay` is `false`). */
  readonly fullPay: boolean;
  /** Bonus pay in the twelve months to the snapshot (0 when absent). */
  readonly bonus: number;
  /** The value of the `within` field (grade or rank), or `null` when blank. */
  readonly stratum: string | null;
}

/** Labels read as "not disclosed" (compared trimmed and lower-case), besides null and blank. */
const NOT_DISCLOSED = new Set(["unknown", "not stated", "not known", "prefer not to say", "not disclosed"]);

/** Checks that `options[param]` names a field some employee carries, and returns it. */
export function checkField(fn: string, param: string, value: unknown, employees: readonly object[]): string {
  if (typeof value !== "string" || value.trim() === "") throw new ArgumentError(fn, `options.${param}`, "must be a field name (a non-empty string)", value);
  const records = employees.every((e) => e !== null && typeof e === "object"); // else the reader names the bad element
  if (records && employees.length > 0 && !employees.some((e) => value in e)) {
    throw new ArgumentError(fn, `options.${param}`, "must name a field of the employees", value);
  }
  return value;
}

/** A label read from a field: strings and numbers as text, `null` for blanks and "not disclosed" labels. */
function label(fn: string, param: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") throw new ArgumentError(fn, param, "must be a string, a number or null", value);
  const text = value.trim();
  return text === "" || NOT_DISCLOSED.has(labelKey(text)) ? null : text;
}

/** An optional non-negative number field, `fallback` when null or absent. */
function amount(fn: string, param: string, value: unknown, fallback: number | null): number | null {
  if (value === null || value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value)) throw new ArgumentError(fn, param, "must be a finite number or null", value);
  if (value < 0) throw new ArgumentError(fn, param, "must not be negative", value);
  return value;
}

/**
 * Reads and checks the employees: `hourlyPay` (null or absent: unpaid, not a relevant employee),
 * `fullPay` (false only when `false`), `bonus` (0 when null or absent), the `by` field and, when
 * given, the `within` field.
 */
export function readPayRecords(fn: string, employees: unknown, by: string, within?: string): PayRecord[] {
  if (!Array.isArray(employees)) throw new ArgumentError(fn, "employees", "must be an array of employee records", employees);
  return employees.map((raw: unknown, i) => {
    const where = `employees[${i}]`;
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) throw new ArgumentError(fn, where, "must be an object", raw);
    const e = raw as Record<string, unknown>;
    const fullPay = e["fullPay"];
    if (fullPay !== undefined && fullPay !== null && typeof fullPay !== "boolean") {
      throw new ArgumentError(fn, `${where}.fullPay`, "must be true, false or null", fullPay);
    }
    return {
      group: label(fn, `${where}.${by}`, e[by]),
      pay: amount(fn, `${where}.hourlyPay`, e["hourlyPay"], null),
      fullPay: fullPay !== false,
      bonus: amount(fn, `${where}.bonus`, e["bonus"], 0) as number,
      stratum: within === undefined ? null : label(fn, `${where}.${within}`, e[within]),
    };
  });
}

/** Known group labels in a stable order (code-unit order), each once. */
export function groupLabels(records: readonly PayRecord[]): string[] {
  const labels = new Set<string>();
  for (const r of records) if (r.group !== null) labels.add(r.group);
  return [...labels].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Labels that are the default reference when present, in order of preference. */
const DEFAULT_REFERENCES = ["white", "not disabled", "male"];

/**
 * The reference group: the one requested (matched ignoring case and outer spaces), else "White",
 * "Not disabled" or "Male" when present, else the largest group (the first in label order on a tie).
 */
export function payReference(fn: string, labels: readonly string[], records: readonly PayRecord[], requested: unknown): string | null {
  if (requested !== undefined) {
    const found = typeof requested === "string" ? labels.find((l) => labelKey(l) === labelKey(requested)) : undefined;
    if (found === undefined) throw new ArgumentError(fn, "options.reference", `must name a group present in the data (${labels.join(", ") || "none"})`, requested);
    return found;
  }
  for (const key of DEFAULT_REFERENCES) {
    const found = labels.find((l) => labelKey(l) === key);
    if (found !== undefined) return found;
  }
  const sizes = new Map<string, number>();
  for (const r of records) if (r.group !== null) sizes.set(r.group, (sizes.get(r.group) ?? 0) + 1);
  let best: string | null = null;
  for (const l of labels) if (best === null || (sizes.get(l) ?? 0) > (sizes.get(best) ?? 0)) best = l;
  return best;
}
