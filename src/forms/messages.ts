import { formatViNumber } from "../format/number.js";
import type { Locale } from "../schema/problem.js";

/**
 * The messages of form problems, Vietnamese and English, in one table (like the other message
 * tables): a UI shows them beside the field, so each names the field by its label and repeats
 * what was typed.
 */

/**
 * The codes of the problems {@link coerceFormValues} reports.
 *
 * @category Validation
 * @example
 * ```ts
 * const code: FormProblemCode = "form_value_not_number";
 * ```
 */
export type FormProblemCode =
  | "form_input_invalid"
  | "form_field_unknown"
  | "form_field_not_at_level"
  | "form_value_invalid_type"
  | "form_value_not_number"
  | "form_value_negative"
  | "form_value_not_integer"
  | "form_value_rounded"
  | "form_value_percent"
  | "form_value_too_large"
  | "form_value_not_yes_no";

type Params = Readonly<Record<string, unknown>>;

const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? formatViNumber(v) : JSON.stringify(v) ?? String(v));
const q = (v: unknown): string => `“${str(v)}”`;
const kindVi = (k: unknown) => (k === "amount" ? "số tiền (đồng)" : k === "ratio" ? "tỷ lệ" : k === "score" ? "điểm số" : "số đếm");
const kindEn = (k: unknown) => (k === "amount" ? "an amount (đồng)" : k === "ratio" ? "a ratio" : k === "score" ? "a score" : "a count");

const VI: Readonly<Record<FormProblemCode, (p: Params) => string>> = {
  form_input_invalid: (p) => `Dữ liệu biểu mẫu không đọc được: cần một đối tượng mã số liệu → chuỗi${p.error ? ` (${str(p.error)})` : ""}.`,
  form_field_unknown: (p) => `Ô ${q(p.id)} không có trong danh mục số liệu.`,
  form_field_not_at_level: (p) => `${q(p.label)} không báo cáo ở ${str(p.levelName)}.`,
  form_value_invalid_type: (p) => `${q(p.label)}: giá trị nhập không phải chữ hay số.`,
  form_value_not_number: (p) => `${q(p.label)}: ${q(p.input)} không phải là số.`,
  form_value_negative: (p) => `${q(p.label)}: ${q(p.input)} là số âm; ${kindVi(p.kind)} không được âm.`,
  form_value_not_integer: (p) =>
    p.kind === "amount"
      ? `${q(p.label)}: ${q(p.input)} có phần lẻ; số tiền ghi bằng đồng, không có phần lẻ.`
      : `${q(p.label)} là số đếm, cần số nguyên nhưng ghi ${q(p.input)} (dấu phẩy là dấu thập phân; nhóm nghìn bằng dấu chấm: 1.234).`,
  form_value_rounded: (p) => `${q(p.label)} là số đếm, cần ghi số chính xác thay cho ${q(p.input)}.`,
  form_value_percent: (p) => `${q(p.label)} là ${kindVi(p.kind)}, không ghi dạng phần trăm ${q(p.input)}.`,
  form_value_too_large: (p) => `${q(p.label)}: ${q(p.input)} quá lớn để lưu chính xác.`,
  form_value_not_yes_no: (p) => `${q(p.label)} cần ghi “có” hoặc “không”, nhưng ghi ${q(p.input)}.`,
};

const EN: Readonly<Record<FormProblemCode, (p: Params) => string>> = {
  form_input_invalid: (p) => `The form data cannot be read: expected an object of figure id → string${p.error ? ` (${str(p.error)})` : ""}.`,
  form_field_unknown: (p) => `Field ${q(p.id)} is not in the catalog.`,
  form_field_not_at_level: (p) => `${q(p.labelEn)} is not reported at ${p.level === "xa" ? "commune" : p.level === "tinh" ? "province" : "national"} level.`,
  form_value_invalid_type: (p) => `${q(p.labelEn)}: the value is neither text nor a number.`,
  form_value_not_number: (p) => `${q(p.labelEn)}: ${q(p.input)} is not a number.`,
  form_value_negative: (p) => `${q(p.labelEn)}: ${q(p.input)} is negative; ${kindEn(p.kind)} cannot be.`,
  form_value_not_integer: (p) =>
    p.kind === "amount"
      ? `${q(p.labelEn)}: ${q(p.input)} has a fraction; amounts are whole đồng.`
      : `${q(p.labelEn)} is a count and needs a whole number, but ${q(p.input)} was given (the comma is the decimal mark; thousands are grouped with dots: 1.234).`,
  form_value_rounded: (p) => `${q(p.labelEn)} is a count: give the exact number instead of ${q(p.input)}.`,
  form_value_percent: (p) => `${q(p.labelEn)} is ${kindEn(p.kind)}, not a percentage: ${q(p.input)}.`,
  form_value_too_large: (p) => `${q(p.labelEn)}: ${q(p.input)} is too large to keep exactly.`,
  form_value_not_yes_no: (p) => `${q(p.labelEn)} needs “có” (yes) or “không” (no), but ${q(p.input)} was given.`,
};

/** The message of a form problem. Internal. */
export function formMessage(code: FormProblemCode, params: Params, locale: Locale): string {
  return (locale === "en" ? EN : VI)[code](params);
}
