import { dimensionNameVi } from "../schema/dimension-names.js";
import { formatViShortDate } from "../format/date.js";
import { formatViNumber } from "../format/number.js";
import { LEVEL_LABELS } from "../schema/level.js";
import { parsePeriod, periodLabel, type PeriodKind } from "../schema/period.js";
import type { Locale } from "../schema/problem.js";

/**
 * The messages of validation issues, one table per locale, keyed by issue code. Rules return
 * codes and params only; this is the one place where their words live. Numbers and dates are
 * written with `src/format` (3.454.035, 99,7%, 14/05/2026).
 */

/**
 * The parameters a message is written from: an issue's `params`.
 *
 * @category Validation
 * @example
 * ```ts
 * const params: ValidationMessageParams = { date: "2026-05-08", cutoffTo: "2026-05-14" };
 * ```
 */
export type ValidationMessageParams = Readonly<Record<string, unknown>>;
type Params = ValidationMessageParams;

/**
 * A message table: issue code → message written from the issue's params.
 *
 * @category Validation
 * @example
 * ```ts
 * const mine: ValidationMessageTable = { ...VALIDATION_MESSAGES.vi, date_missing: () => "Chưa ghi ngày." };
 * ```
 */
export type ValidationMessageTable = Readonly<Record<string, (params: ValidationMessageParams) => string>>;


// ── Vietnamese ───────────────────────────────────────────────────────────────────────────────

const num = (v: unknown, decimals?: number): string =>
  typeof v !== "number"
    ? String(v)
    : decimals === undefined && Number.isInteger(v) && v >= 0 && v < 1000
      ? String(v) // the same text, without formatViNumber's work: most counts in messages are small
      : formatViNumber(v, decimals);
const str = (v: unknown): string => (typeof v === "string" ? v : String(v ?? ""));
const quote = (v: unknown): string => `“${str(v)}”`;
/** A figure as written: "trên 100", "1.500". */
const fig = (v: unknown, q: unknown, decimals?: number): string =>
  typeof q === "string" && q !== "" ? `${q} ${num(v, decimals)}` : num(v, decimals);
/** A value in its unit: "99,7%", "1.500 lượt". */
const withUnit = (text: string, unit: unknown): string =>
  unit === "%" ? `${text}%` : typeof unit === "string" && unit !== "" ? `${text} ${unit}` : text;
const period = (id: unknown): string => {
  const p = typeof id === "string" ? parsePeriod(id) : undefined;
  return p ? periodLabel(p) : str(id);
};
// Formatting a date parses it with date-fns, which costs more than a whole rule; a report has a
// handful of distinct dates, so remember the last few (bounded, invisible to callers).
const dates = new Map<string, string>();
const date = (iso: unknown): string => {
  const key = str(iso);
  let text = dates.get(key);
  if (text === undefined) {
    try {
      text = formatViShortDate(key);
    } catch {
      text = key;
    }
    if (dates.size >= 256) dates.clear();
    dates.set(key, text);
  }
  return text;
};
const list = (items: unknown, max = 5, other = "khác"): string => {
  const all = Array.isArray(items) ? items.map(str) : [];
  if (all.length <= max) return all.join(", ");
  return `${all.slice(0, max).join(", ")} và ${formatViNumber(all.length - max)} ${other}`;
};
const lead = (p: Params): string => {
  const names = Array.isArray(p.leadNames) ? (p.leadNames as unknown[]) : [];
  return names.length === 0 ? "" : ` (${names.map(str).join(", ")} chủ trì báo cáo)`;
};
const KIND_VI: Record<PeriodKind, string> = {
  month: "tháng",
  quarter: "quý",
  half: "6 tháng",
  nine: "9 tháng",
  year: "năm",
  range: "đột xuất",
};
const kindVi = (k: unknown) => KIND_VI[k as PeriodKind] ?? str(k);
const levelVi = (l: unknown) => LEVEL_LABELS[l as keyof typeof LEVEL_LABELS] ?? str(l);
/** Decimals to show a computed rate with: two more than the author wrote, at most 4. */
const finer = (d: unknown) => Math.min(4, Math.max(0, typeof d === "number" ? d : 1) + 2);

/** The optional header parts of a document, as the messages name them. */
const PART_VI: Readonly<Record<string, string>> = { issuer: "cơ quan ban hành", symbol: "ký hiệu văn bản", place: "địa danh", signer: "người ký" };
const PART_EN: Readonly<Record<string, string>> = { issuer: "an issuing body", symbol: "a document symbol", place: "a place", signer: "a signer" };

const vi = {
  // arithmetic
  part_exceeds_whole: (p) =>
    `${quote(p.partLabel)} (${fig(p.partValue, p.partQualifier)}) lớn hơn ${quote(p.wholeLabel)} (${fig(p.wholeValue, p.wholeQualifier)}), trong khi đây là một phần của tổng đó.`,
  breakdown_mismatch: (p) =>
    `${quote(p.totalLabel)} là ${fig(p.totalValue, p.totalQualifier)} nhưng các thành phần cộng lại được ${num(p.sum)} (${partsVi(p.parts)}), chênh lệch ${num(Math.abs(Number(p.difference)))}.`,
  breakdown_parts_exceed_total: (p) =>
    `Các thành phần đã ghi của ${quote(p.totalLabel)} cộng lại được ${num(p.sum)} (${partsVi(p.parts)}), đã vượt tổng ${fig(p.totalValue, p.totalQualifier)}.`,
  // stated vs computed
  stated_ratio_inconsistent: (p) =>
    `${quote(p.label)} ghi ${withUnit(fig(p.stated, p.qualifier, Math.max(0, Number(p.decimals))), p.unit)} nhưng tính từ số liệu ${num(p.numeratorValue)}/${num(p.denominatorValue)} được ${withUnit(num(p.computed, finer(p.decimals)), p.unit)} (giá trị ghi chỉ đúng trong khoảng ${num(p.low, finer(p.decimals))} – ${num(p.high, finer(p.decimals))}).`,
  stated_value_inconsistent: (p) =>
    `${quote(p.label)} ghi ${withUnit(fig(p.stated, p.qualifier), p.unit)} nhưng số liệu là ${withUnit(num(p.value), p.unit)}.`,
  stated_exceeds_max: (p) => `${quote(p.label)} ghi ${num(p.stated)} điểm, vượt điểm tối đa ${num(p.max)}.`,
  stated_max_differs: (p) => `${quote(p.label)} ghi điểm tối đa ${num(p.max)}, danh mục quy định ${num(p.expected)}.`,
  stated_share_over_100: (p) => `${quote(p.label)} ghi ${num(p.stated)}%, vượt 100% dù là tỷ lệ một phần trên tổng.`,
  // targets
  below_target: (p) =>
    `${quote(p.label)} ${p.computed ? "tính từ số liệu" : "ghi"} đạt ${withUnit(num(p.value, Number(p.decimals)), p.unit)}, chưa đạt chỉ tiêu ${p.op === "<=" ? "≤" : "≥"} ${withUnit(num(p.target), p.unit)} (còn thiếu ${num(p.gap, Number(p.decimals))}${p.unit === "%" ? " điểm phần trăm" : ` ${str(p.unit)}`}; ${str(p.source)}).`,
  // time
  period_kind_not_reported: (p) =>
    `Báo cáo ${levelVi(p.level)} không có kỳ ${kindVi(p.kind)} (chỉ có kỳ: ${(Array.isArray(p.allowed) ? p.allowed : []).map(kindVi).join(", ")}).`,
  date_missing: (p) =>
    p.partial === undefined ? "Báo cáo chưa ghi ngày ban hành." : `Báo cáo chưa ghi đủ ngày ban hành (trường "document.date" mới ghi ${str(p.partial)}, còn để trống ngày).`,
  date_before_cutoff_end: (p) =>
    `Báo cáo ghi ngày ${date(p.date)}, trước khi kết thúc kỳ chốt số liệu ${period(p.period)} (từ ${date(p.cutoffFrom)} đến ${date(p.cutoffTo)}).`,
  cumulative_decreased: (p) =>
    `${quote(p.label)} là số liệu lũy kế nhưng giảm từ ${num(p.earlier)} (${period(p.earlierPeriod)}) xuống ${num(p.value)}, giảm ${num(p.drop)}${p.unit ? ` ${str(p.unit)}` : ""}.`,
  previous_unit_mismatch: (p) =>
    `Báo cáo kỳ trước được cung cấp là của đơn vị ${str(p.previousUnit)}, không phải ${str(p.unit)}: bỏ qua kiểm tra số liệu lũy kế.`,
  previous_not_earlier: (p) =>
    `Báo cáo kỳ trước được cung cấp (${period(p.previousPeriod)}) không thuộc kỳ trước ${period(p.period)}: bỏ qua kiểm tra số liệu lũy kế.`,
  comparison_period_mismatch: (p) =>
    `Số liệu so sánh ${p.which === "previous" ? "kỳ trước" : "cùng kỳ năm trước"} ghi cho ${period(p.actual)}, cần là ${period(p.expected)}.`,
  comparison_differs_from_previous: (p) =>
    `Báo cáo trích số liệu kỳ trước của ${quote(p.label)} là ${num(p.quoted)}, nhưng báo cáo ${period(p.previousPeriod)} ghi ${num(p.actual)}.`,
  // values (the first door)
  value_not_number: (p) =>
    `${quote(p.label)} (${str(p.id)}) là số đếm${p.kind === "amount" ? " (số tiền, đồng)" : ""}, nhưng giá trị ghi là ${str(p.received)}: cần số nguyên không âm.`,
  value_not_boolean: (p) =>
    `${quote(p.label)} (${str(p.id)}) là sự kiện có/không, nhưng giá trị ghi là ${str(p.received)}: cần true hoặc false.`,
  value_is_indicator: (p) =>
    `${str(p.id)} là ${p.kind === "score" ? "điểm số" : "chỉ tiêu (tỷ lệ)"} ${quote(p.label)}: ghi ở “stated” như văn bản viết, không ghi ở “values”.`,
  figure_unknown: (p) =>
    `Mã số liệu ${quote(p.id)} không có trong danh mục${typeof p.suggestion === "string" ? `; có phải ${quote(p.suggestion)} (${str(p.suggestionLabel)})?` : "."}`,
  figure_outside_level: (p) =>
    `${quote(p.label)} (${str(p.id)}) chỉ báo cáo ở ${list(p.levelNames)}, không ở ${str(p.levelName)}: không được tổng hợp lên cấp trên.`,
  // facts
  figure_stated_differently: (p) =>
    `${quote(p.label)} (${str(p.id)}) được ghi ${num(p.count)} lần với các giá trị khác nhau: ${list(Array.isArray(p.values) ? (p.values as unknown[]).map((v) => num(v)) : [])}${typeof p.asOf === "string" ? ` (số liệu đến ngày ${date(p.asOf)})` : ""}.`,
  change_inconsistent: (p) =>
    `Văn bản ghi ${quote(p.label)} ${p.direction === "up" ? "tăng" : p.direction === "down" ? "giảm" : "tương đương"}${p.direction === "same" ? "" : ` ${num(p.amount)}${p.unit === "percent" ? "%" : p.unit === "percentagePoints" ? " điểm phần trăm" : ""}`} so với ${p.against === "previous" ? "kỳ trước" : p.against === "samePeriodLastYear" ? "cùng kỳ năm trước" : period(p.basePeriod)}, nhưng số liệu so sánh cho mức thay đổi ${num(p.actual)}${p.unit === "percent" ? "%" : p.unit === "percentagePoints" ? " điểm phần trăm" : ""}.`,
  breakdown_parts_mismatch: (p) =>
    `Các phần của ${quote(p.label)} theo ${dimensionNameVi(p.dimension)} cộng lại ${num(p.sum)}, khác tổng ${num(p.total)}.`,
  breakdown_parts_exceed: (p) =>
    `Các phần “trong đó” của ${quote(p.label)} theo ${dimensionNameVi(p.dimension)} cộng lại ${num(p.sum)}, vượt tổng ${num(p.total)}.`,
  breakdown_key_repeated: (p) => `Phân tổ ${quote(p.label)} có phần ${quote(p.key)} ghi hai lần.`,
  breakdown_element_unknown: (p) => `Phân tổ theo ${dimensionNameVi(p.dimension)} ghi cho mã ${quote(p.id)}, không phải phần tử dữ liệu của danh mục.`,
  as_of_after_report: (p) => `${quote(p.label)} ghi số liệu đến ngày ${date(p.asOf)}, sau ngày ban hành báo cáo ${date(p.date)}.`,
  // completeness
  section_missing: (p) => `Thiếu mục ${str(p.section)} “${str(p.title)}” theo đề cương${lead(p)}.`,
  figures_missing: (p) =>
    `Mục ${str(p.item)} “${str(p.title)}” chưa có ${num(p.count)} số liệu theo danh mục${lead(p)}: ${list(p.labels, 3, "số liệu khác")}.`,
  // hierarchy
  rollup_mismatch: (p) =>
    `${quote(p.label)} của đơn vị là ${num(p.value)} nhưng tổng của ${num(p.reported)} đơn vị cấp dưới có số liệu là ${num(p.childrenTotal)}, chênh lệch ${num(p.imbalance)}${
      Array.isArray(p.missing) && p.missing.length > 0
        ? `; chưa có số liệu của ${num(p.missing.length)} đơn vị: ${list(p.missingNames, 5, "đơn vị khác")}`
        : ""
    }${
      Array.isArray(p.approximate) && p.approximate.length > 0
        ? `; ${num(p.approximate.length)} đơn vị chỉ ghi số ước lượng, không cộng: ${list(p.approximateNames, 5, "đơn vị khác")}`
        : ""
    }.`,
  child_level_mismatch: (p) => `Báo cáo của ${str(p.childName)} (${levelVi(p.childLevel)}) không phải báo cáo của đơn vị cấp ngay dưới: không tính vào tổng hợp.`,
  child_period_mismatch: (p) => `Báo cáo của ${str(p.childName)} là kỳ ${period(p.childPeriod)}, không phải ${period(p.period)}: không tính vào tổng hợp.`,
  child_not_below: (p) => `${str(p.childName)} (${str(p.child)}) không trực thuộc đơn vị ${str(p.parent)}: không tính vào tổng hợp.`,
  child_duplicate: (p) => `Có hơn một báo cáo của ${str(p.childName)} (${str(p.child)}): chỉ tính báo cáo đầu tiên.`,
  // document
  symbol_malformed: (p) => `Ký hiệu văn bản ${quote(p.symbol)} không đúng dạng (ví dụ BC-UBND: chữ in hoa, nối bằng dấu gạch ngang).`,
  symbol_not_report: (p) => `Ký hiệu ${quote(p.symbol)} không bắt đầu bằng BC- (tên loại văn bản báo cáo).`,
  document_part_missing: (p) =>
    `Báo cáo sẽ gửi đi thường ghi ${PART_VI[str(p.part)] ?? str(p.part)} (trường "document.${str(p.part)}"); văn bản này chưa có. Nếu đây là dự thảo, ghi document.marking “DỰ THẢO”.`,
  place_mismatch: (p) => `Địa danh ghi ${quote(p.place)}, trong khi đơn vị báo cáo là ${quote(p.expected)}.`,
  signer_tm_missing: (p) => `${str(p.issuer)} là cơ quan làm việc theo chế độ tập thể: người ký cần ghi “TM. ỦY BAN NHÂN DÂN” (chức vụ ký: ${str(p.title)}).`,
  signer_kt_missing: (p) => `Người ký là cấp phó (${str(p.title)}) nhưng thiếu dòng “KT.” (ký thay) trước chức vụ của cấp trưởng.`,
  signer_kt_for_head: (p) => `Dòng “KT.” chỉ dùng khi cấp phó ký thay, nhưng chức vụ người ký là ${str(p.title)}.`,
  signer_authority_order: () => "Dòng “TM.” phải đứng trước dòng “KT.”.",
  distribution_missing: () => "Chưa có phần “Nơi nhận”.",
  distribution_archive_missing: (p) => `Dòng cuối của “Nơi nhận” phải là “Lưu: VT, …” (đang ghi ${quote(p.last)}).`,
  distribution_final_period: (p) => `Dòng “Lưu” cuối “Nơi nhận” phải kết thúc bằng dấu chấm: ${quote(p.last)}.`,
  unit_code_level_mismatch: (p) => `Mã đơn vị ${str(p.code)} là mã ${levelVi(p.expected)}, nhưng báo cáo ghi ${levelVi(p.level)}.`,
  unit_unknown: (p) => `Mã đơn vị ${quote(p.code)} không có trong danh mục đơn vị hành chính hiệu lực từ ${date(p.validFrom)}.`,
  unit_level_mismatch: (p) => `Đơn vị ${str(p.code)} thuộc ${levelVi(p.expected)}, không phải ${levelVi(p.actual)}.`,
  unit_parent_mismatch: (p) => `Đơn vị ${str(p.code)} trực thuộc ${str(p.expected)}, không phải ${str(p.actual)}.`,
  // engine
  rule_failed: (p) => `Quy tắc ${str(p.rule)} gặp lỗi khi kiểm tra (${str(p.error)}); các quy tắc khác vẫn chạy.`,
  validation_failed: (p) => `Không kiểm tra được báo cáo (${str(p.error)}).`,
  context_invalid: (p) =>
    p.which === "previous"
      ? "Báo cáo kỳ trước được cung cấp không đúng cấu trúc báo cáo: không dùng để so sánh."
      : `${num(p.count)} báo cáo cấp dưới được cung cấp không đúng cấu trúc báo cáo: không tính vào tổng hợp.`,
  issues_truncated: (p) => `Còn ${num(p.omitted)} vấn đề khác không hiển thị (giới hạn ${num(p.max)}).`,
  custom: (p) => `Vấn đề ${str(p.code)}.`,
} satisfies Readonly<Record<ValidationMessageCode | "custom", (params: ValidationMessageParams) => string>>;

function partsVi(parts: unknown): string {
  if (!Array.isArray(parts)) return "";
  return parts
    .map((x: { label?: unknown; value?: unknown; qualifier?: unknown }) => `${str(x.label)} ${fig(x.value, x.qualifier)}`)
    .join(" + ");
}

// ── English ──────────────────────────────────────────────────────────────────────────────────

const n = (v: unknown, decimals?: number): string =>
  typeof v === "number"
    ? v.toLocaleString("en-US", decimals === undefined ? { maximumFractionDigits: 6 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    : String(v);
const QUALIFIER_EN: Record<string, string> = {
  hơn: "more than",
  trên: "over",
  gần: "nearly",
  dưới: "under",
  khoảng: "about",
  "xấp xỉ": "approximately",
  "gần như": "almost",
};
const figEn = (v: unknown, q: unknown, decimals?: number): string =>
  typeof q === "string" && q !== "" ? `${QUALIFIER_EN[q] ?? q} ${n(v, decimals)}` : n(v, decimals);
const unitEn = (text: string, unit: unknown): string => (unit === "%" ? `${text}%` : text);
const q = (v: unknown) => `"${str(v)}"`;
const listEn = (items: unknown, max = 5): string => {
  const all = Array.isArray(items) ? items.map(str) : [];
  return all.length <= max ? all.join(", ") : `${all.slice(0, max).join(", ")} and ${all.length - max} more`;
};
const idOr = (p: Params, idKey: string) => q(p[idKey]);

/**
 * The codes the built-in validation rules and the engine raise (the keys of the message table).
 *
 * @category Validation
 * @example
 * ```ts
 * const c: ValidationMessageCode = "part_exceeds_whole";
 * ```
 */
export type ValidationMessageCode =
  | "part_exceeds_whole"
  | "breakdown_mismatch"
  | "breakdown_parts_exceed_total"
  | "stated_ratio_inconsistent"
  | "stated_value_inconsistent"
  | "stated_exceeds_max"
  | "stated_max_differs"
  | "stated_share_over_100"
  | "below_target"
  | "period_kind_not_reported"
  | "date_missing"
  | "date_before_cutoff_end"
  | "cumulative_decreased"
  | "previous_unit_mismatch"
  | "previous_not_earlier"
  | "comparison_period_mismatch"
  | "comparison_differs_from_previous"
  | "value_not_number"
  | "value_not_boolean"
  | "value_is_indicator"
  | "figure_unknown"
  | "figure_outside_level"
  | "figure_stated_differently"
  | "change_inconsistent"
  | "breakdown_parts_mismatch"
  | "breakdown_parts_exceed"
  | "breakdown_key_repeated"
  | "breakdown_element_unknown"
  | "as_of_after_report"
  | "section_missing"
  | "figures_missing"
  | "rollup_mismatch"
  | "child_level_mismatch"
  | "child_period_mismatch"
  | "child_not_below"
  | "child_duplicate"
  | "symbol_malformed"
  | "symbol_not_report"
  | "document_part_missing"
  | "place_mismatch"
  | "signer_tm_missing"
  | "signer_kt_missing"
  | "signer_kt_for_head"
  | "signer_authority_order"
  | "distribution_missing"
  | "distribution_archive_missing"
  | "distribution_final_period"
  | "unit_code_level_mismatch"
  | "unit_unknown"
  | "unit_level_mismatch"
  | "unit_parent_mismatch"
  | "rule_failed"
  | "validation_failed"
  | "context_invalid"
  | "issues_truncated";

const en: ValidationMessageTable = {
  part_exceeds_whole: (p) =>
    `${idOr(p, "part")} (${figEn(p.partValue, p.partQualifier)}) exceeds ${idOr(p, "whole")} (${figEn(p.wholeValue, p.wholeQualifier)}), of which it is a part.`,
  breakdown_mismatch: (p) =>
    `${idOr(p, "total")} is ${figEn(p.totalValue, p.totalQualifier)} but its parts add up to ${n(p.sum)} (difference ${n(Math.abs(Number(p.difference)))}).`,
  breakdown_parts_exceed_total: (p) =>
    `The parts given of ${idOr(p, "total")} already add up to ${n(p.sum)}, more than the total ${figEn(p.totalValue, p.totalQualifier)}.`,
  stated_ratio_inconsistent: (p) =>
    `${q(p.id)} is stated as ${unitEn(figEn(p.stated, p.qualifier, Math.max(0, Number(p.decimals))), p.unit)} but the counts ${n(p.numeratorValue)}/${n(p.denominatorValue)} give ${unitEn(n(p.computed, finer(p.decimals)), p.unit)} (the stated value stands for ${n(p.low, finer(p.decimals))}–${n(p.high, finer(p.decimals))}).`,
  stated_value_inconsistent: (p) => `${q(p.id)} is stated as ${figEn(p.stated, p.qualifier)} but the count is ${n(p.value)}.`,
  stated_exceeds_max: (p) => `${q(p.id)} is stated as ${n(p.stated)} points, above the maximum of ${n(p.max)}.`,
  stated_max_differs: (p) => `${q(p.id)} gives a maximum of ${n(p.max)} points; the catalog says ${n(p.expected)}.`,
  stated_share_over_100: (p) => `${q(p.id)} is stated as ${n(p.stated)}%, above 100% for a share of a whole.`,
  below_target: (p) =>
    `${q(p.id)} is ${unitEn(n(p.value, Number(p.decimals)), p.unit)}, below its target ${p.op === "<=" ? "≤" : "≥"} ${unitEn(n(p.target), p.unit)} (gap ${n(p.gap, Number(p.decimals))}${p.unit === "%" ? " percentage points" : ""}; ${str(p.source)}).`,
  period_kind_not_reported: (p) =>
    `Level ${str(p.level)} has no ${str(p.kind)} reports (allowed: ${(Array.isArray(p.allowed) ? p.allowed : []).map(str).join(", ")}).`,
  date_missing: (p) =>
    p.partial === undefined ? "The report is not dated." : `The report is not fully dated (field "document.date" has only ${str(p.partial)}; the day is left blank).`,
  date_before_cutoff_end: (p) =>
    `The report is dated ${str(p.date)}, before the cut-off of period ${str(p.period)} ends (${str(p.cutoffFrom)} to ${str(p.cutoffTo)}).`,
  cumulative_decreased: (p) =>
    `${q(p.id)} is cumulative but fell from ${n(p.earlier)} (${str(p.earlierPeriod)}) to ${n(p.value)}, down ${n(p.drop)}.`,
  previous_unit_mismatch: (p) => `The previous report given is for unit ${str(p.previousUnit)}, not ${str(p.unit)}: cumulative checks skipped.`,
  previous_not_earlier: (p) => `The previous report given (${str(p.previousPeriod)}) is not earlier than ${str(p.period)}: cumulative checks skipped.`,
  comparison_period_mismatch: (p) =>
    `The ${p.which === "previous" ? "previous-period" : "same-period-last-year"} comparison is for ${str(p.actual)}; expected ${str(p.expected)}.`,
  comparison_differs_from_previous: (p) =>
    `The report quotes ${q(p.id)} for the previous period as ${n(p.quoted)}, but the ${str(p.previousPeriod)} report says ${n(p.actual)}.`,
  value_not_number: (p) => `${q(p.id)} is a ${str(p.kind)} but its value is ${str(p.received)}: a non-negative integer is needed.`,
  value_not_boolean: (p) => `${q(p.id)} is a yes/no fact but its value is ${str(p.received)}: true or false is needed.`,
  value_is_indicator: (p) => `${q(p.id)} is ${p.kind === "score" ? "a score" : "an indicator (a ratio)"}: give it under “stated”, not “values”.`,
  figure_unknown: (p) => `The figure id ${q(p.id)} is not in the catalog${typeof p.suggestion === "string" ? `; did you mean ${q(p.suggestion)}?` : "."}`,
  figure_outside_level: (p) => `${q(p.id)} is reported only at ${listEn(p.levels)}, not at ${str(p.level)}: it is not rolled up.`,
  figure_stated_differently: (p) => `${q(p.id)} is stated ${n(p.count)} times with different values: ${listEn(p.values)}.`,
  change_inconsistent: (p) =>
    `The report says ${q(p.id)} went ${str(p.direction)} by ${n(p.amount)}${p.unit === "percent" ? "%" : p.unit === "percentagePoints" ? " percentage points" : ""} against ${p.against === "period" ? str(p.basePeriod) : str(p.against)}, but the comparison figures give a change of ${n(p.actual)}.`,
  breakdown_parts_mismatch: (p) => `The parts of ${q(p.id)} by ${str(p.dimension)} add up to ${n(p.sum)}, not the total ${n(p.total)}.`,
  breakdown_parts_exceed: (p) => `The listed parts of ${q(p.id)} by ${str(p.dimension)} add up to ${n(p.sum)}, above the total ${n(p.total)}.`,
  breakdown_key_repeated: (p) => `The breakdown of ${q(p.id)} lists the part ${q(p.key)} twice.`,
  breakdown_element_unknown: (p) => `A breakdown by ${str(p.dimension)} is given for ${q(p.id)}, which is not a data element of the catalog.`,
  as_of_after_report: (p) => `${q(p.id)} is given as of ${str(p.asOf)}, after the report's date ${str(p.date)}.`,
  section_missing: (p) =>
    `Outline section ${str(p.section)} is missing${Array.isArray(p.lead) && p.lead.length > 0 ? ` (lead: ${(p.lead as unknown[]).map(str).join(", ")})` : ""}.`,
  figures_missing: (p) =>
    `Outline item ${str(p.item)} lacks ${n(p.count)} catalog figures${Array.isArray(p.lead) && p.lead.length > 0 ? ` (lead: ${(p.lead as unknown[]).map(str).join(", ")})` : ""}: ${listEn(p.ids, 3)}.`,
  rollup_mismatch: (p) =>
    `${q(p.id)} is ${n(p.value)} but the ${n(p.reported)} children that report it total ${n(p.childrenTotal)} (imbalance ${n(p.imbalance)})${
      Array.isArray(p.missing) && p.missing.length > 0 ? `; missing: ${listEn(p.missing)}` : ""
    }${Array.isArray(p.approximate) && p.approximate.length > 0 ? `; approximate only, not added: ${listEn(p.approximate)}` : ""}.`,
  child_level_mismatch: (p) => `The report of ${str(p.child)} is not from the level directly below: left out of the totals.`,
  child_period_mismatch: (p) => `The report of ${str(p.child)} is for ${str(p.childPeriod)}, not ${str(p.period)}: left out of the totals.`,
  child_not_below: (p) => `${str(p.child)} is not a unit of ${str(p.parent)}: left out of the totals.`,
  child_duplicate: (p) => `More than one report from ${str(p.child)}: only the first counts.`,
  symbol_malformed: (p) => `The document symbol ${q(p.symbol)} is malformed (e.g. BC-UBND).`,
  symbol_not_report: (p) => `The symbol ${q(p.symbol)} does not start with BC- (a report).`,
  document_part_missing: (p) =>
    `A report to be sent usually has ${PART_EN[str(p.part)] ?? str(p.part)} (field "document.${str(p.part)}"); this one has none. If it is a draft, set document.marking to “DỰ THẢO”.`,
  place_mismatch: (p) => `The place is ${q(p.place)} but the reporting unit is ${q(p.expected)}.`,
  signer_tm_missing: (p) => `“${str(p.issuer)}” is a collective body: the signature needs “TM. ỦY BAN NHÂN DÂN”.`,
  signer_kt_missing: (p) => `The signer is a deputy (${str(p.title)}) but the “KT.” line is missing.`,
  signer_kt_for_head: (p) => `“KT.” is for a deputy signing for the head, but the signer is ${str(p.title)}.`,
  signer_authority_order: () => "The “TM.” line must come before the “KT.” line.",
  distribution_missing: () => "The distribution list (“Nơi nhận”) is missing.",
  distribution_archive_missing: (p) => `The distribution list must end with “Lưu: VT, …” (found ${q(p.last)}).`,
  distribution_final_period: (p) => `The final “Lưu” line must end with a full stop: ${q(p.last)}.`,
  unit_code_level_mismatch: (p) => `Unit code ${str(p.code)} is a ${str(p.expected)} code, but the report says level ${str(p.level)}.`,
  unit_unknown: (p) => `Unit code ${q(p.code)} is not in the list of units valid from ${str(p.validFrom)}.`,
  unit_level_mismatch: (p) => `Unit ${str(p.code)} is of level ${str(p.expected)}, not ${str(p.actual)}.`,
  unit_parent_mismatch: (p) => `Unit ${str(p.code)} belongs to ${str(p.expected)}, not ${str(p.actual)}.`,
  rule_failed: (p) => `Rule ${str(p.rule)} failed (${str(p.error)}); the other rules still ran.`,
  validation_failed: (p) => `The report could not be validated (${str(p.error)}).`,
  context_invalid: (p) =>
    p.which === "previous"
      ? "The previous report given is not a report: not used for comparison."
      : `${n(p.count)} child reports given are not reports: left out of the totals.`,
  issues_truncated: (p) => `${n(p.omitted)} more issues not shown (limit ${n(p.max)}).`,
  custom: (p) => `Issue ${str(p.code)}.`,
};

/**
 * The validation message tables, by locale.
 *
 * @category Validation
 * @example
 * ```ts
 * VALIDATION_MESSAGES.vi.date_missing({}); // "Báo cáo chưa ghi ngày ban hành."
 * VALIDATION_MESSAGES.en.date_missing({}); // "The report is not dated."
 * ```
 */
export const VALIDATION_MESSAGES: Readonly<Record<Locale, ValidationMessageTable>> = { vi, en };

/**
 * Writes the message of an issue code in a locale; a code missing from the table gets a
 * generic message naming it.
 *
 * @category Validation
 * @example
 * ```ts
 * validationMessage("vi", "date_missing", {}); // "Báo cáo chưa ghi ngày ban hành."
 * ```
 */
export function validationMessage(locale: Locale, code: string, params: ValidationMessageParams): string {
  const table = VALIDATION_MESSAGES[locale] ?? vi;
  const fn = Object.prototype.hasOwnProperty.call(table, code) ? table[code] : undefined;
  return fn ? fn(params) : table.custom!({ ...params, code });
}
