import { ArgumentError } from "../../errors.js";
import type { ResultTableKind } from "../../report/resultTableTypes.js";

const has = (o: Record<string, unknown>, key: string, type: "array" | "object" | "string" | "number") =>
  type === "array" ? Array.isArray(o[key]) : type === "object" ? o[key] !== null && typeof o[key] === "object" : typeof o[key] === type;

/** The accepted results, as the error names them. */
export const ACCEPTED = "a disproportionality(), disproportionalityByArea(), ratesPer(), decisionStages(), outcomeRates(), representation(), genderPayGap(), payGap(), equalPayAudit(), spc(), funnelSignificance(), compareRatios() or deprivationGradient() result, or a non-empty array of row objects";

/**
 * Recognises a result by the fields only its kind has, most specific first:
 * an array → rows; `stages` + `groups` → decision stages; `overall` + `strata` → representation;
 * `quartiles` + `statuses` → gender pay gap; `points` + `chart` → SPC; `areas` + `levels` +
 * `target` → funnel; `areas` + `pooled` + `funnels` → disproportionality by area; `before` + `after` +
 * `comparison` → ratio comparison; `groups` + `notDisclosed` → pay gap; `grades` + `patterns` →
 * equal pay audit; `rows` + `sii` → deprivation gradient; `rows` + `ratioMethod` →
 * disproportionality; `rows` + `proportionMethod` → outcome rates; `rows` + `per` + `dimension`
 * + `issues` → rates.
 */
export function detectKind(fn: string, result: unknown): ResultTableKind {
  if (Array.isArray(result)) return "rows";
  if (result === null || typeof result !== "object") throw new ArgumentError(fn, "result", `must be ${ACCEPTED}`, result);
  const o = result as Record<string, unknown>;
  if (has(o, "stages", "array") && has(o, "groups", "array")) return "decision-stages";
  if (has(o, "overall", "object") && has(o, "strata", "array")) return "representation";
  if (has(o, "quartiles", "object") && has(o, "statuses", "object")) return "gender-pay-gap";
  if (has(o, "points", "array") && has(o, "chart", "string")) return "spc";
  if (has(o, "areas", "array") && has(o, "levels", "array") && has(o, "target", "number")) return "funnel";
  if (has(o, "areas", "array") && has(o, "pooled", "array") && has(o, "funnels", "array")) return "disproportionality-by-area";
  if (has(o, "before", "object") && has(o, "after", "object") && has(o, "comparison", "string")) return "ratio-comparison";
  if (has(o, "groups", "array") && has(o, "notDisclosed", "object")) return "pay-gap";
  if (has(o, "grades", "array") && has(o, "patterns", "array")) return "equal-pay-audit";
  if (has(o, "rows", "array")) {
    if (has(o, "sii", "object")) return "deprivation-gradient";
    if (has(o, "ratioMethod", "string")) return "disproportionality";
    if (has(o, "proportionMethod", "string")) return "outcome-rates";
    if (has(o, "per", "number") && has(o, "dimension", "string") && has(o, "issues", "array")) return "rates";
  }
  throw new ArgumentError(fn, "result", `must be ${ACCEPTED}`, result);
}
