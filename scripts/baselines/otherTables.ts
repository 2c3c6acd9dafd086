import { count, readCsv, rowWhere, type CsvFile } from "./csv.js";
import { GWENT_LAS, type BuiltTable, type Cells, type Column, wide } from "./tables.js";

const QS201EW_TOTAL = "Ethnic Group: All categories: Ethnic group; measures: Value";
const QS201EW_PARENTS: Readonly<Record<string, string>> = { White: "White", Mixed: "Mixed", Asian: "Asian", Black: "Black", Other: "Other" };

/** Census 2011 QS201EW (exact counts): total, 5 high-level groups, 18 detailed groups. */
export function census2011(dataDir: string): { files: CsvFile[]; tables: Record<string, BuiltTable> } {
  const csv = readCsv(dataDir, "census/census2011_QS201EW_ethnic_group_by_LA_nomis.csv");
  const rows = { ...csv, rows: csv.rows.filter((r) => r["Rural Urban"] === "Total") };
  const parents: Column[] = [];
  const detailed: Column[] = [];
  let parent = "";
  for (const column of csv.header) {
    if (!column.startsWith("Ethnic Group: ") || column === QS201EW_TOTAL) continue;
    const parts = column.slice("Ethnic Group: ".length).replace(/; measures: Value$/, "").split(": ");
    if (parts.length === 1) {
      parent = QS201EW_PARENTS[parts[0] as string] ?? "";
      if (!parent) throw new Error(`${csv.file}: unexpected column ${JSON.stringify(column)}`);
      parents.push({ column, group: { group: parent } });
    } else detailed.push({ column, group: { group: parts[1] as string, categories: { group: parent } } });
  }
  if (parents.length !== 5 || detailed.length !== 18) throw new Error(`${csv.file}: expected 5 + 18 ethnic groups`);
  const table = (columns: Column[]): BuiltTable => ({
    census: 2011,
    source: "qs201ew",
    groups: columns.map((c) => c.group),
    cells: wide(rows, "geography code", QS201EW_TOTAL, columns),
  });
  const total = table([{ column: QS201EW_TOTAL, group: { group: "All usual residents" } }]);
  return { files: [csv], tables: { total, ethnicity: table(parents), "ethnicity-detailed": table(detailed) } };
}

/** ONS mid-2020 estimates (pre-Census-2021 rebasing), total per LA. */
export function midyear2020(dataDir: string): { files: CsvFile[]; tables: Record<string, BuiltTable> } {
  const csv = readCsv(dataDir, "census/ons_midyear2020_population_LA_pre_census_rebase.csv");
  const cells: Cells = {};
  for (const code of GWENT_LAS) {
    const value = count(csv, rowWhere(csv, "code", code), "value");
    cells[code] = [value, value];
  }
  return { files: [csv], tables: { total: { census: "mid-2020", source: "mid2020", groups: [{ group: "All usual residents" }], cells } } };
}

/** One Welsh 2011 LSOA as embedded: [code number, LA index, rank, decile, quintile, name]. */
export type LsoaRow = [number, number, number, number, number, string];

/** WIMD 2019 for all Welsh LSOAs, and mid-2020 population by all-Wales quintile for each Gwent LA. */
export function wimd2019(dataDir: string) {
  const read = (file: string) => readCsv(dataDir, `deprivation/${file}`);
  const groups = read("wimd2019_overall_rank_decile_quintile_quartile_by_lsoa_wales.csv");
  const ranks = read("wimd2019_index_and_domain_ranks_by_lsoa_wales.csv");
  const lookup = read("wimd2019_lsoa_geography_lookup_wales.csv");
  const population = read("ons_sape_mid2020_lsoa11_syoa_persons_wales.csv");
  const LSOA = "Lower Layer Super Output Area (LSOA) Code";

  const authorities = [...new Map(lookup.rows.map((r) => [r["Local Authority (LA) Code"] as string, r["Local Authority (LA) Name"] as string]))]
    .sort(([a], [b]) => a.localeCompare(b));
  const laIndex = new Map(authorities.map(([code], i) => [code, i]));
  const lsoas: LsoaRow[] = groups.rows.map((row) => {
    const code = row["LSOA Code"] as string;
    if (!/^W01\d{6}$/.test(code)) throw new Error(`${groups.file}: bad LSOA code ${code}`);
    const rank = count(groups, row, "WIMD 2019 Overall Rank");
    if (count(ranks, rowWhere(ranks, "LSOA Code", code), "WIMD 2019") !== rank) throw new Error(`${code}: ranks disagree`);
    const place = rowWhere(lookup, LSOA, code);
    if (place["Local Authority (LA) Name"] !== row["Local Authority Name (Eng)"]) throw new Error(`${code}: LA names disagree`);
    const la = laIndex.get(place["Local Authority (LA) Code"] as string) as number;
    const decile = count(groups, row, "WIMD 2019 Overall Decile");
    const quintile = count(groups, row, "WIMD 2019 Overall Quintile");
    return [Number(code.slice(3)), la, rank, decile, quintile, row["LSOA Name (Eng)"] as string];
  });
  lsoas.sort((a, b) => a[0] - b[0]);
  if (lsoas.length !== 1909) throw new Error(`${groups.file}: expected 1,909 LSOAs, found ${lsoas.length}`);

  const cells: Cells = {};
  for (const la of GWENT_LAS) {
    const byQuintile = [1, 2, 3, 4, 5].map((quintile) =>
      lsoas
        .filter((r) => authorities[r[1]]?.[0] === la && r[4] === quintile)
        .reduce((sum, r) => sum + count(population, rowWhere(population, "lsoa11_code", `W01${String(r[0]).padStart(6, "0")}`), "total_population"), 0),
    );
    cells[la] = [byQuintile.reduce((a, b) => a + b, 0), ...byQuintile];
  }
  const deprivation: BuiltTable = {
    census: "mid-2020",
    source: "deprivation",
    groups: [1, 2, 3, 4, 5].map((q) => ({ group: `Q${q}` })),
    cells,
  };
  return { quintileFiles: [groups, lookup, population], lsoaFiles: [groups, ranks, lookup], deprivation, authorities, lsoas };
}
