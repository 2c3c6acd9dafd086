import { describe, expect, it } from "vitest";
import { custodySchema, policeUkStopSearchSchema } from "../../src/csv/index.js";
import { planByteColumns } from "../../src/_internal/byteColumns.js";
import { unneededColumns } from "../../src/_internal/countSkips.js";
import { planColumns } from "../../src/_internal/extractColumns.js";
import { resolveHeader } from "../../src/_internal/extractHeader.js";
import type { Schema } from "../../src/csv/types.js";

function planOf(schema: Schema<unknown>, header: string[]) {
  const resolved = resolveHeader(header, schema, undefined);
  if ("missing" in resolved) throw new Error(`header lacks ${String(resolved.missing)}`);
  return planColumns(schema, header, resolved.indices);
}

// Counting may leave a cell unread only when no by-field is built from its column and reading it
// could neither reject the row nor tally a code: free text that is not required. Of required free
// text no by-field needs, only whether the cell is blank is checked.

describe("unneededColumns and the byte plan's skips", () => {
  const header = ["Type", "Date", "Part of a policing operation", "Policing operation", "Latitude", "Longitude", "Gender", "Age range", "Self-defined ethnicity", "Officer-defined ethnicity", "Legislation", "Object of search", "Outcome", "Outcome linked to object of search", "Removal of more than just outer clothing"];
  const skipped = (by: string[]) => {
    const plan = planOf(policeUkStopSearchSchema as Schema<unknown>, header);
    return planByteColumns(plan, unneededColumns(policeUkStopSearchSchema, by)).columns.filter((c) => c.skip).map((c) => c.col.field).sort();
  };

  it("skips only the optional free-text columns no by-field needs", () => {
    expect(skipped(["quarter", "ethnicity"])).toEqual(["legislation", "objectOfSearch", "policingOperation"]);
    expect(skipped(["legislation"])).toEqual(["objectOfSearch", "policingOperation"]);
    // Type is free text but required (a blank Type rejects the row): never skipped.
    expect(skipped(["outcome"])).not.toContain("type");
  });

  it("checks only the presence of required free text no by-field needs", () => {
    const plan = planOf(policeUkStopSearchSchema as Schema<unknown>, header);
    const presence = (by: string[]) => planByteColumns(plan, unneededColumns(policeUkStopSearchSchema, by)).columns.filter((c) => c.presence).map((c) => c.col.field);
    expect(presence(["quarter", "ethnicity"])).toEqual(["type"]);
    expect(presence(["type"])).toEqual([]);
    expect(planByteColumns(plan).columns.some((c) => c.presence)).toBe(false);
  });

  it("only checks the numbers no by-field needs (a plain decimal is not worked out)", () => {
    const plan = planOf(policeUkStopSearchSchema as Schema<unknown>, header);
    const checked = (by: string[]) => planByteColumns(plan, unneededColumns(policeUkStopSearchSchema, by)).columns.filter((c) => c.check !== null).map((c) => c.col.field);
    expect(checked(["quarter", "ethnicity"])).toEqual(["latitude", "longitude"]);
    expect(checked(["latitude"])).toEqual(["longitude"]);
    expect(planByteColumns(plan).columns.some((c) => c.check !== null || c.valueless)).toBe(false);
  });

  it("skips nothing for a field it cannot trace, or without a count", () => {
    expect(unneededColumns(policeUkStopSearchSchema, ["quarter", "noSuchField"])).toBeNull();
    const plan = planOf(policeUkStopSearchSchema as Schema<unknown>, header);
    expect(planByteColumns(plan).columns.some((c) => c.skip)).toBe(false);
  });

  it("never skips a column that has a parser (it can reject or be unrecognised)", () => {
    const columns = unneededColumns(custodySchema, ["financialYear"]);
    expect(columns?.has("outcome")).toBe(true); // not needed …
    const plan = planOf(custodySchema as Schema<unknown>, ["custody_id", "arrival_date", "outcome", "offence_group"]);
    expect(planByteColumns(plan, columns).columns.filter((c) => c.skip).map((c) => c.col.field)).toEqual(["offenceGroup"]); // … but only free text is skipped
  });
});
