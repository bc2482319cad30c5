import type { Catalog } from "../indicators/types.js";
import type { Coverage, Provenance } from "../rollup/types.js";

/**
 * Options of {@link layoutReport} (and of the writers, `renderDocx` and `renderHtml`).
 *
 * @category Render
 * @example
 * ```ts
 * const options: LayoutOptions = { figuresTable: true, rollup: result, created: "2026-06-20" };
 * ```
 */
export interface LayoutOptions {
  /** The catalog whose labels, units and targets the figures use (default: `indicatorCatalog`). */
  readonly catalog?: Catalog;
  /**
   * Print the figures tables (only the columns that have data). Default: the report's own
   * `presentation.figuresTable` (off unless the author or the generator asked for it).
   */
  readonly figuresTable?: boolean;
  /**
   * A form to sign: the parts Nghị định 30 requires that the report does not have yet (number,
   * date, signer…) are printed as blank "……" for the văn thư to fill in. Default `false`: only
   * what the report has.
   */
  readonly form?: boolean;
  /**
   * The coverage and provenance of a rolled-up report (`rollup(...)`'s result): adds the
   * appendices, one row per child unit.
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
}
