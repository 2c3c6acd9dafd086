import { CENSUS_2011 } from "../baselines/data/census2011.js";
import { CENSUS_2021 } from "../baselines/data/census2021.js";
import { MIDYEAR_2020 } from "../baselines/data/midyear2020.js";
import { WIMD_2019 } from "../baselines/data/wimd2019.js";
import type { BaselineVintage } from "../baselines/types.js";
import { ArgumentError } from "../errors.js";
import type { EmbeddedTable } from "./embeddedTable.js";

/** The embedded tables by census (or estimate) and dimension. Deprivation uses mid-2020 estimates. */
export const GWENT_TABLES = {
  2021: { ...CENSUS_2021, deprivation: WIMD_2019.deprivation },
  2011: CENSUS_2011,
  "mid-2020": { ...MIDYEAR_2020, deprivation: WIMD_2019.deprivation },
} satisfies Record<BaselineVintage, Record<string, EmbeddedTable>>;

const VINTAGES: readonly BaselineVintage[] = [2021, 2011, "mid-2020"];
const show = (value: string | number) => (typeof value === "string" ? `"${value}"` : String(value));

/** The embedded table for a census and dimension; throws listing the valid ones otherwise. */
export function gwentTable(fn: string, census: unknown, by: unknown): EmbeddedTable {
  if (!VINTAGES.includes(census as BaselineVintage)) {
    throw new ArgumentError(fn, "options.census", `must be one of ${VINTAGES.map(show).join(", ")}`, census);
  }
  const tables: Readonly<Record<string, EmbeddedTable>> = GWENT_TABLES[census as BaselineVintage];
  const table = typeof by === "string" && Object.hasOwn(tables, by) ? tables[by] : undefined;
  if (!table) {
    const valid = Object.keys(tables).map(show).join(", ");
    throw new ArgumentError(fn, "options.by", `must be one of ${valid} for census ${show(census as BaselineVintage)}`, by);
  }
  return table;
}
