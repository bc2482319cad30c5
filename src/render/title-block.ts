/**
 * The title of the report and its addressees (Nghị định 30/2020, Phụ lục I, Phần I, mục II.5
 * and II.6): "BÁO CÁO" over the summary line with a short rule under it, then "Kính gửi:".
 */
import type { Paragraph } from "docx";
import type { Report } from "../schema/report.js";
import { BODY, RULE, SIZE, TEXT_WIDTH, mm } from "./layout.js";
import { paragraph, ruleParagraph } from "./paragraphs.js";
import { VI } from "./strings.js";
import { cleanText } from "./text.js";
import { textWidth } from "./text-width.js";

/** Strips the punctuation an author may have typed at the end of a list line (";", ".", ","). */
export function stripListEnd(text: string): string {
  return cleanText(text).trim().replace(/[\s;.,]+$/u, "");
}

/**
 * "BÁO CÁO" (II.5: tên loại, in hoa, 13–14, đứng, đậm, canh giữa), the summary line (in thường,
 * 13–14, đứng, đậm, canh giữa) and under it a rule 1/3–1/2 of its length.
 */
export function titleBlock(report: Report): Paragraph[] {
  const summary = cleanText(report.document.summary).trim();
  // A summary longer than a line is as long as the line it fills.
  const length = Math.min(textWidth(summary, SIZE.title, true), TEXT_WIDTH);
  return [
    paragraph(VI.docType, { align: "center", size: SIZE.title, bold: true, before: 2 * BODY.paragraphSpacing, keepNext: true }),
    paragraph(summary, { align: "center", size: SIZE.title, bold: true, keepNext: true }),
    ruleParagraph(Math.round(length * RULE.shortRatio), TEXT_WIDTH),
  ];
}

/**
 * "Kính gửi:" (II.6, as for a công văn): one addressee on the same line; several, one per line
 * below, each starting "-" and ending ";" (the last "."), the dashes aligned under the colon.
 */
export function recipientsBlock(report: Report): Paragraph[] {
  const recipients = report.document.recipients.map(stripListEnd).filter((r) => r !== "");
  const before = 2 * BODY.paragraphSpacing;
  if (recipients.length === 0) return [];
  if (recipients.length === 1) {
    return [paragraph([VI.recipientsLabel, ` ${recipients[0] ?? ""}`], { align: "center", size: SIZE.body, before })];
  }
  const label = textWidth(`${VI.recipientsLabel} `, SIZE.body);
  const widest = Math.max(...recipients.map((r) => textWidth(`- ${r};`, SIZE.body)));
  // Centre the block as a whole, within reason (the label starts between 0 and 4 cm).
  const start = Math.max(0, Math.min(mm(40), Math.round((TEXT_WIDTH - label - widest) / 2)));
  const dash = textWidth("- ", SIZE.body);
  return [
    paragraph(VI.recipientsLabel, { size: SIZE.body, left: start, before, keepNext: true }),
    ...recipients.map((r, i) =>
      paragraph(`- ${r}${i === recipients.length - 1 ? "." : ";"}`, {
        size: SIZE.body,
        left: start + label + dash,
        firstLine: -dash,
      }),
    ),
  ];
}
