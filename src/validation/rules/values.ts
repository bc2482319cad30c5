import { LEVEL_LABELS, type Level } from "../../schema/level.js";
import { FIG_AT, FIG_BOOLEAN, FIG_COUNT, FIG_COUNT_TRUE, FIG_KIND_MASK } from "../../indicators/codes.js";
import { type CompiledCatalog } from "../../indicators/compile.js";
import type { RawIssue, ValidationIssueCode } from "../issue.js";
import { ALL_KINDS, ALL_LEVELS, type RuleContext, type ValidationRule } from "../rule.js";

/**
 * Values at the first door: every figure is checked against its catalog entry before anything
 * adds it up. A count or an amount must be a safe non-negative integer, a yes/no fact a boolean
 * (a parent's count of a `countTrue` fact is a count), an indicator or a score belongs in
 * `stated`; an id the catalog does not have is named with the nearest id it does have (a
 * warning, an error in strict mode); a figure of an element outside the report's level is
 * flagged, since the rollup does not carry it up.
 */

const own = Object.prototype.hasOwnProperty;

/** Levenshtein distance, stopping early past `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The catalog id nearest to `id` (edit distance at most a quarter of its length, at least 2), or
 * `undefined` when none is near.
 *
 * @category Validation
 * @example
 * ```ts
 * nearestId("hs.tiep_nhann", compileCatalog(indicatorCatalog)); // "hs.tiep_nhan"
 * ```
 */
export function nearestId(id: string, compiled: CompiledCatalog): string | undefined {
  const max = Math.max(2, Math.floor(id.length / 4));
  let best: string | undefined;
  let bestD = max + 1;
  for (const known of compiled.ids) {
    const d = distance(id, known, Math.min(max, bestD));
    if (d < bestD) {
      bestD = d;
      best = known;
    }
  }
  return best;
}

const shown = (v: unknown): string => (typeof v === "string" ? JSON.stringify(v) : v === null ? "null" : Array.isArray(v) ? "[…]" : typeof v === "object" ? "{…}" : String(v));

function unknownId(ctx: RuleContext, field: "values" | "stated", id: string): RawIssue<ValidationIssueCode> {
  const suggestion = nearestId(id, ctx.tables);
  const label = suggestion === undefined ? undefined : (ctx.tables.elements.get(suggestion) ?? ctx.tables.indicators.get(suggestion) ?? ctx.tables.scores.get(suggestion))?.label;
  return {
    code: "figure_unknown",
    severity: ctx.strict ? "error" : "warning",
    path: [field, id],
    params: { id, ...(suggestion !== undefined ? { suggestion, suggestionLabel: label } : {}) },
  };
}

function labelOf(ctx: RuleContext, id: string): string {
  return (ctx.tables.elements.get(id) ?? ctx.tables.indicators.get(id) ?? ctx.tables.scores.get(id))?.label ?? id;
}

function outside(ctx: RuleContext, field: "values" | "stated", id: string): RawIssue<ValidationIssueCode> {
  const el = ctx.tables.elements.get(id)!;
  const label = el.label;
  const levels: readonly Level[] = el.levels;
  return {
    code: "figure_outside_level",
    path: [field, id],
    params: { id, label, levels: [...levels], levelNames: levels.map((l) => LEVEL_LABELS[l]), level: ctx.level, levelName: LEVEL_LABELS[ctx.level] },
  };
}

function checkValues(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  const out: RawIssue<ValidationIssueCode>[] = [];
  const codes = ctx.tables.figureCode;
  const here = FIG_AT[ctx.level];
  const values = ctx.report.values as Readonly<Record<string, unknown>>;
  for (const id in values) {
    if (!own.call(values, id)) continue;
    const v = values[id];
    if (v === undefined) continue;
    const code = codes[id];
    if (code === undefined) {
      out.push(unknownId(ctx, "values", id));
      continue;
    }
    const kind = code & FIG_KIND_MASK;
    const atLevel = (code & here) !== 0;
    if (kind === FIG_COUNT || (kind === FIG_COUNT_TRUE && !atLevel)) {
      // Above the level that states a countTrue fact, its figure is the count of units where it holds.
      if (typeof v === "number" && Number.isSafeInteger(v) && v >= 0) {
        if (!atLevel && kind === FIG_COUNT) out.push(outside(ctx, "values", id));
        continue;
      }
      out.push({ code: "value_not_number", severity: "error", path: ["values", id], params: { id, label: labelOf(ctx, id), kind: ctx.tables.elements.get(id)!.kind === "amount" ? "amount" : "count", received: shown(v) } });
    } else if (kind === FIG_BOOLEAN || kind === FIG_COUNT_TRUE) {
      if (typeof v === "boolean") {
        if (!atLevel) out.push(outside(ctx, "values", id));
        continue;
      }
      out.push({ code: "value_not_boolean", severity: "error", path: ["values", id], params: { id, label: labelOf(ctx, id), received: shown(v) } });
    } else {
      out.push({ code: "value_is_indicator", severity: "error", path: ["values", id], params: { id, label: labelOf(ctx, id), kind: ctx.tables.indicators.has(id) ? "indicator" : "score" } });
    }
  }
  const stated = ctx.report.stated as Readonly<Record<string, unknown>>;
  for (const id in stated) {
    if (!own.call(stated, id) || stated[id] === undefined) continue;
    const code = codes[id];
    if (code === undefined) out.push(unknownId(ctx, "stated", id));
    else if ((code & FIG_KIND_MASK) === FIG_COUNT && (code & here) === 0 && !own.call(values, id)) out.push(outside(ctx, "stated", id));
  }
  return out;
}

/**
 * The value rules.
 *
 * @category Validation
 * @example
 * ```ts
 * VALUE_RULES.map((r) => r.id); // ["values.kind"]
 * ```
 */
export const VALUE_RULES: readonly ValidationRule<ValidationIssueCode>[] = [
  {
    id: "values.kind",
    family: "values",
    severity: "warning",
    levels: ALL_LEVELS,
    periodKinds: ALL_KINDS,
    description:
      "Mỗi số liệu đúng loại của phần tử trong danh mục (số đếm, số tiền: số nguyên không âm; có/không: true/false); mã không có trong danh mục được gợi ý mã gần nhất; số liệu ngoài cấp báo cáo bị đánh dấu.",
    description_en:
      "Each figure has its element's kind (counts and amounts: non-negative integers; yes/no: booleans); unknown ids get the nearest known id; figures outside the report's level are flagged.",
    check: checkValues,
  },
];
