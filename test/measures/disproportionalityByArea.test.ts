import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ArgumentError,
  baselineFromCensusCsv,
  disproportionality,
  disproportionalityByArea,
  funnelSignificance,
  gwentPopulation,
  mantelHaenszelRateRatio,
  type AreaCounts,
} from "../../src/index.js";
import { countExtract } from "../../src/node/index.js";
import { SHARED_DATA, sharedFile } from "../_helpers/sharedData.js";

const LAS = ["Blaenau Gwent", "Caerphilly", "Monmouthshire", "Newport", "Torfaen"] as const;

describe("disproportionalityByArea on synthetic counts", () => {
  const areas: AreaCounts[] = [
    { area: "Newport", counts: { Asian: 90, Black: 60, Mixed: 30, Other: 10, White: 400, Unknown: 25 }, baseline: gwentPopulation({ area: "Newport" }) },
    { area: "Torfaen", counts: { Asian: 6, Black: 4, Mixed: 5, Other: 0, White: 250 }, baseline: gwentPopulation({ area: "Torfaen" }) },
    { area: "Monmouthshire", counts: { Asian: 3, Black: 0, Mixed: 2, Other: 1, White: 120 }, baseline: gwentPopulation({ area: "Monmouthshire" }) },
  ];
  const result = disproportionalityByArea(areas);

  it("gives each area the table disproportionality gives it", () => {
    expect(result.areas.map((a) => a.area)).toEqual(["Newport", "Torfaen", "Monmouthshire"]);
    result.areas.forEach((a, i) => expect(a.table).toEqual(disproportionality(areas[i]?.counts ?? {}, areas[i]?.baseline as never)));
    expect(result).toMatchObject({ reference: "White", level: 0.95, per: 1000 });
  });

  it("pools each non-reference group by Mantel–Haenszel over the areas with a ratio", () => {
    expect(result.pooled.map((p) => p.group)).toEqual(["Asian", "Black", "Mixed", "Other"]);
    const black = result.pooled.find((p) => p.group === "Black");
    const pop = (area: string, group: string) => gwentPopulation({ area }).groups.find((g) => g.group === group)?.population as number;
    const strata = [
      { stratum: "Newport", count: 60, population: pop("Newport", "Black"), referenceCount: 400, referencePopulation: pop("Newport", "White") },
      { stratum: "Torfaen", count: 4, population: pop("Torfaen", "Black"), referenceCount: 250, referencePopulation: pop("Torfaen", "White") },
      { stratum: "Monmouthshire", count: 0, population: pop("Monmouthshire", "Black"), referenceCount: 120, referencePopulation: pop("Monmouthshire", "White") },
    ];
    expect(black?.estimate).toEqual(mantelHaenszelRateRatio(strata));
    expect(black).toMatchObject({ status: "ok", areas: ["Newport", "Torfaen", "Monmouthshire"], leftOut: [] });
    // The textbook formula by hand: Σ a·d/T ÷ Σ c·b/T.
    const num = strata.reduce((s, x) => s + (x.count * x.referencePopulation) / (x.population + x.referencePopulation), 0);
    const den = strata.reduce((s, x) => s + (x.referenceCount * x.population) / (x.population + x.referencePopulation), 0);
    expect(black?.estimate?.value).toBeCloseTo(num / den, 12);
  });

  it("draws a funnel of each group's rate by area against the group's rate over all areas", () => {
    expect(result.funnels.map((f) => f.group)).toEqual(["Asian", "Black", "Mixed", "White", "Other"]);
    const white = result.funnels.find((f) => f.group === "White")?.funnel;
    const pop = (area: string) => gwentPopulation({ area }).groups.find((g) => g.group === "White")?.population as number;
    expect(white?.target).toBeCloseTo(((400 + 250 + 120) / (pop("Newport") + pop("Torfaen") + pop("Monmouthshire"))) * 1000, 12);
    expect(white).toEqual(funnelSignificance(["Newport", "Torfaen", "Monmouthshire"].map((area, i) => ({ area, numerator: [400, 250, 120][i] as number, denominator: pop(area) }))));
  });

  it("passes options through: level, per, ratio method, funnel levels and overdispersion", () => {
    const r = disproportionalityByArea(areas, { level: 0.9, per: 100, ratioMethod: "mid-p", funnelLevels: [0.99], overdispersion: true });
    expect(r).toMatchObject({ level: 0.9, per: 100 });
    expect(r.areas[0]?.table.rows.find((row) => row.group === "Asian")?.ratio?.method).toBe("mid-p");
    expect(r.pooled[0]?.estimate?.level).toBe(0.9);
    expect(r.funnels[0]?.funnel?.levels).toEqual([0.99]);
    expect(r.funnels[0]?.funnel?.per).toBe(100);
    expect(r.funnels[0]?.funnel?.overdispersion?.status).toBe("estimated");
  });

  it("uses the first area's reference in every area", () => {
    const r = disproportionalityByArea(areas, { reference: "asian" });
    expect(r.reference).toBe("Asian");
    expect(r.areas.every((a) => a.table.reference === "Asian")).toBe(true);
    expect(r.pooled.map((p) => p.group)).toEqual(["Black", "Mixed", "White", "Other"]);
  });

  it("leaves out areas where a group or the reference has no rate, and says so", () => {
    const zeroBlack = baselineFromCensusCsv("geography code,Ethnic group: Black,Ethnic group: White\nX,0,5000");
    const r = disproportionalityByArea([...areas, { area: "Nowhere", counts: { Black: 0, White: 10 }, baseline: zeroBlack }]);
    const black = r.pooled.find((p) => p.group === "Black");
    expect(black?.leftOut).toEqual(["Nowhere"]);
    expect(r.funnels.find((f) => f.group === "Black")?.leftOut).toEqual(["Nowhere"]);
    const lone = disproportionalityByArea([{ area: "Nowhere", counts: { Black: 0, White: 10 }, baseline: zeroBlack }]);
    expect(lone.pooled).toEqual([{ group: "Black", status: "no-areas", areas: [], leftOut: ["Nowhere"], estimate: null }]);
    expect(lone.funnels[0]).toEqual({ group: "Black", status: "no-areas", leftOut: ["Nowhere"], funnel: null });
  });

  it("returns a frozen result", () => {
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.pooled[0])).toBe(true);
  });
});

describe("disproportionalityByArea rejects invalid arguments", () => {
  const b = gwentPopulation({ area: "Newport" });
  const cases: [string, () => unknown, string | RegExp][] = [
    ["empty areas", () => disproportionalityByArea([]), "disproportionalityByArea: areas must be a non-empty array of { area, counts, baseline }; received an array of length 0"],
    ["area not a string", () => disproportionalityByArea([{ area: 3 as never, counts: {}, baseline: b }]), "disproportionalityByArea: areas[0].area must be a string; received 3"],
    ["repeated area", () => disproportionalityByArea([{ area: "N", counts: { White: 1 }, baseline: b }, { area: "N", counts: { White: 1 }, baseline: b }]), 'disproportionalityByArea: areas must not name an area twice; received "N"'],
    ["not a baseline", () => disproportionalityByArea([{ area: "N", counts: {}, baseline: {} as never }]), "disproportionalityByArea: areas[0].baseline must be a Baseline (from gwentPopulation or baselineFromCensusCsv); received a value of type object"],
    ["negative count (named by area index)", () => disproportionalityByArea([{ area: "N", counts: { White: 1 }, baseline: b }, { area: "M", counts: { White: -1 }, baseline: b }]), /^disproportionalityByArea: areas\[1\]\.counts/],
    ["bad option from disproportionality", () => disproportionalityByArea([{ area: "N", counts: { White: 1 }, baseline: b }], { per: 0 }), "disproportionalityByArea: options.per must be greater than 0; received 0"],
    ["funnel level as percent", () => disproportionalityByArea([{ area: "N", counts: { White: 1 }, baseline: b }], { funnelLevels: [95] }), "disproportionalityByArea: options.funnelLevels[0] must be a fraction strictly between 0 and 1; received 95 (did you mean 0.95?)"],
    ["overdispersion not boolean", () => disproportionalityByArea([{ area: "N", counts: { White: 1 }, baseline: b }], { overdispersion: 1 as never }), "disproportionalityByArea: options.overdispersion must be true or false; received 1"],
  ];
  it.each(cases)("%s", (_name, call, message) => {
    expect(call).toThrow(ArgumentError);
    expect(call).toThrow(message);
  });
});

describe("real data: Gwent street-level crime 2023/24 by local authority (data.police.uk), per 1,000 residents (Census 2021 TS009)", () => {
  const STREET = "police-uk/gwent-street-2023-04-to-2024-03";

  // An independent count: the files have no quoted fields (FINDINGS §2a), so a plain split is
  // exact, and the local authority is the LSOA name without its "NNNX" suffix.
  function independentCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const file of readdirSync(join(SHARED_DATA, STREET)).sort()) {
      const [header, ...lines] = sharedFile(`${STREET}/${file}`).split(/\r?\n/).filter((l) => l !== "");
      const at = (header as string).split(",").indexOf("LSOA name");
      for (const line of lines) {
        const la = (line.split(",")[at] ?? "").replace(/ \d{3}[A-Z]$/, "");
        counts.set(la, (counts.get(la) ?? 0) + 1);
      }
    }
    return counts;
  }

  it("counts crimes by local authority as FINDINGS reports, two ways", async () => {
    const independent = independentCounts();
    const { counts } = await countExtract(join(SHARED_DATA, STREET), "police-uk-street", { by: ["localAuthority"] });
    const library = Object.fromEntries(counts.map((c) => [String(c["localAuthority"]), c.count]));
    for (const la of LAS) expect(library[la], la).toBe(independent.get(la));
    expect(Object.fromEntries(LAS.map((la) => [la, independent.get(la)]))).toEqual({ "Blaenau Gwent": 8853, Caerphilly: 17463, Monmouthshire: 6575, Newport: 21852, Torfaen: 10311 });
  });

  it("puts Newport and Blaenau Gwent above the Gwent rate and Caerphilly and Monmouthshire below, at 99.8%", () => {
    const crimes = independentCounts();
    const result = disproportionalityByArea(
      LAS.map((la) => ({ area: la, counts: { "All usual residents": crimes.get(la) as number }, baseline: gwentPopulation({ area: la, by: "total" }) })),
      { overdispersion: true },
    );
    const funnel = result.funnels[0]?.funnel;
    expect(result.funnels[0]?.group).toBe("All usual residents");
    expect(result.pooled).toEqual([]); // one group: nothing to compare with a reference
    // The Gwent rate: 65,054 crimes over the five authorities' 587,655 residents.
    const populations = LAS.map((la) => gwentPopulation({ area: la, by: "total" }).total);
    const total = LAS.reduce((s, la) => s + (crimes.get(la) as number), 0);
    expect(total).toBe(65054);
    expect(funnel?.target).toBeCloseTo((total / populations.reduce((s, p) => s + p, 0)) * 1000, 10);
    expect(funnel?.target).toBeCloseTo(110.7, 1);
    // Independent check of each label: counts are in the thousands, so (O − E)/√E is close to
    // normal, and every |z| here is far from the 1.96 and 3.09 thresholds.
    const unadjusted = funnelSignificance(LAS.map((la, i) => ({ area: la, numerator: crimes.get(la) as number, denominator: populations[i] as number })));
    LAS.forEach((la, i) => {
      const expected = ((funnel?.target as number) / 1000) * (populations[i] as number);
      const z = ((crimes.get(la) as number) - expected) / Math.sqrt(expected);
      expect(Math.abs(Math.abs(z) - 3.09)).toBeGreaterThan(1);
      const label = unadjusted.areas[i]?.significance;
      expect(label, la).toBe(Math.abs(z) > 3.09 ? (z > 0 ? "above-99.8" : "below-99.8") : "within");
    });
    expect(unadjusted.areas.map((a) => a.significance)).toEqual(["above-99.8", "below-99.8", "below-99.8", "above-99.8", "within"]);
    // Five authorities differ far more than chance allows: Spiegelhalter's φ is in the hundreds,
    // and once that is allowed for, only Monmouthshire stands out (as the R reference says).
    expect(funnel?.overdispersion?.found).toBe(true);
    expect(funnel?.overdispersion?.phi).toBeGreaterThan(100);
    expect(funnel?.areas.map((a) => a.significance)).toEqual(["within", "within", "below-95", "within", "within"]);
  });
});
