import { formatViNumber } from "../format/number.js";
import type { Locale } from "../schema/problem.js";

/**
 * The indicators module's one locale table: why an indicator has no value, and the problems
 * the Bộ chỉ số 766 checker reports. Vietnamese by default, English on request.
 */

/**
 * Why an indicator has no value.
 *
 * @category Indicators
 * @example
 * ```ts
 * const c: MissingCode = "denominator_zero";
 * ```
 */
export type MissingCode =
  | "numerator_missing"
  | "denominator_missing"
  | "both_missing"
  | "denominator_zero"
  | "invalid_value"
  | "non_finite_result"
  | "unknown_indicator";

/**
 * Codes of the problems the Bộ chỉ số 766 checker reports.
 *
 * @category Indicators
 * @example
 * ```ts
 * const c: Score766Code = "score_sum_mismatch";
 * ```
 */
export type Score766Code =
  | "score_unknown_version"
  | "score_unknown_component"
  | "score_component_missing"
  | "score_invalid"
  | "score_exceeds_max"
  | "score_max_mismatch"
  | "score_total_missing"
  | "score_sum_mismatch"
  | "score_total_exceeds_max";

/**
 * Codes of the problems `compileCatalog` finds in a catalog.
 *
 * @category Indicators
 * @example
 * ```ts
 * const c: CatalogProblemCode = "part_of_dangling";
 * ```
 */
export type CatalogProblemCode =
  | "duplicate_id"
  | "part_of_dangling"
  | "part_of_cycle"
  | "outline_item_unknown"
  | "operand_missing"
  | "breakdown_part_missing"
  | "rule_expression_invalid"
  | "rule_operand_missing";

type Params = Readonly<Record<string, unknown>>;
type Table<C extends string> = Record<C, (p: Params) => string>;

const n = (v: unknown, d?: number) => (typeof v === "number" ? formatViNumber(v, d) : String(v));
const en = (v: unknown) => String(v);

const MISSING_VI: Table<MissingCode> = {
  numerator_missing: (p) => `Chưa có số liệu tử số "${String(p.numerator)}" để tính ${String(p.id)}.`,
  denominator_missing: (p) => `Chưa có số liệu mẫu số "${String(p.denominator)}" để tính ${String(p.id)}.`,
  both_missing: (p) => `Chưa có số liệu "${String(p.numerator)}" và "${String(p.denominator)}" để tính ${String(p.id)}.`,
  denominator_zero: (p) => `Mẫu số "${String(p.denominator)}" bằng 0: không tính được ${String(p.id)}.`,
  invalid_value: (p) => `Số liệu "${String(p.element)}" không phải số đếm hợp lệ (nhận được ${String(p.received)}): không tính được ${String(p.id)}.`,
  non_finite_result: (p) => `Kết quả tính ${String(p.id)} không phải số hữu hạn.`,
  unknown_indicator: (p) => `Không có chỉ tiêu "${String(p.id)}" trong danh mục.`,
};

const MISSING_EN: Table<MissingCode> = {
  numerator_missing: (p) => `No figure for the numerator "${String(p.numerator)}" of ${String(p.id)}.`,
  denominator_missing: (p) => `No figure for the denominator "${String(p.denominator)}" of ${String(p.id)}.`,
  both_missing: (p) => `No figures for "${String(p.numerator)}" and "${String(p.denominator)}" of ${String(p.id)}.`,
  denominator_zero: (p) => `The denominator "${String(p.denominator)}" is 0: ${String(p.id)} has no value.`,
  invalid_value: (p) => `"${String(p.element)}" is not a valid count (received ${String(p.received)}): ${String(p.id)} has no value.`,
  non_finite_result: (p) => `${String(p.id)} does not evaluate to a finite number.`,
  unknown_indicator: (p) => `The catalog has no indicator "${String(p.id)}".`,
};

const SCORE_VI: Table<Score766Code> = {
  score_unknown_version: (p) => `Không có phiên bản Bộ chỉ số "${String(p.version)}".`,
  score_unknown_component: (p) => `"${String(p.id)}" không phải nhóm chỉ số của phiên bản ${String(p.version)}.`,
  score_component_missing: (p) => `Thiếu điểm nhóm chỉ số "${String(p.label)}" (${String(p.id)}).`,
  score_invalid: (p) => `Điểm "${String(p.id)}" không hợp lệ (${String(p.received)}).`,
  score_exceeds_max: (p) => `Điểm ${String(p.label)} ${n(p.value)} vượt điểm tối đa ${n(p.max)}.`,
  score_max_mismatch: (p) => `Điểm tối đa ghi cho ${String(p.label)} là ${n(p.statedMax)}, theo ${String(p.version)} là ${n(p.max)}.`,
  score_total_missing: () => `Thiếu tổng điểm Bộ chỉ số (cs766.tong).`,
  score_sum_mismatch: (p) => `Tổng điểm ghi ${n(p.total)} khác tổng các nhóm chỉ số ${n(p.sum, 2)} (chênh ${n(p.difference, 2)} điểm).`,
  score_total_exceeds_max: (p) => `Tổng điểm ${n(p.total)} vượt điểm tối đa ${n(p.max)}.`,
};

const SCORE_EN: Table<Score766Code> = {
  score_unknown_version: (p) => `Unknown index version "${en(p.version)}".`,
  score_unknown_component: (p) => `"${en(p.id)}" is not a component of version ${en(p.version)}.`,
  score_component_missing: (p) => `Missing the score of component "${en(p.label)}" (${en(p.id)}).`,
  score_invalid: (p) => `Score "${en(p.id)}" is not valid (${en(p.received)}).`,
  score_exceeds_max: (p) => `“${en(p.label)}”: ${en(p.value)} exceeds the maximum ${en(p.max)}.`,
  score_max_mismatch: (p) => `“${en(p.label)}” is stated out of ${en(p.statedMax)}; version ${en(p.version)} gives ${en(p.max)}.`,
  score_total_missing: () => `Missing the total score (cs766.tong).`,
  score_sum_mismatch: (p) => `The stated total ${en(p.total)} differs from the sum of components ${en(p.sum)} (by ${en(p.difference)}).`,
  score_total_exceeds_max: (p) => `The total ${en(p.total)} exceeds the maximum ${en(p.max)}.`,
};

const q = (v: unknown) => `“${String(v)}”`;
const KIND_VI: Record<string, string> = { element: "phần tử dữ liệu", indicator: "chỉ tiêu", score: "điểm số", breakdown: "phân tổ", rule: "quy tắc" };

const CATALOG_VI: Table<CatalogProblemCode> = {
  duplicate_id: (p) => `Mã ${q(p.id)} được khai báo hai lần (${KIND_VI[String(p.kind)] ?? String(p.kind)} và ${KIND_VI[String(p.firstKind)] ?? String(p.firstKind)}); giữ định nghĩa đầu tiên, bỏ định nghĩa sau.`,
  part_of_dangling: (p) => `Trường partOf của ${q(p.id)} trỏ tới ${q(p.whole)}, không có trong danh mục.`,
  part_of_cycle: (p) => `Quan hệ bộ phận – tổng (partOf) tạo thành vòng: ${(p.cycle as string[]).join(" → ")}.`,
  outline_item_unknown: (p) => `Trường outlineItem của ${q(p.id)} là ${q(p.item)}, không có trong đề cương báo cáo.`,
  operand_missing: (p) => `Chỉ tiêu ${q(p.id)}: ${p.role === "numerator" ? "tử số" : "mẫu số"} ${q(p.operand)} không phải phần tử dữ liệu của danh mục.`,
  breakdown_part_missing: (p) => `Phân tổ ${q(p.id)}: ${q(p.operand)} không phải phần tử dữ liệu của danh mục.`,
  rule_expression_invalid: (p) => `Quy tắc ${q(p.id)}: không đọc được vế ${p.side === "left" ? "trái" : "phải"} tại ký tự ${String(p.at)} (${q(p.found)}).`,
  rule_operand_missing: (p) => `Quy tắc ${q(p.id)}: ${q(p.operand)} không có trong danh mục.`,
};

const CATALOG_EN: Table<CatalogProblemCode> = {
  duplicate_id: (p) => `The id "${en(p.id)}" is declared twice (${en(p.kind)} and ${en(p.firstKind)}); the first definition is kept.`,
  part_of_dangling: (p) => `partOf of "${en(p.id)}" points at "${en(p.whole)}", which is not in the catalog.`,
  part_of_cycle: (p) => `The part–whole relations (partOf) form a cycle: ${(p.cycle as string[]).join(" → ")}.`,
  outline_item_unknown: (p) => `outlineItem of "${en(p.id)}" is "${en(p.item)}", which the report outline does not have.`,
  operand_missing: (p) => `Indicator "${en(p.id)}": its ${en(p.role)} "${en(p.operand)}" is not a data element of the catalog.`,
  breakdown_part_missing: (p) => `Breakdown "${en(p.id)}": "${en(p.operand)}" is not a data element of the catalog.`,
  rule_expression_invalid: (p) => `Rule "${en(p.id)}": cannot read its ${en(p.side)} side at character ${en(p.at)} ("${en(p.found)}").`,
  rule_operand_missing: (p) => `Rule "${en(p.id)}": "${en(p.operand)}" is not in the catalog.`,
};

/** The message of a catalog problem. */
export function catalogMessage(code: CatalogProblemCode, params: Params, locale: Locale = "vi"): string {
  return (locale === "en" ? CATALOG_EN : CATALOG_VI)[code](params);
}

/** The message of a missing-value reason. */
export function missingMessage(code: MissingCode, params: Params, locale: Locale = "vi"): string {
  return (locale === "en" ? MISSING_EN : MISSING_VI)[code](params);
}

/** The message of a Bộ chỉ số 766 problem. */
export function score766Message(code: Score766Code, params: Params, locale: Locale = "vi"): string {
  return (locale === "en" ? SCORE_EN : SCORE_VI)[code](params);
}

/**
 * The words of the comparison phrases ("tăng 453.684 lượt so với tháng 01/2026"). Report text is
 * Vietnamese whatever the message locale.
 */
export const COMPARE_WORDS = {
  up: "tăng",
  down: "giảm",
  same: "tương đương",
  percentagePoints: "điểm phần trăm",
  against: "so với",
  previous: "kỳ trước",
  samePeriod: "cùng kỳ",
  samePeriodLastYear: "cùng kỳ năm trước",
  samePeriodOfYear: (year: number) => `cùng kỳ năm ${year}`,
} as const;
