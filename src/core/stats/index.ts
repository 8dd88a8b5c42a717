/** Public API of the statistics module. */
export { computeStats, changeBetween, type StatsOptions } from './computeStats';
export type { StatsReport, PeriodFigures, StatsChange, ClassificationRow, TopType, HoursSummary, CsatSummary } from './types';
export { periodContaining, previousPeriod, yearEarlier, comparedPeriod, COMPARISONS, type Comparison, allTimePeriod, weeksOverlapping, weekStartOf, periodDays, PERIOD_KINDS, type Period, type PeriodKind } from './period';
export { periodLabel, lastDayOf } from './periodLabel';
export { crossTabs, crossTabTitle, CROSS_TAB_NAMES, type CrossTab, type CrossTabName } from './crossTabs';
export { classify, topTypes, EMPTY_LABEL, TYPICAL_CASE_MAX } from './classification';
export { statsSummaryRows, type SummaryRow, type SummaryFormat } from './summaryRows';
export { SHARE_RULE, shareOf, sharesOf, shareFormula } from './shareRule';
