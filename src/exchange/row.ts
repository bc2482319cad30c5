import type { Level } from "../schema/level.js";
import type { FIGURE_FLAGS, Qualifier } from "../schema/report.js";
import type { BREAKDOWN_DIMENSIONS } from "../schema/figure-facts.js";

/**
 * One figure of one report in long ("tidy") form: which unit, level, agency and period, which
 * catalog element, the breakdown member it is (or none for the element's own figure), the count
 * or yes/no value, what the author wrote (stated value with its precision), its quality flag, and
 * the as-of date and scope when they differ from the report's. Every column is always present
 * (`null` when empty), so rows load as they are into a table (see docs/tich-hop.md).
 *
 * A report gives one row per element it has a value, a stated figure, a flag or a fact for
 * (`dimension: null`), plus one row per part of each breakdown (`dimension`, `member`,
 * `memberLabel`, `complete`, `value`).
 *
 * @category Exchange
 * @example
 * ```ts
 * const row: FigureRow = {
 *   unit: "09487", unitName: "Xã Đông Cứu", level: "xa", agency: null, period: "202605", element: "hs.tiep_nhan",
 *   dimension: null, member: null, memberLabel: null, complete: null, value: 976, yesNo: null,
 *   statedValue: null, statedDecimals: null, statedQualifier: null, statedTolerance: null, statedMax: null, statedText: null,
 *   flag: null, asOf: null, scope: null,
 * };
 * ```
 */
export interface FigureRow {
  readonly unit: string;
  readonly unitName: string;
  readonly level: Level;
  /** The agency code when a department (not the People's Committee) reports. */
  readonly agency: string | null;
  readonly period: string;
  /** Catalog id of the element or indicator. */
  readonly element: string;
  /** Breakdown dimension of this part (`province`, `ministry`, `procedure`…), or null for the element's own figure. */
  readonly dimension: (typeof BREAKDOWN_DIMENSIONS)[number] | null;
  /** Key of the breakdown part (a unit code, an agency code, a slug). */
  readonly member: string | null;
  readonly memberLabel: string | null;
  /** Whether the breakdown's parts are the whole (true) or only “trong đó” some of it (false). */
  readonly complete: boolean | null;
  /** A count or an amount in đồng (safe non-negative integer). */
  readonly value: number | null;
  /** A yes/no fact. */
  readonly yesNo: boolean | null;
  readonly statedValue: number | null;
  readonly statedDecimals: number | null;
  readonly statedQualifier: Qualifier | null;
  readonly statedTolerance: number | null;
  readonly statedMax: number | null;
  readonly statedText: string | null;
  readonly flag: (typeof FIGURE_FLAGS)[number] | null;
  /** ISO date the figure holds at, when it differs from the report's cut-off. */
  readonly asOf: string | null;
  readonly scope: string | null;
}

/**
 * The columns of a {@link FigureRow}, in order, with their names in CSV and SQL (snake_case).
 *
 * @category Exchange
 * @example
 * ```ts
 * ROW_COLUMNS[0]; // ["unit", "unit"]
 * ROW_COLUMNS.find(([key]) => key === "unitName")?.[1]; // "unit_name"
 * ```
 */
export const ROW_COLUMNS = [
  ["unit", "unit"],
  ["unitName", "unit_name"],
  ["level", "level"],
  ["agency", "agency"],
  ["period", "period"],
  ["element", "element"],
  ["dimension", "dimension"],
  ["member", "member"],
  ["memberLabel", "member_label"],
  ["complete", "complete"],
  ["value", "value"],
  ["yesNo", "yes_no"],
  ["statedValue", "stated_value"],
  ["statedDecimals", "stated_decimals"],
  ["statedQualifier", "stated_qualifier"],
  ["statedTolerance", "stated_tolerance"],
  ["statedMax", "stated_max"],
  ["statedText", "stated_text"],
  ["flag", "flag"],
  ["asOf", "as_of"],
  ["scope", "scope"],
] as const satisfies readonly (readonly [keyof FigureRow, string])[];
