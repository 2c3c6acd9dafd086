import { chooseReference } from "./stagesReference.js";
import { rate, type RateMethod } from "../stats/rate.js";
import { rateRatio, type RateRatioMethod } from "../stats/rateRatio.js";
import { checkChoice } from "./checkChoice.js";
import { checkLevel, checkMethod, checkPositive } from "./validate.js";
import type { GroupEntries } from "./workforceCounts.js";
import type { StaffRateRow, StaffRatesResult } from "../paygap/staffRates.js";

/** The settings of a rate table, already checked. */
export interface StaffRateSettings {
  readonly per: number;
  readonly level: number;
  readonly method: RateRatioMethod;
  readonly rateMethod: RateMethod;
  readonly reference: unknown;
  readonly unknown: ReadonlySet<string>;
}

const RATIO_METHODS: readonly RateRatioMethod[] = ["exact", "mid-p", "wald"];
const RATE_METHODS: readonly RateMethod[] = ["exact", "auto", "byar", "wald"];

/** The checked rate options of a function that builds a rate table: level, methods (exact by default) and `per` (1,000). */
export function checkRateSettings(fn: string, opts: { readonly level?: unknown; readonly method?: unknown; readonly rateMethod?: unknown; readonly per?: unknown }) {
  return {
    level: checkLevel(fn, opts.level),
    method: checkMethod(fn, opts.method, RATIO_METHODS, "exact"),
    rateMethod: checkChoice(fn, "options.rateMethod", opts.rateMethod, RATE_METHODS, "exact"),
    per: opts.per === undefined ? 1000 : checkPositive(fn, "options.per", opts.per),
  };
}

/**
 * Events over headcount for each group, each rate by {@link rate} and each ratio against the
 * reference by {@link rateRatio}; unknown groups summed and reported apart. Rows: headcount groups
 * in order, then groups with events but no headcount.
 */
export function staffRateTable(fn: string, events: GroupEntries, headcount: GroupEntries, s: StaffRateSettings): StaffRatesResult {
  const known = new Map<string, string>();
  for (const source of [headcount, events]) for (const [key, e] of source) if (!s.unknown.has(key) && !known.has(key)) known.set(key, e.group);
  const sizes = [...known].map(([key, group]) => ({ group, size: headcount.get(key)?.count ?? 0 }));
  const reference = sizes.length === 0 && s.reference === undefined ? null : chooseReference(fn, sizes, s.reference);
  const refKey = reference === null ? null : [...known].find(([, g]) => g === reference)?.[0];
  const refEvents = refKey ? (events.get(refKey)?.count ?? 0) : 0;
  const refHeadcount = refKey ? headcount.get(refKey)?.count : undefined;
  const rows = [...known].map(([key, group]): StaffRateRow => {
    const count = events.get(key)?.count ?? 0;
    const people = headcount.get(key)?.count;
    const base = { group, events: count, headcount: people ?? null };
    if (people === undefined) return { ...base, status: "no-headcount", rate: null, ratio: null };
    if (people === 0) return { ...base, status: "zero-headcount", rate: null, ratio: null };
    const r = rate(count, people, { per: s.per, level: s.level, method: s.rateMethod });
    if (group === reference) return { ...base, status: "reference", rate: r, ratio: null };
    if (refHeadcount === undefined || refHeadcount === 0) return { ...base, status: "reference-unavailable", rate: r, ratio: null };
    const ratio = rateRatio({ count, population: people }, { count: refEvents, population: refHeadcount }, { level: s.level, method: s.method });
    return { ...base, status: "ok", rate: r, ratio };
  });
  const sum = (source: GroupEntries, unknown: boolean) => [...source].reduce((t, [key, e]) => t + (s.unknown.has(key) === unknown ? e.count : 0), 0);
  const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  const unknownEvents = sum(events, true);
  const unknownHeadcount = sum(headcount, true);
  return {
    reference,
    per: s.per,
    level: s.level,
    method: s.method,
    rateMethod: s.rateMethod,
    rows,
    unknown: {
      events: unknownEvents,
      headcount: unknownHeadcount,
      eventShare: share(unknownEvents, unknownEvents + sum(events, false)),
      headcountShare: share(unknownHeadcount, unknownHeadcount + sum(headcount, false)),
    },
  };
}
