import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The shared data folder that sits beside the repository (as in CI). */
export const SHARED_DATA = join(import.meta.dirname, "..", "..", "..", "shared", "data");

/** A shared data file's text, with a clear message when the shared folder is not beside the repository. */
export function sharedFile(relativePath: string): string {
  if (!existsSync(SHARED_DATA)) {
    throw new Error(`These tests compare the package with the public source files in shared/data, expected beside the repository at ${SHARED_DATA}; it is missing.`);
  }
  return readFileSync(join(SHARED_DATA, relativePath), "utf8");
}

/** A data row of a simple (unquoted) CSV whose first fields include `code`, split naively on commas. */
export function naiveRow(text: string, code: string): string[] {
  const line = text.split(/\r?\n/).find((l) => l.split(",").includes(code));
  if (!line) throw new Error(`no row for ${code}`);
  return line.split(",");
}
