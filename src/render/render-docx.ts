import { layoutReport } from "../layout/layout-report.js";
import type { Report } from "../schema/report.js";
import { writeDocx } from "./docx/write-docx.js";
import type { RenderOptions } from "./options.js";

/**
 * Renders a report as a Word document (.docx) in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục
 * I: A4 portrait, Times New Roman, the two-column header (issuing body and number; Quốc hiệu,
 * Tiêu ngữ, place and date), the kind and title, "Kính gửi", the author's body exactly as
 * written (headings, numbering, paragraphs, real Word footnotes), the "./." end mark, "Nơi nhận"
 * and the signature block — each part only when the report has it (`form: true` prints blanks
 * for the văn thư instead); page numbers from page 2. Figures tables only when asked
 * (`presentation.figuresTable` or `figuresTable: true`); a rolled-up report (`rollup`) gets a
 * landscape appendix per group of figures, one row per child unit.
 *
 * Works in Node and in browsers (the result is a `Uint8Array`; no Node API is used). The same
 * report and options give the same bytes. Built on {@link layoutReport}: the HTML preview
 * (`renderHtml`) prints the same model.
 *
 * @category Render
 * @summary The report as a .docx file, ready to sign.
 * @param report - A parsed report (`parseReport`).
 * @param options - Figures tables, form mode, rollup appendices, package date and revision.
 * @returns The bytes of the .docx file.
 * @example
 * ```ts
 * import { parseReport } from "de-an-06";
 * import { renderDocx } from "de-an-06/render";
 *
 * const bytes = await renderDocx(parseReport(json));
 * // Node: await writeFile("bao-cao.docx", bytes);
 * // Browser: new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" })
 * const form = await renderDocx(parseReport(json), { form: true }); // "Số: ……/……" where nothing is written yet
 * ```
 */
export async function renderDocx(report: Report, options: RenderOptions = {}): Promise<Uint8Array> {
  return writeDocx(layoutReport(report, options), options.revision ?? 1);
}
