import { dimensionNameVi } from "../schema/dimension-names.js";
import type { PeriodsProblemCode } from "./periods/messages.js";
import { formatViNumber } from "../format/number.js";
import { findElement, findIndicator, findScore } from "../indicators/catalog.js";
import type { Locale, Path, Problem, Severity } from "../schema/problem.js";

/**
 * Messages of the rollup module (rollup, agency composition, crosswalks), one table per
 * locale. Logic builds problems with {@link rollupProblem}; no message text lives elsewhere.
 */

/**
 * The parameters of a rollup problem (unit, element id, values…), from which its message is
 * written.
 *
 * @category Rollup
 * @example
 * ```ts
 * const p: RollupMessageParams = { unit: "09487", unitName: "Xã Đông Cứu", id: "hs.tiep_nhan" };
 * ```
 */
export type RollupMessageParams = Readonly<Record<string, unknown>>;

/**
 * A problem found by rollup (and by the crosswalk, composition and hierarchy steps): a
 * {@link Problem} whose `code` is a {@link RollupProblemCode}.
 *
 * @category Rollup
 * @example
 * ```ts
 * const late: RollupProblem[] = result.issues.filter((i) => i.code === "children_late");
 * ```
 */
export type RollupProblem = Problem<RollupProblemCode>;

/**
 * One locale's rollup messages: a function per problem code.
 *
 * @category Rollup
 * @example
 * ```ts
 * const table: RollupMessageTable = ROLLUP_MESSAGES.vi;
 * table.sum_overflow({ id: "hs.tiep_nhan" });
 * ```
 */
export type RollupMessageTable = Readonly<Record<RollupMessageCode, (p: RollupMessageParams) => string>>;

type Params = RollupMessageParams;
type Table = RollupMessageTable;

/**
 * The codes of problems the rollup module reports.
 *
 * @category Rollup
 * @example
 * ```ts
 * const overflow = result.issues.filter((i) => i.code === ("sum_overflow" satisfies RollupProblemCode));
 * ```
 */
export type RollupProblemCode = RollupMessageCode | PeriodsProblemCode;

/**
 * The codes of problems whose messages live in {@link ROLLUP_MESSAGES} (the rollup over units,
 * crosswalk and composition; the rollup over time has its own table, `PERIODS_MESSAGES`).
 *
 * @category Rollup
 * @example
 * ```ts
 * const code: RollupMessageCode = "sum_overflow";
 * ```
 */
export type RollupMessageCode =
  | "no_child_level"
  | "child_wrong_level"
  | "child_wrong_period"
  | "child_unexpected"
  | "duplicate_report"
  | "children_missing"
  | "no_children"
  | "children_late"
  | "invalid_child_value"
  | "stated_without_counts"
  | "stated_without_value"
  | "child_part_exceeds_whole"
  | "child_part_without_whole"
  | "breakdown_part_deduced"
  | "breakdown_inconsistent"
  | "breakdown_without_total"
  | "breakdown_not_derived"
  | "child_breakdown_left_out"
  | "breakdown_dropped"
  | "child_statements_differ"
  | "child_facts_not_carried"
  | "child_facts_mixed"
  | "sum_overflow"
  | "unknown_element"
  | "element_outside_level"
  | "count_true_of_unknown"
  | "indicator_mixed_coverage"
  | "comparison_period_mismatch"
  | "comparison_incomplete"
  | "contribution_wrong_unit"
  | "contribution_wrong_period"
  | "contribution_missing"
  | "contribution_untagged"
  | "conflicting_figure"
  | "crosswalk_unit_unknown"
  | "crosswalk_bad_weight"
  | "crosswalk_bad_target"
  | "crosswalk_fact_conflict"
  | "crosswalk_not_derived"
  | "crosswalk_sources_missing"
  | "csv_missing_column"
  | "csv_bad_row"
  | "csv_row_without_commune";

const n = (v: unknown) => (typeof v === "number" ? formatViNumber(v) : String(v));
const list = (v: unknown, max = 5) => {
  const xs = Array.isArray(v) ? (v as unknown[]).map(String) : [String(v)];
  return xs.length > max ? `${xs.slice(0, max).join(", ")}… (+${xs.length - max})` : xs.join(", ");
};
const who = (p: Params) => (p.unitName ? `${String(p.unitName)} (${String(p.unit)})` : String(p.unit));
const nums = (v: unknown) => list(Array.isArray(v) ? (v as unknown[]).map(n) : n(v));
const dimVi = dimensionNameVi;
/** "2025-07-07 (01, 79); ngày chốt số liệu của báo cáo (40)": the groups of a mixed figure. */
const groupsText = (v: unknown, locale: Locale) =>
  (Array.isArray(v) ? (v as { asOf?: string; scope?: string; units?: unknown }[]) : [])
    .map((g) => {
      const when = g.asOf ? g.asOf : locale === "vi" ? "ngày chốt số liệu của báo cáo" : "the report's cut-off";
      return `${when}${g.scope ? `, ${g.scope}` : ""} (${list(g.units)})`;
    })
    .join("; ");
const whichVi = (w: unknown) => (w === "previous" ? "kỳ trước" : "cùng kỳ năm trước");
const whichEn = (w: unknown) => (w === "previous" ? "previous period" : "same period last year");

/**
 * A figure in a Vietnamese message: its catalog label in quotes, as validation names figures
 * ("“Số hồ sơ tiếp nhận trong kỳ”"), or its id when the default catalog does not have it (a
 * province's own element). English messages keep the ids: the labels are Vietnamese.
 */
const figure = (id: unknown): string => {
  const key = String(id);
  const label = findElement(key)?.label ?? findIndicator(key)?.label ?? findScore(key)?.label;
  return label === undefined ? `"${key}"` : `“${label}”`;
};
const figures = (ids: unknown, max = 5): string => {
  const xs = Array.isArray(ids) ? (ids as unknown[]) : [ids];
  const shown = xs.slice(0, max).map(figure).join(", ");
  return xs.length > max ? `${shown}… (+${xs.length - max})` : shown;
};

const vi: Table = {
  no_child_level: (p) => `Đơn vị cấp "${String(p.level)}" không có cấp dưới để tổng hợp.`,
  child_wrong_level: (p) =>
    `Báo cáo của ${who(p)} thuộc cấp "${String(p.level)}", không phải cấp "${String(p.expectedLevel)}": không đưa vào tổng hợp.`,
  child_wrong_period: (p) =>
    `Báo cáo của ${who(p)} là kỳ ${String(p.period)}, không phải kỳ ${String(p.expectedPeriod)}: không đưa vào tổng hợp.`,
  child_unexpected: (p) => `${who(p)} không thuộc danh sách đơn vị phải báo cáo: không đưa vào tổng hợp.`,
  duplicate_report: (p) =>
    `${who(p)} gửi ${n(p.count)} báo cáo cho cùng kỳ; chỉ tính một lần (báo cáo ${p.keptDate ? `ngày ${String(p.keptDate)}` : "không ghi ngày"}).`,
  children_missing: (p) => `${n(p.missing)}/${n(p.expected)} đơn vị chưa báo cáo: ${list(p.units)}.`,
  no_children: (p) =>
    `Không có báo cáo nào của cấp dưới được tổng hợp (${n(p.given)} báo cáo được đưa vào) và không có danh sách đơn vị phải báo cáo (expected): báo cáo tổng hợp trống, không nói được đơn vị nào còn thiếu.`,
  children_late: (p) => `${n(p.late)} đơn vị báo cáo sau hạn ${String(p.deadline)}: ${list(p.units)}.`,
  invalid_child_value: (p) =>
    `Số liệu ${figure(p.id)} của ${who(p)} không hợp lệ (${JSON.stringify(p.value)}; cần ${String(p.expected)}): không cộng vào.`,
  stated_without_counts: (p) =>
    `${who(p)} chỉ ghi tỷ lệ ${figure(p.id)}${p.text ? ` (${String(p.text)})` : ""} mà không có số liệu ${figures(p.missing)}: tỷ lệ không được cộng dồn hay lấy trung bình.`,
  stated_without_value: (p) =>
    `${who(p)} chỉ ghi ${figure(p.id)} dạng ước lượng${p.text ? ` (${String(p.text)})` : ""}, không có số chính xác: không cộng vào.`,
  child_part_exceeds_whole: (p) =>
    `${who(p)}: ${figure(p.id)} (${n(p.value)}) lớn hơn số tổng ${figure(p.whole)} (${n(p.wholeValue)}): không cộng vào.`,
  child_part_without_whole: (p) =>
    `${who(p)}: có ${figure(p.id)} (${n(p.value)}) nhưng số tổng ${figure(p.whole)} ${p.wholeGiven ? "không hợp lệ hoặc không được cộng vào" : "không được ghi"}: không cộng ${figure(p.id)} vào, để số thành phần ở cấp tổng hợp không vượt số tổng.`,
  breakdown_part_deduced: (p) =>
    `${who(p)} không ghi ${figure(p.id)}; suy ra ${n(p.value)} = ${n(p.totalValue)} (${figure(p.total)}) − ${n(p.others)} (các thành phần còn lại), đánh dấu nội suy.`,
  breakdown_inconsistent: (p) =>
    `${who(p)}: "${String(p.label)}" không khớp (tổng ${n(p.totalValue)}, các thành phần cộng lại ${n(p.sum)}): các thành phần ${figures(p.parts)} không được cộng vào.`,
  breakdown_without_total: (p) =>
    `${who(p)} ghi thành phần của ${figure(p.total)} mà ${p.totalGiven ? "số tổng không được cộng vào" : "không ghi số tổng"}: các thành phần ${figures(p.parts)} không được cộng vào.`,
  child_breakdown_left_out: (p) =>
    `${who(p)}: phân tổ "${String(p.id)}" theo ${dimVi(p.dimension)} không được cộng vào (${
      p.reason === "duplicate"
        ? "ghi hai lần cùng một chiều"
        : p.reason === "not_counted"
          ? "số tổng của đơn vị không được cộng vào"
          : `các phần cộng lại ${n(p.sum)} ${p.complete ? "khác" : "vượt"} số tổng ${n(p.value)}`
    }).`,
  breakdown_dropped: (p) =>
    `Không ghi phân tổ "${String(p.id)}" theo ${dimVi(p.dimension)} ở cấp tổng hợp: ${
      p.reason === "overflow"
        ? "tổng vượt giới hạn số nguyên an toàn"
        : p.reason === "no_total"
          ? "báo cáo tổng hợp không có số tổng"
          : `các phần cộng lại ${n(p.sum)} không khớp số tổng ${n(p.total)}`
    }.`,
  child_statements_differ: (p) =>
    `${who(p)} ghi "${String(p.id)}" ở nơi khác trong văn bản là ${nums(p.stated)}, khác số liệu ${n(p.value)}: tổng hợp dùng ${n(p.value)}.`,
  child_facts_not_carried: (p) =>
    `Không đưa vào báo cáo tổng hợp ${n(p.statements)} lần ghi số liệu và ${n(p.changes)} mức thay đổi do ${list(p.units)} nêu: chúng thuộc văn bản của từng đơn vị; mức thay đổi của báo cáo tổng hợp tính từ số liệu so sánh đã tổng hợp.`,
  child_facts_mixed: (p) =>
    `"${String(p.id)}" được cộng từ số liệu khác thời điểm hoặc phạm vi (${groupsText(p.groups, "vi")}): báo cáo tổng hợp không ghi thời điểm riêng cho số liệu này.`,
  breakdown_not_derived: (p) =>
    `Không ghi các thành phần ${figures(p.parts)} của "${String(p.label)}" ở cấp tổng hợp: ${list(p.units)} có số tổng nhưng không đủ hoặc không khớp các thành phần.`,
  sum_overflow: (p) =>
    `Tổng ${figure(p.id)} vượt giới hạn số nguyên an toàn (${n(Number.MAX_SAFE_INTEGER)}): không ghi số liệu tổng hợp.`,
  unknown_element: (p) =>
    `Mã ${figure(p.id)} không có trong danh mục nên không tổng hợp được (${n(p.count)} đơn vị: ${list(p.units)}).`,
  element_outside_level: (p) =>
    `Không đưa lên báo cáo tổng hợp ${n(p.count)} số liệu chỉ báo cáo ở cấp dưới: ${list(p.ids)}.`,
  count_true_of_unknown: (p) =>
    `${figure(p.id)}: ${list(p.units)} ghi số đơn vị đạt mà không ghi trên tổng số bao nhiêu; tổng số đơn vị là cận dưới.`,
  indicator_mixed_coverage: (p) =>
    `Chỉ tiêu ${figure(p.id)}: ${n(p.numeratorChildren)} đơn vị có tử số "${String(p.numerator)}" nhưng ${n(p.denominatorChildren)} đơn vị có mẫu số "${String(p.denominator)}"; tỷ lệ tổng hợp cần thận trọng.`,
  comparison_period_mismatch: (p) =>
    `Số liệu ${whichVi(p.which)} của ${who(p)} là kỳ ${String(p.period)}, không phải kỳ ${String(p.expectedPeriod)}: không dùng.`,
  comparison_incomplete: (p) =>
    `Không tổng hợp ${figure(p.id)} ${whichVi(p.which)}: ${list(p.units)} có số liệu kỳ này nhưng thiếu số liệu ${whichVi(p.which)}.`,
  contribution_wrong_unit: (p) =>
    `Phần báo cáo của ${String(p.agencyName ?? p.agency)} thuộc đơn vị ${String(p.unit)}, không phải ${String(p.expectedUnit)}: không dùng.`,
  contribution_wrong_period: (p) =>
    `Phần báo cáo của ${String(p.agencyName ?? p.agency)} là kỳ ${String(p.period)}, không phải kỳ ${String(p.expectedPeriod)}: không dùng.`,
  contribution_untagged: (p) =>
    `Phần “${String(p.heading)}” của ${String(p.agencyName ?? p.agency)} không gắn mục đề cương nào: chưa đưa vào bản tổng hợp (gắn outline cho phần này để đưa vào đúng mục).`,
  contribution_missing: (p) =>
    `${String(p.agencyName ?? p.agency)} chưa gửi phần ${p.item ? `mục ${String(p.item)}` : `mục ${String(p.section)}`}${p.title ? ` (${String(p.title)})` : ""}.`,
  conflicting_figure: (p) =>
    `Số liệu ${figure(p.id)} không thống nhất giữa các cơ quan: ${(p.values as { agencyName: string; value: unknown }[] | undefined)
      ?.map((v) => `${v.agencyName} ghi ${typeof v.value === "number" ? n(v.value) : String(v.value)}`)
      .join("; ")}${p.kept ? `; giữ số của ${String(p.kept)} (cơ quan chủ trì)` : "; không ghi số liệu này"}.`,
  crosswalk_unit_unknown: (p) =>
    `Đơn vị cũ ${String(p.code)} (cấp "${String(p.level)}") không có trong bảng chuyển đổi: số liệu không được chuyển.`,
  crosswalk_bad_weight: (p) =>
    `Trọng số chia tách của đơn vị cũ ${String(p.code)} không hợp lệ (${list(p.weights)}; cần số nguyên dương): không chuyển.`,
  crosswalk_bad_target: (p) =>
    `Bảng chuyển đổi của đơn vị cũ ${String(p.code)} có đích không hợp lệ (${p.why === "twice" ? `${String(p.target)} ghi hai lần` : `mã “${String(p.target)}” không phải mã đơn vị`}): không chuyển.`,
  crosswalk_fact_conflict: (p) =>
    `${figure(p.id)} của ${who(p)}: các đơn vị cũ ghi khác nhau (${list(p.sources)}); không ghi giá trị.`,
  crosswalk_not_derived: (p) =>
    `${figure(p.id)} của ${who(p)} không suy ra được khi chia tách/sáp nhập đơn vị (loại tổng hợp "${String(p.aggregation)}").`,
  crosswalk_sources_missing: (p) =>
    `${who(p)}: thiếu báo cáo của đơn vị cũ ${list(p.missing)}; số liệu chuyển đổi chưa đủ.`,
  csv_missing_column: (p) => `Bảng chuyển đổi thiếu cột "${String(p.column)}".`,
  csv_bad_row: (p) => `Dòng ${n(p.line)} của bảng chuyển đổi không hợp lệ: ${String(p.reason)}.`,
  csv_row_without_commune: (p) =>
    `Dòng ${n(p.line)}: ${String(p.district)} không có đơn vị cấp xã (chuyển thẳng thành ${String(p.newWard)}); bỏ qua.`,
};

const en: Table = {
  no_child_level: (p) => `A unit of level "${String(p.level)}" has no level below to roll up.`,
  child_wrong_level: (p) =>
    `The report of ${who(p)} is of level "${String(p.level)}", not "${String(p.expectedLevel)}": left out.`,
  child_wrong_period: (p) =>
    `The report of ${who(p)} is for ${String(p.period)}, not ${String(p.expectedPeriod)}: left out.`,
  child_unexpected: (p) => `${who(p)} is not among the units expected to report: left out.`,
  duplicate_report: (p) =>
    `${who(p)} sent ${String(p.count)} reports for the same period; counted once (the one dated ${String(p.keptDate ?? "—")}).`,
  children_missing: (p) => `${String(p.missing)}/${String(p.expected)} units have not reported: ${list(p.units)}.`,
  no_children: (p) =>
    `No report of the level below was rolled up (${String(p.given)} given) and no list of the units expected to report was given: the consolidated report is empty and cannot say who is missing.`,
  children_late: (p) => `${String(p.late)} units reported after the ${String(p.deadline)} deadline: ${list(p.units)}.`,
  invalid_child_value: (p) =>
    `Figure "${String(p.id)}" of ${who(p)} is invalid (${JSON.stringify(p.value)}; expected ${String(p.expected)}): not added.`,
  stated_without_counts: (p) =>
    `${who(p)} states only the rate "${String(p.id)}"${p.text ? ` (“${String(p.text)}”)` : ""} without the counts ${list(p.missing)}: rates are never added or averaged.`,
  stated_without_value: (p) =>
    `${who(p)} gives "${String(p.id)}" only as an approximate figure${p.text ? ` (“${String(p.text)}”)` : ""}: not added.`,
  child_part_exceeds_whole: (p) =>
    `${who(p)}: "${String(p.id)}" (${String(p.value)}) exceeds its whole "${String(p.whole)}" (${String(p.wholeValue)}): not added.`,
  child_part_without_whole: (p) =>
    `${who(p)}: "${String(p.id)}" (${String(p.value)}) is given but its whole "${String(p.whole)}" is ${p.wholeGiven ? "invalid or left out" : "not"}: not added, so the parent's part cannot exceed its whole.`,
  breakdown_part_deduced: (p) =>
    `${who(p)} omits "${String(p.id)}"; deduced ${String(p.value)} = ${String(p.totalValue)} ("${String(p.total)}") − ${String(p.others)}, flagged imputed.`,
  breakdown_inconsistent: (p) =>
    `${who(p)}: "${String(p.label)}" does not add up (total ${String(p.totalValue)}, parts ${String(p.sum)}): parts ${list(p.parts)} not added.`,
  breakdown_without_total: (p) =>
    `${who(p)} gives parts of "${String(p.total)}" ${p.totalGiven ? "but the total was left out" : "without the total"}: parts ${list(p.parts)} not added.`,
  child_breakdown_left_out: (p) =>
    `${who(p)}: breakdown of "${String(p.id)}" by ${String(p.dimension)} not added (${
      p.reason === "duplicate"
        ? "given twice for one dimension"
        : p.reason === "not_counted"
          ? "the unit's total did not count"
          : `parts add up to ${n(p.sum)}, ${p.complete ? "not" : "above"} the total ${n(p.value)}`
    }).`,
  breakdown_dropped: (p) =>
    `Breakdown of "${String(p.id)}" by ${String(p.dimension)} not written at the parent: ${
      p.reason === "overflow" ? "its sum exceeds the safe integer range" : p.reason === "no_total" ? "the parent has no total" : `parts add up to ${n(p.sum)}, not the total ${n(p.total)}`
    }.`,
  child_statements_differ: (p) =>
    `${who(p)} states "${String(p.id)}" elsewhere in its document as ${nums(p.stated)}, not ${n(p.value)}: the rollup used ${n(p.value)}.`,
  child_facts_not_carried: (p) =>
    `${n(p.statements)} statements and ${n(p.changes)} stated changes of ${list(p.units)} are not carried into the parent: they belong to each unit's document; the parent's changes come from its rolled-up comparisons.`,
  child_facts_mixed: (p) =>
    `"${String(p.id)}" adds up figures of different dates or scopes (${groupsText(p.groups, "en")}): the parent gives it no date of its own.`,
  breakdown_not_derived: (p) =>
    `Parts ${list(p.parts)} of "${String(p.label)}" not written at the parent: ${list(p.units)} give the total without complete parts.`,
  sum_overflow: (p) => `The total of "${String(p.id)}" exceeds the safe integer range: no rolled-up figure.`,
  unknown_element: (p) =>
    `"${String(p.id)}" is not in the catalog and cannot be rolled up (${String(p.count)} units: ${list(p.units)}).`,
  element_outside_level: (p) => `${String(p.count)} figures reported only at lower levels are not carried up: ${list(p.ids)}.`,
  count_true_of_unknown: (p) =>
    `"${String(p.id)}": ${list(p.units)} give a count without the number it is out of; the total is a lower bound.`,
  indicator_mixed_coverage: (p) =>
    `Indicator "${String(p.id)}": ${String(p.numeratorChildren)} units give the numerator "${String(p.numerator)}" but ${String(p.denominatorChildren)} the denominator "${String(p.denominator)}".`,
  comparison_period_mismatch: (p) =>
    `The ${whichEn(p.which)} figures of ${who(p)} are for ${String(p.period)}, not ${String(p.expectedPeriod)}: not used.`,
  comparison_incomplete: (p) =>
    `"${String(p.id)}" (${whichEn(p.which)}) not rolled up: ${list(p.units)} give the current figure but not the ${whichEn(p.which)} one.`,
  contribution_wrong_unit: (p) =>
    `The part from ${String(p.agencyName ?? p.agency)} is for unit ${String(p.unit)}, not ${String(p.expectedUnit)}: not used.`,
  contribution_wrong_period: (p) =>
    `The part from ${String(p.agencyName ?? p.agency)} is for ${String(p.period)}, not ${String(p.expectedPeriod)}: not used.`,
  contribution_untagged: (p) =>
    `The part “${String(p.heading)}” from ${String(p.agencyName ?? p.agency)} carries no outline tag: not placed in the composed report (tag it to place it).`,
  contribution_missing: (p) =>
    `${String(p.agencyName ?? p.agency)} has not sent ${p.item ? `item ${String(p.item)}` : `section ${String(p.section)}`}${p.title ? ` (“${String(p.title)}”)` : ""}.`,
  conflicting_figure: (p) =>
    `Figure "${String(p.id)}" differs between agencies: ${(p.values as { agencyName: string; value: unknown }[] | undefined)
      ?.map((v) => `${v.agencyName}: ${String(v.value)}`)
      .join("; ")}${p.kept ? `; kept the lead agency's (${String(p.kept)})` : "; left out"}.`,
  crosswalk_unit_unknown: (p) => `Old unit ${String(p.code)} (level "${String(p.level)}") is not in the crosswalk.`,
  crosswalk_bad_weight: (p) => `Split weights of old unit ${String(p.code)} are invalid (${list(p.weights)}): not remapped.`,
  crosswalk_bad_target: (p) =>
    `The crosswalk of old unit ${String(p.code)} has an invalid target (${p.why === "twice" ? `${String(p.target)} listed twice` : `“${String(p.target)}” is not a unit code`}): not remapped.`,
  crosswalk_fact_conflict: (p) =>
    `"${String(p.id)}" of ${who(p)}: the old units disagree (${list(p.sources)}); left out.`,
  crosswalk_not_derived: (p) =>
    `"${String(p.id)}" of ${who(p)} cannot be derived across a split or merger (aggregation "${String(p.aggregation)}").`,
  crosswalk_sources_missing: (p) => `${who(p)}: old units ${list(p.missing)} sent no report; remapped figures incomplete.`,
  csv_missing_column: (p) => `The crosswalk lacks column "${String(p.column)}".`,
  csv_bad_row: (p) => `Line ${String(p.line)} of the crosswalk is invalid: ${String(p.reason)}.`,
  csv_row_without_commune: (p) =>
    `Line ${String(p.line)}: ${String(p.district)} had no communes (became ${String(p.newWard)}); skipped.`,
};

/** The rollup message tables, by locale. @category Rollup @example `ROLLUP_MESSAGES.en.sum_overflow({ id: "hs.tiep_nhan" })` */
export const ROLLUP_MESSAGES: Readonly<Record<Locale, RollupMessageTable>> = { vi, en };

/**
 * Builds one rollup problem with its message in the given locale.
 *
 * @category Rollup
 * @example
 * ```ts
 * rollupProblem("sum_overflow", "error", ["values", "hs.tiep_nhan"], { id: "hs.tiep_nhan" }).message;
 * ```
 */
export function rollupProblem(
  code: RollupMessageCode,
  severity: Severity,
  path: Path,
  params: RollupMessageParams,
  locale: Locale = "vi",
): RollupProblem {
  return { code, severity, path, message: ROLLUP_MESSAGES[locale][code](params), params };
}
