import type { FigureBreakdown } from "../schema/figure-facts.js";

/**
 * The parts of one figure's breakdown by one dimension, added key by key over the reports that
 * give it: the children of a unit rollup, or the sub-periods of a rollup over time. Keys keep the
 * order they first appear in, and the label of the first report that gives them.
 */
export interface BreakdownSum {
  readonly id: string;
  readonly dimension: FigureBreakdown["dimension"];
  readonly parts: Map<string, { readonly label: string; value: number }>;
  /** False once one of the added breakdowns is partial ("trong đó"), or left out as inconsistent. */
  complete: boolean;
  /** The indices of the reports whose breakdown was added. */
  readonly givers: Set<number>;
}

/** The sum of `b`'s figure and dimension in `groups`, made empty on first use. */
export function breakdownSum(groups: Map<string, BreakdownSum>, b: Pick<FigureBreakdown, "id" | "dimension">): BreakdownSum {
  const key = `${b.id}|${b.dimension}`;
  let acc = groups.get(key);
  if (acc === undefined) groups.set(key, (acc = { id: b.id, dimension: b.dimension, parts: new Map(), complete: true, givers: new Set() }));
  return acc;
}

/** Adds report `giver`'s breakdown `b` to `acc`, part by part. */
export function addBreakdown(acc: BreakdownSum, b: FigureBreakdown, giver: number): void {
  acc.givers.add(giver);
  if (!b.complete) acc.complete = false;
  for (const p of b.parts) {
    const part = acc.parts.get(p.key);
    if (part) part.value += p.value;
    else acc.parts.set(p.key, { label: p.label, value: p.value });
  }
}

/** The summed parts, as a breakdown lists them. */
export function summedParts(acc: BreakdownSum): FigureBreakdown["parts"] {
  return [...acc.parts].map(([key, p]) => ({ key, label: p.label, value: p.value }));
}
