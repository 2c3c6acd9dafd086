import { financialYear } from "../classify/financialYear.js";

/** What `rates` counts by. */
export type RatesBy = "ethnicity" | "sex" | "age";

/** The output formats of `rates` and `paygap`. */
export type TableFormat = "text" | "csv" | "markdown" | "json";

/** The options of `rates`, checked. */
export interface RatesRequest {
  /** The schema's name. */
  readonly schema: string;
  /** The characteristic counted. */
  readonly by: RatesBy;
  /** The record field holding it in this schema. */
  readonly field: string;
  /** The period: the record field to filter on and its value, or `null` for every row. */
  readonly period: { readonly field: "financialYear" | "quarter"; readonly label: string } | null;
  /** The census of the baseline. */
  readonly census: 2021 | 2011;
  /** The baseline area name or code. */
  readonly area: string;
  /** Confidence level. */
  readonly level: number;
  /** Rates per this many people. */
  readonly per: number;
  /** Disclosure threshold. */
  readonly threshold: number;
  /** Output format. */
  readonly format: TableFormat;
  /** Worker threads for large files, or `undefined` for the default. */
  readonly threads: number | undefined;
}

/** The raw option values `rates` takes from `parseArgs`. */
export interface RatesValues {
  /** `--schema`. */
  readonly schema?: string | undefined;
  /** `--period`. */
  readonly period?: string | undefined;
  /** `--by`. */
  readonly by?: string | undefined;
  /** `--role` (incidents). */
  readonly role?: string | undefined;
  /** `--census`. */
  readonly census?: string | undefined;
  /** `--area`. */
  readonly area?: string | undefined;
  /** `--level`. */
  readonly level?: string | undefined;
  /** `--per`. */
  readonly per?: string | undefined;
  /** `--threshold`. */
  readonly threshold?: string | undefined;
  /** `--format`. */
  readonly format?: string | undefined;
  /** `--threads`. */
  readonly threads?: string | undefined;
}

/** The schemas `rates` reads and the field of each characteristic (incidents: per role). */
const RATES_FIELDS: Readonly<Record<string, Readonly<Record<RatesBy, string>>>> = {
  "police-uk-stop-search": { ethnicity: "ethnicity", sex: "gender", age: "ageBand" },
  custody: { ethnicity: "ethnicity", sex: "sex", age: "ageBand" },
  "incidents victim": { ethnicity: "victimEthnicity", sex: "victimSex", age: "victimAgeBand" },
  "incidents subject": { ethnicity: "subjectEthnicity", sex: "subjectSex", age: "subjectAgeBand" },
};

/** The schema names `rates` accepts. */
export const RATES_SCHEMAS = ["police-uk-stop-search", "custody", "incidents"] as const;

const YEAR = /^(\d{4})\/\d{2}$/;
const QUARTER = /^(\d{4}\/\d{2}) Q[1-4]$/;

/** A number from option text, or `null` when the text is not a plain number. */
function numberOf(raw: string): number | null {
  const n = Number(raw);
  return raw.trim() === "" || !Number.isFinite(n) ? null : n;
}

/** A whole number ≥ 1 from option text, or `null`. */
function wholeOf(raw: string): number | null {
  const n = numberOf(raw);
  return n !== null && Number.isInteger(n) && n >= 1 ? n : null;
}

/** The period option: a financial year `"2021/22"` or quarter `"2021/22 Q3"`, checked to be a real one. */
function periodOf(raw: string): RatesRequest["period"] | undefined {
  const quarter = QUARTER.exec(raw);
  const year = YEAR.exec(quarter ? (quarter[1] as string) : raw);
  if (!year || Number(year[1]) < 1000 || financialYear({ year: Number(year[1]), month: 4 }) !== year[0]) return undefined;
  return { field: quarter ? "quarter" : "financialYear", label: raw };
}

/**
 * Checks the options of `rates`: the checked request, or the one-line usage message (naming the
 * option) for the first bad one.
 */
export function ratesOptions(values: RatesValues): RatesRequest | string {
  const received = (raw: string) => `; received ${JSON.stringify(raw)}`;
  const { schema } = values;
  if (schema === undefined) return "--schema is required";
  if (!(RATES_SCHEMAS as readonly string[]).includes(schema)) {
    return `--schema must be one of ${RATES_SCHEMAS.join(", ")} (extracts that record a person's group and a date)${received(schema)}`;
  }
  if (values.role !== undefined && schema !== "incidents") return "--role applies to --schema incidents only";
  if (schema === "incidents" && values.role === undefined) return "--role is required with --schema incidents: victim or subject";
  if (values.role !== undefined && values.role !== "victim" && values.role !== "subject") return `--role must be victim or subject${received(values.role)}`;
  const by = values.by ?? "ethnicity";
  if (by !== "ethnicity" && by !== "sex" && by !== "age") return `--by must be ethnicity, sex or age${received(by)}`;
  const censusText = values.census ?? "2021";
  if (censusText !== "2021" && censusText !== "2011") return `--census must be 2021 or 2011${received(censusText)}`;
  const census = Number(censusText) as 2021 | 2011;
  if (census === 2011 && by !== "ethnicity") return `--by ${by} needs --census 2021: the Census 2011 baseline is by ethnic group only`;
  let period: RatesRequest["period"] = null;
  if (values.period !== undefined) {
    const parsed = periodOf(values.period);
    if (parsed === undefined) return `--period must be a financial year such as "2021/22" or a quarter such as "2021/22 Q3"${received(values.period)}`;
    period = parsed;
  }
  const level = values.level === undefined ? 0.95 : numberOf(values.level);
  if (level === null || !(level > 0 && level < 1)) return `--level must be a fraction between 0 and 1, such as 0.95${received(values.level as string)}`;
  const per = values.per === undefined ? 1000 : numberOf(values.per);
  if (per === null || !(per > 0)) return `--per must be a number greater than 0, such as 1000${received(values.per as string)}`;
  const threshold = values.threshold === undefined ? 5 : wholeOf(values.threshold);
  if (threshold === null) return `--threshold must be a whole number of at least 1${received(values.threshold as string)}`;
  const threads = values.threads === undefined ? undefined : wholeOf(values.threads);
  if (threads === null) return `--threads must be a whole number of at least 1${received(values.threads as string)}`;
  const format = values.format ?? "text";
  if (format !== "text" && format !== "csv" && format !== "markdown" && format !== "json") return `--format must be text, csv, markdown or json${received(format)}`;
  const fields = RATES_FIELDS[schema === "incidents" ? `incidents ${values.role}` : schema] as Readonly<Record<RatesBy, string>>;
  return { schema, by, field: fields[by], period, census, area: values.area ?? "Gwent", level, per, threshold, format, threads };
}
