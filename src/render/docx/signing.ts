/**
 * The signing row (Nghị định 30/2020, Phụ lục I, Phần I, mục II.7 and II.9): a borderless table
 * of two columns, "Nơi nhận:" and its lines on the left (ô 9a, 9b), the signature block on the
 * right (ô 7a–7c); each side only when the model has it.
 */
import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from "docx";
import type { SigningBlock } from "../../layout/model.js";
import { BODY, SIGNATURE_SPACE_LINES, SIGNING_COLUMNS, SIZE } from "../../layout/page.js";
import { blankParagraph, paragraph } from "./paragraphs.js";

function cell(children: Paragraph[], width: number, flushLeft = false): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph({ children: [] })],
    width: { size: width, type: WidthType.DXA },
    // "Nơi nhận" sits flush with the left margin (II.9: "sát lề trái").
    ...(flushLeft ? { margins: { left: 0 } } : {}),
    borders: TableBorders.NONE,
    verticalAlign: VerticalAlignTable.TOP,
  });
}

/** The signing row of the model. */
export function signingTable(block: SigningBlock): Table {
  const [leftWidth, rightWidth] = SIGNING_COLUMNS;
  const d = block.distribution;
  const left =
    d === undefined
      ? []
      : [paragraph(d.label, { size: SIZE.distributionLabel, bold: true, italics: true }), ...d.lines.map((l) => paragraph(l, { size: SIZE.distribution }))];
  const s = block.signature;
  const right =
    s === undefined
      ? []
      : [
          ...s.lines.map((l) => paragraph(l, { align: "center", size: SIZE.signature, bold: true })),
          blankParagraph(SIZE.signature, SIGNATURE_SPACE_LINES),
          paragraph(s.name, { align: "center", size: SIZE.signature, bold: true }),
        ];
  return new Table({
    rows: [new TableRow({ children: [cell(left, leftWidth, true), cell(right, rightWidth)], cantSplit: true })],
    width: { size: leftWidth + rightWidth, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
  });
}

/** Space between the last paragraph ("./.") and the signing row, kept with it. */
export function signingGap(): Paragraph {
  return paragraph("", { size: SIZE.body, before: BODY.paragraphSpacing, keepNext: true });
}
