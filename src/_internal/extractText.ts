import { ArgumentError } from "../errors.js";

/**
 * Reads a raw extract value for a classifier: the trimmed text, or `null` when the value is
 * `undefined`, `null` or blank. Anything else that is not a string is an invalid argument.
 */
export function extractText(fn: string, param: string, raw: unknown): string | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== "string") throw new ArgumentError(fn, param, "must be a string, null or undefined", raw);
  const text = raw.trim();
  return text === "" ? null : text;
}

/**
 * The look-up key of a label, so that matching ignores case, surrounding and repeated spaces,
 * non-breaking spaces, the kind of dash, and spaces around `/` and `,`:
 * `"Mixed / Multiple ethnic groups  –  White and Asian"` → `"mixed/multiple ethnic groups - white and asian"`.
 */
export function labelKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/ ?([/,]) ?/g, "$1")
    .trim();
}

/** A map from the keys of each entry's labels to the entry. */
export function keyed<T>(entries: readonly (readonly [readonly string[], T])[]): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [labels, value] of entries) for (const label of labels) map.set(labelKey(label), value);
  return map;
}
