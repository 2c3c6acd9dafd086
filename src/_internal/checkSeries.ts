import { ArgumentError } from "../errors.js";

/** Checks a series is an array of finite numbers (no missing values) and returns it. */
export function checkSeries(fn: string, param: string, values: unknown): readonly number[] {
  if (!Array.isArray(values)) throw new ArgumentError(fn, param, "must be an array of finite numbers", values);
  values.forEach((v, i) => {
    if (typeof v !== "number" || !Number.isFinite(v)) throw new ArgumentError(fn, `${param}[${i}]`, "must be a finite number", v);
  });
  return values as readonly number[];
}

/** Checks optional times: finite, strictly increasing and one per value; defaults to 1, 2, …, n. */
export function checkTimes(fn: string, times: unknown, n: number): readonly number[] {
  if (times === undefined) return Array.from({ length: n }, (_, i) => i + 1);
  const checked = checkSeries(fn, "options.times", times);
  if (checked.length !== n) throw new ArgumentError(fn, "options.times", `must have one time per value (${n})`, times);
  checked.forEach((t, i) => {
    if (i > 0 && t <= (checked[i - 1] as number)) throw new ArgumentError(fn, `options.times[${i}]`, "must be greater than the time before it", t);
  });
  return checked;
}
