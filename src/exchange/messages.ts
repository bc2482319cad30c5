import type { Locale, Path, Problem, Severity } from "../schema/problem.js";

/**
 * Messages of the exchange module, one table per locale; logic builds problems with
 * {@link exchangeProblem}.
 */

/**
 * The codes of problems the exchange module reports.
 *
 * @category Exchange
 * @example
 * ```ts
 * const code: ExchangeProblemCode = "row_duplicate";
 * ```
 */
export type ExchangeProblemCode = "row_invalid" | "row_duplicate" | "row_unit_conflict" | "period_not_dhis2";

type Params = Readonly<Record<string, unknown>>;
type Table = Readonly<Record<ExchangeProblemCode, (p: Readonly<Record<string, unknown>>) => string>>;
const s = (v: unknown) => String(v);
/** A received cell as text (bigints and non-JSON values included). */
const show = (v: unknown): string => {
  if (typeof v === "bigint") return `${v}n`;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
};

/** What a row's cell must be, by the `expected` param of `row_invalid`. */
const EXPECTED_VI: Record<string, string> = {
  object: "phải là một đối tượng (một dòng)",
  text: "cần một chuỗi không rỗng",
  unit_code: "cần mã đơn vị (VN, 2 hoặc 5 chữ số)",
  level: "cần cấp xa, tinh hoặc bo",
  agency_code: "cần mã cơ quan ASCII (ví dụ so_y_te) hoặc để trống",
  period: "cần mã kỳ hợp lệ (202605, 2026Q2, 2026S1, 2026N9, 2026)",
  catalog_id: "cần mã chỉ tiêu (ví dụ hs.tiep_nhan)",
  dimension: "cần một chiều phân tổ (province, ministry, procedure, documentType, database, agency, other) hoặc để trống",
  member_key: "cần mã thành phần (chữ, số, _ . -)",
  boolean: "cần true/false hoặc để trống",
  safe_int: "cần số nguyên không âm trong giới hạn an toàn hoặc để trống",
  number: "cần số không âm hoặc để trống",
  decimals: "cần số nguyên từ −15 đến 6",
  qualifier: "cần một từ ước lượng (hơn, trên, gần, dưới, khoảng, xấp xỉ, gần như) hoặc để trống",
  flag: "cần estimated, provisional, imputed hoặc để trống",
  date: "cần ngày dạng YYYY-MM-DD hoặc để trống",
  empty_here: "phải để trống ở dòng này",
  one_value: "không được có cả số liệu (value) và giá trị có/không (yes_no)",
  breakdown_value: "cần số liệu của thành phần phân tổ",
};
const EXPECTED_EN: Record<string, string> = {
  object: "must be an object (one row)",
  text: "needs a non-empty text",
  unit_code: "needs a unit code (VN, 2 or 5 digits)",
  level: "needs xa, tinh or bo",
  agency_code: "needs an ASCII agency code (e.g. so_y_te) or nothing",
  period: "needs a valid period id (202605, 2026Q2, 2026S1, 2026N9, 2026)",
  catalog_id: "needs a catalog id (e.g. hs.tiep_nhan)",
  dimension: "needs a breakdown dimension (province, ministry, procedure, documentType, database, agency, other) or nothing",
  member_key: "needs a member key (letters, digits, _ . -)",
  boolean: "needs true/false or nothing",
  safe_int: "needs a non-negative safe integer or nothing",
  number: "needs a non-negative number or nothing",
  decimals: "needs an integer from −15 to 6",
  qualifier: "needs an approximation word (hơn, trên, gần, dưới, khoảng, xấp xỉ, gần như) or nothing",
  flag: "needs estimated, provisional, imputed or nothing",
  date: "needs a YYYY-MM-DD date or nothing",
  empty_here: "must be empty on this row",
  one_value: "must not hold both a value and a yes/no",
  breakdown_value: "needs the breakdown part's value",
};

const vi: Table = {
  row_invalid: (p) => `Dòng ${s(p.row)}: cột “${s(p.column)}” ${EXPECTED_VI[s(p.expected)] ?? s(p.expected)}${p.received === undefined ? "" : `, nhận được ${show(p.received)}`}.`,
  row_duplicate: (p) => `Dòng ${s(p.row)} trùng dòng ${s(p.first)} (cùng đơn vị, kỳ, chỉ tiêu${p.member === null ? "" : ", thành phần"}): không đọc dòng sau.`,
  row_unit_conflict: (p) => `Dòng ${s(p.row)}: đơn vị ${s(p.unit)} ghi ${s(p.column)} “${s(p.received)}”, khác “${s(p.first)}” ở dòng ${s(p.firstRow)}.`,
  period_not_dhis2: (p) => `Kỳ ${s(p.period)} không có loại kỳ tương ứng trong DHIS2 (chỉ tháng, quý, 6 tháng, năm): không lập được tập giá trị dữ liệu.`,
};
const en: Table = {
  row_invalid: (p) => `Row ${s(p.row)}: column “${s(p.column)}” ${EXPECTED_EN[s(p.expected)] ?? s(p.expected)}${p.received === undefined ? "" : `, received ${show(p.received)}`}.`,
  row_duplicate: (p) => `Row ${s(p.row)} repeats row ${s(p.first)} (same unit, period, element${p.member === null ? "" : ", member"}): the later row is not read.`,
  row_unit_conflict: (p) => `Row ${s(p.row)}: unit ${s(p.unit)} has ${s(p.column)} “${s(p.received)}”, not “${s(p.first)}” as in row ${s(p.firstRow)}.`,
  period_not_dhis2: (p) => `Period ${s(p.period)} has no DHIS2 period type (only months, quarters, six-months, years): no data value set.`,
};

/**
 * The exchange module's message tables, by locale.
 *
 * @category Exchange
 * @example
 * ```ts
 * EXCHANGE_MESSAGES.vi.period_not_dhis2({ period: "2026N9" });
 * ```
 */
export const EXCHANGE_MESSAGES: Readonly<Record<Locale, Readonly<Record<ExchangeProblemCode, (params: Readonly<Record<string, unknown>>) => string>>>> = { vi, en };

/**
 * Builds one exchange problem with its message in the chosen locale.
 *
 * @category Exchange
 * @example
 * ```ts
 * exchangeProblem("row_duplicate", "error", ["rows", 3], { row: 3, first: 1, member: null }).message;
 * // "Dòng 3 trùng dòng 1 (cùng đơn vị, kỳ, chỉ tiêu): không đọc dòng sau."
 * ```
 */
export function exchangeProblem(code: ExchangeProblemCode, severity: Severity, path: Path, params: Readonly<Record<string, unknown>>, locale: Locale = "vi"): Problem {
  return { code, severity, path, message: EXCHANGE_MESSAGES[locale][code](params), params };
}
