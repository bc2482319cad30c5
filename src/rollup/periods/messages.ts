import { formatViNumber } from "../../format/number.js";
import type { Locale, Path, Problem, Severity } from "../../schema/problem.js";
import { parsePeriod, periodLabel } from "../../schema/period.js";

/**
 * Messages of the rollup over time, one table per locale (Vietnamese first, English available).
 * Logic builds problems with {@link periodsProblem}; no message text lives elsewhere.
 */

/**
 * The codes of problems a rollup over time reports.
 *
 * @category Rollup
 * @example
 * ```ts
 * const overlaps = result.issues.filter((i) => i.code === ("periods_overlap" satisfies PeriodsProblemCode));
 * ```
 */
export type PeriodsProblemCode =
  | "periods_target_invalid"
  | "periods_empty"
  | "period_invalid"
  | "period_other_unit"
  | "period_outside_target"
  | "period_is_target"
  | "periods_overlap"
  | "period_duplicate"
  | "periods_missing"
  | "periods_late"
  | "period_invalid_value"
  | "period_unknown_element"
  | "period_sum_overflow"
  | "period_stated_without_counts"
  | "period_last_not_latest"
  | "period_indicator_mixed_sources"
  | "period_part_exceeds_whole"
  | "period_breakdown_inconsistent"
  | "period_not_carried";

/**
 * One locale's messages of the rollup over time: a function per problem code.
 *
 * @category Rollup
 * @example
 * ```ts
 * PERIODS_MESSAGES.en.periods_empty({ period: "2026Q2" });
 * ```
 */
export type PeriodsMessageTable = Readonly<Record<PeriodsProblemCode, (p: PeriodsMessageParams) => string>>;

/**
 * The parameters of a problem of the rollup over time (period ids, report index, element id…),
 * from which its message is written.
 *
 * @category Rollup
 * @example
 * ```ts
 * const p: PeriodsMessageParams = { index: 2, period: "202607", target: "2026Q2" };
 * ```
 */
export type PeriodsMessageParams = Readonly<Record<string, unknown>>;
type Params = PeriodsMessageParams;

/** "tháng 04/2026" for a period id, the id itself when it does not parse. */
const label = (id: unknown): string => {
  const p = typeof id === "string" ? parsePeriod(id) : undefined;
  return p ? periodLabel(p) : String(id);
};
/** The label with its first letter capitalised, to open a sentence. */
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const labels = (ids: unknown): string => (Array.isArray(ids) ? ids.map(label).join(", ") : label(ids));
const ids = (xs: unknown): string => (Array.isArray(xs) ? xs.map(String).join(", ") : String(xs));
const n = (x: unknown): string => (typeof x === "number" ? formatViNumber(x) : String(x));
const at = (p: Params) => `Báo cáo thứ ${n((p.index as number) + 1)}`;
const atEn = (p: Params) => `Report #${String((p.index as number) + 1)}`;

const NOT_CARRIED_VI: Readonly<Record<string, string>> = { comparisons: "số liệu so sánh (kỳ trước, cùng kỳ)", changes: "mức tăng giảm như văn bản ghi", statements: "các lần ghi số liệu trong văn bản", facts: "thời điểm, phạm vi riêng của số liệu" };

const vi: PeriodsMessageTable = {
  periods_target_invalid: (p) =>
    `Kỳ tổng hợp “${String(p.period)}” không chia được thành các kỳ nhỏ hơn: cần một quý (2026Q2), 6 tháng (2026S1), 9 tháng (2026N9) hoặc một năm (2026).`,
  periods_empty: (p) =>
    p.given === undefined
      ? `Không có báo cáo nào để tổng hợp thành ${label(p.period)}.`
      : `Không còn báo cáo nào dùng được để tổng hợp thành ${label(p.period)}: cả ${n(p.given)} báo cáo đã bị loại (xem các vấn đề trên).`,
  period_invalid: (p) => `${at(p)}: mã kỳ “${String(p.period)}” không hợp lệ hoặc là kỳ đột xuất, không đặt được vào ${label(p.target)}; không được tổng hợp.`,
  period_other_unit: (p) =>
    `${at(p)} (${label(p.period)}) là của ${String(p.unitName)} (${String(p.unit)}${p.agency ? `, ${String(p.agency)}` : ""}), không phải của ${String(p.expectedName)} (${String(p.expectedUnit)}${p.expectedAgency ? `, ${String(p.expectedAgency)}` : ""}); không được tổng hợp.`,
  period_outside_target: (p) => `${at(p)}: ${label(p.period)} không nằm trong ${label(p.target)}; không được tổng hợp.`,
  period_is_target: (p) =>
    `${at(p)} đã là báo cáo của cả ${label(p.period)}: không tổng hợp chung với các kỳ nhỏ hơn (dùng báo cáo này, hoặc chỉ các kỳ nhỏ hơn).`,
  periods_overlap: (p) =>
    `Các kỳ chồng lên nhau: ${labels(p.periods)} (báo cáo thứ ${ids((p.indexes as number[]).map((i) => i + 1))}); không cộng hai lần cùng một khoảng thời gian, nên các báo cáo này không được tổng hợp — chỉ đưa vào một cách chia (các tháng, hoặc các quý).`,
  period_duplicate: (p) =>
    `${cap(label(p.period))} có ${n(p.count)} báo cáo${p.identical ? " giống hệt nhau" : ""}: chỉ tính một lần (báo cáo thứ ${n((p.kept as number) + 1)}${p.keptDate ? `, ngày ${String(p.keptDate)}` : ""}).`,
  periods_missing: (p) => `Thiếu ${n(p.missing)}/${n(p.expected)} kỳ của ${label(p.period)}: ${labels(p.periods)}. Số liệu tổng hợp chưa đủ kỳ.`,
  periods_late: (p) => `Báo cáo gửi sau hạn: ${labels(p.periods)}.`,
  period_invalid_value: (p) =>
    `“${String(p.id)}” của ${label(p.period)} không hợp lệ (${JSON.stringify(p.value)}; cần ${p.expected === "boolean" ? "có/không" : "số nguyên không âm"}): không được tổng hợp.`,
  period_unknown_element: (p) => `“${String(p.id)}” không có trong danh mục, không tổng hợp được (${labels(p.periods)}).`,
  period_sum_overflow: (p) => `Tổng của “${String(p.id)}” vượt quá phạm vi số nguyên an toàn: không có số liệu tổng hợp.`,
  period_stated_without_counts: (p) =>
    `${cap(label(p.period))} chỉ ghi “${String(p.id)}” = ${p.text ? String(p.text) : n(p.value)} mà không có ${ids(p.missing)}: không cộng được tỷ lệ hay số ghi bằng lời qua các kỳ (không lấy trung bình tỷ lệ).`,
  period_last_not_latest: (p) =>
    `“${String(p.id)}” (số lũy kế, lấy số kỳ cuối) không có trong ${label(p.latest)}: lấy số của ${label(p.period)}.`,
  period_indicator_mixed_sources: (p) =>
    `Chỉ tiêu “${String(p.id)}”: tử số “${String(p.numerator)}” lấy từ ${labels(p.numeratorPeriods)}, mẫu số “${String(p.denominator)}” từ ${labels(p.denominatorPeriods)}.`,
  period_part_exceeds_whole: (p) =>
    `Sau khi tổng hợp theo thời gian, “${String(p.id)}” (${n(p.value)}) lớn hơn “${String(p.whole)}” (${n(p.wholeValue)}): các kỳ ghi hai số này không khớp nhau.`,
  period_breakdown_inconsistent: (p) =>
    `Sau khi tổng hợp theo thời gian, ${String(p.label)}: tổng ${n(p.totalValue)} nhưng các thành phần cộng lại ${n(p.sum)}.`,
  period_not_carried: (p) =>
    `Không chuyển sang báo cáo tổng hợp (thuộc riêng từng kỳ): ${(p.fields as string[]).map((f) => NOT_CARRIED_VI[f] ?? f).join("; ")}.`,
};

const en: PeriodsMessageTable = {
  periods_target_invalid: (p) =>
    `Target period "${String(p.period)}" has no sub-periods: give a quarter (2026Q2), a half (2026S1), nine months (2026N9) or a year (2026).`,
  periods_empty: (p) =>
    p.given === undefined
      ? `No report to roll up into ${String(p.period)}.`
      : `No usable report to roll up into ${String(p.period)}: all ${String(p.given)} reports were left out (see the problems above).`,
  period_invalid: (p) => `${atEn(p)}: period "${String(p.period)}" is invalid or ad hoc and cannot be placed in ${String(p.target)}; not used.`,
  period_other_unit: (p) =>
    `${atEn(p)} (${String(p.period)}) is from ${String(p.unitName)} (${String(p.unit)}${p.agency ? `, ${String(p.agency)}` : ""}), not ${String(p.expectedName)} (${String(p.expectedUnit)}${p.expectedAgency ? `, ${String(p.expectedAgency)}` : ""}); not used.`,
  period_outside_target: (p) => `${atEn(p)}: ${String(p.period)} is not inside ${String(p.target)}; not used.`,
  period_is_target: (p) =>
    `${atEn(p)} is already the report of the whole ${String(p.period)}: not rolled up with sub-periods (use it, or only the sub-periods).`,
  periods_overlap: (p) =>
    `Overlapping periods: ${ids(p.periods)} (reports #${ids((p.indexes as number[]).map((i) => i + 1))}); the same time cannot be counted twice, so these reports are not used — give one division (months, or quarters).`,
  period_duplicate: (p) =>
    `${String(p.period)} has ${String(p.count)} reports${p.identical ? " (identical)" : ""}: counted once (report #${String((p.kept as number) + 1)}${p.keptDate ? `, dated ${String(p.keptDate)}` : ""}).`,
  periods_missing: (p) => `${String(p.missing)} of ${String(p.expected)} sub-periods of ${String(p.period)} are missing: ${ids(p.periods)}. The figures are incomplete.`,
  periods_late: (p) => `Reports sent after their deadline: ${ids(p.periods)}.`,
  period_invalid_value: (p) =>
    `"${String(p.id)}" of ${String(p.period)} is invalid (${JSON.stringify(p.value)}; expected ${p.expected === "boolean" ? "true/false" : "a non-negative integer"}): not rolled up.`,
  period_unknown_element: (p) => `"${String(p.id)}" is not in the catalog and cannot be rolled up (${ids(p.periods)}).`,
  period_sum_overflow: (p) => `The total of "${String(p.id)}" exceeds the safe integer range: no rolled-up figure.`,
  period_stated_without_counts: (p) =>
    `${String(p.period)} states "${String(p.id)}" = ${p.text ? String(p.text) : String(p.value)} without ${ids(p.missing)}: rates and written figures are not added over time (rates are never averaged).`,
  period_last_not_latest: (p) =>
    `"${String(p.id)}" (a stock: the last sub-period's value) is not in ${String(p.latest)}: the value of ${String(p.period)} is used.`,
  period_indicator_mixed_sources: (p) =>
    `Indicator "${String(p.id)}": numerator "${String(p.numerator)}" comes from ${ids(p.numeratorPeriods)}, denominator "${String(p.denominator)}" from ${ids(p.denominatorPeriods)}.`,
  period_part_exceeds_whole: (p) =>
    `After the rollup over time, "${String(p.id)}" (${String(p.value)}) exceeds "${String(p.whole)}" (${String(p.wholeValue)}): the sub-periods do not agree.`,
  period_breakdown_inconsistent: (p) =>
    `After the rollup over time, ${String(p.label)}: total ${String(p.totalValue)} but the parts add up to ${String(p.sum)}.`,
  period_not_carried: (p) => `Not carried into the rolled-up report (each belongs to its own sub-period): ${ids(p.fields)}.`,
};

/**
 * The message tables of the rollup over time, by locale.
 *
 * @category Rollup
 * @example
 * ```ts
 * PERIODS_MESSAGES.vi.periods_empty({ period: "2026Q2" }); // "Không có báo cáo nào để tổng hợp thành quý II năm 2026."
 * ```
 */
export const PERIODS_MESSAGES: Readonly<Record<Locale, PeriodsMessageTable>> = { vi, en };

/**
 * Builds one problem of the rollup over time, with its message in the given locale.
 *
 * @category Rollup
 * @example
 * ```ts
 * periodsProblem("periods_empty", "error", ["reports"], { period: "2026Q2" }).message;
 * ```
 */
export function periodsProblem(code: PeriodsProblemCode, severity: Severity, path: Path, params: PeriodsMessageParams, locale: Locale = "vi"): Problem {
  return { code, severity, path, message: PERIODS_MESSAGES[locale][code](params), params };
}
