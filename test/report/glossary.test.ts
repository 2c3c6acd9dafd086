import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ArgumentError, glossary, policeUkAgeBands } from "../../src/index.js";
import type { EthnicGroup, GlossaryOverrides, Sex } from "../../src/index.js";
import { GWENT_LOCAL_AUTHORITIES } from "../../src/_internal/areas.js";
import { WIMD_2019 } from "../../src/baselines/data/wimd2019.js";
import { GLOSSARY } from "../../src/report/data/glossary.js";
import { thrownMessage } from "../_helpers/resultMismatches.js";

const KEYS = Object.keys(GLOSSARY);
const NUMERALS = "Same in both languages (numerals only)";

describe("glossary data", () => {
  it("gives every key non-empty English", () => {
    for (const key of KEYS) expect(GLOSSARY[key]?.en.trim(), key).not.toBe("");
  });

  it("records a source for every Welsh term, and marks every missing one with cy and source null", () => {
    for (const [key, { cy, source }] of Object.entries(GLOSSARY)) {
      if (cy === null) expect(source, key).toBeNull();
      else {
        expect(cy.trim(), key).not.toBe("");
        expect(source === NUMERALS || /https:\/\/\S+/.test(source ?? ""), `${key}: ${source}`).toBe(true);
      }
    }
  });

  it("uses the numerals-only source only where the Welsh is the English and holds no letters", () => {
    for (const [key, { en, cy, source }] of Object.entries(GLOSSARY)) {
      if (source === NUMERALS) {
        expect(cy, key).toBe(en);
        expect(/^[\d\s-]+$/.test(en), key).toBe(true);
      }
    }
  });

  it("has no key written twice in the data module", () => {
    const text = readFileSync(join(import.meta.dirname, "..", "..", "src", "report", "data", "glossary.ts"), "utf8");
    const written = [...text.matchAll(/^\s*"([^"]+)":/gm)].map((m) => m[1]);
    expect(written.length).toBe(KEYS.length);
    expect(new Set(written).size).toBe(written.length);
  });

  it("has no two keys of one kind with the same English or the same Welsh", () => {
    const kinds = new Set(KEYS.map((key) => key.split(".")[0]));
    for (const kind of kinds) {
      const entries = KEYS.filter((key) => key.startsWith(`${kind}.`)).map((key) => GLOSSARY[key]!);
      const en = entries.map((e) => e.en);
      const cy = entries.flatMap((e) => (e.cy === null ? [] : [e.cy]));
      expect(new Set(en).size, kind).toBe(en.length);
      expect(new Set(cy).size, kind).toBe(cy.length);
    }
  });

  it("covers the canonical labels the package produces", () => {
    const ethnic: EthnicGroup[] = ["Asian", "Black", "Mixed", "White", "Other", "Unknown"];
    const sexes: Sex[] = ["Male", "Female", "Other", "Unknown"];
    const wanted = [
      ...ethnic.map((g) => `group.${g}`),
      ...sexes.map((s) => `sex.${s}`),
      ...policeUkAgeBands.map((b) => `age.${b.group}`),
      ...WIMD_2019.deprivation.groups.map((g) => `wimd.${g.group}`),
      ...Object.keys(GWENT_LOCAL_AUTHORITIES).map((code) => `area.${code}`),
      "period.financialYear",
      "period.quarter",
      "note.suppressed",
      "note.synthetic",
    ];
    for (const key of wanted) expect(KEYS, key).toContain(key);
  });

  it("holds the sourced Welsh for the Census groups and the Gwent local authorities", () => {
    expect(GLOSSARY["group.Asian"]?.cy).toBe("Asiaidd, Asiaidd Cymreig neu Asiaidd Prydeinig");
    expect(GLOSSARY["group.Black"]?.cy).toBe("Du, Du Cymreig, Du Prydeinig, Caribïaidd neu Affricanaidd");
    expect(GLOSSARY["group.Other"]?.cy).toBe("Grŵp ethnig arall");
    expect(["area.W06000018", "area.W06000021", "area.W06000022"].map((k) => GLOSSARY[k]?.cy)).toEqual(["Caerffili", "Sir Fynwy", "Casnewydd"]);
  });

  it("is frozen, entries included", () => {
    expect(Object.isFrozen(GLOSSARY)).toBe(true);
    expect(Object.isFrozen(GLOSSARY["group.White"])).toBe(true);
  });
});

describe("glossary: languages", () => {
  it("gives the English for en, and reports nothing missing", () => {
    const g = glossary("en");
    expect(g.text("group.White")).toBe("White");
    expect(g.text("area.W06000022")).toBe("Newport");
    expect(g.missing).toEqual([]);
  });

  it("gives the Welsh for cy, falling back to English where there is none", () => {
    const g = glossary("cy");
    expect(g.text("group.White")).toBe("Gwyn");
    expect(g.text("heading.confidenceInterval")).toBe("Cyfwng hyder");
    expect(g.text("heading.ratio")).toBe("Ratio");
  });

  it("formats both as 'English / Cymraeg', once when there is no Welsh or the two are the same", () => {
    const g = glossary("both");
    expect(g.text("heading.genderPayGap")).toBe("Gender pay gap / Bwlch cyflog rhwng y rhywiau");
    expect(g.text("wimd.Q1")).toBe("1 (most deprived) / 1 (mwyaf difreintiedig)");
    expect(g.text("age.10-17")).toBe("10-17");
    expect(g.text("heading.funnelPlot")).toBe("Funnel plot");
    expect(glossary("en").both("area.W06000021")).toBe("Monmouthshire / Sir Fynwy");
  });

  it("lists every key without Welsh as missing for cy and both, in glossary order", () => {
    const expected = KEYS.filter((key) => GLOSSARY[key]?.cy === null);
    expect(expected.length).toBeGreaterThan(0);
    expect(glossary("cy").missing).toEqual(expected);
    expect(glossary("both").missing).toEqual(expected);
    expect(expected).toContain("group.Unknown");
    expect(expected).not.toContain("group.White");
  });

  it("returns a frozen lookup whose entries are plain JSON", () => {
    const g = glossary("cy");
    expect(Object.isFrozen(g)).toBe(true);
    expect(Object.isFrozen(g.entries)).toBe(true);
    expect(Object.isFrozen(g.entries["group.White"])).toBe(true);
    expect(Object.isFrozen(g.missing)).toBe(true);
    expect(JSON.parse(JSON.stringify(g.entries))).toEqual(GLOSSARY);
    expect(Object.keys(g.entries)).toEqual(KEYS);
  });
});

describe("glossary: overrides", () => {
  it("replaces English, Welsh and source entry by entry, leaving the rest and the package glossary alone", () => {
    const overrides: GlossaryOverrides = {
      "heading.ratio": { en: "Ratio to White" },
      "heading.funnelPlot": { cy: "CY funnel plot (test)", source: "Our translator, 2026" },
    };
    const g = glossary("both", overrides);
    expect(g.text("heading.ratio")).toBe("Ratio to White");
    expect(g.text("heading.funnelPlot")).toBe("Funnel plot / CY funnel plot (test)");
    expect(g.entries["heading.funnelPlot"]).toEqual({ en: "Funnel plot", cy: "CY funnel plot (test)", source: "Our translator, 2026" });
    expect(g.overridden).toEqual(["heading.ratio", "heading.funnelPlot"]);
    expect(g.missing).toContain("heading.ratio");
    expect(g.missing).not.toContain("heading.funnelPlot");
    expect(g.text("group.White")).toBe("White / Gwyn");
    expect(GLOSSARY["heading.ratio"]).toEqual({ en: "Ratio", cy: null, source: null });
    expect(glossary("both").text("heading.funnelPlot")).toBe("Funnel plot");
  });

  it("records Welsh given without a source as the user's, unsourced", () => {
    const g = glossary("cy", { "period.quarter": { cy: "CY quarter (test)" } });
    expect(g.entries["period.quarter"]).toEqual({ en: "Quarter", cy: "CY quarter (test)", source: "user glossary (no source given)" });
  });

  it("drops the Welsh (and its source) when an override sets cy to null, and reports it missing", () => {
    const g = glossary("cy", { "group.White": { cy: null } });
    expect(g.text("group.White")).toBe("White");
    expect(g.entries["group.White"]).toEqual({ en: "White", cy: null, source: null });
    expect(g.missing).toContain("group.White");
  });

  it("keeps the Welsh source when only the English is overridden", () => {
    const g = glossary("cy", { "group.White": { en: "White (all groups)" } });
    expect(g.entries["group.White"]).toEqual({ en: "White (all groups)", cy: "Gwyn", source: GLOSSARY["group.White"]?.source });
  });

  it("accepts an empty overrides object", () => {
    expect(glossary("en", {}).overridden).toEqual([]);
  });
});

describe("glossary: invalid input", () => {
  const bad = (f: () => unknown) => {
    expect(f).toThrow(ArgumentError);
    return thrownMessage(f);
  };

  it("rejects another language", () => {
    expect(bad(() => glossary("fr" as never))).toBe('glossary: lang must be one of "en", "cy", "both"; received "fr"');
    expect(bad(() => glossary(undefined as never))).toBe('glossary: lang must be one of "en", "cy", "both"; received undefined');
  });

  it("rejects overrides that are not an object", () => {
    expect(bad(() => glossary("en", null as never))).toBe("glossary: overrides must be an object; received null");
    expect(bad(() => glossary("en", [] as never))).toBe("glossary: overrides must be an object; received an array of length 0");
    expect(bad(() => glossary("en", "x" as never))).toBe('glossary: overrides must be an object; received "x"');
  });

  it("rejects an override key outside the glossary, naming it", () => {
    expect(bad(() => glossary("cy", { "heading.ratios": { cy: "x" } }))).toBe(
      `glossary: overrides key must be one of the glossary's keys; received "heading.ratios"`,
    );
  });

  it("rejects malformed override entries", () => {
    expect(bad(() => glossary("cy", { "heading.ratio": "Cymhareb" as never }))).toBe('glossary: overrides["heading.ratio"] must be an object; received "Cymhareb"');
    expect(bad(() => glossary("cy", { "heading.ratio": { welsh: "x" } as never }))).toBe(
      'glossary: overrides["heading.ratio"] may only set en, cy and source; received "welsh"',
    );
    expect(bad(() => glossary("cy", { "heading.ratio": { en: " " } }))).toBe('glossary: overrides["heading.ratio"].en must be a non-empty string; received " "');
    expect(bad(() => glossary("cy", { "heading.ratio": { en: null as never } }))).toBe('glossary: overrides["heading.ratio"].en must be a non-empty string; received null');
    expect(bad(() => glossary("cy", { "heading.ratio": { cy: "" } }))).toBe('glossary: overrides["heading.ratio"].cy must be a non-empty string or null; received ""');
    expect(bad(() => glossary("cy", { "heading.ratio": { cy: "x", source: 3 as never } }))).toBe(
      'glossary: overrides["heading.ratio"].source must be a non-empty string or null; received 3',
    );
  });

  it("throws for an unknown key from text and both, naming the key", () => {
    const g = glossary("both");
    expect(bad(() => g.text("group.Whte"))).toBe(`glossary.text: key must be one of the glossary's keys; received "group.Whte"`);
    expect(bad(() => g.both("nope"))).toBe(`glossary.both: key must be one of the glossary's keys; received "nope"`);
    expect(bad(() => glossary("en").text(3 as never))).toBe("glossary.text: key must be one of the glossary's keys; received 3");
    expect(bad(() => glossary("en").text("constructor"))).toBe(`glossary.text: key must be one of the glossary's keys; received "constructor"`);
  });
});
