import { describe, expect, it } from "vitest";
import { ArgumentError, baselineFromCensusCsv, regroup } from "../../src/index.js";
import { sharedFile } from "../_helpers/sharedData.js";

const ethnicity = sharedFile("census/census2021_ts021_ethnic_group_LA_wales.csv");

describe("regroup", () => {
  it("merges the 19 detailed ethnic groups into the 5 published ones exactly", () => {
    const detailed = baselineFromCensusCsv(ethnicity, { area: "Newport", detail: "detailed" });
    const mapping = Object.fromEntries(detailed.groups.map((g) => [g.group, g.categories?.["parent"] as string]));
    const five = regroup(detailed, mapping);
    const published = baselineFromCensusCsv(ethnicity, { area: "Newport" });
    expect(five.groups.map((g) => [g.group, g.population])).toEqual(published.groups.map((g) => [g.group, g.population]));
    expect(five.total).toBe(published.total);
  });

  it("drops a group only when told to, naming it in the notes and keeping the total", () => {
    const b = baselineFromCensusCsv("geography code,Religion: Total,Religion: Christian,Religion: Muslim,Religion: Not answered\nA,100,60,30,10");
    const r = regroup(b, { Christian: "Christian", Muslim: "Muslim", "Not answered": null });
    expect(r.groups.map((g) => g.group)).toEqual(["Christian", "Muslim"]);
    expect(r.total).toBe(100);
    expect(r.source.notes.at(-1)).toBe("Regrouped; dropped on purpose: Not answered (10)");
  });

  it("adds published members, names suppressed ones, and is suppressed only if every member is", () => {
    const b = baselineFromCensusCsv("geography code,Religion: Total,Religion: Sikh,Religion: Jewish,Religion: Hindu\nA,10,c,3,c");
    const r = regroup(b, { Sikh: "Other", Jewish: "Other", Hindu: "Hindu" });
    expect(r.groups).toEqual([
      { group: "Other", population: 3, suppressed: false, suppressedParts: ["Sikh"] },
      { group: "Hindu", population: null, suppressed: true },
    ]);
  });

  it("throws for unmapped or unknown groups", () => {
    const b = baselineFromCensusCsv("geography code,Religion: Total,Religion: Christian,Religion: Muslim\nA,10,6,4");
    expect(() => regroup(b, { Christian: "Christian" })).toThrow(/mapping must map every group \(use null to drop one on purpose\); received "Muslim"/);
    expect(() => regroup(b, { Christian: "C", Muslim: "M", Hindu: "H" })).toThrow(/mapping must only name groups of the baseline/);
    expect(() => regroup(b, { Christian: 1 as never, Muslim: "M" })).toThrow(ArgumentError);
  });
});
