import type { CompiledCatalog } from "../../indicators/compile.js";
import type { FigureBreakdown } from "../../schema/figure-facts.js";
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
  interface Acc {
    id: string;
    dimension: FigureBreakdown["dimension"];
    parts: Map<string, { label: string; value: number }>;
    complete: boolean;
    givers: Set<number>;
  }
  const groups = new Map<string, Acc>();
  const out: FigureBreakdown[] = [];
  for (let k = 0; k < accepted.length; k++) {
    for (const b of accepted[k]!.report.breakdowns ?? []) {
      const pos = tables.position[b.id];
      if (pos === undefined || typeof values[b.id] !== "number") continue;
      if (tables.byPosition[pos]!.aggregation.time === "last") {
        if (takenFrom(pos) === k) out.push(b);
        continue;
      }
      const key = `${b.id}|${b.dimension}`;
      let acc = groups.get(key);
      if (acc === undefined) groups.set(key, (acc = { id: b.id, dimension: b.dimension, parts: new Map(), complete: true, givers: new Set() }));
      if (acc.givers.has(k)) continue; // one breakdown per sub-period and dimension
      acc.givers.add(k);
      if (!b.complete) acc.complete = false;
      for (const p of b.parts) {
        const part = acc.parts.get(p.key);
        if (part) part.value += p.value;
        else acc.parts.set(p.key, { label: p.label, value: p.value });
      }
    }
  }
  for (const acc of groups.values()) {
    // A sub-period that gives the figure without breaking it down leaves the parts partial.
    const complete = acc.complete && accepted.every((a, k) => acc.givers.has(k) || typeof a.report.values[acc.id] !== "number");
    const parts = [...acc.parts].map(([key, p]) => ({ key, label: p.label, value: p.value }));
    if (parts.some((p) => p.value > Number.MAX_SAFE_INTEGER)) continue;
    out.push({ id: acc.id, dimension: acc.dimension, complete, parts });
  }
  return out.length > 0 ? out : undefined;
}
