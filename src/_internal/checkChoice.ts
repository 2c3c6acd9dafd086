import { ArgumentError } from "../errors.js";

/** Checks an option is one of the allowed names, naming the option itself (e.g. `options.adjust`) in the error. */
export function checkChoice<M extends string>(fn: string, param: string, value: unknown, allowed: readonly M[], fallback: M): M {
  if (value === undefined) return fallback;
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw new ArgumentError(fn, param, `must be one of ${allowed.map((m) => `"${m}"`).join(", ")}`, value);
  }
  return value as M;
}
