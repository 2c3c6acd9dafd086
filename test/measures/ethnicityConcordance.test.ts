import { describe, expect, it } from "vitest";
import { ethnicityConcordance, proportion } from "../../src/index.js";
import { argumentErrorMessage } from "../_helpers/resultMismatches.js";

const message = argumentErrorMessage;

const records = [
  ...Array.from({ length: 9 }, () => ({ selfDefined: "White", officerDefined: "White" })),
  { selfDefined: "White", officerDefined: "Black" },
  { selfDefined: "Black", officerDefined: "Black", count: 4 },
  { selfDefined: "Mixed", officerDefined: "Black", count: 2 },
  { selfDefined: "Mixed", officerDefined: "White" },
  { selfDefined: "Asian", officerDefined: "Other" },
  { selfDefined: null, officerDefined: "White", count: 3 },
  { selfDefined: "Other", officerDefined: "", count: 2 },
  { selfDefined: "Unknown", officerDefined: undefined },
];

describe("ethnicityConcordance", () => {
  it("builds the square table over the union of categories, canonical order first", () => {
    const c = ethnicityConcordance(records);
    expect(c.categories).toEqual(["Asian", "Black", "Mixed", "White", "Other"]);
    expect(c.table).toEqual([
      [0, 0, 0, 0, 1],
      [0, 4, 0, 0, 0],
      [0, 2, 0, 1, 0],
      [0, 1, 0, 9, 0],
      [0, 0, 0, 0, 0],
    ]);
    expect(c).toMatchObject({ status: "ok", pairs: 24, compared: 18, excluded: { selfUnknown: 3, officerUnknown: 2, bothUnknown: 1, total: 6 } });
    expect(c.agreement).toEqual(proportion(13, 18));
    expect(c.byCategory[2]).toEqual({ category: "Mixed", selfDefined: 3, officerDefined: 0, agreed: 0, agreement: proportion(0, 3) });
    expect(c.byCategory[4]).toEqual({ category: "Other", selfDefined: 0, officerDefined: 1, agreed: 0, agreement: null });
  });

  it("gives the same result for records and for the pre-counted table, labels matched ignoring case", () => {
    const table = { Asian: { Other: 1 }, Black: { Black: 4 }, Mixed: { Black: 2, White: 1 }, white: { WHITE: 9, black: 1 }, Unknown: { White: 3, Unknown: 1 }, Other: { Unknown: 2 } };
    expect(ethnicityConcordance(table)).toEqual(ethnicityConcordance(records));
  });

  it("keeps any other label as a category of its own and takes custom unknown labels", () => {
    const c = ethnicityConcordance({ White: { White: 5, "IC5 Chinese": 1 }, "Not stated": { White: 2 } }, { unknown: ["not stated"] });
    expect(c.categories).toEqual(["White", "IC5 Chinese"]);
    expect(c.excluded.selfUnknown).toBe(2);
  });

  it("reports perfect agreement, kappa below zero, and degenerate tables with explicit statuses", () => {
    const perfect = ethnicityConcordance({ White: { White: 40 }, Black: { Black: 7 } });
    expect(perfect.kappa).toMatchObject({ value: 1, lower: 1, upper: 1, standardError: 0, status: "perfect-agreement" });
    expect(perfect.agreement?.status).toBe("full-count");
    const negative = ethnicityConcordance({ White: { White: 2, Black: 10 }, Black: { White: 12, Black: 1 } });
    expect(negative.kappa?.value).toBeLessThan(0);
    expect(negative.kappa?.pValue).toBeLessThan(0.001);
    const disjoint = ethnicityConcordance({ White: { Black: 5 }, Asian: { Other: 3 } });
    expect(disjoint.kappa).toMatchObject({ value: 0, lower: 0, upper: 0, standardError: 0, nullStandardError: 0, pValue: null, status: "degenerate" });
    const single = ethnicityConcordance({ White: { White: 12 } });
    expect(single).toMatchObject({ status: "undefined-kappa", kappa: null, agreement: { value: 1 } });
    const none = ethnicityConcordance([{ selfDefined: "White", officerDefined: null }]);
    expect(none).toMatchObject({ status: "no-pairs", compared: 0, pairs: 1, agreement: null, kappa: null, categories: ["White"] });
    expect(ethnicityConcordance([])).toMatchObject({ status: "no-pairs", pairs: 0, categories: [], table: [] });
  });

  it("clips the kappa interval to [-1, 1]", () => {
    const c = ethnicityConcordance({ White: { White: 3, Black: 0 }, Black: { White: 1, Black: 2 } }, { level: 0.998 });
    expect(c.kappa?.upper).toBe(1);
    expect((c.kappa?.value as number) + 3.090232306167813 * (c.kappa?.standardError as number)).toBeGreaterThan(1);
  });

  it("returns frozen, JSON-serialisable results", () => {
    const c = ethnicityConcordance(records);
    expect(Object.isFrozen(c.table[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  it("rejects invalid arguments", () => {
    expect(message(() => ethnicityConcordance([{ selfDefined: 3, officerDefined: "White" }] as never))).toBe("ethnicityConcordance: pairs[0].selfDefined must be a string, null or undefined; received 3");
    expect(message(() => ethnicityConcordance([{ selfDefined: "White", officerDefined: "White", count: -1 }]))).toBe("ethnicityConcordance: pairs[0].count must not be negative; received -1");
    expect(message(() => ethnicityConcordance([{ selfDefined: "White", officerDefined: "White", count: 1.5 }]))).toBe("ethnicityConcordance: pairs[0].count must be a whole number; received 1.5");
    expect(message(() => ethnicityConcordance([null] as never))).toBe("ethnicityConcordance: pairs[0] must be an object; received null");
    expect(message(() => ethnicityConcordance({ White: 3 } as never))).toBe('ethnicityConcordance: table["White"] must be an object; received 3');
    expect(message(() => ethnicityConcordance({ White: { Black: "2" } } as never))).toBe('ethnicityConcordance: table["White"]["Black"] must be a finite number; received "2"');
    expect(message(() => ethnicityConcordance("White" as never))).toBe('ethnicityConcordance: pairs must be an array of { selfDefined, officerDefined } or a table { selfDefined: { officerDefined: count } }; received "White"');
    expect(message(() => ethnicityConcordance([], { level: 1 }))).toBe("ethnicityConcordance: options.level must be a fraction strictly between 0 and 1; received 1");
    expect(message(() => ethnicityConcordance([], { unknown: [3] as never }))).toBe("ethnicityConcordance: options.unknown must be an array of group labels; received an array of length 1");
  });
});
