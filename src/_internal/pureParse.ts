import type { FieldResult } from "../csv/types.js";

type Parse = (raw: string) => FieldResult;

// Column parsers of the built-in field kinds whose result depends on the raw text alone. The reader
// remembers their results per distinct raw value during one read (coded columns such as
// ethnicity, sex or outcome hold a few dozen distinct values in millions of rows).
const pure = new WeakSet<Parse>();

/** Marks a column parser as a pure function of the raw text; returns it. */
export function markPure(parse: Parse): Parse {
  pure.add(parse);
  return parse;
}

/** Whether a column parser was marked with {@link markPure}. */
export function isPure(parse: Parse): boolean {
  return pure.has(parse);
}
