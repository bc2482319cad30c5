import { indicatorCatalog } from "../indicators/catalog.js";
import type { BreakdownDef, Catalog, ElementDef, IndicatorDef } from "../indicators/types.js";
import type { Level } from "../schema/level.js";

/**
 * What the figure generators need from a catalog at one level, computed once per arbitrary: the
 * elements in an order where every whole (and every breakdown's total) comes before its parts,
 * how each part is drawn, and the indicators that can be stated.
 */

/** How one element's value is derived from the random draws. */
export type Draw =
  | { readonly kind: "boolean" }
  | { readonly kind: "root"; readonly max: number }
  /** A share (draw ∈ [0, 1]) of its whole. */
  | { readonly kind: "share"; readonly whole: string }
  /** One part of a breakdown: filled when the breakdown's total is split. */
  | { readonly kind: "split"; readonly breakdown: BreakdownDef };

export interface FigurePlan {
  readonly catalog: Catalog;
  readonly level: Level;
  readonly order: readonly { readonly el: ElementDef; readonly draw: Draw }[];
  readonly indicators: readonly IndicatorDef[];
  readonly breakdowns: readonly BreakdownDef[];
  readonly partWhole: readonly { readonly part: string; readonly whole: string }[];
}

/** Options shared by the figure generators. */
export interface FigurePlanOptions {
  /** The catalog (default `indicatorCatalog`). */
  readonly catalog?: Catalog;
  /** The level whose elements get values (default `xa`). */
  readonly level?: Level;
  /** Largest count drawn for a figure that is no part of another (default 1.000.000). */
  readonly max?: number;
}

export function figurePlan(options: FigurePlanOptions): FigurePlan {
  const catalog: Catalog = options.catalog ?? indicatorCatalog;
  const level = options.level ?? "xa";
  const max = options.max ?? 1_000_000;
  const elements = catalog.elements.filter((e) => e.levels.includes(level));
  const byId = new Map(elements.map((e) => [e.id, e]));
  // A breakdown is split only when its total and all its parts are numbers at this level; each
  // part is split by the first such breakdown (a part in two breakdowns keeps its partOf bound).
  const breakdowns = catalog.breakdowns.filter(
    (b) => [b.total, ...b.parts].every((id) => byId.has(id) && byId.get(id)!.kind !== "boolean"),
  );
  const splitBy = new Map<string, BreakdownDef>();
  for (const b of breakdowns) for (const p of b.parts) if (!splitBy.has(p)) splitBy.set(p, b);
  // A total split by a breakdown whose parts are split elsewhere would not add up: keep only
  // breakdowns that own all their parts.
  const owned = breakdowns.filter((b) => b.parts.every((p) => splitBy.get(p) === b));
  const draw = (e: ElementDef): Draw => {
    if (e.kind === "boolean") return { kind: "boolean" };
    const b = splitBy.get(e.id);
    if (b && owned.includes(b)) return { kind: "split", breakdown: b };
    const whole = e.partOf === undefined ? undefined : byId.get(e.partOf);
    if (whole && whole.kind !== "boolean") return { kind: "share", whole: whole.id };
    return { kind: "root", max: e.kind === "amount" ? max * 100_000 : max };
  };
  // Depth-first: an element after what it depends on (its whole, its breakdown's total).
  const order: { el: ElementDef; draw: Draw }[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const place = (e: ElementDef) => {
    if (placed.has(e.id) || visiting.has(e.id)) return;
    visiting.add(e.id);
    const d = draw(e);
    const dep = d.kind === "share" ? d.whole : d.kind === "split" ? d.breakdown.total : undefined;
    const depEl = dep === undefined ? undefined : byId.get(dep);
    if (depEl) place(depEl);
    visiting.delete(e.id);
    placed.add(e.id);
    order.push({ el: e, draw: d });
  };
  for (const e of elements) place(e);
  const partWhole = elements.flatMap((e) => {
    const w = e.partOf === undefined ? undefined : byId.get(e.partOf);
    return w && w.kind !== "boolean" && e.kind !== "boolean" ? [{ part: e.id, whole: w.id }] : [];
  });
  const indicators = catalog.indicators.filter(
    (i) => i.levels.includes(level) && byId.has(i.numerator) && byId.has(i.denominator),
  );
  return { catalog, level, order, indicators, breakdowns: owned, partWhole };
}

/** Splits `total` into integer parts by weights, largest remainder first, so they add back up. */
export function splitTotal(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const shares = weights.map((w) => (sum > 0 ? (total * w) / sum : total / weights.length));
  const parts = shares.map(Math.floor);
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = shares.map((s, i) => [s - Math.floor(s), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left--;
  }
  return parts;
}
