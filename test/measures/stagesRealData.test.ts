import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decisionStages, ethnicityConcordance, gwentPopulation, outcomeRates } from "../../src/index.js";
import { countExtract, readExtract } from "../../src/node/index.js";
import { SHARED_DATA } from "../_helpers/sharedData.js";

// The three measures on the real data.police.uk files in shared/data, each checked against an
// independent count made here with a naive CSV scan (the files hold no quotes).
const GWENT = join(SHARED_DATA, "police-uk", "gwent-stop-and-search-2019-04-to-2022-03");
const SOUTH_WALES = join(SHARED_DATA, "police-uk", "format_sample_2022-03-south-wales-stop-and-search.csv");

const londonDate = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });
function financialYearOf(iso: string): string {
  const [, month, year] = londonDate.format(new Date(iso)).split("/").map(Number) as [number, number, number];
  const start = month >= 4 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}
/** Self-defined label → group by its prefix; "Not stated" and blank are Unknown. */
function selfGroup(label: string): string {
  if (label === "" || label.endsWith("Not stated")) return "Unknown";
  return ["White", "Mixed", "Asian", "Black", "Other"].find((prefix) => label.startsWith(prefix)) ?? "unexpected";
}
/** Every row of the CSV files as a record keyed by header, split naively on commas. */
function scan(paths: string[]): Record<string, string>[] {
  return paths.flatMap((path) => {
    const [header, ...lines] = readFileSync(path, "utf8").split(/\r?\n/).filter((l) => l !== "");
    const columns = (header as string).split(",");
    return lines.map((line) => Object.fromEntries(line.split(",").map((value, i) => [columns[i] as string, value])));
  });
}
const gwentRows = () => scan(readdirSync(GWENT).sort().map((name) => join(GWENT, name))).filter((r) => financialYearOf(r["Date"] as string) === "2019/20");

describe("Gwent 2019/20 stop and search (data.police.uk)", () => {
  it("search → positive outcome: hit rates by self-defined ethnicity, as an independent count gives", async () => {
    const { counts } = await countExtract(GWENT, "police-uk-stop-search", { by: ["financialYear", "ethnicity", "outcome"] });
    const byGroup: Record<string, { outcomes: number; searches: number; arrests: number }> = {};
    for (const c of counts.filter((c) => c["financialYear"] === "2019/20")) {
      const g = (byGroup[c["ethnicity"] as string] ??= { outcomes: 0, searches: 0, arrests: 0 });
      g.searches += c.count;
      if (c["outcome"] !== null && c["outcome"] !== "A no further action disposal") g.outcomes += c.count;
      if (c["outcome"] === "Arrest") g.arrests += c.count;
    }
    // Independent count: a positive outcome is any recorded outcome other than no further action.
    const independent: Record<string, { outcomes: number; searches: number; arrests: number }> = {};
    for (const row of gwentRows()) {
      const g = (independent[selfGroup(row["Self-defined ethnicity"] as string)] ??= { outcomes: 0, searches: 0, arrests: 0 });
      g.searches++;
      const outcome = row["Outcome"] as string;
      if (outcome !== "" && outcome !== "A no further action disposal") g.outcomes++;
      if (outcome === "Arrest") g.arrests++;
    }
    expect(byGroup).toEqual(independent);
    // The figures the issue asked for (no August 2019 file; see shared/data/FINDINGS.md §2c).
    expect(byGroup).toEqual({
      White: { outcomes: 51, searches: 2054, arrests: 0 },
      Black: { outcomes: 0, searches: 111, arrests: 0 },
      Asian: { outcomes: 4, searches: 191, arrests: 0 },
      Mixed: { outcomes: 0, searches: 86, arrests: 0 },
      Other: { outcomes: 0, searches: 14, arrests: 0 },
      Unknown: { outcomes: 24, searches: 941, arrests: 0 },
    });

    const hits = outcomeRates(Object.entries(byGroup).map(([group, g]) => ({ group, outcomes: g.outcomes, searches: g.searches })));
    const asian = hits.rows.find((r) => r.group === "Asian");
    expect(hits.reference).toBe("White");
    expect(asian?.rate?.value).toBeCloseTo(4 / 191, 12);
    expect(asian?.ratio?.value).toBeCloseTo(4 / 191 / (51 / 2054), 12);
    expect(asian?.ratio?.lower).toBeLessThan(1);
    expect(asian?.ratio?.upper).toBeGreaterThan(1);
    for (const group of ["Black", "Mixed", "Other"]) expect(hits.rows.find((r) => r.group === group)?.ratio).toMatchObject({ value: 0, lower: 0, status: "zero-ratio" });
    expect(hits.unknown).toMatchObject({ outcomes: 24, searches: 941, shareOfSearches: 941 / 3397 });

    // Gwent's published files carry no "Arrest" outcome in this period: every arrest rate is 0 and
    // every ratio undefined (0 against 0), which the statuses say.
    const arrests = outcomeRates(Object.entries(byGroup).map(([group, g]) => ({ group, outcomes: g.arrests, searches: g.searches })));
    expect(arrests.rows.map((r) => r.rate?.status)).toEqual(["zero-count", "zero-count", "zero-count", "zero-count", "zero-count"]);
    expect(arrests.rows.filter((r) => r.ratio !== null).every((r) => r.ratio?.status === "undefined-ratio" && r.ratio.value === null)).toBe(true);
  });

  it("population → search → positive outcome as a decision-stage chain with the 2011 Census baseline", async () => {
    const { records } = await readExtract(GWENT, "police-uk-stop-search");
    const fy = records.filter((r) => (r as { financialYear: string }).financialYear === "2019/20") as { ethnicity: string; outcome: string | null }[];
    const count = (keep: (r: (typeof fy)[number]) => boolean) => fy.filter(keep).reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.ethnicity]: (acc[r.ethnicity] ?? 0) + 1 }), {});
    const chain = decisionStages([
      { stage: "Population (Census 2011)", counts: gwentPopulation({ census: 2011 }) },
      { stage: "Stop and search", counts: count(() => true) },
      { stage: "Positive outcome", counts: count((r) => r.outcome !== null && r.outcome !== "A no further action disposal") },
    ]);
    const blackSearch = chain.stages[1]?.rows.find((r) => r.group === "Black");
    expect(blackSearch).toMatchObject({ count: 111, previous: 3185, status: "ok" });
    expect(blackSearch?.ratio?.value).toBeCloseTo(111 / 3185 / (2054 / 554377), 10);
    expect(chain.stages[1]?.unknown).toEqual({ count: 941, total: 3397, share: 941 / 3397 });
    expect(chain.stages[2]?.rows.find((r) => r.group === "Asian")).toMatchObject({ count: 4, previous: 191, status: "ok" });
    expect(chain.stages[2]?.rows.find((r) => r.group === "Black")).toMatchObject({ count: 0, previous: 111, ratio: { status: "zero-ratio" } });
  });

  it("self- and officer-defined ethnicity: Gwent records no officer-defined ethnicity, so no pair is compared", async () => {
    const { counts } = await countExtract(GWENT, "police-uk-stop-search", { by: ["financialYear", "ethnicity", "officerEthnicity"] });
    const pairs = counts.filter((c) => c["financialYear"] === "2019/20").map((c) => ({ selfDefined: c["ethnicity"] as string, officerDefined: c["officerEthnicity"] as string, count: c.count }));
    const c = ethnicityConcordance(pairs);
    const rows = gwentRows();
    expect(rows.every((r) => r["Officer-defined ethnicity"] === "")).toBe(true);
    const selfUnknown = rows.filter((r) => selfGroup(r["Self-defined ethnicity"] as string) === "Unknown").length;
    expect(c).toMatchObject({ status: "no-pairs", compared: 0, pairs: rows.length, kappa: null, agreement: null });
    expect(c.excluded).toEqual({ selfUnknown: 0, officerUnknown: rows.length - selfUnknown, bothUnknown: selfUnknown, total: rows.length });
  });
});

describe("South Wales, March 2022 (data.police.uk sample with officer-defined ethnicity and linked outcomes)", () => {
  it("self- vs officer-defined ethnicity: the cross table of an independent count, agreement and kappa", async () => {
    const { counts } = await countExtract(SOUTH_WALES, "police-uk-stop-search", { by: ["ethnicity", "officerEthnicity"] });
    const c = ethnicityConcordance(counts.map((k) => ({ selfDefined: k["ethnicity"] as string, officerDefined: k["officerEthnicity"] as string, count: k.count })));
    const independent = new Map<string, number>();
    for (const row of scan([SOUTH_WALES])) {
      const officer = row["Officer-defined ethnicity"] === "" ? "Unknown" : (row["Officer-defined ethnicity"] as string);
      const key = `${selfGroup(row["Self-defined ethnicity"] as string)}|${officer}`;
      independent.set(key, (independent.get(key) ?? 0) + 1);
    }
    const known = [...independent].filter(([key]) => !key.split("|").includes("Unknown"));
    for (const [key, n] of known) {
      const [self, officer] = key.split("|") as [string, string];
      expect(c.table[c.categories.indexOf(self)]?.[c.categories.indexOf(officer)], key).toBe(n);
    }
    const compared = known.reduce((s, [, n]) => s + n, 0);
    const agreed = known.filter(([key]) => key.split("|")[0] === key.split("|")[1]).reduce((s, [, n]) => s + n, 0);
    expect(c).toMatchObject({ status: "ok", pairs: 574, compared });
    expect(c.agreement?.value).toBeCloseTo(agreed / compared, 12);
    expect(c.categories).toEqual(["Asian", "Black", "Mixed", "White", "Other"]);
    // The same table run through statsmodels' cohens_kappa by fixtures/generators/stages.py.
    const reference = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "measures", "concordance.json"), "utf8")) as { cases: { title: string; args: [unknown, { level: number }]; expected: { table: number[][]; kappa: Record<string, number> } }[] };
    const statsmodels = reference.cases.find((k) => k.title.startsWith("South Wales") && k.args[1].level === 0.95);
    expect(c.table).toEqual(statsmodels?.expected.table);
    for (const field of ["value", "standardError", "lower", "upper"]) expect(c.kappa?.[field as "value"]).toBeCloseTo(statsmodels?.expected.kappa[field] as number, 9);
    expect(c.kappa?.value).toBeCloseTo(0.83037, 5);
  });

  it("search → outcome linked to the object of search, by self-defined ethnicity", async () => {
    const { counts } = await countExtract(SOUTH_WALES, "police-uk-stop-search", { by: ["ethnicity", "outcomeLinked"] });
    const byGroup: Record<string, { outcomes: number; searches: number }> = {};
    for (const k of counts) {
      const g = (byGroup[k["ethnicity"] as string] ??= { outcomes: 0, searches: 0 });
      g.searches += k.count;
      if (k["outcomeLinked"] === true) g.outcomes += k.count;
    }
    const independent: Record<string, { outcomes: number; searches: number }> = {};
    for (const row of scan([SOUTH_WALES])) {
      const g = (independent[selfGroup(row["Self-defined ethnicity"] as string)] ??= { outcomes: 0, searches: 0 });
      g.searches++;
      if (row["Outcome linked to object of search"] === "True") g.outcomes++;
    }
    expect(byGroup).toEqual(independent);
    const hits = outcomeRates(byGroup);
    expect(hits.reference).toBe("White");
    expect(hits.rows.find((r) => r.group === "White")?.rate?.value).toBeCloseTo((independent["White"]?.outcomes as number) / (independent["White"]?.searches as number), 12);
  });
});
