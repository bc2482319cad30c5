/**
 * The signing row (Nghị định 30/2020, Phụ lục I, Phần I, mục II.7 and II.9): a borderless
 * table of two columns, "Nơi nhận:" and its list on the left (ô 9a, 9b), the signature block on
 * the right (ô 7a–7c, quyền hạn, chức vụ, chữ ký, họ tên).
 */
import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from "docx";
import type { Report } from "../schema/report.js";
import { BODY, SIGNATURE_SPACE_LINES, SIGNING_COLUMNS, SIZE } from "./layout.js";
import { blankParagraph, paragraph } from "./paragraphs.js";
import { VI } from "./strings.js";
import { cleanText, upper } from "./text.js";
import { stripListEnd } from "./title-block.js";

/**
 * The lines of "Nơi nhận" (II.9): each "- …;", the last "- Lưu: VT, ….". A report sent to
 * addressees ("Kính gửi") starts its list with "- Như trên;" unless the author already wrote a
 * "Như …" line; the "Lưu" line goes last, and is added ("- Lưu: VT.") when missing.
 */
export function distributionLines(document: Report["document"]): string[] {
  const items = document.distribution.map(stripListEnd).filter((d) => d !== "");
  const archive = items.filter((d) => /^Lưu\s*:/u.test(d));
  const others = items.filter((d) => !/^Lưu\s*:/u.test(d));
  // Not /^Như\b/u: in JavaScript \b knows only ASCII letters, so it never matches after "ư".
  const hasAsAbove = others.some((d) => /^Như(?:\s|$)/u.test(d));
  const lines = [
    ...(document.recipients.length > 0 && !hasAsAbove ? [VI.distributionAsAbove] : []),
    ...others,
    ...(archive.length > 0 ? archive : [VI.distributionArchive]),
  ];
  return lines.map((l, i) => `- ${l}${i === lines.length - 1 ? "." : ";"}`);
}

/**
 * The lines of the signature block (II.7): the authority lines ("TM. ỦY BAN NHÂN DÂN",
 * "KT. CHỦ TỊCH"), the title and any concurrent title, in capitals and bold.
 */
export function signatureTitleLines(signer: Report["document"]["signer"]): string[] {
  const authority = signer.authority.map((a) => upper(`${a.prefix} ${cleanText(a.of).trim()}`));
  const title = [signer.title, ...(signer.concurrently === undefined ? [] : [signer.concurrently])]
    .map((t) => upper(cleanText(t).trim()))
    .filter((t) => t !== "");
  return [...authority, ...title];
}

function cell(children: Paragraph[], width: number, flushLeft = false): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    // "Nơi nhận" sits flush with the left margin (II.9: "sát lề trái").
    ...(flushLeft ? { margins: { left: 0 } } : {}),
    borders: TableBorders.NONE,
    verticalAlign: VerticalAlignTable.TOP,
  });
}

/** The signing row. */
export function signingBlock(report: Report): Table {
  const [leftWidth, rightWidth] = SIGNING_COLUMNS;
  const left = [
    paragraph(VI.distributionLabel, { size: SIZE.distributionLabel, bold: true, italics: true }),
    ...distributionLines(report.document).map((l) => paragraph(l, { size: SIZE.distribution })),
  ];
  const right = [
    ...signatureTitleLines(report.document.signer).map((l) => paragraph(l, { align: "center", size: SIZE.signature, bold: true })),
    blankParagraph(SIZE.signature, SIGNATURE_SPACE_LINES),
    paragraph(cleanText(report.document.signer.name).trim(), { align: "center", size: SIZE.signature, bold: true }),
  ];
  return new Table({
    rows: [new TableRow({ children: [cell(left, leftWidth, true), cell(right, rightWidth)], cantSplit: true })],
    width: { size: leftWidth + rightWidth, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
  });
}

/** Space between the last paragraph ("./.") and the signing row. */
export function signingGap(): Paragraph {
  return paragraph("", { size: SIZE.body, before: BODY.paragraphSpacing, keepNext: true });
}
