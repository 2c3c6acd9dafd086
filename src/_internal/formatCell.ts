import { ArgumentError } from "../errors.js";

/** How numbers are written: significant figures, fixed decimals, or (neither) shortest round-trip. */
export interface NumberFormat {
  readonly digits?: number | undefined;
  readonly decimals?: number | undefined;
}

/** A cell as text, and whether it came from a number (numbers are never neutralised or left-aligned). */
export interface FormattedCell {
  readonly text: string;
  readonly numeric: boolean;
}

function checkWhole(fn: string, param: string, value: unknown, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new ArgumentError(fn, param, `must be a whole number from ${min} to ${max}`, value);
  }
  return value;
}

/** Checks `options.digits` and `options.decimals` (at most one of them). */
export function checkNumberFormat(fn: string, options: { readonly digits?: unknown; readonly decimals?: unknown }): NumberFormat {
  const digits = checkWhole(fn, "options.digits", options.digits, 1, 17);
  const decimals = checkWhole(fn, "options.decimals", options.decimals, 0, 20);
  if (digits !== undefined && decimals !== undefined) {
    throw new ArgumentError(fn, "options.decimals", "must not be given together with options.digits", decimals);
  }
  return { digits, decimals };
}

/**
 * Writes a number without locale: ±Infinity as "Inf"/"-Inf"; `decimals` by `toFixed`, `digits` by
 * `toPrecision` then the shortest form, otherwise the shortest round-trip form (`String`); a
 * negative zero, or a negative value that rounds to zero, is written without its sign.
 */
export function formatNumber(value: number, format: NumberFormat): string {
  if (value === Infinity) return "Inf";
  if (value === -Infinity) return "-Inf";
  let text: string;
  if (format.decimals !== undefined) text = value.toFixed(format.decimals);
  else if (format.digits !== undefined) text = String(Number(value.toPrecision(format.digits)));
  else text = String(value);
  return /^-[0.]*$/.test(text) ? text.slice(1) : text;
}

/** Turns one cell value into text; NaN and values of other types throw, naming `param`. */
export function formatCell(fn: string, param: string, value: unknown, format: NumberFormat): FormattedCell {
  if (value === null || value === undefined) return { text: "", numeric: false };
  if (typeof value === "string") return { text: value, numeric: false };
  if (typeof value === "boolean") return { text: value ? "true" : "false", numeric: false };
  if (typeof value === "number") {
    if (Number.isNaN(value)) throw new ArgumentError(fn, param, "must not be NaN", value);
    return { text: formatNumber(value, format), numeric: true };
  }
  throw new ArgumentError(fn, param, "must be a string, number, boolean, null or undefined", value);
}
