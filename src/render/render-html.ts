import { layoutReport } from "../layout/layout-report.js";
import type { Report } from "../schema/report.js";
import { writeHtmlFragment, writeHtmlPage } from "./html/write-html.js";
import type { RenderOptions } from "./options.js";

/**
 * Options of {@link renderHtml}.
 *
 * @category Render
 * @example
 * ```ts
 * const options: RenderHtmlOptions = { fragment: true, figuresTable: true };
 * ```
 */
export interface RenderHtmlOptions extends RenderOptions {
  /**
   * Return only the `<article class="nd30">` to put in a page of one's own (style it with
   * `PREVIEW_CSS`), instead of a whole HTML document (default `false`).
   */
  readonly fragment?: boolean;
}

/**
 * Renders a report as an HTML preview: the same document model as {@link renderDocx} — the
 * header parts the report has, its kind and title, "Kính gửi", the author's headings and
 * paragraphs in order, footnotes as numbered notes at the end with anchored markers, tables,
 * "Nơi nhận" and the signature — with the look of Nghị định 30/2020 in CSS (A4 sheet, margins,
 * Times New Roman 14 pt). Every text of the report is escaped, so hostile text stays text. Pure
 * and deterministic: the same report and options give the same string. For vendors' web forms,
 * before export.
 *
 * @category Render
 * @summary The report as an HTML preview in the look of the signed document.
 * @param report - A parsed report (`parseReport`).
 * @param options - As for `renderDocx`, plus `fragment` for the article alone.
 * @returns HTML text: a whole document, or the `<article>` when `fragment` is set.
 * @example
 * ```ts
 * import { renderHtml } from "de-an-06/render";
 *
 * preview.innerHTML = renderHtml(report, { fragment: true }); // with PREVIEW_CSS in the page
 * const page = renderHtml(report); // "<!doctype html><html lang=\"vi\">…"
 * ```
 */
export function renderHtml(report: Report, options: RenderHtmlOptions = {}): string {
  const model = layoutReport(report, options);
  return options.fragment === true ? writeHtmlFragment(model) : writeHtmlPage(model);
}
