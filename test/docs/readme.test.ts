import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rate, rateRatio } from "../../src/index.js";

const readme = readFileSync(join(import.meta.dirname, "..", "..", "README.md"), "utf8");

describe("README", () => {
  it("gives the set-up test command that CI runs", () => {
    expect(readme).toContain("npm ci && npm test");
    expect(readFileSync(join(import.meta.dirname, "..", "..", ".ci", "run"), "utf8")).toMatch(/npm ci[\s\S]*npm test/);
  });

  it("shows the figures the worked example really produces", () => {
    const r = rate(41, 28010);
    const rr = rateRatio({ count: 41, population: 28010 }, { count: 15, population: 19017 });
    const shown = (x: number, places = 4) => x.toFixed(places);
    expect(readme).toContain(`value: ${shown(r.value)}, lower: ${shown(r.lower)}, upper: ${shown(r.upper)}, level: 0.95, method: "${r.method}"`);
    expect(readme).toContain(`value: ${shown(rr.value as number)}, lower: ${shown(rr.lower)}, upper: ${shown(rr.upper)}, pValue: ${shown(rr.pValue)}`);
  });
});
