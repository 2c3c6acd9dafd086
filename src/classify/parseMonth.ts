import { extractText } from "../_internal/extractText.js";
import type { YearMonth } from "./types.js";

/**
 * Reads a `YYYY-MM` month, as in data.police.uk's street-level crime and outcomes files
 * (`Month` column), for {@link financialYear} and {@link financialQuarter}.
 *
 * @remarks
 * Exactly four digits, a hyphen and two digits from 01 to 12, after trimming. Returns `null` (never
 * throws) for a blank or any other text, such as `"2019-13"`, `"2019-4"` or `"2019-04-01"` (a date:
 * use {@link parseExtractDate}).
 *
 * @param raw - the value from the extract
 * @returns a frozen {@link YearMonth}, or `null` when the value is not a month
 * @throws {@link ArgumentError} when `raw` is neither a string nor `null`/`undefined`
 *
 * @example
 * ```ts
 * parseMonth("2019-04")?.month // => 4
 * parseMonth("2019-13") // => null
 * ```
 */
export function parseMonth(raw: string | null | undefined): YearMonth | null {
  const text = extractText("parseMonth", "raw", raw);
  const match = text === null ? null : /^([1-9]\d{3})-(0[1-9]|1[0-2])$/.exec(text);
  return match ? Object.freeze({ year: Number(match[1]), month: Number(match[2]) }) : null;
}
