import { describe, expect, it } from "vitest";
import { aggregateBaselines, ArgumentError, baselineFromCensusCsv } from "../../src/index.js";
import { naiveRow, sharedFile } from "../_helpers/sharedData.js";

const religion = sharedFile("census/census2021_ts030_religion_LA_wales.csv");
const GWENT = ["W06000018", "W06000019", "W06000020", "W06000021", "W06000022"];

describe("aggregateBaselines", () => {
  it("sums TS030 over the five Gwent authorities, cell by cell and total by total", () => {
    const gwent = aggregateBaselines(GWENT.map((area) => baselineFromCensusCsv(religion, { area })), { area: { code: "W15000002", name: "Gwent" } });
    const rows = GWENT.map((code) => naiveRow(religion, code).slice(2).map(Number));
    expect(gwent.total).toBe(rows.reduce((s, r) => s + (r[0] as number), 0));
    gwent.groups.forEach((g, j) => expect(g.population).toBe(rows.reduce((s, r) => s + (r[j + 1] as number), 0)));
    expect(gwent.area).toEqual({ code: "W15000002", name: "Gwent" });
    expect(gwent.source.notes.at(-1)).toMatch(/^Summed from Caerphilly \(W06000018\), Blaenau Gwent/);
  });

  it("adds the published cells and names the suppressed ones; suppressed only if no area published it", () => {
    const a = baselineFromCensusCsv("geography,geography code,Sex: All persons,Sex: Female,Sex: Male\nArea A,A,10,c,c");
    const b = baselineFromCensusCsv("geography,geography code,Sex: All persons,Sex: Female,Sex: Male\nArea B,B,20,9,c");
    const sum = aggregateBaselines([a, b], { area: { code: "AB", name: "A and B" } });
    expect(sum.groups[0]).toEqual({ group: "Female", population: 9, suppressed: false, suppressedParts: ["Female in Area A"] });
    expect(sum.groups[1]).toEqual({ group: "Male", population: null, suppressed: true });
  });

  it("refuses to add different tables or an empty list", () => {
    const a = baselineFromCensusCsv("geography code,Sex: All persons,Sex: Female,Sex: Male\nA,10,6,4");
    const b = baselineFromCensusCsv(religion, { area: "Newport" });
    expect(() => aggregateBaselines([a, b], { area: { code: "X", name: "X" } })).toThrow(/baselines\[1\] must have the census, dimension and groups of baselines\[0\]/);
    expect(() => aggregateBaselines([], { area: { code: "X", name: "X" } })).toThrow(ArgumentError);
    expect(() => aggregateBaselines([a], { area: "X" as never })).toThrow(/options.area must be an object/);
  });
});
