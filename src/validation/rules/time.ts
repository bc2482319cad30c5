import {
  periodId,
  previousPeriod,
  REPORTING_KINDS,
  samePeriodLastYear,
} from "../../schema/period.js";
import type { Report } from "../../schema/report.js";
import { numberOf, type FigureLike } from "../figures.js";
import { periodInfo } from "../period-info.js";
import type { RawIssue, ValidationIssueCode } from "../issue.js";
import { ALL_KINDS, ALL_LEVELS, type RuleContext, type ValidationRule } from "../rule.js";

/**
 * Time: the period must be one the level reports; the report is dated after its figures' cut-off
 * (Nghị định 09/2019: a May report counts to 14/05, so it cannot be signed on 08/05); an undated
 * report is a draft; cumulative figures ("lũy kế", `last`-aggregated) do not fall below an earlier
 * period's; the comparison periods are the right ones and agree with the earlier report.
 */

function checkPeriodKind(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  if (ctx.period === undefined) return [];
  const allowed: readonly string[] = REPORTING_KINDS[ctx.level];
  if (allowed.includes(ctx.period.kind)) return [];
  return [
    {
      code: "period_kind_not_reported",
      path: ["period"],
      params: { period: ctx.report.period, kind: ctx.period.kind, level: ctx.level, allowed: [...allowed] },
    },
  ];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Undated, or dated with the day left blank for the signer ("ngày    tháng 3 năm 2026"). */
function checkDateMissing(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  const date = ctx.report.document.date;
  if (typeof date === "string" && ISO_DATE.test(date)) return [];
  return [{ code: "date_missing", path: ["document", "date"], params: typeof date === "string" && date !== "" ? { partial: date } : {} }];
}

function checkDateAfterCutoff(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  const date = ctx.report.document.date;
  const cutoff = ctx.cutoff;
  // ISO dates compare as strings; the schema has already rejected impossible ones.
  if (typeof date !== "string" || cutoff === undefined || !ISO_DATE.test(date) || date > cutoff.to) return [];
  return [
    {
      code: "date_before_cutoff_end",
      path: ["document", "date"],
      params: { date, period: ctx.report.period, cutoffFrom: cutoff.from, cutoffTo: cutoff.to },
    },
  ];
}

/** Figures of `earlier` (a report or a comparison) that are higher than today's cumulative ones. */
function decreases(ctx: RuleContext, earlier: FigureLike, earlierPeriod: string, source: string): RawIssue<ValidationIssueCode>[] {
  const out: RawIssue<ValidationIssueCode>[] = [];
  // Walk the earlier figures (a few dozen), not the catalog; keep the catalog's order.
  const index = ctx.tables.cumulativeIndex;
  const given: number[] = [];
  const values = earlier.values;
  if (values !== null && typeof values === "object") for (const id in values) {
    const i = index.get(id);
    if (i !== undefined) given.push(i);
  }
  given.sort((a, b) => a - b);
  for (const i of given) {
    const el = ctx.tables.cumulative[i]!;
    const before = numberOf(earlier, el.id);
    if (before === undefined) continue;
    const now = numberOf(ctx.report, el.id);
    if (now === undefined || now >= before) continue;
    out.push({
      code: "cumulative_decreased",
      path: ["values", el.id],
      params: { id: el.id, label: el.label, unit: el.unit, value: now, earlier: before, earlierPeriod, drop: before - now, source },
    });
  }
  return out;
}

function earlierReportProblem(ctx: RuleContext, prev: Report): RawIssue<ValidationIssueCode> | undefined {
  if (prev.unit?.code !== ctx.report.unit.code) {
    return { code: "previous_unit_mismatch", path: [], params: { unit: ctx.report.unit.code, previousUnit: String(prev.unit?.code) } };
  }
  const p = typeof prev.period === "string" ? periodInfo(prev.period) : undefined;
  if (p === undefined || ctx.cutoff === undefined || p.cutoff.to >= ctx.cutoff.to) {
    return { code: "previous_not_earlier", path: [], params: { period: ctx.report.period, previousPeriod: String(prev.period) } };
  }
  return undefined;
}

function checkCumulative(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  const out: RawIssue<ValidationIssueCode>[] = [];
  if (ctx.previous !== undefined) {
    const problem = earlierReportProblem(ctx, ctx.previous);
    if (problem) out.push(problem);
    else out.push(...decreases(ctx, ctx.previous, ctx.previous.period, "previous"));
  } else if (ctx.report.comparisons?.previous) {
    const c = ctx.report.comparisons.previous;
    out.push(...decreases(ctx, c, c.period, "comparison"));
  }
  const ly = ctx.report.comparisons?.samePeriodLastYear;
  if (ly) out.push(...decreases(ctx, ly, ly.period, "samePeriodLastYear"));
  return out;
}

function checkComparisonPeriods(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  if (ctx.period === undefined) return [];
  const out: RawIssue<ValidationIssueCode>[] = [];
  const c = ctx.report.comparisons;
  const prev = c?.previous?.period;
  if (typeof prev === "string") {
    const expected = periodId(previousPeriod(ctx.period));
    if (prev !== expected) {
      out.push({ code: "comparison_period_mismatch", path: ["comparisons", "previous", "period"], params: { which: "previous", expected, actual: prev } });
    }
  }
  const ly = c?.samePeriodLastYear?.period;
  if (typeof ly === "string") {
    const expected = periodId(samePeriodLastYear(ctx.period));
    if (ly !== expected) {
      out.push({
        code: "comparison_period_mismatch",
        path: ["comparisons", "samePeriodLastYear", "period"],
        params: { which: "samePeriodLastYear", expected, actual: ly },
      });
    }
  }
  return out;
}

function checkComparisonAgainstPrevious(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  const prev = ctx.previous;
  const c = ctx.report.comparisons?.previous;
  if (prev === undefined || c === undefined || c.period !== prev.period || prev.unit?.code !== ctx.report.unit.code) return [];
  const out: RawIssue<ValidationIssueCode>[] = [];
  for (const id in c.values) {
    const quoted = numberOf(c, id);
    const actual = numberOf(prev, id);
    if (quoted === undefined || actual === undefined || quoted === actual) continue;
    const el = ctx.tables.elements.get(id);
    out.push({
      code: "comparison_differs_from_previous",
      path: ["comparisons", "previous", "values", id],
      params: { id, label: el?.label ?? id, unit: el?.unit ?? "", quoted, actual, previousPeriod: prev.period },
    });
  }
  return out;
}

/**
 * The time rules.
 *
 * @category Validation
 * @example
 * ```ts
 * TIME_RULES.find((r) => r.id === "time.date_after_cutoff")?.severity; // "error"
 * ```
 */
export const TIME_RULES: readonly ValidationRule<ValidationIssueCode>[] = [
  {
    id: "time.period_kind",
    family: "time",
    severity: "error",
    levels: ALL_LEVELS,
    periodKinds: ALL_KINDS,
    description: "Kỳ báo cáo là loại kỳ mà cấp đó có báo cáo (ví dụ cấp xã không có báo cáo 9 tháng).",
    description_en: "The period is of a kind the level reports (communes have no 9-month report).",
    check: checkPeriodKind,
  },
  {
    id: "time.date_missing",
    family: "time",
    severity: "warning",
    levels: ALL_LEVELS,
    periodKinds: ALL_KINDS,
    description: "Báo cáo đã ghi ngày ban hành.",
    description_en: "The report is dated.",
    check: checkDateMissing,
  },
  {
    id: "time.date_after_cutoff",
    family: "time",
    severity: "error",
    levels: ALL_LEVELS,
    periodKinds: ALL_KINDS,
    description: "Ngày báo cáo sau ngày chốt số liệu của kỳ (Nghị định 09/2019/NĐ-CP: báo cáo tháng chốt đến ngày 14).",
    description_en: "The report is dated after the period's cut-off (Decree 09/2019: monthly figures run to the 14th).",
    check: checkDateAfterCutoff,
  },
  {
    id: "time.cumulative",
    family: "time",
    severity: "warning",
    levels: ALL_LEVELS,
    periodKinds: ALL_KINDS,
    description: "Số liệu lũy kế không thấp hơn số liệu của kỳ trước hoặc cùng kỳ năm trước.",
    description_en: "Cumulative figures do not fall below the previous period's or last year's.",
    check: checkCumulative,
  },
  {
    id: "time.comparison_periods",
    family: "time",
    severity: "warning",
    levels: ALL_LEVELS,
    periodKinds: ALL_KINDS,
    description: "Số liệu so sánh ghi đúng kỳ trước và cùng kỳ năm trước.",
    description_en: "Comparison figures are for the previous period and the same period last year.",
    check: checkComparisonPeriods,
  },
  {
    id: "time.comparison_matches_previous",
    family: "time",
    severity: "warning",
    levels: ALL_LEVELS,
    periodKinds: ALL_KINDS,
    description: "Số liệu kỳ trước trích trong báo cáo khớp với báo cáo kỳ trước (khi có).",
    description_en: "Previous-period figures quoted in the report agree with the previous report, when supplied.",
    check: checkComparisonAgainstPrevious,
  },
];
