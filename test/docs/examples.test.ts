import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";

// Every `@example` in the TSDoc of src/ is executed here; each line `expr // => literal` asserts
// that expr equals literal, to the number of decimals the literal shows. Examples run as a user
// writes them: in an async function, with the root exports in scope, and `import` lines (of
// "disproportionality", "disproportionality/csv", "disproportionality/node" or node: modules)
// turned into dynamic imports of the sources.

const SRC = join(import.meta.dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

function examples(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const blocks = [...text.matchAll(/@example\s*\n((?:\s*\*.*\n)+?)\s*\*\s*```\s*\n/g)];
  return blocks.map((block) =>
    (block[1] ?? "")
      .split("\n")
      .map((line) => line.replace(/^\s*\* ?/, ""))
      .filter((line) => !line.startsWith("```"))
      .join("\n"),
  );
}

/** Decimal places a numeric literal shows, or null for an integer literal. */
function decimals(literal: string): number | null {
  const match = /\.(\d+)/.exec(literal);
  return match ? (match[1] as string).length : null;
}

function matches(actual: unknown, expected: unknown, literal: string): boolean {
  if (typeof expected === "number" && typeof actual === "number") {
    const places = decimals(literal);
    if (places === null) return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
    return Math.abs(actual - expected) <= 0.5 * 10 ** -places + 1e-15;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const parts = literal.replace(/^\[|\]$/g, "").split(",");
    return expected.length === actual.length && expected.every((e, i) => matches(actual[i], e, (parts[i] ?? "").trim()));
  }
  return Object.is(actual, expected);
}

const MODULES: Record<string, string> = {
  disproportionality: pathToFileURL(join(SRC, "index.ts")).href,
  "disproportionality/csv": pathToFileURL(join(SRC, "csv", "index.ts")).href,
  "disproportionality/node": pathToFileURL(join(SRC, "node", "index.ts")).href,
  "disproportionality/arquero": pathToFileURL(join(SRC, "arquero", "index.ts")).href,
  "disproportionality/duckdb": pathToFileURL(join(SRC, "duckdb", "index.ts")).href,
};

/** `import { a, b as c } from "m";` → `const { a, b: c } = await import("<m>");` */
function dynamicImport(line: string): string {
  const match = /^\s*import\s*\{([^}]*)\}\s*from\s*"([^"]+)";?\s*$/.exec(line);
  if (!match) return line;
  const names = (match[1] as string).split(",").map((n) => n.trim().replace(/\s+as\s+/, ": ")).filter(Boolean);
  if (match[2] === "disproportionality") return ""; // the root exports are already in scope
  const specifier = MODULES[match[2] as string] ?? match[2];
  return `const { ${names.join(", ")} } = await __import(${JSON.stringify(specifier)});`;
}

const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;

const cases = sourceFiles(SRC).flatMap((file) => examples(file).map((code) => ({ file: relative(SRC, file), code })));

describe("TSDoc examples", () => {
  it("finds an example in every public function's file", () => {
    const files = new Set(cases.map((c) => c.file));
    for (const name of Object.keys(api)) expect([...files].some((f) => f.endsWith(`${name}.ts`) || (name === "ArgumentError" && f === "errors.ts"))).toBe(true);
  });

  it.each(cases)("$file", async ({ code }) => {
    const checks: { actual: unknown; expected: unknown; literal: string; line: string }[] = [];
    const instrumented = code
      .split("\n")
      .map(dynamicImport)
      .map((line) => {
        const at = line.indexOf("// =>");
        if (at < 0) return line;
        const expression = line.slice(0, at).trim().replace(/;$/, "");
        const literal = line.slice(at + 5).trim();
        return `__check(() => (${expression}), ${JSON.stringify(literal)}, ${JSON.stringify(line.trim())});`;
      })
      .join("\n");
    const js = ts.transpileModule(instrumented, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
    const check = (run: () => unknown, literal: string, line: string) => {
      checks.push({ actual: run(), expected: new Function(`return (${literal});`)(), literal, line });
    };
    // Code built with a Function constructor cannot call import() itself; this module can.
    const load = (specifier: string) => import(specifier);
    await new AsyncFunction(...Object.keys(api), "__check", "__import", js)(...Object.values(api), check, load);
    expect(checks.length).toBeGreaterThan(0);
    for (const { actual, expected, literal, line } of checks) {
      expect(matches(actual, expected, literal), `${line}\n  actual: ${JSON.stringify(actual)}`).toBe(true);
    }
  });
});
