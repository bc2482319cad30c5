import { formatViNumber } from "../../format/number.js";
import type { Locale } from "../../schema/problem.js";
import type { NarrativeCode } from "./finding.js";

/**
 * The narrative checker's messages, one table per locale. Figures quoted from the text are
 * given as written; computed figures are formatted the Vietnamese way in both languages, since
 * they are compared with Vietnamese text.
 */
type Params = Readonly<Record<string, unknown>>;
type Table = Record<NarrativeCode, (p: Params) => string>;

const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? formatViNumber(v) : String(v));
const pct = (v: unknown): string => (typeof v === "number" ? `${formatViNumber(v, 2).replace(/,?0+$/, "")}%` : str(v));
const num = (v: unknown): string => (typeof v === "number" ? formatViNumber(Number(v.toFixed(6))) : str(v));
const list = (v: unknown): string => (Array.isArray(v) ? v.map(str).join(" + ") : str(v));

const vi: Table = {
  percent_mismatch: (p) => `Tỷ lệ ghi ${str(p.stated)} không khớp với ${str(p.fraction)} = ${pct(p.computed)}.`,
  percent_consistent: (p) => `Tỷ lệ ghi ${str(p.stated)} khớp với ${str(p.fraction)} = ${pct(p.computed)}.`,
  percent_rounded_to_full: (p) =>
    `Ghi ${str(p.stated)} nhưng ${str(p.fraction)} = ${pct(p.computed)} chưa phải toàn bộ; nên ghi số lẻ hoặc "gần như ${str(p.stated)}".`,
  part_exceeds_whole: (p) => `Số thành phần ${str(p.part)} lớn hơn tổng số ${str(p.whole)}.`,
  fraction_consistent: (p) => `Phân số ${str(p.fraction)} hợp lệ (tử số không vượt mẫu số).`,
  parts_exceed_total: (p) => `Tổng các thành phần ${list(p.parts)} = ${num(p.sum)} vượt tổng số ${str(p.total)}.`,
  parts_total_mismatch: (p) => `Tổng các thành phần ${list(p.parts)} = ${num(p.sum)} không bằng tổng số ${str(p.total)}.`,
  breakdown_consistent: (p) => `Tổng số ${str(p.total)} khớp với các thành phần ${list(p.parts)} = ${num(p.sum)}.`,
  score_total_mismatch: (p) => `Tổng điểm thành phần ${list(p.components)} = ${num(p.sum)} không khớp với tổng điểm ${str(p.total)}.`,
  score_consistent: (p) => `Tổng điểm ${str(p.total)} khớp với điểm thành phần ${list(p.components)} = ${num(p.sum)}.`,
  score_exceeds_max: (p) => `Điểm ${str(p.score)} vượt điểm tối đa ${str(p.max)}.`,
  impossible_date: (p) =>
    p.reason === "month"
      ? `Ngày "${str(p.date)}" không tồn tại: tháng ${str(p.month)} không có (ngày viết theo thứ tự ngày/tháng/năm).`
      : `Ngày "${str(p.date)}" không tồn tại: tháng ${str(p.month)} không có ngày ${str(p.day)}.`,
  date_valid: (p) => `Ngày "${str(p.date)}" hợp lệ.`,
  malformed_number: (p) =>
    `Số "${str(p.raw)}" viết sai cách nhóm chữ số (dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân); có thể là ${str(p.suggestion)}.`,
};

const en: Table = {
  percent_mismatch: (p) => `The stated ${str(p.stated)} does not match ${str(p.fraction)} = ${pct(p.computed)}.`,
  percent_consistent: (p) => `The stated ${str(p.stated)} matches ${str(p.fraction)} = ${pct(p.computed)}.`,
  percent_rounded_to_full: (p) =>
    `${str(p.stated)} is written but ${str(p.fraction)} = ${pct(p.computed)} is not all; write the decimals or "gần như ${str(p.stated)}".`,
  part_exceeds_whole: (p) => `The part ${str(p.part)} is larger than its whole ${str(p.whole)}.`,
  fraction_consistent: (p) => `The fraction ${str(p.fraction)} is possible (part within whole).`,
  parts_exceed_total: (p) => `The parts ${list(p.parts)} = ${num(p.sum)} exceed the total ${str(p.total)}.`,
  parts_total_mismatch: (p) => `The parts ${list(p.parts)} = ${num(p.sum)} do not add up to the total ${str(p.total)}.`,
  breakdown_consistent: (p) => `The total ${str(p.total)} matches its parts ${list(p.parts)} = ${num(p.sum)}.`,
  score_total_mismatch: (p) => `The component scores ${list(p.components)} = ${num(p.sum)} do not match the score ${str(p.total)}.`,
  score_consistent: (p) => `The score ${str(p.total)} matches its components ${list(p.components)} = ${num(p.sum)}.`,
  score_exceeds_max: (p) => `The score ${str(p.score)} is above its maximum ${str(p.max)}.`,
  impossible_date: (p) =>
    p.reason === "month"
      ? `The date "${str(p.date)}" does not exist: there is no month ${str(p.month)} (dates are written day/month/year).`
      : `The date "${str(p.date)}" does not exist: month ${str(p.month)} has no day ${str(p.day)}.`,
  date_valid: (p) => `The date "${str(p.date)}" exists.`,
  malformed_number: (p) =>
    `The number "${str(p.raw)}" is grouped in no known way ("." between thousands, "," before decimals); perhaps ${str(p.suggestion)}.`,
};

/** The narrative messages of each locale. */
export const NARRATIVE_MESSAGES: Readonly<Record<Locale, Table>> = { vi, en };

/** Writes the message of a finding. */
export function narrativeMessage(code: NarrativeCode, params: Params, locale: Locale = "vi"): string {
  return NARRATIVE_MESSAGES[locale][code](params);
}
