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
const num2 = (v: unknown): string => (typeof v === "number" ? formatViNumber(Number(v.toFixed(2))) : str(v));
const placeVi = (v: unknown): string => (typeof v === "number" ? `đoạn ${v}` : str(v));
const placeEn = (v: unknown): string => (typeof v === "number" ? `paragraph ${v}` : str(v));
const list = (v: unknown): string => (Array.isArray(v) ? v.map(str).join(" + ") : str(v));

const vi: Table = {
  split_total_mismatch: (p) => `Các số trong ngoặc ${list(p.parts)} = ${num(p.sum)} không bằng tổng số ${str(p.total)}.`,
  split_consistent: (p) => `Tổng số ${str(p.total)} khớp với các số trong ngoặc ${list(p.parts)} = ${num(p.sum)}.`,
  ratio_mismatch: (p) => `Tỷ lệ ghi ${str(p.stated)} không khớp với ${str(p.part)} trên ${str(p.whole)} = ${pct(p.computed)}.`,
  average_mismatch: (p) => `Bình quân ghi ${str(p.stated)} không khớp với ${str(p.total)} : ${str(p.count)} = ${num2(p.computed)}.`,
  average_consistent: (p) => `Bình quân ghi ${str(p.stated)} khớp với ${str(p.total)} : ${str(p.count)} = ${num2(p.computed)}.`,
  difference_mismatch: (p) => `Mức ${str(p.direction)} ghi ${str(p.stated)} không khớp với ${str(p.now)} − ${str(p.before)} = ${num(p.computed)}.`,
  change_percent_mismatch: (p) => `Mức ${str(p.direction)} ghi ${str(p.stated)} không khớp với ${str(p.before)} → ${str(p.now)} = ${pct(p.computed)}.`,
  point_change_mismatch: (p) => `Mức ${str(p.direction)} ghi ${str(p.stated)} không khớp với ${str(p.now)} − ${str(p.before)} = ${num2(p.computed)} điểm phần trăm.`,
  multiple_mismatch: (p) => `Mức ${str(p.direction)} ghi ${str(p.stated)} lần không khớp với ${str(p.now)} : ${str(p.before)} = ${num2(p.computed)} lần.`,
  change_consistent: (p) => `Mức ${str(p.direction)} ghi ${str(p.stated)} khớp với ${str(p.before)} → ${str(p.now)}.`,
  remainder_mismatch: (p) => `Số còn lại ghi ${str(p.stated)} không khớp với ${str(p.total)} − ${str(p.part)} = ${num(p.computed)}.`,
  remainder_consistent: (p) => `Số còn lại ghi ${str(p.stated)} khớp với ${str(p.total)} − ${str(p.part)}.`,
  list_count_mismatch: (p) => `Ghi ${str(p.count)} nhưng liệt kê ${str(p.listed)} mục.`,
  list_count_consistent: (p) => `Ghi ${str(p.count)} và liệt kê đúng ${str(p.listed)} mục.`,
  quantity_restated: (p) => `"${str(p.quantity)}" ghi ${str(p.first)} ở ${placeVi(p.firstAt)} nhưng ${str(p.second)} ở ${placeVi(p.secondAt)}.`,
  hidden_control: (p) => `Số liệu "${str(p.shown)}" chứa ký tự ẩn ${str(p.chars)}: giá trị lưu khác với giá trị hiển thị.`,
  long_mark_run: (p) => `Đoạn văn có ${str(p.length)} dấu kết hợp liền nhau trên một chữ: không phải văn bản, không được đọc.`,
  text_too_long: (p) => `Văn bản dài ${str(p.length)} ký tự, vượt giới hạn ${str(p.max)} ký tự: không kiểm tra.`,
  findings_truncated: (p) =>
    `Dừng kiểm tra lời văn sau ${str(p.max)} phát hiện: ${str(p.left)} đoạn từ ${placeVi(p.from)} trở đi chưa được đọc. Sửa các lỗi đã nêu rồi kiểm tra lại.`,
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

/**
 * A figure as written in the text, for the English messages: quoted when it has words ("trên
 * 100", "gần 1.500"), so that the Vietnamese of the document reads as a quotation, not as a
 * message in two languages; a bare number is left as it is.
 */
const wr = (v: unknown): string => {
  const text = str(v);
  return /\p{L}/u.test(text) && !/^[“"]/.test(text) ? `“${text}”` : text;
};

const en: Table = {
  split_total_mismatch: (p) => `The figures in parentheses ${list(p.parts)} = ${num(p.sum)} do not add up to the total ${wr(p.total)}.`,
  split_consistent: (p) => `The total ${wr(p.total)} matches the figures in parentheses ${list(p.parts)} = ${num(p.sum)}.`,
  ratio_mismatch: (p) => `The stated ${wr(p.stated)} does not match ${wr(p.part)} out of ${wr(p.whole)} = ${pct(p.computed)}.`,
  average_mismatch: (p) => `The stated average ${wr(p.stated)} does not match ${wr(p.total)} / ${wr(p.count)} = ${num2(p.computed)}.`,
  average_consistent: (p) => `The stated average ${wr(p.stated)} matches ${wr(p.total)} / ${wr(p.count)} = ${num2(p.computed)}.`,
  difference_mismatch: (p) => `The stated change ${wr(p.stated)} does not match ${wr(p.now)} − ${wr(p.before)} = ${num(p.computed)}.`,
  change_percent_mismatch: (p) => `The stated change ${wr(p.stated)} does not match ${wr(p.before)} → ${wr(p.now)} = ${pct(p.computed)}.`,
  point_change_mismatch: (p) => `The stated change ${wr(p.stated)} does not match ${wr(p.now)} − ${wr(p.before)} = ${num2(p.computed)} percentage points.`,
  multiple_mismatch: (p) => `The stated multiple ${wr(p.stated)} is not ${wr(p.now)} / ${wr(p.before)} = ${num2(p.computed)}.`,
  change_consistent: (p) => `The stated change ${wr(p.stated)} matches ${wr(p.before)} → ${wr(p.now)}.`,
  remainder_mismatch: (p) => `The stated remainder ${wr(p.stated)} is not ${wr(p.total)} − ${wr(p.part)} = ${num(p.computed)}.`,
  remainder_consistent: (p) => `The stated remainder ${wr(p.stated)} matches ${wr(p.total)} − ${wr(p.part)}.`,
  list_count_mismatch: (p) => `${wr(p.count)} is written but ${wr(p.listed)} items are listed.`,
  list_count_consistent: (p) => `${wr(p.count)} is written and ${wr(p.listed)} items are listed.`,
  quantity_restated: (p) => `"${str(p.quantity)}" is ${wr(p.first)} in ${placeEn(p.firstAt)} but ${wr(p.second)} in ${placeEn(p.secondAt)}.`,
  hidden_control: (p) => `The figure "${str(p.shown)}" contains the invisible ${wr(p.chars)}: what is stored is not what is displayed.`,
  long_mark_run: (p) => `The text has ${wr(p.length)} combining marks on one letter: not text, not read.`,
  text_too_long: (p) => `The text has ${wr(p.length)} characters, above the limit of ${wr(p.max)}: not checked.`,
  findings_truncated: (p) =>
    `Prose checks stopped after ${wr(p.max)} findings: ${wr(p.left)} paragraphs from ${placeEn(p.from)} on were not read. Fix the slips found, then check again.`,
  percent_mismatch: (p) => `The stated ${wr(p.stated)} does not match ${wr(p.fraction)} = ${pct(p.computed)}.`,
  percent_consistent: (p) => `The stated ${wr(p.stated)} matches ${wr(p.fraction)} = ${pct(p.computed)}.`,
  percent_rounded_to_full: (p) =>
    `${wr(p.stated)} is written but ${wr(p.fraction)} = ${pct(p.computed)} is not all; write the decimals or "gần như ${wr(p.stated)}".`,
  part_exceeds_whole: (p) => `The part ${wr(p.part)} is larger than its whole ${wr(p.whole)}.`,
  fraction_consistent: (p) => `The fraction ${wr(p.fraction)} is possible (part within whole).`,
  parts_exceed_total: (p) => `The parts ${list(p.parts)} = ${num(p.sum)} exceed the total ${wr(p.total)}.`,
  parts_total_mismatch: (p) => `The parts ${list(p.parts)} = ${num(p.sum)} do not add up to the total ${wr(p.total)}.`,
  breakdown_consistent: (p) => `The total ${wr(p.total)} matches its parts ${list(p.parts)} = ${num(p.sum)}.`,
  score_total_mismatch: (p) => `The component scores ${list(p.components)} = ${num(p.sum)} do not match the score ${wr(p.total)}.`,
  score_consistent: (p) => `The score ${wr(p.total)} matches its components ${list(p.components)} = ${num(p.sum)}.`,
  score_exceeds_max: (p) => `The score ${wr(p.score)} is above its maximum ${wr(p.max)}.`,
  impossible_date: (p) =>
    p.reason === "month"
      ? `The date "${str(p.date)}" does not exist: there is no month ${wr(p.month)} (dates are written day/month/year).`
      : `The date "${str(p.date)}" does not exist: month ${wr(p.month)} has no day ${wr(p.day)}.`,
  date_valid: (p) => `The date "${str(p.date)}" exists.`,
  malformed_number: (p) =>
    `The number "${str(p.raw)}" is grouped in no known way ("." between thousands, "," before decimals); perhaps ${wr(p.suggestion)}.`,
};

/** The narrative messages of each locale. */
export const NARRATIVE_MESSAGES: Readonly<Record<Locale, Table>> = { vi, en };

/** Writes the message of a finding. */
export function narrativeMessage(code: NarrativeCode, params: Params, locale: Locale = "vi"): string {
  return NARRATIVE_MESSAGES[locale][code](params);
}
