import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArgumentError, toCsv, toHtml, type TableCell } from "../../src/index.js";
import { thrownMessage } from "../_helpers/resultMismatches.js";

const HEAD = (names: string[]) => `<thead>\n<tr>${names.map((n) => `<th scope="col">${n}</th>`).join("")}</tr>\n</thead>\n`;

/** The tag names in an HTML string, in order (every `<` the writer emits opens or closes a tag). */
const tags = (html: string) => [...html.matchAll(/<\/?([^\s>/]+)/g)].map((m) => m[1]);
/** The text of each th/td, with the five character references undone. */
const cellTexts = (html: string) =>
  [...html.matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((m) =>
    (m[1] ?? "").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&"),
  );

/** What a cell should read: strings as given, blanks empty, numbers as toCsv writes them. */
const expectedText = (value: TableCell): string =>
  typeof value === "string" ? value : value === null || value === undefined ? "" : (toCsv([{ x: value }]).split("\n")[1] ?? "");

describe("toHtml: documented examples", () => {
  it("writes caption, thead with column headers and tbody, numbers with class num", () => {
    expect(toHtml([{ group: "Black", rate: 12.5 }, { group: "White", rate: 4 }], { caption: "Stop and search per 1,000" })).toBe(
      "<table>\n<caption>Stop and search per 1,000</caption>\n" +
        HEAD(["group", "rate"]) +
        '<tbody>\n<tr><td>Black</td><td class="num">12.5</td></tr>\n<tr><td>White</td><td class="num">4</td></tr>\n</tbody>\n</table>\n',
    );
  });

  it("writes a table with no rows from { columns, rows }", () => {
    expect(toHtml({ columns: ["area", "n"], rows: [] }, { caption: "Empty" })).toBe("<table>\n<caption>Empty</caption>\n" + HEAD(["area", "n"]) + "<tbody>\n</tbody>\n</table>\n");
  });

  it("marks the row-header column with th scope=row, keeping class num on a numeric header", () => {
    const rows = [{ year: 2020, area: "Torfaen", n: 3 }];
    expect(toHtml(rows, { caption: "c", rowHeader: "area" })).toBe(
      "<table>\n<caption>c</caption>\n" + HEAD(["year", "area", "n"]) + '<tbody>\n<tr><td class="num">2020</td><th scope="row">Torfaen</th><td class="num">3</td></tr>\n</tbody>\n</table>\n',
    );
    expect(toHtml(rows, { caption: "c", rowHeader: "year", columns: ["year", "n"] })).toContain('<tr><th scope="row" class="num">2020</th><td class="num">3</td></tr>');
  });

  it("sets the lang attribute, and keeps Welsh text as it is", () => {
    expect(toHtml([{ enw: "Gŵyl", lle: "Ystrad Mynach, Caerffili" }], { caption: "Lleoedd ŵ ŷ", lang: "cy" })).toBe(
      '<table lang="cy">\n<caption>Lleoedd ŵ ŷ</caption>\n' + HEAD(["enw", "lle"]) + "<tbody>\n<tr><td>Gŵyl</td><td>Ystrad Mynach, Caerffili</td></tr>\n</tbody>\n</table>\n",
    );
    expect(toHtml([{ a: 1 }], { caption: "x", lang: "en-GB" })).toMatch(/^<table lang="en-GB">\n/);
  });
});

describe("toHtml: escaping", () => {
  it("escapes & < > \" ' in cells, column names and the caption", () => {
    const html = toHtml([{ "<b>": "<script>alert('x')</script>", q: 'say "hi" & bye' }], { caption: "A & B <i>" });
    expect(html).toBe(
      "<table>\n<caption>A &amp; B &lt;i&gt;</caption>\n" +
        HEAD(["&lt;b&gt;", "q"]) +
        "<tbody>\n<tr><td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td><td>say &quot;hi&quot; &amp; bye</td></tr>\n</tbody>\n</table>\n",
    );
    expect(html).not.toContain("<script");
  });

  it("escapes an existing character reference rather than passing it through", () => {
    expect(cellTexts(toHtml([{ a: "&amp; &#60;" }], { caption: "c" }))).toEqual(["a", "&amp; &#60;"]);
    expect(toHtml([{ a: "&amp;" }], { caption: "c" })).toContain("<td>&amp;amp;</td>");
  });

  it("does not add the CSV-injection quote", () => {
    expect(toHtml([{ f: "=SUM(A1)" }], { caption: "c" })).toContain("<td>=SUM(A1)</td>");
  });

  it("never lets any text introduce a tag, and gives every cell back", () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom("<", ">", "&", '"', "'", "/", "a", "s", "script", "ŵ", "\n", " ", "=") }));
    const allowed = new Set(["table", "caption", "thead", "tbody", "tr", "th", "td"]);
    fc.assert(
      fc.property(
        fc.uniqueArray(text.filter((t) => t !== ""), { minLength: 1, maxLength: 3 }),
        fc.array(fc.array(fc.oneof(text, fc.double({ noNaN: true }), fc.constant(null)), { minLength: 3, maxLength: 3 }), { maxLength: 4 }),
        text.filter((t) => t.trim() !== ""),
        fc.boolean(),
        (columns, raw, caption, header) => {
          const rows = raw.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i] as TableCell])));
          const html = toHtml({ columns, rows }, { caption, ...(header ? { rowHeader: columns[0] } : {}) });
          for (const tag of tags(html)) expect(allowed.has(tag ?? "")).toBe(true);
          expect(tags(html).length).toBe(10 + 2 * columns.length + rows.length * (2 + 2 * columns.length));
          const expected = [...columns, ...rows.flatMap((row) => columns.map((c) => expectedText(row[c])))];
          expect(cellTexts(html)).toEqual(expected);
        },
      ),
      { numRuns: 400, seed: 20261123 },
    );
  });
});

describe("toHtml: numbers, shared with toCsv", () => {
  it("writes numbers exactly as toCsv does", () => {
    const rows = [{ x: 2 / 3 }, { x: -0 }, { x: -0.001 }, { x: Infinity }, { x: -Infinity }, { x: 1234567.891 }, { x: 1e-7 }];
    for (const options of [{}, { digits: 3 }, { decimals: 1 }]) {
      const csv = toCsv(rows, options).trimEnd().split("\n").slice(1);
      expect(cellTexts(toHtml(rows, { caption: "c", ...options })).slice(1)).toEqual(csv);
    }
    expect(toHtml([{ x: 2 / 3 }, { x: -0.04 }], { caption: "c", decimals: 1 })).toContain('<tr><td class="num">0.7</td></tr>\n<tr><td class="num">0.0</td></tr>');
    expect(toHtml([{ x: 123456 }], { caption: "c", digits: 2 })).toContain('<td class="num">120000</td>');
  });

  it("writes booleans and blanks as text, without class num", () => {
    expect(toHtml([{ a: true, b: null, c: undefined, d: "3" }], { caption: "c" })).toContain("<tr><td>true</td><td></td><td></td><td>3</td></tr>");
  });

  it("is deterministic and does not change its input", () => {
    const rows = Object.freeze([Object.freeze({ area: "Casnewydd", ratio: 1 / 3 }), Object.freeze({ area: "Torfaen", ratio: 2 })]);
    const options = { caption: "Ratios", digits: 2, rowHeader: "area", lang: "cy" };
    expect(toHtml(rows, options)).toBe(toHtml(structuredClone(rows), { ...options }));
  });
});

describe("toHtml: invalid input", () => {
  it.each<[string, () => unknown, string]>([
    ["no options", () => toHtml([{ a: 1 }], undefined as never), "toHtml: options.caption must be a non-empty string; received undefined"],
    ["a missing caption", () => toHtml([{ a: 1 }], {} as never), "toHtml: options.caption must be a non-empty string; received undefined"],
    ["a blank caption", () => toHtml([{ a: 1 }], { caption: " " }), 'toHtml: options.caption must be a non-empty string; received " "'],
    ["a caption that is not text", () => toHtml([{ a: 1 }], { caption: 3 as never }), "toHtml: options.caption must be a non-empty string; received 3"],
    ["options not an object", () => toHtml([{ a: 1 }], [] as never), "toHtml: options must be an object or undefined; received an array of length 0"],
    ["an unknown row header", () => toHtml([{ a: 1 }], { caption: "c", rowHeader: "b" }), 'toHtml: options.rowHeader must be one of the columns; received "b"'],
    ["a row header left out by options.columns", () => toHtml([{ a: 1, b: 2 }], { caption: "c", rowHeader: "b", columns: ["a"] }), 'toHtml: options.rowHeader must be one of the columns; received "b"'],
    ["a row header that is not text", () => toHtml([{ a: 1 }], { caption: "c", rowHeader: 0 as never }), "toHtml: options.rowHeader must be one of the columns; received 0"],
    ["a lang with a quote", () => toHtml([{ a: 1 }], { caption: "c", lang: 'cy" onload="x' }), 'toHtml: options.lang must be a BCP 47 language tag such as "en", "cy" or "en-GB"; received "cy\\" onload=\\"x"'],
    ["an empty lang", () => toHtml([{ a: 1 }], { caption: "c", lang: "" }), 'toHtml: options.lang must be a BCP 47 language tag such as "en", "cy" or "en-GB"; received ""'],
    ["a non-table", () => toHtml("a" as never, { caption: "c" }), 'toHtml: table must be an array of row objects or { columns, rows }; received "a"'],
    ["no rows and no columns", () => toHtml([], { caption: "c" }), "toHtml: options.columns must be given when the table has no rows; received undefined"],
    ["NaN", () => toHtml([{ a: Number.NaN }], { caption: "c" }), "toHtml: table[0].a must not be NaN; received NaN"],
    ["an object cell", () => toHtml([{ a: {} as never }], { caption: "c" }), "toHtml: table[0].a must be a string, number, boolean, null or undefined; received a value of type object"],
    ["a later row with another key", () => toHtml([{ a: 1 }, { b: 2 }], { caption: "c" }), "toHtml: table[1].b must be a key of table[0], which sets the columns (or pass options.columns); received 2"],
    ["digits 0", () => toHtml([{ a: 1 }], { caption: "c", digits: 0 }), "toHtml: options.digits must be a whole number from 1 to 17; received 0"],
    ["digits and decimals", () => toHtml([{ a: 1 }], { caption: "c", digits: 2, decimals: 1 }), "toHtml: options.decimals must not be given together with options.digits; received 1"],
  ])("%s", (_name, call, message) => {
    expect(thrownMessage(call)).toBe(message);
    expect(() => call()).toThrow(ArgumentError);
  });
});
