import { expect } from "vitest";
import { ArgumentError } from "../../src/errors.js";
import { relativeDifference } from "./closeTo.js";

/** How {@link resultMismatches} compares numbers and objects. */
export interface MismatchRules {
  /** The relative tolerance for a number under `key`, or `null` for exact equality. */
  readonly tolerance: (key: string, expected: number) => number | null;
  /** Numbers this close in absolute terms also match (noise around 0). */
  readonly absolute?: number;
  /** Whether objects must have exactly the expected keys (otherwise extra keys are allowed). */
  readonly sameKeys?: boolean;
}

/**
 * Every difference between a result and a fixture's expected value, recursively: numbers within
 * the tolerance the rules give for their key, everything else equal. Returns readable messages.
 */
export function resultMismatches(actual: unknown, expected: unknown, rules: MismatchRules, path = "result", key = ""): string[] {
  if (typeof expected === "number") {
    if (typeof actual !== "number") return [`${path}: expected ${expected}, got ${String(actual)}`];
    const tolerance = rules.tolerance(key, expected);
    if (tolerance === null) return actual === expected ? [] : [`${path}: expected ${expected}, got ${actual}`];
    const close = relativeDifference(actual, expected) <= tolerance || Math.abs(actual - expected) <= (rules.absolute ?? 1e-15);
    return close ? [] : [`${path}: expected ${expected}, got ${actual} (relative ${relativeDifference(actual, expected)})`];
  }
  if (expected === null || typeof expected !== "object") return Object.is(actual, expected) ? [] : [`${path}: expected ${String(expected)}, got ${JSON.stringify(actual)}`];
  if (actual === null || typeof actual !== "object") return [`${path}: expected an object, got ${String(actual)}`];
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return [`${path}: expected ${expected.length} items, got ${JSON.stringify(actual)?.slice(0, 200)}`];
    return expected.flatMap((e, i) => resultMismatches(actual[i], e, rules, `${path}[${i}]`, key));
  }
  if (rules.sameKeys) {
    const keys = (o: object) => Object.keys(o).sort().join(",");
    if (keys(actual) !== keys(expected)) return [`${path}: keys ${keys(actual)} differ from ${keys(expected)}`];
  }
  return Object.entries(expected).flatMap(([k, e]) => resultMismatches((actual as Record<string, unknown>)[k], e, rules, `${path}.${k}`, k));
}

/** The message of what `f` throws, or `"did not throw"`. */
export function thrownMessage(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    return (error as Error).message;
  }
  return "did not throw";
}

/** The message of the {@link ArgumentError} `f` throws; fails the test if it throws anything else or nothing. */
export function argumentErrorMessage(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(ArgumentError);
    return (error as Error).message;
  }
  throw new Error("did not throw");
}
