import { custodySchema } from "./schemas/custody.js";
import { genderPayGapServiceSchema } from "./schemas/genderPayGapServiceSchema.js";
import { hrSchema } from "./schemas/hr.js";
import { incidentsSchema } from "./schemas/incidents.js";
import { policeUkOutcomesSchema } from "./schemas/policeUkOutcomesSchema.js";
import { policeUkStopSearchSchema } from "./schemas/policeUkStopSearchSchema.js";
import { policeUkStreetSchema } from "./schemas/policeUkStreetSchema.js";
import type { Schema } from "./types.js";

/**
 * The built-in extract schemas by name, as accepted by `readExtract` and `countExtract`:
 * `"police-uk-stop-search"`, `"police-uk-street"`, `"police-uk-outcomes"`, `"incidents"`,
 * `"custody"`, `"hr"` and `"gender-pay-gap-service"`. docs/adapters.md lists each schema's columns and record.
 */
export const extractSchemas: Readonly<Record<string, Schema<any>>> = Object.freeze({
  [policeUkStopSearchSchema.name]: policeUkStopSearchSchema,
  [policeUkStreetSchema.name]: policeUkStreetSchema,
  [policeUkOutcomesSchema.name]: policeUkOutcomesSchema,
  [incidentsSchema.name]: incidentsSchema,
  [custodySchema.name]: custodySchema,
  [hrSchema.name]: hrSchema,
  [genderPayGapServiceSchema.name]: genderPayGapServiceSchema,
});
