import { extractText } from "../_internal/extractText.js";
import { WELSH_LOCAL_AUTHORITIES } from "../baselines/data/wimd2019Lsoas.js";
import { deprivationOfLsoa } from "../baselines/deprivationOfLsoa.js";

/** The result of {@link localAuthorityOfLsoa}: a local authority, with its code when it is Welsh. */
export interface LsoaLocalAuthority {
  /** The ONS local authority code, e.g. `"W06000019"`; `null` for a local authority outside Wales. */
  readonly code: string | null;
  /** The local authority's English name, e.g. `"Blaenau Gwent"`. */
  readonly name: string;
}

const FN = "localAuthorityOfLsoa";

const WELSH_BY_NAME = new Map(WELSH_LOCAL_AUTHORITIES.map(([code, name]) => [name.toLowerCase(), Object.freeze({ code, name })]));

/**
 * The local authority of an LSOA, told from its 2011 code (Welsh LSOAs) or from its name, which
 * ONS forms as the local authority's name and a number and letter (`"Blaenau Gwent 001A"`).
 *
 * @remarks
 * A Welsh 2011 LSOA code (`W01…`) is looked up in WIMD 2019 (see {@link deprivationOfLsoa}); a code
 * that is not there (an English `E01…` code, or a Welsh code new in 2021, W01001959 on) gives `null`,
 * because the package holds no lookup for it. data.police.uk's recent files use 2021 LSOAs, so when
 * the code gives `null`, try the LSOA name. A name gives the local authority named in it, whether or not the LSOA
 * exists (the name alone is read, so 2021 LSOA names work too); the 22 Welsh authorities are
 * matched ignoring case and get their code and canonical name. Gwent's data.police.uk files also
 * carry LSOAs in England (`"Forest of Dean 006C"`, `"Bristol 032B"`): these give the name as
 * written with `code: null`, since the package holds no English codes, so callers can still count
 * them as outside the force. Anything else (a blank, a bare area name, a typo) gives `null`.
 *
 * @param codeOrName - an LSOA code such as `"W01001421"` or name such as `"Newport 014C"`
 * @returns a frozen {@link LsoaLocalAuthority}, or `null` when nothing can be told
 * @throws {@link ArgumentError} when `codeOrName` is neither a string nor `null`/`undefined`
 *
 * @example
 * ```ts
 * localAuthorityOfLsoa("W01001421")?.name // => "Caerphilly"
 * localAuthorityOfLsoa("Blaenau Gwent 001A")?.code // => "W06000019"
 * localAuthorityOfLsoa("Forest of Dean 006C")?.code // => null
 * localAuthorityOfLsoa("Forest of Dean 006C")?.name // => "Forest of Dean"
 * localAuthorityOfLsoa("E01000001") // => null
 * ```
 */
export function localAuthorityOfLsoa(codeOrName: string | null | undefined): LsoaLocalAuthority | null {
  const text = extractText(FN, "codeOrName", codeOrName);
  if (text === null) return null;
  if (/^[EWSN]0[01]\d{6}$/i.test(text)) {
    const la = deprivationOfLsoa(text)?.localAuthority;
    return la ? Object.freeze({ code: la.code, name: la.name }) : null;
  }
  const named = /^(\S.*?) (\d{3}[A-Z])$/i.exec(text.replace(/\s+/g, " "));
  if (!named) return null;
  const name = named[1] as string;
  return WELSH_BY_NAME.get(name.toLowerCase()) ?? Object.freeze({ code: null, name });
}
