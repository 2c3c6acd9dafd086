import { ArgumentError } from "../errors.js";
import { EXIT, type CliIo } from "./types.js";

/**
 * Reports a failure to read extracts, `disproportionality COMMAND: MESSAGE` on stderr, and returns
 * exit code 1. A reader's `ArgumentError` (a missing path, an unknown schema) is reworded for the
 * command line (`countExtract: paths …` reads `PATH …`); any other error (a file that cannot be
 * opened or read) is reported by its message.
 */
export function readFailure(io: CliIo, command: string, error: unknown): number {
  let message: string;
  if (error instanceof ArgumentError) {
    const name = { schema: "--schema", paths: "PATH" }[error.param] ?? error.param;
    message = `${name}${error.message.slice(`${error.fn}: ${error.param}`.length).replace("a schema object or ", "")}`;
  } else message = error instanceof Error ? error.message : String(error);
  io.stderr(`disproportionality ${command}: ${message}\n`);
  return EXIT.failure;
}
