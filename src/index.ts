// Errors and shared types
export { ArgumentError } from "./errors.js";
export type { Comparison, CountAndPopulation, EventsAndTotal, GroupCount, GroupCounts, Interval, LevelOption, RatioStatus } from "./types.js";

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

// Standardised rates
export { directlyStandardisedRate } from "./stats/directlyStandardisedRate.js";
export type { DirectlyStandardisedRateEstimate, DirectlyStandardisedRateFields, DirectlyStandardisedRateMethod, DirectlyStandardisedRateOptions, DirectlyStandardisedRateReported, DirectlyStandardisedRateStatus, DirectlyStandardisedRateWithheld, StandardisationStratum } from "./stats/directlyStandardisedRate.js";
export { indirectlyStandardisedRatio } from "./stats/indirectlyStandardisedRatio.js";
export type { IndirectlyStandardisedRatioEstimate, IndirectlyStandardisedRatioMethod, IndirectlyStandardisedRatioOptions, IndirectlyStandardisedRatioStatus, ReferenceRateStratum } from "./stats/indirectlyStandardisedRatio.js";
export { europeanStandardPopulation2013 } from "./baselines/data/europeanStandardPopulation2013.js";
export type { StandardPopulationBand } from "./baselines/data/europeanStandardPopulation2013.js";

// Population baselines: types, loading any census table, aggregating, regrouping and re-banding
export type { AgeRange, AreaRef, Baseline, BaselineGroup, BaselineSource, BaselineVintage } from "./baselines/types.js";
export { baselineFromCensusCsv } from "./baselines/baselineFromCensusCsv.js";
export type { CensusCsvOptions } from "./baselines/baselineFromCensusCsv.js";
export { aggregateBaselines } from "./baselines/aggregateBaselines.js";
export type { AggregateOptions } from "./baselines/aggregateBaselines.js";
export { regroup } from "./baselines/regroup.js";
export { rebandAges } from "./baselines/rebandAges.js";
export type { RebandOptions } from "./baselines/rebandAges.js";
export { policeUkAgeBands } from "./classify/policeUkAgeBands.js";
export type { AgeBand } from "./classify/policeUkAgeBands.js";

// Population baselines: embedded Gwent data
export { gwentPopulation } from "./baselines/gwentPopulation.js";
export type { GwentAreaName, GwentDimensions, GwentPopulationOptions } from "./baselines/gwentPopulation.js";
export { gwentAreas } from "./baselines/gwentAreas.js";
export type { GwentArea } from "./baselines/gwentAreas.js";
export { deprivationOfLsoa } from "./baselines/deprivationOfLsoa.js";
export type { LsoaDeprivation, WimdQuintile } from "./baselines/deprivationOfLsoa.js";

// Rates against a baseline
export { ratesPer } from "./baselines/ratesPer.js";
export type { GroupRate, RatesIssue, RatesTable } from "./baselines/ratesPer.js";

// Classifying extract values: ethnicity, sex, age, areas, UK periods
export type { EthnicGroup, OfficerEthnicGroup, Sex } from "./types.js";
export { classifyEthnicity } from "./classify/classifyEthnicity.js";
export type { EthnicityClassification } from "./classify/classifyEthnicity.js";
export { classifyOfficerEthnicity } from "./classify/classifyOfficerEthnicity.js";
export type { OfficerEthnicityClassification } from "./classify/classifyOfficerEthnicity.js";
export { classifySex } from "./classify/classifySex.js";
export type { SexClassification } from "./classify/classifySex.js";
export { classifyAgeBand } from "./classify/classifyAgeBand.js";
export type { AgeBandClassification } from "./classify/classifyAgeBand.js";
export { localAuthorityOfLsoa } from "./classify/localAuthorityOfLsoa.js";
export type { LsoaLocalAuthority } from "./classify/localAuthorityOfLsoa.js";
export type { LocalDate, PeriodDate, YearMonth } from "./classify/types.js";
export { financialYear } from "./classify/financialYear.js";
export { financialQuarter } from "./classify/financialQuarter.js";
export { parseExtractDate } from "./classify/parseExtractDate.js";
export type { ExtractDate, ExtractDateFormat, ParseExtractDateOptions } from "./classify/parseExtractDate.js";
export { parseMonth } from "./classify/parseMonth.js";

// Disproportionality measures: socio-economic deprivation
export { deprivationGradient } from "./measures/deprivationGradient.js";
export type { DeprivationGradient, DeprivationGradientOptions, DeprivationGroupRate, DeprivationIssue, InequalityIndex, InequalityIndexStatus, InequalityIntervalMethod } from "./measures/deprivationGradient.js";
export { deprivationCounts } from "./measures/deprivationCounts.js";
export type { DeprivationCounts, DeprivationCountsOptions } from "./measures/deprivationCounts.js";

// Disproportionality measures: the headline table
export { disproportionality } from "./measures/disproportionality.js";
export type { DisproportionalityIssue, DisproportionalityOptions, DisproportionalityRatio, DisproportionalityRow, DisproportionalityRowStatus, DisproportionalityTable, SensitivityEntry, SensitivityScenario, UnknownShare } from "./measures/disproportionality.js";

// Disproportionality measures: decision stages, outcomes, concordance
export { decisionStages } from "./measures/decisionStages.js";
export type { DecisionStage, DecisionStagesOptions, DecisionStagesResult, StageResult, StageRow, StageRowStatus, StageUnknown } from "./measures/decisionStages.js";
export { outcomeRates } from "./measures/outcomeRates.js";
export type { GroupOutcomes, OutcomeCount, OutcomeCounts, OutcomeRatesOptions, OutcomeRatesResult, OutcomeRow, OutcomeRowStatus, UnknownOutcomes } from "./measures/outcomeRates.js";
export { ethnicityConcordance } from "./measures/ethnicityConcordance.js";
export type { CategoryAgreement, ConcordanceStatus, ConcordanceTable, EthnicityConcordanceOptions, EthnicityConcordanceResult, EthnicityPair, ExcludedPairs, KappaEstimate, KappaStatus } from "./measures/ethnicityConcordance.js";

// Disproportionality measures: areas, pooled ratios and funnel plots
export { funnelLimits } from "./stats/funnelLimits.js";
export type { FunnelBand, FunnelLimits, FunnelLimitsOptions, FunnelMethod, FunnelPoint, FunnelType } from "./stats/funnelLimits.js";
export { funnelSignificance } from "./stats/funnelSignificance.js";
export type { FunnelAreaInput, FunnelAreaResult, FunnelOverdispersion, FunnelSignificance, FunnelSignificanceLabel, FunnelSignificanceOptions } from "./stats/funnelSignificance.js";
export { mantelHaenszelRateRatio } from "./measures/mantelHaenszelRateRatio.js";
export type { MantelHaenszelRateRatioEstimate, MantelHaenszelRateRatioOptions, RateRatioHomogeneity, RateRatioStratum } from "./measures/mantelHaenszelRateRatio.js";
export { disproportionalityByArea } from "./measures/disproportionalityByArea.js";
export type { AreaCounts, AreaTable, DisproportionalityByArea, DisproportionalityByAreaOptions, GroupFunnel, PooledRatio } from "./measures/disproportionalityByArea.js";

// Pay gaps: the statutory gender pay gap
export { genderPayGap } from "./paygap/genderPayGap.js";
export type { GenderPayGap, GenderPayGapBand, GenderPayGapBandCount, GenderPayGapCounts, GenderPayGapEmployee, GenderPayGapEmployer, GenderPayGapInterval, GenderPayGapIntervals, GenderPayGapIssue, GenderPayGapOptions, GenderPayGapPair, GenderPayGapProportionStatus, GenderPayGapQuartileStatus, GenderPayGapRegulation, GenderPayGapStatus, GenderPayGapTie } from "./paygap/genderPayGap.js";

// Pay gaps: ethnicity and disability gaps, equal pay audit
export { payGap } from "./paygap/payGap.js";
export type { PayGapBootstrapOptions, PayGapEmployee, PayGapInterval, PayGapOptions, PayGapResult, PayGapStatus, PayGapValue, PayGroupRow, PayQuarter, PayQuarters } from "./paygap/payGap.js";
export { equalPayAudit } from "./paygap/equalPayAudit.js";
export type { EqualPayAuditOptions, EqualPayAuditResult, EqualPayComparison, EqualPayGrade, EqualPayInterval, EqualPayPattern } from "./paygap/equalPayAudit.js";

// Workforce: representation, selection, leavers and staff rates
export { representation } from "./paygap/representation.js";
export type { RepresentationOptions, RepresentationRatio, RepresentationResult, RepresentationRow, RepresentationStatus, RepresentationTable, WorkforceRecords, WorkforceUnknown } from "./paygap/representation.js";
export { selectionRates } from "./paygap/selectionRates.js";
export type { AdverseImpactFlag, SelectionRatesOptions, SelectionRatesResult, SelectionRow, SelectionRowStatus, SelectionStage, SelectionStep } from "./paygap/selectionRates.js";
export { staffRates } from "./paygap/staffRates.js";
export type { StaffRateRow, StaffRateStatus, StaffRatesOptions, StaffRatesResult, StaffRatesUnknown } from "./paygap/staffRates.js";
export { leaverRates } from "./paygap/leaverRates.js";
export type { LeaverIssue, LeaverPeriod, LeaverRatesOptions, LeaverRatesResult, LeaverRow } from "./paygap/leaverRates.js";

// Trends: Mann–Kendall and Sen's slope
export { mannKendall } from "./trends/mannKendall.js";
export type { MannKendallAlternative, MannKendallMethod, MannKendallOptions, MannKendallResult, MannKendallStatus } from "./trends/mannKendall.js";

// Trends: statistical process control
export { spc } from "./trends/spc.js";
export type { SpcAssurance, SpcChart, SpcImprovement, SpcMethod, SpcOptions, SpcPoint, SpcPreset, SpcResult, SpcRule, SpcSegment, SpcVariation } from "./trends/spc.js";

// Trends: periods, exposure and comparisons
export { monthKey } from "./trends/monthKey.js";
export { previousQuarter } from "./trends/previousQuarter.js";
export { sameQuarterLastYear } from "./trends/sameQuarterLastYear.js";
export { quarterRange } from "./trends/quarterRange.js";
export { financialYearToDate } from "./trends/financialYearToDate.js";
export { rolling12Months } from "./trends/rolling12Months.js";
export { exposure } from "./trends/exposure.js";
export type { ChangeDirection, DateRange, ExposurePeriod, PercentChange, PeriodCount, PeriodRate } from "./trends/types.js";
export { compareToBaseline } from "./trends/compareToBaseline.js";
export type { BaselineComparison, ChangeAssessment, CompareToBaselineOptions, ImprovementDirection } from "./trends/compareToBaseline.js";
export { compareRatios } from "./trends/compareRatios.js";
export type { CompareRatiosMethod, CompareRatiosOptions, RatioComparison, RatioPeriod, RatioPeriodResult } from "./trends/compareRatios.js";
export { compareToPeers } from "./trends/compareToPeers.js";
export type { CompareToPeersOptions, PeerArea, PeerComparison, PeersResult, TargetComparison } from "./trends/compareToPeers.js";

// Report: CSV and Markdown tables
export { toCsv } from "./report/toCsv.js";
export type { ToCsvOptions } from "./report/toCsv.js";
export { toMarkdown } from "./report/toMarkdown.js";
export type { ToMarkdownOptions } from "./report/toMarkdown.js";
export type { ColumnsAndRows, TableCell, TableFormatOptions, TableInput, TableRow } from "./report/tableTypes.js";

// Report: disclosure control
export { disclose } from "./report/disclose.js";
export type { DiscloseOptions, DisclosedTable, DisclosureCell, DisclosureRow, DisclosureTable, DisclosureTotals, SuppressedCell, SuppressionReason } from "./report/disclose.js";

// Report: Vega-Lite chart specs
export type { ChartDatum, ChartOptions, ChartValue, VegaLiteSpec } from "./report/chartTypes.js";
export { forestPlotSpec } from "./report/forestPlotSpec.js";
export type { ForestPlotLabels, ForestPlotOptions } from "./report/forestPlotSpec.js";
export { spcChartSpec } from "./report/spcChartSpec.js";
export type { SpcChartLabels, SpcChartOptions } from "./report/spcChartSpec.js";
export { funnelPlotSpec } from "./report/funnelPlotSpec.js";
export type { FunnelPlotLabels, FunnelPlotOptions } from "./report/funnelPlotSpec.js";
export { payQuartilesSpec } from "./report/payQuartilesSpec.js";
export type { PayQuartilesLabels, PayQuartilesOptions } from "./report/payQuartilesSpec.js";

// Report: the scrutiny pack's config
export { checkScrutinyConfig } from "./report/checkScrutinyConfig.js";
export type { ScrutinyBaselines, ScrutinyCensusCsv, ScrutinyConfig, ScrutinyDisclosure, ScrutinyLanguage, ScrutinyMeasureName, ScrutinyMeasures, ScrutinyPeriods, ScrutinySchemaName, ScrutinySource } from "./report/scrutinyConfigTypes.js";

// Report: bilingual glossary
export { glossary } from "./report/glossary.js";
export type { Glossary, GlossaryEntry, GlossaryLanguage, GlossaryOverrides } from "./report/glossary.js";

// Report: accessible HTML tables
export { toHtml } from "./report/toHtml.js";
export type { ToHtmlOptions } from "./report/toHtml.js";
// Report: the scrutiny pack — built from a config and the sources as read, written as files
export { buildScrutinyPack } from "./report/buildScrutinyPack.js";
export { scrutinyPackFiles } from "./report/scrutinyPackFiles.js";
export type { ScrutinyPackFilesOptions } from "./report/scrutinyPackFiles.js";
export type {
  PackBaseline, PackChart, PackDisclosure, PackPackage, PackSection, PackSourceProvenance, PackTable, ScrutinyInputFile, ScrutinyInputs, ScrutinyPack, ScrutinyReadSummary, ScrutinySourceInput,
} from "./report/scrutinyPackTypes.js";

// Report: notebooks — result tables and charts with the Jupyter display protocol
export { resultTable } from "./report/resultTable.js";
export { chartView } from "./report/chartView.js";
export { jupyterDisplay } from "./report/jupyterDisplay.js";
export type { DisplayBundle } from "./report/jupyterDisplay.js";
export type { ChartView, ResultCell, ResultRow, ResultTable, ResultTableInput, ResultTableKind, ResultTableOptions } from "./report/resultTableTypes.js";
