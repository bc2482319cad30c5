/**
 * de-an-06/render — a report laid out once as plain data (`layoutReport`), printed as Word
 * (.docx, Nghị định 30/2020/NĐ-CP) or as an HTML preview; and the Vietnamese prose written from
 * a report's figures.
 *
 * @module
 */
export { renderDocx } from "./render-docx.js";
export { renderHtml, type RenderHtmlOptions } from "./render-html.js";
export type { RenderOptions } from "./options.js";
export { layoutReport } from "../layout/layout-report.js";
export type { LayoutOptions } from "../layout/options.js";
export type {
  AppendixModel,
  Block,
  DocumentModel,
  FootnoteModel,
  HeaderBlock,
  HeadingBlock,
  Inline,
  Line,
  ParagraphBlock,
  RecipientsBlock,
  SigningBlock,
  TableBlock,
  TableCell,
  TitleBlock,
} from "../layout/model.js";
export { PREVIEW_CSS } from "./html/style.js";
export { describeFigures, type DescribeFiguresOptions } from "../layout/describe-figures.js";
