/**
 * Rollup over time: one unit's reports for the months (or quarters) of a period combined into the
 * report of that period, each element by its declared time aggregation.
 *
 * @module
 */
export { rollupPeriods } from "./rollup-periods.js";
export type { RollupPeriodsOptions, PeriodsRollupResult, PeriodsCoverage, PeriodContribution, PeriodProvenance, RejectedReport } from "./types.js";
export { PERIODS_MESSAGES, periodsProblem, type PeriodsProblemCode, type PeriodsMessageTable, type PeriodsMessageParams } from "./messages.js";
