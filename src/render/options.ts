import type { Catalog } from "../indicators/types.js";
import type { Coverage, Provenance } from "../rollup/types.js";

/**
 * Options of {@link renderDocx}.
 *
 * @category Render
 * @example
 * ```ts
 * const options: RenderOptions = { draft: true, rollup: result, created: "2026-06-20" };
 * ```
 */
export interface RenderOptions {
  /** The catalog whose labels, units and targets the figures use (default: `indicatorCatalog`). */
  readonly catalog?: Catalog;
  /** Put a figures table in each section that has figures (default `true`). */
  readonly figures?: boolean;
  /**
   * Add the sentences `describeFigures` writes after the author's own paragraphs of each
   * section, as a first draft to edit (default `false`: the author's text alone).
   */
  readonly draft?: boolean;
  /**
   * The coverage and provenance of a rolled-up report (`rollup(...)`'s result): adds the
   * appendices, one row per child unit, and the coverage sentence.
   */
  readonly rollup?: { readonly coverage: Coverage; readonly provenance: Provenance };
  /**
   * The figures (element or indicator ids) the appendices show, grouped by section. Default:
   * the key figures, i.e. each rate whose counts were rolled up, with those counts.
   */
  readonly appendixFigures?: readonly string[];
  /** Names of child units by code, for units that did not report (they have no provenance). */
  readonly unitNames?: Readonly<Record<string, string>>;
  /**
   * The creation date written into the package (ISO date or date-time). Default: the report's
   * date, else the end of its cut-off range, so that the same report gives the same bytes.
   */
  readonly created?: string;
  /** The revision number of the package (default 1). */
  readonly revision?: number;
}
