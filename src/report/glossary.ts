import { ArgumentError } from "../errors.js";
import { freezeResult } from "../_internal/freeze.js";
import { checkRecord } from "../_internal/validate.js";
import { GLOSSARY } from "./data/glossary.js";

/** The language of report text: English, Welsh, or both side by side (`"English / Cymraeg"`). */
export type GlossaryLanguage = "en" | "cy" | "both";

/** One glossary term: its English, its Welsh (or `null` when none is known) and where the Welsh came from. */
export interface GlossaryEntry {
  /** The English text. */
  readonly en: string;
  /** The Welsh text, or `null` when no published Welsh was found (English is then used). */
  readonly cy: string | null;
  /** Where the Welsh was taken from (publisher, title, URL), or `null` when there is no Welsh. */
  readonly source: string | null;
}

/**
 * A user's replacements for some glossary entries, keyed as the glossary is: each value sets any
 * of `en`, `cy` (a string, or `null` to drop the Welsh) and `source`. This is the shape of the
 * JSON glossary file a caller loads, e.g. `{ "heading.ratio": { "cy": "…", "source": "…" } }`.
 */
export type GlossaryOverrides = Readonly<Record<string, Partial<GlossaryEntry>>>;

/** The lookup {@link glossary} returns. */
export interface Glossary {
  /** The language chosen. */
  readonly lang: GlossaryLanguage;
  /** Every entry after the overrides, in glossary order (plain data: can be written as JSON). */
  readonly entries: Readonly<Record<string, GlossaryEntry>>;
  /** Keys the user's overrides replaced, in glossary order. */
  readonly overridden: readonly string[];
  /** Keys with no Welsh, shown in English (always empty for `"en"`), so a report can warn. */
  readonly missing: readonly string[];
  /** The text for a key in the chosen language; throws {@link ArgumentError} for an unknown key. */
  readonly text: (key: string) => string;
  /** `"English / Cymraeg"` for a key whatever the language (English alone when there is no Welsh or both are the same). */
  readonly both: (key: string) => string;
}

const FN = "glossary";
const LANGUAGES: readonly GlossaryLanguage[] = ["en", "cy", "both"];
const FIELDS = ["en", "cy", "source"];
/** The source recorded for a user's Welsh that arrives without one. */
const USER_SOURCE = "user glossary (no source given)";

function optionalText(param: string, value: unknown, nullable: boolean): string | null | undefined {
  if (value === undefined || (nullable && value === null)) return value as null | undefined;
  if (typeof value !== "string" || value.trim() === "") {
    throw new ArgumentError(FN, param, nullable ? "must be a non-empty string or null" : "must be a non-empty string", value);
  }
  return value;
}

function overrideEntry(key: string, base: GlossaryEntry, value: unknown): GlossaryEntry {
  const param = `overrides[${JSON.stringify(key)}]`;
  const record = checkRecord(FN, param, value);
  for (const field of Object.keys(record)) {
    if (!FIELDS.includes(field)) throw new ArgumentError(FN, param, "may only set en, cy and source", field);
  }
  const en = optionalText(`${param}.en`, record["en"], false) ?? base.en;
  const cy = optionalText(`${param}.cy`, record["cy"], true);
  const source = optionalText(`${param}.source`, record["source"], true);
  if (cy === undefined) return { en, cy: base.cy, source: source === undefined ? base.source : source };
  if (cy === null) return { en, cy: null, source: null };
  return { en, cy, source: source ?? USER_SOURCE };
}

/**
 * A bilingual lookup of report text (headings, group labels, area names, notes) in English, Welsh,
 * or both, from the package's glossary with a user's overrides applied.
 *
 * @remarks
 * - `"en"` gives the English; `"cy"` the Welsh; `"both"` gives `"English / Cymraeg"` (English
 *   first, then a spaced slash, then Welsh).
 * - **Missing Welsh**: where the glossary has no Welsh (`cy: null`) the English is used, never a
 *   guess, and the key is listed in `missing` (for `"cy"` and `"both"`) so the pack can warn.
 *   In `"both"` such a key shows its English once, as it does when both texts are identical
 *   (numerals such as `"10-17"`).
 * - **Overrides** (the user's glossary file, parsed by the caller) replace fields entry by
 *   entry; keys not in the glossary throw, so a typing mistake cannot pass unnoticed. Welsh given
 *   without a `source` is recorded as `"user glossary (no source given)"`.
 * - Keys: `heading.*`, `quartile.*`, `note.*`, `group.<Asian|Black|Mixed|White|Other|Unknown>`,
 *   `sex.<Male|Female|Other|Unknown>`, `age.<band>` (data.police.uk bands: `"age.under 10"`, `"age.10-17"`, …), `wimd.Q1`–`wimd.Q5`, `area.<LA code>`
 *   and `period.*`; `entries` lists them all. The lookup is frozen; `entries` is plain JSON.
 *
 * The Welsh comes from published sources recorded with each entry (ONS Census 2021 Welsh outputs,
 * Welsh Government, Public Health Wales, Data Cymru) and has NOT been checked by a translator:
 * published Welsh must be, under the Welsh Language Standards (docs/bilingual.md).
 *
 * @param lang - `"en"`, `"cy"` or `"both"`
 * @param overrides - a partial glossary whose entries replace the package's
 * @returns a frozen {@link Glossary}
 * @throws {@link ArgumentError} for another `lang`, overrides that are not an object, an override
 *   key not in the glossary, an override field other than `en`, `cy` and `source`, an empty `en`
 *   or `cy`; and, from `text`/`both`, for a key not in the glossary
 *
 * @example
 * ```ts
 * glossary("both").text("group.White") // => "White / Gwyn"
 * glossary("cy").text("area.W06000022") // => "Casnewydd"
 * glossary("cy").text("heading.ratio") // => "Ratio"
 * glossary("cy").missing.includes("heading.ratio") // => true
 * glossary("en").both("sex.Female") // => "Female / Benywaidd"
 * glossary("en", { "heading.ratio": { en: "Ratio to White" } }).text("heading.ratio") // => "Ratio to White"
 * ```
 */
export function glossary(lang: GlossaryLanguage, overrides?: GlossaryOverrides): Glossary {
  if (typeof lang !== "string" || !(LANGUAGES as readonly string[]).includes(lang)) {
    throw new ArgumentError(FN, "lang", `must be one of ${LANGUAGES.map((l) => `"${l}"`).join(", ")}`, lang);
  }
  const given = overrides === undefined ? {} : checkRecord(FN, "overrides", overrides);
  for (const key of Object.keys(given)) {
    if (!Object.hasOwn(GLOSSARY, key)) throw new ArgumentError(FN, "overrides key", "must be one of the glossary's keys", key);
  }
  const entries: Record<string, GlossaryEntry> = {};
  const overridden: string[] = [];
  for (const [key, base] of Object.entries(GLOSSARY)) {
    if (Object.hasOwn(given, key)) overridden.push(key);
    entries[key] = Object.hasOwn(given, key) ? overrideEntry(key, base, given[key]) : { ...base };
  }
  const missing = lang === "en" ? [] : Object.keys(entries).filter((key) => entries[key]?.cy === null);
  const entry = (fn: string, key: unknown): GlossaryEntry => {
    const found = typeof key === "string" && Object.hasOwn(entries, key) ? entries[key] : undefined;
    if (!found) throw new ArgumentError(fn, "key", "must be one of the glossary's keys", key);
    return found;
  };
  const pair = ({ en, cy }: GlossaryEntry): string => (cy === null || cy === en ? en : `${en} / ${cy}`);
  const both = (key: string): string => pair(entry(`${FN}.both`, key));
  const text = (key: string): string => {
    const found = entry(`${FN}.text`, key);
    if (lang === "both") return pair(found);
    return lang === "cy" ? (found.cy ?? found.en) : found.en;
  };
  return freezeResult({ lang, entries, overridden, missing, text, both });
}
