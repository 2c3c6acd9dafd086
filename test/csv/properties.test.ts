import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseExtract } from "../../src/csv/index.js";
import { byteChunks, testSchema } from "./_schema.js";

const field = fc.oneof(fc.constantFrom("", "1", "x", "a,b", 'q"q', "line\nbreak", "Tân", " 7 "), fc.string({ maxLength: 6 }));
const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const row = fc.oneof(
  fc.array(field, { minLength: 3, maxLength: 3 }).map((f) => f.map(quote).join(",")),
  fc.array(field, { minLength: 0, maxLength: 5 }).map((f) => f.map(quote).join(",")),
  fc.constant('9,9,"unclosed'),
  fc.constant(""),
);

describe("parseExtract properties", () => {
  it("accounts for every row and never throws, for random mixes of good and bad rows, line ends and chunkings", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 25 }), fc.constantFrom("\n", "\r\n"), fc.integer({ min: 1, max: 9 }), async (rows, newline, chunk) => {
        const text = ["id,amount,note", ...rows].join(newline);
        const whole = await parseExtract(text, testSchema);
        expect(whole.summary.rowsRead).toBe(whole.summary.accepted + whole.summary.rejected);
        expect(whole.records).toHaveLength(whole.summary.accepted);
        const chunked = await parseExtract(byteChunks(new TextEncoder().encode(text), [chunk]), testSchema);
        expect(chunked.summary).toEqual(whole.summary);
        expect(chunked.rejects).toEqual(whole.rejects);
      }),
      { seed: 4, numRuns: 200 },
    );
  });
});
