import { extractSchemas } from "../csv/extractSchemas.js";
import type { Schema } from "../csv/types.js";

/** Record fields, each with the schema columns (canonical field names) its value is built from. */
type Dependencies = Readonly<Record<string, readonly string[]>>;

/** Fields copied from the column of the same name. */
const self = (...fields: string[]): Dependencies => Object.fromEntries(fields.map((f) => [f, [f]]));
/** Fields built from one column. */
const from = (column: string, ...fields: string[]): Dependencies => Object.fromEntries(fields.map((f) => [f, [column]]));
/** A person's fields (`personFields`), prefixed by a role (`victim`) or not. */
function person(role: string): Dependencies {
  const key = (name: string) => (role ? `${role}${name[0]?.toUpperCase()}${name.slice(1)}` : name);
  return {
    [key("ethnicity")]: [key("ethnicity")],
    [key("ethnicityDetailed")]: [key("ethnicity")],
    [key("sex")]: [key("sex")],
    [key("age")]: [key("age")],
    [key("ageBand")]: [key("age")],
    [key("disability")]: [key("disability")],
    [key("religion")]: [key("religion")],
    [key("sexualOrientation")]: [key("sexualOrientation")],
  };
}
const crime: Dependencies = {
  ...self("crimeId", "reportedBy", "fallsWithin", "longitude", "latitude", "location", "lsoaCode", "lsoaName"),
  ...from("month", "month", "financialYear", "quarter"),
  localAuthority: ["lsoaCode", "lsoaName"],
};

/**
 * Every record field of the built-in schemas (the gender pay gap download aside, whose records can
 * be rejected on two columns together), with the columns it is built from: `toRecord` reads
 * nothing else for that field and never throws. A by-field's value can then be worked out from
 * those columns' raw values alone. test/duckdb checks these lists against real records.
 */
const BUILT_IN: Readonly<Record<string, Dependencies>> = {
  "police-uk-stop-search": {
    ...self("type", "gender", "ageBand", "officerEthnicity", "legislation", "objectOfSearch", "outcome", "outcomeLinked", "removalOfClothing"),
    ...self("latitude", "longitude", "partOfPolicingOperation", "policingOperation"),
    ...from("date", "date", "month", "financialYear", "quarter"),
    ...from("ethnicity", "ethnicity", "ethnicityDetailed"),
  },
  "police-uk-street": { ...crime, ...self("crimeType", "lastOutcome", "context") },
  "police-uk-outcomes": { ...crime, ...self("outcomeType") },
  custody: {
    ...self("id", "officerEthnicity", "sex", "offenceGroup", "outcome", "detentionHours", "stripSearch", "mentalHealthDetention"),
    ...from("arrivalDate", "arrivalDate", "month", "financialYear", "quarter"),
    ...from("ethnicity", "ethnicity", "ethnicityDetailed"),
    ...from("age", "age", "ageBand"),
    child: ["child", "age"],
  },
  incidents: {
    ...self("id", "category", "area", "hateStrands", "domesticAbuse", "mentalHealth", "child", "outcome"),
    ...from("date", "date", "month", "financialYear", "quarter"),
    ...person("victim"),
    ...person("subject"),
    hateCrime: ["hateStrands"],
  },
  hr: {
    ...self("employeeId", "workerType", "rank", "fte", "hourlyPay", "bonus", "fullPay", "startDate", "leaveDate", "leaveReason", "snapshotDate"),
    ...person(""),
    ...from("snapshotDate", "financialYear", "quarter"),
    startFinancialYear: ["startDate"],
    leaveFinancialYear: ["leaveDate"],
  },
};

/**
 * The record fields of a built-in schema with the columns each is built from, or `null` for any
 * other schema (whose `toRecord` may read anything: every column then counts).
 */
export function dependenciesOf(schema: Schema<unknown>): Dependencies | null {
  const deps = BUILT_IN[schema.name];
  return deps !== undefined && extractSchemas[schema.name] === schema ? deps : null;
}
