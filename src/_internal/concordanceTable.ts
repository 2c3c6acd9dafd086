import { ArgumentError } from "../errors.js";
import { checkCount, checkRecord } from "./validate.js";
import { groupKey } from "./stagesReference.js";

/** The canonical group order, for categories that are canonical groups. */
const CANONICAL = ["Asian", "Black", "Mixed", "White", "Other"];

/** A cell count of the (self-defined, officer-defined) cross table as read from the input, before unknowns are set aside. */
interface Cell {
  readonly self: string | null;
  readonly officer: string | null;
  readonly count: number;
}

/** A label, or null for unknown ethnicity (a label in `unknown`, blank, null or undefined); canonical groups get canonical spelling. */
function label(fn: string, param: string, value: unknown, unknown: ReadonlySet<string>): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "string") throw new ArgumentError(fn, param, "must be a string, null or undefined", value);
  const key = groupKey(value);
  if (key === "" || unknown.has(key)) return null;
  return CANONICAL.find((c) => c.toLowerCase() === key) ?? value.trim();
}

/** Reads pairs `{ selfDefined, officerDefined, count? }[]` or a table `{ self: { officer: count } }` into cells. */
export function concordanceCells(fn: string, input: unknown, unknown: ReadonlySet<string>): Cell[] {
  if (Array.isArray(input)) {
    return input.map((pair: unknown, i) => {
      const record = checkRecord(fn, `pairs[${i}]`, pair);
      const count = record["count"] === undefined ? 1 : checkCount(fn, `pairs[${i}].count`, record["count"]);
      const self = label(fn, `pairs[${i}].selfDefined`, record["selfDefined"], unknown);
      return { self, officer: label(fn, `pairs[${i}].officerDefined`, record["officerDefined"], unknown), count };
    });
  }
  if (input === null || typeof input !== "object") throw new ArgumentError(fn, "pairs", "must be an array of { selfDefined, officerDefined } or a table { selfDefined: { officerDefined: count } }", input);
  return Object.entries(input).flatMap(([self, row]) => {
    const cells = checkRecord(fn, `table["${self}"]`, row);
    return Object.entries(cells).map(([officer, count]) => ({
      self: label(fn, "table", self, unknown),
      officer: label(fn, "table", officer, unknown),
      count: checkCount(fn, `table["${self}"]["${officer}"]`, count),
    }));
  });
}

/** The square table over the union of known categories (canonical groups first, then others as met), and the unknown pairs set aside. */
export function squareTable(cells: readonly Cell[]) {
  const seen: string[] = [];
  for (const c of cells) for (const l of [c.self, c.officer]) if (l !== null && !seen.includes(l)) seen.push(l);
  const categories = [...CANONICAL.filter((c) => seen.includes(c)), ...seen.filter((l) => !CANONICAL.includes(l))];
  const table = categories.map(() => categories.map(() => 0));
  const excluded = { selfUnknown: 0, officerUnknown: 0, bothUnknown: 0, total: 0 };
  for (const { self, officer, count } of cells) {
    if (self !== null && officer !== null) {
      const row = table[categories.indexOf(self)] as number[];
      const j = categories.indexOf(officer);
      row[j] = (row[j] as number) + count;
      continue;
    }
    if (self === null && officer === null) excluded.bothUnknown += count;
    else if (self === null) excluded.selfUnknown += count;
    else excluded.officerUnknown += count;
    excluded.total += count;
  }
  return { categories, table, excluded };
}
