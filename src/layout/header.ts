/**
 * The parts of a Nghị định 30/2020 document around the body, each made only from what the
 * report has (Phụ lục I, Phần I, mục II): the issuing body, "Số:", the place-and-date line, the
 * kind and title, "Kính gửi", "Nơi nhận" and the signature. In a form to sign (`form: true`) a
 * missing part the decree requires becomes a blank "……" for the văn thư; nothing is ever made up.
 */
import { DOCUMENT_KINDS } from "../schema/document-kinds.js";
import type { Report } from "../schema/report.js";
import type { HeaderBlock, Line, RecipientsBlock, SigningBlock, TitleBlock } from "./model.js";
import { VI } from "./strings.js";
import { cleanText, upper } from "./text.js";

type Doc = Report["document"];

const clean = (s: string | undefined): string => (s === undefined ? "" : cleanText(s).trim());

/**
 * The lines of the issuing-body block (II.2): the governing body upright over the issuing body
 * in bold; a People's Committee with no governing body is written on two bold lines, "ỦY BAN
 * NHÂN DÂN" over "TỈNH SƠN LA".
 */
export function issuerLines(document: Doc, form = false): Line[] {
  const issuer = upper(clean(document.issuer));
  const governing = upper(clean(document.governingBody));
  if (issuer === "") return form ? [{ text: VI.blank, bold: true }] : governing === "" ? [] : [{ text: governing, bold: false }];
  if (governing !== "") return [{ text: governing, bold: false }, { text: issuer, bold: true }];
  const committee = /^(ỦY|UỶ) BAN NHÂN DÂN\s+(.+)$/u.exec(issuer);
  if (committee?.[2]) return [{ text: VI.peoplesCommittee, bold: true }, { text: committee[2], bold: true }];
  return [{ text: issuer, bold: true }];
}

/**
 * "Số: 05/BC-UBND" (II.3): a number below 10 takes a leading zero; the symbol in capitals with
 * no spaces; an unnumbered document with a symbol leaves the blank the văn thư fills in
 * ("Số:      /BC-UBND"). No number and no symbol: no line (a form gets "Số: ……/……").
 */
export function numberLine(document: Doc, form = false): string | undefined {
  const symbol = upper(clean(document.symbol)).replace(/\s+/g, "");
  if (document.number === null && symbol === "") return form ? `${VI.numberLabel} ${VI.blank}/${VI.blank}` : undefined;
  const number = document.number === null ? "      " : String(document.number).padStart(2, "0");
  return `${VI.numberLabel} ${number}/${symbol === "" && form ? VI.blank : symbol}`.replace(/\/$/u, "");
}

/** "ngày 08 tháng 5 năm 2026": months 1 and 2 with a zero (as `formatViDate`), blanks for what is not written. */
export function dateWords(date: string | null, form: boolean): string | undefined {
  const blankDay = "    ";
  if (date === null) return form ? `ngày ${blankDay} tháng ${blankDay} năm ${blankDay}` : undefined;
  const [y, m, d] = date.split("-");
  const month = m === undefined ? undefined : Number(m) <= 2 ? m : String(Number(m));
  return `ngày ${d ?? blankDay} tháng ${month ?? blankDay} năm ${y ?? ""}`;
}

/**
 * The place-and-date line (II.4): "Nghệ An, ngày    tháng 3 năm 2026" with the day left blank
 * when the author left it blank, or absent when the report has neither place nor date.
 */
export function placeDateLine(document: Doc, form = false): string | undefined {
  const place = clean(document.place);
  const date = dateWords(document.date, form);
  if (date === undefined) return place === "" || !form ? undefined : `${place}, ${dateWords(null, true) ?? ""}`;
  if (place === "") return form ? `${VI.blank}, ${date}` : date.charAt(0).toUpperCase() + date.slice(1);
  return `${place}, ${date}`;
}

/** The header block, or nothing for a document that has none of its parts (a briefing paper). */
export function headerBlock(report: Report, form = false): HeaderBlock | undefined {
  const d = report.document;
  const issuer = issuerLines(d, form);
  const number = numberLine(d, form);
  const placeDate = placeDateLine(d, form);
  const official = d.kind !== "tai_lieu" || issuer.length > 0 || number !== undefined || placeDate !== undefined;
  if (!official) return undefined;
  return {
    kind: "header",
    issuer,
    nationalName: true,
    ...(number !== undefined ? { number } : {}),
    ...(placeDate !== undefined ? { placeDate } : {}),
  };
}

/** The kind ("BÁO CÁO"), the title as written and the marking ("DỰ THẢO"). */
export function titleBlock(report: Report): TitleBlock {
  const marking = upper(clean(report.document.marking));
  return {
    kind: "title",
    docType: DOCUMENT_KINDS[report.document.kind],
    title: clean(report.document.title),
    ...(marking !== "" ? { marking } : {}),
  };
}

/** "Kính gửi:" and the addressees as written; nothing when there are none (a form: one blank). */
export function recipientsBlock(report: Report, form = false): RecipientsBlock | undefined {
  const recipients = report.document.recipients.map(clean).filter((r) => r !== "");
  if (recipients.length === 0 && !form) return undefined;
  // Several addressees are listed one per line, each with the list's dash (II.6).
  const lines = recipients.length > 1 ? recipients.map(distributionLine) : recipients;
  return { kind: "recipients", label: VI.recipientsLabel, recipients: lines.length > 0 ? lines : [VI.blank] };
}

/** A line of "Nơi nhận" as written, with the list's dash ("- Công an tỉnh;"). */
function distributionLine(item: string): string {
  return /^[-–+]\s*/u.test(item) ? item.replace(/^[-–+]\s*/u, "- ") : `- ${item}`;
}

/**
 * The lines of the signature block (II.7): the authority lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ
 * TỊCH"), the title and any concurrent title, in capitals.
 */
export function signatureLines(signer: NonNullable<Doc["signer"]>): string[] {
  const authority = signer.authority.map((a) => upper(`${a.prefix} ${clean(a.of)}`));
  const titles = [signer.title, ...(signer.concurrently === undefined ? [] : [signer.concurrently])].map((t) => upper(clean(t))).filter((t) => t !== "");
  return [...authority, ...titles];
}

/**
 * The signing row: "Nơi nhận" only when the report lists it, the signature only when it has a
 * signer (a form: blanks); nothing at all for a document with neither.
 */
export function signingBlock(report: Report, form = false): SigningBlock | undefined {
  const d = report.document;
  const lines = d.distribution.map(clean).filter((l) => l !== "").map(distributionLine);
  const distribution = lines.length > 0 ? { label: VI.distributionLabel, lines } : form ? { label: VI.distributionLabel, lines: [`- ${VI.blank}`] } : undefined;
  const signature =
    d.signer !== undefined
      ? { lines: signatureLines(d.signer), name: clean(d.signer.name) }
      : form
        ? { lines: [VI.blank], name: VI.blank }
        : undefined;
  if (distribution === undefined && signature === undefined) return undefined;
  return { kind: "signing", ...(distribution !== undefined ? { distribution } : {}), ...(signature !== undefined ? { signature } : {}) };
}
