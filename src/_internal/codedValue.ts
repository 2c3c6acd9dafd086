import type { ColumnSpec, FieldResult } from "../csv/types.js";
import { markPure } from "./pureParse.js";

const key = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * A column whose values come from a code list: each accepted label (any case) maps to its
 * canonical value; blank is `null`; anything else is `"Unknown"` and counted as unrecognised.
 */
export function codedValue(names: readonly string[], labels: Readonly<Record<string, string>>, options: { required?: boolean; optional?: boolean } = {}): ColumnSpec {
  const lookup = new Map(Object.entries(labels).map(([label, value]) => [key(label), value]));
  return {
    names,
    ...options,
    parse: markPure((raw): FieldResult => {
      if (raw === "") return { value: null };
      const value = lookup.get(key(raw));
      return value === undefined ? { value: "Unknown", unrecognised: true } : { value };
    }),
  };
}
