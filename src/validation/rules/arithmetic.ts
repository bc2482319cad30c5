import { intervalsMeet, sumIntervals, type Interval } from "../interval.js";
import { readFigure, type FigureReading } from "../figures.js";
import type { PartWhole } from "../../indicators/compile.js";
import type { RawIssue, ValidationIssueCode } from "../issue.js";
import { ALL_KINDS, ALL_LEVELS, type RuleContext, type ValidationRule } from "../rule.js";

/**
 * Arithmetic: relations the catalog declares between elements. A part never exceeds its whole
 * (`partOf`); a declared breakdown adds up to its total (resolved = on time + late; tasks with a
 * deadline + recurring tasks = tasks assigned). Stated figures take part through their XBRL
 * interval, so "trên 100 lượt" with a part of 1.500 is no contradiction, and a rounded total
 * is not a false alarm.
 */

const SLACK = 1e-9;

/** The parameters a message needs to show one figure as written. */
function shown(r: FigureReading): { value: number; qualifier?: string } {
  if (r.exact !== undefined) return { value: r.exact };
  const s = r.stated!;
  return s.qualifier === undefined ? { value: s.value } : { value: s.value, qualifier: s.qualifier };
}

/** The part–whole relations whose part the report gives, in catalog order (walks the report's figures, not the catalog). */
function givenRelations(ctx: RuleContext): readonly PartWhole[] {
  const of = ctx.tables.partWholeOf;
  const all = ctx.tables.partWhole;
  const { values, stated } = ctx.report;
  const found: number[] = [];
  if (values !== null && typeof values === "object") {
    for (const id in values) {
      const r = of.get(id);
      if (r !== undefined) found.push(r.index);
    }
  }
  if (stated !== null && typeof stated === "object") {
    for (const id in stated) {
      const r = of.get(id);
      if (r !== undefined && !(values !== null && typeof values === "object" && Object.prototype.hasOwnProperty.call(values, id))) found.push(r.index);
    }
  }
  if (found.length > 1) found.sort((a, b) => a - b);
  return found.map((i) => all[i]!);
}

function checkPartWhole(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  const out: RawIssue<ValidationIssueCode>[] = [];
  for (const { part, whole } of givenRelations(ctx)) {
    const p = readFigure(ctx.report, part.id);
    if (p === undefined) continue;
    const w = readFigure(ctx.report, whole.id);
    if (w === undefined) continue;
    if (p.interval.low <= w.interval.high + SLACK * Math.max(1, Math.abs(w.interval.high))) continue;
    const ps = shown(p);
    const ws = shown(w);
    out.push({
      code: "part_exceeds_whole",
      path: [p.field, part.id],
      params: {
        part: part.id,
        partLabel: part.label,
        partValue: ps.value,
        ...(ps.qualifier ? { partQualifier: ps.qualifier } : {}),
        whole: whole.id,
        wholeLabel: whole.label,
        wholeValue: ws.value,
        ...(ws.qualifier ? { wholeQualifier: ws.qualifier } : {}),
        unit: part.unit,
      },
    });
  }
  return out;
}

function checkBreakdowns(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  const out: RawIssue<ValidationIssueCode>[] = [];
  for (const b of ctx.tables.breakdowns) {
    const total = readFigure(ctx.report, b.total);
    if (total === undefined) continue;
    const present: Interval[] = [];
    const parts: { id: string; label: string; value: number; qualifier?: string }[] = [];
    const missing: string[] = [];
    for (const id of b.parts) {
      const r = readFigure(ctx.report, id);
      const label = ctx.tables.elements.get(id)?.label ?? id;
      if (r === undefined) {
        missing.push(id);
        continue;
      }
      present.push(r.interval);
      parts.push({ id, label, ...shown(r) });
    }
    if (parts.length === 0) continue;
    const sum = sumIntervals(present);
    const ts = shown(total);
    const common = {
      breakdown: b.id,
      breakdownLabel: b.label,
      total: b.total,
      totalLabel: ctx.tables.elements.get(b.total)?.label ?? b.total,
      totalValue: ts.value,
      ...(ts.qualifier ? { totalQualifier: ts.qualifier } : {}),
      parts,
      sum: sum.low === sum.high ? sum.low : (sum.low + sum.high) / 2,
      exact: sum.low === sum.high && total.exact !== undefined,
      unit: ctx.tables.elements.get(b.total)?.unit ?? "",
    };
    if (missing.length === 0) {
      if (intervalsMeet(total.interval, sum)) continue;
      out.push({
        code: "breakdown_mismatch",
        path: [total.field, b.total],
        params: { ...common, difference: common.sum - ts.value },
      });
    } else if (sum.low > total.interval.high + SLACK * Math.max(1, Math.abs(total.interval.high))) {
      // Parts are counts (never negative): the ones present already exceed the total.
      out.push({
        code: "breakdown_parts_exceed_total",
        path: [total.field, b.total],
        params: { ...common, missing, difference: common.sum - ts.value },
      });
    }
  }
  return out;
}

/**
 * The arithmetic rules.
 *
 * @category Validation
 * @example
 * ```ts
 * ARITHMETIC_RULES.map((r) => r.id); // ["arithmetic.part_whole", "arithmetic.breakdown"]
 * ```
 */
export const ARITHMETIC_RULES: readonly ValidationRule<ValidationIssueCode>[] = [
  {
    id: "arithmetic.part_whole",
    family: "arithmetic",
    severity: "error",
    levels: ALL_LEVELS,
    periodKinds: ALL_KINDS,
    description: "Số liệu thành phần không vượt số liệu tổng (quan hệ “là một phần của” khai báo trong danh mục).",
    description_en: "A part never exceeds its whole (the catalog's partOf relations).",
    check: checkPartWhole,
  },
  {
    id: "arithmetic.breakdown",
    family: "arithmetic",
    severity: "error",
    levels: ALL_LEVELS,
    periodKinds: ALL_KINDS,
    description:
      "Các thành phần cộng lại bằng tổng (đã giải quyết = đúng hạn + quá hạn; nhiệm vụ có thời hạn + thường xuyên = được giao…), theo quy tắc khoảng XBRL cho số làm tròn.",
    description_en:
      "Declared breakdowns add up to their total (resolved = on time + late; tasks with a deadline + recurring = assigned…), using the XBRL interval rule for rounded figures.",
    check: checkBreakdowns,
  },
];
