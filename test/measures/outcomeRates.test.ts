import { describe, expect, it } from "vitest";
import { outcomeRates, proportion, riskRatio } from "../../src/index.js";
import { argumentErrorMessage } from "../_helpers/resultMismatches.js";

const table = { White: { outcomes: 300, searches: 2000 }, Black: { outcomes: 11, searches: 110 }, Other: { outcomes: 0, searches: 0 }, Unknown: { outcomes: 40, searches: 890 } };

const message = argumentErrorMessage;

describe("outcomeRates", () => {
  it("gives each group's hit rate and its ratio to the reference group's", () => {
    const r = outcomeRates(table, { level: 0.9 });
    expect(r).toMatchObject({ reference: "White", level: 0.9, method: "miettinen-nurminen", proportionMethod: "wilson" });
    expect(r.rows.map((row) => [row.group, row.status])).toEqual([["White", "reference"], ["Black", "ok"], ["Other", "zero-denominator"]]);
    expect(r.rows[1]?.rate).toEqual(proportion(11, 110, { level: 0.9 }));
    expect(r.rows[1]?.ratio).toEqual(riskRatio({ events: 11, total: 110 }, { events: 300, total: 2000 }, { level: 0.9 }));
    expect(r.rows[2]).toEqual({ group: "Other", outcomes: 0, searches: 0, status: "zero-denominator", rate: null, ratio: null });
  });

  it("reports unknown ethnicity separately: its searches' share and its own rate", () => {
    const r = outcomeRates(table);
    expect(r.unknown).toEqual({ outcomes: 40, searches: 890, shareOfSearches: 890 / 3000, rate: proportion(40, 890) });
    expect(outcomeRates({ White: { outcomes: 1, searches: 2 } }).unknown).toEqual({ outcomes: 0, searches: 0, shareOfSearches: 0, rate: null });
    const none = outcomeRates({ White: { outcomes: 0, searches: 0 } });
    expect(none.unknown.shareOfSearches).toBeNull();
    expect(none.rows[0]?.status).toBe("zero-denominator");
  });

  it("gives no ratio when the reference group has no searches, and handles zero and full counts", () => {
    const r = outcomeRates({ White: { outcomes: 0, searches: 0 }, Black: { outcomes: 2, searches: 5 } });
    expect(r.rows[1]).toMatchObject({ status: "reference-unavailable", rate: { value: 0.4 }, ratio: null });
    const zero = outcomeRates({ White: { outcomes: 0, searches: 40 }, Black: { outcomes: 3, searches: 3 } });
    expect(zero.rows[1]?.ratio).toMatchObject({ status: "infinite-ratio", value: Infinity });
    expect(zero.rows[1]?.rate?.status).toBe("full-count");
  });

  it("accepts an array, matches the reference ignoring case, and picks the most searched group without White", () => {
    const list = [{ group: "Asian", outcomes: 10, searches: 100 }, { group: "Black", outcomes: 20, searches: 180 }, { group: "unknown", outcomes: 1, searches: 3 }];
    expect(outcomeRates(list).reference).toBe("Black");
    expect(outcomeRates(list, { reference: "ASIAN" }).reference).toBe("Asian");
    expect(outcomeRates(list).unknown.searches).toBe(3);
    expect(outcomeRates(list, { method: "koopman" }).rows[0]?.ratio?.method).toBe("koopman");
  });

  it("returns frozen, JSON-serialisable results", () => {
    const r = outcomeRates(table);
    expect(Object.isFrozen(r.rows[1]?.ratio)).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it("rejects invalid arguments", () => {
    expect(message(() => outcomeRates({ White: { outcomes: 3, searches: 2 } }))).toBe('outcomeRates: counts["White"].outcomes must not exceed counts["White"].searches (2); received 3');
    expect(message(() => outcomeRates([{ group: "White", outcomes: 1.5, searches: 2 }]))).toBe("outcomeRates: counts[0].outcomes must be a whole number; received 1.5");
    expect(message(() => outcomeRates([{ group: "White", outcomes: 1, searches: -2 }]))).toBe("outcomeRates: counts[0].searches must not be negative; received -2");
    expect(message(() => outcomeRates([{ outcomes: 1, searches: 2 }] as never))).toBe("outcomeRates: counts[0].group must be a string; received undefined");
    expect(message(() => outcomeRates({ White: 3 } as never))).toBe('outcomeRates: counts["White"] must be an object; received 3');
    expect(message(() => outcomeRates(null as never))).toBe("outcomeRates: counts must be an array of { group, outcomes, searches } or a record of { outcomes, searches }; received null");
    expect(message(() => outcomeRates([{ group: "White", outcomes: 1, searches: 2 }, { group: "WHITE", outcomes: 1, searches: 2 }]))).toBe('outcomeRates: counts must not name a group twice (ignoring case); received "WHITE"');
    expect(message(() => outcomeRates({ Unknown: { outcomes: 1, searches: 2 } }))).toBe("outcomeRates: counts must include at least one group of known ethnicity; received 0");
    expect(message(() => outcomeRates(table, { reference: "Mixed" }))).toBe('outcomeRates: options.reference must name one of the compared groups (White, Black, Other); received "Mixed"');
    expect(message(() => outcomeRates(table, { level: 0 }))).toBe("outcomeRates: options.level must be a fraction strictly between 0 and 1; received 0");
    expect(message(() => outcomeRates(table, { method: "exact" as never }))).toBe('outcomeRates: options.method must be one of "miettinen-nurminen", "koopman", "katz"; received "exact"');
    expect(message(() => outcomeRates(table, { proportionMethod: "score" as never }))).toMatch(/^outcomeRates: options.proportionMethod must be one of/);
  });
});
