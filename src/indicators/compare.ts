import { formatViNumber } from "../format/number.js";
import { parsePeriod, periodLabel, previousPeriod, samePeriodLastYear, type Period } from "../schema/period.js";
import { COMPARE_WORDS as W } from "./messages.js";

/**
 * Direction of a change, after rounding to the precision it is written with (a change that
 * rounds to 0 is `same`: "tương đương").
 *
 * @category Indicators
 * @example
 * ```ts
 * const d: ChangeDirection = "up";
 * ```
 */
export type ChangeDirection = "up" | "down" | "same";

/**
 * Options of {@link compareValues}.
 *
 * @category Indicators
 * @example
 * ```ts
 * const o: CompareOptions = { against: "samePeriodLastYear", period: "202502", unit: "%" };
 * ```
 */
export interface CompareOptions {
  /** What `previous` is: the previous period (default) or the same period last year ("cùng kỳ"). */
  readonly against?: "previous" | "samePeriodLastYear";
  /** The period `previous` belongs to (id such as "202601" or a parsed period). */
  readonly period?: string | Period | undefined;
  /** The period `current` belongs to; used to work out `period` when that is not given. */
  readonly currentPeriod?: string | Period | undefined;
  /** `ratio` for percentages (the change is in percentage points); default `ratio` when `unit` is "%". */
  readonly kind?: "count" | "ratio";
  /** Unit written after the change: "lượt", "hồ sơ", "đồng"… ("%" implies a ratio). */
  readonly unit?: string;
  /** Decimals of the written change (default 0 for counts, 1 for ratios). */
  readonly decimals?: number;
  /** Counts only: write the absolute change (default), the relative change in %, or both. */
  readonly style?: "absolute" | "relative" | "both";
}

/**
 * A comparison of a figure with an earlier one.
 *
 * @category Indicators
 * @example
 * ```ts
 * const c: Comparison = {
 *   current: 11907240, previous: 11453556, absolute: 453684, relative: 3.961…, direction: "up",
 *   phrase: "tăng 453.684 lượt so với tháng 01/2026",
 * };
 * ```
 */
export interface Comparison {
  readonly current: number;
  readonly previous: number;
  /** current − previous, in the figure's unit (percentage points for ratios). */
  readonly absolute: number;
  /** (current − previous) ÷ |previous| × 100; `undefined` when previous is 0 (or the ratio overflows). */
  readonly relative: number | undefined;
  /** For ratios: the change in percentage points (equal to `absolute`). */
  readonly percentagePoints?: number;
  readonly direction: ChangeDirection;
  /** The Vietnamese phrase: "tăng 453.684 lượt so với tháng 01/2026", "tương đương cùng kỳ". */
  readonly phrase: string;
}

/** Removes binary floating-point noise (99.7 − 97.6 = 2.1000000000000085). */
function clean(x: number): number {
  return Number.isInteger(x) ? x : Number(x.toPrecision(12));
}

function resolvePeriod(p: string | Period | undefined): Period | undefined {
  if (p === undefined) return undefined;
  return typeof p === "string" ? parsePeriod(p) : p;
}

function yearOf(p: Period): number {
  return p.kind === "range" ? Number(p.from.slice(0, 4)) : p.year;
}

/** "tháng 01/2026", "cùng kỳ năm 2025", "kỳ trước", "cùng kỳ năm trước" (and the "tương đương" form). */
function reference(options: CompareOptions, same: boolean): string {
  const sameYear = options.against === "samePeriodLastYear";
  let period = resolvePeriod(options.period);
  if (!period) {
    const cur = resolvePeriod(options.currentPeriod);
    if (cur) period = sameYear ? samePeriodLastYear(cur) : previousPeriod(cur);
  }
  if (sameYear) {
    if (period) return W.samePeriodOfYear(yearOf(period));
    return same ? W.samePeriod : W.samePeriodLastYear;
  }
  return period ? periodLabel(period) : W.previous;
}

/**
 * Compares a figure with the previous period or the same period last year: absolute and
 * relative change, direction, the change in percentage points for ratios, and the phrase the
 * reports write. Returns `undefined` when either side has no finite value (an indicator without
 * a value cannot be compared).
 *
 * @category Indicators
 * @summary "tăng 453.684 lượt so với tháng 01/2026".
 * @param current - This period's figure (a count, an amount, or a percentage such as 99.7).
 * @param previous - The earlier figure, in the same unit.
 * @param options - Which earlier period, its id, the unit and precision.
 * @example
 * ```ts
 * compareValues(11907240, 11453556, { period: "202601", unit: "lượt" })?.phrase;
 * // "tăng 453.684 lượt so với tháng 01/2026"
 * compareValues(95.5, 97.6, { against: "samePeriodLastYear", period: "202502", unit: "%" })?.phrase;
 * // "giảm 2,1 điểm phần trăm so với cùng kỳ năm 2025"
 * compareValues(100, 100, { against: "samePeriodLastYear", unit: "%" })?.phrase;
 * // "tương đương cùng kỳ"
 * ```
 */
export function compareValues(
  current: number | undefined,
  previous: number | undefined,
  options: CompareOptions = {},
): Comparison | undefined {
  if (current === undefined || previous === undefined || !Number.isFinite(current) || !Number.isFinite(previous)) {
    return undefined;
  }
  const ratio = (options.kind ?? (options.unit === "%" ? "ratio" : "count")) === "ratio";
  const decimals = options.decimals ?? (ratio ? 1 : 0);
  const absolute = clean(current - previous);
  const rel = previous === 0 ? Number.NaN : ((current - previous) / Math.abs(previous)) * 100;
  const relative = Number.isFinite(rel) ? clean(rel) : undefined;
  const shown = Math.abs(absolute).toFixed(Math.max(0, Math.min(20, decimals)));
  const direction: ChangeDirection = Number(shown) === 0 ? "same" : absolute > 0 ? "up" : "down";

  let phrase: string;
  if (direction === "same") {
    phrase = `${W.same} ${reference(options, true)}`;
  } else {
    const absText = ratio
      ? `${formatViNumber(Math.abs(absolute), decimals)} ${W.percentagePoints}`
      : `${formatViNumber(Math.abs(absolute), decimals)}${options.unit ? ` ${options.unit}` : ""}`;
    const relText = relative === undefined ? undefined : `${formatViNumber(Math.abs(relative), 1)}%`;
    const style = ratio ? "absolute" : (options.style ?? "absolute");
    const amount =
      style === "relative" && relText !== undefined
        ? relText
        : style === "both" && relText !== undefined
          ? `${absText} (${relText})`
          : absText;
    phrase = `${direction === "up" ? W.up : W.down} ${amount} ${W.against} ${reference(options, false)}`;
  }

  return {
    current,
    previous,
    absolute,
    relative,
    ...(ratio ? { percentagePoints: absolute } : {}),
    direction,
    phrase,
  };
}
