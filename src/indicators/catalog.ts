import { BREAKDOWNS } from "./breakdowns.js";
import { ELEMENTS } from "./elements.js";
import { INDICATORS } from "./indicators.js";
import { SCORES } from "./scores.js";
import type { ElementId } from "./elements.js";
import type { IndicatorId } from "./indicators.js";
import type { ScoreId } from "./scores.js";
import type { Catalog, ElementDef, IndicatorDef, ScoreDef } from "./types.js";

/**
 * The type of the default catalog: its element, indicator and score ids as literal unions, so
 * that a misspelt id given to an API that takes the catalog's ids does not compile.
 *
 * @category Indicators
 * @example
 * ```ts
 * const c: DefaultCatalog = indicatorCatalog;
 * ```
 */
export type DefaultCatalog = Catalog<ElementId, IndicatorId, ScoreId>;

/**
 * The default catalog: {@link ELEMENTS}, {@link INDICATORS}, {@link BREAKDOWNS} and
 * {@link SCORES}. Pass your own (see `extendCatalog`) to add provincial indicators.
 *
 * @category Indicators
 * @example
 * ```ts
 * indicatorCatalog.elements.length > 100; // true
 * ```
 */
export const indicatorCatalog = {
  elements: ELEMENTS,
  indicators: INDICATORS,
  breakdowns: BREAKDOWNS,
  scores: SCORES,
} as const satisfies Catalog;

/**
 * Looks up a data element by id.
 *
 * @category Indicators
 * @example
 * ```ts
 * findElement("hs.dung_han")?.unit; // "hồ sơ"
 * findElement("khong.co");          // undefined
 * ```
 */
export function findElement(id: string, catalog: Catalog = indicatorCatalog): ElementDef | undefined {
  return catalog.elements.find((e) => e.id === id);
}

/**
 * Looks up an indicator by id.
 *
 * @category Indicators
 * @example
 * ```ts
 * findIndicator("tl.dvctt_toan_trinh")?.target?.value; // 80
 * ```
 */
export function findIndicator(id: string, catalog: Catalog = indicatorCatalog): IndicatorDef | undefined {
  return catalog.indicators.find((i) => i.id === id);
}

/**
 * Looks up a score (points out of a maximum) by id.
 *
 * @category Indicators
 * @example
 * ```ts
 * findScore("cs766.hai_long")?.max; // 18
 * ```
 */
export function findScore(id: string, catalog: Catalog = indicatorCatalog): ScoreDef | undefined {
  return catalog.scores?.find((s) => s.id === id);
}

/**
 * What a catalog id names: a data element, an indicator, a score, or nothing.
 *
 * @category Indicators
 * @example
 * ```ts
 * catalogKind("hs.tiep_nhan");      // "element"
 * catalogKind("tl.ho_so_dung_han"); // "indicator"
 * catalogKind("cs766.tong");        // "score"
 * catalogKind("xx.yy");             // undefined
 * ```
 */
export function catalogKind(
  id: string,
  catalog: Catalog = indicatorCatalog,
): "element" | "indicator" | "score" | undefined {
  if (findElement(id, catalog)) return "element";
  if (findIndicator(id, catalog)) return "indicator";
  if (findScore(id, catalog)) return "score";
  return undefined;
}

/**
 * The outline section of an outline item: "3.1" → "3", "8" → "8".
 *
 * @category Indicators
 * @example
 * ```ts
 * sectionOf("3.1"); // "3"
 * sectionOf("8");   // "8"
 * ```
 */
export function sectionOf(outlineItem: string): string {
  const dot = outlineItem.indexOf(".");
  return dot === -1 ? outlineItem : outlineItem.slice(0, dot);
}
