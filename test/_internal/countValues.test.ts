import { Buffer, isAscii, isUtf8 } from "node:buffer";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { custodySchema, extractSchemas, policeUkStopSearchSchema, type Schema } from "../../src/csv/index.js";
import { countSink } from "../../src/_internal/countSink.js";
import { valueCounter } from "../../src/_internal/countValues.js";
import type { ByteTools } from "../../src/_internal/extractDecode.js";
import { planColumns } from "../../src/_internal/extractColumns.js";
import { resolveHeader } from "../../src/_internal/extractHeader.js";
import { processExtract } from "../../src/_internal/extractProcess.js";
import { byteChunks } from "../csv/_schema.js";

// Counting rows from their values (valueCounter) against counting every row's record: the byte
// scanner counts through valueCounter when it is told the count, the general reader never does.

const tools: ByteTools = { isAscii: (b) => isAscii(b), isUtf8: (b) => isUtf8(b), text: (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1") };
const HEADER = "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing";

async function countBoth(csv: string | Uint8Array, by: readonly string[], schema: Schema<unknown> = policeUkStopSearchSchema as Schema<unknown>) {
  const bytes = typeof csv === "string" ? new TextEncoder().encode(csv) : csv;
  const count = async (scanner: boolean) => {
    const sink = countSink(by);
    const source = { file: "f.csv", input: byteChunks(bytes, [1 << 16]), totalBytes: bytes.length, ...(scanner ? { bytes: tools } : {}) };
    const { rejects, summary } = await processExtract([source], schema, {}, (r) => sink.add(r as unknown as Record<string, unknown>), null, scanner ? { by, sink } : null);
    return { counts: sink.rows(), rejects, summary };
  };
  return { scanned: await count(true), general: await count(false) };
}

describe("valueCounter", () => {
  it("counts past the combinations it remembers (65,536) exactly as records do", async () => {
    // 70,000 distinct latitudes, each twice, a bad date and an unrecognised gender among them.
    const rows: string[] = [];
    for (let i = 0; i < 70_000; i++) {
      const latitude = (51 + i / 1e6).toFixed(6);
      const row = `Person search,2020-05-05T11:28:00+00:00,,,${latitude},-3.061216,Male,18-24,White - Irish,,,,Arrest,,`;
      rows.push(row, i === 100 ? row.replace("Male", "Martian") : row);
    }
    rows.push("Person search,not a date,,,51.1,-3,Male,18-24,White - Irish,,,,Arrest,,");
    const { scanned, general } = await countBoth([HEADER, ...rows].join("\n"), ["latitude", "quarter"]);
    expect(scanned).toEqual(general);
    expect(general.counts).toHaveLength(70_000);
    expect(general.counts.every((c) => c.count === 2)).toBe(true);
    expect(general.summary).toMatchObject({ rowsRead: 140_001, accepted: 140_000, unrecognised: { gender: { Martian: 1 } } });
  });

  it("gives rows whose by-fields share columns (financial year and quarter of one date) one cell per combination", async () => {
    const dates = ["2019-03-31T23:00:00+00:00", "2019-04-01T10:00:00+01:00", "2019-07-01T00:00:00+01:00", "2020-03-31T22:59:00+00:00"];
    const rows = dates.flatMap((date, i) => Array.from({ length: i + 1 }, () => `Vehicle search,${date},,,,,Female,over 34,,White,,,,,`));
    const { scanned, general } = await countBoth([HEADER, ...rows].join("\r\n"), ["financialYear", "quarter", "officerEthnicity"]);
    expect(scanned).toEqual(general);
    expect(general.counts.map((c) => [c["quarter"], c.count])).toEqual([
      ["2019/20 Q1", 3],
      ["2019/20 Q2", 3],
      ["2019/20 Q4", 4],
    ]);
  });

  it("declines schemas whose fields are not known to be built from known columns, and unknown by-fields", () => {
    const plan = (schema: Schema<unknown>) => planColumns(schema, Object.keys(schema.columns), Object.fromEntries(Object.keys(schema.columns).map((f, i) => [f, i])));
    const sink = countSink(["quarter"]);
    expect(valueCounter(plan(policeUkStopSearchSchema as Schema<unknown>), { by: ["quarter"], sink })).toBeTypeOf("function");
    expect(valueCounter(plan(policeUkStopSearchSchema as Schema<unknown>), { by: ["quarter", "noSuchField"], sink })).toBeNull();
    // A schema built from named values is counted from the object its values are read into.
    expect(valueCounter(plan(custodySchema as Schema<unknown>), { by: ["quarter"], sink })).toBeNull();
    expect(valueCounter(plan(custodySchema as Schema<unknown>), { by: ["quarter"], sink }, {})).toBeTypeOf("function");
    // The same columns and builder under another name: its fields may be built from anything.
    const copy = { ...policeUkStopSearchSchema, name: "copy" } as Schema<unknown>;
    expect(valueCounter(plan(copy), { by: ["quarter"], sink })).toBeNull();
    // A built-in schema whose toRecord was replaced is not the built-in schema.
    const replaced = { ...custodySchema, toRecord: (v: Readonly<Record<string, unknown>>) => ({ ...v }) } as Schema<unknown>;
    expect(valueCounter(plan(replaced), { by: ["quarter"], sink })).toBeNull();
  });
});

describe("counting every built-in schema from values", () => {
  // Each built-in schema's files, counted by fields built from one column, from several, and from
  // columns shared between fields: the same counts, ledger and summary as counting every record.
  const root = join(import.meta.dirname, "..", "..");
  const cases: [string, string, string[][]][] = [
    ["custody", "fixtures/synthetic/sample-custody.csv", [["quarter", "ethnicity"], ["child", "ageBand"], ["financialYear", "sex", "outcome"], ["ethnicityDetailed", "stripSearch"]]],
    ["incidents", "fixtures/synthetic/sample-incidents.csv", [["quarter", "category"], ["victimEthnicity", "hateCrime"], ["subjectAgeBand", "domesticAbuse", "month"]]],
    ["hr", "fixtures/synthetic/sample-hr.csv", [["ethnicity", "workerType"], ["startFinancialYear", "sex"], ["quarter", "ageBand", "disability"]]],
    ["police-uk-street", "data/police-uk/street/2023-04-gwent-street.csv", [["localAuthority"], ["quarter", "crimeType"], ["lsoaCode", "lastOutcome"]]],
  ];
  for (const [name, file, bys] of cases) {
    it(`${name}: ${file.split("/").pop()}`, async () => {
      const schema = extractSchemas[name] as Schema<unknown>;
      const bytes = readFileSync(join(root, file));
      // The scanner does count these from values (no plain header in these files needs mapping).
      const header = (bytes.toString("utf8").split(/\r?\n/)[0] as string).replace(/^\ufeff/, "").split(",");
      const resolved = resolveHeader(header, schema);
      if (!("indices" in resolved)) throw new Error(`header of ${file} not resolved`);
      for (const by of bys) expect(valueCounter(planColumns(schema, header, resolved.indices), { by, sink: countSink(by) }, {})).toBeTypeOf("function");
      for (const by of bys) {
        const { scanned, general } = await countBoth(bytes, by, schema);
        expect(scanned).toEqual(general);
        expect(general.summary.accepted).toBeGreaterThan(100);
        expect(general.counts.reduce((n, c) => n + c.count, 0)).toBe(general.summary.accepted);
      }
    });
  }
});

