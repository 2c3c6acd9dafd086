import { describe, expect, it } from "vitest";
import { rate, rateRatio, staffRates } from "../../src/index.js";
import { thrownMessage } from "../_helpers/resultMismatches.js";

const message = thrownMessage;

describe("staffRates", () => {
  it("is rate() and rateRatio() for each group, with exact methods by default", () => {
    const result = staffRates([{ group: "White", count: 41 }, { group: "Black", count: 4 }], [{ group: "White", count: 2150 }, { group: "Black", count: 60 }]);
    expect(result).toMatchObject({ reference: "White", per: 1000, level: 0.95, method: "exact", rateMethod: "exact" });
    expect(result.rows[1]?.rate).toEqual(rate(4, 60, { method: "exact" }));
    expect(result.rows[1]?.ratio).toEqual(rateRatio({ count: 4, population: 60 }, { count: 41, population: 2150 }));
    expect(result.rows[0]).toMatchObject({ status: "reference", ratio: null });
  });

  it("passes per, level and methods through", () => {
    const result = staffRates({ A: 12, B: 30 }, { A: 100, B: 400 }, { per: 100, level: 0.9, method: "mid-p", rateMethod: "byar", reference: "b" });
    expect(result.reference).toBe("B");
    expect(result.rows[0]?.rate).toEqual(rate(12, 100, { per: 100, level: 0.9, method: "byar" }));
    expect(result.rows[0]?.ratio).toEqual(rateRatio({ count: 12, population: 100 }, { count: 30, population: 400 }, { level: 0.9, method: "mid-p" }));
  });

  it("defaults the reference to White, else the largest headcount", () => {
    expect(staffRates({}, { Asian: 10, white: 5 }).reference).toBe("white");
    expect(staffRates({}, { Female: 10, Male: 50 }).reference).toBe("Male");
  });

  it("gives statuses, not NaN: zero and missing headcounts, a reference with no headcount, no groups at all", () => {
    const rows = staffRates({ White: 2, Black: 1, Other: 3 }, { White: 0, Black: 20, Mixed: 5 }).rows;
    expect(rows.map((r) => [r.group, r.status])).toEqual([["White", "zero-headcount"], ["Black", "reference-unavailable"], ["Mixed", "reference-unavailable"], ["Other", "no-headcount"]]);
    expect(rows[2]?.rate?.status).toBe("zero-count");
    expect(rows[3]).toMatchObject({ headcount: null, rate: null, ratio: null });
    const empty = staffRates({ Unknown: 2 }, { Unknown: 10 });
    expect(empty.reference).toBeNull();
    expect(empty.rows).toEqual([]);
    expect(empty.unknown).toEqual({ events: 2, headcount: 10, eventShare: 1, headcountShare: 1 });
    expect(staffRates({}, {}).unknown).toEqual({ events: 0, headcount: 0, eventShare: null, headcountShare: null });
  });

  it("reports unknown groups apart, with custom labels", () => {
    const result = staffRates({ White: 10, "Not stated": 2, Unknown: 1 }, { White: 500, "not stated": 40, Unknown: 10 }, { unknown: ["Not stated", "unknown"] });
    expect(result.rows.map((r) => r.group)).toEqual(["White"]);
    expect(result.unknown).toEqual({ events: 3, headcount: 50, eventShare: 3 / 13, headcountShare: 50 / 550 });
  });

  it("is frozen and JSON-serialisable", () => {
    const result = staffRates({ White: 3, Black: 2 }, { White: 300, Black: 20 });
    expect(Object.isFrozen(result.rows[1]?.ratio)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("throws ArgumentError for invalid input", () => {
    expect(message(() => staffRates({ White: 1.5 }, { White: 10 }))).toBe('staffRates: events["White"] must be a whole number; received 1.5');
    expect(message(() => staffRates({ White: 1 }, { White: -10 }))).toBe('staffRates: headcount["White"] must not be negative; received -10');
    expect(message(() => staffRates({ White: 1 }, { White: 1, WHITE: 2 }))).toBe('staffRates: headcount must not name a group twice (ignoring case); received "WHITE"');
    expect(message(() => staffRates({ White: 1 }, "x" as never))).toBe('staffRates: headcount must be an array of { group, count } or a record of counts; received "x"');
    expect(message(() => staffRates({ White: 1 }, { White: 10 }, { reference: "Black" }))).toBe('staffRates: options.reference must name one of the compared groups (White); received "Black"');
    expect(message(() => staffRates({ White: 1 }, { White: 10 }, { per: 0 }))).toBe("staffRates: options.per must be greater than 0; received 0");
    expect(message(() => staffRates({ White: 1 }, { White: 10 }, { method: "score" as never }))).toBe('staffRates: options.method must be one of "exact", "mid-p", "wald"; received "score"');
    expect(message(() => staffRates({ White: 1 }, { White: 10 }, { rateMethod: "x" as never }))).toBe('staffRates: options.rateMethod must be one of "exact", "auto", "byar", "wald"; received "x"');
    expect(message(() => staffRates({ White: 1 }, { White: 10 }, [] as never))).toBe("staffRates: options must be an object or undefined; received an array of length 0");
  });
});
