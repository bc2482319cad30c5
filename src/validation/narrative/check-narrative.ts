import type { NarrativeFinding, NarrativeOptions, RawFinding } from "./finding.js";
import { NARRATIVE_SEVERITY } from "./finding.js";
import { narrativeMessage } from "./messages.js";
import type { RuleContext } from "./context.js";
import { checkBreakdowns } from "./rules/breakdowns.js";
import { checkFigures } from "./rules/figures.js";
import { checkRatios } from "./rules/ratios.js";
import { checkScores } from "./rules/scores.js";
import { textView } from "./text-view.js";
import { tokenize } from "./tokens.js";

/**
 * Checks the figures written in Vietnamese prose: a fraction against its stated percentage
 * ("956/959 hồ sơ đạt tỷ lệ 99,7%", "x trên tổng số y … (đạt z%)"), a total against its listed
 * parts ("tiếp nhận 281.757 hồ sơ, trong đó trực tuyến 174.927 hồ sơ, trực tiếp 106.830 hồ sơ"),
 * a part against its whole ("55/50"), a score against its components ("đạt 92,62 điểm … 18/18
 * điểm; 18/22 điểm …"), malformed numbers ("3.002648") and impossible dates ("31/02/2026").
 *
 * Stated figures are judged with the XBRL interval rule (see {@link isConsistent}), so rounding
 * never raises an alarm, and approximation words are honoured ("hơn", "trên", "gần", "dưới",
 * "khoảng", "xấp xỉ", "gần như"). Dates, document numbers ("35/2021/QH15", "06/QĐ-TTg",
 * "3425/UBND-NC", "57-NQ/TW"), ranges ("2026-2030"), ordinal markers ("(1)") and footnote marks
 * are never read as fractions. Never throws; the text may be NFC or NFD and may carry Markdown
 * emphasis (`**92,62**`).
 *
 * @category Validation
 * @summary Find arithmetic slips in a report's prose.
 * @param text - One paragraph (or more) of report prose.
 * @param options - `locale` of the messages (`"vi"` by default, or `"en"`); `includeChecks: true`
 *   also returns the checks that passed, as `info` findings.
 * @returns The problems found, in text order; offsets are into `text`, and
 *   `text.slice(start, end) === excerpt`.
 * @example
 * ```ts
 * checkNarrative("trả đúng hạn 956/959 hồ sơ đạt tỷ lệ 99,7%"); // []
 * checkNarrative("trả đúng hạn 956/959 hồ sơ đạt tỷ lệ 99,8%");
 * // [{ code: "percent_mismatch", severity: "error", excerpt: "956/959 hồ sơ đạt tỷ lệ 99,8%",
 * //    message: "Tỷ lệ ghi 99,8% không khớp với 956/959 = 99,69%.", expected: 99.687…, actual: 99.8, … }]
 * checkNarrative("ngày 31/02/2026", { locale: "en" })[0]?.code; // "impossible_date"
 * ```
 */
export function checkNarrative(text: string, options: NarrativeOptions = {}): NarrativeFinding[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const view = textView(text);
  const tokenized = tokenize(view.text);
  const out: RawFinding[] = [];
  const ctx: RuleContext = { s: view.text, ...tokenized, out, usedPercents: new Set() };
  checkFigures(ctx);
  checkRatios(ctx);
  checkBreakdowns(ctx);
  checkScores(ctx);

  const locale = options.locale ?? "vi";
  const seen = new Set<string>();
  const findings: NarrativeFinding[] = [];
  for (const r of out) {
    const severity = NARRATIVE_SEVERITY[r.code];
    if (severity === "info" && options.includeChecks !== true) continue;
    const key = `${r.code}:${r.start}:${r.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const start = view.toOriginal(r.start);
    const end = Math.max(start, view.toOriginal(r.end));
    findings.push({
      code: r.code,
      severity,
      start,
      end,
      excerpt: text.slice(start, end),
      message: narrativeMessage(r.code, r.params, locale),
      ...(r.expected !== undefined ? { expected: r.expected } : {}),
      ...(r.actual !== undefined ? { actual: r.actual } : {}),
      params: r.params,
    });
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
