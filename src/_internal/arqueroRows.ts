import { ArgumentError } from "../errors.js";
import { resultTable } from "../report/resultTable.js";

/** A table as column names (in order) and rows. */
export interface ColumnsAndRecords {
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, unknown>>[];
}

const ACCEPTED = "a disproportionality(), disproportionalityByArea(), ratesPer(), decisionStages(), outcomeRates(), representation(), genderPayGap(), payGap(), equalPayAudit(), spc(), funnelSignificance(), compareRatios(), deprivationGradient(), countExtract(), countRecords() or deprivationCounts() result, or an array of row objects";

/** Plain rows as given (any cell values), their columns every key in the order first seen. */
function plainRows(fn: string, param: string, rows: readonly unknown[]): ColumnsAndRecords {
  const columns = new Set<string>();
  rows.forEach((row, i) => {
    if (row === null || typeof row !== "object" || Array.isArray(row)) throw new ArgumentError(fn, `${param}[${i}]`, "must be an object", row);
    for (const key of Object.keys(row)) columns.add(key);
  });
  return { columns: [...columns], rows: rows as Record<string, unknown>[] };
}

/**
 * The tidy rows of a result: the `counts` rows of a count result (`countExtract`, `countRecords`,
 * `deprivationCounts`), plain rows as given, and anything else through `resultTable`.
 */
export function arqueroRows(fn: string, result: unknown): ColumnsAndRecords {
  if (Array.isArray(result)) return plainRows(fn, "result", result);
  const o = result !== null && typeof result === "object" ? (result as Record<string, unknown>) : {};
  if (Array.isArray(o["counts"]) && ("summary" in o || "matched" in o)) {
    const counted = plainRows(fn, "result.counts", o["counts"]);
    return typeof o["by"] === "string" ? { columns: [...counted.columns, "by"], rows: counted.rows.map((r) => ({ ...r, by: o["by"] })) } : counted;
  }
  try {
    const table = resultTable(result as never);
    return { columns: table.columns, rows: table.rows };
  } catch (error) {
    if (!(error instanceof ArgumentError)) throw error;
    if (error.param === "result") throw new ArgumentError(fn, "result", `must be ${ACCEPTED}`, result);
    throw new ArgumentError(fn, error.param, error.rule, error.received);
  }
}
