import type { CompiledCatalog, CompiledDataRule } from "../../indicators/compile.js";
import type { ExpressionTerm } from "../../indicators/expression.js";
import { formatViNumber } from "../../format/number.js";
import { numberOf, statedOf } from "../figures.js";
import type { RawIssue, ValidationIssueCode } from "../issue.js";
import type { ValidationMessageParams } from "../messages.js";
import { ALL_KINDS, ALL_LEVELS, type RuleContext, type ValidationRule } from "../rule.js";

/**
 * Data rules (the catalog's `rules`, DHIS2-style): each becomes a {@link ValidationRule} of the
 * family `data`, run beside the code rules and switched off the same way (`disable: ["data"]` or
 * the rule's id). A side is the sum of its terms; a figure is its count, else what the author
 * wrote. The missing-value strategy decides whether a side with absent figures is checked.
 */

const EPS = 1e-9;

function side(ctx: RuleContext, terms: readonly ExpressionTerm[]): { value: number; missing: number; ids: number } {
  let value = 0;
  let missing = 0;
  let ids = 0;
  for (const t of terms) {
    if (t.id === undefined) {
      value += t.coefficient;
      continue;
    }
    ids++;
    const v = numberOf(ctx.report, t.id) ?? statedOf(ctx.report, t.id)?.value;
    if (v === undefined) missing++;
    else value += t.coefficient * v;
  }
  return { value, missing, ids };
}

function holds(op: CompiledDataRule["def"]["operator"], l: number, r: number): boolean {
  const eps = EPS * Math.max(1, Math.abs(l), Math.abs(r));
  switch (op) {
    case "==": return Math.abs(l - r) <= eps;
    case "!=": return Math.abs(l - r) > eps;
    case "<": return l < r - eps;
    case "<=": return l <= r + eps;
    case ">": return l > r + eps;
    case ">=": return l >= r - eps;
  }
}

const OP_VI: Record<string, string> = { "==": "bằng", "!=": "khác", "<": "nhỏ hơn", "<=": "không vượt quá", ">": "lớn hơn", ">=": "không nhỏ hơn" };

/** The rule's message template with `{left}`, `{right}` and `{op}` filled in. */
function fill(template: string, p: ValidationMessageParams, locale: "vi" | "en"): string {
  const num = (v: unknown) => (typeof v !== "number" ? String(v) : locale === "vi" ? formatViNumber(v, Number.isInteger(v) ? 0 : 2) : String(v));
  return template
    .replaceAll("{left}", num(p.left))
    .replaceAll("{right}", num(p.right))
    .replaceAll("{op}", locale === "vi" ? (OP_VI[String(p.operator)] ?? String(p.operator)) : String(p.operator));
}

function toRule(r: CompiledDataRule): ValidationRule<ValidationIssueCode> {
  const { def } = r;
  const strategy = def.missing ?? "skipIfAnyMissing";
  const firstId = r.left.find((t) => t.id !== undefined)?.id ?? r.right.find((t) => t.id !== undefined)?.id;
  return {
    id: def.id,
    family: "data",
    severity: def.severity ?? "warning",
    levels: def.levels ?? ALL_LEVELS,
    periodKinds: def.periodKinds ?? ALL_KINDS,
    description: def.description ?? `${def.left} ${def.operator} ${def.right}`,
    messages: {
      vi: { data_rule_violated: (p) => fill(def.message.vi, p, "vi") },
      en: { data_rule_violated: (p) => fill(def.message.en ?? def.message.vi, p, "en") },
    },
    check: (ctx): RawIssue<ValidationIssueCode>[] => {
      const l = side(ctx, r.left);
      const rt = side(ctx, r.right);
      const missing = l.missing + rt.missing;
      const ids = l.ids + rt.ids;
      if (strategy === "skipIfAnyMissing" && missing > 0) return [];
      if (strategy === "skipIfAllMissing" && ids > 0 && missing === ids) return [];
      if (holds(def.operator, l.value, rt.value)) return [];
      return [
        {
          code: "data_rule_violated",
          path: firstId === undefined ? ["values"] : ["values", firstId],
          params: { rule: def.id, left: l.value, right: rt.value, operator: def.operator, leftExpression: def.left, rightExpression: def.right },
        },
      ];
    },
  };
}

const cache = new WeakMap<CompiledCatalog, readonly ValidationRule<ValidationIssueCode>[]>();

/**
 * The catalog's data rules as validation rules (built once per compiled catalog).
 *
 * @category Validation
 * @example
 * ```ts
 * dataRules(compileCatalog(myCatalog)).map((r) => r.id); // ["na.wifi_toi_da"]
 * ```
 */
export function dataRules(compiled: CompiledCatalog): readonly ValidationRule<ValidationIssueCode>[] {
  if (compiled.rules.length === 0) return [];
  let rules = cache.get(compiled);
  if (!rules) {
    rules = compiled.rules.map(toRule);
    cache.set(compiled, rules);
  }
  return rules;
}
