import { ArgumentError } from "../errors.js";

/** Checks an options argument is absent or a plain object, and returns it as an object. */
export function checkOptions<T extends object>(fn: string, options: T | undefined): Partial<T> {
  if (options === undefined) return {};
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new ArgumentError(fn, "options", "must be an object or undefined", options);
  }
  return options;
}

/** Checks a confidence level is a fraction in (0, 1), suggesting the fraction for a percentage. */
export function checkLevel(fn: string, level: unknown = 0.95): number {
  if (typeof level !== "number" || !Number.isFinite(level) || level <= 0 || level >= 1) {
    const hint = typeof level === "number" && level > 1 && level < 100 ? `did you mean ${level / 100}?` : undefined;
    throw new ArgumentError(fn, "options.level", "must be a fraction strictly between 0 and 1", level, hint);
  }
  return level;
}

/** Checks a value is a finite number that is at least 0. */
export function checkNonNegative(fn: string, param: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new ArgumentError(fn, param, "must be a finite number", value);
  }
  if (value < 0) throw new ArgumentError(fn, param, "must not be negative", value);
  return value;
}

/** Checks a value is a finite number greater than 0. */
export function checkPositive(fn: string, param: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new ArgumentError(fn, param, "must be a finite number", value);
  }
  if (value <= 0) throw new ArgumentError(fn, param, "must be greater than 0", value);
  return value;
}

/** Checks a value is a non-negative integer (`why` says which rule needs it). */
export function checkCount(fn: string, param: string, value: unknown, why = ""): number {
  const count = checkNonNegative(fn, param, value);
  if (!Number.isInteger(count)) throw new ArgumentError(fn, param, `must be a whole number${why}`, value);
  return count;
}

/** Checks a value is one of the allowed method names. */
export function checkMethod<M extends string>(fn: string, value: unknown, allowed: readonly M[], fallback: M): M {
  if (value === undefined) return fallback;
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw new ArgumentError(fn, "options.method", `must be one of ${allowed.map((m) => `"${m}"`).join(", ")}`, value);
  }
  return value as M;
}

/** Checks a value is a plain object and returns it, so its fields can be checked in turn. */
export function checkRecord(fn: string, param: string, value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new ArgumentError(fn, param, "must be an object", value);
  }
  return value as Record<string, unknown>;
}

/** Checks a `{ count, population }` argument; `integer` demands a whole count. */
export function checkCountAndPopulation(fn: string, param: string, value: unknown, integer: boolean) {
  const record = checkRecord(fn, param, value);
  const count = integer
    ? checkCount(fn, `${param}.count`, record["count"], " for this method")
    : checkNonNegative(fn, `${param}.count`, record["count"]);
  const population = checkPositive(fn, `${param}.population`, record["population"]);
  return { count, population };
}

/** Checks an `{ events, total }` argument: whole numbers with 0 ≤ events ≤ total and total > 0. */
export function checkEventsAndTotal(fn: string, param: string, value: unknown) {
  const record = checkRecord(fn, param, value);
  const events = checkCount(fn, `${param}.events`, record["events"]);
  const total = checkCount(fn, `${param}.total`, record["total"]);
  if (total === 0) throw new ArgumentError(fn, `${param}.total`, "must be greater than 0", total);
  if (events > total) throw new ArgumentError(fn, `${param}.events`, `must not exceed ${param}.total (${total})`, events);
  return { events, total };
}
