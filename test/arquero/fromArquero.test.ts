import { from, op, table } from "arquero";
import { describe, expect, it } from "vitest";
import { ArgumentError, fromArquero } from "../../src/arquero/index.js";
import { argumentErrorMessage } from "../_helpers/resultMismatches.js";

const counts = from([
  { quarter: "2019/20 Q1", ethnicity: "White", n: 520 },
  { quarter: "2019/20 Q2", ethnicity: "White", n: 534 },
  { quarter: "2019/20 Q1", ethnicity: "Black", n: 61 },
  { quarter: "2019/20 Q2", ethnicity: "black ", n: 50 },
  { quarter: "2019/20 Q1", ethnicity: null, n: 12 },
  { quarter: "2019/20 Q2", ethnicity: "  ", n: 3 },
  { quarter: "2019/20 Q2", ethnicity: "Unknown", n: 5 },
]);

describe("fromArquero: a table of counts", () => {
  it("sums repeated groups, merges labels that differ in case or spacing, and makes null and blank Unknown", () => {
    const result = fromArquero(counts, { group: "ethnicity", count: "n" });
    expect(result).toEqual({ White: 1054, Black: 111, Unknown: 20 });
    expect(Object.keys(result)).toEqual(["White", "Black", "Unknown"]); // first-seen order and spelling
    expect(Object.isFrozen(result)).toBe(true);
  });

  it("respects the table's filter, as arquero's own rollup does", () => {
    const q1 = counts.filter((d: { quarter: string }) => d.quarter === "2019/20 Q1");
    expect(fromArquero(q1, { group: "ethnicity", count: "n" })).toEqual({ White: 520, Black: 61, Unknown: 12 });
    const rolled = q1.groupby("ethnicity").rollup({ n: op.sum("n") }).objects() as { ethnicity: string | null; n: number }[];
    expect(Object.fromEntries(rolled.map((r) => [r.ethnicity ?? "Unknown", r.n]))).toEqual({ White: 520, Black: 61, Unknown: 12 });
  });

  it("turns numeric and boolean labels into text and accepts whole bigint counts", () => {
    const quintiles = table({ quintile: [1, 2, 1, NaN], n: new BigInt64Array([3n, 4n, 5n, 1n]) });
    expect(fromArquero(quintiles, { group: "quintile", count: "n" })).toEqual({ 1: 8, 2: 4, Unknown: 1 });
    expect(fromArquero(table({ flag: [true, false, true] }), { group: "flag" })).toEqual({ true: 2, false: 1 });
  });

  it("gives an empty record for an empty table", () => {
    expect(fromArquero(table({ g: [], n: [] }), { group: "g", count: "n" })).toEqual({});
  });
});

describe("fromArquero: a table of records", () => {
  const people = from([
    { sex: "Female", ethnicity: "Asian", hourlyPay: 15.5 },
    { sex: "Male", ethnicity: "", hourlyPay: 17 },
    { sex: "Male", ethnicity: "Asian", hourlyPay: null },
    { sex: "Female", ethnicity: undefined, hourlyPay: 16 },
  ]);

  it("counts the rows by the group column when there is no count column", () => {
    expect(fromArquero(people, { group: "ethnicity" })).toEqual({ Asian: 2, Unknown: 2 });
    expect(fromArquero(people, { group: "sex" })).toEqual({ Female: 2, Male: 2 });
  });

  it("returns the rows as frozen plain records, with the group column's blanks as Unknown", () => {
    const records = fromArquero(people, { records: true, group: "ethnicity" });
    expect(records).toEqual([
      { sex: "Female", ethnicity: "Asian", hourlyPay: 15.5 },
      { sex: "Male", ethnicity: "Unknown", hourlyPay: 17 },
      { sex: "Male", ethnicity: "Asian", hourlyPay: null },
      { sex: "Female", ethnicity: "Unknown", hourlyPay: 16 },
    ]);
    expect(Object.isFrozen(records) && records.every((r) => Object.isFrozen(r))).toBe(true);
    expect(fromArquero(people, { records: true })[1]).toEqual({ sex: "Male", ethnicity: "", hourlyPay: 17 });
    expect(people.get("ethnicity", 1)).toBe(""); // the table itself is untouched
  });
});

describe("fromArquero: invalid arguments", () => {
  const t = table({ g: ["a", "b"], n: [1, 2] });
  const bad = (f: () => unknown) => argumentErrorMessage(f);
  const call = (table: unknown, options: unknown) => () => fromArquero(table as never, options as never);

  it("rejects a value that is not an arquero table", () => {
    expect(bad(call([{ g: "a" }], { group: "g" }))).toBe("fromArquero: table must be an arquero table; received an array of length 1 (make one with aq.from(rows) or aq.table(columns))");
    expect(bad(call(null, { group: "g" }))).toBe("fromArquero: table must be an arquero table; received null (make one with aq.from(rows) or aq.table(columns))");
  });

  it("rejects options that are not an object, and a bad records flag", () => {
    expect(bad(call(t, undefined))).toBe("fromArquero: options must be an object; received undefined");
    expect(bad(call(t, { group: "g", records: "yes" }))).toBe('fromArquero: options.records must be true, false or undefined; received "yes"');
    expect(bad(call(t, { records: true, count: "n" }))).toBe('fromArquero: options.count must be undefined when options.records is true; received "n"');
  });

  it("rejects a missing or unknown column", () => {
    expect(bad(call(t, {}))).toBe("fromArquero: options.group must be a column name; received undefined");
    expect(bad(call(t, { group: "" }))).toBe('fromArquero: options.group must be a column name; received ""');
    expect(bad(call(t, { group: "ethnicity" }))).toBe('fromArquero: options.group must name a column of the table; received "ethnicity" (columns: g, n)');
    expect(bad(call(t, { group: "g", count: "count" }))).toBe('fromArquero: options.count must name a column of the table; received "count" (columns: g, n)');
    expect(bad(call(t, { group: "g", count: 3 }))).toBe("fromArquero: options.count must be a column name; received 3");
    expect(bad(call(t, { records: true, group: "sex" }))).toBe('fromArquero: options.group must name a column of the table; received "sex" (columns: g, n)');
    expect(bad(call(t, { group: "g", count: "g" }))).toBe('fromArquero: options.count must differ from options.group; received "g"');
  });

  it("rejects counts that are negative, fractional, missing or not numbers, naming the row", () => {
    const withCount = (n: unknown[]) => table({ g: n.map((_, i) => `g${i}`), n });
    expect(bad(call(withCount([1, -2]), { group: "g", count: "n" }))).toBe('fromArquero: table column "n", row 1 must be a whole number of at least 0; received -2');
    expect(bad(call(withCount([2.5]), { group: "g", count: "n" }))).toBe('fromArquero: table column "n", row 0 must be a whole number of at least 0; received 2.5');
    expect(bad(call(withCount([1, 2, null]), { group: "g", count: "n" }))).toBe('fromArquero: table column "n", row 2 must be a whole number of at least 0; received null');
    expect(bad(call(withCount(["7"]), { group: "g", count: "n" }))).toBe('fromArquero: table column "n", row 0 must be a whole number of at least 0; received "7"');
    expect(bad(call(withCount([Infinity]), { group: "g", count: "n" }))).toBe('fromArquero: table column "n", row 0 must be a whole number of at least 0; received Infinity');
    expect(bad(call(table({ g: ["a"], n: new BigInt64Array([-1n]) }), { group: "g", count: "n" }))).toBe('fromArquero: table column "n", row 0 must be a whole number of at least 0; received -1');
  });

  it("rejects a label that is not text, a number or null", () => {
    const dated = table({ g: ["a", new Date(0)], n: [1, 2] });
    expect(bad(call(dated, { group: "g", count: "n" }))).toBe('fromArquero: table column "g", row 1 must be a string, number or null; received a value of type object');
    expect(bad(call(table({ g: [{}] }), { records: true, group: "g" }))).toBe('fromArquero: table column "g", row 0 must be a string, number or null; received a value of type object');
  });

  it("throws ArgumentError, a RangeError", () => {
    expect(() => fromArquero(t, { group: "missing" })).toThrow(ArgumentError);
    expect(() => fromArquero(t, { group: "missing" })).toThrow(RangeError);
  });
});
