import { csvRecords } from "../_internal/csvRecords.js";
import { readCensusHeader, type CategoryColumn } from "../_internal/censusHeader.js";
import { checkOptions } from "../_internal/validate.js";
import { freezeResult } from "../_internal/freeze.js";
import { ArgumentError } from "../errors.js";
import type { Baseline, BaselineGroup, BaselineSource, BaselineVintage } from "./types.js";

/** Options for {@link baselineFromCensusCsv}. */
export interface CensusCsvOptions {
  /** The area's code or name (case-insensitive); may be omitted when the file has one area. */
  readonly area?: string;
  /** Top-level categories (default) or the detailed child categories. */
  readonly detail?: "top" | "detailed";
  /** The census the table comes from; defaults to 2021. */
  readonly census?: BaselineVintage;
  /** The dimension name; defaults to the topic in kebab case, e.g. `"ethnic-group"`. */
  readonly dimension?: string;
  /** Provenance to record; anything not given gets a default that says it was user-supplied. */
  readonly source?: Partial<BaselineSource>;
}

const FN = "baselineFromCensusCsv";
const SUPPRESSED = new Set(["", "c", "x", "..", ":", "-"]);

/**
 * Reads a population baseline from an ONS/Nomis bulk census table, for any topic and any area.
 *
 * @remarks
 * The layout is that of the Nomis bulk downloads (e.g. `census2021-ts030-ltla.csv`): columns
 * `date, geography, geography code`, then `"<Topic>: <category>"` columns, where a child category
 * is `"<Topic>: <parent>: <child>"` and the total is `"<Topic>: Total: <population base>"`. Group
 * labels are the published labels without the topic prefix. With `detail: "detailed"` the groups
 * are the leaves (children, or parents that have none) and each names its parent in
 * `categories.parent`. A blank, `c`, `x`, `..`, `:` or `-` cell is recorded as suppressed
 * (`population: null`), never as zero. `total` is the table's total column; without one it is
 * the sum of the groups (an error if any is suppressed).
 *
 * @param text - the CSV text
 * @param options - `area`, `detail`, `census`, `dimension` and `source`
 * @returns a frozen {@link Baseline}
 * @throws {@link ArgumentError} for an unrecognised layout, an unknown or ambiguous area, or a cell
 *   that is neither a number nor a suppression mark (naming its line and column)
 *
 * @example
 * ```ts
 * const csv = "date,geography,geography code,Religion: Total: All usual residents,Religion: No religion,Religion: Christian\n2021,Newport,W06000022,159592,75000,84592";
 * const b = baselineFromCensusCsv(csv, { area: "newport" });
 * b.groups.map((g) => g.group) // => ["No religion", "Christian"]
 * b.total // => 159592
 * b.source.populationBase // => "All usual residents"
 * ```
 */
export function baselineFromCensusCsv(text: string, options?: CensusCsvOptions): Baseline {
  const opts = checkOptions(FN, options);
  if (typeof text !== "string") throw new ArgumentError(FN, "text", "must be a string of CSV", text);
  let records: ReturnType<typeof csvRecords>;
  try {
    records = csvRecords(text);
  } catch (error) {
    throw new ArgumentError(FN, "text", `must be valid CSV (${(error as Error).message})`, text.slice(0, 40));
  }
  const [headerRecord, ...rows] = records;
  if (!headerRecord || rows.length === 0) throw new ArgumentError(FN, "text", "must hold a header and at least one area", text.slice(0, 40));
  const header = readCensusHeader(headerRecord.fields);
  if (typeof header === "string") throw new ArgumentError(FN, "text", `must be an ONS bulk census table: ${header}`, headerRecord.fields.join(","));
  const row = pickArea(rows, header.codeColumn, header.nameColumn, opts.area);
  const value = (index: number): number | null => cellValue(row, index, headerRecord.fields[index] as string);
  const groups = (opts.detail ?? "top") === "detailed" ? leafGroups(header.categories, value) : topGroups(header.categories, value);
  const total = header.totalColumn === null ? sumOrThrow(groups) : value(header.totalColumn);
  if (total === null) throw new ArgumentError(FN, "text", "must not suppress the total", "");
  const code = (row.fields[header.codeColumn] as string).trim();
  const name = header.nameColumn === null ? code : (row.fields[header.nameColumn] as string).trim();
  return freezeResult({
    area: { code, name },
    census: opts.census ?? 2021,
    dimension: opts.dimension ?? header.topic.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, ""),
    groups,
    total,
    source: { ...defaultSource(header.topic, header.totalLabel), ...opts.source },
  });
}

function pickArea(rows: { line: number; fields: string[] }[], codeColumn: number, nameColumn: number | null, area: string | undefined) {
  const label = (r: { fields: string[] }) => `${r.fields[codeColumn]}${nameColumn === null ? "" : ` (${r.fields[nameColumn]})`}`;
  if (area === undefined) {
    if (rows.length === 1) return rows[0] as (typeof rows)[number];
    throw new ArgumentError(FN, "options.area", `is required when the file has several areas: ${rows.map(label).join(", ")}`, area);
  }
  const wanted = String(area).trim().toLowerCase();
  const matches = rows.filter((r) => r.fields[codeColumn]?.trim().toLowerCase() === wanted || (nameColumn !== null && r.fields[nameColumn]?.trim().toLowerCase() === wanted));
  if (matches.length === 1) return matches[0] as (typeof rows)[number];
  const rule = matches.length === 0 ? `must be one of ${rows.map(label).join(", ")}` : "matches several rows";
  throw new ArgumentError(FN, "options.area", rule, area);
}

function cellValue(row: { line: number; fields: string[] }, index: number, column: string): number | null {
  const raw = (row.fields[index] ?? "").trim();
  if (SUPPRESSED.has(raw.toLowerCase())) return null;
  const number = Number(raw.replace(/,/g, ""));
  if (!Number.isFinite(number) || number < 0) {
    throw new ArgumentError(FN, "text", `must hold a count or a suppression mark at line ${row.line}, column "${column}"`, raw);
  }
  return number;
}

const group = (label: string, population: number | null, parent?: string): BaselineGroup =>
  parent === undefined ? { group: label, population, suppressed: population === null } : { group: label, population, suppressed: population === null, categories: { parent } };

function topGroups(columns: readonly CategoryColumn[], value: (index: number) => number | null): BaselineGroup[] {
  return columns.filter((c) => c.path.length === 1).map((c) => group(c.path[0] as string, value(c.index)));
}

function leafGroups(columns: readonly CategoryColumn[], value: (index: number) => number | null): BaselineGroup[] {
  const parents = new Set(columns.filter((c) => c.path.length > 1).map((c) => c.path[0] as string));
  return columns
    .filter((c) => c.path.length > 1 || !parents.has(c.path[0] as string))
    .map((c) => (c.path.length > 1 ? group(c.path.slice(1).join(": "), value(c.index), c.path[0] as string) : group(c.path[0] as string, value(c.index))));
}

function sumOrThrow(groups: BaselineGroup[]): number {
  let total = 0;
  for (const g of groups) {
    if (g.population === null) throw new ArgumentError(FN, "text", "needs a total column when a group is suppressed", g.group);
    total += g.population;
  }
  return total;
}

function defaultSource(topic: string, totalLabel: string | null): BaselineSource {
  return {
    publisher: "Office for National Statistics",
    table: "user-supplied",
    title: topic,
    released: "unknown",
    referenceDate: "2021-03-21",
    licence: "Open Government Licence v3.0",
    attribution: "Source: Office for National Statistics, licensed under the Open Government Licence v3.0",
    populationBase: totalLabel ?? "unknown",
    rounding: "As supplied",
    suppression: "Blank and 'c' cells read as suppressed",
    perturbation: "Census 2021 tables are perturbed by ONS cell-key perturbation, each table separately",
    accreditation: "unknown",
    notes: ["Loaded from a user-supplied CSV with baselineFromCensusCsv"],
  };
}
