// Generates the embedded Gwent baselines in src/baselines/data/ from the shared data folder.
// Usage: npx tsx scripts/generateBaselines.ts [dataDir]   (dataDir defaults to ../shared/data,
// resolved against the repository root; a given dataDir is resolved against the working directory). See docs/baselines.md.
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { census2021 } from "./baselines/census2021.js";
import { header, sourceConstants, tablesLiteral } from "./baselines/emit.js";
import { census2011, midyear2020, wimd2019 } from "./baselines/otherTables.js";
import { SOURCES } from "./baselines/sources.js";
import type { BuiltTable } from "./baselines/tables.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Builds every generated module's text, keyed by file name; writes nothing. */
export function generateBaselines(dataDir: string): Record<string, string> {
  const c2021 = census2021(dataDir);
  const c2011 = census2011(dataDir);
  const mid = midyear2020(dataDir);
  const wimd = wimd2019(dataDir);
  const tableModule = (what: string, constant: string, built: { files: Parameters<typeof header>[1]; tables: Record<string, BuiltTable> }) => {
    const names = [...new Set(Object.values(built.tables).map((t) => t.source))];
    return [
      header(what, built.files),
      'import type { EmbeddedTable } from "../../_internal/embeddedTable.js";',
      'import type { BaselineSource } from "../types.js";',
      "",
      sourceConstants(names, SOURCES),
      `/** ${what} Cells per local authority: [total, ...one per group]; null = suppressed. */`,
      `export const ${constant} = ${tablesLiteral(built.tables)} satisfies Record<string, EmbeddedTable>;`,
      "",
    ].join("\n");
  };
  return {
    "census2021.ts": tableModule("Census 2021 tables for the five Gwent local authorities.", "CENSUS_2021", c2021),
    "census2011.ts": tableModule("Census 2011 QS201EW ethnic group for the five Gwent local authorities.", "CENSUS_2011", c2011),
    "midyear2020.ts": tableModule("ONS mid-2020 population estimates for the five Gwent local authorities.", "MIDYEAR_2020", mid),
    "wimd2019.ts": tableModule(
      "Mid-2020 population of each Gwent local authority by all-Wales WIMD 2019 quintile.",
      "WIMD_2019",
      { files: wimd.quintileFiles, tables: { deprivation: wimd.deprivation } },
    ),
    "wimd2019Lsoas.ts": [
      header("WIMD 2019 overall rank, decile and quintile of every Welsh 2011 LSOA.", wimd.lsoaFiles),
      "/** The 22 Welsh local authorities, [code, name], in code order. */",
      `export const WELSH_LOCAL_AUTHORITIES: readonly (readonly [string, string])[] = [\n${wimd.authorities
        .map((a) => `  ${JSON.stringify(a)},`)
        .join("\n")}\n];`,
      "",
      "/**",
      " * Every Welsh 2011 LSOA in WIMD 2019, sorted by code: [code number (W01 + six digits), index into",
      " * WELSH_LOCAL_AUTHORITIES, overall rank (1 = most deprived), decile, quintile, English name].",
      " */",
      `export const WIMD_2019_LSOAS: readonly (readonly [number, number, number, number, number, string])[] = [\n${wimd.lsoas
        .map((row) => `  ${JSON.stringify(row)},`)
        .join("\n")}\n];`,
      "",
    ].join("\n"),
  };
}

function main(): void {
  const arg = process.argv[2];
  const dataDir = arg === undefined ? resolve(ROOT, "..", "shared", "data") : resolve(arg);
  const outDir = join(ROOT, "src", "baselines", "data");
  for (const [file, text] of Object.entries(generateBaselines(dataDir))) {
    writeFileSync(join(outDir, file), text);
    console.log(`wrote src/baselines/data/${file} (${text.length.toLocaleString("en-GB")} characters)`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
