import type { CompiledCatalog } from "../../indicators/compile.js";
import type { FigureBreakdown } from "../../schema/figure-facts.js";
import { addBreakdown, breakdownSum, summedParts, type BreakdownSum } from "../breakdown-sum.js";
import type { Accepted } from "./screen.js";

/**
 * Breakdowns of a figure by a dimension (by procedure, document type, agency…) over time, by the
 * figure's time aggregation: a flow's parts are added key by key over the sub-periods (complete
 * only when every sub-period that gives the figure breaks it down completely, else kept as "trong
 * đó"); a stock's breakdown is the one of the sub-period its value was taken from. Only figures
 * the rolled-up report has are broken down.
 */
export function breakdownsOverTime(
  accepted: readonly Accepted[],
  tables: CompiledCatalog,
  values: Readonly<Record<string, number | boolean>>,
  takenFrom: (pos: number) => number,
): FigureBreakdown[] | undefined {
  let any = false;
  for (const a of accepted) if (a.report.breakdowns !== undefined && a.report.breakdowns.length > 0) any = true;
  if (!any) return undefined;
  const groups = new Map<string, BreakdownSum>();
  const out: FigureBreakdown[] = [];
  for (let k = 0; k < accepted.length; k++) {
    for (const b of accepted[k]!.report.breakdowns ?? []) {
      const pos = tables.position[b.id];
      if (pos === undefined || typeof values[b.id] !== "number") continue;
      if (tables.byPosition[pos]!.aggregation.time === "last") {
        if (takenFrom(pos) === k) out.push(b);
        continue;
      }
      const acc = breakdownSum(groups, b);
      if (acc.givers.has(k)) continue; // one breakdown per sub-period and dimension
      addBreakdown(acc, b, k);
    }
  }
  for (const acc of groups.values()) {
    // A sub-period that gives the figure without breaking it down leaves the parts partial.
    const complete = acc.complete && accepted.every((a, k) => acc.givers.has(k) || typeof a.report.values[acc.id] !== "number");
    const parts = summedParts(acc);
    if (parts.some((p) => p.value > Number.MAX_SAFE_INTEGER)) continue;
    out.push({ id: acc.id, dimension: acc.dimension, complete, parts });
  }
  return out.length > 0 ? out : undefined;
}
