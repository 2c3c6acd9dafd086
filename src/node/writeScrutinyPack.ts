import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join } from "node:path";
import type { ExtractProgress } from "../csv/types.js";
import { ArgumentError } from "../errors.js";
import { readPackSource } from "../_internal/packSourcesNode.js";
import { checkOptions } from "../_internal/validate.js";
import { checkScrutinyConfig } from "../report/checkScrutinyConfig.js";
import type { PackPackage, ScrutinyPack, ScrutinySourceInput } from "../report/scrutinyPackTypes.js";
import { renderSvg } from "./renderSvg.js";

/** Options for {@link writeScrutinyPack}. */
export interface WriteScrutinyPackOptions {
  /** The folder the config's relative paths (sources, census CSV, glossary) start from; defaults to the current folder. */
  readonly baseDir?: string;
  /** The package name and version recorded in the pack; defaults to `{ name: "disproportionality", version: "unknown" }`. */
  readonly package?: PackPackage;
  /** Called with a short message as each step starts (reading a source, rendering, writing). */
  readonly onProgress?: (message: string) => void;
  /** Called as each source is read, with the source's name and the reader's progress (bytes, rows), at most every 100 ms. */
  readonly onReadProgress?: (source: string, progress: ExtractProgress) => void;
  /** Worker threads per large file, as `countExtract`'s `threads`. */
  readonly threads?: number;
}

/** What {@link writeScrutinyPack} wrote. */
export interface WrittenScrutinyPack {
  /** The pack. */
  readonly pack: ScrutinyPack;
  /** The files written, relative to the output folder, sorted. */
  readonly files: readonly string[];
}

const FN = "writeScrutinyPack";

async function readText(path: string, baseDir: string): Promise<string> {
  const full = isAbsolute(path) ? path : join(baseDir, path);
  return readFile(full, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new ArgumentError(FN, "config", `names a file that cannot be read (${error.code ?? error.message})`, path);
  });
}

/**
 * Reads a scrutiny pack's sources, builds the pack and writes its files to `outDir`:
 * `scrutiny.json`, `tables/*.csv`, `report.md`, `report.html` (charts inline as SVG) and
 * `charts/*.vl.json`.
 *
 * @remarks
 * Each source is read once: counted by the fields the pack needs (`countExtract`, in worker
 * threads for large files) or, for HR extracts, read as records; every file's SHA-256 is recorded.
 * A census CSV and a glossary file named by the config are read too. The `tables/` and `charts/`
 * folders of `outDir` are emptied first, so no file of an earlier pack is left among the new ones.
 * The same config and files give byte-identical output.
 *
 * @param config - a scrutiny config object (see `checkScrutinyConfig`)
 * @param outDir - the folder to write to (created if missing)
 * @param options - `baseDir`, `package`, `onProgress`, `onReadProgress`, `threads`
 * @returns the pack and the files written
 * @throws {@link ArgumentError} for an invalid config, a missing file or folder, or a bad glossary
 *
 * @example
 * ```ts
 * import { mkdtemp, writeFile } from "node:fs/promises";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { writeScrutinyPack } from "disproportionality/node";
 * const dir = await mkdtemp(join(tmpdir(), "pack-"));
 * const header = "employee_id,worker_type,rank,sex,ethnicity,disability,religion,sexual_orientation,age,fte,hourly_pay,bonus,full_pay,start_date,leave_date,leave_reason,snapshot_date";
 * const rows = Array.from({ length: 20 }, (_, i) => `E${i},Police Staff,,${i % 2 ? "Male" : "Female"},W1,No,,,40,1,${15 + i},0,Y,01/01/2010,,,31/03/2024`);
 * await writeFile(join(dir, "hr.csv"), [header, ...rows].join("\n"));
 * const config = { title: "Workforce", period: { current: "2023/24", baseline: "2019/20" }, sources: [{ name: "hr", schema: "hr", paths: ["hr.csv"] }] };
 * const { files, pack } = await writeScrutinyPack(config, join(dir, "pack"), { baseDir: dir });
 * files.includes("report.html") // => true
 * pack.sources[0]?.summary.rowsRead // => 20
 * ```
 */
export async function writeScrutinyPack(config: unknown, outDir: string, options?: WriteScrutinyPackOptions): Promise<WrittenScrutinyPack> {
  const checked = checkScrutinyConfig(config);
  const opts = checkOptions(FN, options);
  if (typeof outDir !== "string" || outDir === "") throw new ArgumentError(FN, "outDir", "must be a folder path", outDir);
  const baseDir = opts.baseDir ?? ".";
  const progress = opts.onProgress ?? (() => {});
  const sources: ScrutinySourceInput[] = [];
  for (const source of checked.sources) {
    progress(`reading ${source.name}`);
    const onRead = opts.onReadProgress;
    sources.push(await readPackSource(FN, source, baseDir, opts.threads, onRead ? (p) => onRead(source.name, p) : undefined));
  }
  const population = checked.baselines.population;
  const censusCsv = typeof population === "object" ? await readText(population.censusCsv, baseDir) : null;
  let glossary: unknown = null;
  if (checked.glossary !== null) {
    const text = await readText(checked.glossary, baseDir);
    try { glossary = JSON.parse(text); } catch (error) { throw new ArgumentError(FN, "config.glossary", `must name a JSON file (${(error as Error).message})`, checked.glossary); }
  }
  progress("building the pack");
  // The statistics and report writers are loaded on first use, so that importing this entry to read files stays quick.
  const [{ buildScrutinyPack }, { scrutinyPackFiles }] = await Promise.all([import("../report/buildScrutinyPack.js"), import("../report/scrutinyPackFiles.js")]);
  const pack = buildScrutinyPack(checked, { sources, censusCsv, glossary, package: opts.package ?? { name: "disproportionality", version: "unknown" } });
  progress("drawing charts");
  const svgs = new Map<string, string>();
  for (const section of pack.sections) for (const chart of section.charts) svgs.set(chart.id, await renderSvg(chart.spec, { idPrefix: `c-${chart.id}` }));
  const files = scrutinyPackFiles(pack, { svg: (chart) => svgs.get(chart.id) ?? "" });
  progress("writing files");
  await rm(join(outDir, "tables"), { recursive: true, force: true });
  await rm(join(outDir, "charts"), { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(outDir, path)), { recursive: true });
    await writeFile(join(outDir, path), text);
  }
  return Object.freeze({ pack, files: Object.freeze(Object.keys(files)) });
}
