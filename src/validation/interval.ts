import type { StatedValue } from "../schema/report.js";

/**
 * The XBRL Calculations 1.1 reading of a stated figure: a value written with `d` decimals
 * stands for the interval [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ] (negative `d` for figures rounded to tens,
 * thousands…). Approximation words widen the interval honestly instead of raising false alarms:
 * "hơn"/"trên" (more than) give a lower bound, "gần"/"dưới"/"gần như" an upper bound,
 * "khoảng"/"xấp xỉ" a tolerance (the stated one, or {@link DEFAULT_APPROX_TOLERANCE} of the value).
 */

/**
 * A closed interval; `low` may be `-Infinity` and `high` `Infinity` for one-sided bounds.
 *
 * @category Validation
 * @example
 * ```ts
 * const i: Interval = { low: 99.65, high: 99.75 };
 * ```
 */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

/**
 * Relative tolerance of "khoảng"/"xấp xỉ" when the author gave none: 10% of the value.
 *
 * @category Validation
 * @example
 * ```ts
 * DEFAULT_APPROX_TOLERANCE; // 0.1
 * ```
 */
export const DEFAULT_APPROX_TOLERANCE = 0.1;

/**
 * The interval a stated value stands for.
 *
 * @category Validation
 * @summary XBRL interval of a written figure, widened by its qualifier.
 * @example
 * ```ts
 * statedInterval({ value: 99.7, decimals: 1 });                    // { low: 99.65, high: 99.75 }
 * statedInterval({ value: 1200, decimals: 0, qualifier: "hơn" });  // { low: 1199.5, high: Infinity }
 * statedInterval({ value: 4000, decimals: 0, qualifier: "gần" });  // { low: 0, high: 4000.5 }
 * statedInterval({ value: 157_900_000_000, decimals: -8 });        // ± 50.000.000
 * ```
 */
export function statedInterval(stated: Pick<StatedValue, "value" | "decimals" | "qualifier" | "tolerance">): Interval {
  const half = 0.5 * 10 ** -stated.decimals;
  const v = stated.value;
  switch (stated.qualifier) {
    case "hơn":
    case "trên":
      return { low: v - half, high: Number.POSITIVE_INFINITY };
    case "gần":
    case "dưới":
    case "gần như":
      return { low: 0, high: v + half };
    case "khoảng":
    case "xấp xỉ": {
      const tol = stated.tolerance ?? Math.abs(v) * DEFAULT_APPROX_TOLERANCE;
      return { low: v - half - tol, high: v + half + tol };
    }
    case undefined:
      return { low: v - half, high: v + half };
  }
}

// Floating-point slack: 99,687… computed from 956/959 must not fall outside [99.65, 99.75]
// because of representation error at the boundaries.
const EPSILON = 1e-9;

/**
 * Whether an exact value (computed from counts) is consistent with what the author wrote.
 *
 * @category Validation
 * @summary The XBRL Calculations 1.1 consistency test.
 * @example
 * ```ts
 * isConsistent((956 / 959) * 100, { value: 99.7, decimals: 1 }); // true  (99,687 ∈ [99,65; 99,75])
 * isConsistent((956 / 959) * 100, { value: 99.8, decimals: 1 }); // false
 * ```
 */
export function isConsistent(
  exact: number,
  stated: Pick<StatedValue, "value" | "decimals" | "qualifier" | "tolerance">,
): boolean {
  if (!Number.isFinite(exact)) return false;
  const { low, high } = statedInterval(stated);
  const slack = EPSILON * Math.max(1, Math.abs(exact));
  return exact >= low - slack && exact <= high + slack;
}

/**
 * Whether two intervals meet (XBRL: a total is consistent with its items when the total's
 * interval meets the interval of the sum of the items).
 *
 * @category Validation
 * @example
 * ```ts
 * intervalsMeet({ low: 99.65, high: 99.75 }, { low: 99.7, high: 99.8 }); // true
 * ```
 */
export function intervalsMeet(a: Interval, b: Interval): boolean {
  return a.low <= b.high + EPSILON && b.low <= a.high + EPSILON;
}

/**
 * The interval of a sum of intervals.
 *
 * @category Validation
 * @example
 * ```ts
 * sumIntervals([{ low: 1, high: 2 }, { low: 10, high: 10 }]); // { low: 11, high: 12 }
 * ```
 */
export function sumIntervals(parts: readonly Interval[]): Interval {
  let low = 0;
  let high = 0;
  for (const p of parts) {
    low += p.low;
    high += p.high;
  }
  return { low, high };
}
