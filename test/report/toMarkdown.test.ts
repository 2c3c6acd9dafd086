import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArgumentError, toCsv, toMarkdown } from "../../src/index.js";
import { thrownMessage } from "../_helpers/resultMismatches.js";

describe("toMarkdown: documented examples", () => {
  it("writes a header, a delimiter row and one line per row", () => {
    expect(toMarkdown([{ group: "Black", rate: 12.5 }, { group: "Asian", rate: 3 }])).toBe("| group | rate |\n| --- | ---: |\n| Black | 12.5 |\n| Asian | 3 |\n");
  });

  it("writes a caption line above the table", () => {
    expect(toMarkdown([{ a: 1 }], { caption: "Table 1: stop and search, Gwent" })).toBe("Table 1: stop and search, Gwent\n\n| a |\n| ---: |\n| 1 |\n");
  });

  it("writes a table with no rows from { columns, rows }", () => {
    expect(toMarkdown({ columns: ["area", "n"], rows: [] })).toBe("| area | n |\n| --- | --- |\n");
  });
});

describe("toMarkdown: alignment", () => {
  it("right-aligns columns of numbers and blanks only", () => {
    const rows = [
      { a: 1, b: 1, c: "x", d: null, e: true },
      { a: null, b: "n/a", c: "y", d: undefined, e: false },
      { a: -Infinity, b: 2, c: "", d: "", e: null },
    ];
    expect(toMarkdown(rows)).toBe("| a | b | c | d | e |\n| ---: | --- | --- | --- | --- |\n| 1 | 1 | x |  | true |\n|  | n/a | y |  | false |\n| -Inf | 2 |  |  |  |\n");
  });
});

describe("toMarkdown: escaping", () => {
  it("escapes pipes and backslashes and turns line breaks into <br>", () => {
    const rows = [{ "a|b": "x|y", note: "one\ntwo\r\nthree\rfour", path: "C:\\dir", both: "a\\|b" }];
    expect(toMarkdown(rows)).toBe(
      "| a\\|b | note | path | both |\n| --- | --- | --- | --- |\n| x\\|y | one<br>two<br>three<br>four | C:\\\\dir | a\\\\\\|b |\n",
    );
  });

  it("never lets a cell add or remove a column or a line", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "|", "\\", "\n", "\r", " ", "ŵ") });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 5 }), (pairs) => {
        const out = toMarkdown({ columns: ["p", "q"], rows: pairs.map(([p, q]) => ({ p, q })) });
        const lines = out.split("\n");
        expect(lines.length).toBe(pairs.length + 3);
        // Count unescaped pipes: each line has exactly three.
        for (const line of lines.slice(0, -1)) expect(line.replace(/\\./g, "").split("|").length - 1).toBe(3);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it("keeps Welsh text and does not add CSV-injection quotes", () => {
    expect(toMarkdown([{ enw: "Gŵyl", fformiwla: "=SUM(A1)", rhif: -1 }])).toBe("| enw | fformiwla | rhif |\n| --- | --- | ---: |\n| Gŵyl | =SUM(A1) | -1 |\n");
  });
});

describe("toMarkdown: numbers, shared with toCsv", () => {
  it("writes numbers exactly as toCsv does", () => {
    const rows = [{ x: 2 / 3 }, { x: -0 }, { x: -0.001 }, { x: Infinity }, { x: 1234567.891 }];
    for (const options of [{}, { digits: 3 }, { decimals: 1 }]) {
      const csv = toCsv(rows, options).trimEnd().split("\n").slice(1);
      const md = toMarkdown(rows, options).trimEnd().split("\n").slice(2).map((line) => line.slice(2, -2));
      expect(md).toEqual(csv);
    }
    expect(toMarkdown(rows, { decimals: 1 })).toBe("| x |\n| ---: |\n| 0.7 |\n| 0.0 |\n| 0.0 |\n| Inf |\n| 1234567.9 |\n");
  });

  it("is deterministic", () => {
    const rows = [{ area: "Casnewydd", ratio: 1 / 3 }, { area: "Torfaen", ratio: 2 }];
    expect(toMarkdown(rows, { digits: 2, caption: "Ratios" })).toBe(toMarkdown(structuredClone(rows), { digits: 2, caption: "Ratios" }));
  });
});

describe("toMarkdown: invalid input", () => {
  it.each<[string, () => unknown, string]>([
    ["a blank caption", () => toMarkdown([{ a: 1 }], { caption: " " }), 'toMarkdown: options.caption must be a non-empty single line of text; received " "'],
    ["a two-line caption", () => toMarkdown([{ a: 1 }], { caption: "a\nb" }), 'toMarkdown: options.caption must be a non-empty single line of text; received "a\\nb"'],
    ["a caption that is not text", () => toMarkdown([{ a: 1 }], { caption: 3 as never }), "toMarkdown: options.caption must be a non-empty single line of text; received 3"],
    ["no rows and no columns", () => toMarkdown([]), "toMarkdown: options.columns must be given when the table has no rows; received undefined"],
    ["NaN", () => toMarkdown([{ a: Number.NaN }]), "toMarkdown: table[0].a must not be NaN; received NaN"],
    ["a later row with another key", () => toMarkdown([{ a: 1 }, { b: 2 }]), "toMarkdown: table[1].b must be a key of table[0], which sets the columns (or pass options.columns); received 2"],
    ["digits 18", () => toMarkdown([{ a: 1 }], { digits: 18 }), "toMarkdown: options.digits must be a whole number from 1 to 17; received 18"],
    ["decimals -1", () => toMarkdown([{ a: 1 }], { decimals: -1 }), "toMarkdown: options.decimals must be a whole number from 0 to 20; received -1"],
    ["options not an object", () => toMarkdown([{ a: 1 }], [] as never), "toMarkdown: options must be an object or undefined; received an array of length 0"],
  ])("%s", (_name, call, message) => {
    expect(thrownMessage(call)).toBe(message);
    expect(() => call()).toThrow(ArgumentError);
  });
});
