/**
 * The document model of a report (DESIGN §3): `layoutReport` turns a parsed report into plain
 * data that the writers (docx, HTML) print.
 *
 * @module
 */
export { layoutReport } from "./layout-report.js";
export type { LayoutOptions } from "./options.js";
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
} from "./model.js";
export { describeFigures, type DescribeFiguresOptions } from "./describe-figures.js";
