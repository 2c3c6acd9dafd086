import { describe, expect, it } from "vitest";
import { ArgumentError, baselineFromCensusCsv, rate, ratesPer, regroup } from "../../src/index.js";
import { sharedFile } from "../_helpers/sharedData.js";

const religion = baselineFromCensusCsv(sharedFile("census/census2021_ts030_religion_LA_wales.csv"), { area: "Newport" });

describe("ratesPer", () => {
  it("gives each counted group the rate of rate() against its population, in the baseline's order", () => {
    const t = ratesPer([{ group: "Muslim", count: 42 }, { group: "christian", count: 51 }], religion, { per: 1000, level: 0.9 });
    expect(t.rows.map((r) => r.group)).toEqual(["Christian", "Muslim"]);
    const muslim = religion.groups.find((g) => g.group === "Muslim")?.population as number;
    expect(t.rows[1]?.rate).toEqual(rate(42, muslim, { level: 0.9 }));
    expect(t).toMatchObject({ per: 1000, level: 0.9, dimension: "religion", area: { code: "W06000022" } });
  });

  it("reports counts without populations and populations without counts", () => {
    const t = ratesPer({ Christian: 10, Unknown: 7 }, religion);
    const kinds = t.issues.map((i) => [i.kind, i.group]);
    expect(kinds).toContainEqual(["count-without-population", "Unknown"]);
    expect(kinds).toContainEqual(["population-without-count", "Muslim"]);
    expect(t.issues.filter((i) => i.kind === "population-without-count")).toHaveLength(8);
    expect(t.issues.find((i) => i.group === "Unknown")?.message).toBe("7 events for Unknown have no population in the baseline and are left out of the rates.");
  });

  it("gives suppressed and zero populations a row without a rate, and an issue", () => {
    const b = baselineFromCensusCsv("geography code,Religion: Total,Religion: Sikh,Religion: Jewish,Religion: Other\nA,10,c,0,10");
    const t = ratesPer({ Sikh: 2, Jewish: 1, Other: 3 }, b);
    expect(t.rows.map((r) => r.rate === null)).toEqual([true, true, false]);
    expect(t.issues.map((i) => i.kind)).toEqual(["suppressed-population", "zero-population"]);
  });

  it("validates its inputs under its own name", () => {
    expect(() => ratesPer({ Christian: -1 }, religion)).toThrow(/ratesPer: counts\["Christian"\] must not be negative/);
    expect(() => ratesPer([{ group: "A", count: 1 }, { group: "A", count: 2 }], religion)).toThrow(/counts must not name a group twice; received "A"/);
    expect(() => ratesPer({}, religion, { per: 0 })).toThrow(/ratesPer: options.per must be greater than 0/);
    expect(() => ratesPer({}, religion, { method: "score" as never })).toThrow(/ratesPer: options.method must be one of/);
    expect(() => ratesPer({}, {} as never)).toThrow(ArgumentError);
  });
});

describe("ratesPer with partly suppressed populations", () => {
  it("computes the rate and says which suppressed cells the population leaves out", () => {
    const b = baselineFromCensusCsv("geography code,Religion: Total,Religion: Sikh,Religion: Jewish\nA,10,c,3");
    const merged = regroup(b, { Sikh: "Other", Jewish: "Other" });
    const t = ratesPer({ Other: 2 }, merged);
    expect(t.rows[0]?.rate?.value).toBeCloseTo((2 / 3) * 1000, 10);
    expect(t.issues).toEqual([
      { kind: "partly-suppressed-population", group: "Other", count: 2, population: 3, message: "The population of Other leaves out suppressed cells (Sikh), so its rate may be slightly overstated." },
    ]);
  });
});
