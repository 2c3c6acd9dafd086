// Seeded generator of data.police.uk stop-and-search CSVs at any size, with the counts it expects.
// Used by bench/ingest.ts and bench/compare.ts (whole-process comparisons) and bench/ingest.bench.ts
// (vitest bench). The expected counts are worked out here, independently of the library: ethnicity
// from the label written, the financial year and quarter from the Europe/London date given by Intl
// (cached per UTC hour).
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { seededRandom } from "./_random.js";

/** Bump when the generated content changes, so cached files are rebuilt. */
const GENERATOR_VERSION = 1;

export const HEADER =
  "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing";

/** A row the generator spoiled on purpose, and what the reject ledger should say about it. */
export interface ExpectedReject {
  readonly line: number;
  readonly column: string | null;
  readonly reason: string;
}

/**
 * A spoiled row as a reader that looks at fewer columns than the library sees it: its ledger entry,
 * its field count, and the quarter and group of its Date and Self-defined ethnicity (`quarter` is
 * `null` when the spoiled field is the Date itself).
 */
export interface SpoiledRow extends ExpectedReject {
  readonly fields: number;
  readonly quarter: string | null;
  readonly ethnicity: string;
}

/** What a correct reader must report for a generated file. */
export interface StopSearchExpected {
  readonly generatorVersion: number;
  readonly seed: number;
  /** Data rows written (accepted + rejected); blank lines are not rows. */
  readonly rows: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly blankLines: number;
  readonly bytes: number;
  /** Accepted rows by `"financialYear|ethnicity"`. */
  readonly counts: Readonly<Record<string, number>>;
  /** Accepted rows by `"quarter|ethnicity"` (UK financial quarter of the London date, `"2019/20 Q1"`). */
  readonly quarterCounts: Readonly<Record<string, number>>;
  readonly rejects: readonly ExpectedReject[];
  /** The spoiled rows, with what their Date and ethnicity would count as (for readers of two columns). */
  readonly spoiled: readonly SpoiledRow[];
}

type Weighted<T> = readonly (readonly [T, number])[];

/** Picks from weighted choices with a precomputed cumulative table. */
function picker<T>(choices: Weighted<T>): (u: number) => T {
  const total = choices.reduce((t, [, w]) => t + w, 0);
  let sum = 0;
  const cumulative = choices.map(([, w]) => (sum += w / total));
  return (u) => {
    for (let i = 0; i < cumulative.length; i++) if (u < (cumulative[i] as number)) return (choices[i] as readonly [T, number])[0];
    return (choices[choices.length - 1] as readonly [T, number])[0];
  };
}

// Self-defined ethnicity: the 19 data.police.uk labels, a few of the older bracketed labels, and
// blanks; about 25% "Not stated" or blank, as in Gwent. Each with the group a reader must give it.
const ETHNICITIES: Weighted<readonly [string, string]> = [
  [["White - English/Welsh/Scottish/Northern Irish/British", "White"], 52],
  [["White - Irish", "White"], 0.6],
  [["White - Gypsy or Irish Traveller", "White"], 0.3],
  [["White - Any other White background", "White"], 4],
  [["Mixed/Multiple ethnic groups - White and Black Caribbean", "Mixed"], 1],
  [["Mixed/Multiple ethnic groups - White and Black African", "Mixed"], 0.4],
  [["Mixed/Multiple ethnic groups - White and Asian", "Mixed"], 0.4],
  [["Mixed/Multiple ethnic groups - Any other Mixed/Multiple ethnic background", "Mixed"], 0.8],
  [["Asian/Asian British - Indian", "Asian"], 0.8],
  [["Asian/Asian British - Pakistani", "Asian"], 1.8],
  [["Asian/Asian British - Bangladeshi", "Asian"], 1.2],
  [["Asian/Asian British - Chinese", "Asian"], 0.3],
  [["Asian/Asian British - Any other Asian background", "Asian"], 1.2],
  [["Black/African/Caribbean/Black British - African", "Black"], 1.2],
  [["Black/African/Caribbean/Black British - Caribbean", "Black"], 0.9],
  [["Black/African/Caribbean/Black British - Any other Black/African/Caribbean background", "Black"], 1.3],
  [["Other ethnic group - Arab", "Other"], 0.3],
  [["Other ethnic group - Any other ethnic group", "Other"], 0.7],
  [["Other ethnic group - Not stated", "Unknown"], 8],
  [["", "Unknown"], 17],
  [["White - White British (W1)", "White"], 0.5],
  [["Mixed - Any other Mixed ethnic background (M9)", "Mixed"], 0.1],
  [["Asian - Pakistani (A2)", "Asian"], 0.1],
  [["Black - African (B2)", "Black"], 0.1],
  [["Other - Any other ethnic group (O9)", "Other"], 0.1],
];

const TYPES = picker([["Person search", 70], ["Vehicle search", 22], ["Person and Vehicle search", 8]]);
const GENDERS = picker([["Male", 76], ["Female", 11], ["Other", 0.3], ["", 12.7]]);
const AGES = picker([["under 10", 0.1], ["10-17", 14], ["18-24", 31], ["25-34", 27], ["over 34", 19], ["", 8.9]]);
const OFFICER = picker([["", 60], ["White", 33], ["Black", 2], ["Asian", 3], ["Other", 2]]);
const LEGISLATION = picker([
  ["Misuse of Drugs Act 1971 (section 23)", 66],
  ["Police and Criminal Evidence Act 1984 (section 1)", 26],
  ["Firearms Act 1968 (section 47)", 1],
  ["Police and Criminal Evidence Act 1984 (section 6)", 0.5],
  ["Criminal Justice and Public Order Act 1994 (section 60)", 0.5],
  ["Criminal Justice Act 1988 (section 139B)", 0.2],
  ["Poaching Prevention Act 1862 (section 2)", 0.1],
  ["Deer Act 1991 (section 12)", 0.05],
  ["Psychoactive Substances Act 2016 (s36(2))", 0.1],
  ["Customs and Excise Management Act 1979 (section 163)", 0.05],
  ["", 5.5],
]);
const OBJECTS = picker([
  ["", 60],
  ["Controlled drugs", 26],
  ["Offensive weapons", 5],
  ["Stolen goods", 3],
  ["Article for use in theft", 2],
  ["Articles for use in criminal damage", 1],
  ["Anything to threaten or harm anyone", 0.8],
  ["Firearms", 0.6],
  ["Fireworks", 0.2],
  ["Evidence of offences under the Act", 0.6],
  ["Psychoactive substances", 0.2],
  ["Crossbows", 0.05],
  ["Game or poaching equipment", 0.1],
  ["Goods on which duty has not been paid etc.", 0.05],
  ["Evidence of wildlife offences", 0.05],
  ["Detailed object of search unavailable", 0.35],
]);
const OUTCOMES = picker([
  ["A no further action disposal", 66],
  ["Arrest", 9],
  ["Community resolution", 5],
  ["Summons / charged by post", 1.5],
  ["Khat or Cannabis warning", 2],
  ["Caution (simple or conditional)", 0.5],
  ["Penalty Notice for Disorder", 2],
  ["Nothing found - no further action", 0.5],
  ["Suspect arrested", 0.3],
  ["", 13.2],
]);
const FLAGS = picker([["", 70], ["False", 24], ["True", 6]]);
const OPERATIONS = picker([
  ["Operation Sceptre", 3],
  ['Op "Bluebell", Newport', 1],
  ["Operation Bang, phase 2", 1],
  ["Op Tiger\nsecond week", 0.05],
]);

// Dates: London calendar dates from 1 April 2019 to 31 March 2024 (five financial years).
const FROM = Date.UTC(2019, 2, 31, 23, 0); // 00:00 BST on 1 April 2019
const TO = Date.UTC(2024, 2, 31, 23, 0); // 00:00 BST on 1 April 2024
const HOUR = 3_600_000;
const londonParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});
const byHour = new Map<number, { year: number; month: number; day: number; hour: number; offset: number }>();

/** The London wall clock of a whole UTC hour, and its offset in hours, by Intl. */
function londonHour(utcHour: number) {
  let found = byHour.get(utcHour);
  if (found === undefined) {
    const parts = Object.fromEntries(londonParts.formatToParts(new Date(utcHour * HOUR)).map((p) => [p.type, p.value]));
    const year = Number(parts["year"]);
    const month = Number(parts["month"]);
    const day = Number(parts["day"]);
    const hour = Number(parts["hour"]);
    const offset = Math.round((Date.UTC(year, month - 1, day, hour) - utcHour * HOUR) / HOUR);
    found = { year, month, day, hour, offset };
    byHour.set(utcHour, found);
  }
  return found;
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));
const fyOf = (year: number, month: number) => {
  const start = month >= 4 ? year : year - 1;
  return `${start}/${two((start + 1) % 100)}`;
};

/** The UK financial quarter of a London calendar month: `"2019/20 Q1"` is April–June 2019. */
const quarterOf = (year: number, month: number) => `${fyOf(year, month)} Q${Math.floor(((month + 8) % 12) / 3) + 1}`;

/** A date as data.police.uk writes it (UTC, `+00:00`) or, for some rows, London time with its offset. */
function dateOf(random: () => number): { text: string; financialYear: string; quarter: string } {
  let instant: number;
  const u = random();
  if (u < 0.3) {
    // London midnight of a random day: 23:00Z the day before in summer time.
    const day = Math.floor(random() * ((TO - FROM) / (24 * HOUR)));
    instant = FROM + day * 24 * HOUR + 12 * HOUR;
    const local = londonHour(Math.floor(instant / HOUR));
    instant = Date.UTC(local.year, local.month - 1, local.day) - local.offset * HOUR;
  } else if (u < 0.34) {
    // Within two hours either side of a financial-year start or a clock change (the boundary traps).
    const anchors = [2019, 2020, 2021, 2022, 2023].flatMap((y) => [Date.UTC(y + 1, 2, 31, 23, 0), lastSunday(y, 2) + HOUR, lastSunday(y, 9) + HOUR]);
    const anchor = anchors[Math.floor(random() * anchors.length)] as number;
    instant = Math.min(TO - 60_000, Math.max(FROM, anchor + Math.floor((random() - 0.5) * 4 * 60) * 60_000));
  } else {
    instant = FROM + Math.floor(random() * ((TO - FROM) / 60_000)) * 60_000;
  }
  const local = londonHour(Math.floor(instant / HOUR));
  const minute = Math.floor((instant % HOUR) / 60_000);
  const financialYear = fyOf(local.year, local.month);
  const quarter = quarterOf(local.year, local.month);
  if (random() < 0.8) {
    const d = new Date(instant);
    const text = `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:00+00:00`;
    return { text, financialYear, quarter };
  }
  const text = `${local.year}-${two(local.month)}-${two(local.day)}T${two(local.hour)}:${two(minute)}:00+0${local.offset}:00`;
  return { text, financialYear, quarter };
}

/** 00:00 UTC on the last Sunday of a month (0-based). */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay());
}

/** Quotes a field when it needs it, or always when `all`. */
function field(value: string, all: boolean): string {
  if (all || value.includes(",") || value.includes('"') || value.includes("\n")) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

const coordinate = (random: () => number, from: number, span: number) => (from + random() * span).toFixed(6);

/** The spoiled rows, by kind: the fields to write and what the ledger must say. */
const BAD: readonly ((fields: string[]) => { column: string | null; reason: string })[] = [
  (f) => ((f[1] = "2021-02-30T10:00:00+00:00"), { column: "Date", reason: "not a date (iso, uk)" }),
  (f) => ((f[1] = "yesterday"), { column: "Date", reason: "not a date (iso, uk)" }),
  (f) => (f.pop(), { column: null, reason: "expected 15 fields, found 14" }),
  (f) => (f.push("extra"), { column: null, reason: "expected 15 fields, found 16" }),
  (f) => ((f[0] = ""), { column: "Type", reason: "required field is blank" }),
  (f) => ((f[4] = "51.5x"), { column: "Latitude", reason: "not a number" }),
  (f) => ((f[13] = "Maybe"), { column: "Outcome linked to object of search", reason: "not a true/false value" }),
];

/**
 * Writes an `rows`-row stop-and-search CSV (header, LF line ends) and returns what a reader must
 * find in it. Seven rows spread through the file are spoiled (two bad dates, two ragged rows, a
 * blank Type, a bad latitude, a bad flag) and one blank line is added; about 2% of rows have
 * every field quoted, and a few policing-operation names hold commas, quotes or a line break.
 */
export function writeStopSearchCsv(path: string, rows: number, seed = 20240401): StopSearchExpected {
  return generate(path, rows, seed);
}

/** Every self-defined ethnicity label the generator writes (`""` included), in its table's order. */
export const ETHNICITY_LABELS_WRITTEN: readonly string[] = ETHNICITIES.map(([[label]]) => label);

/** Generates the file's rows and what a reader must find; writes them to `path`, or nowhere when `path` is null. */
function generate(path: string | null, rows: number, seed: number): StopSearchExpected {
  const random = seededRandom(seed);
  const ethnicity = picker(ETHNICITIES);
  const badAt = new Map(BAD.map((spoil, k) => [Math.floor(((k + 1) * rows) / (BAD.length + 1)), spoil]));
  const blankAt = Math.floor(rows / 2) + 1;
  const counts = new Map<string, number>();
  const quarterCounts = new Map<string, number>();
  const rejects: ExpectedReject[] = [];
  const spoiled: SpoiledRow[] = [];
  let line = 2;
  let bytes = 0;
  let buffer: string[] = [`${HEADER}\n`];
  const fd = path === null ? null : openSync(path, "w");
  const flush = () => {
    const text = buffer.join("");
    bytes += Buffer.byteLength(text);
    if (fd !== null) writeSync(fd, text);
    buffer = [];
  };
  try {
    for (let i = 0; i < rows; i++) {
      if (i === blankAt) {
        buffer.push("\n");
        line++;
      }
      const type = TYPES(random());
      const date = dateOf(random);
      const onOperation = random() < 0.04;
      const operation = onOperation && random() < 0.5 ? OPERATIONS(random()) : "";
      const located = random() < 0.93;
      const [label, group] = ethnicity(random());
      const fields = [
        type,
        date.text,
        onOperation ? "True" : random() < 0.05 ? "False" : "",
        operation,
        located ? coordinate(random, 51.52, 0.3) : "",
        located ? coordinate(random, -3.3, 0.6) : "",
        type === "Vehicle search" && random() < 0.5 ? "" : GENDERS(random()),
        AGES(random()),
        label,
        OFFICER(random()),
        LEGISLATION(random()),
        OBJECTS(random()),
        OUTCOMES(random()),
        FLAGS(random()),
        FLAGS(random()),
      ];
      const spoil = badAt.get(i);
      if (spoil) {
        const { column, reason } = spoil(fields);
        rejects.push({ line, column, reason });
        spoiled.push({ line, column, reason, fields: fields.length, quarter: column === "Date" ? null : date.quarter, ethnicity: group });
      } else {
        const key = `${date.financialYear}|${group}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        const quarterKey = `${date.quarter}|${group}`;
        quarterCounts.set(quarterKey, (quarterCounts.get(quarterKey) ?? 0) + 1);
      }
      const all = random() < 0.02;
      buffer.push(fields.map((f) => field(f, all)).join(","), "\n");
      line += 1 + (operation.match(/\n/g)?.length ?? 0);
      if (buffer.length >= 40_000) flush();
    }
    flush();
  } finally {
    if (fd !== null) closeSync(fd);
  }
  const sorted = (m: Map<string, number>) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    generatorVersion: GENERATOR_VERSION,
    seed,
    rows,
    accepted: rows - rejects.length,
    rejected: rejects.length,
    blankLines: 1,
    bytes,
    counts: sorted(counts),
    quarterCounts: sorted(quarterCounts),
    rejects,
    spoiled,
  };
}

/** The git-ignored folder for generated bench files. */
export const BENCH_DATA = join(dirname(fileURLToPath(import.meta.url)), "data");

/** Writes the sidecar whole or not at all (another bench may be reading it). */
function writeSidecar(sidecar: string, expected: StopSearchExpected): void {
  const partial = `${sidecar}.${process.pid}.tmp`;
  writeFileSync(partial, `${JSON.stringify(expected, null, 2)}\n`);
  renameSync(partial, sidecar);
}

/**
 * A generated file of `rows` rows under bench/data (written unless an identical one is there:
 * same generator version, seed and size), and what a reader must find in it. A sidecar from before
 * the quarter counts were kept is completed by generating the rows again without writing them.
 */
export function stopSearchFile(rows: number, seed = 20240401): { path: string; expected: StopSearchExpected } {
  mkdirSync(BENCH_DATA, { recursive: true });
  const path = join(BENCH_DATA, `stop-search-${rows}-s${seed}.csv`);
  const sidecar = `${path}.expected.json`;
  if (existsSync(path) && existsSync(sidecar)) {
    const expected = JSON.parse(readFileSync(sidecar, "utf8")) as Partial<StopSearchExpected>;
    if (expected.generatorVersion === GENERATOR_VERSION && expected.seed === seed && expected.rows === rows && statSync(path).size === expected.bytes) {
      if (expected.quarterCounts !== undefined && expected.spoiled !== undefined) return { path, expected: expected as StopSearchExpected };
      const completed = generate(null, rows, seed);
      if (completed.bytes === expected.bytes && JSON.stringify(completed.counts) === JSON.stringify(expected.counts) && JSON.stringify(completed.rejects) === JSON.stringify(expected.rejects)) {
        writeSidecar(sidecar, completed);
        return { path, expected: completed };
      }
    }
  }
  const expected = generate(path, rows, seed);
  writeSidecar(sidecar, expected);
  return { path, expected };
}

/**
 * {@link stopSearchFile} for a bench run: its path relative to `root` and what a reader must find
 * in it, after logging (to stderr) its size and how long it took to be ready.
 */
export function benchFile(root: string, rows: number): { file: string; expected: StopSearchExpected } {
  const t = performance.now();
  const { path, expected } = stopSearchFile(rows);
  const file = relative(root, path);
  console.error(`${rows.toLocaleString("en-GB")} rows: ${file} (${(expected.bytes / 2 ** 20).toFixed(0)} MiB, ready in ${((performance.now() - t) / 1000).toFixed(1)} s)`);
  return { file, expected };
}

