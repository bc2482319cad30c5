import type { Catalog } from "../indicators/types.js";
import type { Level } from "../schema/level.js";
import type { DateRange, Period, PeriodKind } from "../schema/period.js";
import type { Locale, Severity } from "../schema/problem.js";
import type { Report } from "../schema/report.js";
import type { UnitIndex } from "../schema/unit.js";
import type { ValidationTables } from "./tables.js";
import type { RawIssue } from "./issue.js";
import type { ValidationMessageTable } from "./messages.js";

/**
 * Validation rules are data: an id, a severity, where they apply (levels, period kinds), a
 * Vietnamese description and a pure check. The built-in list is {@link VALIDATION_RULES};
 * vendors show it, switch rules off (`disable`) or add their own of the same type (`rules`).
 */

/**
 * Everything a rule's check may read. Built once per validated report; never mutated.
 *
 * @category Validation
 * @example
 * ```ts
 * const check = (ctx: RuleContext): RawIssue[] =>
 *   ctx.report.document.date === null ? [{ code: "date_missing", path: ["document", "date"] }] : [];
 * ```
 */
export interface RuleContext {
  readonly report: Report;
  /** The report's period, parsed (`undefined` only for an unparsed report with a bad id). */
  readonly period: Period | undefined;
  /** The period's cut-off range (Nghị định 09/2019), when the period is valid. */
  readonly cutoff: DateRange | undefined;
  readonly level: Level;
  readonly catalog: Catalog;
  /** Look-up tables of `catalog`, computed once per catalog. */
  readonly tables: ValidationTables;
  readonly locale: Locale;
  /** The unit's report of an earlier period, for cumulative checks. */
  readonly previous?: Report;
  /** Reports of the units below, for hierarchy checks. */
  readonly children?: readonly Report[];
  /** Administrative units in force, for unit and coverage checks. */
  readonly units?: UnitIndex;
  /** Strict mode: an unknown figure id is an error, not a warning. */
  readonly strict?: boolean;
}

/**
 * A validation rule. `Code` is the union of the codes its check returns: a rule that names it
 * (`ValidationRule<"ho_so_thap">`) widens the codes {@link validateReport} gives by exactly its
 * own; a rule typed plain `ValidationRule` may return any code, and so widens them to `string`.
 *
 * @category Validation
 * @example
 * ```ts
 * const myRule: ValidationRule = {
 *   id: "tinh.ho_so_toi_thieu",
 *   family: "custom",
 *   severity: "warning",
 *   levels: ["tinh"],
 *   periodKinds: ["month"],
 *   description: "Tỉnh phải báo cáo số hồ sơ tiếp nhận.",
 *   description_en: "A province must report the number of applications received.",
 *   check: (ctx) =>
 *     typeof ctx.report.values["hs.tiep_nhan"] === "number"
 *       ? []
 *       : [{ code: "figure_missing", path: ["values", "hs.tiep_nhan"], params: { id: "hs.tiep_nhan" } }],
 * };
 * validateReport(report, { rules: [...VALIDATION_RULES, myRule] });
 * ```
 */
export interface ValidationRule<Code extends string = string> {
  /** Stable id, `family.name`: what `disable` takes. */
  readonly id: string;
  /**
   * The family it belongs to (`arithmetic`, `stated`, `target`, `time`, `completeness`,
   * `hierarchy`, `document`, `narrative`, or a vendor's own); defaults to the id's first part.
   */
  readonly family?: string;
  /** Severity of its findings unless a finding says otherwise. */
  readonly severity: Severity;
  /** Report levels the rule applies to. */
  readonly levels: readonly Level[];
  /** Period kinds the rule applies to. */
  readonly periodKinds: readonly PeriodKind[];
  /** What the rule checks, in Vietnamese. */
  readonly description: string;
  readonly description_en?: string;
  /** The check: pure, never mutates the context, returns its findings. */
  readonly check: (ctx: RuleContext) => readonly RawIssue<Code>[];
  /**
   * The rule's own message tables (issue code → message), for codes that the built-in tables do
   * not have: a vendor's rule brings its words with it instead of getting a placeholder.
   */
  readonly messages?: { readonly vi: ValidationMessageTable; readonly en?: ValidationMessageTable };
}

/** Every level. */
export const ALL_LEVELS: readonly Level[] = ["xa", "tinh", "bo"];

/** Every period kind. */
export const ALL_KINDS: readonly PeriodKind[] = ["month", "quarter", "half", "nine", "year", "range"];
