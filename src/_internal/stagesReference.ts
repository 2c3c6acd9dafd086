import { ArgumentError } from "../errors.js";

/** A label as matched between stages and options: trimmed and lower-cased. */
export function groupKey(label: string): string {
  return label.trim().toLowerCase();
}

/** Checks `options.unknown` (labels counted as unknown ethnicity) and returns their keys; default `["Unknown"]`. */
export function unknownKeys(fn: string, value: unknown): ReadonlySet<string> {
  if (value === undefined) return new Set(["unknown"]);
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    throw new ArgumentError(fn, "options.unknown", "must be an array of group labels", value);
  }
  return new Set((value as string[]).map(groupKey));
}

/**
 * The reference group: `requested` if given (it must be one of `groups`, matched ignoring case),
 * else "White" when present, else the largest group (the first of equals). Returns its label.
 */
export function chooseReference(fn: string, groups: readonly { group: string; size: number }[], requested: unknown): string {
  if (requested !== undefined) {
    const found = typeof requested === "string" ? groups.find((g) => groupKey(g.group) === groupKey(requested)) : undefined;
    if (!found) throw new ArgumentError(fn, "options.reference", `must name one of the compared groups (${groups.map((g) => g.group).join(", ")})`, requested);
    return found.group;
  }
  const white = groups.find((g) => groupKey(g.group) === "white");
  if (white) return white.group;
  let largest = groups[0];
  for (const g of groups) if (largest === undefined || g.size > largest.size) largest = g;
  if (!largest) throw new ArgumentError(fn, "counts", "must include at least one group of known ethnicity", groups.length);
  return largest.group;
}
