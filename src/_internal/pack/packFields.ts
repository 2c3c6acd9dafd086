import type { ScrutinySchemaName } from "../../report/scrutinyConfigTypes.js";

/** The record fields a pack counts each schema's records by (one pass per source); HR sources are read as records instead. */
export const PACK_COUNT_FIELDS: Readonly<Record<ScrutinySchemaName, readonly string[]>> = {
  "police-uk-stop-search": ["financialYear", "quarter", "month", "ethnicity", "gender", "ageBand", "outcome"],
  custody: ["financialYear", "quarter", "month", "ethnicity", "sex", "ageBand", "outcome", "stripSearch"],
  "police-uk-street": ["financialYear", "quarter", "month", "lsoaCode", "localAuthority"],
  "police-uk-outcomes": ["financialYear", "quarter", "month"],
  incidents: ["financialYear", "quarter", "month"],
  hr: [],
  "gender-pay-gap-service": [],
};

/** Schemas whose measures need the records themselves (pay), not only counts. */
export const PACK_RECORD_SCHEMAS: readonly ScrutinySchemaName[] = ["hr"];
