import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CellDictionary } from "../../src/_internal/cellDictionary.js";

const enc = new TextEncoder();

/** `text` as bytes with the view and first word a lookup takes. */
function at(text: string) {
  const bytes = enc.encode(text);
  const view = new DataView(bytes.buffer);
  return { bytes, view, first: bytes.length >= 4 ? view.getInt32(0, true) : 0 };
}

/** Adds each cell (followed by a comma, as in a row) with its text as the value. */
function dictionaryOf(cells: readonly string[]): CellDictionary<string> {
  const dictionary = new CellDictionary<string>();
  for (const cell of cells) {
    const { bytes, view } = at(`${cell},`);
    dictionary.add(bytes, view, 0, bytes.length - 1, cell);
  }
  return dictionary;
}

/** What `find` gives at the start of `text`: the cell's value, or null. */
function found(dictionary: CellDictionary<string>, text: string, limit = Infinity): string | null {
  const { bytes, view, first } = at(text);
  const c = dictionary.find(view, 0, first, Math.min(limit, bytes.length));
  return c === -1 ? null : (dictionary.values[c] as string);
}

/** `n` four-byte beginnings that share a slot with `word` (the table has 64 slots). */
function collidingWith(word: string, n: number): string[] {
  const slot = (w: string) => Math.imul(new DataView(enc.encode(w).buffer).getInt32(0, true), 0x9e3779b1) >>> 26;
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    const candidate = `q${String(i).padStart(3, "0")}`;
    if (slot(candidate) === slot(word)) out.push(candidate);
  }
  return out;
}

describe("CellDictionary", () => {
  it("finds a cell it holds from where the cell starts, with its length and value", () => {
    const dictionary = dictionaryOf(["Male", "Female", "A no further action disposal", "18-24"]);
    for (const cell of ["Male", "Female", "A no further action disposal", "18-24"]) {
      const { view, first } = at(`${cell},next`);
      const c = dictionary.find(view, 0, first, cell.length + 5);
      expect(dictionary.values[c]).toBe(cell);
      expect(dictionary.lengths[c]).toBe(cell.length);
    }
    expect(found(dictionary, "Mile,")).toBeNull();
    expect(found(dictionary, "Femalf,")).toBeNull(); // the last four bytes, overlapping, are compared too
    expect(found(dictionary, "A no further action disposaL,")).toBeNull();
  });

  it("finds nothing that would end at or past the limit", () => {
    const dictionary = dictionaryOf(["Female"]);
    expect(found(dictionary, "Female,", 7)).toBe("Female");
    expect(found(dictionary, "Female,", 6)).toBeNull(); // the byte after the cell must be in reach
  });

  it("finds the longest of cells that start alike, so that the byte after it decides", () => {
    // Added in either order, "Other ethnic group" is found first where its bytes are.
    for (const cells of [["Other", "Other ethnic group"], ["Other ethnic group", "Other"]]) {
      const dictionary = dictionaryOf(cells);
      expect(found(dictionary, "Other ethnic group,")).toBe("Other ethnic group");
      expect(found(dictionary, "Other,")).toBe("Other");
      // A cell that is neither: "Other" starts it, and the caller sees that " " does not end a field.
      expect(found(dictionary, "Other things,")).toBe("Other");
    }
  });

  it("keeps cells apart whose beginnings share a slot", () => {
    const words = collidingWith("Male", 5);
    const cells = ["Male", ...words.map((w) => `${w}xyz`), "Males"];
    const dictionary = dictionaryOf(cells);
    for (const cell of cells) expect(found(dictionary, `${cell},`)).toBe(cell);
    expect(found(dictionary, `${words[0]}xyq,`)).toBeNull();
  });

  it("holds only cells of four or more bytes with no comma, carriage return or line feed, each once, at most 64", () => {
    const dictionary = dictionaryOf(["Mal", "", "a\rbcd", "ab\ncd"]);
    expect(dictionary.lengths).toEqual([]);
    const { bytes, view } = at("ab,cd,");
    dictionary.add(bytes, view, 0, 5, "ab,cd");
    expect(dictionary.lengths).toEqual([]);
    const twice = dictionaryOf(["Male", "Male", "Female", "Male"]);
    expect(twice.values).toEqual(["Male", "Female"]);
    const full = dictionaryOf(Array.from({ length: 80 }, (_, i) => `code ${String(i).padStart(2, "0")}`));
    expect(full.values.length).toBe(64);
    expect(found(full, "code 63,")).toBe("code 63");
    expect(found(full, "code 64,")).toBeNull();
  });

  it("gives up on a column whose lookups mostly miss, once that is clear, and holds nothing more", () => {
    const dictionary = dictionaryOf(["Male"]);
    for (let i = 0; i < 1023; i++) dictionary.tally(i % 2 === 0);
    expect(dictionary.active).toBe(true); // not yet a fair trial
    dictionary.tally(false);
    expect(dictionary.active).toBe(false);
    const kept = dictionaryOf(["Male"]);
    for (let i = 0; i < 4000; i++) kept.tally(i % 5 !== 0); // 20% misses
    expect(kept.active).toBe(true);
    const { bytes, view } = at("Female,");
    dictionary.add(bytes, view, 0, 6, "Female");
    expect(dictionary.values).toEqual(["Male"]);
  });

  it("finds exactly the cells it holds, for random cells and texts (against a plain list)", () => {
    const alphabet = fc.constantFrom(..."ab\u00e9 -1".split(""));
    const word = fc.array(alphabet, { minLength: 1, maxLength: 12 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.array(word, { minLength: 1, maxLength: 20 }), (cells, texts) => {
        const dictionary = dictionaryOf(cells);
        const held = [...new Set(cells.filter((c) => enc.encode(c).length >= 4))];
        for (const text of [...texts, ...cells]) {
          const bytes = enc.encode(`${text},`);
          // The longest held cell whose bytes start the text, as a plain search finds it.
          const expected = held.filter((c) => bytes.length > enc.encode(c).length && enc.encode(c).every((b, i) => b === bytes[i])).sort((a, b) => enc.encode(b).length - enc.encode(a).length)[0] ?? null;
          expect(found(dictionary, `${text},`)).toBe(expected);
        }
      }),
      { seed: 23, numRuns: 500 },
    );
  });
});
