import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildScrutinyPack, disproportionality, gwentPopulation, scrutinyPackFiles, type ScrutinyInputs, type ScrutinyPack } from "../../src/index.js";
import { writeScrutinyPack } from "../../src/node/index.js";
import { runCli } from "../../src/cli/runCli.js";
import { fig } from "../../src/_internal/pack/packRound.js";
import { axeViolations, chromiumPath, startAxe, stopAxe } from "../_helpers/axe.js";
import { SHARED_DATA } from "../_helpers/sharedData.js";

// The demo pack end to end: determinism, what it holds, no suppressed value in any file, snapshots
// of its CSV tables and chart specs, and WCAG 2.2 AA of report.html in a real browser.

const ROOT = join(import.meta.dirname, "..", "..");
const DEMO = JSON.parse(await readFile(join(ROOT, "scrutiny.demo.json"), "utf8")) as Record<string, unknown>;
const PACKAGE = { name: "disproportionality", version: "0.0.0-test" };

async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, path)));
    else out.push(path);
  }
  return out.sort();
}

async function writeDemo(): Promise<{ dir: string; pack: ScrutinyPack; files: Record<string, string> }> {
  const dir = await mkdtemp(join(tmpdir(), "scrutiny-pack-"));
  const { pack } = await writeScrutinyPack(DEMO, dir, { baseDir: ROOT, package: PACKAGE, threads: 1 });
  const files: Record<string, string> = {};
  for (const path of await listFiles(dir)) files[path] = await readFile(join(dir, path), "utf8");
  return { dir, pack, files };
}

const first = await writeDemo();
const second = await writeDemo();

describe("the demo scrutiny pack", () => {
  it("writes every file the contract names", () => {
    const paths = Object.keys(first.files);
    for (const f of ["scrutiny.json", "report.md", "report.html"]) expect(paths).toContain(f);
    expect(paths.filter((p) => p.startsWith("tables/") && p.endsWith(".csv")).length).toBe(22);
    expect(paths.filter((p) => p.startsWith("charts/") && p.endsWith(".vl.json")).length).toBe(10);
    expect(first.pack.sections.map((s) => s.id)).toEqual(["stop-search", "change", "trends", "stages", "sex-age", "custody", "areas", "pay-gap", "representation", "methods"]);
  });

  it("is deterministic: two runs give byte-identical files", () => {
    expect(Object.keys(second.files)).toEqual(Object.keys(first.files));
    for (const [path, text] of Object.entries(first.files)) expect(second.files[path], path).toBe(text);
  });

  it("records provenance: package version, every file's SHA-256, rows read = accepted + rejected", () => {
    const json = JSON.parse(first.files["scrutiny.json"] as string) as ScrutinyPack;
    expect(json.package).toEqual(PACKAGE);
    const stop = json.sources.find((s) => s.name === "stop-search");
    expect(stop?.files).toHaveLength(35);
    expect(stop?.files[0]).toMatchObject({ path: "data/police-uk/stop-search/2019-04-gwent-stop-and-search.csv" });
    expect(stop?.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);
    expect(stop?.summary).toEqual({ rowsRead: 12675, accepted: 12675, rejected: 0 });
    for (const s of json.sources) expect(s.summary.rowsRead).toBe(s.summary.accepted + s.summary.rejected);
    expect(json.sources.find((s) => s.name === "street-crime")?.summary.rowsRead).toBe(66227);
    expect(first.files["report.html"]).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/); // no timestamps
  });

  it("carries the independently verified 2019/20 counts into the change table", () => {
    const rows = Papa.parse<Record<string, string>>(first.files["tables/change-against-baseline.csv"] as string, { header: true, skipEmptyLines: true }).data;
    expect(Object.fromEntries(rows.map((r) => [r["group"], Number(r["baseline_count"])]))).toEqual({ Asian: 191, Black: 111, Mixed: 86, Other: 14 });
    expect(rows.every((r) => r["baseline_reference_count"] === "2054")).toBe(true);
  });

  it("gives the synthetic HR pay gap figures that test/paygap asserts (docs/paygap.md)", () => {
    const rows = Papa.parse<Record<string, string>>(first.files["tables/gender-pay-gap.csv"] as string, { header: true, skipEmptyLines: true }).data;
    const mean = rows.find((r) => r["metric"] === "mean_hourly_gap");
    expect([Number(mean?.["value"]).toFixed(1), mean?.["women"], mean?.["men"]]).toEqual(["5.0", "929", "1042"]);
    expect(Number(rows.find((r) => r["metric"] === "median_hourly_gap")?.["value"]).toFixed(1)).toBe("6.2");
    const quartiles = Papa.parse<Record<string, string>>(first.files["tables/pay-quartiles.csv"] as string, { header: true, skipEmptyLines: true }).data;
    expect(quartiles.map((q) => Number(q["women_pct"]).toFixed(1))).toEqual(["57.2", "42.8", "45.5", "43.0"]);
  });

  it("labels the synthetic sources in every output that uses them", () => {
    for (const f of ["report.md", "report.html"]) expect(first.files[f]).toMatch(/SYNTHETIC DATA: the sources custody, hr are synthetic/);
    const custody = first.pack.sections.find((s) => s.id === "custody");
    for (const t of custody?.tables ?? []) expect(t.synthetic && t.notes[0]?.startsWith("Synthetic data")).toBe(true);
    expect(first.pack.sections.find((s) => s.id === "stop-search")?.tables[0]?.synthetic).toBe(false);
  });

  it("matches the committed snapshots of its CSV tables and Vega-Lite specs", async () => {
    for (const [path, text] of Object.entries(first.files)) {
      if (path.startsWith("tables/") || path.startsWith("charts/")) await expect(text).toMatchFileSnapshot(join("__snapshots__", "demo-pack", path));
    }
  });

  it("publishes no suppressed value: every CSV and JSON table equals the disclosed table, [c] where suppressed", () => {
    const json = JSON.parse(first.files["scrutiny.json"] as string) as ScrutinyPack;
    let suppressed = 0;
    for (const section of first.pack.sections) {
      for (const table of section.tables) {
        const csv = Papa.parse<string[]>(first.files[`tables/${table.id}.csv`] as string, { skipEmptyLines: true }).data;
        expect(csv[0]).toEqual(table.columns);
        table.rows.forEach((row, i) => table.columns.forEach((c, j) => {
          const value = row[c];
          if (value === "[c]") { suppressed++; expect(csv[i + 1]?.[j]).toBe("[c]"); }
        }));
        const inJson = json.sections.find((s) => s.id === section.id)?.tables.find((t) => t.id === table.id);
        expect(inJson?.rows).toEqual(table.rows);
      }
    }
    expect(suppressed).toBeGreaterThan(0);
  });

  it("passes axe-core (WCAG 2.2 AA) in headless Chromium with 0 violations", { timeout: 120_000 }, async () => {
    if (chromiumPath() === null) {
      if (process.env["CI"]) throw new Error("Chromium not found: install Debian's chromium (.ci/run does)");
      return;
    }
    await startAxe();
    try {
      const violations = await axeViolations(first.files["report.html"] as string);
      expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    } finally {
      await stopAxe();
    }
  });
});

describe("disclosure in the pack: hidden figures appear in no file", () => {
  // A tiny stop-search input: Other has 3 searches and Mixed 2 in 2021/22, so their counts, rates and ratios are hidden.
  const counts = { Asian: 40, Black: 30, Mixed: 2, Other: 3, White: 900, Unknown: 25 };
  const rows = Object.entries(counts).flatMap(([ethnicity, count]) => [
    { financialYear: "2021/22", quarter: "2021/22 Q1", month: "2021-04", ethnicity, gender: "Male", ageBand: "18-24", outcome: null, count },
    { financialYear: "2019/20", quarter: "2019/20 Q1", month: "2019-04", ethnicity, gender: "Male", ageBand: "18-24", outcome: null, count: count * 2 },
  ]);
  const config = { title: "Leak test", period: { current: "2021/22", baseline: "2019/20" }, sources: [{ name: "ss", schema: "police-uk-stop-search", paths: ["x.csv"] }] };
  const inputs: ScrutinyInputs = { sources: [{ name: "ss", files: [], summary: { rowsRead: 2000, accepted: 2000, rejected: 0 }, counts: rows, records: [] }], censusCsv: null, glossary: null, package: PACKAGE };
  const pack = buildScrutinyPack(config, inputs);
  const files = scrutinyPackFiles(pack, { svg: () => "<svg></svg>" });
  const raw = disproportionality(counts, gwentPopulation());

  it("hides the small groups' counts and everything computed from them, and the next smallest for the total", () => {
    const table = pack.sections[0]?.tables[0];
    const row = (g: string) => table?.rows.find((r) => r["group"] === g);
    for (const g of ["Mixed", "Other"]) for (const c of ["count", "rate", "rate_lower", "ratio", "ratio_upper", "p_adjusted"]) expect(row(g)?.[c], `${g} ${c}`).toBe("[c]");
    expect(row("White")?.["count"]).toBe(900);
  });

  it("leaves no hidden rate, ratio or limit in any file", () => {
    const hidden = raw.rows.filter((r) => r.group === "Mixed" || r.group === "Other").flatMap((r) => [r.rate?.value, r.rate?.lower, r.rate?.upper, r.ratio?.value, r.ratio?.lower, r.ratio?.upper]);
    const texts = hidden.map((x) => String(fig(x)));
    expect(texts.every((t) => /\d\.\d{2,}/.test(t))).toBe(true); // distinctive strings, so a search for them can fail
    for (const [path, text] of Object.entries(files)) for (const t of texts) expect(text.includes(t), `${t} in ${path}`).toBe(false);
    // A control: the published Black rate is found, so the search works.
    const black = String(fig(raw.rows.find((r) => r.group === "Black")?.rate?.value));
    expect(files["tables/stop-search-ethnicity.csv"]).toContain(black);
  });

  it("charts only published groups and names the others in the text alternative", () => {
    const chart = pack.sections[0]?.charts[0];
    expect(chart?.spec.data.values.map((d) => d["group"])).toEqual([expect.stringMatching(/^Asian/), expect.stringMatching(/^Black/)]);
    expect(chart?.spec.description).toMatch(/Not shown \(counts suppressed\): .*Mixed.*Other/);
  });
});

describe("a pack against a user's census CSV", () => {
  it("takes the population from the CSV's area, and leaves out the sex and age tables it cannot give", async () => {
    const csvPath = join(SHARED_DATA, "census", "census2021_ts021_ethnic_group_LA_wales.csv");
    const config = {
      title: "Census CSV mechanism (Gwent searches against Newport residents: a test of the baseline, not a real figure)", area: "Newport", period: { current: "2021/22", baseline: "2019/20" },
      sources: [{ name: "stop-search", schema: "police-uk-stop-search", paths: ["data/police-uk/stop-search"] }],
      baselines: { population: { censusCsv: csvPath, area: "W06000022" } },
    };
    const dir = await mkdtemp(join(tmpdir(), "scrutiny-csv-"));
    const { pack } = await writeScrutinyPack(config, dir, { baseDir: ROOT, package: PACKAGE, threads: 1 });
    // Newport's White and Black residents, read straight from the CSV's columns.
    const csv = Papa.parse<Record<string, string>>(await readFile(csvPath, "utf8"), { header: true, skipEmptyLines: true }).data;
    const newport = csv.find((r) => r["geography code"] === "W06000022") as Record<string, string>;
    const rows = pack.sections[0]?.tables[0]?.rows ?? [];
    expect(rows.find((r) => r["group"] === "White")?.["population"]).toBe(Number(newport["Ethnic group: White"]));
    expect(rows.find((r) => r["group"] === "Black")?.["population"]).toBe(Number(newport["Ethnic group: Black, Black British, Black Welsh, Caribbean or African"]));
    expect(pack.baselines.map((b) => b.area)).toEqual([expect.stringMatching(/Newport|W06000022/)]);
    expect(pack.sections.find((s) => s.id === "sex-age")?.tables).toEqual([]);
  });
});

describe("bilingual packs", () => {
  it("marks every Welsh term of a two-language page with lang=\"cy\" (WCAG 2.2 SC 3.1.2), outside the SVG charts", () => {
    const html = first.files["report.html"] as string;
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('<td>White / <span lang="cy">Gwyn</span></td>');
    expect(first.pack.welshTerms).toContain("Gwyn");
    // Text outside the charts and attribute values: no " / <Welsh term>" is left unmarked.
    const text = html.replace(/<svg[\s\S]*?<\/svg>/g, "").replace(/"[^"]*"/g, '""');
    for (const term of first.pack.welshTerms) expect(text.includes(` / ${term}`), term).toBe(false);
  });

  it("writes Welsh labels and lang=\"cy\" for a Welsh pack", async () => {
    const { measures: _all, ...rest } = DEMO;
    const config = { ...rest, lang: "cy", sources: (DEMO["sources"] as { name: string }[]).filter((s) => s.name === "hr") };
    const dir = await mkdtemp(join(tmpdir(), "scrutiny-cy-"));
    const { pack } = await writeScrutinyPack(config, dir, { baseDir: ROOT, package: PACKAGE });
    const html = await readFile(join(dir, "report.html"), "utf8");
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="cy">/);
    expect(html).toContain("<td>Gwyn</td>");
    expect(pack.warnings.some((w) => w.includes("checked by a translator"))).toBe(true);
  });
});

describe("disproportionality scrutiny", () => {
  const io = () => {
    const out = { stdout: "", stderr: "" };
    return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), isTTY: false } };
  };

  it("writes the demo pack and says what it wrote", async () => {
    const { out, io: cli } = io();
    const dir = await mkdtemp(join(tmpdir(), "scrutiny-cli-"));
    expect(await runCli(["scrutiny", "--demo", "--out", dir, "--threads", "1"], cli)).toBe(0);
    expect(out.stdout).toMatch(/^Wrote 35 files to .*: report\.html, report\.md, scrutiny\.json, 22 tables and 10 charts\.\n/);
    expect(out.stderr).toBe("");
    expect(await readFile(join(dir, "tables", "stop-search-ethnicity.csv"), "utf8")).toBe(first.files["tables/stop-search-ethnicity.csv"]);
  });

  it("draws a progress bar and step lines on stderr when it is a terminal", async () => {
    const out = { stdout: "", stderr: "" };
    const tty = { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), isTTY: true };
    const dir = await mkdtemp(join(tmpdir(), "scrutiny-tty-"));
    expect(await runCli(["scrutiny", "--demo", "--out", dir, "--threads", "1"], tty)).toBe(0);
    expect(out.stderr).toMatch(/\rscrutiny: reading street-crime \[#+-*\] +\d+%  [\d,]+ rows/);
    expect(out.stderr).toContain("scrutiny: drawing charts…\n");
  });

  it("fails with exit 1 and the path when a source file is missing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "scrutiny-missing-"));
    const config = join(dir, "pack.json");
    await writeFile(config, JSON.stringify({ title: "T", period: { current: "2021/22", baseline: "2019/20" }, sources: [{ name: "s", schema: "custody", paths: ["nowhere.csv"] }] }));
    const { out, io: cli } = io();
    expect(await runCli(["scrutiny", "--config", config, "--out", join(dir, "out")], cli)).toBe(1);
    expect(out.stderr).toMatch(/^disproportionality scrutiny: writeScrutinyPack: paths must name files or folders that exist; received ".*nowhere\.csv"\n$/);
  });

  it("rejects bad usage with exit 2 and a bad config with exit 1", async () => {
    const cases: [string[], number, RegExp][] = [
      [["scrutiny", "--out", "x"], 2, /give either --config FILE or --demo/],
      [["scrutiny", "--demo", "--config", "c.json", "--out", "x"], 2, /give either --config FILE or --demo/],
      [["scrutiny", "--demo"], 2, /--out DIR is required/],
      [["scrutiny", "--demo", "--out", "x", "--threads", "0"], 2, /--threads must be a whole number of at least 1; received "0"/],
      [["scrutiny", "--config", join(ROOT, "no-such.json"), "--out", "x"], 1, /cannot read the config .*no-such\.json \(ENOENT\)/],
      [["scrutiny", "--config", join(ROOT, "package.json"), "--out", "x"], 1, /checkScrutinyConfig: name is not a known key/],
    ];
    for (const [args, code, message] of cases) {
      const { out, io: cli } = io();
      expect(await runCli(args, cli), args.join(" ")).toBe(code);
      expect(out.stderr, args.join(" ")).toMatch(message);
    }
  });
});
