import { hasLongMarkRun } from "../../format/nfc.js";
import type { NarrativeFinding, NarrativeOptions, RawFinding } from "./finding.js";
import { MAX_NARRATIVE_LENGTH, NARRATIVE_SEVERITY } from "./finding.js";
import { narrativeMessage } from "./messages.js";
import type { RuleContext } from "./context.js";
import { controlFindings } from "./rules/controls.js";
import { runRules } from "./rules/index.js";
import { restatedQuantities, quantityStatements } from "./rules/restated.js";
import { textView } from "./text-view.js";
import { tokenize } from "./tokens.js";

const LONG_RUN = /[\p{M}\u1160-\u11ff]{31,}/gu;

/**
 * Checks the figures written in Vietnamese prose: a fraction against its stated percentage
 * ("956/959 hồ sơ đạt tỷ lệ 99,7%", "x trên tổng số y … (đạt z%)"), a total against its listed
 * parts ("tiếp nhận 281.757 hồ sơ, trong đó trực tuyến 174.927 hồ sơ, trực tiếp 106.830 hồ sơ")
 * or the parts in its parentheses ("85 điểm (52 điểm ở xã và 43 điểm ở phường)"), a part against
 * its whole ("55/50", "riêng …", "số xã đã …"), an average against its figures ("12 lớp với
 * 1.830 học viên, bình quân 172 học viên/lớp"), a stated change against its two figures ("tăng
 * 520 hồ sơ so với tháng trước (3.700 hồ sơ)", "tăng 30% (từ 2.000 lên 2.400)", "tăng 2,1 điểm
 * phần trăm"), a count against the list that follows ("04 văn bản: (1) …; (2) …; (3) …"), a
 * score against its components, the same quantity written twice with different values (see
 * {@link checkDocument}), malformed numbers ("3.002648"), impossible dates ("31/02/2026") and
 * invisible characters inside figures (a right-to-left override that makes "%8,99" display as
 * "99,8%": the figure is read as displayed).
 *
 * Stated figures are judged with the XBRL interval rule (see {@link isConsistent}), so rounding
 * never raises an alarm, and approximation words widen the tolerance without switching the
 * check off ("hơn", "trên", "gần", "dưới", "khoảng", "xấp xỉ", "gần như"). Dates, document
 * numbers ("35/2021/QH15", "06/QĐ-TTg", "3425/UBND-NC", "57-NQ/TW"), ranges ("2026-2030"),
 * ordinal markers ("(1)") and footnote marks are never read as fractions. Never throws; time is
 * linear in the text; the text may be NFC or NFD and may carry Markdown emphasis (`**92,62**`).
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
  return narrativeFindings(text, options, true);
}

/**
 * The findings of one text; `restated` also compares the quantities stated in its different
 * sentences (off when {@link checkDocument} compares them across paragraphs itself).
 *
 * @internal
 */
export function narrativeFindings<E extends object = object>(
  text: string,
  options: NarrativeOptions,
  restated: boolean,
  onStatements?: (ctx: RuleContext, toOriginal: (start: number, end: number) => readonly [number, number]) => void,
  extra?: E,
): (NarrativeFinding & E)[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const locale = options.locale ?? "vi";
  // `extra` (where the text sits in a document) is written into each finding as it is made, not
  // copied in afterwards: a hostile paragraph can give tens of thousands of findings.
  const findings: (NarrativeFinding & E)[] = [];
  const add = (r: RawFinding, start: number, end: number) => {
    const severity = NARRATIVE_SEVERITY[r.code];
    if (severity === "info" && options.includeChecks !== true) return;
    findings.push({
      ...(extra as E),
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
  };
  if (text.length > MAX_NARRATIVE_LENGTH) {
    add({ code: "text_too_long", start: 0, end: 0, params: { length: text.length, max: MAX_NARRATIVE_LENGTH } }, 0, 0);
    return findings;
  }
  const view = textView(text);
  if (!view.plain && hasLongMarkRun(text)) {
    LONG_RUN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LONG_RUN.exec(text)) !== null) {
      const start = Math.max(0, m.index - 1);
      add({ code: "long_mark_run", start, end: start, params: { length: m[0].length } }, start, start);
    }
  }
  for (const c of controlFindings(text, view.controls)) add({ code: "hidden_control", ...c }, c.start, c.end);
  const tokenized = tokenize(view.text);
  const out: RawFinding[] = [];
  const ctx: RuleContext = { s: view.text, ...tokenized, out, usedPercents: new Set(), claimed: new Set() };
  runRules(ctx);
  if (restated) restatedQuantities(ctx, quantityStatements(ctx));
  onStatements?.(ctx, view.span);

  const seen = new Set<string>();
  for (const r of out) {
    if (options.includeChecks !== true && NARRATIVE_SEVERITY[r.code] === "info") continue;
    const key = `${r.code}:${r.start}:${r.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const [start, end] = view.span(r.start, r.end);
    add(r, start, end);
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
