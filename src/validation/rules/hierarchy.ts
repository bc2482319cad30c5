import { parentLevel } from "../../schema/level.js";
import type { Report } from "../../schema/report.js";
import { intervalsMeet, sumIntervals, type Interval } from "../interval.js";
import { readFigure, valueOf } from "../figures.js";
import type { RawIssue, ValidationIssueCode } from "../issue.js";
import { ALL_KINDS, type RuleContext, type ValidationRule } from "../rule.js";

/**
 * Hierarchy: when a parent report and its children's reports are both supplied, every figure the
 * parent derives from its children (`sum`, `countTrue`) equals the children's total. A mismatch
 * carries the imbalance and the children that did not give the figure (and, with a unit index,
 * the units below that sent no report at all). A child that gives only an approximate figure
 * ("trên 100") is not added: the parent passes whether it left that figure out (as `rollup` does)
 * or carries an amount inside its interval. Only reports of the units directly below count;
 * an agency's contribution to its own unit's report is not a child.
 */

interface Child {
  readonly report: Report;
  readonly code: string;
  readonly name: string;
}

const SLACK = 1e-9;

/** The children that count, and the problems that keep the others out. */
function admitChildren(ctx: RuleContext): { children: Child[]; issues: RawIssue<ValidationIssueCode>[] } {
  const children: Child[] = [];
  const issues: RawIssue<ValidationIssueCode>[] = [];
  const seen = new Set<string>();
  const parentCode = ctx.report.unit.code;
  (ctx.children ?? []).forEach((child, index) => {
    const unit = child?.unit;
    if (unit === undefined || unit === null || typeof unit.code !== "string") return;
    if (child.agency !== undefined || unit.code === parentCode) return;
    const base = { child: unit.code, childName: String(unit.name), index };
    if (parentLevel(unit.level) !== ctx.level) {
      issues.push({ code: "child_level_mismatch", path: ["unit", "level"], params: { ...base, childLevel: String(unit.level), level: ctx.level } });
      return;
    }
    if (child.period !== ctx.report.period) {
      issues.push({ code: "child_period_mismatch", path: ["period"], params: { ...base, childPeriod: String(child.period), period: ctx.report.period } });
      return;
    }
    const known = ctx.units?.byCode.get(unit.code);
    if (ctx.units !== undefined && known?.parent !== parentCode) {
      issues.push({
        code: "child_not_below",
        severity: "warning",
        path: ["unit", "code"],
        params: { ...base, parent: parentCode, actualParent: known?.parent ?? null },
      });
      return;
    }
    if (seen.has(unit.code)) {
      issues.push({ code: "child_duplicate", severity: "warning", path: ["unit", "code"], params: base });
      return;
    }
    seen.add(unit.code);
    children.push({ report: child, code: unit.code, name: String(unit.name) });
  });
  return { children, issues };
}

function checkRollup(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  if (ctx.children === undefined || ctx.children.length === 0) return [];
  const { children, issues } = admitChildren(ctx);
  if (children.length === 0) return issues;
  const childLevel = children[0]!.report.unit.level;
  // Units below that sent no report at all (known only with a unit index).
  const absent: { code: string; name: string }[] = [];
  const expected = ctx.units?.childrenOf.get(ctx.report.unit.code);
  if (expected) {
    const have = new Set(children.map((c) => c.code));
    for (const u of expected) if (!have.has(u.code)) absent.push({ code: u.code, name: u.name });
  }
  const notHere = ctx.tables.outside[ctx.level];
  for (const el of ctx.tables.rolledUp) {
    if (!el.levels.includes(childLevel) || notHere.has(el.id)) continue;
    const parent = readFigure(ctx.report, el.id);
    if (parent === undefined) continue;
    const parts: Interval[] = [];
    const approxParts: Interval[] = [];
    const missing: Child[] = [];
    const approximate: Child[] = [];
    let reported = 0;
    for (const c of children) {
      if (el.aggregation.units === "countTrue") {
        const v = valueOf(c.report, el.id);
        if (typeof v !== "boolean") {
          missing.push(c);
          continue;
        }
        reported++;
        if (v) parts.push({ low: 1, high: 1 });
      } else {
        const r = readFigure(c.report, el.id);
        if (r === undefined) {
          missing.push(c);
          continue;
        }
        reported++;
        // A child that states only "trên 100" has no count to add: the parent may leave it out
        // (as `rollup` does) or carry an amount inside its interval.
        if (r.exact === undefined) {
          approximate.push(c);
          approxParts.push(r.interval);
        } else parts.push(r.interval);
      }
    }
    if (reported === 0) continue;
    const exactTotal = sumIntervals(parts);
    const total = approxParts.length === 0 ? exactTotal : sumIntervals([...parts, ...approxParts]);
    if (intervalsMeet(parent.interval, total)) continue;
    if (approxParts.length > 0 && intervalsMeet(parent.interval, exactTotal)) continue;
    const allMissing = [...missing, ...absent];
    const parentValue = parent.exact ?? parent.stated!.value;
    const childrenTotal = exactTotal.low === exactTotal.high ? exactTotal.low : (exactTotal.low + exactTotal.high) / 2;
    // Counts are never negative: missing children can only raise the total, never lower it.
    const parentBelow = parent.interval.high < exactTotal.low - SLACK * Math.max(1, exactTotal.low);
    issues.push({
      code: "rollup_mismatch",
      path: [parent.field, el.id],
      severity: parentBelow || allMissing.length === 0 ? "error" : "warning",
      params: {
        id: el.id,
        label: el.label,
        unit: el.unit,
        aggregation: el.aggregation.units,
        value: parentValue,
        childrenTotal,
        imbalance: parentValue - childrenTotal,
        reported: reported - approximate.length,
        children: children.length,
        missing: allMissing.map((c) => c.code),
        missingNames: allMissing.map((c) => c.name),
        approximate: approximate.map((c) => c.code),
        approximateNames: approximate.map((c) => c.name),
      },
    });
  }
  return issues;
}

/**
 * The hierarchy rules.
 *
 * @category Validation
 * @example
 * ```ts
 * validateReport(province, { children: communeReports, units: indexUnits(UNITS_2025) });
 * ```
 */
export const HIERARCHY_RULES: readonly ValidationRule<ValidationIssueCode>[] = [
  {
    id: "hierarchy.rollup",
    family: "hierarchy",
    severity: "error",
    levels: ["tinh", "bo"],
    periodKinds: ALL_KINDS,
    description:
      "Số liệu cộng dồn (tổng, đếm số đơn vị “có”) của đơn vị cấp trên bằng tổng của các đơn vị cấp dưới; nêu chênh lệch và các đơn vị chưa có số liệu.",
    description_en:
      "A parent's summed figures (sum, countTrue) equal its children's total; the imbalance and the children without the figure are named.",
    check: checkRollup,
  },
];
