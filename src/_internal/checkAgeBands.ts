import { ArgumentError } from "../errors.js";
import type { AgeBand } from "../classify/policeUkAgeBands.js";

/** Checks age bands: a non-empty array of `{ group, from, to }` with whole ages, none overlapping. */
export function checkAgeBands(fn: string, param: string, bands: unknown): readonly AgeBand[] {
  if (!Array.isArray(bands) || bands.length === 0) throw new ArgumentError(fn, param, "must be a non-empty array of { group, from, to }", bands);
  (bands as AgeBand[]).forEach((band, i) => {
    if (typeof band?.group !== "string" || !Number.isInteger(band.from) || band.from < 0 || (band.to !== null && !(Number.isInteger(band.to) && band.to >= band.from))) {
      throw new ArgumentError(fn, `${param}[${i}]`, "must be { group, from, to } with whole ages, to ≥ from or null", band);
    }
    (bands as AgeBand[]).slice(0, i).forEach((other, j) => {
      const to = other.to === null ? band.to : band.to === null ? other.to : Math.min(other.to, band.to);
      if (to === null || to >= Math.max(other.from, band.from)) {
        throw new ArgumentError(fn, `${param}[${i}]`, `must not overlap ${param}[${j}] ("${other.group}")`, band.group);
      }
    });
  });
  return bands as readonly AgeBand[];
}

/**
 * The ages an age-range label covers, read strictly from the whole label (already a look-up key):
 * `"10-17"`, `"10 to 17"`, `"under 10"`, `"over 34"`, `"35+"`, `"35 and over"`, `"9 and under"`,
 * optionally after `"aged "` and before `" years"`. `null` when the label is not one of these.
 */
export function ageRangeOfLabel(key: string): { from: number; to: number | null } | null {
  const label = key.replace(/^aged /, "").replace(/ years?$/, "");
  let m = /^(\d+) ?(?:-|to) ?(\d+)$/.exec(label);
  if (m) return Number(m[2]) >= Number(m[1]) ? { from: Number(m[1]), to: Number(m[2]) } : null;
  m = /^under (\d+)$/.exec(label);
  if (m) return Number(m[1]) >= 1 ? { from: 0, to: Number(m[1]) - 1 } : null;
  m = /^(\d+) (?:and|or) under$/.exec(label);
  if (m) return { from: 0, to: Number(m[1]) };
  m = /^(?:over|above) (\d+)$/.exec(label);
  if (m) return { from: Number(m[1]) + 1, to: null };
  m = /^(\d+)(?: ?\+| (?:and|or) (?:over|above|older))$/.exec(label);
  if (m) return { from: Number(m[1]), to: null };
  return null;
}
