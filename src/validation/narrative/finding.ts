import type { Locale, Severity } from "../../schema/problem.js";

/**
 * What the narrative checker reports: problems (errors for figures that cannot all be true,
 * warnings for figures that are readable but badly written) and, on request, the checks that
 * passed (info), so a caller can see which statements were read and found consistent.
 */

/**
 * Every code {@link checkNarrative} can report, with its severity.
 *
 * @category Validation
 * @example
 * ```ts
 * NARRATIVE_SEVERITY.percent_mismatch; // "error"
 * NARRATIVE_SEVERITY.malformed_number; // "warning"
 * ```
 */
export const NARRATIVE_SEVERITY = {
  /** A fraction and its stated percentage disagree beyond rounding ("956/959 … 99,8%"). */
  percent_mismatch: "error",
  /** A part larger than its whole ("55/50"; "trên 100 lượt (trong đó … 1500 lượt)"). */
  part_exceeds_whole: "error",
  /** Listed parts add up to more than their total. */
  parts_exceed_total: "error",
  /** An exhaustive breakdown (trực tuyến/trực tiếp…) does not add up to its total. */
  parts_total_mismatch: "error",
  /** A score's components do not add up to the score ("đạt 92,62 điểm … 18/18; 18/22 …"). */
  score_total_mismatch: "error",
  /** A score above its maximum ("23/22 điểm"). */
  score_exceeds_max: "error",
  /** A date that does not exist ("31/02/2026", "04/22/2025"). */
  impossible_date: "error",
  /** Digits grouped in no known way ("3.002648", "1.23.456"). */
  malformed_number: "warning",
  /** "100%" written for a fraction that is not whole (958/959): true after rounding, but says "all". */
  percent_rounded_to_full: "warning",
  /** A total split in parentheses whose parts do not add up to it ("85 điểm (52 điểm ở xã và 43 điểm ở phường)"). */
  split_total_mismatch: "error",
  /** A ratio stated in words and its percentage disagree ("71 trên tổng số 90 hồ sơ (đạt khoảng 60%)"). */
  ratio_mismatch: "error",
  /** A stated average that is not the quotient of its figures ("12 lớp, 1.830 học viên, bình quân 172 học viên/lớp"). */
  average_mismatch: "error",
  /** A stated increase or decrease that is not the difference of its figures ("4.120, tăng 520 so với … 3.700"). */
  difference_mismatch: "error",
  /** A stated percentage change that the two figures do not give ("tăng 30% (từ 2.000 lên 2.400)"). */
  change_percent_mismatch: "error",
  /** A change in percentage points that the two percentages do not give. */
  point_change_mismatch: "error",
  /** A stated multiple that is not the quotient of its two figures ("1.250 hồ sơ, gấp 2,5 lần cùng kỳ (400 hồ sơ)"). */
  multiple_mismatch: "error",
  /** What remains is not the total less the part done ("thụ lý 120 vụ, đã giải quyết 100 vụ, còn lại 30 vụ"). */
  remainder_mismatch: "error",
  /** A count that differs from the number of items listed after it ("04 văn bản: (1) …; (2) …; (3) …"). */
  list_count_mismatch: "warning",
  /** The same quantity written twice in one document with different values (see {@link checkDocument}). */
  quantity_restated: "warning",
  /** An invisible or direction-changing character inside a figure: what is displayed is not what is stored. */
  hidden_control: "warning",
  /** A run of more than 30 combining marks on one letter: not text, and not read as such. */
  long_mark_run: "warning",
  /** A text too long to check (more than {@link MAX_NARRATIVE_LENGTH} characters). */
  text_too_long: "warning",
  /** {@link checkDocument} stopped after `maxFindings` findings: the paragraphs after it were not read. */
  findings_truncated: "warning",
  /** Passed: a total and the parts in its parentheses agree. */
  split_consistent: "info",
  /** Passed: a stated average agrees with its figures. */
  average_consistent: "info",
  /** Passed: a stated change agrees with its figures. */
  change_consistent: "info",
  /** Passed: what remains is the total less the part done. */
  remainder_consistent: "info",
  /** Passed: a count agrees with the items listed after it. */
  list_count_consistent: "info",
  /** Passed: a fraction and its percentage agree. */
  percent_consistent: "info",
  /** Passed: a fraction without percentage, part within whole. */
  fraction_consistent: "info",
  /** Passed: a total and its listed parts agree. */
  breakdown_consistent: "info",
  /** Passed: a score and its components agree. */
  score_consistent: "info",
  /** Passed: a date that exists. */
  date_valid: "info",
} as const satisfies Record<string, Severity>;

/**
 * A code of {@link NARRATIVE_SEVERITY}.
 *
 * @category Validation
 * @example
 * ```ts
 * const code: NarrativeCode = "percent_mismatch";
 * ```
 */
export type NarrativeCode = keyof typeof NARRATIVE_SEVERITY;

/**
 * One finding in a text: what, how serious, where (offsets into the text that was given), the
 * words concerned, and a message in the requested language.
 *
 * @category Validation
 * @example
 * ```ts
 * const f: NarrativeFinding = {
 *   code: "percent_mismatch",
 *   severity: "error",
 *   start: 0,
 *   end: 28,
 *   excerpt: "956/959 hồ sơ đạt tỷ lệ 99,8%",
 *   message: "Tỷ lệ ghi 99,8% không khớp với 956/959 = 99,69%.",
 *   expected: 99.687,
 *   actual: 99.8,
 *   params: { fraction: "956/959", stated: "99,8%" },
 * };
 * ```
 */
export interface NarrativeFinding {
  readonly code: NarrativeCode;
  readonly severity: Severity;
  /** Offset of the first character concerned, in the text given to {@link checkNarrative}. */
  readonly start: number;
  /** Offset just after the last character concerned; `text.slice(start, end) === excerpt`. */
  readonly end: number;
  readonly excerpt: string;
  readonly message: string;
  /** What the figures give (a percentage computed from counts, a sum of parts). */
  readonly expected?: number;
  /** What the author wrote. */
  readonly actual?: number;
  /** The message's parameters, for callers that write their own messages. */
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * Options of {@link checkNarrative}.
 *
 * @category Validation
 * @example
 * ```ts
 * const options: NarrativeOptions = { locale: "en", includeChecks: true };
 * ```
 */
export interface NarrativeOptions {
  /** Message language (Vietnamese by default). */
  readonly locale?: Locale;
  /** Also return the checks that passed, with severity `info`. */
  readonly includeChecks?: boolean;
  /**
   * {@link checkDocument} stops reading paragraphs once it has this many findings, and says so
   * (`findings_truncated`, naming the first paragraph not read): a document with thousands of
   * slips needs them fixed, not listed, and listing them costs time. Default: no limit.
   */
  readonly maxFindings?: number;
}

/**
 * The longest text {@link checkNarrative} reads (16 million characters, about 20 MB of
 * Vietnamese): longer text gets one `text_too_long` finding instead of minutes of work.
 *
 * @category Validation
 * @example
 * ```ts
 * MAX_NARRATIVE_LENGTH; // 16000000
 * ```
 */
export const MAX_NARRATIVE_LENGTH = 16_000_000;

/** A finding before its message is written; offsets are into the text view. */
export interface RawFinding {
  readonly code: NarrativeCode;
  readonly start: number;
  readonly end: number;
  readonly params: Readonly<Record<string, unknown>>;
  readonly expected?: number;
  readonly actual?: number;
}
