import type { Catalog, ElementDef, IndicatorDef, UnitAggregation } from "../indicators/types.js";

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
  return { catalog, position, elements, agg, indicators, ratios };
}
