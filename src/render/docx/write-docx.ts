/**
 * The docx writer: prints a {@link DocumentModel} as a Word document in the layout of Nghị định
 * 30/2020/NĐ-CP, Phụ lục I (A4 portrait, Times New Roman, page numbers from page 2; landscape
 * appendices numbered on their own). It adds no words: every text comes from the model.
 */
import { Document, Packer, PageOrientation, Paragraph, type ISectionOptions, type Table } from "docx";
import type { AppendixModel, Block, DocumentModel } from "../../layout/model.js";
import { BODY, COLOR, FONT, LANDSCAPE_TEXT_WIDTH, MARGIN, PAGE, SIZE, TEXT_WIDTH, pt } from "../../layout/page.js";
import { headerTable, recipientsParagraphs, titleParagraphs } from "./header.js";
import { corePropertiesXml, fixZipTimestamps } from "./package.js";
import { pageHeaders } from "./page-headers.js";
import { bodyParagraph, headingParagraph, inlineRuns, paragraph } from "./paragraphs.js";
import { signingGap, signingTable } from "./signing.js";
import { PARAGRAPH_STYLES, STYLE } from "./styles.js";
import { ruledTable } from "./table.js";

type DocxBlock = Paragraph | Table;

/** The docx paragraphs and tables of one block of the model. */
function blockChildren(block: Block): DocxBlock[] {
  switch (block.kind) {
    case "header":
      return [headerTable(block)];
    case "title":
      return titleParagraphs(block);
    case "recipients":
      return recipientsParagraphs(block);
    case "heading":
      return [headingParagraph(block)];
    case "paragraph":
      if (block.role === "note") return [new Paragraph({ style: STYLE.cell.left, children: inlineRuns(block.inlines, { italics: true }), spacing: { before: 60 } })];
      return [bodyParagraph(block.inlines, block.keepNext === true ? { keepNext: true } : {})];
    case "table":
      // A blank line before and after the table, as a typist leaves them.
      return [paragraph("", { size: pt(6), before: 60 }), ruledTable(block, TEXT_WIDTH), paragraph("", { size: pt(6) })];
    case "signing":
      return [signingGap(), signingTable(block)];
  }
}

/** A portrait A4 section with the page number from page 2 (Phụ lục I, Phần I, mục I.1–I.3, I.7). */
function portraitSection(children: readonly DocxBlock[]): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: { size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT }, margin: { ...MARGIN, gutter: 0 } },
    },
    headers: pageHeaders(),
    children,
  };
}

/** A landscape section for an appendix, numbered from its own page 1 (Phụ lục I, Phần I, mục III.1). */
function appendixSection(a: AppendixModel): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
        margin: { ...MARGIN, gutter: 0 },
        pageNumbers: { start: 1 },
      },
    },
    headers: pageHeaders(),
    children: [
      paragraph(a.label, { align: "center", size: SIZE.appendixLabel, bold: true, keepNext: true }),
      paragraph(a.title, { align: "center", size: SIZE.appendixTitle, bold: true, keepNext: true }),
      paragraph(a.attached, { align: "center", size: SIZE.body, italics: true, keepNext: true }),
      paragraph(a.coverage, { align: "center", size: SIZE.appendixTable, italics: true, before: BODY.paragraphSpacing, after: BODY.paragraphSpacing, keepNext: true }),
      ruledTable(a.table, LANDSCAPE_TEXT_WIDTH, true),
      ...(a.note === undefined ? [] : [paragraph(a.note, { size: SIZE.appendixTable, italics: true, before: 60 })]),
      paragraph("", { size: pt(2) }),
    ],
  };
}

/**
 * Writes a document model as .docx bytes. The same model and revision give the same bytes: the
 * package's dates are the model's, and nothing random goes in.
 */
export async function writeDocx(model: DocumentModel, revision = 1): Promise<Uint8Array> {
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  for (const f of model.footnotes) {
    footnotes[String(f.number)] = { children: f.paragraphs.map((p) => new Paragraph({ style: STYLE.footnote, children: inlineRuns(p) })) };
  }
  const doc = new Document({
    title: model.meta.title,
    creator: model.meta.creator,
    lastModifiedBy: model.meta.creator,
    revision,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, color: COLOR, language: { value: "vi-VN" } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
      paragraphStyles: PARAGRAPH_STYLES,
    },
    footnotes,
    sections: [portraitSection(model.blocks.flatMap(blockChildren)), ...model.appendices.map(appendixSection)],
  });
  const core = corePropertiesXml({ title: model.meta.title, creator: model.meta.creator, created: model.meta.created, revision });
  const zip = await Packer.pack(doc, "uint8array", false, [{ path: "docProps/core.xml", data: core }]);
  return fixZipTimestamps(zip, model.meta.created);
}
