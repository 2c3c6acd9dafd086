import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { ArgumentError, toCsv, type TableCell, type TableRow } from "../../src/index.js";
import { thrownMessage } from "../_helpers/resultMismatches.js";

/** Parses CSV text with papaparse into arrays of strings (the final newline ends the last record). */
function parse(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.endsWith("\r\n") ? text.slice(0, -2) : text.slice(0, -1), { header: false, delimiter: ",", newline: text.endsWith("\r\n") ? "\r\n" : "\n" });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe("toCsv: documented examples", () => {
  it("writes a header and one line per row, LF by default", () => {
    expect(toCsv([{ group: "Black", rate: 12.5 }, { group: "White", rate: 4 }])).toBe("group,rate\nBlack,12.5\nWhite,4\n");
  });

  it("takes columns from options, then from { columns }, then from the first row", () => {
    const rows = [{ a: 1, b: 2, c: 3 }];
    expect(toCsv(rows, { columns: ["c", "a"] })).toBe("c,a\n3,1\n");
    expect(toCsv({ columns: ["b"], rows })).toBe("b\n2\n");
    expect(toCsv({ columns: ["b"], rows }, { columns: ["a"] })).toBe("a\n1\n");
    expect(toCsv({ columns: ["x", "y"], rows: [] })).toBe("x,y\n");
    expect(toCsv([{ a: 1 }, { b: 2 }], { columns: ["a", "b"] })).toBe("a,b\n1,\n,2\n");
  });

  it("writes CRLF line ends on request, after every record", () => {
    expect(toCsv([{ a: "x" }, { a: "y" }], { newline: "\r\n" })).toBe("a\r\nx\r\ny\r\n");
  });
});

describe("toCsv: quoting (RFC 4180)", () => {
  it("quotes fields with a comma, a quote, CR or LF, doubling quotes", () => {
    const rows = [{ a: "x,y", b: 'say "hi"', c: "one\ntwo", d: "cr\rlf", e: "plain text" }];
    expect(toCsv(rows)).toBe('a,b,c,d,e\n"x,y","say ""hi""","one\ntwo","cr\rlf",plain text\n');
  });

  it("quotes a lone empty field so the record is not a blank line", () => {
    expect(toCsv([{ a: "" }, { a: null }, { a: "z" }])).toBe('a\n""\n""\nz\n');
    expect(toCsv([{ a: "", b: "" }])).toBe("a,b\n,\n");
  });

  it("keeps Welsh and other unicode text as it is", () => {
    expect(toCsv([{ enw: "Gŵyl", lle: "Ystrad Mynach, Caerffili" }])).toBe('enw,lle\nGŵyl,"Ystrad Mynach, Caerffili"\n');
  });
});

describe("toCsv: CSV injection", () => {
  it.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+1", "'+1"],
    ["-cmd", "'-cmd"],
    ["@x", "'@x"],
    ["\tx", "'\tx"],
    ["\rx", "\"'\rx\""],
    ["\nx", "\"'\nx\""],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ["a=b", "a=b"],
    [" =x", " =x"],
    ["'x", "'x"],
  ])("text %j is written %j", (text, written) => {
    expect(toCsv([{ t: text }])).toBe(`t\n${written}\n`);
  });

  it("neutralises header names too", () => {
    expect(toCsv({ columns: ["=a", "-b"], rows: [] })).toBe("'=a,'-b\n");
  });

  it("leaves negative numbers numeric, and neutralises the same text given as a string", () => {
    expect(toCsv([{ x: -1 }, { x: -1.5 }, { x: -Infinity }])).toBe("x\n-1\n-1.5\n-Inf\n");
    expect(toCsv([{ x: "-1.5" }])).toBe("x\n'-1.5\n");
  });
});

describe("toCsv: numbers and other values", () => {
  it("writes the shortest round-trip form without locale", () => {
    expect(toCsv([{ x: 0.1 + 0.2 }, { x: 1234567.5 }, { x: 1e-7 }, { x: 1e21 }, { x: -0 }])).toBe("x\n0.30000000000000004\n1234567.5\n1e-7\n1e+21\n0\n");
  });

  it("rounds to significant figures with digits, dropping trailing zeros", () => {
    expect(toCsv([{ x: 2 / 3 }, { x: 123456 }, { x: 1.5 }, { x: -0.0001 }], { digits: 2 })).toBe("x\n0.67\n120000\n1.5\n-0.0001\n");
  });

  it("writes fixed decimals with decimals, and a negative value rounding to 0 as 0", () => {
    expect(toCsv([{ x: 2 / 3 }, { x: 1.5 }, { x: -0.001 }, { x: 2.5 }, { x: -2.5 }], { decimals: 2 })).toBe("x\n0.67\n1.50\n0.00\n2.50\n-2.50\n");
    expect(toCsv([{ x: 2.5 }, { x: -2.5 }, { x: -0.4 }], { decimals: 0 })).toBe("x\n3\n-3\n0\n");
  });

  it("writes Infinity as Inf, booleans as true/false and null/undefined as empty", () => {
    expect(toCsv([{ a: Infinity, b: true, c: false, d: null, e: undefined }])).toBe("a,b,c,d,e\nInf,true,false,,\n");
  });

  it("is deterministic: the same input gives the same bytes, whatever the key order of later rows", () => {
    const rows = [{ area: "Gŵyl", n: 3, r: 2 / 3 }, { r: -0.5, n: 1, area: "=x" }];
    const first = toCsv(rows, { digits: 4 });
    expect(toCsv(structuredClone(rows), { digits: 4 })).toBe(first);
    expect(first).toBe("area,n,r\nGŵyl,3,0.6667\n'=x,1,-0.5\n");
  });

  it("does not change its input", () => {
    const rows = Object.freeze([Object.freeze({ a: "=x", b: -0 })]);
    expect(toCsv(rows)).toBe("a,b\n'=x,0\n");
  });
});

describe("toCsv: round trip through papaparse", () => {
  const cell = fc.oneof(
    fc.string({ unit: fc.constantFrom("a", "ŵ", " ", ",", '"', "\r", "\n", "\t", "=", "+", "-", "@", "'", "|") }),
    fc.string(),
    fc.double({ noNaN: true }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
  );
  const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
    fc.record({
      columns: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 5 }), { minLength: width, maxLength: width }),
      rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
      newline: fc.constantFrom("\n" as const, "\r\n" as const),
    }),
  );
  const expected = (value: TableCell): string => {
    if (value === null || value === undefined) return "";
    if (typeof value === "number") return Object.is(value, -0) ? "0" : value === Infinity ? "Inf" : value === -Infinity ? "-Inf" : String(value);
    return String(value);
  };
  const unneutralise = (text: string, value: TableCell) => (typeof value === "string" && /^[=+\-@\t\r\n]/.test(value) ? text.slice(1) : text);

  it("gives back every cell (after removing the injection quote)", () => {
    fc.assert(
      fc.property(table, ({ columns, rows, newline }) => {
        const objects: TableRow[] = rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])));
        const parsed = parse(toCsv({ columns, rows: objects }, { newline }));
        expect(parsed.length).toBe(rows.length + 1);
        expect(parsed[0]?.map((text, i) => unneutralise(text, columns[i]))).toEqual(columns);
        rows.forEach((row, r) => expect(parsed[r + 1]?.map((text, i) => unneutralise(text, row[i]))).toEqual(row.map(expected)));
      }),
      { numRuns: 500, seed: 20261123 },
    );
  });

  it("never writes a text cell that starts with a formula character", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (texts) => {
        const parsed = parse(toCsv({ columns: ["t"], rows: texts.map((t) => ({ t })) }));
        for (const [text] of parsed.slice(1)) expect(/^[=+\-@\t\r\n]/.test(text ?? "")).toBe(false);
      }),
      { numRuns: 300, seed: 8 },
    );
  });
});

describe("toCsv: invalid input", () => {
  it.each<[string, () => unknown, string]>([
    ["a non-table", () => toCsv("a,b" as never), 'toCsv: table must be an array of row objects or { columns, rows }; received "a,b"'],
    ["null", () => toCsv(null as never), "toCsv: table must be an array of row objects or { columns, rows }; received null"],
    ["rows not an array", () => toCsv({ columns: ["a"], rows: 3 } as never), "toCsv: table.rows must be an array of row objects; received 3"],
    ["no rows and no columns", () => toCsv([]), "toCsv: options.columns must be given when the table has no rows; received undefined"],
    ["a row that is not an object", () => toCsv([{ a: 1 }, 5] as never), "toCsv: table[1] must be an object; received 5"],
    ["a first row with no keys", () => toCsv([{}]), "toCsv: table[0] keys must be a non-empty array of column names; received an array of length 0"],
    ["a later row with another key", () => toCsv([{ a: 1 }, { a: 2, b: 3 }]), "toCsv: table[1].b must be a key of table[0], which sets the columns (or pass options.columns); received 3"],
    ["empty columns", () => toCsv([{ a: 1 }], { columns: [] }), "toCsv: options.columns must be a non-empty array of column names; received an array of length 0"],
    ["a blank column name", () => toCsv([{ a: 1 }], { columns: ["a", ""] }), 'toCsv: options.columns[1] must be a non-empty string; received ""'],
    ["a repeated column", () => toCsv({ columns: ["a", "b", "a"], rows: [] }), 'toCsv: table.columns[2] must not repeat an earlier column name; received "a"'],
    ["NaN", () => toCsv([{ a: 1 }, { a: Number.NaN }]), "toCsv: table[1].a must not be NaN; received NaN"],
    ["an object cell", () => toCsv({ columns: ["a"], rows: [{ a: {} as never }] }), "toCsv: table.rows[0].a must be a string, number, boolean, null or undefined; received a value of type object"],
    ["a bigint cell", () => toCsv([{ a: 5n as never }]), "toCsv: table[0].a must be a string, number, boolean, null or undefined; received 5"],
    ["digits 0", () => toCsv([{ a: 1 }], { digits: 0 }), "toCsv: options.digits must be a whole number from 1 to 17; received 0"],
    ["digits 2.5", () => toCsv([{ a: 1 }], { digits: 2.5 }), "toCsv: options.digits must be a whole number from 1 to 17; received 2.5"],
    ["decimals 21", () => toCsv([{ a: 1 }], { decimals: 21 }), "toCsv: options.decimals must be a whole number from 0 to 20; received 21"],
    ["digits and decimals", () => toCsv([{ a: 1 }], { digits: 3, decimals: 2 }), "toCsv: options.decimals must not be given together with options.digits; received 2"],
    ["another newline", () => toCsv([{ a: 1 }], { newline: "\r" as never }), 'toCsv: options.newline must be one of "\n", "\r\n"; received "\\r"'],
    ["options not an object", () => toCsv([{ a: 1 }], 3 as never), "toCsv: options must be an object or undefined; received 3"],
  ])("%s", (_name, call, message) => {
    expect(thrownMessage(call)).toBe(message);
    expect(() => call()).toThrow(ArgumentError);
  });
});
