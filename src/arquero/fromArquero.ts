import type { ColumnTable } from "arquero";
import { ArgumentError } from "../errors.js";
import { checkArqueroTable, checkColumn, countCell, groupLabel } from "../_internal/arqueroColumns.js";
import { freezeResult } from "../_internal/freeze.js";
import { checkRecord } from "../_internal/validate.js";

/** Options of {@link fromArquero} for a table of counts (with `count`) or of records (without). */
export interface FromArqueroCountsOptions {
  /** The column of group labels, e.g. `"ethnicity"`. */
  readonly group: string;
  /** The column of counts (whole numbers of at least 0); omit it to count the table's rows by `group`. */
  readonly count?: string;
  /** Absent or `false` for counts. */
  readonly records?: false;
}

/** Options of {@link fromArquero} for the plain record objects of a table. */
export interface FromArqueroRecordsOptions {
  /** `true`: return the rows as plain objects (for `genderPayGap` or `representation`). */
  readonly records: true;
  /** A column whose null or blank values become `"Unknown"` in the records (optional). */
  readonly group?: string;
}

const FN = "fromArquero";

/**
 * Turns an arquero table into the library's inputs in one call: counts by group
 * (`Record<string, number>`, the `GroupCounts` every measure takes) or plain records.
 *
 * @remarks
 * With `count`, the table holds counts: each row's count is added to its group, so repeated
 * groups (e.g. several periods) are summed. Without `count`, the table holds records and its rows
 * are counted by `group`. Labels are trimmed, and labels that differ only in case are one group
 * (the first spelling is kept), as the measures match labels ignoring case. Null, NaN and blank
 * labels are `"Unknown"`, which the measures leave out of every rate and report as the share
 * unknown. Numbers and booleans become text (`1` → `"1"`). The table's filter and order are
 * respected. With `{ records: true }` the rows come back as frozen plain objects (with `group`,
 * that column's null and blank values become `"Unknown"`); name their type to pass them on, e.g.
 * `fromArquero<GenderPayGapEmployee>(staff, { records: true, group: "sex" })` (not checked here:
 * the measure checks each record). Row numbers in errors count from 0,
 * as `table.get(column, row)` does.
 *
 * @param table - an arquero table (any copy of arquero)
 * @param options - `group` (the label column) and `count` (the count column), or `records: true`
 * @typeParam R - the type of the records, with `records: true` (not checked here)
 * @returns frozen counts by group, or frozen records
 * @throws {@link ArgumentError} for a value that is not an arquero table, a missing or unknown
 *   column, a count that is not a whole number of at least 0, or a label that is not text, a
 *   number or null
 *
 * @example
 * ```ts
 * import { from } from "arquero";
 * import { fromArquero } from "disproportionality/arquero";
 * const searches = from([
 *   { quarter: "Q1", ethnicity: "White", n: 520 }, { quarter: "Q2", ethnicity: "White", n: 534 },
 *   { quarter: "Q1", ethnicity: "Black", n: 61 }, { quarter: "Q2", ethnicity: null, n: 12 },
 * ]);
 * const counts = fromArquero(searches, { group: "ethnicity", count: "n" });
 * JSON.stringify(counts) // => '{"White":1054,"Black":61,"Unknown":12}'
 * disproportionality(counts, gwentPopulation({ census: 2011 })).unknown.share // => 0.0106
 * fromArquero(searches, { group: "ethnicity" }).White // => 2
 * fromArquero(searches, { records: true }).length // => 4
 * ```
 */
export function fromArquero(table: ColumnTable, options: FromArqueroCountsOptions): Readonly<Record<string, number>>;
export function fromArquero<R extends object = Record<string, unknown>>(table: ColumnTable, options: FromArqueroRecordsOptions): readonly Readonly<R>[];
export function fromArquero(table: ColumnTable, options: FromArqueroCountsOptions | FromArqueroRecordsOptions): Readonly<Record<string, number>> | readonly Readonly<Record<string, unknown>>[] {
  const t = checkArqueroTable(FN, table);
  const opts = checkRecord(FN, "options", options);
  const records = opts["records"];
  if (records !== undefined && typeof records !== "boolean") throw new ArgumentError(FN, "options.records", "must be true, false or undefined", records);
  if (records) {
    if (opts["count"] !== undefined) throw new ArgumentError(FN, "options.count", "must be undefined when options.records is true", opts["count"]);
    const group = opts["group"] === undefined ? null : checkColumn(FN, "options.group", t, opts["group"]);
    const rows = t.objects() as Record<string, unknown>[];
    if (group !== null) rows.forEach((row, i) => (row[group] = groupLabel(FN, group, i, row[group])));
    return freezeResult(rows);
  }
  const group = checkColumn(FN, "options.group", t, opts["group"]);
  const count = opts["count"] === undefined ? null : checkColumn(FN, "options.count", t, opts["count"]);
  if (count === group) throw new ArgumentError(FN, "options.count", "must differ from options.group", count);
  const labels = t.array(group);
  const counts = count === null ? null : t.array(count);
  const totals = new Map<string, { label: string; count: number }>();
  for (let i = 0; i < labels.length; i++) {
    const label = groupLabel(FN, group, i, labels[i]);
    const n = counts === null ? 1 : countCell(FN, count as string, i, counts[i]);
    const entry = totals.get(label.toLowerCase());
    if (entry) entry.count += n;
    else totals.set(label.toLowerCase(), { label, count: n });
  }
  return Object.freeze(Object.fromEntries([...totals.values()].map((e) => [e.label, e.count])));
}
