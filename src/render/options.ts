import type { LayoutOptions } from "../layout/options.js";

/**
 * Options of {@link renderDocx} and {@link renderHtml}: those of the layout (figures tables, form
 * mode, rollup appendices, package date) and the package's revision.
 *
 * @category Render
 * @example
 * ```ts
 * const options: RenderOptions = { figuresTable: true, rollup: result, created: "2026-06-20" };
 * ```
 */
export interface RenderOptions extends LayoutOptions {
  /** The revision number of the .docx package (default 1). */
  readonly revision?: number;
}
