/**
 * Page numbers (Nghị định 30/2020, Phụ lục I, Phần I, mục I.7): Arabic numerals from 1, cỡ
 * 13–14, upright, centred in the top margin, not shown on the first page. Word shows the first
 * page's header only when the section has a distinct first page (`titlePage`), so the first page
 * gets an empty header and every other page the number.
 */
import { AlignmentType, Header, PageNumber, Paragraph, TextRun } from "docx";
import { SIZE } from "../../layout/page.js";

/** The headers of a section: an empty one for its first page, the page number on the others. */
export function pageHeaders(): { first: Header; default: Header } {
  return {
    first: new Header({ children: [new Paragraph({ children: [] })] }),
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.pageNumber })],
        }),
      ],
    }),
  };
}
