// The reading core's fast paths give exactly what the general code gives: the London calendar
// without Intl, ISO date-times without regular expressions, decimals without Number(), counting
// without JSON keys.
import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { byteCheckOf } from "../../src/_internal/byteParse.js";
import { countSink } from "../../src/_internal/countSink.js";
import { number } from "../../src/_internal/csvFields.js";
import { londonDateOfTime } from "../../src/_internal/londonCalendar.js";
import { quickIsoDate, quickLondonDate } from "../../src/_internal/quickIsoDate.js";
import { RawMemo } from "../../src/_internal/rawMemo.js";
import { parseExtractDate } from "../../src/index.js";
import { seededRandom } from "../../bench/_random.js";

const HOUR = 3_600_000;


/** Summer-time changes (01:00 UTC, last Sundays of March and October) from 1996 to 2099. */
function changes(): number[] {
  const out: number[] = [];
  for (let year = 1996; year <= 2099; year++) {
    for (const month of [2, 9]) {
      const last = new Date(Date.UTC(year, month + 1, 0));
      out.push(Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1));
    }
  }
  return out;
}

describe("londonDateOfTime", () => {
  const byTz = (time: number) => {
    const d = new TZDate(time, "Europe/London");
    return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
  };
  const same = (a: { year: number; month: number; day: number } | null, b: { year: number; month: number; day: number }) =>
    a !== null && a.year === b.year && a.month === b.month && a.day === b.day;

  it("agrees with the tz database around every clock change and every midnight near one, 1996–2099", () => {
    const wrong: number[] = [];
    for (const change of changes()) {
      for (let t = change - 26 * HOUR; t <= change + 26 * HOUR; t += HOUR) {
        for (const time of [t - 1, t, t + 1]) if (!same(londonDateOfTime(time), byTz(time))) wrong.push(time);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("agrees with the tz database at 30,000 random instants", () => {
    const random = seededRandom(20240401);
    const from = Date.UTC(1996, 0, 2);
    const span = Date.UTC(2099, 10, 30) - from;
    const wrong: number[] = [];
    for (let i = 0; i < 30_000; i++) {
      const time = from + Math.floor(random() * span);
      if (!same(londonDateOfTime(time), byTz(time))) wrong.push(time);
    }
    expect(wrong).toEqual([]);
  });

  it("declines instants outside 1996–2099, and shares frozen dates", () => {
    expect(londonDateOfTime(Date.UTC(1995, 5, 1))).toBeNull();
    expect(londonDateOfTime(Date.UTC(2100, 5, 1))).toBeNull();
    expect(londonDateOfTime(Number.NaN)).toBeNull();
    const a = londonDateOfTime(Date.UTC(2019, 2, 31, 23));
    expect(a).toEqual({ year: 2019, month: 4, day: 1 });
    expect(Object.isFrozen(a)).toBe(true);
    expect(londonDateOfTime(Date.UTC(2019, 3, 1, 12))).toBe(a);
  });
});

describe("quickIsoDate and quickLondonDate", () => {
  const two = (random: () => number, lo: number, hi: number) => String(lo + Math.floor(random() * (hi - lo + 1))).padStart(2, "0");

  it("give parseExtractDate's result, or defer to it, for 100,000 random date-time texts, some with a character changed", () => {
    const random = seededRandom(7);
    let quick = 0;
    const wrong: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      const offset = random() < 0.1 ? "Z" : random() < 0.05 ? "+0100" : `${random() < 0.8 ? "+" : "-"}${two(random, 0, 25)}:${two(random, 0, 61)}`;
      let text = `${1990 + Math.floor(random() * 120)}-${two(random, 0, 13)}-${two(random, 0, 32)}${random() < 0.02 ? " " : "T"}${two(random, 0, 24)}:${two(random, 0, 60)}:${two(random, 0, 60)}${offset}`;
      if (random() < 0.1) {
        // One character anywhere changed to any printable ASCII character (a digit's neighbours "/" and ":" among them).
        const at = Math.floor(random() * text.length);
        text = text.slice(0, at) + String.fromCharCode(32 + Math.floor(random() * 95)) + text.slice(at + 1);
      }
      const fast = quickIsoDate(text);
      if (fast === undefined) {
        if (quickLondonDate(text) !== undefined) wrong.push(text);
        continue;
      }
      quick++;
      const general = parseExtractDate(text, { formats: ["iso", "uk"] });
      const agrees =
        general !== null &&
        fast.date.year === general.date.year &&
        fast.date.month === general.date.month &&
        fast.date.day === general.date.day &&
        fast.instant?.getTime() === general.instant?.getTime() &&
        Object.isFrozen(fast) &&
        Object.isFrozen(fast.date) &&
        Object.isFrozen(fast.instant) &&
        quickLondonDate(text) === fast.date;
      if (!agrees) wrong.push(text);
    }
    expect(wrong).toEqual([]);
    expect(quick).toBeGreaterThan(30_000);
  });

  it("take every valid data.police.uk date-time from 1996 to 2099", () => {
    const random = seededRandom(11);
    const from = Date.UTC(1996, 0, 3);
    const span = Date.UTC(2099, 10, 29) - from;
    const wrong: string[] = [];
    for (let i = 0; i < 30_000; i++) {
      const time = from + Math.floor((random() * span) / 1000) * 1000;
      const text = `${new Date(time).toISOString().slice(0, 19)}${random() < 0.5 ? "+00:00" : "Z"}`;
      if (quickIsoDate(text)?.instant?.getTime() !== time) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });
});

describe("number columns", () => {
  const parse = number(["n"]).parse as (raw: string) => { value?: unknown; error?: string };
  const general = (raw: string) => {
    const n = Number(raw.replace(/,/g, ""));
    return Number.isFinite(n) ? { value: n } : { error: "not a number" };
  };

  it("read decimals exactly as Number does", () => {
    const random = seededRandom(3);
    const digits = (k: number) => Array.from({ length: k }, () => Math.floor(random() * 10)).join("");
    const wrong: string[] = [];
    for (let i = 0; i < 50_000; i++) {
      const sign = random() < 0.3 ? "-" : "";
      const whole = digits(Math.floor(random() * 9));
      const fraction = random() < 0.8 ? `.${digits(Math.floor(random() * 12))}` : "";
      const raw = `${sign}${whole}${fraction}`;
      const a = parse(raw);
      const b = general(raw);
      if (raw !== "" && !(Object.is(a.value, b.value) && a.error === b.error)) wrong.push(raw);
    }
    expect(wrong).toEqual([]);
    for (const raw of ["-0", "0", ".5", "5.", "-.5", ".", "-", "1.2.3", "+4", "1e3", "1,234.5", "0x10", "Infinity", "NaN", "0000000000000000012.5", "51.576305", "-3.0619"]) {
      expect(parse(raw)).toEqual(general(raw));
    }
    expect(Object.is((parse("-0") as { value: number }).value, -0)).toBe(true);
  });

  it("pass the quick check of bytes only when the parser reads the text without a fault", () => {
    const random = seededRandom(4);
    const alphabet = "0123456789.-+e, x";
    const columns = [number(["n"]), number(["n"], { integer: true }), number(["n"], { min: 0 }), number(["n"], { integer: true, min: 10 })];
    const passed = new Set<string>();
    const wrong: string[] = [];
    for (const column of columns) {
      const check = byteCheckOf(column.parse as never) as NonNullable<ReturnType<typeof byteCheckOf>>;
      const read = column.parse as (raw: string) => { value?: unknown; error?: string };
      for (let i = 0; i < 20_000; i++) {
        const raw = Array.from({ length: Math.floor(random() * 18) }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
        const bytes = new TextEncoder().encode(raw);
        if (!check(bytes, 0, bytes.length)) continue;
        passed.add(raw);
        if ("error" in read(raw.trim())) wrong.push(raw);
      }
    }
    expect(wrong).toEqual([]);
    // The check says yes to the plain decimals it was made for, so it is not a check that never passes.
    expect(passed.size).toBeGreaterThan(1000);
    const plain = byteCheckOf(columns[0]?.parse as never);
    expect(["51.576305", "-3.0619", "5.", ".5", "-0", ""].map((raw) => plain?.(new TextEncoder().encode(raw), 0, raw.length))).toEqual([true, true, true, true, true, true]);
    expect(["-", ".", "1.2.3", "1e3", "1,234", "1234567890123456"].map((raw) => plain?.(new TextEncoder().encode(raw), 0, raw.length))).toEqual([false, false, false, false, false, false]);
  });
});

describe("countSink", () => {
  /** The counting rule before the fast path: cells keyed by the JSON text of the values. */
  function byJson(records: Record<string, unknown>[], by: string[]) {
    const counts = new Map<string, { key: unknown[]; count: number }>();
    for (const record of records) {
      const key = by.map((field) => record[field] ?? null);
      const id = JSON.stringify(key);
      const entry = counts.get(id);
      if (entry) entry.count++;
      else counts.set(id, { key, count: 1 });
    }
    const compare = (a: unknown, b: unknown) => String(a ?? "").localeCompare(String(b ?? ""));
    return [...counts.values()]
      .sort((a, b) => a.key.reduce<number>((c, v, i) => c || compare(v, b.key[i]), 0))
      .map(({ key, count }) => ({ ...Object.fromEntries(by.map((field, i) => [field, key[i]])), count }));
  }

  it("counts as JSON keys do, whatever the values: NaN with null, arrays by content, a Date with its text", () => {
    const random = seededRandom(5);
    const values = [null, undefined, "a", "b", "null", "1", 1, 1.0, -0, 0, Number.NaN, Number.POSITIVE_INFINITY, true, false, "true", ["x"], ["x"], { a: 1 }, new Date(0), "1970-01-01T00:00:00.000Z"];
    for (let round = 0; round < 50; round++) {
      const by = round % 3 === 0 ? ["p"] : round % 3 === 1 ? ["p", "q"] : ["p", "q", "r"];
      const records = Array.from({ length: 300 }, () => ({ p: values[Math.floor(random() * values.length)], q: values[Math.floor(random() * 6)], r: values[Math.floor(random() * values.length)] }));
      const sink = countSink(by);
      for (const record of records) sink.add(record);
      expect(sink.rows()).toEqual(byJson(records, by));
    }
  });
});

describe("RawMemo", () => {
  it("finds what it was given, by exact text, up to its limit", () => {
    const memo = new RawMemo<number>(100);
    const keys = ["", "a", "b", "ab", "ba", "x".repeat(300), ...Array.from({ length: 20 }, (_, i) => `k${String(i).padStart(2, "0")}`)];
    keys.forEach((k, i) => memo.set(k, i));
    keys.forEach((k, i) => expect(memo.get(`${k}`)).toBe(i));
    expect(memo.get("c")).toBeUndefined();
    expect(memo.get("k99")).toBeUndefined();
    const small = new RawMemo<number>(2);
    small.set("a", 1);
    small.set("b", 2);
    small.set("c", 3);
    expect([small.get("a"), small.get("b"), small.get("c")]).toEqual([1, 2, undefined]);
  });
});

describe("reading in small chunks", () => {
  it("reads a 20 MB quoted field of many lines from 64 KiB byte chunks, with the lines after it counted", async () => {
    const { parseExtract } = await import("../../src/csv/index.js");
    const { byteChunks, testSchema } = await import("../csv/_schema.js");
    const line = `${"y".repeat(79)}\n`;
    const big = line.repeat((20 * 1024 * 1024) / 80);
    const text = `id,amount,note\n1,10,"${big}"\n2,twenty,b\n3,30,c\n`;
    const started = performance.now();
    const { records, rejects, summary } = await parseExtract(byteChunks(new TextEncoder().encode(text), [1 << 16]), testSchema);
    expect(records.map((r) => [r.id, r.note?.length])).toEqual([
      ["1", big.length - 1], // trimmed: the field's last line break goes
      ["3", 1],
    ]);
    expect(rejects).toEqual([{ file: "input", line: 3 + big.length / 80, column: "amount", value: "twenty", reason: "not a number" }]);
    expect(summary).toMatchObject({ rowsRead: 3, accepted: 2, rejected: 1 });
    // A loose bound: the open row is read again only when the text held has doubled.
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 60_000);
});
