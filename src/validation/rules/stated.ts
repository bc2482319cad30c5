import { isConsistent, statedInterval } from "../interval.js";
import { numberOf, statedOf } from "../figures.js";
import type { RawIssue, ValidationIssueCode } from "../issue.js";
import { ALL_KINDS, ALL_LEVELS, type RuleContext, type ValidationRule } from "../rule.js";

/**
 * Stated against computed (XBRL Calculations 1.1): a value written with d decimals stands for
 * [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ], widened by its qualifier ("hơn", "gần", "khoảng"…); it is
 * consistent when the exact figure from the counts falls inside. "956/959 … 99,7%" passes
 * (99,687 ∈ [99,65; 99,75]); "99,8%" does not. Rounding never raises a false alarm.
 */

function checkRatios(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  const out: RawIssue<ValidationIssueCode>[] = [];
  const stated = ctx.report.stated;
  for (const id in stated) {
    const ind = ctx.tables.indicators.get(id);
    if (ind === undefined) continue;
    const s = statedOf(ctx.report, id);
    if (s === undefined) continue;
    const num = numberOf(ctx.report, ind.numerator);
    const den = numberOf(ctx.report, ind.denominator);
    if (num === undefined || den === undefined || den <= 0) continue;
    const computed = (num * ind.factor) / den;
    if (isConsistent(computed, s)) continue;
    const { low, high } = statedInterval(s);
    out.push({
      code: "stated_ratio_inconsistent",
      path: ["stated", id],
      params: {
        id,
        label: ind.label,
        unit: ind.unit,
        stated: s.value,
        decimals: s.decimals,
        ...(s.qualifier ? { qualifier: s.qualifier } : {}),
        computed,
        low,
        high,
        numerator: ind.numerator,
        numeratorValue: num,
        denominator: ind.denominator,
        denominatorValue: den,
      },
    });
  }
  return out;
}

function checkValues(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  const out: RawIssue<ValidationIssueCode>[] = [];
  const stated = ctx.report.stated;
  for (const id in stated) {
    const el = ctx.tables.elements.get(id);
    if (el === undefined) continue;
    const value = numberOf(ctx.report, id);
    if (value === undefined) continue;
    const s = statedOf(ctx.report, id);
    if (s === undefined || isConsistent(value, s)) continue;
    const { low, high } = statedInterval(s);
    out.push({
      code: "stated_value_inconsistent",
      path: ["stated", id],
      params: {
        id,
        label: el.label,
        unit: el.unit,
        value,
        stated: s.value,
        decimals: s.decimals,
        ...(s.qualifier ? { qualifier: s.qualifier } : {}),
        low,
        high,
      },
    });
  }
  return out;
}

function checkBounds(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  const out: RawIssue<ValidationIssueCode>[] = [];
  const stated = ctx.report.stated;
  for (const id in stated) {
    const s = statedOf(ctx.report, id);
    if (s === undefined) continue;
    const score = ctx.tables.scores.get(id);
    const max = s.max ?? score?.max;
    const label = score?.label ?? ctx.tables.indicators.get(id)?.label ?? ctx.tables.elements.get(id)?.label ?? id;
    if (max !== undefined) {
      if (statedInterval(s).low > max) {
        out.push({ code: "stated_exceeds_max", path: ["stated", id], params: { id, label, stated: s.value, max } });
      } else if (s.max !== undefined && score?.max !== undefined && s.max !== score.max) {
        out.push({
          code: "stated_max_differs",
          path: ["stated", id, "max"],
          severity: "warning",
          params: { id, label, max: s.max, expected: score.max },
        });
      }
      continue;
    }
    const ind = ctx.tables.indicators.get(id);
    // A share (numerator declared part of the denominator) cannot pass 100%.
    if (
      ind !== undefined &&
      ind.unit === "%" &&
      ctx.tables.elements.get(ind.numerator)?.partOf === ind.denominator &&
      statedInterval(s).low > ind.factor
    ) {
      out.push({ code: "stated_share_over_100", path: ["stated", id], params: { id, label, stated: s.value } });
    }
  }
  return out;
}

/**
 * The stated-versus-computed rules.
 *
 * @category Validation
 * @example
 * ```ts
 * STATED_RULES.map((r) => r.id); // ["stated.ratio", "stated.value", "stated.bounds"]
 * ```
 */
export const STATED_RULES: readonly ValidationRule<ValidationIssueCode>[] = [
  {
    id: "stated.ratio",
    family: "stated",
    severity: "error",
    levels: ALL_LEVELS,
    periodKinds: ALL_KINDS,
    description:
      "Tỷ lệ tác giả ghi khớp với tỷ lệ tính từ số liệu (quy tắc khoảng XBRL: 99,7% ghi 1 chữ số thập phân là [99,65; 99,75]; “hơn”, “gần”, “khoảng” nới khoảng tương ứng).",
    description_en:
      "A stated rate agrees with the rate computed from the counts (XBRL interval rule; qualifiers widen the interval).",
    check: checkRatios,
  },
  {
    id: "stated.value",
    family: "stated",
    severity: "error",
    levels: ALL_LEVELS,
    periodKinds: ALL_KINDS,
    description: "Số liệu ghi bằng lời (“hơn 1.200”, “157,9 tỷ đồng”) khớp với số đếm của cùng chỉ tiêu khi có cả hai.",
    description_en: "A figure as written agrees with the exact count of the same element when both are given.",
    check: checkValues,
  },
  {
    id: "stated.bounds",
    family: "stated",
    severity: "error",
    levels: ALL_LEVELS,
    periodKinds: ALL_KINDS,
    description: "Điểm không vượt điểm tối đa; tỷ lệ của một phần trên tổng không vượt 100%.",
    description_en: "A score does not exceed its maximum; a share of a whole does not exceed 100%.",
    check: checkBounds,
  },
];
