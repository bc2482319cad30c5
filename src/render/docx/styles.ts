/**
 * The document's paragraph styles. The body text and the table cells are many paragraphs of a
 * few kinds; naming each kind once (a style) instead of repeating its properties on every
 * paragraph keeps `document.xml` small — the national report's appendices are thousands of
 * cells — and lets a văn thư change, say, the body size in one place in Word.
 */
import { AlignmentType, LineRuleType, type IParagraphStyleOptions } from "docx";
import { BODY, SIZE } from "../../layout/page.js";

/** Style ids. */
export const STYLE = {
  /** Body text (Phụ lục I, Phần I, mục II.6): justified, first line 1,27 cm, 6 pt before, 1,2 lines. */
  body: "BaoCaoNoiDung",
  /** Headings of the author's tree by depth (0: parts "I.", 1: "1.", 2: "1.1.", 3: deeper): body text kept with the next paragraph, with an outline level for Word's navigation pane. */
  heading: ["BaoCaoDeMuc1", "BaoCaoDeMuc2", "BaoCaoDeMuc3", "BaoCaoDeMuc4"],
  /** Footnote text (12 pt, single spacing). */
  footnote: "BaoCaoChuThich",
  /** Cells of the figures tables (12 pt), by alignment. */
  cell: { left: "BaoCaoBangTrai", center: "BaoCaoBangGiua", right: "BaoCaoBangPhai" },
  /** Cells of the appendix tables (11 pt), by alignment. */
  appendixCell: { left: "PhuLucBangTrai", center: "PhuLucBangGiua", right: "PhuLucBangPhai" },
} as const;

const CELL_SPACING = { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } as const;
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function cellStyles(ids: Record<keyof typeof ALIGN, string>, size: number, name: string): IParagraphStyleOptions[] {
  return (Object.keys(ALIGN) as (keyof typeof ALIGN)[]).map((a) => ({
    id: ids[a],
    name: `${name} (${a})`,
    basedOn: "Normal",
    run: { size },
    paragraph: { alignment: ALIGN[a], spacing: CELL_SPACING },
  }));
}

/** The paragraph styles the renderer defines. */
export const PARAGRAPH_STYLES: readonly IParagraphStyleOptions[] = [
  {
    id: STYLE.body,
    name: "Báo cáo - nội dung",
    basedOn: "Normal",
    run: { size: SIZE.body },
    paragraph: {
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: BODY.firstLineIndent },
      spacing: { before: BODY.paragraphSpacing, after: 0, line: BODY.lineSpacing, lineRule: LineRuleType.AUTO },
    },
  },
  ...STYLE.heading.map((id, depth) => ({
    id,
    name: `Báo cáo - đề mục ${depth + 1}`,
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    paragraph: { keepNext: true, keepLines: true, outlineLevel: depth },
  })),
  {
    id: STYLE.footnote,
    name: "Báo cáo - chú thích",
    basedOn: "Normal",
    run: { size: SIZE.footnote },
    paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
  },
  ...cellStyles(STYLE.cell, SIZE.table, "Báo cáo - bảng số liệu"),
  ...cellStyles(STYLE.appendixCell, SIZE.appendixTable, "Phụ lục - bảng"),
];
