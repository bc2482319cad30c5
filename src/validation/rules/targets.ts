import type { CompiledCatalog } from "../../indicators/compile.js";
import { targetFor } from "../../indicators/target-for.js";
import type { IndicatorDef, Target } from "../../indicators/types.js";
import { statedInterval } from "../interval.js";
import { numberOf, statedOf } from "../figures.js";
import type { RawIssue, ValidationIssueCode } from "../issue.js";
import { ALL_KINDS, ALL_LEVELS, type RuleContext, type ValidationRule } from "../rule.js";

/**
 * Targets: an indicator below its legal target (≥ 80% of procedures fully online, 100% of
 * essential services…) is a warning carrying the target, the value and the gap — a shortfall
 * to explain, not an error in the report. The value is the one the counts give when they are
 * there, else the stated one (and then only when its whole interval misses the target).
 */

// The targets in force on a date, per compiled catalog: a province validates thousands of reports
// of one period, so they are picked once per date (a small bounded table, invisible to callers).
const inForce = new WeakMap<CompiledCatalog, Map<string, readonly (readonly [IndicatorDef, Target])[]>>();
function targetsAt(tables: CompiledCatalog, date: string | undefined): readonly (readonly [IndicatorDef, Target])[] {
  let byDate = inForce.get(tables);
  if (byDate === undefined) inForce.set(tables, (byDate = new Map()));
  const key = date ?? "";
  let list = byDate.get(key);
  if (list === undefined) {
    list = tables.targeted.flatMap((ind) => {
      const t = targetFor(ind, date);
      return t === undefined ? [] : [[ind, t] as const];
    });
    if (byDate.size >= 64) byDate.clear();
    byDate.set(key, list);
  }
  return list;
}

function checkTargets(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  const out: RawIssue<ValidationIssueCode>[] = [];
  for (const [ind, target] of targetsAt(ctx.tables, ctx.cutoff?.to)) {
    const num = numberOf(ctx.report, ind.numerator);
    const den = numberOf(ctx.report, ind.denominator);
    let value: number;
    let decimals = ind.decimals;
    let computed: boolean;
    if (num !== undefined && den !== undefined && den > 0) {
      value = (num * ind.factor) / den;
      computed = true;
      const eps = 1e-9 * Math.max(1, Math.abs(target.value));
      if (target.op === ">=" ? value >= target.value - eps : value <= target.value + eps) continue;
    } else {
      const s = statedOf(ctx.report, ind.id);
      if (s === undefined) continue;
      const { low, high } = statedInterval(s);
      if (target.op === ">=" ? high >= target.value : low <= target.value) continue;
      value = s.value;
      decimals = Math.max(0, s.decimals);
      computed = false;
    }
    out.push({
      code: "below_target",
      path: computed ? ["values", ind.numerator] : ["stated", ind.id],
      params: {
        id: ind.id,
        label: ind.label,
        unit: ind.unit,
        value,
        decimals,
        computed,
        op: target.op,
        target: target.value,
        gap: Math.abs(target.value - value),
        source: target.source,
        ...(target.from !== undefined ? { from: target.from } : {}),
        ...(target.to !== undefined ? { to: target.to } : {}),
      },
    });
  }
  return out;
}

/**
 * The target rules.
 *
 * @category Validation
 * @example
 * ```ts
 * TARGET_RULES[0]?.severity; // "warning"
 * ```
 */
export const TARGET_RULES: readonly ValidationRule<ValidationIssueCode>[] = [
  {
    id: "target.below",
    family: "target",
    severity: "warning",
    levels: ALL_LEVELS,
    periodKinds: ALL_KINDS,
    description: "Chỉ tiêu chưa đạt mục tiêu theo quy định (ví dụ ≥ 80%, 100%): cảnh báo kèm mục tiêu và mức còn thiếu.",
    description_en: "An indicator below its legal target (e.g. ≥ 80%, 100%): a warning with the target and the gap.",
    check: checkTargets,
  },
];
