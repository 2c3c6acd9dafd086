import type { FieldResult } from "../csv/types.js";

/**
 * A column parser that remembers its results for the first `limit` distinct raw values. Coded
 * columns (ethnicity, sex, age band, outcome) hold a few dozen distinct values in millions of
 * rows, so each is classified once. Only for parsers whose result depends on the raw text alone;
 * the results handed out are frozen, as they are shared.
 */
export function memoParse(parse: (raw: string) => FieldResult, limit = 512): (raw: string) => FieldResult {
  const seen = new Map<string, FieldResult>();
  return (raw) => {
    let result = seen.get(raw);
    if (result === undefined) {
      result = Object.freeze(parse(raw));
      if (seen.size < limit) seen.set(raw, result);
    }
    return result;
  };
}
