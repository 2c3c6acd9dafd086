// disproportionality/csv: reading extracts from strings and Web streams (browser-safe)

// Readers
export { parseExtract } from "./parseExtract.js";
export { countRecords } from "./countRecords.js";
export type { CountOptions } from "./countRecords.js";
export { ExtractError } from "./ExtractError.js";
export { ArgumentError } from "../errors.js";

// Schemas
export { extractSchemas } from "./extractSchemas.js";
export { policeUkStopSearchSchema } from "./schemas/policeUkStopSearchSchema.js";
export type { StopSearchRecord } from "./schemas/policeUkStopSearchSchema.js";
export { policeUkStreetSchema } from "./schemas/policeUkStreetSchema.js";
export type { StreetCrimeRecord } from "./schemas/policeUkStreetSchema.js";
export { policeUkOutcomesSchema } from "./schemas/policeUkOutcomesSchema.js";
export type { OutcomeRecord } from "./schemas/policeUkOutcomesSchema.js";
export { incidentsSchema } from "./schemas/incidents.js";
export type { HateStrand, IncidentRecord } from "./schemas/incidents.js";
export { custodySchema } from "./schemas/custody.js";
export type { CustodyOutcome, CustodyRecord } from "./schemas/custody.js";
export { hrSchema } from "./schemas/hr.js";
export type { Disability, HrRecord, WorkerType } from "./schemas/hr.js";
export { genderPayGapServiceSchema } from "./schemas/genderPayGapServiceSchema.js";
export type { EmployerSize, GenderPayGapServiceRecord } from "./schemas/genderPayGapServiceSchema.js";

// Types
export type {
  ColumnSpec, CountResult, CountRow, ExtractChunk, ExtractInput, ExtractOptions, ExtractProgress, ExtractResult, ExtractSummary, FieldResult, RejectedRow, Schema,
} from "./types.js";
