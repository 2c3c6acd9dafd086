import { freezeResult } from "../_internal/freeze.js";
import { ArgumentError } from "../errors.js";
import { WELSH_LOCAL_AUTHORITIES, WIMD_2019_LSOAS } from "./data/wimd2019Lsoas.js";

/** A WIMD 2019 quintile of Welsh LSOAs: `"Q1"` is the most deprived fifth, `"Q5"` the least. */
export type WimdQuintile = "Q1" | "Q2" | "Q3" | "Q4" | "Q5";

/** The result of {@link deprivationOfLsoa}. */
export interface LsoaDeprivation {
  /** The 2011 LSOA: its code and its English name in WIMD 2019, e.g. `"St. James 3"`. */
  readonly lsoa: {
    /** The LSOA code, upper-case, e.g. `"W01001421"`. */
    readonly code: string;
    /** The LSOA's English name in WIMD 2019, e.g. `"St. James 3"`. */
    readonly name: string;
  };
  /** The local authority the LSOA lies in. */
  readonly localAuthority: {
    /** The ONS local authority code, e.g. `"W06000018"`. */
    readonly code: string;
    /** The local authority's English name, e.g. `"Caerphilly"`. */
    readonly name: string;
  };
  /** The WIMD 2019 overall rank, 1 (most deprived) to 1,909 (least deprived). */
  readonly rank: number;
  /** The official all-Wales decile, 1 (most deprived tenth) to 10. */
  readonly decile: number;
  /** The official all-Wales quintile, `"Q1"` (most deprived fifth) to `"Q5"`. */
  readonly quintile: WimdQuintile;
}

const FN = "deprivationOfLsoa";

/**
 * The Welsh Index of Multiple Deprivation 2019 rank, decile and quintile of a Welsh 2011 LSOA, and
 * its local authority: for classifying records (a crime's LSOA code, say) by deprivation.
 *
 * @remarks
 * Covers all 1,909 Welsh 2011 LSOAs (W01000001–W01001958), not only Gwent's 368. Deciles and
 * quintiles are the official all-Wales groupings from Welsh Government's WIMD 2019 workbook
 * (sheet `Deciles_quintiles_quartiles`; quintile 1 = ranks 1–382), not groupings within Gwent.
 * WIMD 2019 uses 2011 LSOAs: a 2021 LSOA code that is not also a 2011 code is not found.
 * The code is trimmed and upper-cased before look-up. Anything that is not a Welsh 2011 LSOA code in
 * WIMD 2019 (an English code, a blank, a typo) gives `null` rather than an error, because records
 * carry codes that cannot be classified. Source: Welsh Government, WIMD 2019 (27 November 2019),
 * Open Government Licence v3.0.
 *
 * @param code - a 2011 LSOA code such as `"W01001421"`
 * @returns a frozen {@link LsoaDeprivation}, or `null` for a string that is not a Welsh 2011 LSOA code
 * @throws {@link ArgumentError} when `code` is not a string
 *
 * @example
 * ```ts
 * const stJames = deprivationOfLsoa("W01001421");
 * stJames?.lsoa.name // => "St. James 3"
 * stJames?.localAuthority.name // => "Caerphilly"
 * stJames?.rank // => 3
 * stJames?.quintile // => "Q1"
 * deprivationOfLsoa("E01000001") // => null
 * ```
 */
export function deprivationOfLsoa(code: string): LsoaDeprivation | null {
  if (typeof code !== "string") throw new ArgumentError(FN, "code", "must be a string", code);
  const wanted = code.trim().toUpperCase();
  if (!/^W01\d{6}$/.test(wanted)) return null;
  const row = find(Number(wanted.slice(3)));
  if (!row) return null;
  const [, la, rank, decile, quintile, name] = row;
  const [laCode, laName] = WELSH_LOCAL_AUTHORITIES[la] as readonly [string, string];
  return freezeResult({
    lsoa: { code: wanted, name },
    localAuthority: { code: laCode, name: laName },
    rank,
    decile,
    quintile: `Q${quintile}` as WimdQuintile,
  });
}

/** Binary search of the LSOAs, which are sorted by code number. */
function find(number: number) {
  let low = 0;
  let high = WIMD_2019_LSOAS.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const row = WIMD_2019_LSOAS[mid] as (typeof WIMD_2019_LSOAS)[number];
    if (row[0] === number) return row;
    if (row[0] < number) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}
