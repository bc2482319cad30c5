import type { Catalog } from "../indicators/types.js";
import type { Level } from "../schema/level.js";
import type { Locale } from "../schema/problem.js";
import type { DocumentMeta } from "../schema/report.js";
import type { UnitIndex, UnitList } from "../schema/unit.js";

/**
 * The unit a consolidated report is made for.
 *
 * @category Rollup
 * @example
 * ```ts
 * const unit: ParentUnit = { code: "24", name: "Tỉnh Bắc Ninh", level: "tinh" };
 * ```
 */
export interface ParentUnit {
  readonly code: string;
  readonly name: string;
  readonly level: Level;
}

/**
 * Options of {@link rollup} and {@link finishRollup}.
 *
 * @category Rollup
 * @example
 * ```ts
 * const options: RollupOptions = {
 *   unit: { code: "24", name: "Tỉnh Bắc Ninh", level: "tinh" },
 *   period: "202605",
 *   expected: UNITS_2025, // the province's communes are looked up in the list
 * };
 * ```
 */
export interface RollupOptions {
  /** The parent unit: a province (children are communes) or the country `VN` (children are provinces). */
  readonly unit: ParentUnit;
  /** The period id (`202605`, `2026Q2`…); children of another period are left out. */
  readonly period: string;
  /** The catalog giving each element's aggregation (default: the SDK's `indicatorCatalog`). */
  readonly catalog?: Catalog;
  /**
   * Who must report: a list of child unit codes, or a unit list/index in which the parent's
   * children are looked up. Without it, the children that reported are the expected ones.
   */
  readonly expected?: readonly string[] | UnitList | UnitIndex;
  /** Deadline (ISO date) for lateness; default `reportDeadline(period, childLevel)`. */
  readonly deadline?: string;
  /** When each child's report was received (ISO date), overriding the date written on it. */
  readonly received?: Readonly<Record<string, string>>;
  /** Header fields of the parent report, over the defaults of {@link consolidatedDocument}. */
  readonly document?: Partial<DocumentMeta>;
  /** Also write the children's gathered prose into the parent report (default false: it is in `prose`). */
  readonly withProse?: boolean;
  /** Message language (default `vi`). */
  readonly locale?: Locale;
}
