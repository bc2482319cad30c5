/**
 * Rollup xã → tỉnh → Bộ: exact, order-independent consolidation with coverage and provenance;
 * partial results; agency composition; prose gathering; crosswalks across the 2025
 * reorganisation.
 *
 * @module
 */
export * from "./types.js";
export type { RollupOptions, ParentUnit } from "./options.js";
export { rollup } from "./consolidate/rollup.js";
export { emptyRollup, addToRollup, mergeRollups, type RollupPartial } from "./consolidate/partial.js";
export { finishRollup } from "./consolidate/finish.js";
export { rollupHierarchy, type HierarchyOptions, type HierarchyResult } from "./consolidate/hierarchy.js";
export { gatherProse, proseToReportParts } from "./consolidate/prose.js";
export {
  composeReport,
  type AgencyContribution,
  type ComposeOptions,
  type ComposeResult,
  type MissingPart,
} from "./compose/compose.js";
export {
  remapReport,
  remapReports,
  toComparison,
  type Crosswalk,
  type CrosswalkEntry,
  type CrosswalkTarget,
  type RemapOptions,
  type RemapResult,
  type RemapManyResult,
} from "./crosswalk/crosswalk.js";
export { parseCrosswalkCsv, type CrosswalkCsvOptions, type CrosswalkCsvResult } from "./crosswalk/crosswalk-csv.js";
export { splitByWeights } from "./crosswalk/split.js";
export { consolidatedDocument, DRAFT_MARKING } from "./document.js";
export {
  ROLLUP_MESSAGES,
  rollupProblem,
  type RollupProblem,
  type RollupProblemCode,
  type RollupMessageCode,
  type RollupMessageParams,
  type RollupMessageTable,
} from "./messages.js";
export type { FigureFlag } from "./combine.js";
export {
  rollupPeriods,
  PERIODS_MESSAGES,
  periodsProblem,
  type RollupPeriodsOptions,
  type PeriodsRollupResult,
  type PeriodsCoverage,
  type PeriodContribution,
  type PeriodProvenance,
  type RejectedReport,
  type PeriodsProblemCode,
  type PeriodsMessageTable,
  type PeriodsMessageParams,
} from "./periods/index.js";
