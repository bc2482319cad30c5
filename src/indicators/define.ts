import { indicatorCatalog, type DefaultCatalog } from "./catalog.js";
import type { ElementId } from "./elements.js";
import type {
  BreakdownDef,
  Catalog,
  ElementDef,
  ElementIdOf,
  IndicatorDef,
  IndicatorIdOf,
  ScoreDef,
  ScoreIdOf,
} from "./types.js";

/**
 * Defines an indicator whose operands are checked at compile time: with one argument they must
 * be elements of the default catalog; pass your own elements as the second argument to use
 * them too. An unknown element id in the formula does not compile.
 *
 * @category Indicators
 * @summary A typed indicator definition (identity at run time).
 * @example
 * ```ts
 * const tyLeHoSoQuaHan = defineIndicator({
 *   id: "tl.ho_so_qua_han_tinh", label: "Tỷ lệ hồ sơ quá hạn", unit: "%",
 *   numerator: "hs.qua_han", denominator: "hs.da_giai_quyet", factor: 100, decimals: 1,
 *   outlineItem: "3.1", levels: ["tinh"],
 * });
 *
 * const mine = [{ id: "na.diem_wifi", kind: "count", label: "Số điểm wifi công cộng", unit: "điểm",
 *   outlineItem: "6.1", levels: ["tinh"], aggregation: { units: "sum", time: "last" } }] as const;
 * const tyLe = defineIndicator({
 *   id: "tl.na_wifi_xa", label: "Số điểm wifi trên 100 hồ sơ", unit: "điểm",
 *   numerator: "na.diem_wifi", denominator: "hs.tiep_nhan", factor: 100, decimals: 1,
 *   outlineItem: "6.1", levels: ["tinh"],
 * }, mine);
 * ```
 */
export function defineIndicator<const D extends IndicatorDef<ElementId>>(def: D): D;
export function defineIndicator<
  const E extends readonly ElementDef[],
  const D extends IndicatorDef<ElementId | E[number]["id"]>,
>(def: D, elements: E): D;
export function defineIndicator(def: IndicatorDef, _elements?: readonly ElementDef[]): IndicatorDef {
  return def;
}

/**
 * What {@link extendCatalog} adds to a catalog; the type parameters are the ids it brings.
 *
 * @category Indicators
 * @example
 * ```ts
 * const add: CatalogAdditions = { indicators: [tyLeHoSoQuaHan] };
 * ```
 */
export interface CatalogAdditions<E extends string = string, I extends string = string, S extends string = string> {
  readonly elements?: readonly ElementDef<E>[];
  readonly indicators?: readonly IndicatorDef<string, I>[];
  readonly breakdowns?: readonly BreakdownDef[];
  readonly scores?: readonly ScoreDef<S>[];
}

/**
 * The ids of a list of catalog entries (`never` for an absent list): what {@link ExtendedCatalog}
 * adds to a base catalog's ids.
 *
 * @category Indicators
 * @example
 * ```ts
 * type Ids = IdsOf<readonly [{ id: "na.diem_wifi" }, { id: "na.tram_5g" }]>; // "na.diem_wifi" | "na.tram_5g"
 * ```
 */
export type IdsOf<L> = L extends readonly { readonly id: infer Id extends string }[] ? Id : never;

/**
 * The catalog {@link extendCatalog} returns: the base catalog's ids widened with those the
 * additions bring (a union of both, element by element, indicator by indicator).
 *
 * @category Indicators
 * @example
 * ```ts
 * type Mine = ExtendedCatalog<DefaultCatalog, { elements: readonly ElementDef<"na.diem_wifi">[] }>;
 * const id: ElementIdOf<Mine> = "na.diem_wifi"; // and every default element id
 * ```
 */
export type ExtendedCatalog<B extends Catalog, A extends CatalogAdditions> = Catalog<
  ElementIdOf<B> | IdsOf<A["elements"]>,
  IndicatorIdOf<B> | IdsOf<A["indicators"]>,
  ScoreIdOf<B> | IdsOf<A["scores"]>
>;

/**
 * A new catalog: the base one (default {@link indicatorCatalog}) plus provincial elements,
 * indicators, breakdowns and scores. An addition with the id of an existing entry replaces it
 * in place, so a province can restate a label or a target. The base is not modified. Its type
 * knows the ids of both (see {@link ExtendedCatalog}), so the APIs that take ids accept the new
 * ones and still reject a misspelt one.
 *
 * @category Indicators
 * @example
 * ```ts
 * const catalog = extendCatalog({ indicators: [tyLeHoSoQuaHan] });
 * evaluateIndicators(report.values, { catalog, ids: ["tl.ho_so_qua_han_tinh"] });
 * ```
 */
export function extendCatalog<const A extends CatalogAdditions>(additions: A): ExtendedCatalog<DefaultCatalog, A>;
export function extendCatalog<const A extends CatalogAdditions, B extends Catalog>(additions: A, base: B): ExtendedCatalog<B, A>;
export function extendCatalog(additions: CatalogAdditions, base: Catalog = indicatorCatalog): Catalog {
  const merge = <T extends { readonly id: string }>(a: readonly T[], b: readonly T[] | undefined): T[] => {
    if (!b || b.length === 0) return [...a];
    const extra = new Map(b.map((x) => [x.id, x] as const));
    const out = a.map((x) => extra.get(x.id) ?? x);
    const seen = new Set(a.map((x) => x.id));
    for (const x of b) if (!seen.has(x.id)) {
      seen.add(x.id);
      out.push(extra.get(x.id) ?? x);
    }
    return out;
  };
  return {
    elements: merge(base.elements, additions.elements),
    indicators: merge(base.indicators, additions.indicators),
    breakdowns: merge(base.breakdowns, additions.breakdowns),
    scores: merge(base.scores ?? [], additions.scores),
  };
}
