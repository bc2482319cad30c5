import type { Locale } from "../../schema/problem.js";
import type { Report, StatedValue } from "../../schema/report.js";
import type { ChildFigures } from "./child-figures.js";
import { AGG_COUNT_TRUE } from "../../indicators/codes.js";
import { type CompiledCatalog } from "../../indicators/compile.js";
import { RANK_FLAG, combine, flagRank, type FigureFlag } from "../combine.js";
import { rollupProblem, type RollupProblem } from "../messages.js";

/**
 * Rolls up the children's comparison figures (previous period, same period last year) so that
 * the parent can say "so với cùng kỳ". A figure is compared like with like: its comparison
 * value is derived only from the children that gave the current figure, and only when every
 * one of them also gave the comparison figure; otherwise it is left out and the rollup says which
 * children lack it.
 */

/** Which comparison. */
export type ComparisonKind = "previous" | "samePeriodLastYear";

/** A rolled-up comparison figure set (the shape of `report.comparisons.*`). */
export interface ComparisonSet {
  readonly period: string;
  readonly values: Record<string, number>;
  readonly stated: Record<string, StatedValue>;
  readonly flags: Record<string, FigureFlag>;
}


/**
 * Rolls up one comparison; `undefined` when no child gave it for the expected period.
 * `figures` are the children's current figures (sorted as for the aggregation) and
 * `contributed` how many gave each element, from the aggregation.
 */
export function rollupComparison(
  which: ComparisonKind,
  expectedPeriod: string,
  children: readonly Report[],
  figures: readonly ChildFigures[],
  contributed: Int32Array,
  contributes: (c: number, pos: number) => boolean,
  tables: CompiledCatalog,
  issues: RollupProblem[],
  locale: Locale,
): ComparisonSet | undefined {
  const byUnit = new Map<string, NonNullable<NonNullable<Report["comparisons"]>[ComparisonKind]>>();
  for (const child of children) {
    const comp = child.comparisons?.[which];
    if (comp === undefined) continue;
    if (comp.period !== expectedPeriod) {
      issues.push(
        rollupProblem(
          "comparison_period_mismatch",
          "warning",
          ["children", child.unit.code, "comparisons", which, "period"],
          { unit: child.unit.code, unitName: child.unit.name, which, period: comp.period, expectedPeriod },
          locale,
        ),
      );
      continue;
    }
    byUnit.set(child.unit.code, comp);
  }
  if (byUnit.size === 0) return undefined;

  const values: Record<string, number> = {};
  const stated: Record<string, StatedValue> = {};
  const flags: Record<string, FigureFlag> = {};
  for (let pos = 0; pos < tables.byPosition.length; pos++) {
    if (contributed[pos] === 0) continue;
    const id = tables.byPosition[pos]!.id;
    const a = tables.agg[pos]!;
    const list = figures.filter((_, c) => contributes(c, pos));
    const missing: string[] = [];
    let acc = 0;
    let of = 0;
    let ofKnown = true;
    let rank = 0;
    let first = true;
    for (const c of list) {
      const comp = byUnit.get(c.unit);
      const v = comp?.values[id];
      let x: number;
      if (typeof v === "boolean" && a === AGG_COUNT_TRUE) {
        x = v ? 1 : 0;
        of += 1;
      } else if (typeof v === "number" && Number.isSafeInteger(v) && v >= 0) {
        x = v;
        if (a === AGG_COUNT_TRUE) {
          const max = comp?.stated[id]?.max;
          if (max !== undefined && Number.isSafeInteger(max) && max >= v) of += max;
          else ofKnown = false;
        }
      } else {
        missing.push(c.unit);
        continue;
      }
      acc = combine(a, acc, x, first);
      first = false;
      rank = Math.max(rank, flagRank(comp?.flags[id]));
    }
    if (missing.length > 0) {
      if (missing.length < list.length) {
        issues.push(
          rollupProblem(
            "comparison_incomplete",
            "info",
            ["comparisons", which, "values", id],
            { id, which, units: missing },
            locale,
          ),
        );
      }
      continue;
    }
    if (acc > Number.MAX_SAFE_INTEGER) {
      issues.push(rollupProblem("sum_overflow", "error", ["comparisons", which, "values", id], { id, which }, locale));
      continue;
    }
    values[id] = acc;
    if (a === AGG_COUNT_TRUE && ofKnown && of > 0) stated[id] = { value: acc, decimals: 0, max: of };
    const flag = RANK_FLAG[rank];
    if (flag) flags[id] = flag;
  }
  return { period: expectedPeriod, values, stated, flags };
}
