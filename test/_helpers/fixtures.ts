import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** One reference case: call `fn(...args)` and expect `expected`. */
export interface FixtureCase {
  readonly fn: string;
  readonly args: unknown[];
  readonly call: string;
  readonly expected: Record<string, unknown>;
  readonly [extra: string]: unknown;
}

/** A fixture file written by a generator under fixtures/generators. */
export interface FixtureFile {
  readonly file: string;
  readonly generator: string;
  readonly tool: string;
  readonly cases: FixtureCase[];
}

const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures");

/** JSON cannot hold Infinity; fixtures write it as the string "Infinity". */
function revive(_key: string, value: unknown): unknown {
  if (value === "Infinity") return Infinity;
  if (value === "-Infinity") return -Infinity;
  return value;
}

/** Every fixture file (fixtures/*.json), parsed. */
export function loadFixtureFiles(): FixtureFile[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => ({ file: name, ...(JSON.parse(readFileSync(join(FIXTURES, name), "utf8"), revive) as Omit<FixtureFile, "file">) }));
}
