import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { baselineFromCensusCsv, gwentPopulation, representation, type Baseline } from "../../src/index.js";
import { readExtract } from "../../src/node/readExtract.js";
import type { HrRecord } from "../../src/csv/schemas/hr.js";
import { relativeDifference } from "../_helpers/closeTo.js";
import { thrownMessage } from "../_helpers/resultMismatches.js";

const SAMPLE = join(import.meta.dirname, "..", "..", "fixtures", "synthetic", "sample-hr.csv");
const gwent = gwentPopulation();

/** Wilson score limits written out again from Wilson (1927), for the independent checks below. */
function wilson(x: number, n: number): [number, number] {
  const z = 1.959963984540054;
  const p = x / n;
  const centre = p + (z * z) / (2 * n);
  const half = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  const scale = 1 + (z * z) / n;
  return [(centre - half) / scale, (centre + half) / scale];
}

const close = (actual: number | undefined, expected: number, tolerance = 1e-9) => expect(relativeDifference(actual as number, expected)).toBeLessThanOrEqual(tolerance);

describe("representation: the synthetic HR sample against Gwent's Census 2021", async () => {
  const { records } = await readExtract<HrRecord>(SAMPLE, "hr");

  it("matches shares, Wilson limits and ratios computed here from the records", () => {
    const result = representation(records, gwent);
    expect(result.by).toBe("ethnicity");
    const counts = new Map<string, number>();
    for (const r of records) counts.set(r.ethnicity, (counts.get(r.ethnicity) ?? 0) + 1);
    const unknown = counts.get("Unknown") ?? 0;
    const known = records.length - unknown;
    expect(result.overall.known).toBe(known);
    expect(result.overall.unknown).toEqual({ count: unknown, total: records.length, share: unknown / records.length });
    const people = gwent.groups.reduce((s, g) => s + (g.population as number), 0);
    expect(result.overall.rows.map((r) => r.group)).toEqual(["Asian", "Black", "Mixed", "White", "Other"]);
    for (const row of result.overall.rows) {
      const x = counts.get(row.group) ?? 0;
      const pop = (gwent.groups.find((g) => g.group === row.group)?.population as number) / people;
      const [lower, upper] = wilson(x, known);
      expect(row.count).toBe(x);
      close(row.share?.value, x / known);
      close(row.populationShare ?? NaN, pop);
      close(row.ratio?.value, x / known / pop);
      if (x > 0) close(row.ratio?.lower, lower / pop, 1e-12);
      else expect(row.ratio?.lower).toBe(0);
      close(row.ratio?.upper, upper / pop, 1e-12);
      expect(row.status).toBe(x === 0 ? "zero-count" : "ok");
    }
  });

  it("stratifies by worker type and by rank: strata add up to the whole", () => {
    for (const within of ["workerType", "rank"]) {
      const result = representation(records, gwent, { within });
      expect(result.within).toBe(within);
      const sum = (pick: (t: (typeof result.strata)[number]) => number) => result.strata.reduce((s, t) => s + pick(t), 0);
      expect(sum((t) => t.known)).toBe(result.overall.known);
      expect(sum((t) => t.unknown.count)).toBe(result.overall.unknown.count);
      result.overall.rows.forEach((row, i) => expect(sum((t) => (t.rows[i] as typeof row).count)).toBe(row.count));
      for (const t of result.strata) {
        const members = records.filter((r) => ((r as unknown as Record<string, string | null>)[within] ?? "Unknown") === t.stratum);
        expect(t.unknown.total).toBe(members.length);
      }
    }
    const byType = representation(records, gwent, { within: "workerType" });
    expect(byType.strata.map((t) => [t.stratum, t.unknown.total])).toEqual([["officer", 131], ["staff", 72], ["pcso", 12], ["special", 6], ["volunteer", 17], ["Unknown", 2]]);
  });

  it("compares sex with the sex baseline (by defaults to the baseline's dimension)", () => {
    const result = representation(records, gwentPopulation({ by: "sex" }));
    expect(result.by).toBe("sex");
    expect(result.overall.rows.map((r) => [r.group, r.count])).toEqual([["Female", 107], ["Male", 130]]);
    expect(result.overall.unknown.count).toBe(3);
  });
});

describe("representation: counts", () => {
  it("gives the same table from counts as from records", () => {
    const records = [
      ...Array.from({ length: 7 }, () => ({ ethnicity: "White" })),
      { ethnicity: "Black" },
      { ethnicity: "unknown" },
      { ethnicity: null },
      { ethnicity: "  " },
    ];
    const fromRecords = representation(records, gwent);
    const fromCounts = representation([{ group: "White", count: 7 }, { group: "Black", count: 1 }, { group: "Unknown", count: 3 }], gwent);
    expect(fromCounts.overall).toEqual(fromRecords.overall);
    expect(fromCounts.by).toBeNull();
    expect(fromRecords.overall.unknown).toEqual({ count: 3, total: 11, share: 3 / 11 });
  });

  it("reports the baseline's provenance and the comparator population", () => {
    const result = representation({ White: 10 }, gwent);
    expect(result.area).toEqual({ code: "W15000002", name: "Gwent" });
    expect(result.census).toBe(2021);
    expect(result.dimension).toBe("ethnicity");
    expect(result.populationBase).toBe("All usual residents");
    expect(result.method).toBe("wilson");
    expect(result.strata).toEqual([]);
  });

  it("uses the level for the shares and the ratio alike", () => {
    const r90 = representation({ White: 90, Asian: 10 }, gwent, { level: 0.9 }).overall.rows[0];
    expect(r90?.share?.level).toBe(0.9);
    expect(r90?.ratio?.level).toBe(0.9);
    close(r90?.ratio?.upper, (r90?.share?.upper as number) / (r90?.populationShare as number), 1e-15);
  });

  it("is frozen and JSON-serialisable", () => {
    const result = representation({ White: 90, Asian: 10, Unknown: 4 }, gwent);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.overall.rows[0]?.ratio)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe("representation: degenerate data get a status", () => {
  const csv = "geography code,Colour: Total,Colour: Red,Colour: Blue,Colour: Green\nA,100,60,40,0";
  const colours = baselineFromCensusCsv(csv);

  it("a zero population, a group the baseline lacks, a zero count", () => {
    const rows = representation({ Red: 5, Green: 1, Purple: 2 }, colours).overall.rows;
    expect(rows.map((r) => [r.group, r.status])).toEqual([["Red", "ok"], ["Blue", "zero-count"], ["Green", "zero-population"], ["Purple", "no-population"]]);
    expect(rows[1]?.ratio).toMatchObject({ value: 0, lower: 0, status: "zero-ratio" });
    expect(rows[2]?.ratio).toBeNull();
    expect(rows[2]?.share?.value).toBe(0.125);
    expect(rows[3]?.population).toBeNull();
    expect(rows[3]?.populationShare).toBeNull();
  });

  it("a suppressed population", () => {
    const suppressed: Baseline = { ...colours, groups: colours.groups.map((g) => (g.group === "Blue" ? { ...g, population: null, suppressed: true } : g)) };
    const rows = representation({ Red: 5, Blue: 1 }, suppressed).overall.rows;
    expect(rows[1]?.status).toBe("suppressed-population");
    expect(rows[1]?.populationShare).toBeNull();
    expect(rows[0]?.populationShare).toBe(1);
  });

  it("no records of known group", () => {
    const result = representation({ Unknown: 4 }, colours);
    expect(result.overall.known).toBe(0);
    expect(result.overall.rows.every((r) => r.status === "no-known-records" && r.share === null && r.ratio === null)).toBe(true);
    expect(representation([], colours).overall.unknown).toEqual({ count: 0, total: 0, share: null });
  });

  it("custom unknown labels, matched ignoring case, also leave the baseline's group of that name out", () => {
    const withNotStated = baselineFromCensusCsv("geography code,X: Total,X: A,X: Not stated\nA,100,90,10");
    const result = representation({ A: 9, "NOT STATED": 1 }, withNotStated, { unknown: ["Not stated"] });
    expect(result.overall.rows.map((r) => r.group)).toEqual(["A"]);
    expect(result.overall.rows[0]?.populationShare).toBe(1);
    expect(result.overall.unknown.count).toBe(1);
  });
});

describe("representation: invalid input", () => {
  const message = thrownMessage;

  it("throws ArgumentError with the function, parameter and rule", () => {
    expect(message(() => representation({ White: -1 }, gwent))).toBe('representation: workforce["White"] must not be negative; received -1');
    expect(message(() => representation({ White: 1.5 }, gwent))).toBe('representation: workforce["White"] must be a whole number; received 1.5');
    expect(message(() => representation({ White: 1, white: 2 }, gwent))).toBe('representation: workforce must not name a group twice (ignoring case); received "white"');
    expect(message(() => representation([{ group: "White", count: 1 }, { group: 3, count: 1 }] as never, gwent))).toBe("representation: workforce[1] must be { group, count }; received a value of type object");
    expect(message(() => representation({ White: 1 }, {} as Baseline))).toBe("representation: baseline must be a Baseline (from gwentPopulation or baselineFromCensusCsv); received a value of type object");
    expect(message(() => representation({ White: 1 }, { ...gwent, groups: [] }))).toBe("representation: baseline must have at least one group; received a value of type object");
    expect(message(() => representation({ White: 1 }, gwent, { by: "ethnicity" }))).toBe('representation: options.by applies only to HR records, not counts; received "ethnicity"');
    expect(message(() => representation({ White: 1 }, gwent, { within: "rank" }))).toBe('representation: options.within applies only to HR records, not counts; received "rank"');
    expect(message(() => representation([{ ethnicity: "White" }], gwent, { within: "" }))).toBe('representation: options.within must be a non-empty field name; received ""');
    expect(message(() => representation([{ ethnicity: 4 }], gwent))).toBe("representation: workforce[0].ethnicity must be a string, null or undefined; received 4");
    expect(message(() => representation([{ ethnicity: "White" }, null] as never, gwent))).toBe("representation: workforce[1] must be an object; received null");
    expect(message(() => representation({ White: 1 }, gwent, { level: 95 }))).toBe("representation: options.level must be a fraction strictly between 0 and 1; received 95 (did you mean 0.95?)");
    expect(message(() => representation({ White: 1 }, gwent, { unknown: "Unknown" as never }))).toBe('representation: options.unknown must be an array of group labels; received "Unknown"');
    expect(message(() => representation(null as never, gwent))).toBe("representation: workforce must be an array of { group, count } or a record of counts; received null");
  });
});
