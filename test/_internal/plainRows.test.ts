import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { policeUkStopSearchSchema } from "../../src/csv/index.js";
import { planByteColumns, readByteValues, type BytePlan } from "../../src/_internal/byteColumns.js";
import { ByteRow, scanRow } from "../../src/_internal/byteRows.js";
import { unneededColumns } from "../../src/_internal/countSkips.js";
import { flag, londonDate, number, selfDefinedEthnicity, sex, text } from "../../src/_internal/csvFields.js";
import { planColumns, REJECTED } from "../../src/_internal/extractColumns.js";
import { resolveHeader } from "../../src/_internal/extractHeader.js";
import { NOT_PLAIN, plainRowReader, type PlainRowReader } from "../../src/_internal/plainRows.js";
import type { Schema } from "../../src/csv/types.js";

// The plain-row reader splits and reads a row in one pass, finding coded cells in dictionaries
// before their ends; whenever it reads a row, it must give what splitting it with scanRow and
// reading it with readByteValues gives, and any row it cannot read so (quotes, a ragged row, a
// fault, an unrecognised code, a row past the bytes at hand) it must leave to that general way.

const enc = new TextEncoder();
const HEADER = ["Type", "Date", "Part of a policing operation", "Policing operation", "Latitude", "Longitude", "Gender", "Age range", "Self-defined ethnicity", "Officer-defined ethnicity", "Legislation", "Object of search", "Outcome", "Outcome linked to object of search", "Removal of more than just outer clothing"];
const GOOD = ["Person search", "2019-03-31T23:00:00+00:00", "False", "", "51.58", "-2.99", "Male", "18-24", "White - Irish", "White", "Misuse of Drugs Act 1971 (section 23)", "Controlled drugs", "A no further action disposal", "True", "False"];

function planOf<R>(schema: Schema<R>, header: readonly string[], by: string[] | null): BytePlan<R> {
  const resolved = resolveHeader(header, schema as Schema<unknown>, undefined);
  if ("missing" in resolved) throw new Error(`header lacks ${String(resolved.missing)}`);
  return planByteColumns(planColumns(schema, header, resolved.indices), by === null ? null : unneededColumns(schema as Schema<unknown>, by));
}

/** What a reader read into: the plan's list (a list schema), or an object of named values. */
const readInto = <R>(plan: BytePlan<R>, values: Record<string, unknown> | null) => (values === null ? [...plan.plan.list] : { ...values });

/** The general way's reading of the row at the start of `bytes`: where it ends, and its values or fault. */
function generalWay<R>(bytes: Uint8Array, plan: BytePlan<R>, crlf: boolean, values: Record<string, unknown> | null = null) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const row = new ByteRow();
  const end = scanRow(bytes, view, 0, bytes.length, true, crlf, row);
  if (end < 0 || row.count !== plan.columns.length) return { end, clean: false, values: null };
  const faults: string[] = [];
  const seen = readByteValues(bytes, view, row, 2, plan, (_line, _column, _value, reason) => faults.push(reason), values);
  return { end, clean: seen === null && faults.length === 0, values: seen === REJECTED ? null : readInto(plan, values) };
}

/** The plain reader's reading of the row at the start of `bytes`: where it ends (or NOT_PLAIN), and its values. */
function plainWay<R>(bytes: Uint8Array, plan: BytePlan<R>, reader: PlainRowReader, crlf: boolean, limit = bytes.length, values: Record<string, unknown> | null = null) {
  const end = reader(bytes, new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), 0, limit, crlf, values);
  return { end, values: end === NOT_PLAIN ? null : readInto(plan, values) };
}

const rowBytes = (cells: readonly string[], newline: string) => enc.encode(cells.join(",") + newline);

describe("plainRowReader", () => {
  const plan = planOf(policeUkStopSearchSchema, HEADER, ["quarter", "ethnicity"]);
  const reader = plainRowReader(plan, HEADER.length) as PlainRowReader;

  it("reads a plain row as the general way does, with \\n or \\r\\n, and again from its dictionaries", () => {
    for (const newline of ["\n", "\r\n"]) {
      const bytes = rowBytes(GOOD, newline);
      const general = generalWay(bytes, plan, newline === "\r\n");
      for (let time = 0; time < 3; time++) expect(plainWay(bytes, plan, reader, newline === "\r\n")).toEqual({ end: bytes.length, values: general.values });
    }
  });

  it("leaves to the general way a row with a quoted, missing or extra field, or a line feed inside its last field", () => {
    const cases: [string[], string][] = [
      [GOOD.map((c, i) => (i === 6 ? '"Male"' : c)), "\n"],
      [GOOD.map((c, i) => (i === 14 ? '"False"' : c)), "\n"],
      [GOOD.slice(0, 14), "\n"],
      [[...GOOD, "extra"], "\n"],
      [GOOD, "\n"], // in a \r\n input, a lone \n is inside the field
    ];
    cases.forEach(([cells, newline], i) => expect(plainWay(rowBytes(cells, newline), plan, reader, i === 4).end).toBe(NOT_PLAIN));
  });

  it("leaves to the general way a row with a fault or an unrecognised code, or a blank row", () => {
    const swaps: [number, string][] = [[2, "Maybe"], [7, "teenager"], [0, ""], [0, " "], [4, "north"], [1, "yesterday"], [6, "Males"]];
    for (const [i, cell] of swaps) {
      const bytes = rowBytes(GOOD.map((c, j) => (j === i ? cell : c)), "\n");
      expect(generalWay(bytes, plan, false).clean).toBe(false);
      expect(plainWay(bytes, plan, reader, false).end).toBe(NOT_PLAIN);
    }
    expect(plainWay(rowBytes(GOOD.map(() => ""), "\n"), plan, reader, false).end).toBe(NOT_PLAIN);
  });

  it("leaves to the general way a row that runs on past the bytes at hand", () => {
    const bytes = rowBytes(GOOD, "\n");
    for (const limit of [0, 3, 40, bytes.length - 3, bytes.length - 1]) expect(plainWay(bytes, plan, reader, false, limit).end).toBe(NOT_PLAIN);
  });

  it("is not made for a plan without a required column, whose blank rows it could not tell", () => {
    const loose: Schema<Record<string, unknown>> = { name: "loose", description: "", columns: { a: text(["a"]), s: sex(["s"]) }, toRecord: (v) => ({ ...v }) };
    expect(plainRowReader(planOf(loose, ["a", "s"], null), 2)).toBeNull();
    expect(plainRowReader(planOf(policeUkStopSearchSchema, HEADER, null), HEADER.length)).not.toBeNull();
  });

  it("reads into named values for a schema built from them, as the general way does", () => {
    const kinds: Schema<Record<string, unknown>> = {
      name: "kinds",
      description: "",
      columns: { id: text(["id"], { required: true }), s: sex(["s"]), e: selfDefinedEthnicity(["e"]), n: number(["n"]), d: londonDate(["d"], ["iso"]), f: flag(["f"]) },
      toRecord: (v) => ({ ...v }),
    };
    const header = ["id", "s", "e", "n", "d", "f"];
    const plan = planOf(kinds, header, null);
    const reader = plainRowReader(plan, header.length) as PlainRowReader;
    const rows = [
      ["r1", "Male", "White - Irish", "51.5", "2019-03-31T23:00:00+00:00", "True"],
      ["r2", "Female", "Other ethnic group - Not stated", "", "2020-10-25T00:30:00Z", "False"],
      ["r3", "Male", "White - Irish", "-3.01", "2019-03-31T23:00:00+00:00", ""],
    ];
    // Twice: the second time the coded cells come from the dictionaries. Each row is followed by
    // another, as in a file (a short last field at the very end of the bytes is left to the general way).
    for (let time = 0; time < 2; time++) {
      for (const cells of rows) {
        const row = rowBytes(cells, "\n");
        const bytes = Uint8Array.from([...row, ...row]);
        expect(plainWay(bytes, plan, reader, false, bytes.length, {})).toEqual({ end: row.length, values: generalWay(bytes, plan, false, {}).values });
      }
    }
  });

  it("gives the general way's end and values whenever it reads a row, for random rows (and reads most plain ones)", () => {
    // Cells that start alike (a held cell starting a longer one), carriage returns inside fields,
    // quotes inside and around fields, faults and unrecognised codes, for any by-fields.
    const pools: readonly (readonly [readonly string[], readonly string[]])[] = [
      [["Person search", "Vehicle search", "Person search\r"], ["", '"Person search"', "Pers"]],
      [["2019-03-31T23:00:00+00:00", "2020-03-31T23:30:00Z"], ["31/03/2020", "not a date"]],
      [["", "False", "True", "True\r"], ["Falsey"]],
      [["", "Op Snow", 'Op "Snow"'], ["Op Snow, phase 2", '"Op, Snow"']],
      [["", "51.58", "51.5800"], ["north"]],
      [["", "-3.01", "-3.0100"], ["+4"]],
      [["Male", "Female", "", "Other", "F"], ["Males", "Mal"]],
      [["18-24", "over 34", ""], ["teenager", "18-2"]],
      [["White - Irish", "White", "Other ethnic group - Not stated", "W1", ""], ["Other ethnic group", "Martian", "Gŵyl"]],
      [["", "White", "White\r"], ["Whit", "IC9"]],
      [["Misuse of Drugs Act 1971 (section 23)", "", "Misuse of Drugs Act 1971"], []],
      [["Controlled drugs", "", "Stolen goods"], []],
      [["A no further action disposal", "Arrest", ""], ["Arrested", "Outcome 17"]],
      [["", "True", "False"], ["2"]],
      [["", "False", "True", "True\r"], ["Tru"]],
    ];
    const cellOf = ([good, odd]: readonly [readonly string[], readonly string[]]) => (odd.length === 0 ? fc.constantFrom(...good) : fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...good) }, { weight: 1, arbitrary: fc.constantFrom(...odd) }));
    const bys = [["quarter", "ethnicity"], ["type"], ["outcome", "gender"], ["ethnicityDetailed", "policingOperation"]];
    let read = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(...pools.map(cellOf)), { minLength: 1, maxLength: 60 }), fc.constantFrom(...bys), fc.boolean(), (rows, by, crlf) => {
        const fresh = planOf(policeUkStopSearchSchema, HEADER, by);
        const plainReader = plainRowReader(fresh, HEADER.length) as PlainRowReader;
        for (const cells of rows) {
          const bytes = rowBytes(cells, crlf ? "\r\n" : "\n");
          const plain = plainWay(bytes, fresh, plainReader, crlf);
          if (plain.end === NOT_PLAIN) continue;
          read++;
          const general = generalWay(bytes, fresh, crlf);
          expect(general.clean).toBe(true);
          expect(plain).toEqual({ end: general.end, values: general.values });
        }
      }),
      { seed: 31, numRuns: 400 },
    );
    expect(read).toBeGreaterThan(1000);
  });
});
