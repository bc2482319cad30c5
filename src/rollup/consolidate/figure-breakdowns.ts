import { AGG_SUM } from "../../indicators/codes.js";
import { type CompiledCatalog } from "../../indicators/compile.js";
import type { Locale } from "../../schema/problem.js";
import type { FigureBreakdown } from "../../schema/figure-facts.js";
import type { Report } from "../../schema/report.js";
import { rollupProblem, type RollupProblem } from "../messages.js";

/**
 * Breakdowns of a figure by a dimension (by province, ministry, procedure, document type…) rolled
 * up: the parent's part of each key is the sum of the children's parts of that key, for `sum`
 * elements only, and the parts are checked against the totals at both ends.
 *
 * - A child's breakdown counts only when the child's figure itself counted in the parent's total
 *   (a value the rollup left out takes its parts with it) and its parts agree with that figure
 *   (complete: they add up to it; partial, "trong đó": they do not exceed it). Otherwise it is
 *   left out, named with the reason (`child_breakdown_left_out`).
 * - The parent's breakdown is complete only when every child whose figure counted gave a complete
 *   breakdown by that dimension that was kept; otherwise it is partial (`complete: false`), so its
 *   parts never claim to be the whole.
 * - The parent's parts are checked against the parent's total: complete parts add up to it,
 *   partial ones do not exceed it (true by construction; checked all the same), and a breakdown
 *   of a figure the parent does not write (withheld, overflowing, outside its level) is not
 *   written either (`breakdown_dropped`).
 *
 * Keys are ordered as they first appear (children are sorted by unit code, so the order does not
 * depend on arrival); a key's label is that of the first child giving it.
 */
export function rollupBreakdowns(
  children: readonly Report[],
  counted: (c: number, id: string) => boolean,
  parentValues: Readonly<Record<string, number | boolean>>,
  tables: CompiledCatalog,
  outside: ReadonlySet<string>,
  issues: RollupProblem[],
  locale: Locale,
): FigureBreakdown[] | undefined {
  let any = false;
  for (const c of children) if (c.breakdowns !== undefined && c.breakdowns.length > 0) any = true;
  if (!any) return undefined;
  interface Acc {
    id: string;
    dimension: FigureBreakdown["dimension"];
    parts: Map<string, { label: string; value: number }>;
    complete: boolean;
    givers: Set<number>;
  }
  const groups = new Map<string, Acc>();
  for (let c = 0; c < children.length; c++) {
    const child = children[c]!;
    for (const b of child.breakdowns ?? []) {
      const pos = tables.position[b.id];
      // Not summed, or not reported at the parent's level (named once in element_outside_level).
      if (pos === undefined || tables.agg[pos] !== AGG_SUM || outside.has(b.id)) continue;
      const key = `${b.id}|${b.dimension}`;
      let acc = groups.get(key);
      if (acc === undefined) {
        acc = { id: b.id, dimension: b.dimension, parts: new Map(), complete: true, givers: new Set() };
        groups.set(key, acc);
      }
      const sum = b.parts.reduce((s, p) => s + p.value, 0);
      const value = child.values[b.id];
      const reason = acc.givers.has(c)
        ? "duplicate"
        : !counted(c, b.id) || typeof value !== "number"
          ? "not_counted"
          : b.complete
            ? sum === value
              ? undefined
              : "inconsistent"
            : sum <= value
              ? undefined
              : "inconsistent";
      if (reason !== undefined) {
        // Its figure counted but its parts do not: the parent's parts cannot be the whole.
        if (reason === "inconsistent") acc.complete = false;
        issues.push(
          rollupProblem(
            "child_breakdown_left_out",
            "warning",
            ["children", child.unit.code, "breakdowns", b.id],
            {
              unit: child.unit.code,
              unitName: child.unit.name,
              id: b.id,
              dimension: b.dimension,
              reason,
              sum,
              ...(typeof value === "number" ? { value } : {}),
              complete: b.complete,
            },
            locale,
          ),
        );
        continue;
      }
      acc.givers.add(c);
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
    if (acc.givers.size === 0) continue;
    // A child whose figure counted without breaking it down leaves the parent's parts partial.
    let complete = acc.complete;
    for (let c = 0; complete && c < children.length; c++) if (!acc.givers.has(c) && counted(c, acc.id)) complete = false;
    const parts = [...acc.parts].map(([key, p]) => ({ key, label: p.label, value: p.value }));
    const sum = parts.reduce((s, p) => s + p.value, 0);
    const total = parentValues[acc.id];
    const reason =
      parts.some((p) => p.value > Number.MAX_SAFE_INTEGER) || sum > Number.MAX_SAFE_INTEGER
        ? "overflow"
        : typeof total !== "number"
          ? "no_total"
          : (complete ? sum !== total : sum > total)
            ? "inconsistent"
            : undefined;
    if (reason !== undefined) {
      issues.push(
        rollupProblem(
          "breakdown_dropped",
          "warning",
          ["breakdowns", acc.id],
          { id: acc.id, dimension: acc.dimension, reason, sum, ...(typeof total === "number" ? { total } : {}) },
          locale,
        ),
      );
      continue;
    }
    out.push({ id: acc.id, dimension: acc.dimension, complete, parts });
  }
  return out.length > 0 ? out : undefined;
}
