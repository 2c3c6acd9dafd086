import { describe, expect, it } from "vitest";
import { ArgumentError } from "../../src/index.js";
import { ExtractError, parseExtract } from "../../src/csv/index.js";
import { byteChunks, testSchema } from "./_schema.js";

const read = (input: Parameters<typeof parseExtract>[0], options = {}) => parseExtract(input, testSchema, { file: "t.csv", ...options });

describe("parseExtract: the reading core", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, and counts physical lines", async () => {
    const csv = 'id,amount,note\n1,10,"a, b"\n2,20,"line one\nline two"\n3,x,"say ""hi"""\n4,40,ok\n';
    const { records, rejects, summary } = await read(csv);
    expect(records).toEqual([
      { id: "1", amount: 10, note: "a, b" },
      { id: "2", amount: 20, note: "line one\nline two" },
      { id: "4", amount: 40, note: "ok" },
    ]);
    expect(rejects).toEqual([{ file: "t.csv", line: 5, column: "amount", value: "x", reason: "not a number" }]);
    expect(summary).toMatchObject({ files: 1, rowsRead: 4, accepted: 3, rejected: 1, blankLines: 0, emptyFiles: [] });
  });

  it("rejects ragged rows and blank required fields with their lines; skips and counts blank lines", async () => {
    const csv = "id,amount,note\n1,10,a\n\n2,20\n3,30,c,extra\n,40,d\n,,\n5,50,e\n\n\n";
    const { records, rejects, summary } = await read(csv);
    expect(records.map((r) => r.id)).toEqual(["1", "5"]);
    expect(rejects).toEqual([
      { file: "t.csv", line: 4, column: null, value: null, reason: "expected 3 fields, found 2" },
      { file: "t.csv", line: 5, column: null, value: null, reason: "expected 3 fields, found 4" },
      { file: "t.csv", line: 6, column: "id", value: "", reason: "required field is blank" },
    ]);
    expect(summary).toMatchObject({ rowsRead: 5, accepted: 2, rejected: 3, blankLines: 4 });
  });

  it("rejects an unterminated quote at the line where its row starts", async () => {
    const csv = 'id,amount,note\n1,10,a\n2,20,"never closed\n3,30,c\n';
    const { rejects, summary } = await read(csv);
    expect(rejects).toEqual([{ file: "t.csv", line: 3, column: null, value: null, reason: "unterminated quoted field: the rest of the input is inside this row" }]);
    expect(summary).toMatchObject({ rowsRead: 2, accepted: 1, rejected: 1 });
  });

  it("reads UTF-8 with a BOM and CRLF line ends", async () => {
    const bytes = new TextEncoder().encode("\uFEFFid,amount,note\r\n1,10,Tân\r\n2,20,Gŵyl\r\n");
    const { records, summary } = await read(byteChunks(bytes, [1 << 20]));
    expect(records.map((r) => r.note)).toEqual(["Tân", "Gŵyl"]);
    expect(summary.encodings).toEqual(["utf-8"]);
  });

  it("detects Windows-1252 (an Excel export): â is byte 0xE2; ŵ cannot be written in it and arrives as '?'", async () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode("id,amount,note\r\n1,10,T"), 0xe2, ...new TextEncoder().encode("n\r\n2,20,G?yl\r\n")]);
    const { records, summary } = await read(byteChunks(bytes, [5]));
    expect(records.map((r) => r.note)).toEqual(["Tân", "G?yl"]);
    expect(summary.encodings).toEqual(["windows-1252"]);
    const forced = await read(byteChunks(bytes, [1000]), { encoding: "windows-1252" });
    expect(forced.records[0]?.note).toBe("Tân");
  });

  it("gives the same result whatever the chunking, even inside multi-byte characters and quoted fields", async () => {
    const csv = 'id,amount,note\r\n1,10,"a\r\nb, ""c"""\r\n2,x,Tân\r\n\r\n3,30,Gŵyl\r\n4\r\n';
    const whole = await read(csv);
    const bytes = new TextEncoder().encode(csv);
    for (const sizes of [[1], [2, 3], [7], [1, 1, 13]]) {
      const chunked = await read(byteChunks(bytes, sizes));
      expect(chunked.records).toEqual(whole.records);
      expect(chunked.rejects).toEqual(whole.rejects);
      expect(chunked.summary).toEqual(whole.summary);
    }
    expect(whole.rejects.map((r) => r.line)).toEqual([4, 7]);
  });

  it("reads a Web ReadableStream", async () => {
    const stream = new ReadableStream<string>({
      start(controller) {
        controller.enqueue("id,amount,note\n1,1");
        controller.enqueue("0,a\n2,20,b\n");
        controller.close();
      },
    });
    expect((await read(stream)).records.map((r) => r.amount)).toEqual([10, 20]);
  });

  it("reads a 50 MB single field", async () => {
    const big = "x".repeat(50 * 1024 * 1024);
    const { records, summary } = await read(`id,amount,note\n1,10,"${big}"\n2,20,b\n`);
    expect(records[0]?.note?.length).toBe(big.length);
    expect(summary).toMatchObject({ rowsRead: 2, accepted: 2 });
  });

  it("treats an empty file and a header-only file as having no rows, and says so", async () => {
    for (const csv of ["", "id,amount,note\n", "id,amount,note"]) {
      const { records, rejects, summary } = await read(csv);
      expect([records, rejects]).toEqual([[], []]);
      expect(summary).toMatchObject({ rowsRead: 0, accepted: 0, rejected: 0, emptyFiles: ["t.csv"] });
    }
  });

  it("rejects a wrong header and then every row under it, losing nothing", async () => {
    const { rejects, summary } = await read("identifier,amount\n1,10\n2,20\n");
    expect(rejects).toEqual([
      { file: "t.csv", line: 1, column: null, value: "identifier,amount", reason: 'the header does not match schema "test": no column "id"' },
      { file: "t.csv", line: 2, column: null, value: null, reason: 'the header does not match schema "test"' },
      { file: "t.csv", line: 3, column: null, value: null, reason: 'the header does not match schema "test"' },
    ]);
    expect(summary).toMatchObject({ rowsRead: 3, accepted: 0, rejected: 3 });
  });

  it("matches headers ignoring case and spaces, accepts alternative names, and follows a mapping", async () => {
    expect((await read(" ID  Number ,AMOUNT\n7,1\n")).records).toEqual([{ id: "7", amount: 1, note: null }]);
    const mapped = await read("Ref,Value,Comment\n9,2,z\n", { mapping: { id: "Ref", amount: "Value", note: "Comment" } });
    expect(mapped.records).toEqual([{ id: "9", amount: 2, note: "z" }]);
  });

  it("throws ExtractError at the first reject in strict mode", async () => {
    const error = await read("id,amount,note\n1,10,a\n2,zz,b\n", { strict: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as ExtractError).reject).toEqual({ file: "t.csv", line: 3, column: "amount", value: "zz", reason: "not a number" });
    expect((error as Error).message).toBe('t.csv, line 3, column "amount": not a number (value "zz")');
  });

  it("reports progress, ending with every row", async () => {
    const seen: { bytes: number; totalBytes: number | null; rows: number }[] = [];
    const csv = "id,amount,note\n1,10,a\n2,20,b\n";
    await read(csv, { onProgress: (p: (typeof seen)[number]) => seen.push(p) });
    expect(seen.at(-1)).toEqual({ bytes: csv.length, totalBytes: csv.length, rows: 2 });
  });

  it("turns a schema's own exception into a reject", async () => {
    const throwing = { ...testSchema, toRecord: () => { throw new Error("boom"); } };
    const { rejects, summary } = await parseExtract("id,amount\n1,2\n", throwing, { file: "t.csv" });
    expect(rejects).toEqual([{ file: "t.csv", line: 2, column: null, value: null, reason: "the schema could not build a record: boom" }]);
    expect(summary.rowsRead).toBe(summary.accepted + summary.rejected);
  });

  it("rejects invalid arguments", async () => {
    await expect(parseExtract("x", {} as never)).rejects.toThrow(ArgumentError);
    await expect(read("x", { encoding: "latin1" })).rejects.toThrow(/options.encoding must be "auto", "utf-8" or "windows-1252"/);
    await expect(read("x", { mapping: { colour: "Colour" } })).rejects.toThrow(/options.mapping must map fields of schema "test" \(id, amount, note\); received "colour"/);
  });
});
