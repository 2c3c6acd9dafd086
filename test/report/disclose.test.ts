import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { ArgumentError, disclose, type DisclosedTable, type DisclosureTable } from "../../src/index.js";
import { disclosureLeaks } from "../_helpers/disclosureLeaks.js";
import { thrownMessage } from "../_helpers/resultMismatches.js";

fc.configureGlobal({ seed: 20261123, numRuns: 200 });

const cells = (t: DisclosedTable) => t.suppressed.map((c) => `${c.row}:${c.column}:${c.reason}`);

/** Searches by ethnicity in two areas, with an "All" row per area. */
const areas: DisclosureTable = {
  rows: [
    { area: "Newport", ethnicity: "Asian", count: 3, population: 9000, rate: 0.333 },
    { area: "Newport", ethnicity: "Black", count: 12, population: 4000, rate: 3 },
    { area: "Newport", ethnicity: "Mixed", count: 7, population: 3500, rate: 2 },
    { area: "Newport", ethnicity: "White", count: 60, population: 120000, rate: 0.5 },
    { area: "Newport", ethnicity: "All", count: 82, population: 136500, rate: 0.601 },
    { area: "Torfaen", ethnicity: "Asian", count: 2, population: 1200, rate: 1.667 },
    { area: "Torfaen", ethnicity: "Black", count: 4, population: 600, rate: 6.667 },
    { area: "Torfaen", ethnicity: "Mixed", count: 0, population: 1100, rate: 0 },
    { area: "Torfaen", ethnicity: "White", count: 41, population: 88000, rate: 0.466 },
    { area: "Torfaen", ethnicity: "All", count: 47, population: 90900, rate: 0.517 },
  ],
  counts: ["count"],
  derived: { rate: ["count"] },
  totals: { by: ["area"], column: "ethnicity", value: "All" },
};

describe("disclose", () => {
  describe("primary suppression", () => {
    it("suppresses counts 1 to 4 and shows 0 and 5 and above", () => {
      const rows = [0, 1, 2, 3, 4, 5, 6, 100].map((count) => ({ count }));
      const t = disclose({ rows, counts: ["count"] });
      expect(t.rows.map((r) => r["count"])).toEqual([0, "[c]", "[c]", "[c]", "[c]", 5, 6, 100]);
      expect(cells(t)).toEqual(["1:count:primary", "2:count:primary", "3:count:primary", "4:count:primary"]);
      expect(t).toMatchObject({ threshold: 5, marker: "[c]", method: "threshold-with-complement", totals: null, derived: {} });
      expect(t.rule).toBe("Counts from 1 to 4 are suppressed; every figure derived from a suppressed count is suppressed. Zero is shown.");
    });

    it("leaves null counts alone and keeps every column in order", () => {
      const t = disclose({ rows: [{ label: "x", count: null, other: 2 }], counts: ["count"] });
      expect(t.rows).toEqual([{ label: "x", count: null, other: 2 }]);
      expect(Object.keys(t.rows[0] ?? {})).toEqual(["label", "count", "other"]);
      expect(t.suppressed).toEqual([]);
    });

    it("checks every count column", () => {
      const t = disclose({ rows: [{ searched: 40, arrested: 3 }], counts: ["searched", "arrested"] });
      expect(t.rows[0]).toEqual({ searched: 40, arrested: "[c]" });
    });
  });

  describe("derived suppression", () => {
    it("suppresses rates, ratios and intervals computed from a suppressed count, in the same row", () => {
      const table: DisclosureTable = {
        rows: [
          { group: "Black", count: 3, referenceCount: 50, rate: 1.5, ratio: 2.4, lower: 0.7, upper: 7.9 },
          { group: "Asian", count: 20, referenceCount: 50, rate: 4.4, ratio: 1.6, lower: 0.9, upper: 2.6 },
          { group: "Mixed", count: 9, referenceCount: 2, rate: 3.1, ratio: 11.2, lower: 2.3, upper: 108 },
        ],
        counts: ["count", "referenceCount"],
        derived: { rate: ["count"], ratio: ["count", "referenceCount"], lower: ["count", "referenceCount"], upper: ["count", "referenceCount"] },
      };
      const t = disclose(table);
      expect(t.rows[0]).toEqual({ group: "Black", count: "[c]", referenceCount: 50, rate: "[c]", ratio: "[c]", lower: "[c]", upper: "[c]" });
      expect(t.rows[1]).toEqual(table.rows[1]);
      expect(t.rows[2]).toEqual({ group: "Mixed", count: 9, referenceCount: "[c]", rate: 3.1, ratio: "[c]", lower: "[c]", upper: "[c]" });
      expect(cells(t)).toEqual([
        "0:count:primary", "0:rate:derived", "0:ratio:derived", "0:lower:derived", "0:upper:derived",
        "2:referenceCount:primary", "2:ratio:derived", "2:lower:derived", "2:upper:derived",
      ]);
      expect(disclosureLeaks(table, t)).toEqual([]);
    });

    it("does not add a declared derived column to rows that lack it", () => {
      const t = disclose({ rows: [{ count: 2 }], counts: ["count"], derived: { rate: ["count"] } });
      expect(t.rows[0]).toEqual({ count: "[c]" });
    });
  });

  describe("secondary suppression", () => {
    it("gives a lone suppressed cell a partner: the smallest non-zero part of its group", () => {
      const t = disclose(areas);
      // Newport: Asian 3 is primary, so Mixed 7 (smaller than Black 12) is its partner.
      // Torfaen: Asian 2 and Black 4 are both primary, so no partner is needed (Mixed 0 stays).
      expect(t.rows.map((r) => r["count"])).toEqual(["[c]", 12, "[c]", 60, 82, "[c]", "[c]", 0, 41, 47]);
      expect(cells(t)).toEqual([
        "0:count:primary", "0:rate:derived", "2:count:secondary", "2:rate:derived",
        "5:count:primary", "5:rate:derived", "6:count:primary", "6:rate:derived",
      ]);
      expect(t.totals).toEqual({ by: ["area"], column: "ethnicity", value: "All" });
      expect(t.rule).toBe(
        "Counts from 1 to 4 are suppressed; every figure derived from a suppressed count is suppressed; where a published total has exactly one suppressed cell, the smallest other non-zero part is suppressed too. Zero is shown.",
      );
      expect(disclosureLeaks(areas, t)).toEqual([]);
    });

    it("breaks ties by row order and skips zeros", () => {
      const rows = [{ g: "a", n: 0 }, { g: "b", n: 8 }, { g: "c", n: 2 }, { g: "d", n: 8 }, { g: "all", n: 18 }];
      const t = disclose({ rows, counts: ["n"], totals: { column: "g", value: "all" } });
      expect(t.rows.map((r) => r["n"])).toEqual([0, "[c]", "[c]", 8, 18]);
      expect(cells(t)).toEqual(["1:n:secondary", "2:n:primary"]);
    });

    it("needs no partner when two cells of the group are already suppressed", () => {
      const rows = [{ g: "a", n: 1 }, { g: "b", n: 4 }, { g: "c", n: 30 }, { g: "all", n: 35 }];
      const t = disclose({ rows, counts: ["n"], totals: { column: "g", value: "all" } });
      expect(cells(t)).toEqual(["0:n:primary", "1:n:primary"]);
    });

    it("treats a total under the threshold as a suppressed cell of its group", () => {
      const rows = [{ g: "a", n: 3 }, { g: "b", n: 0 }, { g: "c", n: 0 }, { g: "all", n: 3 }];
      const t = disclose({ rows, counts: ["n"], totals: { column: "g", value: "all" } });
      expect(t.rows.map((r) => r["n"])).toEqual(["[c]", 0, 0, "[c]"]);
      expect(cells(t)).toEqual(["0:n:primary", "3:n:primary"]);
    });

    it("falls back to a zero part, then to the total, when no non-zero part is visible", () => {
      // Inconsistent totals (parts need not add up exactly): the rule still hides a second cell.
      const zero = disclose({ rows: [{ g: "a", n: 2 }, { g: "b", n: 0 }, { g: "all", n: 9 }], counts: ["n"], totals: { column: "g", value: "all" } });
      expect(cells(zero)).toEqual(["0:n:primary", "1:n:secondary"]);
      const total = disclose({ rows: [{ g: "a", n: 2 }, { g: "all", n: 9 }], counts: ["n"], totals: { column: "g", value: "all" } });
      expect(cells(total)).toEqual(["0:n:primary", "1:n:secondary"]);
    });

    it("does nothing for a group without a total row, and treats each count column separately", () => {
      const rows = [
        { area: "A", g: "x", n: 2, m: 30 }, { area: "A", g: "y", n: 20, m: 3 }, { area: "A", g: "z", n: 25, m: 40 },
        { area: "B", g: "x", n: 2, m: 9 }, { area: "B", g: "y", n: 20, m: 9 }, { area: "B", g: "all", n: 22, m: 18 },
      ];
      const t = disclose({ rows, counts: ["n", "m"], totals: { by: ["area"], column: "g", value: "all" } });
      expect(cells(t)).toEqual(["0:n:primary", "1:m:primary", "3:n:primary", "4:n:secondary"]);
    });

    it("treats the whole table as one group when totals.by is omitted", () => {
      const t = disclose({ rows: [{ g: "a", n: 6 }, { g: "b", n: 1 }, { g: "c", n: 9 }, { g: "all", n: 16 }], counts: ["n"], totals: { column: "g", value: "all" } });
      expect(cells(t)).toEqual(["0:n:secondary", "1:n:primary"]);
    });
  });

  describe("options", () => {
    it("uses the threshold: 10 suppresses 1 to 9", () => {
      const t = disclose({ rows: [5, 9, 10].map((n) => ({ n })), counts: ["n"] }, { threshold: 10 });
      expect(t.rows.map((r) => r["n"])).toEqual(["[c]", "[c]", 10]);
      expect(t.threshold).toBe(10);
      expect(t.rule.startsWith("Counts from 1 to 9 are suppressed")).toBe(true);
    });

    it("suppresses nothing at threshold 1 and says so", () => {
      const t = disclose({ rows: [{ n: 1 }], counts: ["n"] }, { threshold: 1 });
      expect(t.rows).toEqual([{ n: 1 }]);
      expect(t.rule).toBe("No count is suppressed (threshold 1); every figure derived from a suppressed count is suppressed. Zero is shown.");
    });

    it("uses the marker", () => {
      const t = disclose({ rows: [{ n: 2, p: 0.4 }], counts: ["n"], derived: { p: ["n"] } }, { marker: "*" });
      expect(t.rows).toEqual([{ n: "*", p: "*" }]);
      expect(t.marker).toBe("*");
    });
  });

  it("returns a frozen, JSON-serialisable result and leaves the input alone", () => {
    const input = structuredClone(areas);
    const t = disclose(input);
    expect(input).toEqual(areas);
    expect(Object.isFrozen(t)).toBe(true);
    expect(Object.isFrozen(t.rows)).toBe(true);
    expect(Object.isFrozen(t.rows[0])).toBe(true);
    expect(Object.isFrozen(t.suppressed[0])).toBe(true);
    expect(Object.isFrozen(t.totals?.by)).toBe(true);
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
    expect(disclose(input)).toEqual(t);
  });

  describe("invalid input", () => {
    const ok = { rows: [{ g: "a", n: 1 }], counts: ["n"] };
    it.each([
      [() => disclose(null as never), "disclose: table must be an object; received null"],
      [() => disclose({ rows: 1, counts: ["n"] } as never), "disclose: table.rows must be an array of row objects; received 1"],
      [() => disclose({ rows: [] } as never), "disclose: table.counts must be a non-empty array of column names; received undefined"],
      [() => disclose({ rows: [], counts: [] }), "disclose: table.counts must be a non-empty array of column names; received an array of length 0"],
      [() => disclose({ rows: [], counts: [""] }), 'disclose: table.counts[0] must be a non-empty string; received ""'],
      [() => disclose({ rows: [], counts: ["n", "n"] }), "disclose: table.counts must not repeat a column; received an array of length 2"],
      [() => disclose({ rows: [5], counts: ["n"] } as never), "disclose: table.rows[0] must be an object; received 5"],
      [() => disclose({ rows: [{ n: -1 }], counts: ["n"] }), "disclose: table.rows[0].n must not be negative; received -1"],
      [() => disclose({ rows: [{ n: 1 }, { n: 2.5 }], counts: ["n"] }), "disclose: table.rows[1].n must be a whole number; received 2.5"],
      [() => disclose({ rows: [{ n: "3" }], counts: ["n"] }), 'disclose: table.rows[0].n must be a finite number; received "3"'],
      [() => disclose({ rows: [{ m: 3 }], counts: ["n"] }), "disclose: table.rows[0].n must be a finite number; received undefined"],
      [() => disclose({ ...ok, derived: [] as never }), "disclose: table.derived must be an object; received an array of length 0"],
      [() => disclose({ ...ok, derived: { rate: "n" as never } }), 'disclose: table.derived.rate must be a non-empty array of column names; received "n"'],
      [() => disclose({ ...ok, derived: { rate: ["population"] } }), 'disclose: table.derived.rate must list only count columns named in table.counts; received "population"'],
      [() => disclose({ ...ok, derived: { n: ["n"] } }), 'disclose: table.derived.n must not also be a count column; received "n"'],
      [() => disclose({ ...ok, totals: "g" as never }), 'disclose: table.totals must be an object; received "g"'],
      [() => disclose({ ...ok, totals: { value: "all" } as never }), "disclose: table.totals.column must be a non-empty string; received undefined"],
      [() => disclose({ ...ok, totals: { column: "g" } as never }), "disclose: table.totals.value must be the cell value (string, number, boolean or null) that marks a total row; received undefined"],
      [() => disclose({ ...ok, totals: { by: "area" as never, column: "g", value: "all" } }), 'disclose: table.totals.by must be an array of column names; received "area"'],
      [() => disclose({ ...ok, totals: { by: ["g"], column: "g", value: "all" } }), 'disclose: table.totals.by must not include table.totals.column; received "g"'],
      [
        () => disclose({ rows: [{ g: "a", n: 5 }, { g: "all", n: 9 }, { g: "all", n: 9 }], counts: ["n"], totals: { column: "g", value: "all" } }),
        'disclose: table.rows[2].g must not mark a second total row in its group (table.rows[1] already does); received "all"',
      ],
      [() => disclose(ok, 3 as never), "disclose: options must be an object or undefined; received 3"],
      [() => disclose(ok, { threshold: 0 }), "disclose: options.threshold must be at least 1; received 0"],
      [() => disclose(ok, { threshold: 2.5 }), "disclose: options.threshold must be a whole number; received 2.5"],
      [() => disclose(ok, { threshold: "5" as never }), 'disclose: options.threshold must be a finite number; received "5"'],
      [() => disclose(ok, { marker: "" }), 'disclose: options.marker must be a non-empty string; received ""'],
    ])("%#: throws ArgumentError with an exact message", (call, message) => {
      expect(thrownMessage(call)).toBe(message);
      expect(() => call()).toThrow(ArgumentError);
    });
  });

  describe("the leak check helper", () => {
    it("reports a suppressed value left in a cell, a changed cell and a value in the suppressed list", () => {
      const t = disclose(areas);
      const leaky = { ...t, rows: t.rows.map((r, i) => (i === 2 ? { ...r, count: 7 } : i === 3 ? { ...r, rate: 0.6 } : r)), suppressed: [...t.suppressed, { row: 9, column: "count", reason: "primary" as const, value: 47 }] };
      expect(disclosureLeaks(areas, leaky)).toEqual([
        "suppressed entry for row 9 count has keys column,reason,row,value",
        "row 2 count: listed but shows 7",
        "row 3 rate: changed from 0.5 to 0.6 without being listed",
        "row 9 count: listed but shows 47",
        "row 2 count: shows suppressed value 7",
        "row 9 count: shows suppressed value 47",
      ]);
    });
  });

  describe("properties", () => {
    // 1–5 areas, each with 1–6 parts and an "all" row holding their sum.
    const tables = fc
      .array(fc.uniqueArray(fc.nat({ max: 40 }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 })
      .chain((groups) => fc.tuple(fc.constant(groups), fc.integer({ min: 1, max: 12 })))
      .map(([groups, threshold]) => {
        const rows = groups.flatMap((parts, g) => [
          ...parts.map((n, p) => ({ area: `a${g}`, group: `g${p}`, n, share: n / 7 })),
          { area: `a${g}`, group: "all", n: parts.reduce((s, n) => s + n, 0), share: 1 },
        ]);
        return { table: { rows, counts: ["n"], derived: { share: ["n"] }, totals: { by: ["area"], column: "group", value: "all" } } as DisclosureTable, threshold };
      });

    it("leaves no group with a published total holding exactly one suppressed count", () => {
      fc.assert(
        fc.property(tables, ({ table, threshold }) => {
          const t = disclose(table, { threshold });
          const areasSeen = new Set(t.rows.map((r) => r["area"]));
          for (const area of areasSeen) expect(t.rows.filter((r) => r["area"] === area && r["n"] === "[c]").length).not.toBe(1);
        }),
      );
    });

    it("shows no suppressed value, and suppresses every count from 1 to threshold − 1 with its share", () => {
      fc.assert(
        fc.property(tables, ({ table, threshold }) => {
          const t = disclose(table, { threshold });
          expect(disclosureLeaks(table, t)).toEqual([]);
          table.rows.forEach((row, i) => {
            const n = row["n"] as number;
            if (n >= 1 && n < threshold) expect(t.rows[i]).toMatchObject({ n: "[c]", share: "[c]" });
            if (n === 0 || n >= threshold) expect(t.rows[i]?.["n"] === n || t.suppressed.some((c) => c.row === i && c.reason === "secondary")).toBe(true);
          });
        }),
      );
    });
  });

  it("has the documented types", () => {
    expectTypeOf(disclose).parameter(0).toEqualTypeOf<DisclosureTable>();
    expectTypeOf(disclose(areas).suppressed[0]?.reason).toEqualTypeOf<"primary" | "secondary" | "derived" | undefined>();
  });
});
