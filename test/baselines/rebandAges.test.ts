import { describe, expect, it } from "vitest";
import { ArgumentError, baselineFromCensusCsv, policeUkAgeBands, rebandAges } from "../../src/index.js";
import { naiveRow, sharedFile } from "../_helpers/sharedData.js";

const ts007a = sharedFile("census/census2021_ts007a_age_5yr_bands_LA_wales.csv");

describe("rebandAges", () => {
  it("re-bands Newport's TS007A five-year bands to data.police.uk's age ranges, splitting 15-19 evenly", () => {
    const [total, ...bands] = naiveRow(ts007a, "W06000022").slice(3).map(Number) as number[];
    const b = rebandAges(baselineFromCensusCsv(ts007a, { area: "Newport" }), policeUkAgeBands, { split: "uniform" });
    const band = (i: number) => bands[i] as number;
    const expected = [
      band(0) + band(1),
      band(2) + (3 / 5) * band(3),
      (2 / 5) * band(3) + band(4),
      band(5) + band(6),
      bands.slice(7).reduce((s, x) => s + x, 0),
    ];
    b.groups.forEach((g, i) => expect(g.population).toBeCloseTo(expected[i] as number, 9));
    expect(b.groups.reduce((s, g) => s + (g.population ?? 0), 0)).toBeCloseTo(total as number, 9);
    expect(b.total).toBe(total);
    expect(b.groups.map((g) => g.ages)).toEqual(policeUkAgeBands.map(({ from, to }) => ({ from, to })));
    expect(b.source.notes.at(-1)).toBe('Assumed ages spread evenly within census bands when splitting: 3 of 5 years of "Aged 15 to 19 years" to "10-17"; 2 of 5 years of "Aged 15 to 19 years" to "18-24"');
  });

  it("refuses to split a census band unless told to", () => {
    const b = baselineFromCensusCsv(ts007a, { area: "Newport" });
    expect(() => rebandAges(b, policeUkAgeBands)).toThrow(/bands cut the census band "Aged 15 to 19 years"; pass \{ split: "uniform" \} to split it evenly by year of age; received "10-17"/);
  });

  it("needs no split when the new bands follow census boundaries, and notes ages left out", () => {
    const b = rebandAges(baselineFromCensusCsv(ts007a, { area: "Torfaen" }), [{ group: "20-39", from: 20, to: 39 }]);
    const bands = naiveRow(ts007a, "W06000020").slice(4).map(Number);
    expect(b.groups[0]?.population).toBe((bands[4] as number) + (bands[5] as number) + (bands[6] as number) + (bands[7] as number));
    expect(b.source.notes.at(-1)).toMatch(/^Ages outside the new bands left out \(wholly or partly\): Aged 4 years and under, .*Aged 85 years and over$/);
  });

  it("never splits an open top band, and rejects overlapping or malformed bands", () => {
    const b = baselineFromCensusCsv(ts007a, { area: "Torfaen" });
    expect(() => rebandAges(b, [{ group: "85-89", from: 85, to: 89 }], { split: "uniform" })).toThrow(/must not cut the open band "Aged 85 years and over"/);
    expect(() => rebandAges(b, [{ group: "a", from: 0, to: 20 }, { group: "b", from: 20, to: null }])).toThrow(/bands\[1\] must not overlap bands\[0\] \("a"\)/);
    expect(() => rebandAges(b, [{ group: "a", from: 10, to: 5 }])).toThrow(ArgumentError);
    expect(() => rebandAges(b, policeUkAgeBands, { split: "linear" as never })).toThrow(/options.split must be "none" or "uniform"/);
  });

  it("rejects a baseline whose groups are not ages", () => {
    const sex = baselineFromCensusCsv("geography code,Sex: All persons,Sex: Female,Sex: Male\nA,10,6,4");
    expect(() => rebandAges(sex, policeUkAgeBands)).toThrow(/baseline must have age groups/);
  });
});
