import { describe, expect, it } from "vitest";
import { ArgumentError, baselineFromCensusCsv, decisionStages, gwentPopulation, proportion, riskRatio } from "../../src/index.js";
import { thrownMessage } from "../_helpers/resultMismatches.js";

const searches = { White: 2000, Black: 110, Asian: 190, Unknown: 900 };
const arrests = { White: 200, Black: 22, Asian: 0, Unknown: 60 };
const charges = { White: 100, Black: 10, Unknown: 30 };
const chain = [
  { stage: "Stop and search", counts: searches },
  { stage: "Arrest", counts: arrests },
  { stage: "Charge", counts: charges },
];

function row(result: ReturnType<typeof decisionStages>, stage: number, group: string) {
  const found = result.stages[stage]?.rows.find((r) => r.group === group);
  if (!found) throw new Error(`no row for ${group} at stage ${stage}`);
  return found;
}

describe("decisionStages", () => {
  it("rates each stage over the previous one and compares with the reference at that stage", () => {
    const r = decisionStages(chain, { level: 0.9 });
    expect(r).toMatchObject({ reference: "White", level: 0.9, method: "miettinen-nurminen", proportionMethod: "wilson", groups: ["White", "Black", "Asian"] });
    expect(r.stages.map((s) => [s.stage, s.previousStage])).toEqual([["Stop and search", null], ["Arrest", "Stop and search"], ["Charge", "Arrest"]]);
    expect(row(r, 1, "Black").rate).toEqual(proportion(22, 110, { level: 0.9 }));
    expect(row(r, 1, "Black").ratio).toEqual(riskRatio({ events: 22, total: 110 }, { events: 200, total: 2000 }, { level: 0.9 }));
    expect(row(r, 2, "Black").ratio).toEqual(riskRatio({ events: 10, total: 22 }, { events: 100, total: 200 }, { level: 0.9 }));
    expect(row(r, 1, "White")).toMatchObject({ status: "reference", ratio: null, count: 200, previous: 2000 });
    expect(row(r, 0, "Black")).toEqual({ group: "Black", count: 110, previous: null, status: "first-stage", rate: null, ratio: null });
  });

  it("flags a zero count (zero ratio) and then a zero denominator", () => {
    const r = decisionStages(chain);
    expect(row(r, 1, "Asian")).toMatchObject({ status: "ok", count: 0, previous: 190, ratio: { value: 0, status: "zero-ratio" } });
    // Charge names no Asian group: its count is 0 over a previous count of 0.
    expect(row(r, 2, "Asian")).toEqual({ group: "Asian", count: 0, previous: 0, status: "zero-denominator", rate: null, ratio: null });
  });

  it("flags a count above the previous stage's rather than throwing", () => {
    const r = decisionStages([{ stage: "Search", counts: { White: 100, Black: 20 } }, { stage: "Arrest", counts: { White: 10, Black: 25 } }]);
    expect(row(r, 1, "Black")).toEqual({ group: "Black", count: 25, previous: 20, status: "exceeds-denominator", rate: null, ratio: null });
  });

  it("gives no ratios when the reference group has no denominator", () => {
    const r = decisionStages([
      { stage: "Search", counts: { White: 50, Black: 40 } },
      { stage: "Arrest", counts: { White: 0, Black: 5 } },
      { stage: "Charge", counts: { White: 0, Black: 3 } },
    ]);
    expect(row(r, 1, "Black").ratio).toMatchObject({ status: "infinite-ratio", value: Infinity, upper: Infinity });
    expect(row(r, 2, "White").status).toBe("zero-denominator");
    expect(row(r, 2, "Black")).toMatchObject({ status: "reference-unavailable", rate: { value: 0.6 }, ratio: null });
  });

  it("reports unknown ethnicity per stage and leaves it out of every comparison", () => {
    const r = decisionStages(chain);
    expect(r.stages.map((s) => s.unknown)).toEqual([
      { count: 900, total: 3200, share: 900 / 3200 },
      { count: 60, total: 282, share: 60 / 282 },
      { count: 30, total: 140, share: 30 / 140 },
    ]);
    expect(r.groups).not.toContain("Unknown");
    const custom = decisionStages([{ stage: "A", counts: { White: 10, "Not stated": 4 } }, { stage: "B", counts: { White: 0, "not STATED": 0 } }], { unknown: ["Not stated"] });
    expect(custom.groups).toEqual(["White"]);
    expect(custom.stages[1]?.unknown).toEqual({ count: 0, total: 0, share: null });
  });

  it("chooses White, else the largest first-stage group, else the requested group (ignoring case)", () => {
    expect(decisionStages(chain).reference).toBe("White");
    const noWhite = [{ stage: "A", counts: { Asian: 300, Black: 500, Mixed: 500 } }, { stage: "B", counts: { Asian: 3, Black: 5, Mixed: 1 } }];
    expect(decisionStages(noWhite).reference).toBe("Black");
    const r = decisionStages(chain, { reference: "black" });
    expect(r.reference).toBe("Black");
    expect(row(r, 1, "White").ratio?.value).toBeCloseTo(0.1 / 0.2, 12);
  });

  it("matches groups across stages ignoring case and accepts arrays of { group, count }", () => {
    const a = decisionStages(chain);
    const b = decisionStages([
      { stage: "Stop and search", counts: Object.entries(searches).map(([group, count]) => ({ group, count })) },
      { stage: "Arrest", counts: Object.entries(arrests).map(([group, count]) => ({ group: group.toUpperCase(), count })) },
      { stage: "Charge", counts: charges },
    ]);
    expect(b).toEqual(a);
  });

  it("takes a population Baseline as the first stage, the same as plain counts", () => {
    const population = gwentPopulation({ census: 2011 });
    const counts = Object.fromEntries(population.groups.map((g) => [g.group, g.population as number]));
    const searchesByGroup = { White: 2054, Black: 111, Asian: 191, Mixed: 86, Other: 14, Unknown: 941 };
    const fromBaseline = decisionStages([{ stage: "Population", counts: population }, { stage: "Search", counts: searchesByGroup }]);
    const fromCounts = decisionStages([{ stage: "Population", counts }, { stage: "Search", counts: searchesByGroup }]);
    expect(fromBaseline).toEqual(fromCounts);
    expect(row(fromBaseline, 1, "Black").ratio?.value).toBeCloseTo(111 / 3185 / (2054 / 554377), 10);
    expect(fromBaseline.stages[0]?.unknown).toEqual({ count: 0, total: 576754, share: 0 });
  });

  it("gives a suppressed population a missing denominator", () => {
    const b = baselineFromCensusCsv("geography code,Ethnic group: Total,Ethnic group: White,Ethnic group: Roma\nA,1000,990,c");
    const r = decisionStages([{ stage: "Population", counts: b }, { stage: "Search", counts: { White: 9, Roma: 1 } }]);
    expect(row(r, 0, "Roma")).toMatchObject({ count: null, status: "first-stage" });
    expect(row(r, 1, "Roma")).toEqual({ group: "Roma", count: 1, previous: null, status: "missing-denominator", rate: null, ratio: null });
  });

  it("passes the method options on and returns frozen, JSON-serialisable results", () => {
    const r = decisionStages(chain, { method: "katz", proportionMethod: "exact", level: 0.998 });
    expect(row(r, 1, "Black").ratio?.method).toBe("katz");
    expect(row(r, 1, "Asian").ratio?.method).toBe("miettinen-nurminen");
    expect(row(r, 1, "Black").rate?.method).toBe("exact");
    expect(Object.isFrozen(r) && Object.isFrozen(r.stages[1]?.rows[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it("rejects invalid arguments with messages that name the parameter", () => {
    const message = thrownMessage;
    const one = [{ stage: "A", counts: { White: 1 } }];
    expect(message(() => decisionStages(one))).toBe("decisionStages: stages must be an array of at least two stages; received an array of length 1");
    expect(message(() => decisionStages("x" as never))).toBe('decisionStages: stages must be an array of at least two stages; received "x"');
    expect(message(() => decisionStages([null, one[0]] as never))).toBe("decisionStages: stages[0] must be { stage, counts }; received null");
    expect(message(() => decisionStages([{ stage: " ", counts: {} }, ...one]))).toBe('decisionStages: stages[0].stage must be a non-empty string; received " "');
    expect(message(() => decisionStages([...one, { stage: "B", counts: { White: -1 } }]))).toBe('decisionStages: stages[1].counts["White"] must not be negative; received -1');
    expect(message(() => decisionStages([...one, { stage: "B", counts: { White: 0.5 } }]))).toBe('decisionStages: stages[1].counts["White"] must be a whole number; received 0.5');
    expect(message(() => decisionStages([...one, { stage: "B", counts: [{ group: "White", count: 1 }, { group: "white", count: 0 }] }]))).toBe(
      'decisionStages: stages[1].counts must not name a group twice (ignoring case); received "white"',
    );
    expect(message(() => decisionStages([...one, { stage: "B", counts: 5 as never }]))).toBe("decisionStages: stages[1].counts must be an array of { group, count } or a record of counts; received 5");
    expect(message(() => decisionStages([...one, { stage: "B", counts: gwentPopulation() }]))).toBe("decisionStages: stages[1].counts may be a Baseline only at the first stage; received a value of type object");
    expect(message(() => decisionStages([...one, ...one], { reference: "Black" }))).toBe('decisionStages: options.reference must name one of the compared groups (White); received "Black"');
    expect(message(() => decisionStages([{ stage: "A", counts: { Unknown: 3 } }, { stage: "B", counts: {} }]))).toBe("decisionStages: counts must include at least one group of known ethnicity; received 0");
    expect(message(() => decisionStages([...one, ...one], { level: 95 }))).toBe("decisionStages: options.level must be a fraction strictly between 0 and 1; received 95 (did you mean 0.95?)");
    expect(message(() => decisionStages([...one, ...one], { method: "wald" as never }))).toBe('decisionStages: options.method must be one of "miettinen-nurminen", "koopman", "katz"; received "wald"');
    expect(message(() => decisionStages([...one, ...one], { proportionMethod: "score" as never }))).toMatch(/^decisionStages: options.proportionMethod must be one of "wilson"/);
    expect(message(() => decisionStages([...one, ...one], { unknown: "Unknown" as never }))).toBe('decisionStages: options.unknown must be an array of group labels; received "Unknown"');
    expect(message(() => decisionStages([...one, ...one], [] as never))).toBe("decisionStages: options must be an object or undefined; received an array of length 0");
  });
});
