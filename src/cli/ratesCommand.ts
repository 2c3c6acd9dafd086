import { parseArgs } from "node:util";
import { gwentPopulation } from "../baselines/gwentPopulation.js";
import { rebandAges } from "../baselines/rebandAges.js";
import type { Baseline } from "../baselines/types.js";
import { policeUkAgeBands } from "../classify/policeUkAgeBands.js";
import { ArgumentError } from "../errors.js";
import { countExtract } from "../node/countExtract.js";
import { formatRates } from "./formatRates.js";
import { progressBar } from "./progressBar.js";
import { rateTable } from "./rateTable.js";
import { RATES_SCHEMAS, ratesOptions, type RatesRequest } from "./ratesOptions.js";
import { readFailure } from "./readFailure.js";
import { EXIT, type CliIo } from "./types.js";
import { usageError } from "./usageError.js";

/** `rates --help`. */
export const RATES_HELP = `Usage: disproportionality rates PATH... --schema SCHEMA [--period P] [--by ethnicity|sex|age]
         [--census 2021|2011] [--area NAME] [--level L] [--per N] [--threshold T]
         [--format text|csv|markdown|json] [--threads N] [--role victim|subject]

Reads extracts (a CSV file, or a folder: every *.csv in it), counts the records by ethnicity, sex
or age band within a period, and prints a disproportionality table against the embedded Gwent
census population: each group's count, share, population, rate per N with its interval, rate
ratio against the reference group (White for ethnicity; else the largest group) with its
interval and adjusted p-value, and the Unknown count and share (left out of every rate).
Counts from 1 to T-1 and every figure derived from them are shown as [c], in every format.

Options:
  -s, --schema SCHEMA   the extract's schema (required): ${RATES_SCHEMAS.join(", ")}
  --role ROLE           with --schema incidents (required there): count the victim or the subject
  --period P            a financial year "2021/22" or quarter "2021/22 Q3" (default: every row)
  --by WHAT             ethnicity (default), sex or age (data.police.uk age bands)
  --census YEAR         the baseline census: 2021 (default) or 2011 (ethnicity only)
  --area NAME           a Gwent area: Gwent (default), East LPA, West LPA, Blaenau Gwent,
                        Caerphilly, Monmouthshire, Newport, Torfaen (or its code)
  --level L             confidence level of the intervals (default 0.95)
  --per N               rates per N people (default 1000)
  --threshold T         disclosure threshold: counts 1 to T-1 are suppressed (default 5)
  --format F            text (default), csv, markdown or json
  --threads N           worker threads for files of 16 MiB or more (default: the cores available)
  -h, --help            show this help

Exit codes: 0 ok, 1 failure (missing or unreadable path, no rows in the period), 2 usage error.
`;

/** The baseline of the request; an `ArgumentError` for an unknown area. */
function baselineOf(request: RatesRequest): Baseline {
  const common = { census: request.census as 2021, area: request.area };
  if (request.by === "age") return rebandAges(gwentPopulation({ ...common, by: "age" }), policeUkAgeBands, { split: "uniform" });
  return gwentPopulation({ ...common, by: request.by });
}

/** The `rates` command: a disclosed disproportionality table from extract files. */
export async function ratesCommand(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args], allowPositionals: true, strict: true,
      options: {
        schema: { type: "string", short: "s" }, period: { type: "string" }, by: { type: "string" }, role: { type: "string" },
        census: { type: "string" }, area: { type: "string" }, level: { type: "string" }, per: { type: "string" },
        threshold: { type: "string" }, format: { type: "string" }, threads: { type: "string" }, help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return usageError(io, "rates", error);
  }
  const { values, positionals } = parsed;
  if (values.help) { io.stdout(RATES_HELP); return EXIT.ok; }
  if (positionals.length === 0) return usageError(io, "rates", "give at least one PATH (a CSV file or a folder)");
  const request = ratesOptions(values);
  if (typeof request === "string") return usageError(io, "rates", request);
  let baseline: Baseline;
  try {
    baseline = baselineOf(request);
  } catch (error) {
    if (!(error instanceof ArgumentError) || error.param !== "options.area") throw error;
    return usageError(io, "rates", `--area${error.message.slice(`${error.fn}: ${error.param}`.length)}`);
  }
  const by = request.period ? [request.field, request.period.field] : [request.field];
  const progress = progressBar(io, "rates");
  let result;
  try {
    result = await countExtract(positionals, request.schema, { by, onProgress: progress.onProgress, ...(request.threads === undefined ? {} : { threads: request.threads }) });
  } catch (error) {
    progress.done();
    return readFailure(io, "rates", error);
  }
  progress.done();
  const counts = new Map<string, number>();
  const periods = new Set<string>();
  for (const row of result.counts) {
    if (request.period) {
      periods.add(String(row[request.period.field]));
      if (row[request.period.field] !== request.period.label) continue;
    }
    const group = String(row[request.field]);
    counts.set(group, (counts.get(group) ?? 0) + row.count);
  }
  if (request.period && counts.size === 0) {
    const seen = [...periods].sort();
    const range = seen.length === 0 ? "no accepted rows were read" : `the rows run from ${seen[0]} to ${seen.at(-1)}`;
    io.stderr(`disproportionality rates: no accepted row falls in ${request.period.label} (${range})\n`);
    return EXIT.failure;
  }
  const rates = rateTable(counts, baseline, request);
  const baselineName = `${baseline.area.name} (Census ${baseline.census}, ${baseline.source.publisher} ${baseline.source.table}${request.by === "age" ? ", re-banded assuming ages spread evenly within census bands" : ""})`;
  io.stdout(formatRates(rates, request, result.summary, baselineName));
  return EXIT.ok;
}
