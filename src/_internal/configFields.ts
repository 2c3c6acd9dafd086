import { ArgumentError } from "../errors.js";

/** The JSON path of `key` inside the object at `path` (`""` is the top level). */
export function childPath(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return path === "" ? key : `${path}.${key}`;
}

/** The Levenshtein distance between two strings (insertions, deletions and substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length] as number;
}

/**
 * The allowed key an unknown key was probably meant to be: the nearest within a case-insensitive
 * edit distance of 2 (and less than the shorter word's length, so `"fr"` does not suggest `"en"`),
 * else the first allowed key that contains it or that it contains (the shorter being 4 letters or
 * more), as in `"baselinePeriod"` for `"baseline"`; `undefined` when none fits.
 */
export function suggestKey(key: string, allowed: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of allowed) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance && distance < Math.min(lower.length, candidate.length)) [best, bestDistance] = [candidate, distance];
  }
  if (best !== undefined) return best;
  const contains = (a: string, b: string) => b.length >= 4 && a.includes(b);
  return allowed.find((candidate) => contains(lower, candidate.toLowerCase()) || contains(candidate.toLowerCase(), lower));
}

/** Checks a config value is a plain object whose keys are all allowed, and returns it. */
export function configObject(fn: string, path: string, value: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new ArgumentError(fn, path === "" ? "config" : path, "must be an object", value);
  }
  const record = value as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !allowed.includes(key));
  const [first, ...others] = unknown;
  if (first !== undefined) {
    const suggestion = suggestKey(first, allowed);
    const hints = [suggestion === undefined ? "" : `did you mean "${suggestion}"?`, others.length ? `also unknown: ${others.map((k) => `"${k}"`).join(", ")}` : ""];
    const where = path === "" ? "the config" : path;
    const rule = `is not a known key (${where} takes ${allowed.map((k) => `"${k}"`).join(", ")})`;
    throw new ArgumentError(fn, childPath(path, first), rule, record[first], hints.filter(Boolean).join("; ") || undefined);
  }
  return record;
}

/** Checks a required config value is a non-empty string. */
export function configString(fn: string, path: string, value: unknown): string {
  if (value === undefined) throw new ArgumentError(fn, path, "must be given (a non-empty string)", value);
  if (typeof value !== "string" || value.trim() === "") throw new ArgumentError(fn, path, "must be a non-empty string", value);
  return value;
}

/** Checks an optional config value is a boolean, returning `fallback` when it is absent. */
export function configBoolean(fn: string, path: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") throw new ArgumentError(fn, path, "must be true or false", value);
  return value;
}

/** Checks an optional config value is one of the allowed strings, returning `fallback` when it is absent. */
export function configChoice<C extends string>(fn: string, path: string, value: unknown, allowed: readonly C[], fallback?: C): C {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    const suggestion = typeof value === "string" ? suggestKey(value, allowed) : undefined;
    const rule = `${value === undefined ? "must be given: " : "must be "}one of ${allowed.map((c) => `"${c}"`).join(", ")}`;
    throw new ArgumentError(fn, path, rule, value, suggestion === undefined ? undefined : `did you mean "${suggestion}"?`);
  }
  return value as C;
}
