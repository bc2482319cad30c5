import { checkNarrative } from "../narrative/index.js";
import { forEachParagraph } from "../prose.js";
import type { RawIssue, ValidationIssueCode } from "../issue.js";
import { ALL_KINDS, ALL_LEVELS, type RuleContext, type ValidationRule } from "../rule.js";

/**
 * Narrative: the prose is checked too. Every paragraph (preamble, sections and their items and
 * assessments, the overall assessment, recommendations, next tasks, closing) goes through
 * {@link checkNarrative}; each finding becomes an issue at the paragraph's path, with the
 * offsets and the excerpt in its params. The message is the narrative checker's own, in the
 * requested locale.
 */

function checkProse(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  const out: RawIssue<ValidationIssueCode>[] = [];
  const options = { locale: ctx.locale };
  forEachParagraph(ctx.report, (path, text) => {
    for (const f of checkNarrative(text, options)) {
      out.push({
        code: f.code,
        path,
        severity: f.severity,
        message: f.message,
        params: {
          ...f.params,
          start: f.start,
          end: f.end,
          excerpt: f.excerpt,
          ...(f.expected !== undefined ? { expected: f.expected } : {}),
          ...(f.actual !== undefined ? { actual: f.actual } : {}),
        },
      });
    }
  });
  return out;
}

/**
 * The narrative rules.
 *
 * @category Validation
 * @example
 * ```ts
 * validateReport(report, { narrative: false }); // skips them
 * ```
 */
export const NARRATIVE_RULES: readonly ValidationRule<ValidationIssueCode>[] = [
  {
    id: "narrative.prose",
    family: "narrative",
    severity: "error",
    levels: ALL_LEVELS,
    periodKinds: ALL_KINDS,
    description:
      "Số liệu trong lời văn của từng đoạn: tỷ lệ khớp với phân số, thành phần không vượt tổng, điểm không vượt tối đa, số viết đúng dạng (không “3.002648”), ngày có thật.",
    description_en:
      "Figures in each paragraph's prose: rates agree with fractions, parts within wholes, scores within maxima, numbers well formed (not “3.002648”), dates that exist.",
    check: checkProse,
  },
];
