import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../bench/_random.js";
import { custodyExtract } from "../../fixtures/synthetic/_custody.js";
import { hrExtract } from "../../fixtures/synthetic/_hr.js";
import { checkScrutinyConfig } from "../../src/index.js";
import { countExtract } from "../../src/node/index.js";
import { SHARED_DATA } from "../_helpers/sharedData.js";

// The demo pack's data (data/README.md): every path the demo config names exists; the real files
// are the shared data.police.uk files unchanged; the synthetic files are what the seeded generator
// writes at full scale.

const ROOT = join(import.meta.dirname, "..", "..");
const STOP_SEARCH = join(ROOT, "data", "police-uk", "stop-search");

describe("the demo data", () => {
  it("holds every path scrutiny.demo.json names, and the config is valid", () => {
    const config = checkScrutinyConfig(JSON.parse(readFileSync(join(ROOT, "scrutiny.demo.json"), "utf8")));
    for (const source of config.sources) for (const path of source.paths) expect(existsSync(join(ROOT, path)), path).toBe(true);
  });

  it("has the 35 Gwent stop-search files, byte for byte the shared ones, 12,675 rows, none rejected", async () => {
    const names = readdirSync(STOP_SEARCH).filter((n) => n.endsWith(".csv")).sort();
    expect(names).toHaveLength(35);
    expect(names).not.toContain("2019-08-gwent-stop-and-search.csv");
    const shared = join(SHARED_DATA, "police-uk", "gwent-stop-and-search-2019-04-to-2022-03");
    for (const name of names) expect(readFileSync(join(STOP_SEARCH, name)).equals(readFileSync(join(shared, name))), name).toBe(true);
    const { summary } = await countExtract(STOP_SEARCH, "police-uk-stop-search", { by: ["financialYear"] });
    expect(summary).toMatchObject({ files: 35, rowsRead: 12675, accepted: 12675, rejected: 0 });
  });

  it("has the 12 Gwent street-crime files of 2023/24, byte for byte the shared ones, 66,227 rows", async () => {
    const street = join(ROOT, "data", "police-uk", "street");
    const names = readdirSync(street).filter((n) => n.endsWith(".csv")).sort();
    expect(names).toHaveLength(12);
    const shared = join(SHARED_DATA, "police-uk", "gwent-street-2023-04-to-2024-03");
    for (const name of names) expect(readFileSync(join(street, name)).equals(readFileSync(join(shared, name))), name).toBe(true);
    const { summary } = await countExtract(street, "police-uk-street", { by: ["financialYear"] });
    expect(summary).toMatchObject({ files: 12, rowsRead: 66227, accepted: 66227, rejected: 0 });
  });

  it("has synthetic custody and HR extracts exactly as the generator writes them at full scale", () => {
    const custody = custodyExtract(seededRandom(20230402), 11_000, 2023, 0.0015, false);
    const hr = hrExtract(seededRandom(20230403), { officer: 1335, staff: 727, pcso: 122, special: 54, volunteer: 167, agency: 8 }, 2023, 0.0015, false);
    expect(readFileSync(join(ROOT, "data", "synthetic", "custody.csv"), "utf8")).toBe(`${custody.lines.join("\r\n")}\r\n`);
    expect(readFileSync(join(ROOT, "data", "synthetic", "hr.csv"), "utf8")).toBe(`${hr.lines.join("\r\n")}\r\n`);
  });
});
