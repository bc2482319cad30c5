import { checkScore766 } from "../../indicators/score766.js";
import type { StatedValue } from "../../schema/report.js";
import { statedOf } from "../figures.js";
import type { RawIssue, ValidationIssueCode } from "../issue.js";
import { ALL_KINDS, ALL_LEVELS, type RuleContext, type ValidationRule } from "../rule.js";

/**
 * Stated Bộ chỉ số 766 scores (`cs766.*`), checked by `checkScore766` inside validateReport:
 * each group within its maximum, the total the sum of the groups.
 */

function checkScores(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  // Only well-formed stated scores: a malformed one is the schema's to report (the rules also
  // run on data that only looks like a report).
  let scores: Record<string, StatedValue> | undefined;
  for (const id in ctx.report.stated) {
    if (!id.startsWith("cs766.")) continue;
    const s = statedOf(ctx.report, id);
    if (s !== undefined) (scores ??= {})[id] = s;
  }
  if (scores === undefined) return [];
  return checkScore766(scores, { locale: ctx.locale }).map((p) => ({ code: p.code, severity: p.severity, path: p.path, params: p.params, message: p.message }));
}

/**
 * The score rules.
 *
 * @category Validation
 * @example
 * ```ts
 * SCORE_RULES[0]?.id; // "score.766"
 * ```
 */
export const SCORE_RULES: readonly ValidationRule<ValidationIssueCode>[] = [
  {
    id: "score.766",
    family: "score",
    severity: "error",
    levels: ALL_LEVELS,
    periodKinds: ALL_KINDS,
    description: "Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg): mỗi nhóm không vượt điểm tối đa, tổng điểm bằng tổng các nhóm.",
    description_en: "Bộ chỉ số 766 scores: each group within its maximum, the total the sum of the groups.",
    check: checkScores,
  },
];
