import { AGG_SUM } from "../../indicators/codes.js";
import { type CompiledCatalog } from "../../indicators/compile.js";
import type { FigureBreakdown } from "../../schema/figure-facts.js";
import type { Report } from "../../schema/report.js";

/**
 * Breakdowns of a figure by a dimension (by procedure, document type, agency…) rolled up: the
 * parent's part of each key is the sum of the children's parts of that key, for `sum` elements
 * only. The parent's breakdown is complete only when every child that gives the figure gives a
 * complete breakdown of it by that dimension; otherwise it is kept as "trong đó" (`complete:
 * false`), so its parts never claim to be the whole. Keys are ordered as they first appear
 * (children are sorted by unit code, so the order does not depend on arrival).
 */
export function rollupBreakdowns(children: readonly Report[], tables: CompiledCatalog): FigureBreakdown[] | undefined {
  let any = false;
  for (const c of children) if (c.breakdowns !== undefined && c.breakdowns.length > 0) any = true;
  if (!any) return undefined;
  interface Acc {
    id: string;
    dimension: FigureBreakdown["dimension"];
    parts: Map<string, { label: string; value: number }>;
    complete: boolean;
    givers: Set<string>;
  }
  const groups = new Map<string, Acc>();
  for (const c of children) {
    for (const b of c.breakdowns ?? []) {
      const pos = tables.position[b.id];
      if (pos === undefined || tables.agg[pos] !== AGG_SUM) continue;
      const key = `${b.id}|${b.dimension}`;
      let acc = groups.get(key);
      if (acc === undefined) {
        acc = { id: b.id, dimension: b.dimension, parts: new Map(), complete: true, givers: new Set() };
        groups.set(key, acc);
      }
      if (acc.givers.has(c.unit.code)) continue; // one breakdown per child and dimension
      acc.givers.add(c.unit.code);
      if (!b.complete) acc.complete = false;
      for (const p of b.parts) {
        const part = acc.parts.get(p.key);
        if (part) part.value += p.value;
        else acc.parts.set(p.key, { label: p.label, value: p.value });
      }
    }
  }
  const out: FigureBreakdown[] = [];
  for (const acc of groups.values()) {
    // A child that gives the figure without breaking it down leaves the parent's parts partial.
    const complete = acc.complete && children.every((c) => acc.givers.has(c.unit.code) || typeof c.values[acc.id] !== "number");
    const parts = [...acc.parts].map(([key, p]) => ({ key, label: p.label, value: p.value }));
    if (parts.some((p) => p.value > Number.MAX_SAFE_INTEGER)) continue;
    out.push({ id: acc.id, dimension: acc.dimension, complete, parts });
  }
  return out.length > 0 ? out : undefined;
}
