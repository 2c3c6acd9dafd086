import { parseArgs } from "node:util";
import { checkCommand } from "./checkCommand.js";
import { paygapCommand } from "./paygapCommand.js";
import { scrutinyCommand } from "./scrutinyCommand.js";
import { ratesCommand } from "./ratesCommand.js";
import { EXIT, type CliIo } from "./types.js";
import { usageError } from "./usageError.js";

export type { CliIo } from "./types.js";

/** Top-level `--help`. */
const HELP = `Usage: disproportionality COMMAND [options]

Commands:
  scrutiny (--config FILE | --demo) --out DIR
                                  build the quarterly scrutiny pack (JSON, CSV, Markdown, HTML, charts)
  check PATH... --schema SCHEMA   validate extracts: summary, reject ledger, unrecognised codes
  rates PATH... --schema SCHEMA   disproportionality table against the Gwent census, small counts suppressed
  paygap PATH --schema SCHEMA     the six gender pay gap figures of an HR extract or a GOV.UK download

Options:
  -h, --help      show this help (and "disproportionality COMMAND --help" for a command's)
  -v, --version   print the package version

Exit codes: 0 ok, 1 failure, 2 usage error, 3 rejected rows above --max-reject-rate.
`;

const COMMANDS: Readonly<Record<string, (args: readonly string[], io: CliIo) => Promise<number>>> = { scrutiny: scrutinyCommand, check: checkCommand, rates: ratesCommand, paygap: paygapCommand };

/**
 * Runs the `disproportionality` command line: `argv` without the node and script paths, output
 * through `io`. Returns the exit code (0 ok, 1 failure, 2 usage error, 3 too many rejected rows)
 * and never exits the process. `version` is what `--version` prints (the bin passes package.json's).
 */
export async function runCli(argv: readonly string[], io: CliIo, version = "unknown"): Promise<number> {
  const [first, ...rest] = argv;
  if (first !== undefined && !first.startsWith("-")) {
    const command = COMMANDS[first];
    if (command) return command(rest, io);
    return usageError(io, null, `unknown command "${first}"`);
  }
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], strict: true, options: { help: { type: "boolean", short: "h" }, version: { type: "boolean", short: "v" } } }));
  } catch (error) {
    return usageError(io, null, error);
  }
  if (values.help) { io.stdout(HELP); return EXIT.ok; }
  if (values.version) { io.stdout(`${version}\n`); return EXIT.ok; }
  io.stderr(HELP);
  return EXIT.usage;
}
