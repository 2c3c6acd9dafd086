import type { EthnicGroup } from "../types.js";
import { keyed } from "./extractText.js";

/** A classified self-defined ethnicity: the 5-group and, where known, the ONS 2021 19-category label. */
export interface EthnicCategory {
  readonly ethnicity: EthnicGroup;
  readonly ethnicityDetailed: string | null;
}

/** A group other than Unknown. */
export type KnownEthnicGroup = Exclude<EthnicGroup, "Unknown">;

type Row = readonly [KnownEthnicGroup, string, readonly string[], readonly string[]];

/**
 * The ONS 2021 19 categories: group, label without the topic prefix, the police self-defined codes
 * (16+1 and 18+1) that mean it, and other labels for it (Census 2011 and data.police.uk sub-labels,
 * Gwent's printed labels). Roma has no police code: none is authoritative (FINDINGS §5).
 * O1 is the 16+1 code for Chinese, which the 18+1 set moved to A4; both are Asian, as in the Census.
 * 16+1 O9 ("any other") also covers Arab, which only the 18+1 set separates (O2).
 */
const CATEGORIES: readonly Row[] = [
  ["White", "English, Welsh, Scottish, Northern Irish or British", ["W1"], [
    "English/Welsh/Scottish/Northern Irish/British", "Welsh/English/Scottish/Northern Irish/British",
    "Welsh, English, Scottish, Northern Irish or British", "White British"]],
  ["White", "Irish", ["W2"], ["White Irish"]],
  ["White", "Gypsy or Irish Traveller", ["W3"], ["Gypsy/Irish Traveller", "White Gypsy or Irish Traveller"]],
  ["White", "Roma", [], ["White Roma"]],
  ["White", "Other White", ["W9"], ["Any other White background", "Other White background", "Any other White", "White Other"]],
  ["Mixed", "White and Black Caribbean", ["M1"], ["White/Black Caribbean"]],
  ["Mixed", "White and Black African", ["M2"], ["White/Black African"]],
  ["Mixed", "White and Asian", ["M3"], ["White/Asian"]],
  ["Mixed", "Other Mixed or Multiple ethnic groups", ["M9"], [
    "Any other Mixed/Multiple ethnic background", "Any other Mixed or Multiple ethnic background",
    "Any other Mixed background", "Any other Mixed ethnic background", "Other Mixed background", "Other Mixed"]],
  ["Asian", "Indian", ["A1"], ["Asian Indian"]],
  ["Asian", "Pakistani", ["A2"], ["Asian Pakistani"]],
  ["Asian", "Bangladeshi", ["A3"], ["Asian Bangladeshi"]],
  ["Asian", "Chinese", ["A4", "O1"], ["Asian Chinese"]],
  ["Asian", "Other Asian", ["A9"], ["Any other Asian background", "Other Asian background", "Asian Other"]],
  ["Black", "African", ["B2"], ["Black African"]],
  ["Black", "Caribbean", ["B1"], ["Black Caribbean"]],
  ["Black", "Other Black", ["B9"], [
    "Any other Black/African/Caribbean background", "Any other Black background", "Other Black background", "Black Other"]],
  ["Other", "Arab", ["O2"], []],
  ["Other", "Any other ethnic group", ["O9"], ["Any other ethnic background", "Other ethnic background"]],
];

const UNKNOWN: EthnicCategory = Object.freeze({ ethnicity: "Unknown", ethnicityDetailed: null });
const group = (ethnicity: KnownEthnicGroup): EthnicCategory => Object.freeze({ ethnicity, ethnicityDetailed: null });
const detailed = ([ethnicity, label]: Row): EthnicCategory => Object.freeze({ ethnicity, ethnicityDetailed: label });

/** Self-defined codes (upper case): the 16+1 and 18+1 codes, `NS`, and Gwent's `N3` (officer called away). */
export const ETHNICITY_CODES: ReadonlyMap<string, EthnicCategory> = new Map([
  ...CATEGORIES.flatMap((row) => row[2].map((code) => [code, detailed(row)] as const)),
  ["NS", UNKNOWN],
  ["N3", UNKNOWN],
]);

/** Names of the five groups, alone or as the prefix of a sub-label (Census 2011, Census 2021, data.police.uk). */
export const ETHNIC_GROUP_NAMES: ReadonlyMap<string, KnownEthnicGroup> = keyed<KnownEthnicGroup>([
  [["White"], "White"],
  [["Mixed", "Mixed/Multiple ethnic groups", "Mixed/Multiple ethnic group", "Mixed or Multiple ethnic groups", "Mixed or Multiple"], "Mixed"],
  [["Asian", "Asian/Asian British", "Asian or Asian British", "Asian British", "Asian, Asian British or Asian Welsh"], "Asian"],
  [["Black", "Black/African/Caribbean/Black British", "Black or Black British", "Black British", "Black, Black British, Black Welsh, Caribbean or African"], "Black"],
  [["Other", "Other ethnic group", "Other ethnic groups"], "Other"],
]);

/** Values meaning "not stated": recognised, and classified Unknown. */
export const NOT_STATED: ReadonlySet<string> = new Set(
  keyed([[["Not stated", "Not disclosed", "Prefer not to say", "Refused", "Officer called away", "Unknown", "Not known", "Not recorded"], 0]]).keys(),
);

/** Every label that names one category or group on its own, without a prefix. */
export const ETHNICITY_LABELS: ReadonlyMap<string, EthnicCategory> = new Map([
  ...keyed(CATEGORIES.map((row) => [[row[1], ...row[3]], detailed(row)] as const)),
  ...[...ETHNIC_GROUP_NAMES].map(([key, name]) => [key, group(name)] as const),
  ...[...NOT_STATED].map((key) => [key, UNKNOWN] as const),
]);

const ofLabel = (label: string): EthnicCategory => detailed(CATEGORIES.find((row) => row[1] === label) as Row);

/** A sub-label of "other" after a group prefix ("Asian - Other") means that group's "other" category. */
export const OTHER_OF_GROUP: Readonly<Record<KnownEthnicGroup, EthnicCategory>> = Object.freeze({
  White: ofLabel("Other White"),
  Mixed: ofLabel("Other Mixed or Multiple ethnic groups"),
  Asian: ofLabel("Other Asian"),
  Black: ofLabel("Other Black"),
  Other: ofLabel("Any other ethnic group"),
});

export { UNKNOWN as UNKNOWN_ETHNICITY };
