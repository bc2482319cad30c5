import type { Locale } from "../schema/problem.js";
import { cutoffRange, parsePeriod } from "../schema/period.js";
import { indicatorCatalog, type DefaultCatalog } from "./catalog.js";
import { indicatorAt } from "./target-for.js";
import { missingMessage, type MissingCode } from "./messages.js";
import type { Catalog, ElementIdOf, IndicatorDef, IndicatorIdOf, Target } from "./types.js";

/**
 * Why an indicator has no value: a code and a message (Vietnamese unless asked otherwise).
 *
 * @category Indicators
 * @example
 * ```ts
 * const m: MissingReason = { code: "denominator_zero", message: 'Mẫu số "hs.tiep_nhan" bằng 0: không tính được tl.so_hoa.' };
 * ```
 */
export interface MissingReason {
  readonly code: MissingCode;
  readonly message: string;
}

/**
 * The value of one indicator over a set of figures. `value` is `numerator × factor ÷
 * denominator`, unrounded (round only for display, with `decimals`); it is `undefined`, with a
 * `missing` reason, when an operand is absent or invalid or the denominator is 0. Never `NaN`
 * or `Infinity`.
 *
 * @category Indicators
 * @example
 * ```ts
 * const v: IndicatorValue = {
 *   id: "tl.ho_so_dung_han", label: "Tỷ lệ hồ sơ giải quyết đúng và trước hạn", unit: "%", decimals: 1,
 *   value: 99.687, numerator: 956, denominator: 959,
 * };
 * ```
 */
export interface IndicatorValue<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  readonly value: number | undefined;
  readonly numerator: number | undefined;
  readonly denominator: number | undefined;
  readonly unit: string;
  /** Decimals to display the value with. */
  readonly decimals: number;
  readonly target?: Target;
  /** Whether the (unrounded) value meets the target; absent without a target or a value. */
  readonly meetsTarget?: boolean;
  readonly missing?: MissingReason;
}

/**
 * Options of {@link evaluateIndicators}. `C` is the catalog's type: `ids` must be indicator ids
 * of it (a misspelt id of the default catalog does not compile; a catalog read from JSON takes
 * any string).
 *
 * @category Indicators
 * @example
 * ```ts
 * const o: EvaluateOptions = { ids: ["tl.ho_so_dung_han"], locale: "en" };
 * ```
 */
export interface EvaluateOptions<C extends Catalog = DefaultCatalog> {
  /** The catalog to evaluate (default {@link indicatorCatalog}). */
  readonly catalog?: C;
  /** Only these indicators, in this order (an unknown id gives a result with `missing`). */
  readonly ids?: readonly IndicatorIdOf<C>[];
  /** Language of the `missing` messages (default "vi"). */
  readonly locale?: Locale;
  /**
   * The report's period id (`202605`, `2025`): targets are those of the programme covering it
   * (see {@link targetFor}). Without it, the catalog's current target applies.
   */
  readonly period?: string;
}

/**
 * The figures indicators are evaluated over: element id → count, amount (đồng) or yes/no fact,
 * as in a report's `values`. `Id` is the ids it may hold: a literal union (such as
 * {@link ElementId}) makes a misspelt key an error, both in an object literal and when a value
 * is read; the default, `string`, takes any id (a report's values parsed at run time).
 *
 * @category Indicators
 * @example
 * ```ts
 * const f: FigureValues = { "hs.tiep_nhan": 976, "cnscd.da_thanh_lap": true };
 * const typed: FigureValues<ElementId> = { "hs.tiep_nhan": 976 };
 * typed["hs.tiep_nhan"]; // 976
 * ```
 */
export type FigureValues<Id extends string = string> = { readonly [K in Id]?: number | boolean | undefined };

type Operand = { ok: true; value: number } | { ok: false; code: "absent" } | { ok: false; code: "invalid"; received: unknown };

function operand(values: FigureValues, id: string): Operand {
  if (!Object.prototype.hasOwnProperty.call(values, id)) return { ok: false, code: "absent" };
  const v = values[id];
  if (v === undefined) return { ok: false, code: "absent" };
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) return { ok: false, code: "invalid", received: v };
  return { ok: true, value: v };
}

function meets(target: Target, value: number): boolean {
  return target.op === ">=" ? value >= target.value : value <= target.value;
}

/**
 * Evaluates one indicator definition over a set of figures.
 *
 * @category Indicators
 * @summary numerator × factor ÷ denominator, or the reason there is no value.
 * @example
 * ```ts
 * const def = findIndicator("tl.ho_so_dung_han")!;
 * evaluateIndicator(def, { "hs.dung_han": 956, "hs.da_giai_quyet": 959 }).value; // 99.687…
 * evaluateIndicator(def, { "hs.dung_han": 0, "hs.da_giai_quyet": 0 }).missing?.code; // "denominator_zero"
 * ```
 */
export function evaluateIndicator(def: IndicatorDef, values: FigureValues, locale: Locale = "vi"): IndicatorValue {
  const num = operand(values, def.numerator);
  const den = operand(values, def.denominator);
  const base = {
    id: def.id,
    label: def.label,
    unit: def.unit,
    decimals: def.decimals,
    ...(def.target ? { target: def.target } : {}),
  };
  const numerator = num.ok ? num.value : undefined;
  const denominator = den.ok ? den.value : undefined;
  const params = { id: def.id, numerator: def.numerator, denominator: def.denominator };
  const fail = (code: MissingCode, extra: Record<string, unknown> = {}): IndicatorValue => ({
    ...base,
    value: undefined,
    numerator,
    denominator,
    missing: { code, message: missingMessage(code, { ...params, ...extra }, locale) },
  });

  if (!num.ok && num.code === "invalid") return fail("invalid_value", { element: def.numerator, received: String(num.received) });
  if (!den.ok && den.code === "invalid") return fail("invalid_value", { element: def.denominator, received: String(den.received) });
  if (!num.ok && !den.ok) return fail("both_missing");
  if (!num.ok) return fail("numerator_missing");
  if (!den.ok) return fail("denominator_missing");
  if (den.value === 0) return fail("denominator_zero");
  const value = (num.value * def.factor) / den.value;
  if (!Number.isFinite(value)) return fail("non_finite_result");
  return {
    ...base,
    value,
    numerator: num.value,
    denominator: den.value,
    ...(def.target ? { meetsTarget: meets(def.target, value) } : {}),
  };
}

/**
 * Evaluates the indicators of a catalog over a set of figures (a report's `values`, or a
 * rolled-up set: because operands are summed before dividing, a province's rate is the ratio of
 * its sums, never an average of rates). Pure: the input is not modified.
 *
 * @category Indicators
 * @summary Every indicator's value, or the reason it has none.
 * @param values - Element id → count, amount (đồng) or yes/no fact.
 * @param options - Catalog, a subset of ids, message locale.
 * @returns One result per indicator, in catalog order (or in the order of `options.ids`).
 * @example
 * ```ts
 * const [r] = evaluateIndicators({ "tthc.dvctt_toan_trinh": 968, "tthc.tong": 1054 }, { ids: ["tl.dvctt_toan_trinh"] });
 * r.value;        // 91.84…
 * r.meetsTarget;  // true (≥ 80%)
 * ```
 */
export function evaluateIndicators<C extends Catalog = DefaultCatalog>(
  values: FigureValues<NoInfer<ElementIdOf<C>>>,
  options?: EvaluateOptions<C>,
): IndicatorValue<IndicatorIdOf<C>>[];
export function evaluateIndicators(values: FigureValues, options: EvaluateOptions<Catalog> = {}): IndicatorValue[] {
  // First definition of an id wins, as in compileCatalog (which is not imported here: it brings
  // the outline and its tables into a bundle that only evaluates rates).
  const byId = new Map<string, IndicatorDef>();
  for (const def of (options.catalog ?? indicatorCatalog).indicators) if (!byId.has(def.id)) byId.set(def.id, def);
  const locale = options.locale ?? "vi";
  const p = options.period === undefined ? undefined : parsePeriod(options.period);
  const date = p === undefined ? undefined : cutoffRange(p).to;
  const forPeriod = (def: IndicatorDef): IndicatorDef => indicatorAt(def, date);
  if (!options.ids) return [...byId.values()].map((def) => evaluateIndicator(forPeriod(def), values, locale));
  return options.ids.map((id) => {
    const def = byId.get(id);
    if (def) return evaluateIndicator(forPeriod(def), values, locale);
    return {
      id,
      label: id,
      unit: "",
      decimals: 0,
      value: undefined,
      numerator: undefined,
      denominator: undefined,
      missing: { code: "unknown_indicator", message: missingMessage("unknown_indicator", { id }, locale) },
    };
  });
}
