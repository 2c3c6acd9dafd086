import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import { ArgumentError, localAuthorityOfLsoa, type LsoaLocalAuthority } from "../../src/index.js";
import { SHARED_DATA, sharedFile } from "../_helpers/sharedData.js";

describe("localAuthorityOfLsoa", () => {
  describe("from a Welsh 2011 LSOA code", () => {
    it.each([
      ["W01001421", "W06000018", "Caerphilly"],
      ["W01001440", "W06000019", "Blaenau Gwent"],
      ["w01001440 ", "W06000019", "Blaenau Gwent"],
      ["W01000001", "W06000001", "Isle of Anglesey"],
    ])("%s is in %s %s", (code, laCode, name) => {
      expect(localAuthorityOfLsoa(code)).toEqual({ code: laCode, name });
    });

    it.each(["E01000001", "W01009999", "W01", "S01000001"])("%s (not in WIMD 2019) gives null", (code) => {
      expect(localAuthorityOfLsoa(code)).toBeNull();
    });
  });

  describe("from an LSOA name", () => {
    it.each([
      ["Blaenau Gwent 001A", "W06000019", "Blaenau Gwent"],
      ["Newport 014C", "W06000022", "Newport"],
      ["Rhondda Cynon Taf 012B", "W06000016", "Rhondda Cynon Taf"],
      ["Vale of Glamorgan 001A", "W06000014", "Vale of Glamorgan"],
      ["  torfaen   005b ", "W06000020", "Torfaen"],
    ])("%j is in %s %s", (name, code, laName) => {
      expect(localAuthorityOfLsoa(name)).toEqual({ code, name: laName });
    });

    it.each([
      ["Forest of Dean 006C", "Forest of Dean"],
      ["Bristol 032B", "Bristol"],
      ["Kingston upon Thames 012A", "Kingston upon Thames"],
      ["Stratford-on-Avon 001A", "Stratford-on-Avon"],
    ])("%j outside Wales gives the name with a null code", (lsoa, name) => {
      expect(localAuthorityOfLsoa(lsoa)).toEqual({ code: null, name });
    });
  });

  it.each([undefined, null, "", "  ", "Newport", "St. James 3", "001A", "Newport 14C", "Newport 0141"])("%j gives null", (raw) => {
    expect(localAuthorityOfLsoa(raw)).toBeNull();
  });

  it("agrees between code and name for every Welsh LSOA in Gwent's 2023/24 street-level crime files", () => {
    const folder = "police-uk/gwent-street-2023-04-to-2024-03";
    const pairs = new Map<string, string>();
    for (const file of readdirSync(join(SHARED_DATA, folder))) {
      // These files have no quoted fields (FINDINGS §2a), so a plain split is exact.
      const [header, ...lines] = sharedFile(`${folder}/${file}`).split(/\r?\n/).filter((l) => l !== "");
      const [codeAt, nameAt] = [header?.split(",").indexOf("LSOA code") ?? -1, header?.split(",").indexOf("LSOA name") ?? -1];
      for (const fields of lines.map((l) => l.split(","))) pairs.set(fields[codeAt] as string, fields[nameAt] as string);
    }
    let welsh = 0;
    let only2021 = 0;
    for (const [code, name] of pairs) {
      if (code === "") continue;
      const fromName = localAuthorityOfLsoa(name);
      expect(fromName, name).not.toBeNull();
      if (code.startsWith("W") && Number(code.slice(3)) > 1958) {
        // data.police.uk now uses 2021 LSOAs; codes new in 2021 are not in WIMD 2019, so only the name tells.
        only2021 += 1;
        expect(localAuthorityOfLsoa(code), code).toBeNull();
        expect(fromName?.code ?? "", name).toMatch(/^W06/);
      } else if (code.startsWith("W")) {
        welsh += 1;
        expect(localAuthorityOfLsoa(code), code).toEqual(fromName);
      } else {
        expect(fromName?.code, name).toBeNull();
      }
    }
    expect(welsh).toBe(530);
    expect(only2021).toBe(31);
  });

  it("returns frozen results", () => {
    expect(Object.isFrozen(localAuthorityOfLsoa("Newport 014C"))).toBe(true);
    expect(Object.isFrozen(localAuthorityOfLsoa("Bristol 032B"))).toBe(true);
    expect(Object.isFrozen(localAuthorityOfLsoa("W01001421"))).toBe(true);
  });

  it.each([[1], [{}], [true]])("throws ArgumentError for %j", (raw) => {
    const call = () => localAuthorityOfLsoa(raw as never);
    expect(call).toThrow(ArgumentError);
    expect(call).toThrow(/^localAuthorityOfLsoa: codeOrName must be a string, null or undefined/);
  });

  it("types the result", () => {
    expectTypeOf(localAuthorityOfLsoa("x")).toEqualTypeOf<LsoaLocalAuthority | null>();
  });
});
