import { classifyAgeBand } from "../classify/classifyAgeBand.js";
import type { AgeBand } from "../classify/policeUkAgeBands.js";
import { classifyEthnicity } from "../classify/classifyEthnicity.js";
import { classifyOfficerEthnicity } from "../classify/classifyOfficerEthnicity.js";
import { classifySex } from "../classify/classifySex.js";
import { parseExtractDate } from "../classify/parseExtractDate.js";
import { parseMonth } from "../classify/parseMonth.js";
import type { ColumnSpec, FieldResult } from "../csv/types.js";
import { NOT_QUICK, withByteReader } from "./byteParse.js";
import { isoDateTimeTimeOfBytes, londonDateOfTime } from "./londonCalendar.js";
import { markPure } from "./pureParse.js";
import { quickIsoDate, quickLondonDate } from "./quickIsoDate.js";

// Column specs shared by the schemas. Each reads trimmed text; a blank value is `null` unless the
// column is required (then the row is rejected before `parse` runs).

const blank = (raw: string) => raw === "";
// Shared results (frozen: the reader never changes them).
const NULL_VALUE: FieldResult = Object.freeze({ value: null });
const TRUE_VALUE: FieldResult = Object.freeze({ value: true });
const FALSE_VALUE: FieldResult = Object.freeze({ value: false });

/** Free text: the trimmed value, `null` when blank. */
export function text(names: readonly string[], options: { required?: boolean; optional?: boolean } = {}): ColumnSpec {
  return { names, ...options };
}

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * `Number(text)` for a plain decimal of at most 15 digits (`51.576305`, `-3.1`, `12`) written in
 * `code(start) … code(end - 1)`, read without the general conversion; NaN for anything else, to
 * be read by `Number`. Exact: the digits form an integer below 2^53 and the power of ten is
 * exact, so the one division rounds as `Number` does.
 */
function plainDecimal(codes: { readonly [i: number]: number }, start: number, end: number): number {
  let i = codes[start] === 45 ? start + 1 : start;
  let digits = 0;
  let scale = -1;
  let value = 0;
  for (; i < end; i++) {
    const c = codes[i] as number;
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
    } else if (c === 46 && scale === -1) scale = end - i - 1;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  if (scale > 0) value /= POWERS_OF_TEN[scale] as number;
  return codes[start] === 45 ? -value : value;
}

/**
 * Whether `bytes[start, end)` is blank or a decimal {@link plainDecimal} reads (never NaN), found
 * without working out the number.
 */
function isPlainDecimal(bytes: Uint8Array, start: number, end: number): boolean {
  if (start === end) return true;
  const first = bytes[start] === 45 ? start + 1 : start;
  let point = false;
  for (let i = first; i < end; i++) {
    const c = bytes[i] as number;
    if (c >= 48 && c <= 57) continue;
    if (c !== 46 || point) return false;
    point = true;
  }
  const digits = end - first - (point ? 1 : 0);
  return digits > 0 && digits <= 15;
}

const scratch = new Uint16Array(32);

/** {@link plainDecimal} of text. */
function quickDecimal(raw: string): number {
  const n = raw.length;
  if (n > scratch.length) return NaN;
  for (let i = 0; i < n; i++) scratch[i] = raw.charCodeAt(i);
  return plainDecimal(scratch, 0, n);
}

/** A number (thousands separators allowed), `null` when blank. */
export function number(names: readonly string[], options: { required?: boolean; optional?: boolean; integer?: boolean; min?: number } = {}): ColumnSpec {
  const problem = (n: number) => (options.integer && !Number.isInteger(n) ? "not a whole number" : options.min !== undefined && n < options.min ? `below ${options.min}` : null);
  const parse = (raw: string): FieldResult => {
    if (blank(raw)) return NULL_VALUE;
    let n = quickDecimal(raw);
    if (Number.isNaN(n)) n = Number(raw.indexOf(",") === -1 ? raw : raw.replace(/,/g, ""));
    if (!Number.isFinite(n)) return { error: "not a number" };
    const error = problem(n);
    return error === null ? { value: n } : { error };
  };
  const fromBytes = (bytes: Uint8Array, start: number, end: number) => {
    if (start === end) return null;
    const n = plainDecimal(bytes, start, end);
    return Number.isNaN(n) || problem(n) !== null ? NOT_QUICK : n;
  };
  // Without a whole-number or minimum rule, any plain decimal is a number the column takes.
  const check = options.integer || options.min !== undefined ? (bytes: Uint8Array, start: number, end: number) => fromBytes(bytes, start, end) !== NOT_QUICK : isPlainDecimal;
  return { names, ...options, parse: withByteReader(parse, fromBytes, check) };
}

const TRUE = new Set(["true", "yes", "y", "1"]);
const FALSE = new Set(["false", "no", "n", "0"]);

/** A flag: True/False, Yes/No, Y/N or 1/0 (any case), `null` when blank. */
export function flag(names: readonly string[], options: { required?: boolean; optional?: boolean } = {}): ColumnSpec {
  return {
    names,
    ...options,
    parse: markPure((raw): FieldResult => {
      if (blank(raw)) return NULL_VALUE;
      const v = raw.toLowerCase();
      if (TRUE.has(v)) return TRUE_VALUE;
      if (FALSE.has(v)) return FALSE_VALUE;
      return { error: "not a true/false value" };
    }),
  };
}

/**
 * A date in the allowed formats, read on the Europe/London calendar; value `{ date, instant }`.
 * ISO date-times in the usual `YYYY-MM-DDTHH:MM:SS±HH:MM` shape take a fast path with the same result.
 */
export function date(names: readonly string[], formats: readonly ("iso" | "uk" | "excel")[], options: { required?: boolean; optional?: boolean } = {}): ColumnSpec {
  // Text of that shape is in no other format, so the fast path serves whenever "iso" is allowed.
  const iso = formats.includes("iso");
  const parse = (raw: string): FieldResult => {
    if (blank(raw)) return { value: null };
    const quick = iso ? quickIsoDate(raw) : undefined;
    if (quick !== undefined) return { value: quick };
    const parsed = parseExtractDate(raw, { formats });
    return parsed ? { value: parsed } : { error: `not a date (${formats.join(", ")})` };
  };
  const fromBytes = (bytes: Uint8Array, start: number, end: number) => {
    if (start === end) return null;
    const time = iso ? isoDateTimeTimeOfBytes(bytes, start, end) : undefined;
    const date = time === undefined ? null : londonDateOfTime(time);
    return date === null ? NOT_QUICK : Object.freeze({ date, instant: Object.freeze(new Date(time as number)) });
  };
  // Pure: the readers remember each distinct date text's value (a date-only column holds a few
  // thousand in millions of rows), and rows of one date share it. (The built-in records take the
  // calendar date from it, never the instant, whose Date could otherwise be changed through one.)
  return { names, ...options, parse: withByteReader(markPure(parse), fromBytes) };
}

/**
 * A date in the allowed formats; value the Europe/London calendar date `{ year, month, day }`
 * alone (what {@link date} gives as `date`), for schemas that assign periods and need no instant.
 */
export function londonDate(names: readonly string[], formats: readonly ("iso" | "uk" | "excel")[], options: { required?: boolean; optional?: boolean } = {}): ColumnSpec {
  const iso = formats.includes("iso");
  const parse = (raw: string): FieldResult => {
    if (blank(raw)) return NULL_VALUE;
    const quick = iso ? quickLondonDate(raw) : undefined;
    if (quick !== undefined) return { value: quick };
    const parsed = parseExtractDate(raw, { formats });
    return parsed ? { value: parsed.date } : { error: `not a date (${formats.join(", ")})` };
  };
  const fromBytes = (bytes: Uint8Array, start: number, end: number) => {
    if (start === end) return null;
    const time = iso ? isoDateTimeTimeOfBytes(bytes, start, end) : undefined;
    return (time === undefined ? null : londonDateOfTime(time)) ?? NOT_QUICK;
  };
  return { names, ...options, parse: withByteReader(markPure(parse), fromBytes) };
}

/** A month `YYYY-MM`; value `{ year, month }`. */
export function month(names: readonly string[], options: { required?: boolean; optional?: boolean } = {}): ColumnSpec {
  return {
    names,
    ...options,
    parse: markPure((raw): FieldResult => {
      if (blank(raw)) return { value: null };
      const parsed = parseMonth(raw);
      return parsed ? { value: parsed } : { error: "not a month (YYYY-MM)" };
    }),
  };
}

/** A code normalised by a classifier; an unknown code is kept as Unknown and counted, not rejected. */
function classified<T extends { recognised: boolean }>(classify: (raw: string) => T) {
  return (names: readonly string[], options: { required?: boolean; optional?: boolean } = {}): ColumnSpec => ({
    names,
    ...options,
    parse: markPure((raw): FieldResult => {
      const result = classify(raw);
      return result.recognised ? { value: result } : { value: result, unrecognised: true };
    }),
  });
}

/** Self-defined ethnicity; value from {@link classifyEthnicity}. */
export const selfDefinedEthnicity = classified(classifyEthnicity);
/** Officer-defined ethnicity; value from {@link classifyOfficerEthnicity}. */
export const officerDefinedEthnicity = classified(classifyOfficerEthnicity);
/** Sex or gender; value from {@link classifySex}. */
export const sex = classified(classifySex);
/** Age or age band; value from {@link classifyAgeBand}. */
export const ageBand = classified((raw: string) => classifyAgeBand(raw));

// Builders for the force-defined schemas (incidents, custody, HR): coded lists, lenient flags,
// money and durations.

/** The key a code list is matched on: lower case, every run of punctuation or spaces one space. */
export function codeKey(raw: string): string {
  return raw.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

/** A code list: canonical value by {@link codeKey} of each accepted label. */
export type CodeList<T extends string> = Readonly<Record<string, T>>;

/** Builds a {@link CodeList} from canonical values and the labels each accepts. */
export function codeList<T extends string>(labels: Readonly<Record<T, readonly string[]>>): CodeList<T> {
  const list: Record<string, T> = {};
  for (const [value, accepted] of Object.entries(labels) as [T, readonly string[]][]) {
    for (const label of [value, ...accepted]) list[codeKey(label)] = value;
  }
  return Object.freeze(list);
}

/**
 * A coded value mapped to a canonical union: blank (or a label mapped to `"Unknown"`) is
 * `"Unknown"`; a label the list does not know is `"Unknown"` and counted as unrecognised.
 */
export function coded<T extends string>(names: readonly string[], list: CodeList<T | "Unknown">, options: { required?: boolean; optional?: boolean } = {}): ColumnSpec {
  return {
    names,
    ...options,
    parse: markPure((raw): FieldResult => {
      if (blank(raw)) return { value: "Unknown" };
      const value = list[codeKey(raw)];
      return value === undefined ? { value: "Unknown", unrecognised: true } : { value };
    }),
  };
}

/**
 * A list of codes in one field, separated by `;` or `|`: value the distinct canonical values in
 * the list's order of first appearance (blank or a "none" label → `[]`); an unknown item adds
 * `"Unknown"` and the raw field is counted as unrecognised.
 */
export function codedSet<T extends string>(names: readonly string[], list: CodeList<T | "none">, options: { required?: boolean; optional?: boolean } = {}): ColumnSpec {
  return {
    names,
    ...options,
    parse: (raw): FieldResult => {
      const values = new Set<T | "Unknown">();
      let unknown = false;
      for (const item of raw.split(/[;|]/)) {
        if (blank(item.trim())) continue;
        const value = list[codeKey(item)];
        if (value === undefined) unknown = true;
        else if (value !== "none") values.add(value as T);
      }
      if (unknown) values.add("Unknown");
      return unknown ? { value: [...values], unrecognised: true } : { value: [...values] };
    },
  };
}

const UNKNOWN_FLAG = new Set(["unknown", "not known", "not recorded", "not stated", "n k", "nk", "u"]);

/**
 * A flag that never rejects the row: True/False, Yes/No, Y/N or 1/0 (any case) as a boolean;
 * blank or "unknown"/"not known"/"not recorded" as `null`; anything else `null` and unrecognised.
 */
export function lenientFlag(names: readonly string[], options: { optional?: boolean } = {}): ColumnSpec {
  return {
    names,
    ...options,
    parse: markPure((raw): FieldResult => {
      const v = raw.toLowerCase();
      if (TRUE.has(v)) return { value: true };
      if (FALSE.has(v)) return { value: false };
      if (blank(raw) || UNKNOWN_FLAG.has(codeKey(raw))) return { value: null };
      return { value: null, unrecognised: true };
    }),
  };
}

/** An amount of money: a number, with an optional leading `£` and thousands separators; `null` when blank. */
export function money(names: readonly string[], options: { required?: boolean; optional?: boolean } = {}): ColumnSpec {
  const inner = number(names, { ...options, min: 0 });
  return { ...inner, parse: (raw) => (inner.parse as (raw: string) => FieldResult)(raw.replace(/^£\s*/, "")) };
}

/** A duration in hours: decimal hours (`5.75`) or `H:MM`/`H:MM:SS` (`5:45`); `null` when blank. */
export function hours(names: readonly string[], options: { required?: boolean; optional?: boolean } = {}): ColumnSpec {
  const decimal = number(names, { ...options, min: 0 });
  return {
    ...decimal,
    parse: (raw): FieldResult => {
      const clock = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(raw);
      if (!clock) return (decimal.parse as (raw: string) => FieldResult)(raw);
      return { value: Number(clock[1]) + Number(clock[2]) / 60 + Number(clock[3] ?? 0) / 3600 };
    },
  };
}

/** Age or age band placed in the given bands; value from {@link classifyAgeBand}. */
export function ageBandIn(bands: readonly AgeBand[]) {
  return classified((raw: string) => classifyAgeBand(raw, bands));
}

const DAY_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const YEAR_FIRST = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A calendar date as written, with or without a clock time, read with no time zone: value
 * `"YYYY-MM-DD"`, `null` when blank. Accepts day-first `dd/mm/yyyy` and year-first `yyyy/mm/dd`
 * or `yyyy-mm-dd`, each optionally followed by a space (or `T`) and `HH:MM` or `HH:MM:SS[.fff]`
 * (the GOV.UK gender pay gap service writes `31/03/2020 00:00:00`, `2022/03/31 00:00:00` and
 * `31/03/2019 00:00`). The time is checked (hours 0–23, minutes and seconds 0–59) and dropped; the
 * date must exist (29 February only in leap years). Text with a zone (`Z`, `+01:00`) or any
 * other shape is an error, since the day it names would depend on the zone.
 */
export function calendarDate(names: readonly string[], options: { required?: boolean; optional?: boolean } = {}): ColumnSpec {
  const error: FieldResult = Object.freeze({ error: "not a date (dd/mm/yyyy or yyyy/mm/dd, optionally with HH:MM[:SS])" });
  return {
    names,
    ...options,
    parse: markPure((raw): FieldResult => {
      if (blank(raw)) return NULL_VALUE;
      const dayFirst = DAY_FIRST.exec(raw);
      const m = dayFirst ?? YEAR_FIRST.exec(raw);
      if (m === null) return error;
      const [year, month, day] = (dayFirst ? [m[3], m[2], m[1]] : [m[1], m[2], m[3]]).map(Number) as [number, number, number];
      const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
      const monthDays = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);
      if (day < 1 || day > monthDays || Number(m[4] ?? 0) > 23 || Number(m[5] ?? 0) > 59 || Number(m[6] ?? 0) > 59) return error;
      return { value: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` };
    }),
  };
}
