/** One category column of an ONS bulk census table. */
export interface CategoryColumn {
  readonly index: number;
  /** Labels from the topic down, e.g. ["Asian, Asian British or Asian Welsh", "Bangladeshi"]. */
  readonly path: readonly string[];
}

/** The columns of an ONS/Nomis bulk census table, by role. */
export interface CensusHeader {
  readonly topic: string;
  readonly codeColumn: number;
  readonly nameColumn: number | null;
  readonly totalColumn: number | null;
  /** The total column's label after the topic, e.g. "All usual residents aged 3 years and over". */
  readonly totalLabel: string | null;
  readonly categories: readonly CategoryColumn[];
}

const TOTAL = /^(total|all persons|all usual residents)\b/i;

/**
 * Reads the header of a bulk census table: `date, geography, geography code`, then columns
 * `"<Topic>: <category>"` or `"<Topic>: <parent>: <child>"`, with a total column such as
 * `"<Topic>: Total: All usual residents"`. A Nomis suffix `"; measures: Value"` is ignored.
 * Returns a description of the problem instead when the layout is not recognised.
 */
export function readCensusHeader(header: readonly string[]): CensusHeader | string {
  const lower = header.map((h) => h.trim().toLowerCase());
  const codeColumn = lower.indexOf("geography code");
  if (codeColumn < 0) return 'no "geography code" column';
  const nameIndex = lower.indexOf("geography");
  let topic: string | null = null;
  let totalColumn: number | null = null;
  let totalLabel: string | null = null;
  const categories: CategoryColumn[] = [];
  for (const [index, raw] of header.entries()) {
    if (index === codeColumn || index === nameIndex || lower[index] === "date") continue;
    const parts = raw.replace(/;\s*measures:\s*value\s*$/i, "").split(": ").map((p) => p.trim());
    const [columnTopic, ...path] = parts;
    if (!columnTopic || path.length === 0) return `column "${raw}" is not of the form "<Topic>: <category>"`;
    if (topic !== null && columnTopic !== topic) return `columns mix the topics "${topic}" and "${columnTopic}"`;
    topic = columnTopic;
    if (TOTAL.test(path[0] as string)) {
      totalColumn = index;
      totalLabel = path.length > 1 ? path.slice(1).join(": ") : (path[0] as string);
    } else categories.push({ index, path });
  }
  if (topic === null || categories.length === 0) return "no category columns";
  return { topic, codeColumn, nameColumn: nameIndex < 0 ? null : nameIndex, totalColumn, totalLabel, categories };
}
