import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { gwentPopulation } from "../../src/baselines/gwentPopulation.js";
import { RATES_HELP } from "../../src/cli/ratesCommand.js";
import { runCliCaptured as run } from "../_helpers/runCliCaptured.js";
import { disproportionality } from "../../src/measures/disproportionality.js";
import type { StopSearchRecord } from "../../src/csv/index.js";
import { readExtract } from "../../src/node/readExtract.js";

const DEMO = join(import.meta.dirname, "..", "..", "data", "police-uk", "stop-search");
const HEADER = "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing";
const ETHNICITY = { Asian: "Asian/Asian British - Pakistani", Black: "Black/African/Caribbean/Black British - African", Mixed: "Mixed/Multiple ethnic group - White and Black Caribbean", Other: "Other ethnic group - Any other ethnic group", White: "White - English/Welsh/Scottish/Northern Irish/British", Unknown: "" } as const;

/** A stop-search file with `counts` searches of each group, all in May 2021 (2021/22 Q1). */
async function searches(path: string, counts: Partial<Record<keyof typeof ETHNICITY, number>>): Promise<void> {
  const rows = Object.entries(counts).flatMap(([group, n]) =>
    Array.from({ length: n }, () => `Person search,2021-05-10T10:00:00+00:00,,,51.58,-2.99,Male,18-24,${ETHNICITY[group as keyof typeof ETHNICITY]},,,,,,`),
  );
  await writeFile(path, `${[HEADER, ...rows].join("\n")}\n`);
}

/** The cells of the text table's data rows, by group (two or more spaces separate cells). */
function textRows(stdout: string): Record<string, string[]> {
  const lines = stdout.split("\n");
  const end = lines.indexOf("");
  return Object.fromEntries(lines.slice(2, end).map((line) => {
    const cells = line.split(/ {2,}/);
    return [cells[0] as string, cells.slice(1)];
  }));
}

/** A naive CSV split (the rates CSV has no quoted cells). */
function csvRows(stdout: string): Record<string, string>[] {
  const [header, ...lines] = stdout.trimEnd().split("\n");
  const names = (header as string).split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((cell, i) => [names[i] as string, cell])));
}

let dir: string;
let small: string;
let smallReference: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cli-rates-"));
  small = join(dir, "small.csv");
  // Black 3 is suppressed (primary); the total would give it away, so the smallest other
  // non-zero part, Unknown 6, is suppressed too (secondary).
  await searches(small, { Asian: 7, Black: 3, Other: 9, White: 40, Unknown: 6 });
  smallReference = join(dir, "small-reference.csv");
  // White (the reference) 3 is suppressed, and Unknown 5 with it (secondary): every ratio goes.
  await searches(smallReference, { Asian: 12, Black: 10, White: 3, Unknown: 5 });
});

describe("rates on the Gwent stop-search data, 2019/20", () => {
  // Independently verified counts of 2019/20 (docs/validation.md): the command must find them.
  const COUNTS = { Asian: 191, Black: 111, Mixed: 86, Other: 14, White: 2054, Unknown: 941 };

  it("prints the counts and the R-verified Black rate and Black/White ratio against Census 2011", async () => {
    const { code, stdout, stderr } = await run(["rates", DEMO, "--schema", "police-uk-stop-search", "--period", "2019/20", "--census", "2011"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const rows = textRows(stdout);
    expect(Object.fromEntries(Object.entries(rows).map(([group, cells]) => [group, cells[0]]))).toEqual({
      White: "2,054", Mixed: "86", Asian: "191", Black: "111", Other: "14", Unknown: "941", Total: "3,397",
    });
    // R: poisson.test(c(111, 2054), c(3185, 554377)) gives 9.41 (7.70–11.39); the rate 34.85 (28.67–41.97).
    expect(rows["Black"]?.slice(3, 5)).toEqual(["34.85 (28.67–41.97)", "9.41 (7.70–11.39)"]);
    expect(rows["Black"]?.[1]).toBe("3.3");
    expect(rows["Unknown"]?.[1]).toBe("27.7");
    expect(stdout.split("\n")[0]).toMatch(/^ethnicity +count +% of all +population +rate per 1,000 \(95% CI\) +ratio vs White \(95% CI\) +adj\. p$/);
    expect(stdout).toContain("Read 35 files as police-uk-stop-search: 12,675 rows read, 12,675 accepted, 0 rejected; counted the rows of 2019/20 by ethnicity.\n");
    expect(stdout).toContain("Method: ethnicity rates per 1,000 of Gwent (Census 2011, Office for National Statistics QS201EW)");
  });

  it("writes as CSV, unrounded, what disproportionality gives for those counts", async () => {
    const { code, stdout } = await run(["rates", DEMO, "-s", "police-uk-stop-search", "--period", "2019/20", "--census", "2011", "--format", "csv"]);
    expect(code).toBe(0);
    const rows = csvRows(stdout);
    const expected = disproportionality(COUNTS, gwentPopulation({ census: 2011 }));
    expect(Number(rows.find((r) => r["group"] === "Black")?.["ratio"])).toBeCloseTo(9.41, 2);
    for (const row of expected.rows) {
      const line = rows.find((r) => r["group"] === row.group) as Record<string, string>;
      expect(Number(line["count"])).toBe(COUNTS[row.group as keyof typeof COUNTS]);
      expect(Number(line["population"])).toBe(row.population);
      expect(Number(line["rate"])).toBeCloseTo(row.rate?.value as number, 10);
      expect(Number(line["rate_upper"])).toBeCloseTo(row.rate?.upper as number, 10);
      expect(line["ratio"] === "" ? null : Number(line["ratio"])).toBe(row.ratio?.value ?? null);
      expect(line["p_adjusted"] === "" ? null : Number(line["p_adjusted"])).toBe(row.ratio?.adjustedPValue ?? null);
    }
    expect(rows.find((r) => r["group"] === "Unknown")).toMatchObject({ count: "941", rate: "", ratio: "" });
    expect(Number(rows.find((r) => r["group"] === "Unknown")?.["percent"])).toBeCloseTo((100 * 941) / 3397, 10);
  });

  it("gives JSON with the method, level, reference and the disclosed rows", async () => {
    const { stdout } = await run(["rates", DEMO, "-s", "police-uk-stop-search", "--period", "2019/20", "--format", "json", "--level", "0.9", "--per", "100000"]);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      command: "rates", schema: "police-uk-stop-search", period: "2019/20", by: "ethnicity", reference: "White", level: 0.9, per: 100000,
      method: { rate: "auto", ratio: "exact", adjust: "holm" }, baseline: { census: 2021, area: { name: "Gwent" } },
      disclosure: { threshold: 5, marker: "[c]", suppressedCells: 0 }, read: { files: 35, rowsRead: 12675, accepted: 12675, rejected: 0 },
    });
    const black = json.rows.find((r: { group: string }) => r.group === "Black");
    const expected = disproportionality(COUNTS, gwentPopulation(), { level: 0.9, per: 100000 }).rows.find((r) => r.group === "Black");
    expect(black.count).toBe(111);
    expect(black.rate).toBeCloseTo(expected?.rate?.value as number, 10);
    expect(black.ratio_lower).toBeCloseTo(expected?.ratio?.lower as number, 10);
  });

  it("counts a quarter, by sex and by age, as the records read one by one do", async () => {
    const { records } = await readExtract<StopSearchRecord>(DEMO, "police-uk-stop-search");
    const tally = (key: (r: StopSearchRecord) => string, keep: (r: StopSearchRecord) => boolean) => {
      const out: Record<string, number> = {};
      for (const r of records.filter(keep)) out[key(r)] = (out[key(r)] ?? 0) + 1;
      return out;
    };
    const counted = (stdout: string) => Object.fromEntries(csvRows(stdout).filter((r) => r["group"] !== "Total" && r["count"] !== "0").map((r) => [r["group"], Number(r["count"])]));
    const quarter = await run(["rates", DEMO, "-s", "police-uk-stop-search", "--period", "2020/21 Q3", "--format", "csv"]);
    expect(counted(quarter.stdout)).toEqual(tally((r) => r.ethnicity, (r) => r.quarter === "2020/21 Q3"));
    const sex = await run(["rates", DEMO, "-s", "police-uk-stop-search", "--by", "sex", "--format", "csv"]);
    expect(counted(sex.stdout)).toEqual(tally((r) => r.gender, () => true));
    const age = await run(["rates", DEMO, "-s", "police-uk-stop-search", "--by", "age", "--period", "2021/22", "--format", "csv"]);
    expect(counted(age.stdout)).toEqual(tally((r) => r.ageBand, (r) => r.financialYear === "2021/22"));
    expect(csvRows(age.stdout).map((r) => r["group"])).toEqual(["under 10", "10-17", "18-24", "25-34", "over 34", "Unknown", "Total"]);
  });

  it("uses the area's baseline", async () => {
    const { stdout } = await run(["rates", DEMO, "-s", "police-uk-stop-search", "--area", "Newport", "--format", "csv", "--threads", "1"]);
    const white = csvRows(stdout).find((r) => r["group"] === "White");
    expect(Number(white?.["population"])).toBe(gwentPopulation({ area: "Newport" }).groups.find((g) => g.group === "White")?.population);
  });
});

describe("disclosure control", () => {
  /** Black's figures (count 3) and the Unknown share (count 6), unrounded and as the text table would show them. */
  const hidden = () => {
    const table = disproportionality({ Asian: 7, Black: 3, Mixed: 0, Other: 9, White: 40, Unknown: 6 }, gwentPopulation());
    const black = table.rows.find((r) => r.group === "Black");
    const [rate, ratio] = [black?.rate, black?.ratio];
    const full = [rate?.value, rate?.lower, rate?.upper, ratio?.value, ratio?.lower, ratio?.upper, ratio?.adjustedPValue, (100 * 3) / 65, (100 * 6) / 65].map(String);
    const interval = (e: typeof rate | typeof ratio) => `${e?.value?.toFixed(2)} (${e?.lower.toFixed(2)}–${e?.upper.toFixed(2)})`;
    const shown = [interval(rate), interval(ratio), ((100 * 3) / 65).toFixed(1), ((100 * 6) / 65).toFixed(1), "3", "6"];
    return { full, shown };
  };
  /** Every cell of a text or Markdown table. */
  const cellsOf = (stdout: string) => stdout.split("\n").flatMap((line) => line.split(/ {2,}|\s*\|\s*/).map((cell) => cell.trim()));

  it("shows [c] for a count of 1–4, everything derived from it, and the part that would give it away, in text", async () => {
    const { code, stdout } = await run(["rates", small, "-s", "police-uk-stop-search"]);
    expect(code).toBe(0);
    const rows = textRows(stdout);
    expect(rows["Black"]).toEqual(["[c]", "[c]", rows["Black"]?.[2], "[c]", "[c]", "[c]"]);
    expect(rows["Unknown"]).toEqual(["[c]", "[c]"]);
    expect(rows["Total"]).toEqual(["65", "100.0"]);
    expect(rows["Asian"]?.[0]).toBe("7");
    for (const figure of hidden().shown) expect(cellsOf(stdout)).not.toContain(figure);
    expect(stdout).toContain("Disclosure: Counts from 1 to 4 are suppressed;");
  });

  it("never writes a suppressed value in CSV, Markdown or JSON", async () => {
    const csv = await run(["rates", small, "-s", "police-uk-stop-search", "--format", "csv"]);
    const black = csvRows(csv.stdout).find((r) => r["group"] === "Black") as Record<string, string>;
    expect(Object.entries(black).filter(([column]) => column !== "group" && column !== "population").every(([, cell]) => cell === "[c]")).toBe(true);
    expect(csvRows(csv.stdout).find((r) => r["group"] === "Unknown")).toMatchObject({ count: "[c]", percent: "[c]", rate: "", ratio: "" });
    const markdown = await run(["rates", small, "-s", "police-uk-stop-search", "--format", "markdown"]);
    expect(markdown.stdout).toMatch(/\| Black \| \[c\] \| \[c\] \| [\d,]+ \| \[c\] \| \[c\] \| \[c\] \|/);
    expect(markdown.stdout).toContain("| Unknown | [c] | [c] |");
    const json = await run(["rates", small, "-s", "police-uk-stop-search", "--format", "json"]);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.rows.find((r: { group: string }) => r.group === "Black")).toMatchObject({ count: "[c]", rate: "[c]", ratio: "[c]", p_adjusted: "[c]" });
    expect(parsed.disclosure.suppressedCells).toBe(11);
    for (const out of [csv.stdout, json.stdout]) {
      for (const figure of hidden().full) expect(out).not.toContain(figure);
    }
    for (const figure of hidden().shown) expect(cellsOf(markdown.stdout)).not.toContain(figure);
    // No count cell anywhere holds 3 or 6.
    expect(parsed.rows.map((r: { count: unknown }) => r.count)).not.toContain(3);
    expect(parsed.rows.map((r: { count: unknown }) => r.count)).not.toContain(6);
  });

  it("suppresses every ratio when the reference count is suppressed", async () => {
    const { stdout } = await run(["rates", smallReference, "-s", "police-uk-stop-search", "--format", "csv"]);
    const rows = csvRows(stdout);
    expect(rows.find((r) => r["group"] === "White")).toMatchObject({ count: "[c]", rate: "[c]" });
    expect(rows.find((r) => r["group"] === "Black")).toMatchObject({ count: "10", ratio: "[c]", ratio_lower: "[c]", ratio_upper: "[c]", p_adjusted: "[c]" });
    expect(rows.find((r) => r["group"] === "Asian")).toMatchObject({ count: "12", ratio: "[c]" });
    expect(Number(rows.find((r) => r["group"] === "Black")?.["rate"])).toBeGreaterThan(0);
  });

  it("follows --threshold", async () => {
    const { stdout } = await run(["rates", small, "-s", "police-uk-stop-search", "--format", "csv", "--threshold", "1"]);
    expect(csvRows(stdout).find((r) => r["group"] === "Black")?.["count"]).toBe("3");
    // With nothing suppressed the checks above would find every hidden figure: they can fail.
    const text = await run(["rates", small, "-s", "police-uk-stop-search", "--threshold", "1"]);
    for (const figure of hidden().shown) expect(cellsOf(text.stdout)).toContain(figure);
    for (const figure of hidden().full) expect(stdout).toContain(figure);
  });
});

describe("other schemas", () => {
  it("counts the victims or the subjects of an incidents extract", async () => {
    const path = join(dir, "incidents.csv");
    await writeFile(path, ["incident_id,incident_date,victim_ethnicity,subject_ethnicity", ...Array.from({ length: 8 }, (_, i) => `I${i},2023-05-01,W1,${i < 6 ? "B2" : "W1"}`)].join("\n"));
    const subject = csvRows((await run(["rates", path, "-s", "incidents", "--role", "subject", "--format", "csv", "--threshold", "1"])).stdout);
    expect(subject.filter((r) => r["count"] !== "0").map((r) => [r["group"], r["count"]])).toEqual([["Black", "6"], ["White", "2"], ["Total", "8"]]);
    const victim = csvRows((await run(["rates", path, "-s", "incidents", "--role", "victim", "--format", "csv", "--threshold", "1"])).stdout);
    expect(victim.find((r) => r["group"] === "White")?.["count"]).toBe("8");
  });
});

describe("help, progress, failures and usage errors", () => {
  it("prints --help and lists the command in the top-level help", async () => {
    expect(await run(["rates", "--help"])).toEqual({ code: 0, stdout: RATES_HELP, stderr: "" });
    expect((await run(["--help"])).stdout).toContain("  rates PATH... --schema SCHEMA");
  });

  it("draws a progress bar on stderr only when it is a terminal", async () => {
    const tty = await run(["rates", small, "-s", "police-uk-stop-search"], true);
    expect(tty.stderr).toMatch(/^\rrates \[#+\] 100%  65 rows/);
    expect(tty.stderr.endsWith("\r\x1b[2K")).toBe(true);
    expect((await run(["rates", small, "-s", "police-uk-stop-search"])).stderr).toBe("");
  });

  it("exits 1 for a missing path, an unreadable file and a period with no rows", async () => {
    const missing = join(dir, "missing.csv");
    expect(await run(["rates", missing, "-s", "police-uk-stop-search"])).toEqual({ code: 1, stdout: "", stderr: `disproportionality rates: PATH must name files or folders that exist; received ${JSON.stringify(missing)}\n` });
    const folder = join(dir, "with-a-folder");
    await mkdir(join(folder, "not-a-file.csv"), { recursive: true });
    const unreadable = await run(["rates", folder, "-s", "police-uk-stop-search"]);
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toMatch(/^disproportionality rates: .+\n$/);
    expect(await run(["rates", small, "-s", "police-uk-stop-search", "--period", "2019/20"])).toEqual({
      code: 1, stdout: "", stderr: "disproportionality rates: no accepted row falls in 2019/20 (the rows run from 2021/22 to 2021/22)\n",
    });
  });

  const usage = (message: string) => `disproportionality rates: ${message}\nRun "disproportionality rates --help" for usage.\n`;
  it.each([
    [["--frob"], "unknown option --frob"],
    [["-s", "police-uk-stop-search", "--period"], "option '--period <value>' argument missing"],
    [["-s", "police-uk-stop-search"], null],
    [[], "--schema is required"],
    [["-s", "hr"], '--schema must be one of police-uk-stop-search, custody, incidents (extracts that record a person\'s group and a date); received "hr"'],
    [["-s", "nope"], '--schema must be one of police-uk-stop-search, custody, incidents (extracts that record a person\'s group and a date); received "nope"'],
    [["-s", "custody", "--role", "victim"], "--role applies to --schema incidents only"],
    [["-s", "incidents"], "--role is required with --schema incidents: victim or subject"],
    [["-s", "incidents", "--role", "witness"], '--role must be victim or subject; received "witness"'],
    [["-s", "custody", "--by", "religion"], '--by must be ethnicity, sex or age; received "religion"'],
    [["-s", "custody", "--census", "2001"], '--census must be 2021 or 2011; received "2001"'],
    [["-s", "custody", "--census", "2011", "--by", "age"], "--by age needs --census 2021: the Census 2011 baseline is by ethnic group only"],
    [["-s", "custody", "--period", "2021/23"], '--period must be a financial year such as "2021/22" or a quarter such as "2021/22 Q3"; received "2021/23"'],
    [["-s", "custody", "--period", "2021/22 Q5"], '--period must be a financial year such as "2021/22" or a quarter such as "2021/22 Q3"; received "2021/22 Q5"'],
    [["-s", "custody", "--period", "2021"], '--period must be a financial year such as "2021/22" or a quarter such as "2021/22 Q3"; received "2021"'],
    [["-s", "custody", "--level", "95"], '--level must be a fraction between 0 and 1, such as 0.95; received "95"'],
    [["-s", "custody", "--per", "0"], '--per must be a number greater than 0, such as 1000; received "0"'],
    [["-s", "custody", "--per", "lots"], '--per must be a number greater than 0, such as 1000; received "lots"'],
    [["-s", "custody", "--threshold", "2.5"], '--threshold must be a whole number of at least 1; received "2.5"'],
    [["-s", "custody", "--threshold", "0"], '--threshold must be a whole number of at least 1; received "0"'],
    [["-s", "custody", "--threads", "0"], '--threads must be a whole number of at least 1; received "0"'],
    [["-s", "custody", "--format", "html"], '--format must be text, csv, markdown or json; received "html"'],
    [["-s", "custody", "--area", "Cardiff"], '--area must be a Gwent area name or code: "Gwent" (W15000002), "East LPA" (GWENT-EAST), "West LPA" (GWENT-WEST), "Blaenau Gwent" (W06000019), "Caerphilly" (W06000018), "Monmouthshire" (W06000021), "Newport" (W06000022), "Torfaen" (W06000020); received "Cardiff"'],
  ])("exits 2 for %j", async (args, message) => {
    const argv = message === null ? ["rates", ...args] : ["rates", small, ...args];
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(usage(message ?? "give at least one PATH (a CSV file or a folder)"));
  });
});
