import type { ExtractDate } from "../classify/parseExtractDate.js";
import { londonDateOfTime } from "./londonCalendar.js";
import { isCalendarDate } from "./londonTime.js";

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
const two = (text: string, at: number) => {
  const a = digit(text, at);
  const b = digit(text, at + 1);
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};

/**
 * The common shape of extract date-times, `YYYY-MM-DDTHH:MM:SS` followed by `Z` or `±HH:MM`
 * (data.police.uk writes `2019-03-31T23:00:00+00:00`), read without regular expressions or Intl:
 * the same frozen `{ date, instant }` as `parseExtractDate(text, { formats: ["iso", …] })` gives.
 * Returns `undefined` for any other text, an impossible value or a year outside the fast London
 * calendar, so that the caller falls back to `parseExtractDate`, which decides.
 */
export function quickIsoDate(text: string): ExtractDate | undefined {
  const n = text.length;
  if (n !== 20 && n !== 25) return undefined;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined;
  const century = two(text, 0);
  const yy = two(text, 2);
  const month = two(text, 5);
  const day = two(text, 8);
  const hour = two(text, 11);
  const minute = two(text, 14);
  const second = two(text, 17);
  if (century < 10 || yy < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  const year = century * 100 + yy;
  if (!isCalendarDate(year, month, day)) return undefined;
  let offset = 0;
  if (n === 20) {
    if (text.charCodeAt(19) !== 90) return undefined; // "Z"
  } else {
    const sign = text.charCodeAt(19);
    const oh = two(text, 20);
    const om = two(text, 23);
    if ((sign !== 43 && sign !== 45) || text.charCodeAt(22) !== 58 || oh < 0 || oh > 23 || om < 0 || om > 59) return undefined;
    offset = (sign === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  const time = Date.UTC(year, month - 1, day, hour, minute, second) - offset;
  const date = londonDateOfTime(time);
  if (date === null) return undefined;
  return Object.freeze({ date, instant: Object.freeze(new Date(time)) });
}
