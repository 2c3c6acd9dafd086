import { describe, expect, expectTypeOf, it } from "vitest";
import { ArgumentError, gwentPopulation, type Baseline, type GwentDimensions } from "../../src/index.js";

const DIMENSIONS_2021 = [
  "total", "sex", "age", "ethnicity", "ethnicity-detailed", "ethnicity-sex", "ethnicity-detailed-sex", "religion",
  "disability", "disability-detailed", "sexual-orientation", "welsh-language", "welsh-language-detailed",
  "gender-identity", "gender-identity-detailed", "deprivation",
] as const satisfies readonly GwentDimensions[2021][];

describe("gwentPopulation", () => {
  it("defaults to Census 2021 ethnicity (TS021) for the Gwent police force area", () => {
    const b = gwentPopulation();
    expect(b).toMatchObject({ area: { code: "W15000002", name: "Gwent" }, census: 2021, dimension: "ethnicity", total: 587686 });
    expect(b.groups[0]).toEqual({ group: "Asian", population: 16786, suppressed: false });
    expect(b.source).toMatchObject({ publisher: "Office for National Statistics", table: "TS021", licence: "Open Government Licence v3.0" });
    expect(gwentPopulation({})).toEqual(b);
    expect(gwentPopulation(undefined)).toEqual(b);
  });

  describe("areas", () => {
    it.each([
      ["Gwent", "W15000002"], ["w15000002", "W15000002"], ["  GWENT ", "W15000002"], ["Gwent Police", "W15000002"],
      ["East LPA", "GWENT-EAST"], ["gwent-east", "GWENT-EAST"], ["east", "GWENT-EAST"], ["West Local Policing Area", "GWENT-WEST"],
      ["Blaenau Gwent", "W06000019"], ["blaenau gwent", "W06000019"], ["Caerphilly", "W06000018"], ["Caerffili", "W06000018"],
      ["Monmouthshire", "W06000021"], ["Sir Fynwy", "W06000021"], ["Newport", "W06000022"], ["CASNEWYDD", "W06000022"],
      ["Torfaen", "W06000020"], ["W06000020", "W06000020"],
    ])("finds %j as %s", (area, code) => {
      expect(gwentPopulation({ area }).area.code).toBe(code);
    });

    it("gives each area its canonical name", () => {
      expect(gwentPopulation({ area: "east" }).area).toEqual({ code: "GWENT-EAST", name: "East LPA" });
      expect(gwentPopulation({ area: "w06000022" }).area).toEqual({ code: "W06000022", name: "Newport" });
    });

    it("adds the LPAs from their authorities: East = Newport + Monmouthshire, West = the other three", () => {
      const total = (area: string) => gwentPopulation({ area, by: "total" }).total;
      expect(total("East LPA")).toBe(total("Newport") + total("Monmouthshire"));
      expect(total("West LPA")).toBe(total("Caerphilly") + total("Torfaen") + total("Blaenau Gwent"));
      expect(total("East LPA") + total("West LPA")).toBe(total("Gwent"));
    });

    it("says in the notes when figures are sums and when a code is the package's own", () => {
      const notes = gwentPopulation({ area: "West LPA" }).source.notes;
      expect(notes).toContain("West LPA figures are sums of the local authority figures for Caerphilly, Blaenau Gwent and Torfaen; where a local authority cell is suppressed, the sum adds the published cells and names the missing ones in suppressedParts");
      expect(notes).toContain("GWENT-WEST is this package's own code: Gwent's Local Policing Areas have no ONS code");
      expect(gwentPopulation({ area: "Newport" }).source.notes.some((n) => n.includes("sums of"))).toBe(false);
    });
  });

  describe("dimensions", () => {
    it("offers every documented dimension for Census 2021, and each baseline adds up when unsuppressed", () => {
      for (const by of DIMENSIONS_2021) {
        const b = gwentPopulation({ by });
        expect(b.dimension).toBe(by);
        expect(b.groups.length).toBeGreaterThan(0);
        if (!b.groups.some((g) => g.suppressed) && by !== "ethnicity-sex") {
          expect(b.groups.reduce((a, g) => a + (g.population as number), 0), by).toBe(b.total);
        }
      }
    });

    it("labels groups without the topic prefix, parents in categories", () => {
      expect(gwentPopulation({ by: "religion" }).groups.map((g) => g.group)).toEqual([
        "No religion", "Christian", "Buddhist", "Hindu", "Jewish", "Muslim", "Sikh", "Other religion", "Not answered",
      ]);
      expect(gwentPopulation({ by: "ethnicity-detailed" }).groups[0]).toMatchObject({ group: "Bangladeshi", categories: { group: "Asian" } });
      expect(gwentPopulation({ by: "ethnicity-detailed" }).groups[17]).toMatchObject({ group: "Arab", categories: { group: "Other" } });
      expect(gwentPopulation({ by: "disability" }).groups.map((g) => g.group)).toEqual(["Disabled under the Equality Act", "Not disabled under the Equality Act"]);
      expect(gwentPopulation({ by: "ethnicity-sex" }).groups[1]).toMatchObject({ group: "Asian (Male)", categories: { ethnicity: "Asian", sex: "Male" } });
      expect(gwentPopulation({ by: "total" }).groups).toEqual([{ group: "All usual residents", population: 587655, suppressed: false }]);
    });

    it("gives age bands their ages, the top band open", () => {
      const ages = gwentPopulation({ by: "age" }).groups.map((g) => g.ages);
      expect(ages[0]).toEqual({ from: 0, to: 4 });
      expect(ages[1]).toEqual({ from: 5, to: 9 });
      expect(ages.at(-1)).toEqual({ from: 85, to: null });
      ages.slice(1).forEach((band, i) => expect(band?.from).toBe((ages[i]?.to as number) + 1));
    });

    it("flags the gender identity estimates as no longer accredited", () => {
      const { source } = gwentPopulation({ by: "gender-identity" });
      expect(source.accreditation).toMatch(/^Official statistics in development: accreditation removed .* September 2024$/);
      expect(source.notes[0]).toMatch(/^NOT ACCREDITED/);
      expect(source.populationBase).toBe("All usual residents aged 16 years and over");
    });

    it("labels deprivation and mid-2020 baselines as estimates", () => {
      const deprivation = gwentPopulation({ by: "deprivation" });
      expect(deprivation.census).toBe("mid-2020");
      expect(deprivation.groups.map((g) => g.group)).toEqual(["Q1", "Q2", "Q3", "Q4", "Q5"]);
      expect(gwentPopulation({ census: "mid-2020", by: "deprivation" })).toEqual(deprivation);
      expect(deprivation.source.notes.join(" ")).toMatch(/2011 LSOAs/);
      for (const area of ["Gwent", "East LPA", "Newport", "Blaenau Gwent"]) {
        const mid2020 = gwentPopulation({ census: "mid-2020", area, by: "total" }).total;
        expect(gwentPopulation({ area, by: "deprivation" }).total, area).toBe(mid2020);
      }
      expect(gwentPopulation({ census: "mid-2020" })).toEqual(gwentPopulation({ census: "mid-2020", by: "total" }));
      const mid = gwentPopulation({ census: "mid-2020", by: "total" });
      expect(mid.census).toBe("mid-2020");
      expect(mid.source.notes[0]).toMatch(/^ESTIMATES/);
    });

    it("cites Census 2011 for 2011 and says the Home Office used it", () => {
      const b = gwentPopulation({ census: 2011 });
      expect(b.census).toBe(2011);
      expect(b.groups.map((g) => g.group)).toEqual(["White", "Mixed", "Asian", "Black", "Other"]);
      expect(b.source).toMatchObject({ table: "QS201EW", referenceDate: "2011-03-27" });
      expect(b.source.notes[0]).toMatch(/Home Office .* up to 2021\/22/);
    });
  });

  it("gives every baseline a complete source", () => {
    const cases = [...DIMENSIONS_2021.map((by) => ({ census: 2021 as const, by })), { census: 2011 as const, by: "ethnicity" as const }, { census: "mid-2020" as const, by: "total" as const }];
    for (const options of cases) {
      const { source } = gwentPopulation(options as never);
      for (const field of ["publisher", "table", "title", "released", "referenceDate", "attribution", "populationBase", "rounding", "suppression", "perturbation", "accreditation"] as const) {
        expect(source[field].length, `${options.by} ${field}`).toBeGreaterThan(0);
      }
      expect(source.licence).toBe("Open Government Licence v3.0");
      expect(source.attribution).toMatch(/licensed under the Open Government Licence v3\.0$/);
      expect(source.released).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(source.referenceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(source.notes.length).toBeGreaterThan(0);
    }
  });

  it("returns a frozen, JSON-serialisable result that does not share state between calls", () => {
    const b = gwentPopulation({ area: "East LPA", by: "ethnicity-sex" });
    for (const part of [b, b.area, b.groups, b.groups[0], b.groups[0]?.categories, b.source, b.source.notes]) expect(Object.isFrozen(part)).toBe(true);
    expect(() => {
      (b.groups as unknown as { population: number | null }[])[0]!.population = 1;
    }).toThrow(TypeError);
    expect(JSON.parse(JSON.stringify(b))).toEqual(b);
    expect(gwentPopulation({ area: "East LPA", by: "ethnicity-sex" })).toEqual(b);
    expect(gwentPopulation({ area: "East LPA", by: "ethnicity-sex" })).not.toBe(b);
  });

  describe("invalid input", () => {
    const DIMS = DIMENSIONS_2021.map((d) => `"${d}"`).join(", ");
    const AREAS = '"Gwent" (W15000002), "East LPA" (GWENT-EAST), "West LPA" (GWENT-WEST), "Blaenau Gwent" (W06000019), "Caerphilly" (W06000018), "Monmouthshire" (W06000021), "Newport" (W06000022), "Torfaen" (W06000020)';
    it.each([
      [() => gwentPopulation(5 as never), "gwentPopulation: options must be an object or undefined; received 5"],
      [() => gwentPopulation({ census: 2001 as never }), 'gwentPopulation: options.census must be one of 2021, 2011, "mid-2020"; received 2001'],
      [() => gwentPopulation({ census: "2021" as never }), 'gwentPopulation: options.census must be one of 2021, 2011, "mid-2020"; received "2021"'],
      [() => gwentPopulation({ by: "colour" as never }), `gwentPopulation: options.by must be one of ${DIMS} for census 2021; received "colour"`],
      [() => gwentPopulation({ by: "Ethnicity" as never }), /options.by must be one of .* for census 2021; received "Ethnicity"$/],
      [() => gwentPopulation({ by: 3 as never }), /options.by must be one of .*; received 3$/],
      [() => gwentPopulation({ census: 2011, by: "religion" as never }), 'gwentPopulation: options.by must be one of "total", "ethnicity", "ethnicity-detailed" for census 2011; received "religion"'],
      [() => gwentPopulation({ census: "mid-2020", by: "ethnicity" as never }), 'gwentPopulation: options.by must be one of "total", "deprivation" for census "mid-2020"; received "ethnicity"'],
      [() => gwentPopulation({ area: "Cardiff" }), `gwentPopulation: options.area must be a Gwent area name or code: ${AREAS}; received "Cardiff"`],
      [() => gwentPopulation({ area: "" }), /options.area must be a Gwent area name or code: .*; received ""$/],
      [() => gwentPopulation({ area: 22 as never }), /options.area must be a Gwent area name or code: .*; received 22$/],
      [() => gwentPopulation({ area: "toString" }), /options.area must be a Gwent area name or code/],
      [() => gwentPopulation({ by: "constructor" as never }), /options.by must be one of/],
    ])("%#: throws ArgumentError", (call, message) => {
      expect(call).toThrow(ArgumentError);
      if (typeof message === "string") {
        expect(call).toThrow(message);
        const error = (() => { try { call(); } catch (caught) { return caught as Error; } })();
        expect(error?.message).toBe(message);
      } else expect(call).toThrow(message);
    });
  });

  it("types the result as a Baseline and the dimension by census", () => {
    expectTypeOf(gwentPopulation()).toEqualTypeOf<Baseline>();
    // @ts-expect-error religion is not a Census 2011 dimension
    expect(() => gwentPopulation({ census: 2011, by: "religion" })).toThrow(ArgumentError);
    // @ts-expect-error sex is not a mid-2020 dimension here
    expect(() => gwentPopulation({ census: "mid-2020", by: "sex" })).toThrow(ArgumentError);
    expectTypeOf<GwentDimensions[2011]>().toEqualTypeOf<"total" | "ethnicity" | "ethnicity-detailed">();
  });
});
