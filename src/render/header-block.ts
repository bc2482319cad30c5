/**
 * The header of the first page (Nghị định 30/2020, Phụ lục I, Phần I, mục I.6, sơ đồ bố trí
 * các thành phần thể thức): a borderless table of two columns and two rows, so that the number
 * and the place-and-date line sit on the same level (II.4) whatever the length of the names.
 *
 *   ô 2: TÊN CƠ QUAN CHỦ QUẢN            ô 1: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 *        TÊN CƠ QUAN BAN HÀNH                  Độc lập - Tự do - Hạnh phúc
 *              ─────                           ───────────────────────────
 *   ô 3: Số: 05/BC-UBND                  ô 4: Nghệ An, ngày 08 tháng 5 năm 2026
 */
import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from "docx";
import { formatPlaceDate } from "../format/date.js";
import { parsePeriod, reportDeadline } from "../schema/period.js";
import type { Report } from "../schema/report.js";
import { BODY, HEADER_COLUMNS, RULE, SIZE } from "./layout.js";
import { paragraph, ruleParagraph } from "./paragraphs.js";
import { VI } from "./strings.js";
import { cleanText, upper } from "./text.js";
import { textWidth } from "./text-width.js";

/** Default cell padding of a Word table (0,19 cm each side). */
const CELL_PADDING = 108;

/**
 * The lines of the issuing-body block, each with its weight (II.2): the governing body upright
 * over the issuing body in bold; a People's Committee has no governing body and is written on
 * two bold lines, "ỦY BAN NHÂN DÂN" over "TỈNH SƠN LA".
 */
export function issuerLines(document: Report["document"]): readonly { text: string; bold: boolean }[] {
  const issuer = upper(cleanText(document.issuer)).trim();
  const governing = document.governingBody === undefined ? "" : upper(cleanText(document.governingBody)).trim();
  if (governing !== "") return [{ text: governing, bold: false }, { text: issuer, bold: true }];
  const committee = /^(ỦY|UỶ) BAN NHÂN DÂN\s+(.+)$/u.exec(issuer);
  if (committee?.[2]) return [{ text: VI.peoplesCommittee, bold: true }, { text: committee[2], bold: true }];
  return [{ text: issuer, bold: true }];
}

/**
 * "Số: 05/BC-UBND" (II.3): a number below 10 takes a leading zero; the symbol is in capitals
 * with no spaces; an unnumbered draft leaves the blank the văn thư fills in ("Số:      /BC-UBND").
 */
export function numberLine(document: Report["document"]): string {
  const symbol = upper(cleanText(document.symbol)).replace(/\s+/g, "");
  const number = document.number === null ? "      " : String(document.number).padStart(2, "0");
  return `${VI.numberLabel} ${number}/${symbol}`;
}

/**
 * The place-and-date line (II.4), via `formatPlaceDate`; an undated draft prints the blanks and
 * the year in which the report falls due.
 */
export function placeDateLine(report: Report): string {
  const period = parsePeriod(report.period);
  const year = period === undefined ? undefined : Number(reportDeadline(period, report.unit.level).slice(0, 4));
  return formatPlaceDate(cleanText(report.document.place).trim(), report.document.date, year);
}

function cell(children: Paragraph[], width: number, align: "top" | "bottom" = "top"): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    borders: TableBorders.NONE,
    verticalAlign: align === "top" ? VerticalAlignTable.TOP : VerticalAlignTable.BOTTOM,
  });
}

/** Width of the rule under a block of lines: a share of the longest line, never wider than the box. */
function ruleLength(lines: readonly { text: string; bold: boolean }[], size: number, box: number, ratio: number): number {
  const longest = Math.max(...lines.map((l) => Math.min(textWidth(l.text, size, l.bold), box)));
  return Math.round(longest * ratio);
}

/** The header table of the first page. */
export function headerBlock(report: Report): Table {
  const [leftWidth, rightWidth] = HEADER_COLUMNS;
  const leftBox = leftWidth - 2 * CELL_PADDING;
  const rightBox = rightWidth - 2 * CELL_PADDING;

  const lines = issuerLines(report.document);
  const issuer = [
    ...lines.map((l) => paragraph(l.text, { align: "center", size: SIZE.issuer, bold: l.bold })),
    ruleParagraph(ruleLength(lines.filter((l) => l.bold), SIZE.issuer, leftBox, RULE.shortRatio), leftBox),
  ];
  const national = [
    paragraph(VI.nationalName, { align: "center", size: SIZE.nationalName, bold: true }),
    paragraph(VI.motto, { align: "center", size: SIZE.motto, bold: true }),
    ruleParagraph(ruleLength([{ text: VI.motto, bold: true }], SIZE.motto, rightBox, 1), rightBox),
  ];
  const number = [paragraph(numberLine(report.document), { align: "center", size: SIZE.number, before: BODY.paragraphSpacing })];
  const date = [paragraph(placeDateLine(report), { align: "center", size: SIZE.placeDate, italics: true, before: BODY.paragraphSpacing })];

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
