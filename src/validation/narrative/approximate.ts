/**
 * How far an approximate figure may be from the truth. interval.ts reads "hơn 60%" as anything
 * above 60%, which would switch the check off; an author who writes "hơn 60%" for 78,9% has made
 * a slip, so "more than" is capped at the next step of the leading digit and "nearly" floored at
 * the step below ("khoảng" keeps its ±10%).
 */
import { statedInterval } from "../interval.js";
import type { Figure, Qualifier } from "./tokens.js";

/**
 * The interval an approximate percentage stands for, capped at the next step of its leading
 * digit ("hơn 60%" ≤ 70%, "gần 80%" ≥ 70%, "gần 100%" ≥ 90%); "dưới" stays a plain upper bound.
 */
export function approximateInterval(fig: Pick<Figure, "value" | "decimals">, qualifier: Qualifier | undefined): { low: number; high: number } {
  const base = statedInterval({ value: fig.value, decimals: fig.decimals, ...(qualifier ? { qualifier } : {}) });
  if (fig.value <= 0) return base;
  const step = fig.value >= 100 ? 10 : 10 ** Math.floor(Math.log10(fig.value));
  if (qualifier === "hơn" || qualifier === "trên") return { low: base.low, high: (Math.floor(fig.value / step) + 1) * step };
  // "dưới 5%" for 1% is true and natural; "gần 80%" for 50% is not.
  if (qualifier === "gần" || qualifier === "gần như") return { low: (Math.ceil(fig.value / step) - 1) * step, high: base.high };
  return base;
}


/**
 * The interval an approximate share stands for ({@link approximateInterval}), held within ten
 * units of its last written decimal when it has one: an author who writes "khoảng 94,77%" or
 * "gần 62,15%" has computed the share to the hundredth, so "khoảng 94,77%" is [94,67; 94,87], not
 * ±10%, and "hơn 47,3%" is under 48,3%. A whole percentage ("khoảng 30%") keeps its range; "dưới"
 * stays a plain bound.
 */
export function shareInterval(fig: Pick<Figure, "value" | "decimals">, qualifier: Qualifier | undefined): { low: number; high: number } {
  const base = approximateInterval(fig, qualifier);
  if (qualifier === undefined || qualifier === "dưới" || fig.decimals < 1) return base;
  const reach = 10 * 10 ** -fig.decimals;
  return { low: Math.max(base.low, fig.value - reach), high: Math.min(base.high, fig.value + reach) };
}
