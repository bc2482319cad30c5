import type { ValidationIssueCode } from "../issue.js";
import type { ValidationRule } from "../rule.js";
import { ARITHMETIC_RULES } from "./arithmetic.js";
import { COMPLETENESS_RULES } from "./completeness.js";
import { DOCUMENT_RULES } from "./document.js";
import { FACT_RULES } from "./facts.js";
import { HIERARCHY_RULES } from "./hierarchy.js";
import { NARRATIVE_RULES } from "./narrative.js";
import { SCORE_RULES } from "./scores.js";
import { VALUE_RULES } from "./values.js";
import { STATED_RULES } from "./stated.js";
import { TARGET_RULES } from "./targets.js";
import { TIME_RULES } from "./time.js";

export { ARITHMETIC_RULES, COMPLETENESS_RULES, DOCUMENT_RULES, FACT_RULES, HIERARCHY_RULES, NARRATIVE_RULES, SCORE_RULES, STATED_RULES, TARGET_RULES, TIME_RULES, VALUE_RULES };

/**
 * Every built-in validation rule, in the order their findings are listed: the document's form
 * and dates first, then the figures (arithmetic, stated against computed, targets, hierarchy),
 * completeness, and the prose last. Show it, filter it, or extend it:
 * `validateReport(report, { rules: [...VALIDATION_RULES, myRule] })`.
 *
 * @category Validation
 * @example
 * ```ts
 * VALIDATION_RULES.map((r) => `${r.id}: ${r.description}`);
 * VALIDATION_RULES.filter((r) => r.severity === "error").length;
 * ```
 */
export const VALIDATION_RULES: readonly ValidationRule<ValidationIssueCode>[] = [
  ...DOCUMENT_RULES,
  ...TIME_RULES,
  ...VALUE_RULES,
  ...ARITHMETIC_RULES,
  ...STATED_RULES,
  ...TARGET_RULES,
  ...SCORE_RULES,
  ...FACT_RULES,
  ...HIERARCHY_RULES,
  ...COMPLETENESS_RULES,
  ...NARRATIVE_RULES,
];
