import { Buffer, isAscii, isUtf8 } from "node:buffer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ExtractOptions, Schema } from "../../src/csv/index.js";
import { policeUkStopSearchSchema } from "../../src/csv/index.js";
import { ageBand, flag, londonDate, number, selfDefinedEthnicity, sex, text } from "../../src/_internal/csvFields.js";
import type { ByteTools } from "../../src/_internal/extractDecode.js";
import { countSink } from "../../src/_internal/countSink.js";
import { ExtractLedger } from "../../src/_internal/extractLedger.js";
import { processExtract } from "../../src/_internal/extractProcess.js";
import { scanBytes } from "../../src/_internal/scanBytes.js";
import { byteChunks, testSchema } from "../csv/_schema.js";

// The byte scanner against the general (papaparse) reader: for any bytes, any chunking and any
// schema, reading with the byte tools (scanner first, handing over where it must) gives exactly
// what reading without them (the general reader alone) gives.

const tools: ByteTools = { isAscii: (b) => isAscii(b), isUtf8: (b) => isUtf8(b), text: (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1") };

/** A schema of every built-in column kind the scanner reads from bytes. */
const kinds: Schema<Record<string, unknown>> = {
  name: "kinds",
  description: "one column of each kind",
  columns: {
    id: text(["id"], { required: true }),
    n: number(["n"]),
    whole: number(["whole"], { integer: true, min: 0 }),
    d: londonDate(["d"], ["iso", "uk"]),
    f: flag(["f"]),
    s: sex(["s"]),
    e: selfDefinedEthnicity(["e"]),
    a: ageBand(["a"]),
    t: text(["t"], { optional: true }),
  },
  toRecord: (v) => ({ ...v }),
};
const KINDS_HEADER = "id,n,whole,d,f,s,e,a,t";

const enc = new TextEncoder();
/** Cells as raw bytes, so that malformed UTF-8 can be among them. */
const textCells = ["", "1", "x", " 7 ", "-3.5", "51.576305", "1e3", "1,234", "007", "2.50", "-0", "True", "no", "maybe", "Male", "F", "W1", "White - Irish", "Asian/Asian British - Indian", "Not stated", "18-24", "over 34", "2019-03-31T23:00:00+00:00", "2020-10-25T00:30:00Z", "31/03/2020", "2019-02-30T10:00:00+00:00", "Tân", "Gŵyl", "😀", "\u00a0", "\ufeff", " ", "\t", "\r", '"a,b"', '"q""q"', '"line\nbreak"', '""', '" 7 "', '"True"', '"2019-03-31T23:00:00+00:00"'];
const oddCells = ['"ab"c', '"ab" ', '"never closed', 'mid"quote', "lone\nfeed"];
const cell = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom(...textCells).map((s) => enc.encode(s)) },
  { weight: 1, arbitrary: fc.constantFrom(...oddCells).map((s) => enc.encode(s)) },
  { weight: 1, arbitrary: fc.constantFrom(Uint8Array.of(0xe2, 0x41), Uint8Array.of(0xff), Uint8Array.of(0x54, 0xe2, 0x6e), Uint8Array.of(0xc3)) },
);

function bytesOf(header: string, rows: readonly (readonly Uint8Array[])[], newline: string, bom: boolean, trailing: boolean): Uint8Array {
  const parts: Uint8Array[] = [];
  if (bom) parts.push(Uint8Array.of(0xef, 0xbb, 0xbf));
  parts.push(enc.encode(header));
  for (const row of rows) {
    parts.push(enc.encode(newline));
    row.forEach((c, i) => parts.push(...(i > 0 ? [enc.encode(","), c] : [c])));
  }
  if (trailing) parts.push(enc.encode(newline));
  return Buffer.concat(parts);
}

async function read<R>(bytes: Uint8Array, sizes: readonly number[], schema: Schema<R>, withTools: boolean, options: ExtractOptions = {}) {
  const records: R[] = [];
  const source = { file: "f.csv", input: byteChunks(bytes, sizes), totalBytes: bytes.length, ...(withTools ? { bytes: tools } : {}) };
  const { rejects, summary } = await processExtract([source], schema, options, (r) => records.push(r));
  return { records, rejects, summary };
}

async function expectSame<R>(bytes: Uint8Array, sizes: readonly number[], schema: Schema<R>, options: ExtractOptions = {}) {
  const general = await read(bytes, sizes, schema, false, options);
  const scanned = await read(bytes, sizes, schema, true, options);
  expect(scanned.rejects).toEqual(general.rejects);
  expect(scanned.summary).toEqual(general.summary);
  expect(scanned.records).toEqual(general.records);
  expect(general.summary.rowsRead).toBe(general.summary.accepted + general.summary.rejected);
  return general;
}

/** What the scanner alone does with the bytes: read them to the end, or hand over at some row. */
async function scannerOutcome(bytes: Uint8Array, schema: Schema<unknown> = kinds as Schema<unknown>) {
  const ledger = new ExtractLedger({}, null);
  const input = byteChunks(bytes, [1 << 16]);
  const outcome = await scanBytes({ file: "f.csv", input, totalBytes: bytes.length, bytes: tools }, input[Symbol.asyncIterator](), schema, {}, ledger, () => {}, 0);
  return { outcome, ledger };
}

describe("the byte scanner gives what the general reader gives", () => {
  it("for random rows of every column kind: quotes, line breaks, blank and ragged rows, multi-byte and malformed text, BOM, CRLF, any chunking", async () => {
    const rowOf = fc.oneof(
      { weight: 12, arbitrary: fc.array(cell, { minLength: 9, maxLength: 9 }) },
      { weight: 2, arbitrary: fc.array(cell, { minLength: 0, maxLength: 11 }) },
      { weight: 1, arbitrary: fc.constant([] as Uint8Array[]) },
      { weight: 1, arbitrary: fc.array(cell, { minLength: 60, maxLength: 140 }) }, // past the 64 fields a row first has room for
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowOf, { maxLength: 30 }),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        fc.boolean(),
        // Small chunks put most rows at a chunk's end; whole files let the plain-row reader read most.
        fc.oneof(fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 3 }), fc.constant([1 << 20])),
        async (rows, newline, bom, trailing, sizes) => {
          await expectSame(bytesOf(KINDS_HEADER, rows, newline, bom, trailing), sizes, kinds);
        },
      ),
      { seed: 20261122, numRuns: 1500 },
    );
  });

  it("for the small test schema (custom parsers, no byte readers) under every encoding option", async () => {
    const rowOf = fc.array(cell, { minLength: 2, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(fc.array(rowOf, { maxLength: 20 }), fc.constantFrom("\n", "\r\n"), fc.constantFrom<"auto" | "utf-8">("auto", "utf-8"), fc.integer({ min: 1, max: 40 }), async (rows, newline, encoding, size) => {
        await expectSame(bytesOf("id,amount,note", rows, newline, false, true), [size], testSchema, { encoding });
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it("for data.police.uk stop-search rows, including the mapped, quoted and bad ones", async () => {
    const header = "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing";
    const good = 'Person search,2019-03-31T23:00:00+00:00,False,,51.58,-2.99,Male,18-24,Black/African/Caribbean/Black British - African,Black,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Suspect arrested,True,False';
    const rows = [good, good.replace("Male", '"Female"'), good.replace(",,", ',"Op ""Snow"", phase\n2",'), good.replace("51.58", "north"), good.replace("2019-03-31T23:00:00+00:00", "yesterday"), good.replace("Person search", ""), good.replace("False,,", "Maybe,,"), good.replace("18-24", "teenager"), good + ",extra", "", ",,,,,,,,,,,,,,"];
    const bytes = enc.encode([header, ...rows, ...rows].join("\r\n"));
    const general = await expectSame(bytes, [5, 64, 1 << 20], policeUkStopSearchSchema);
    // Per copy: 4 accepted (plain, quoted gender, quoted operation name, an unrecognised age range),
    // 5 rejected (latitude, date, blank type, flag, 16 fields), 2 blank.
    expect(general.summary).toMatchObject({ rowsRead: 18, accepted: 8, rejected: 10, blankLines: 4 });
    expect(general.summary.unrecognised).toEqual({ ageBand: { teenager: 2 } });
  });

  it("when the first non-ASCII bytes are malformed (Windows-1252), wherever they fall, and when valid UTF-8 came first", async () => {
    const latin = Uint8Array.from([...enc.encode("id,amount,note\n1,10,a\n2,20,T"), 0xe2, ...enc.encode("n\n3,30,c\n")]);
    for (const sizes of [[1], [3], [1 << 20]]) expect((await expectSame(latin, sizes, testSchema)).summary.encodings).toEqual(["windows-1252"]);
    const mixed = Uint8Array.from([...enc.encode("id,amount,note\n1,10,Tân\n2,20,T"), 0xe2, ...enc.encode("n\n")]);
    const read = await expectSame(mixed, [4], testSchema);
    expect(read.summary.encodings).toEqual(["utf-8"]);
    expect(read.records.map((r) => r.note)).toEqual(["Tân", "T\ufffdn"]);
    const truncated = Uint8Array.from([...enc.encode("id,amount,note\n1,10,T"), 0xc3]);
    expect((await expectSame(truncated, [2], testSchema)).summary.encodings).toEqual(["windows-1252"]);
  });
});

describe("counting records read by the byte scanner gives what counting the general reader's gives", () => {
  const header = "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing";
  const pools: readonly (readonly string[])[] = [
    // Type is required free text: when no by-field needs it, the scanner checks only that it is not blank.
    ["Person search", "Vehicle search", "", " ", '"Person search"', " Person search", "\u00a0", "\u00a0x", "Ŵ", '""'],
    ["2019-03-31T23:00:00+00:00", "2019-04-01T10:00:00+01:00", "2020-03-31T23:30:00Z", "31/03/2020", "not a date", "2019-02-30T10:00:00+00:00"],
    ["", "False", "True", "maybe"],
    ["", "Op Snow", '"Op ""Snow"", phase\n2"'],
    // Numbers no by-field needs are only checked: plain decimals pass, anything else is read.
    ["", "51.58", "-2.99", "north", "1e2", "5.", ".5", "-", ".", "1.2.3", "-0", "1234567890123456", "1,234", " 7", '"-3.5"'],
    ["", "-3.01", "51.6", "--1", "0.1.", "+4"],
    ["Male", "Female", "", "Other", "F", "x"],
    ["18-24", "over 34", "", "teenager"],
    ["White - Irish", "Black/African/Caribbean/Black British - African", "W1", "", "Other ethnic group - Not stated", "Martian", "Gŵyl"],
    ["", "White", "Black", "IC9"],
    ["Misuse of Drugs Act 1971 (section 23)", "", "Police and Criminal Evidence Act 1984 (section 1)"],
    ["Controlled drugs", "", "Stolen goods"],
    ["A no further action disposal", "Suspect arrested", "", "Outcome 17"],
    ["", "True", "False", "2"],
    ["", "False", "True"],
  ];
  const rowOf = fc.oneof(
    { weight: 20, arbitrary: fc.tuple(...pools.map((pool) => fc.constantFrom(...pool))) as fc.Arbitrary<string[]> },
    { weight: 1, arbitrary: fc.constantFrom([] as string[], ["only", "three", "cells"]) },
  );
  const bys = [["financialYear", "ethnicity"], ["type"], ["latitude"], ["outcome", "gender", "quarter"], ["ethnicityDetailed", "policingOperation"]];

  it("for random stop-search rows, good and bad, counted by different fields, in any chunking", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowOf, { maxLength: 40 }), fc.constantFrom(...bys), fc.integer({ min: 1, max: 300 }), async (rows, by, size) => {
        const bytes = enc.encode([header, ...rows.map((r) => r.join(","))].join("\r\n"));
        const count = async (withTools: boolean) => {
          const sink = countSink(by);
          const source = { file: "f.csv", input: byteChunks(bytes, [size]), totalBytes: bytes.length, ...(withTools ? { bytes: tools } : {}) };
          // The scanner is told the count, so it leaves unneeded free-text cells unread and counts rows from their values; the general path reads every cell and builds every record.
          const { rejects, summary } = await processExtract([source], policeUkStopSearchSchema, {}, (r) => sink.add(r as unknown as Record<string, unknown>), null, withTools ? { by, sink } : null);
          return { counts: sink.rows(), rejects, summary };
        };
        const general = await count(false);
        const scanned = await count(true);
        expect(scanned).toEqual(general);
        expect(general.counts.reduce((n, c) => n + c.count, 0)).toBe(general.summary.accepted);
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe("scanBytes", () => {
  it("reads clean UTF-8 to the end itself: quoted fields, line breaks in quotes, BOM, CRLF, blank lines", async () => {
    const bytes = bytesOf(KINDS_HEADER, [[enc.encode("1"), enc.encode('"2.5"'), enc.encode("3"), enc.encode("2019-03-31T23:00:00+00:00"), enc.encode("True"), enc.encode("Male"), enc.encode('"White - Irish"'), enc.encode("18-24"), enc.encode('"Gŵyl\nDewi, ""Sant"""')], []], "\r\n", true, true);
    const { outcome, ledger } = await scannerOutcome(bytes);
    expect("head" in outcome).toBe(false);
    expect(outcome.consumed).toBe(bytes.length);
    expect(ledger).toMatchObject({ rowsRead: 1, accepted: 1, blankLines: 1 });
  });

  it("hands over at the row it cannot read exactly, with the line, newline and bytes consumed before it", async () => {
    const head = "id,amount,note\r\n1,2,ok\r\n";
    const odd = [enc.encode('3,4,"ab"c\r\n5,6,x\r\n'), enc.encode('3,4,"never closed\r\n'), Uint8Array.of(0x33, 0x2c, 0x34, 0x2c, 0xe2, 0x41)];
    for (const rest of odd) {
      const bytes = Buffer.concat([enc.encode(head), rest]);
      const { outcome, ledger } = await scannerOutcome(bytes, testSchema as Schema<unknown>);
      expect("head" in outcome && { line: outcome.line, newline: outcome.newline, consumed: outcome.consumed, nonAscii: outcome.nonAscii }).toEqual({ line: 3, newline: "\r\n", consumed: enc.encode(head).length, nonAscii: false });
      expect(ledger.accepted).toBe(1);
    }
  });

  it("hands over before the header with the BOM put back when an earlier chunk held it, so UTF-8 stays decided", async () => {
    // The BOM alone in the first chunk; malformed bytes in the chunk that holds the header.
    const row = [enc.encode("1"), enc.encode("2"), enc.encode("3"), enc.encode(""), enc.encode(""), Uint8Array.of(0xe2, 0x41), enc.encode(""), enc.encode(""), enc.encode("")];
    const bytes = bytesOf(KINDS_HEADER, [row], "\n", true, true);
    const general = await expectSame(bytes, [3, 64], kinds);
    expect(general.summary.encodings).toEqual(["utf-8"]);
  });

  it("hands a header that does not match back untouched, BOM included, for the general reader to reject", async () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...enc.encode("who,what\n1,2\n")]);
    const { outcome } = await scannerOutcome(bytes, testSchema as Schema<unknown>);
    expect("head" in outcome && { nonAscii: outcome.nonAscii, consumed: outcome.consumed, head: Buffer.concat(outcome.head as Uint8Array[]).length }).toEqual({ nonAscii: null, consumed: 0, head: bytes.length });
    await expectSame(bytes, [2], testSchema);
  });
});
