import { EXIT, type CliIo } from "./types.js";

/** The message of a `node:util` `parseArgs` error, reworded to name the option and point to `--help`. */
function parseArgsMessage(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS_")) return null;
  const message = (error as Error).message;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${message.match(/'([^']+)'/)?.[1] ?? message}`;
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return `unexpected argument ${message.match(/'([^']+)'/)?.[1] ?? message}`;
  return message.replace(/^Option /, "option ");
}

/**
 * Writes a usage error to stderr, `disproportionality COMMAND: MESSAGE` and a pointer to `--help`,
 * and returns exit code 2. `problem` is a message, or a `parseArgs` error to reword.
 * Anything else is thrown on.
 */
export function usageError(io: CliIo, command: string | null, problem: unknown): number {
  const message = typeof problem === "string" ? problem : parseArgsMessage(problem);
  if (message === null) throw problem;
  const name = command === null ? "disproportionality" : `disproportionality ${command}`;
  io.stderr(`${name}: ${message}\nRun "${name} --help" for usage.\n`);
  return EXIT.usage;
}
