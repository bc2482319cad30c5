/**
 * The first page's header, title and addressees (Nghị định 30/2020, Phụ lục I, Phần I, mục I.6,
 * II.1–II.6) from the model's blocks: a borderless table of two columns and two rows, so that
 * the number and the place-and-date line sit on the same level whatever the length of the names.
 *
 *   ô 2: TÊN CƠ QUAN CHỦ QUẢN            ô 1: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 *        TÊN CƠ QUAN BAN HÀNH                  Độc lập - Tự do - Hạnh phúc
 *              ─────                           ───────────────────────────
 *   ô 3: Số: 05/BC-UBND                  ô 4: Nghệ An, ngày 08 tháng 5 năm 2026
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from "docx";
import type { HeaderBlock, Line, RecipientsBlock, TitleBlock } from "../../layout/model.js";
import { BODY, COLOR, HEADER_COLUMNS, RULE, SIZE, TEXT_WIDTH, mm } from "../../layout/page.js";
import { VI } from "../../layout/strings.js";
import { textWidth } from "../../layout/text-width.js";
import { paragraph, ruleParagraph, run } from "./paragraphs.js";

/** Default cell padding of a Word table (0,19 cm each side). */
const CELL_PADDING = 108;

function cell(children: Paragraph[], width: number, align: "top" | "bottom" = "top"): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph({ children: [] })],
    width: { size: width, type: WidthType.DXA },
    borders: TableBorders.NONE,
    verticalAlign: align === "top" ? VerticalAlignTable.TOP : VerticalAlignTable.BOTTOM,
  });
}

/** Width of the rule under a block of lines: a share of the longest line, never wider than the box. */
function ruleLength(lines: readonly Line[], size: number, box: number, ratio: number): number {
  const longest = Math.max(0, ...lines.map((l) => Math.min(textWidth(l.text, size, l.bold), box)));
  return Math.round(longest * ratio);
}

/** The header table of the first page. */
export function headerTable(block: HeaderBlock): Table {
  const [leftWidth, rightWidth] = HEADER_COLUMNS;
  const leftBox = leftWidth - 2 * CELL_PADDING;
  const rightBox = rightWidth - 2 * CELL_PADDING;
  const bold = block.issuer.filter((l) => l.bold);
  const issuer =
    block.issuer.length === 0
      ? []
      : [
          ...block.issuer.map((l) => paragraph(l.text, { align: "center", size: SIZE.issuer, bold: l.bold })),
          ruleParagraph(ruleLength(bold.length > 0 ? bold : block.issuer, SIZE.issuer, leftBox, RULE.shortRatio), leftBox),
        ];
  const national = block.nationalName
    ? [
        paragraph(VI.nationalName, { align: "center", size: SIZE.nationalName, bold: true }),
        paragraph(VI.motto, { align: "center", size: SIZE.motto, bold: true }),
        ruleParagraph(ruleLength([{ text: VI.motto, bold: true }], SIZE.motto, rightBox, 1), rightBox),
      ]
    : [];
  const number = block.number === undefined ? [] : [paragraph(block.number, { align: "center", size: SIZE.number, before: BODY.paragraphSpacing })];
  const date =
    block.placeDate === undefined ? [] : [paragraph(block.placeDate, { align: "center", size: SIZE.placeDate, italics: true, before: BODY.paragraphSpacing })];
  return new Table({
    rows: [
      new TableRow({ children: [cell(issuer, leftWidth), cell(national, rightWidth)] }),
      new TableRow({ children: [cell(number, leftWidth, "bottom"), cell(date, rightWidth, "bottom")] }),
    ],
    width: { size: leftWidth + rightWidth, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
  });
}

/**
 * The marking ("DỰ THẢO", in a box), the kind ("BÁO CÁO", II.5: in hoa, 13–14, đứng, đậm, canh
 * giữa), the title (in thường, đứng, đậm, canh giữa) and a rule 1/3–1/2 of its length under it.
 */
export function titleParagraphs(block: TitleBlock): Paragraph[] {
  const length = Math.min(textWidth(block.title, SIZE.title, true), TEXT_WIDTH);
  const side = (text: string) => Math.max(0, Math.round((TEXT_WIDTH - textWidth(text, SIZE.title, true)) / 2) - 200);
  const box = { style: BorderStyle.SINGLE, size: RULE.size, color: COLOR } as const;
  const marking =
    block.marking === undefined
      ? []
      : [
          new Paragraph({
            children: [run(block.marking, { size: SIZE.title, bold: true })],
            alignment: AlignmentType.CENTER,
            spacing: { before: 2 * BODY.paragraphSpacing, after: 0 },
            indent: { left: side(block.marking), right: side(block.marking) },
            border: { top: { ...box, space: 1 }, bottom: { ...box, space: 1 }, left: { ...box, space: 4 }, right: { ...box, space: 4 } },
            keepNext: true,
          }),
        ];
  return [
    ...marking,
    paragraph(block.docType, { align: "center", size: SIZE.title, bold: true, before: 2 * BODY.paragraphSpacing, keepNext: true }),
    paragraph(block.title, { align: "center", size: SIZE.title, bold: true, keepNext: true }),
    ruleParagraph(Math.round(length * RULE.shortRatio), TEXT_WIDTH),
  ];
}

/**
 * "Kính gửi:" (II.6, as for a công văn): one addressee on the same line; several, one per line
 * below as written, the block centred.
 */
export function recipientsParagraphs(block: RecipientsBlock): Paragraph[] {
  const before = 2 * BODY.paragraphSpacing;
  const [only] = block.recipients;
  if (block.recipients.length === 1 && only !== undefined) {
    return [paragraph([block.label, ` ${only}`], { align: "center", size: SIZE.body, before })];
  }
  const label = textWidth(`${block.label} `, SIZE.body);
  const widest = Math.max(...block.recipients.map((r) => textWidth(r, SIZE.body)));
  const start = Math.max(0, Math.min(mm(40), Math.round((TEXT_WIDTH - label - widest) / 2)));
  return [
    paragraph(block.label, { size: SIZE.body, left: start, before, keepNext: true }),
    ...block.recipients.map((r) => paragraph(r, { size: SIZE.body, left: start + label })),
  ];
}
