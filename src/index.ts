// Errors and shared types
export { ArgumentError } from "./errors.js";
export type { Comparison, CountAndPopulation, EventsAndTotal, Interval, LevelOption, RatioStatus } from "./types.js";

// Single-group estimates: proportions and rates
export { proportion } from "./stats/proportion.js";
export type { ProportionEstimate, ProportionMethod, ProportionOptions, ProportionStatus } from "./stats/proportion.js";
export { rate } from "./stats/rate.js";
export type { RateEstimate, RateMethod, RateOptions, RateStatus } from "./stats/rate.js";

// Comparing a group with a reference group: ratios
export { rateRatio } from "./stats/rateRatio.js";
export type { RateRatioEstimate, RateRatioMethod, RateRatioOptions } from "./stats/rateRatio.js";
export { riskRatio } from "./stats/riskRatio.js";
export type { RiskRatioEstimate, RiskRatioMethod, RiskRatioOptions } from "./stats/riskRatio.js";
export { oddsRatio } from "./stats/oddsRatio.js";
export type { OddsRatioEstimate, OddsRatioMethod, OddsRatioOptions } from "./stats/oddsRatio.js";

// Comparing a group with a reference group: differences
export { riskDifference } from "./stats/riskDifference.js";
export type { RiskDifferenceEstimate, RiskDifferenceMethod, RiskDifferenceOptions, RiskDifferenceStatus } from "./stats/riskDifference.js";
export { rateDifference } from "./stats/rateDifference.js";
export type { RateDifferenceEstimate, RateDifferenceMethod, RateDifferenceOptions, RateDifferenceStatus } from "./stats/rateDifference.js";

// Many comparisons at once
export { adjustPValues } from "./stats/adjustPValues.js";
export type { AdjustMethod, AdjustPValuesOptions } from "./stats/adjustPValues.js";
