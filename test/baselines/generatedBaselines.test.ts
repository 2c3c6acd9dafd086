import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateBaselines } from "../../scripts/generateBaselines.js";
import { DATA, REPO_ROOT } from "../_helpers/sharedTables.js";

const OUT = join(REPO_ROOT, "src", "baselines", "data");
const generated = generateBaselines(DATA);

describe("the generated Gwent baseline modules", () => {
  it.each(Object.keys(generated))("%s is what the generator writes from the shared data today", (file) => {
    expect(readFileSync(join(OUT, file), "utf8") === generated[file], `${file} is stale: run npm run generate:baselines`).toBe(true);
  });

  it.each(Object.keys(generated))("%s says it is generated, from which files, and not to edit it", (file) => {
    const text = generated[file] as string;
    expect(text.startsWith("// GENERATED FILE: DO NOT EDIT.")).toBe(true);
    expect(text).toContain("scripts/generateBaselines.ts");
    expect(text).toMatch(/\/\/ {3}(census|deprivation)\/[\w.-]+\.csv {2}[0-9a-f]{64}\n/);
    expect(text).toContain("Open Government Licence v3.0");
  });

  it("writes no machine paths into any file", () => {
    const files = [
      ...Object.values(generated),
      ...readdirSync(join(REPO_ROOT, "scripts", "baselines")).map((f) => readFileSync(join(REPO_ROOT, "scripts", "baselines", f), "utf8")),
    ];
    for (const text of files) {
      expect(text).not.toContain(REPO_ROOT);
      expect(text).not.toMatch(/(^|["'\s])(\/work|\/home|\/Users|[A-Z]:\\)/m);
    }
  });

  it("never reads the shared data (or any file) at run time", () => {
    const mine = ["baselines/gwentPopulation.ts", "baselines/gwentAreas.ts", "baselines/deprivationOfLsoa.ts", "_internal/areas.ts", "_internal/gwentTables.ts", "_internal/embeddedTable.ts"];
    const sources = [...mine.map((f) => join(REPO_ROOT, "src", f)), ...Object.keys(generated).map((f) => join(OUT, f))];
    for (const file of sources) {
      const text = readFileSync(file, "utf8").replace(/^\/\/.*$/gm, "");
      expect(text, file).not.toMatch(/from "node:|require\(|shared\/data/);
    }
  });
});
