import type { Problem } from "../schema/problem.js";
import type { Report } from "../schema/report.js";

/**
 * The shapes rollup produces and the renderer and CLI consume. Kept apart from the rollup
 * code so that consumers depend on data, not on the algorithm.
 */

/**
 * One child's contribution to a rolled-up figure.
 *
 * @category Rollup
 * @example
 * ```ts
 * const c: Contribution = { unit: "09487", unitName: "Xã Đông Cứu", value: 976 };
 * ```
 */
export interface Contribution {
  readonly unit: string;
  readonly unitName: string;
  readonly value: number | boolean;
  /** Set when the child's figure was itself estimated (e.g. split through a crosswalk). */
  readonly estimated?: boolean;
}

/**
 * Where every rolled-up figure came from: element id → contributions, one per child that gave
 * it, so a UI can drill down and the renderer can print an appendix table per child.
 *
 * @category Rollup
 * @example
 * ```ts
 * const p: Provenance = { "hs.tiep_nhan": [{ unit: "09487", unitName: "Xã Đông Cứu", value: 976 }] };
 * ```
 */
export type Provenance = Readonly<Record<string, readonly Contribution[]>>;

/**
 * Who reported and who did not, and for every figure how many children gave it.
 *
 * @category Rollup
 * @example
 * ```ts
 * coverage.reported.length + "/" + coverage.expected.length; // "2950/3321"
 * ```
 */
export interface Coverage {
  /** Codes of the children expected to report (the caller's list; else those that reported). */
  readonly expected: readonly string[];
  readonly reported: readonly string[];
  readonly missing: readonly string[];
  /** Children whose report is dated after the deadline. */
  readonly late: readonly string[];
  /** Children that sent more than one report for the period (counted once). */
  readonly duplicates: readonly string[];
  /** Per element id: how many children contributed it, out of how many reported. */
  readonly perFigure: Readonly<Record<string, { readonly contributed: number; readonly reported: number }>>;
}

/**
 * The result of `rollup`: the parent report, coverage, provenance, and the problems met
 * (overflow, percentage-only children, duplicates…).
 *
 * @category Rollup
 */
export interface RollupResult {
  readonly report: Report;
  readonly coverage: Coverage;
  readonly provenance: Provenance;
  readonly issues: readonly Problem[];
}
