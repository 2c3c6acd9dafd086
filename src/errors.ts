/**
 * The error thrown for an invalid argument: a negative count, a population of zero, a
 * confidence level given as a percentage, an unknown method name.
 *
 * @remarks
 * It is a `RangeError` so that existing `instanceof RangeError` checks keep working. Its
 * message always names the function, the parameter, the rule it broke and the value received,
 * e.g. `rate: population must be greater than 0; received -3`. Valid but degenerate data (a
 * zero count, a zero reference group) never throws: the result carries a `status` instead.
 *
 * @example
 * ```ts
 * const error = (() => { try { rate(5, -3); } catch (caught) { return caught as ArgumentError; } })();
 * error instanceof RangeError // => true
 * error?.param // => "population"
 * error?.message // => "rate: population must be greater than 0; received -3"
 * ```
 */
export class ArgumentError extends RangeError {
  /** A stable machine-readable code: always `"ERR_DISPROPORTIONALITY_ARGUMENT"`. */
  readonly code = "ERR_DISPROPORTIONALITY_ARGUMENT";
  /** The public function that rejected the argument, e.g. `"rate"`. */
  readonly fn: string;
  /** The parameter at fault, e.g. `"population"` or `"options.level"`. */
  readonly param: string;
  /** The rule the value broke, e.g. `"must be greater than 0"`. */
  readonly rule: string;
  /** The value received, as passed. */
  readonly received: unknown;

  /**
   * @param fn - the public function that rejected the argument
   * @param param - the parameter at fault
   * @param rule - the rule broken, phrased to follow the parameter name
   * @param received - the offending value
   * @param hint - an optional suggestion appended to the message
   */
  constructor(fn: string, param: string, rule: string, received: unknown, hint?: string) {
    super(`${fn}: ${param} ${rule}; received ${describe(received)}${hint ? ` (${hint})` : ""}`);
    this.name = "ArgumentError";
    this.fn = fn;
    this.param = param;
    this.rule = rule;
    this.received = received;
  }
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return `a value of type ${typeof value}`;
}
