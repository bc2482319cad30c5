import type { Catalog } from "../../indicators/types.js";
import type { Locale } from "../../schema/problem.js";
import type { DocumentMeta, Report } from "../../schema/report.js";
import type { ParentUnit } from "../options.js";
import type { Contribution, Coverage, RollupResult } from "../types.js";

/**
 * The shapes of a rollup over time (`rollupPeriods`): the same result as the unit rollup's, with
 * sub-periods where the unit rollup has children.
 */

/**
 * Options of {@link rollupPeriods}.
 *
 * @category Rollup
 * @example
 * ```ts
 * const options: RollupPeriodsOptions = {
 *   unit: { code: "09487", name: "Xã Đông Cứu", level: "xa" },
 *   period: "2026Q2",
 * };
 * ```
 */
export interface RollupPeriodsOptions {
  /** The unit whose reports these are (every report must be of this unit, and of its level). */
  readonly unit: ParentUnit;
  /** The target period: a quarter (`2026Q2`), a half (`2026S1`), nine months (`2026N9`) or a year (`2026`). */
  readonly period: string;
  /** An agency reporting for the unit (a department's reports); reports of another agency are rejected. */
  readonly agency?: { readonly code: string; readonly name: string };
  /** The catalog giving each element's time aggregation (default: the SDK's `indicatorCatalog`). */
  readonly catalog?: Catalog;
  /** Header fields of the generated report, over the defaults of {@link consolidatedDocument}. */
  readonly document?: Partial<DocumentMeta>;
  /** Message language (default `vi`). */
  readonly locale?: Locale;
}

/**
 * One sub-period's contribution to a figure of a rollup over time: the unit's value in `period`.
 * For a flow (`time: "sum"`) every sub-period that gave it contributes; for a stock or a yes/no
 * fact (`time: "last"`) only the latest sub-period that gave it.
 *
 * @category Rollup
 * @example
 * ```ts
 * const c: PeriodContribution = { unit: "09487", unitName: "Xã Đông Cứu", period: "202604", value: 976 };
 * ```
 */
export interface PeriodContribution extends Contribution {
  /** The sub-period's id (`202604`, `2026Q1`…). */
  readonly period: string;
}

/**
 * Where every figure of a rollup over time came from: element id → the sub-periods that gave it,
 * in time order.
 *
 * @category Rollup
 * @example
 * ```ts
 * const p: PeriodProvenance = { "hs.tiep_nhan": [{ unit: "09487", unitName: "Xã Đông Cứu", period: "202604", value: 976 }] };
 * ```
 */
export type PeriodProvenance = Readonly<Record<string, readonly PeriodContribution[]>>;

/**
 * Coverage of a rollup over time: the unit rollup's {@link Coverage} with sub-period ids where it
 * has unit codes — `expected` the sub-periods the target is made of (months, or quarters when the
 * reports are quarterly), `reported` those accepted, `missing` the gaps ("which months are
 * missing"), `late` those dated after their deadline, `duplicates` those given twice, `rejected`
 * those left out; `perFigure` counts sub-periods.
 *
 * @category Rollup
 * @example
 * ```ts
 * const c: PeriodsCoverage = result.coverage;
 * `${c.reported.length}/${c.expected.length} tháng; thiếu ${c.missing.join(", ")}`;
 * ```
 */
export interface PeriodsCoverage extends Coverage {
  /** The target period (the same as the report's). */
  readonly period: string;
}

/**
 * An input report a rollup over time did not use, with the codes of the problems that say why
 * (nothing is dropped silently: the caller gets the report back).
 *
 * @category Rollup
 * @example
 * ```ts
 * for (const r of result.rejected) console.log(r.index, r.report.period, r.codes.join(", "));
 * ```
 */
export interface RejectedReport {
  /** Position of the report in the input list. */
  readonly index: number;
  readonly report: Report;
  readonly codes: readonly string[];
}

/**
 * The result of {@link rollupPeriods}: the report of the target period (a generated draft),
 * coverage of the sub-periods, provenance per sub-period, the problems met and the reports left
 * out. It is a {@link RollupResult}, so what reads a unit rollup's result (render's appendix, the
 * CLI's details file) reads it too.
 *
 * @category Rollup
 * @example
 * ```ts
 * const result: PeriodsRollupResult = rollupPeriods(months, { unit, period: "2026Q2" });
 * result.report.values["hs.tiep_nhan"]; // Σ of the three months
 * result.coverage.missing;               // ["202605"] when May is missing
 * ```
 */
export interface PeriodsRollupResult extends RollupResult {
  readonly coverage: PeriodsCoverage;
  readonly provenance: PeriodProvenance;
  readonly rejected: readonly RejectedReport[];
}
