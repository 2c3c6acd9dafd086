import type { CountRow } from "../csv/types.js";

/** A cell of a {@link countSink}: its count may be added to directly. */
export interface CountCell {
  count: number;
}

interface Cell extends CountCell {
  /** The first record's values of the `by` fields (`null` for missing). */
  readonly key: unknown[];
  /** When the cell was first seen. */
  readonly order: number;
}

type Level = Map<unknown, Level | Cell>;

/** A value keyed as it is (strings, booleans, finite numbers, null), or `undefined` for one keyed by its JSON text. */
export function plainKey(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  const type = typeof value;
  if (type === "string" || type === "boolean") return value;
  if (type === "number") return Number.isFinite(value) ? value : null; // JSON writes NaN and ±Infinity as null
  return undefined;
}

/**
 * Counts records by the values of some fields (constant memory in rows). Two records share a cell
 * when their values, as a JSON array, are the same, and a cell keeps the first record's values.
 * Records whose values are all plain (strings, booleans, numbers, null) are counted through nested
 * maps without building the JSON text; the rest by their JSON text; cells are merged by JSON at the end.
 */
export function countSink(by: readonly string[]) {
  const root: Level = new Map();
  const byJson = new Map<string, Cell>();
  let cells = 0;
  const keyOf = (record: Readonly<Record<string, unknown>>) => by.map((field) => record[field] ?? null);
  /** Every cell, in the order first seen. */
  const ordered = (): Cell[] => {
    const all: Cell[] = [...byJson.values()];
    const collect = (level: Level, depth: number) => {
      for (const next of level.values()) {
        if (depth === by.length - 1) all.push(next as Cell);
        else collect(next as Level, depth + 1);
      }
    };
    collect(root, 0);
    return all.sort((a, b) => a.order - b.order);
  };
  return {
    /** Counts `record` `n` times (once by default); returns its cell. */
    add(record: Readonly<Record<string, unknown>>, n = 1): CountCell {
      let level = root;
      const last = by.length - 1;
      for (let i = 0; i <= last; i++) {
        const value = plainKey(record[by[i] as string]);
        if (value === undefined) {
          const key = keyOf(record);
          const id = JSON.stringify(key);
          let cell = byJson.get(id);
          if (cell) cell.count += n;
          else byJson.set(id, (cell = { key, count: n, order: cells++ }));
          return cell;
        }
        const next = level.get(value);
        if (i === last) {
          if (next) {
            (next as Cell).count += n;
            return next as Cell;
          }
          const cell: Cell = { key: keyOf(record), count: n, order: cells++ };
          level.set(value, cell);
          return cell;
        } else if (next) level = next as Level;
        else {
          const created: Level = new Map();
          level.set(value, created);
          level = created;
        }
      }
      throw new Error("countSink: by is empty"); // never: the callers check by (checkBy)
    },
    /** The cells as `[values of the by fields, count]`, in the order first seen (to be added to another sink with `addCell`). */
    cells(): [unknown[], number][] {
      return ordered().map(({ key, count }) => [key, count]);
    },
    /** Adds a cell from {@link cells} of another sink. */
    addCell(key: readonly unknown[], n: number) {
      this.add(Object.fromEntries(by.map((field, i) => [field, key[i]])), n);
    },
    rows(): CountRow[] {
      const all = ordered();
      const merged = new Map<string, { key: unknown[]; count: number }>();
      for (const { key, count } of all) {
        const id = JSON.stringify(key);
        const cell = merged.get(id);
        if (cell) cell.count += count;
        else merged.set(id, { key, count });
      }
      const compare = (a: unknown, b: unknown) => String(a ?? "").localeCompare(String(b ?? ""));
      return [...merged.values()]
        .sort((a, b) => a.key.reduce<number>((c, v, i) => c || compare(v, b.key[i]), 0))
        .map(({ key, count }) => Object.freeze({ ...Object.fromEntries(by.map((field, i) => [field, key[i]])), count }) as CountRow);
    },
  };
}

/** A {@link countSink}. */
export type CountSink = ReturnType<typeof countSink>;
