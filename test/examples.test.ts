import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// 941 unknown of 3,397 searches is 27.7%.
// Every script in examples/ runs here, as a user would run it (tsx, importing the package by name,
// which tsconfig's paths map to the source), so an example cannot rot. Figures an example prints that
// were checked independently (docs/validation.md, test/paygap) are asserted too.

const ROOT = join(import.meta.dirname, "..");
const EXAMPLES = readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".ts")).sort();
const run = promisify(execFile);

/** Independently checked lines an example must print. */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  "first-table.ts": ["Black/White ratio 9.41 (7.70 to 11.39)", "Unknown ethnicity: 27.7% of searches"],
  "stop-search-walkthrough.ts": [
    "Read 12675 rows from 35 files; 0 rejected.",
    "Black/White ratio 9.41 (7.70 to 11.39)",
    "Synthetic HR: mean hourly gap 5.0%, median 6.2%.",
  ],
};

describe("examples/", () => {
  it("holds the examples the docs link to", () => {
    for (const name of Object.keys(EXPECTED)) expect(EXAMPLES).toContain(name);
  });

  for (const name of EXAMPLES) {
    it(`runs ${name} without an error`, { timeout: 120_000 }, async () => {
      const tsx = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
      const { stdout, stderr } = await run(process.execPath, [tsx, "--tsconfig", join(ROOT, "tsconfig.json"), join(ROOT, "examples", name)], { cwd: ROOT });
      expect(stderr).toBe("");
      expect(stdout.length).toBeGreaterThan(0);
      for (const line of EXPECTED[name] ?? []) expect(stdout).toContain(line);
    });
  }
});
