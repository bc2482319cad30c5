import { Document, Packer, PageOrientation, type ISectionOptions } from "docx";
import { cutoffRange, parsePeriod } from "../schema/period.js";
import type { Report } from "../schema/report.js";
import { bodyBlocks, type Block } from "./body.js";
import { headerBlock } from "./header-block.js";
import { COLOR, FONT, MARGIN, PAGE, SIZE } from "./layout.js";
import { corePropertiesXml, fixZipTimestamps } from "./package.js";
import { pageHeaders } from "./page-headers.js";
import type { RenderOptions } from "./options.js";
import { signingBlock, signingGap } from "./signing-block.js";
import { PARAGRAPH_STYLES } from "./styles.js";
import { cleanText } from "./text.js";
import { recipientsBlock, titleBlock } from "./title-block.js";
import { reportExtras } from "./extras.js";

/** The date stamped into the package: the caller's, else the report's date, else its cut-off end. */
function packageDate(report: Report, options: RenderOptions): string {
  if (options.created !== undefined) return options.created;
  if (report.document.date !== null) return report.document.date;
  const period = parsePeriod(report.period);
  return period === undefined ? "2000-01-01" : cutoffRange(period).to;
}

/** A portrait A4 section with the page number from page 2 (Phụ lục I, Phần I, mục I.1–I.3, I.7). */
export function portraitSection(children: readonly Block[]): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
        margin: { ...MARGIN, gutter: 0 },
      },
    },
    headers: pageHeaders(),
    children,
  };
}

/**
 * Renders a report as a Word document (.docx) in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục
 * I: A4 portrait, Times New Roman, the two-column header (issuing body and number; Quốc hiệu,
 * Tiêu ngữ, place and date), "BÁO CÁO" and the summary line, "Kính gửi", the body in the
 * outline's order with a figures table per section, the closing "./.", "Nơi nhận" and the
 * signature block; page numbers from page 2. A rolled-up report (`options.rollup`) gets a
 * landscape appendix per group of figures, one row per child unit.
 *
 * Works in Node and in browsers (the result is a `Uint8Array`; no Node API is used). The same
 * report and options give the same bytes: the package's dates are the report's date (or
 * `options.created`) and nothing random goes in.
 *
 * @category Render
 * @summary The report as a .docx file, ready to sign.
 * @param report - A parsed report (`parseReport`).
 * @param options - Catalog, figures tables, generated draft prose, rollup appendix, package date.
 * @returns The bytes of the .docx file.
 * @example
 * ```ts
 * import { parseReport } from "de-an-06";
 * import { renderDocx } from "de-an-06/render";
 *
 * const bytes = await renderDocx(parseReport(json));
 * // Node: await writeFile("bao-cao.docx", bytes);
 * // Browser: new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" })
 * ```
 */
export async function renderDocx(report: Report, options: RenderOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const extras = reportExtras(report, options);
  const body = bodyBlocks(report, { extras: extras.sections, afterPreamble: extras.afterPreamble });
  const main: Block[] = [
    headerBlock(report),
    ...titleBlock(report),
    ...recipientsBlock(report),
    ...body,
    signingGap(),
    signingBlock(report),
  ];
  const title = cleanText(report.document.summary).trim();
  const creator = cleanText(report.document.issuer).trim();
  const doc = new Document({
    title,
    creator,
    lastModifiedBy: creator,
    revision: options.revision ?? 1,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, color: COLOR, language: { value: "vi-VN" } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
      paragraphStyles: PARAGRAPH_STYLES,
    },
    sections: [portraitSection(main), ...extras.appendixSections],
  });
  const created = packageDate(report, options);
  const core = corePropertiesXml({ title, creator, created, revision: options.revision ?? 1 });
  const zip = await Packer.pack(doc, "uint8array", false, [{ path: "docProps/core.xml", data: core }]);
  return fixZipTimestamps(zip, created);
}
