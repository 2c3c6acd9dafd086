import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { ArgumentError } from "../errors.js";
import { writeScrutinyPack } from "../node/writeScrutinyPack.js";
import { packageRoot } from "./packageRoot.js";
import { progressBar } from "./progressBar.js";
import { EXIT, type CliIo } from "./types.js";
import { usageError } from "./usageError.js";

/** `scrutiny --help`. */
export const SCRUTINY_HELP = `Usage: disproportionality scrutiny (--config FILE | --demo) --out DIR [--threads N]

Builds the quarterly scrutiny pack and writes it to DIR: scrutiny.json (every figure with its
interval, method, status and provenance), tables/*.csv, report.md, report.html (self-contained,
charts inline) and charts/*.vl.json (Vega-Lite v5). Paths in the config are relative to it.

Options:
  -c, --config FILE   the pack's config (JSON; see docs/scrutiny-config.md)
  --demo              use the bundled demonstration config and data (real Gwent data.police.uk
                      files; synthetic custody and HR extracts, labelled as such)
  -o, --out DIR       the folder to write (created if missing; its tables/ and charts/ are replaced)
  --threads N         worker threads per large file (default: all cores)
  -h, --help          show this help

Exit codes: 0 ok, 1 failure (unreadable file, invalid config), 2 usage error.
`;

/** The `scrutiny` command: reads a config (or the demo's), builds the pack and writes its files. */
export async function scrutinyCommand(args: readonly string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args], strict: true,
      options: { config: { type: "string", short: "c" }, demo: { type: "boolean" }, out: { type: "string", short: "o" }, threads: { type: "string" }, help: { type: "boolean", short: "h" } },
    }));
  } catch (error) {
    return usageError(io, "scrutiny", error);
  }
  if (values.help) { io.stdout(SCRUTINY_HELP); return EXIT.ok; }
  if (values.demo === true === (values.config !== undefined)) return usageError(io, "scrutiny", "give either --config FILE or --demo");
  if (values.out === undefined || values.out === "") return usageError(io, "scrutiny", "--out DIR is required");
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) return usageError(io, "scrutiny", `--threads must be a whole number of at least 1; received "${values.threads}"`);
  const root = packageRoot();
  const configPath = values.demo ? join(root.dir, "scrutiny.demo.json") : (values.config as string);
  try {
    const text = await readFile(configPath, "utf8").catch((error: NodeJS.ErrnoException) => { throw new Error(`cannot read the config ${configPath} (${error.code ?? error.message})`); });
    let config: unknown;
    try { config = JSON.parse(text); } catch (error) { throw new Error(`the config ${configPath} is not valid JSON: ${(error as Error).message}`); }
    // On a terminal: a progress bar while each source is read, and a line per later step; silent otherwise.
    let bar: ReturnType<typeof progressBar> | null = null;
    const { pack, files } = await writeScrutinyPack(config, values.out, {
      baseDir: dirname(configPath), package: { name: root.name, version: root.version }, ...(threads ? { threads } : {}),
      onProgress: (message) => {
        bar?.done();
        bar = message.startsWith("reading ") ? progressBar(io, `scrutiny: ${message}`) : null;
        if (bar === null && io.isTTY) io.stderr(`scrutiny: ${message}…\n`);
      },
      onReadProgress: (_source, progress) => bar?.onProgress(progress),
    });
    const tables = pack.sections.reduce((n, s) => n + s.tables.length, 0);
    const charts = pack.sections.reduce((n, s) => n + s.charts.length, 0);
    io.stdout(`Wrote ${files.length} files to ${values.out}: report.html, report.md, scrutiny.json, ${tables} tables and ${charts} charts.\n`);
    for (const warning of pack.warnings) io.stdout(`Note: ${warning}\n`);
    return EXIT.ok;
  } catch (error) {
    const message = error instanceof ArgumentError || error instanceof Error ? error.message : String(error);
    io.stderr(`disproportionality scrutiny: ${message}\n`);
    return EXIT.failure;
  }
}
