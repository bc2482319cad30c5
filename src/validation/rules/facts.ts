import { intervalsMeet, statedInterval, type Interval } from "../interval.js";
import { numberOf, readFigure, statedOf, type FigureLike } from "../figures.js";
import type { RawIssue, ValidationIssueCode } from "../issue.js";
import { ALL_KINDS, ALL_LEVELS, type RuleContext, type ValidationRule } from "../rule.js";

/**
 * The richer facts of a report's figures (`statements`, `changes`, `breakdowns`, `facts`):
 * one quantity written with two different values at two places; a stated change ("tăng 3,5
 * triệu so với cùng kỳ") that the comparison figures do not give; parts of a breakdown by
 * province, ministry or procedure that do not add up to their total; a figure said to hold on a
 * date after the report was signed. Every reading is defensive: the rules also run on data that
 * only looks like a report.
 */

const hasOwn = Object.prototype.hasOwnProperty;
const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === "object" && !Array.isArray(x);
const finite = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const half = (decimals: unknown) => (finite(decimals) && Number.isInteger(decimals) ? 0.5 * 10 ** -decimals : 0);
const EPS = 1e-9;

function labelOf(ctx: RuleContext, id: string): string {
  return (ctx.tables.elements.get(id) ?? ctx.tables.indicators.get(id) ?? ctx.tables.scores.get(id))?.label ?? id;
}

function records(ctx: RuleContext, field: "statements" | "changes" | "facts"): Record<string, unknown> | undefined {
  const r = (ctx.report as unknown as Record<string, unknown>)[field];
  return isObject(r) ? r : undefined;
}

/** The per-element lists of a field that keeps several entries per catalog id (statements, changes). */
function listsOf(ctx: RuleContext, field: "statements" | "changes"): [string, unknown[]][] {
  const all = records(ctx, field);
  const out: [string, unknown[]][] = [];
  if (all === undefined) return out;
  for (const id in all) {
    const list = hasOwn.call(all, id) ? all[id] : undefined;
    if (Array.isArray(list)) out.push([id, list]);
  }
  return out;
}

// ── Statements ──────────────────────────────────────────────────────────────────────────────

function checkStatements(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  const out: RawIssue<ValidationIssueCode>[] = [];
  for (const [id, list] of listsOf(ctx, "statements")) {
    // Statements dated differently are different quantities; group by as-of date.
    const groups = new Map<string, { interval: Interval; value: number }[]>();
    for (const s of list) {
      if (!isObject(s) || !finite(s.value)) continue;
      const key = typeof s.asOf === "string" ? s.asOf : "";
      const h = half(s.decimals);
      const g = groups.get(key) ?? [];
      g.push({ interval: { low: s.value - h, high: s.value + h }, value: s.value });
      groups.set(key, g);
    }
    // The figure itself (values or stated) is one more statement of the report's own date.
    const figure = readFigure(ctx.report, id);
    const own = groups.get("");
    if (figure !== undefined && !(figure.exact !== undefined && own?.some((x) => x.value === figure.exact))) {
      const g = groups.get("") ?? [];
      g.push({ interval: figure.interval, value: figure.exact ?? figure.stated!.value });
      groups.set("", g);
    }
    for (const [asOf, g] of groups) {
      if (g.length < 2) continue;
      const low = Math.max(...g.map((x) => x.interval.low));
      const high = Math.min(...g.map((x) => x.interval.high));
      if (low <= high + EPS * Math.max(1, Math.abs(high))) continue;
      const values = [...new Set(g.map((x) => x.value))];
      out.push({
        code: "figure_stated_differently",
        path: ["statements", id],
        params: { id, label: labelOf(ctx, id), values, count: g.length, ...(asOf !== "" ? { asOf } : {}) },
      });
    }
  }
  return out;
}

// ── Changes ─────────────────────────────────────────────────────────────────────────────────

/** The interval of a figure in a set: a count exactly, a stated value with its precision, or an indicator from its counts. */
function figureInterval(ctx: RuleContext, set: FigureLike | undefined, id: string): Interval | undefined {
  const ind = ctx.tables.indicators.get(id);
  if (ind !== undefined) {
    const num = numberOf(set, ind.numerator);
    const den = numberOf(set, ind.denominator);
    if (num !== undefined && den !== undefined && den > 0) {
      const v = (num * ind.factor) / den;
      return { low: v, high: v };
    }
  }
  const exact = numberOf(set, id);
  if (exact !== undefined) return { low: exact, high: exact };
  const s = statedOf(set, id);
  return s === undefined ? undefined : statedInterval(s);
}

function baseSet(ctx: RuleContext, against: unknown): (FigureLike & { period?: unknown }) | undefined {
  const comparisons = (ctx.report as unknown as Record<string, unknown>).comparisons;
  if (!isObject(comparisons)) return undefined;
  const pick = (k: string) => (isObject(comparisons[k]) ? (comparisons[k] as FigureLike & { period?: unknown }) : undefined);
  if (against === "previous" || against === "samePeriodLastYear") return pick(against);
  if (isObject(against) && typeof against.period === "string") {
    for (const k of ["previous", "samePeriodLastYear"]) if (pick(k)?.period === against.period) return pick(k);
  }
  return undefined;
}

function checkChanges(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  const out: RawIssue<ValidationIssueCode>[] = [];
  for (const [id, list] of listsOf(ctx, "changes")) {
    list.forEach((c: unknown, index) => {
      if (!isObject(c) || !finite(c.amount)) return;
      const base = baseSet(ctx, c.against);
      if (base === undefined) return;
      const now = figureInterval(ctx, ctx.report, id);
      const then = figureInterval(ctx, base, id);
      if (now === undefined || then === undefined) return;
      // The change the figures give, as an interval.
      let actual: Interval;
      if (c.unit === "percent") {
        if (then.low <= 0) return;
        const ends = [now.low / then.high, now.low / then.low, now.high / then.high, now.high / then.low].map((r) => (r - 1) * 100);
        actual = { low: Math.min(...ends), high: Math.max(...ends) };
      } else actual = { low: now.low - then.high, high: now.high - then.low };
      const h = half(c.decimals);
      const sign = c.direction === "down" ? -1 : 1;
      const stated: Interval = c.direction === "same" ? { low: -h, high: h } : sign > 0 ? { low: c.amount - h, high: c.amount + h } : { low: -c.amount - h, high: -c.amount + h };
      const slack = EPS * Math.max(1, Math.abs(c.amount));
      if (intervalsMeet({ low: stated.low - slack, high: stated.high + slack }, actual)) return;
      const mid = (actual.low + actual.high) / 2;
      out.push({
        code: "change_inconsistent",
        path: ["changes", id, index],
        params: {
          id,
          label: labelOf(ctx, id),
          direction: c.direction,
          amount: c.amount,
          unit: c.unit,
          actual: Math.round(mid * 100) / 100,
          against: typeof c.against === "string" ? c.against : "period",
          basePeriod: typeof base.period === "string" ? base.period : "",
        },
      });
    });
  }
  return out;
}

// ── Breakdowns ──────────────────────────────────────────────────────────────────────────────

function checkBreakdowns(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  const list = (ctx.report as unknown as Record<string, unknown>).breakdowns;
  if (!Array.isArray(list)) return [];
  const out: RawIssue<ValidationIssueCode>[] = [];
  list.forEach((b: unknown, index) => {
    if (!isObject(b) || typeof b.id !== "string" || !Array.isArray(b.parts)) return;
    const id = b.id;
    if (!ctx.tables.elements.has(id)) {
      out.push({ code: "breakdown_element_unknown", path: ["breakdowns", index, "id"], params: { id, dimension: String(b.dimension) } });
      return;
    }
    const keys = new Set<string>();
    let sum = 0;
    for (const p of b.parts) {
      if (!isObject(p) || !finite(p.value)) continue;
      const key = String(p.key);
      if (keys.has(key)) out.push({ code: "breakdown_key_repeated", path: ["breakdowns", index, "parts"], params: { id, key, label: labelOf(ctx, id) } });
      keys.add(key);
      sum += p.value;
    }
    const total = readFigure(ctx.report, id);
    if (total === undefined) return;
    const complete = b.complete !== false;
    const params = { id, label: labelOf(ctx, id), dimension: String(b.dimension), sum, total: total.exact ?? total.stated!.value, parts: b.parts.length };
    if (complete && !(total.interval.low - EPS <= sum && sum <= total.interval.high + EPS)) {
      out.push({ code: "breakdown_parts_mismatch", path: ["breakdowns", index], params });
    } else if (!complete && sum > total.interval.high + EPS) {
      out.push({ code: "breakdown_parts_exceed", path: ["breakdowns", index], params });
    }
  });
  return out;
}

// ── As-of dates ─────────────────────────────────────────────────────────────────────────────

function checkAsOf(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  const all = records(ctx, "facts");
  const date = ctx.report.document?.date;
  if (all === undefined || typeof date !== "string") return [];
  const out: RawIssue<ValidationIssueCode>[] = [];
  for (const id in all) {
    const f = all[id];
    if (!hasOwn.call(all, id) || !isObject(f) || typeof f.asOf !== "string") continue;
    if (f.asOf > date) out.push({ code: "as_of_after_report", path: ["facts", id, "asOf"], params: { id, label: labelOf(ctx, id), asOf: f.asOf, date } });
  }
  return out;
}

const rule = (id: string, severity: "error" | "warning", description: string, description_en: string, check: (ctx: RuleContext) => RawIssue<ValidationIssueCode>[]): ValidationRule<ValidationIssueCode> => ({
  id,
  family: "facts",
  severity,
  levels: ALL_LEVELS,
  periodKinds: ALL_KINDS,
  description,
  description_en,
  check,
});

/**
 * The rules over the richer facts of figures.
 *
 * @category Validation
 * @example
 * ```ts
 * FACT_RULES.map((r) => r.id); // ["facts.statements", "facts.changes", "facts.breakdowns", "facts.as_of"]
 * ```
 */
export const FACT_RULES: readonly ValidationRule<ValidationIssueCode>[] = [
  rule("facts.statements", "error", "Một số liệu ghi ở nhiều chỗ trong văn bản phải cùng một giá trị (theo độ chính xác đã ghi).", "A figure stated at several places has one value (within the precision written).", checkStatements),
  rule("facts.changes", "warning", "Mức tăng, giảm ghi trong văn bản khớp với số liệu kỳ so sánh.", "A stated change agrees with the comparison figures.", checkChanges),
  rule("facts.breakdowns", "error", "Các phần của một phân tổ (theo tỉnh, bộ, thủ tục…) cộng lại bằng tổng (hoặc không vượt tổng khi chỉ nêu “trong đó”).", "The parts of a breakdown add up to the total (or do not exceed it when only some are given).", checkBreakdowns),
  rule("facts.as_of", "warning", "Thời điểm riêng của số liệu không sau ngày ban hành báo cáo.", "A figure's own as-of date is not after the report's date.", checkAsOf),
];
