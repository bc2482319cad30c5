import type { AgencyCode } from "../schema/agency.js";
import type { Level } from "../schema/level.js";

/**
 * The catalog's types: data elements (counts, amounts, yes/no facts), indicators (ratios of
 * elements), and declared relations between elements (a part never exceeds its whole; a
 * breakdown adds up to its total). Catalog entries are plain data (`as const satisfies …`).
 */

/**
 * How an element combines over the unit hierarchy (after DHIS2's aggregation types):
 * `sum` adds children; `none` is never derived from children (per-authority counts such as the
 * procedures a province offers); `min`/`max`; `countTrue` counts children for which a yes/no fact
 * holds.
 *
 * @category Indicators
 * @example
 * ```ts
 * const a: UnitAggregation = "sum";
 * ```
 */
export type UnitAggregation = "sum" | "none" | "min" | "max" | "countTrue";

/**
 * How an element combines over time: `sum` for flows ("trong tháng đã cấp 638"), `last` for
 * stocks and cumulative figures ("lũy kế", "đến nay đã cấp 3.454.035 thẻ").
 *
 * @category Indicators
 * @example
 * ```ts
 * const t: TimeAggregation = "last";
 * ```
 */
export type TimeAggregation = "sum" | "last";

/**
 * What an element measures: a count (integer), an amount in whole đồng, or a yes/no fact.
 *
 * @category Indicators
 * @example
 * ```ts
 * const k: ElementKind = "amount";
 * ```
 */
export type ElementKind = "count" | "amount" | "boolean";

/**
 * A data element of the catalog.
 *
 * @category Indicators
 * @example
 * ```ts
 * const e = {
 *   id: "hs.tiep_nhan", kind: "count", label: "Số hồ sơ tiếp nhận trong kỳ", unit: "hồ sơ",
 *   outlineItem: "3.1", lead: ["tt_phvhcc"], levels: ["xa", "tinh", "bo"],
 *   aggregation: { units: "sum", time: "sum" },
 * } as const satisfies ElementDef;
 * ```
 */
export interface ElementDef<Id extends string = string> {
  /** Stable ASCII slug of the Vietnamese term, with a dot: `hs.tiep_nhan`. */
  readonly id: Id;
  readonly kind: ElementKind;
  /** Vietnamese label, as a report would name the figure. */
  readonly label: string;
  /** Vietnamese unit of measure: "hồ sơ", "thủ tục", "tài khoản", "đồng", "lượt"… */
  readonly unit: string;
  /** The outline item (`3.1`) or section (`8`) the figure answers. */
  readonly outlineItem: string;
  /** Legal basis or source of the figure, where there is one. */
  readonly legalBasis?: string;
  /** Agencies that lead reporting it (outline's "chủ trì báo cáo"). */
  readonly lead?: readonly AgencyCode[];
  /** Levels at which the figure is reported. */
  readonly levels: readonly Level[];
  /**
   * Levels whose reports are expected to give it (completeness warns when they do not). Default:
   * its `levels`, except that the national level expects only what is national alone
   * (`levels: ["bo"]`): a national report may quote a commune-and-province figure, it is not
   * asked for each.
   */
  readonly expected?: readonly Level[];
  readonly aggregation: { readonly units: UnitAggregation; readonly time: TimeAggregation };
  /** The element this one is a part of (its value never exceeds the whole's). */
  readonly partOf?: string;
  readonly description?: string;
  /** Where the figure is published (a public report or page), for national figures. */
  readonly source?: string;
}

/**
 * A legal target of an indicator: the value must be `>=` (or `<=`) `value`, in the indicator's
 * unit, per `source`.
 *
 * @category Indicators
 * @example
 * ```ts
 * const t: Target = { op: ">=", value: 80, source: "Nghị quyết 66/NQ-CP; Chương trình năm 2026 của BCĐ Trung ương" };
 * ```
 */
export interface Target {
  readonly op: ">=" | "<=";
  readonly value: number;
  readonly source: string;
  /**
   * First and last day (`YYYY-MM-DD`, inclusive) of the programme the target belongs to: a
   * report whose period ends outside them is not judged against it (a 2025 report against the
   * 2026 programme). Absent: the target holds for every period.
   */
  readonly from?: string;
  readonly to?: string;
}

/**
 * An indicator: `numerator × factor ÷ denominator`, evaluated after aggregating its operands
 * (so a province's rate is a ratio of sums, never an average of rates).
 *
 * @category Indicators
 * @example
 * ```ts
 * const i = {
 *   id: "tl.ho_so_dung_han", label: "Tỷ lệ hồ sơ giải quyết đúng hạn", unit: "%",
 *   numerator: "hs.dung_han", denominator: "hs.da_giai_quyet", factor: 100, decimals: 1,
 *   outlineItem: "3.1", levels: ["xa", "tinh", "bo"],
 * } as const satisfies IndicatorDef;
 * ```
 */
export interface IndicatorDef<ElementId extends string = string, Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  /** "%" for percentages (factor 100). */
  readonly unit: string;
  readonly numerator: ElementId;
  readonly denominator: ElementId;
  readonly factor: number;
  /** Decimals used when the value is displayed. */
  readonly decimals: number;
  readonly target?: Target;
  /** Further targets, each for its own programme period (`from`/`to`); the first that covers a period wins. */
  readonly targets?: readonly Target[];
  readonly outlineItem: string;
  readonly legalBasis?: string;
  readonly lead?: readonly AgencyCode[];
  readonly levels: readonly Level[];
  /** Levels expected to give it; default: its `levels`, the national level only for national-only or targeted indicators. */
  readonly expected?: readonly Level[];
  readonly description?: string;
}

/**
 * A declared breakdown: the parts add up to the total (resolved = on time + late; matched +
 * mismatched + absent = checked). Validation checks it; rollup keeps it true.
 *
 * @category Indicators
 * @example
 * ```ts
 * const b: BreakdownDef = { id: "bd.ho_so_giai_quyet", label: "Hồ sơ đã giải quyết = đúng hạn + quá hạn", total: "hs.da_giai_quyet", parts: ["hs.dung_han", "hs.qua_han"] };
 * ```
 */
export interface BreakdownDef<ElementId extends string = string> {
  readonly id: string;
  readonly label: string;
  readonly total: ElementId;
  readonly parts: readonly ElementId[];
}

/**
 * A whole catalog: elements, indicators and breakdowns. Callers may pass their own,
 * extended with provincial indicators. The type parameters are the ids of its elements (`E`),
 * indicators (`I`) and scores (`S`): the default catalog has literal unions of its ids
 * ({@link DefaultCatalog}), so APIs that take ids reject a misspelt one at compile time;
 * {@link extendCatalog} widens them with a province's own ids; a catalog read from JSON at run
 * time is a plain `Catalog` (every id a `string`).
 *
 * @category Indicators
 * @example
 * ```ts
 * const mine: Catalog = { ...indicatorCatalog, indicators: [...indicatorCatalog.indicators, myIndicator] };
 * ```
 */
export interface Catalog<E extends string = string, I extends string = string, S extends string = string> {
  readonly elements: readonly ElementDef<E>[];
  readonly indicators: readonly IndicatorDef<string, I>[];
  readonly breakdowns: readonly BreakdownDef[];
  /** Scores (points out of a maximum), stated only; optional so that older catalogs still fit. */
  readonly scores?: readonly ScoreDef<S>[];
  /** Validation rules written as data (left expression, operator, right expression). */
  readonly rules?: readonly DataRuleDef[];
}

/**
 * The element ids of a catalog type: a literal union for the default catalog and for catalogs
 * built with {@link extendCatalog}, `string` for a catalog read at run time.
 *
 * @category Indicators
 * @example
 * ```ts
 * const id: ElementIdOf<typeof indicatorCatalog> = "hs.tiep_nhan";
 * ```
 */
export type ElementIdOf<C extends Catalog> = C["elements"][number]["id"];

/**
 * The indicator ids of a catalog type (see {@link ElementIdOf}).
 *
 * @category Indicators
 * @example
 * ```ts
 * const id: IndicatorIdOf<typeof indicatorCatalog> = "tl.ho_so_dung_han";
 * ```
 */
export type IndicatorIdOf<C extends Catalog> = C["indicators"][number]["id"];

/**
 * The score ids of a catalog type (see {@link ElementIdOf}); `never` for a catalog without scores.
 *
 * @category Indicators
 * @example
 * ```ts
 * const id: ScoreIdOf<typeof indicatorCatalog> = "cs766.tong";
 * ```
 */
export type ScoreIdOf<C extends Catalog> = NonNullable<C["scores"]>[number]["id"];

/**
 * Every figure id of a catalog type: its elements, indicators and scores (what a report's
 * `stated` may name).
 *
 * @category Indicators
 * @example
 * ```ts
 * const id: FigureIdOf<typeof indicatorCatalog> = "tl.ho_so_dung_han";
 * ```
 */
export type FigureIdOf<C extends Catalog> = ElementIdOf<C> | IndicatorIdOf<C> | ScoreIdOf<C>;

/**
 * How a data rule treats missing operands (DHIS2's missing-value strategy): `skipIfAnyMissing`
 * (default) skips the rule when any figure of either side is absent, `skipIfAllMissing` only when
 * every one is (the absent ones count 0), `neverSkip` always checks (absent figures count 0).
 *
 * @category Indicators
 * @example
 * ```ts
 * const m: MissingValueStrategy = "skipIfAllMissing";
 * ```
 */
export type MissingValueStrategy = "skipIfAnyMissing" | "skipIfAllMissing" | "neverSkip";

/**
 * A validation rule written as data, as DHIS2 has them: `left operator right`, each side a sum of
 * catalog figures and numbers (`"hs.dung_han + hs.qua_han"`, `"0.8 * tthc.tong"`), with a
 * missing-value strategy, a severity, the levels and period kinds it applies to, and its own
 * messages (`{left}`, `{right}`, `{op}` are replaced by the two sides' values and the operator).
 *
 * @category Indicators
 * @example
 * ```ts
 * const r = {
 *   id: "na.wifi_toi_da", left: "na.diem_wifi", operator: "<=", right: "100 * cnscd.to_thon",
 *   severity: "warning", levels: ["tinh"],
 *   message: { vi: "Số điểm wifi ({left}) vượt 100 lần số tổ công nghệ số ({right}).", en: "Wi-fi points ({left}) exceed 100 per team ({right})." },
 * } as const satisfies DataRuleDef;
 * ```
 */
export interface DataRuleDef {
  /** Stable id, `family.name` (what `disable` takes). */
  readonly id: string;
  readonly left: string;
  readonly operator: "==" | "!=" | "<" | "<=" | ">" | ">=";
  readonly right: string;
  /** Default `skipIfAnyMissing`. */
  readonly missing?: MissingValueStrategy;
  /** Default `warning`. */
  readonly severity?: "error" | "warning" | "info";
  /** Default: every level. */
  readonly levels?: readonly Level[];
  /** Default: every period kind. */
  readonly periodKinds?: readonly ("month" | "quarter" | "half" | "nine" | "year" | "range")[];
  /** What the rule checks (Vietnamese, English optional). */
  readonly description?: string;
  readonly message: { readonly vi: string; readonly en?: string };
}

/**
 * A score id of the catalog: a figure reported only as points out of a maximum ("18/22 điểm"),
 * such as the components of the Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định
 * 766/QĐ-TTg). Scores are stated, never computed from a report's counts.
 *
 * @category Indicators
 * @example
 * ```ts
 * const s: ScoreDef = {
 *   id: "cs766.tong", label: "Tổng điểm Bộ chỉ số phục vụ người dân, doanh nghiệp", unit: "điểm",
 *   max: 100, outlineItem: "3.1", levels: ["xa", "tinh", "bo"],
 *   legalBasis: "Quyết định 766/QĐ-TTg ngày 23/6/2022",
 * } as const satisfies ScoreDef;
 * ```
 */
export interface ScoreDef<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  /** "điểm". */
  readonly unit: string;
  /** Maximum points in the current version, if fixed (a component absent from a version has none). */
  readonly max?: number;
  readonly outlineItem: string;
  readonly legalBasis?: string;
  readonly lead?: readonly AgencyCode[];
  readonly levels: readonly Level[];
  readonly description?: string;
}
