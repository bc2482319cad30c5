import { formatViNumber } from "../../format/number.js";
import { formatPath, type Path } from "../../schema/problem.js";
import { checkDocument, type DocumentParagraph } from "../narrative/index.js";
import { forEachParagraph } from "../prose.js";
import type { RawIssue, ValidationIssueCode } from "../issue.js";
import { ALL_KINDS, ALL_LEVELS, type RuleContext, type ValidationRule } from "../rule.js";

/**
 * Narrative: the prose is checked too. Every paragraph (preamble, sections and their items and
 * assessments, the overall assessment, recommendations, next tasks, closing, footnotes) goes
 * through {@link checkDocument} once, as one document: each paragraph as `checkNarrative` reads
 * it, and across paragraphs the same quantity stated twice with different values ("32 nhiệm vụ
 * chậm tiến độ" in part II, "35 nhiệm vụ chậm tiến độ" in part IV), a `quantity_restated`
 * warning at the second paragraph's path whose message and params name both paths. Each finding
 * becomes an issue at its paragraph's path, with the offsets and the excerpt in its params. The
 * message is the narrative checker's own, in the requested locale. A paragraph longer than
 * `MAX_PARAGRAPH_LENGTH` is reported, not read.
 */

/**
 * The longest paragraph read in a report: 50.000 characters, about twenty printed pages without
 * a line break (the longest paragraph of the three seed reports has 1.396). A longer one is
 * reported (`text_too_long`, a warning at its path whose message names the field) and its
 * figures are not read, so one hostile field cannot hold a validation for seconds.
 */
const MAX_PARAGRAPH_LENGTH = 50_000;

/**
 * The prose findings one report gets at most: 1.000 (the three seed reports have 2). Past it the
 * check stops with one `findings_truncated` warning naming the first paragraph not read, so a
 * report made of thousands of slips costs milliseconds, not seconds.
 */
const MAX_PROSE_FINDINGS = 1000;

function tooLong(path: Path, length: number, locale: RuleContext["locale"]): RawIssue<ValidationIssueCode> {
  const field = formatPath(path);
  const [n, max] = [formatViNumber(length), formatViNumber(MAX_PARAGRAPH_LENGTH)];
  return {
    code: "text_too_long",
    path,
    severity: "warning",
    message:
      locale === "en"
        ? `The paragraph at ${field} has ${length} characters, above the ${MAX_PARAGRAPH_LENGTH} a paragraph may have: its figures are not checked.`
        : `Đoạn văn ở ${field} dài ${n} ký tự, vượt giới hạn ${max} ký tự của một đoạn: số liệu trong đoạn không được kiểm tra.`,
    params: { field, length, max: MAX_PARAGRAPH_LENGTH },
  };
}

function checkProse(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  const out: RawIssue<ValidationIssueCode>[] = [];
  const paths: Path[] = [];
  const paragraphs: DocumentParagraph[] = [];
  forEachParagraph(ctx.report, (path, text) => {
    paths.push(path);
    if (text.length > MAX_PARAGRAPH_LENGTH) {
      out.push(tooLong(path, text.length, ctx.locale));
      paragraphs.push({ text: "", path: formatPath(path) });
    } else paragraphs.push({ text, path: formatPath(path) });
  });
  for (const f of checkDocument(paragraphs, { locale: ctx.locale, maxFindings: MAX_PROSE_FINDINGS })) {
    const path = paths[f.paragraph] ?? [];
    const first = f.code === "quantity_restated" ? paths[f.params.firstParagraph as number] : undefined;
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
        ...(first !== undefined ? { firstPath: first, secondPath: path } : {}),
      },
    });
  }
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
      "Số liệu trong lời văn của từng đoạn: tỷ lệ khớp với phân số, thành phần không vượt tổng, điểm không vượt tối đa, số viết đúng dạng (không “3.002648”), ngày có thật; cùng một đại lượng ghi hai lần với hai giá trị khác nhau ở hai chỗ của báo cáo.",
    description_en:
      "Figures in each paragraph's prose: rates agree with fractions, parts within wholes, scores within maxima, numbers well formed (not “3.002648”), dates that exist; the same quantity stated twice with different values in two places of the report.",
    check: checkProse,
  },
];
