import type { BreakdownDef, Catalog, ElementDef, IndicatorDef, UnitAggregation } from "../indicators/types.js";

/**
 * Per-catalog look-up tables, built once per call so that the hot loops of rollup and remap
 * read a null-prototype object and small arrays instead of searching the catalog.
 */

/** Aggregation codes, as small integers for the hot loop. */
export const AGG_SUM = 0;
export const AGG_NONE = 1;
export const AGG_MIN = 2;
export const AGG_MAX = 3;
export const AGG_COUNT_TRUE = 4;

const AGG_CODE: Readonly<Record<UnitAggregation, number>> = {
  sum: AGG_SUM,
  none: AGG_NONE,
  min: AGG_MIN,
  max: AGG_MAX,
  countTrue: AGG_COUNT_TRUE,
};

/** The tables. Internal: not exported from the package. */
export interface CatalogTables {
  readonly catalog: Catalog;
  /** Element id → position in `elements` (null prototype: no inherited keys). */
  readonly position: Readonly<Record<string, number>>;
  readonly elements: readonly ElementDef[];
  /** Aggregation code of each element, by position. */
  readonly agg: Uint8Array;
  /** Indicator id → definition (null prototype). */
  readonly indicators: Readonly<Record<string, IndicatorDef>>;
  /** Indicators whose numerator and denominator are both elements, with their positions. */
  readonly ratios: readonly { readonly def: IndicatorDef; readonly num: number; readonly den: number }[];
  /** `partOf` relations between `sum` elements as pairs (part, whole positions), wholes first. */
  readonly partOf: Int32Array;
  /** Position of each element's whole in `partOf` (−1 when it has none there). */
  readonly wholeOf: Int32Array;
  /** Breakdowns whose total and parts are all `sum` elements (each part in one breakdown only). */
  readonly breakdowns: readonly { readonly def: BreakdownDef; readonly total: number; readonly parts: readonly number[] }[];
  /** Things derived from the tables on first use and kept with them (provenance getters). */
  readonly memo: { provenance?: readonly PropertyDescriptor[] };
}

/** Builds the tables of a catalog (pure). Later duplicates of an element id are ignored. */
export function catalogTables(catalog: Catalog): CatalogTables {
  const position = Object.create(null) as Record<string, number>;
  const elements: ElementDef[] = [];
  for (const e of catalog.elements) {
    if (position[e.id] !== undefined) continue;
    position[e.id] = elements.length;
    elements.push(e);
  }
  const agg = new Uint8Array(elements.length);
  for (let i = 0; i < elements.length; i++) agg[i] = AGG_CODE[elements[i]!.aggregation.units];
  const indicators = Object.create(null) as Record<string, IndicatorDef>;
  const ratios: { def: IndicatorDef; num: number; den: number }[] = [];
  for (const ind of catalog.indicators) {
    if (indicators[ind.id] !== undefined) continue;
    indicators[ind.id] = ind;
    const num = position[ind.numerator];
    const den = position[ind.denominator];
    if (num !== undefined && den !== undefined) ratios.push({ def: ind, num, den });
  }
  // partOf between sums, ordered by the depth of the part so that wholes are settled first.
  const depth = (i: number, seen = new Set<number>()): number => {
    const w = elements[i]!.partOf;
    const wp = w === undefined ? undefined : position[w];
    if (wp === undefined || seen.has(i)) return 0;
    seen.add(i);
    return 1 + depth(wp, seen);
  };
  const partOf: { part: number; whole: number; depth: number }[] = [];
  for (let i = 0; i < elements.length; i++) {
    const w = elements[i]!.partOf;
    const wp = w === undefined ? undefined : position[w];
    if (wp !== undefined && wp !== i && agg[i] === AGG_SUM && agg[wp] === AGG_SUM) partOf.push({ part: i, whole: wp, depth: depth(i) });
  }
  partOf.sort((a, b) => a.depth - b.depth || a.part - b.part);
  const breakdowns: { def: BreakdownDef; total: number; parts: number[] }[] = [];
  const inBreakdown = new Set<number>();
  for (const b of catalog.breakdowns) {
    const total = position[b.total];
    const parts = b.parts.map((p) => position[p]);
    if (total === undefined || agg[total] !== AGG_SUM || parts.length === 0) continue;
    if (!parts.every((p): p is number => p !== undefined && agg[p] === AGG_SUM && p !== total && !inBreakdown.has(p))) continue;
    if (new Set(parts).size !== parts.length) continue;
    for (const p of parts) inBreakdown.add(p);
    breakdowns.push({ def: b, total, parts });
  }
  const wholeOf = new Int32Array(elements.length).fill(-1);
  for (const { part, whole } of partOf) wholeOf[part] = whole;
  return { catalog, position, elements, agg, indicators, ratios, partOf: Int32Array.from(partOf.flatMap(({ part, whole }) => [part, whole])), wholeOf, breakdowns, memo: {} };
}
