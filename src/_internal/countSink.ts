import type { CountRow } from "../csv/types.js";

/** Counts records by the values of some fields in a map keyed by the joined values (constant memory in rows). */
export function countSink(by: readonly string[]) {
  const counts = new Map<string, { key: unknown[]; count: number }>();
  return {
    add(record: Readonly<Record<string, unknown>>) {
      const key = by.map((field) => record[field] ?? null);
      const id = JSON.stringify(key);
      const entry = counts.get(id);
      if (entry) entry.count++;
      else counts.set(id, { key, count: 1 });
    },
    rows(): CountRow[] {
      const compare = (a: unknown, b: unknown) => String(a ?? "").localeCompare(String(b ?? ""));
      return [...counts.values()]
        .sort((a, b) => a.key.reduce<number>((c, v, i) => c || compare(v, b.key[i]), 0))
        .map(({ key, count }) => Object.freeze({ ...Object.fromEntries(by.map((field, i) => [field, key[i]])), count }) as CountRow);
    },
  };
}
