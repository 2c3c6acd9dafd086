import { table, type ColumnTable } from "arquero";
import type { CountResult } from "../csv/types.js";
import type { DeprivationCounts } from "../measures/deprivationCounts.js";
import type { ResultTableInput } from "../report/resultTableTypes.js";
import { arqueroRows } from "../_internal/arqueroRows.js";

/**
 * What {@link toArquero} accepts: whatever `resultTable` accepts (the results of the measures, or
 * an array of row objects), and the counts of `countExtract`, `countRecords` and `deprivationCounts`.
 */
export type ToArqueroInput = ResultTableInput | CountResult | DeprivationCounts | readonly object[];

/**
 * Turns a result of the library into an arquero table of tidy rows in one call, ready for
 * arquero's own verbs (`filter`, `groupby`, `rollup`, `join`) and for Observable Plot.
 *
 * @remarks
 * The rows are those of `resultTable(result).rows` (from the root entry), so a notebook's table,
 * its CSV and its arquero table agree: one row per group (`disproportionality`, `outcomeRates`,
 * `ratesPer`, `deprivationGradient`), per stage and group (`decisionStages`), per stratum and
 * group (`representation`: the whole workforce first, `stratum` null), per point (`spc`), per
 * area (`funnelSignificance`: limits as `lower95`, `upper95`, `lower99.8`, … per level) or per
 * statutory figure (`genderPayGap`). Intervals are flat columns (`rate`, `rateLower`,
 * `rateUpper`, `rateMethod`, `ratio`, `ratioLower`, …; `lower`/`upper`/`method` for `ratesPer`),
 * with `level` and the result's settings on every row. An infinite or undefined value is null,
 * and the row's `status` or `ratioStatus` says why. Count results (`countExtract`,
 * `countRecords`, `deprivationCounts`) give their `counts` rows; an array of row objects gives
 * its rows as they are (any cell values; a missing field is null; columns in the order first
 * seen). The kind of result is recognised by its fields.
 *
 * @param result - a result of the library or an array of row objects
 * @returns a new arquero table (no rows for an empty array)
 * @throws {@link ArgumentError} for anything else, or a row that is not an object or holds a
 *   value `resultTable` refuses
 *
 * @example
 * ```ts
 * import { toArquero } from "disproportionality/arquero";
 * const table = disproportionality({ White: 2054, Black: 111, Asian: 191, Unknown: 941 }, gwentPopulation({ census: 2011 }));
 * const t = toArquero(table);
 * t.numRows() // => 3
 * t.columnNames().slice(0, 8).join() // => "group,count,population,status,rate,rateLower,rateUpper,rateMethod"
 * t.get("ratio", 2) // => 9.41
 * [t.get("ratioLower", 2), t.get("ratioUpper", 2)] // => [7.70, 11.39]
 * ```
 */
export function toArquero(result: ToArqueroInput): ColumnTable {
  const { columns, rows } = arqueroRows("toArquero", result);
  return table(Object.fromEntries(columns.map((c) => [c, rows.map((row) => row[c] ?? null)])));
}
