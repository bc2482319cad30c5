import { hasLongMarkRun } from "../../format/nfc.js";
import type { NarrativeFinding, NarrativeOptions, RawFinding } from "./finding.js";
import { MAX_NARRATIVE_LENGTH, NARRATIVE_SEVERITY } from "./finding.js";
import { narrativeMessage } from "./messages.js";
import type { RuleContext } from "./context.js";
import { controlFindings } from "./rules/controls.js";
import { runRules } from "./rules/index.js";
import { type QuantityStatement, restatedQuantities, quantityStatements } from "./rules/restated.js";
import { type HiddenControl, textView, type ViewKind, viewKind } from "./text-view.js";
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
 * The longest text (UTF-16 units) checked in one piece. V8 puts a string of 65.536 two-byte
 * characters or more (128 kB) in large-object space, where making one costs ~0,7 ms against
 * ~0,015 ms just below (a copy of the text, measured on this project's bench machine): a longer
 * text is checked piece by piece (see {@link SEGMENT_LIMIT}), so no copy of it is ever made. A
 * shorter one is not cut: each piece costs a pass of every rule's set-up (~0,04 ms per piece on
 * the bench's 77 kB report, 59.312 units, which stays whole).
 */
export const WHOLE_LIMIT = 60_000;

/**
 * The longest piece (UTF-16 units) of a text longer than {@link WHOLE_LIMIT}: pieces are cut at
 * paragraph ends that no rule reads across (see {@link segmentEnd}), at the last one within this
 * length, and each is viewed, tokenized and checked alone, so every string made on the way stays
 * well under V8's large-object size; a piece grows past it only when no such paragraph end
 * comes before (real reports have one every 3–17k units).
 */
export const SEGMENT_LIMIT = 32_768;

/** The blanks allowed between a sentence's end and the next paragraph: spaces, tabs, line breaks. */
const isBlank = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isSentenceEnd = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f;
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
const UPPER = /\p{Lu}/u;
const isUpperAt = (text: string, k: number): boolean => {
  const c = text.charCodeAt(k);
  return (c >= 0x41 && c <= 0x5a) || (c > 0x7f && UPPER.test(text[k] ?? ""));
};
/** Headings ("## Phần II") and emphasis ("**Kết quả**") may open a paragraph before its first letter. */
const isOpener = (c: number): boolean => c === 0x23 || c === 0x2a || c === 0x20;
/** How far a sentence next to a cut is looked at for a figure: beyond it, no cut. */
const SENTENCE_REACH = 2000;

/**
 * Whether a paragraph that no rule reads into from the paragraph before starts at `at`: a capital
 * letter (after at most a few "#" or "*"), never a bullet, a marker "(2)", an outline number or a
 * lower-case word, which may continue a list opened by "…04 văn bản:" or a broken sentence.
 */
function opensParagraph(text: string, at: number): boolean {
  let k = at;
  while (k < at + 8 && isOpener(text.charCodeAt(k))) k++;
  return isUpperAt(text, k);
}

/**
 * Whether a sentence surely ends at `k` (the tokenizer's rule, read on the caller's text and
 * only where the view cannot differ): ".", "!" or "?" followed by spaces and a capital, a digit,
 * "(", "-", "+" or a quote; or a line break after one of ".!?;:" (never a soft break).
 */
function endsSentenceAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c === 0x0a) {
    let a = k - 1;
    while (a >= 0 && (text.charCodeAt(a) === 0x20 || text.charCodeAt(a) === 0x0d)) a--;
    const p = text.charCodeAt(a);
    return isSentenceEnd(p) || p === 0x3b || p === 0x3a;
  }
  if (!isSentenceEnd(c) || text.charCodeAt(k + 1) !== 0x20) return false;
  let e = k + 1;
  while (text.charCodeAt(e) === 0x20) e++;
  const n = text.charCodeAt(e);
  return isUpperAt(text, e) || isDigitCode(n) || n === 0x28 || n === 0x2d || n === 0x2b || n === 0x201c || n === 0x22;
}

/**
 * Whether the sentence that ends at `end` (exclusive; scanning back) or starts at `start`
 * (scanning on) holds no digit, so no figure: the rules pair a figure with figures of its own
 * sentence and of the one before at most, so two sentences apart nothing is read together. Looks
 * at most {@link SENTENCE_REACH} characters, and says no beyond them or at a bidi override.
 */
function noFigureBefore(text: string, end: number): boolean {
  for (let k = end - 1; k >= 0 && k >= end - SENTENCE_REACH; k--) {
    const c = text.charCodeAt(k);
    if (isDigitCode(c) || c === 0x202e) return false;
    if ((c === 0x0a || isSentenceEnd(c)) && endsSentenceAt(text, k)) return true;
  }
  return end <= SENTENCE_REACH;
}
function noFigureAfter(text: string, start: number): boolean {
  const stop = Math.min(text.length, start + SENTENCE_REACH);
  for (let k = start; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (isDigitCode(c) || c === 0x202e) return false;
    if ((c === 0x0a || isSentenceEnd(c)) && endsSentenceAt(text, k)) return true;
  }
  return stop === text.length;
}

/**
 * Where the piece of `text` that starts at `from` ends: at most `limit` units on, right after the
 * blanks that follow a line break, where no rule reads across. The line before ends a sentence
 * (".", "!" or "?" as its last character but blanks) and the line after opens a paragraph (see
 * {@link opensParagraph}): a list after ":" continues on lines that open with a bullet or a
 * marker, a soft line break sits after a lower-case letter or a comma, so neither is cut. The
 * last sentence before the break and the first after it hold no figure (rules read a figure's
 * own sentence and the one before; see {@link noFigureBefore}). The piece after the break starts
 * at a base character, never inside a run of combining marks or an override (overrides end at a
 * line break; the line before a cut holds none, as an override reverses the rest of its line).
 * The last such break within `limit`; if none, the first one after it; if none, the end of the
 * text. Linear: each line break is looked at once per call, each sentence at most twice.
 * `overrides`: whether the text holds a right-to-left override at all.
 *
 * @internal
 */
export function segmentEnd(text: string, from: number, limit: number, overrides = text.includes("\u202e")): number {
  const target = from + limit;
  if (target >= text.length) return text.length;
  let runStart = 0;
  /** The end of the blanks around the line break at `nl` if it is a safe cut, else -1; sets `runStart`. */
  const cutAt = (nl: number): number => {
    let a = nl;
    while (a > from && isBlank(text.charCodeAt(a - 1))) a--;
    runStart = a;
    let e = nl + 1;
    while (e < text.length && isBlank(text.charCodeAt(e))) e++;
    if (a <= from || e >= text.length || !isSentenceEnd(text.charCodeAt(a - 1)) || !opensParagraph(text, e)) return -1;
    if (!noFigureAfter(text, e) || !noFigureBefore(text, a - 1)) return -1;
    // An override reverses the rest of its line: the line before must hold none.
    if (overrides && text.slice(text.lastIndexOf("\n", a - 1) + 1, a).includes("\u202e")) return -1;
    return e;
  };
  for (let nl = text.lastIndexOf("\n", target); nl > from; nl = text.lastIndexOf("\n", runStart - 1)) {
    const e = cutAt(nl);
    if (e >= 0) return e;
    if (runStart <= from) break;
  }
  for (let nl = text.indexOf("\n", target); nl >= 0; ) {
    const e = cutAt(nl);
    if (e >= 0) return e;
    let next = nl + 1;
    while (next < text.length && isBlank(text.charCodeAt(next))) next++;
    nl = text.indexOf("\n", next);
  }
  return text.length;
}

/**
 * The findings of one text; `restated` also compares the quantities stated in its different
 * sentences (off when {@link checkDocument} compares them across paragraphs itself, and is given
 * the statements by `onStatements`: offsets into `text`, sentences and paragraphs counted over
 * the whole of it). A text longer than `limit` is checked piece by piece (see
 * {@link SEGMENT_LIMIT}, {@link segmentEnd}), with the same findings as in one piece: the
 * pieces are cut where no rule reads across, each piece is viewed as the whole would be, and the
 * restated quantities are compared once over the statements of all pieces. `whole` (the
 * longest text left in one piece) and `limit` (the longest piece) are parameters for tests: tiny
 * ones cut at every safe paragraph end; `Infinity` never cuts.
 *
 * @internal
 */
export function narrativeFindings<E extends object = object>(
  text: string,
  options: NarrativeOptions,
  restated: boolean,
  onStatements?: (statements: readonly QuantityStatement[]) => void,
  extra?: E,
  limit: number = SEGMENT_LIMIT,
  whole: number = WHOLE_LIMIT,
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
  // The pieces (one, the text itself, when it is short), and how each is viewed: if one piece
  // must be rebuilt (not NFC, or holding invisible characters), the whole text would have been,
  // and so is every piece.
  const starts: number[] = [0];
  const pieces: string[] = [];
  if (text.length <= whole) pieces.push(text);
  else {
    const overrides = text.includes("\u202e");
    for (let from = 0; from < text.length; ) {
      const end = segmentEnd(text, from, limit, overrides);
      pieces.push(text.slice(from, end));
      if (end < text.length) starts.push(end);
      from = end;
    }
  }
  const kinds = pieces.map((p) => viewKind(p));
  const rebuild = kinds.includes("rebuild");
  const views = pieces.map((p, i) => textView(p, rebuild ? "rebuild" : (kinds[i] as ViewKind)));
  if (!kinds.every((k) => k === "plain") && hasLongMarkRun(text)) {
    LONG_RUN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LONG_RUN.exec(text)) !== null) {
      const start = Math.max(0, m.index - 1);
      add({ code: "long_mark_run", start, end: start, params: { length: m[0].length } }, start, start);
    }
  }
  const controls: HiddenControl[] = [];
  views.forEach((v, i) => {
    const at = starts[i] ?? 0;
    for (const c of v.controls) controls.push(at === 0 ? c : { at: c.at + at, char: c.char });
  });
  for (const c of controlFindings(text, controls)) add({ code: "hidden_control", ...c }, c.start, c.end);

  const statements: QuantityStatement[] = [];
  let sentences = 0;
  let paragraphs = 0;
  let last: RuleContext | undefined;
  views.forEach((view, i) => {
    const at = starts[i] ?? 0;
    const tokenized = tokenize(view.text);
    const out: RawFinding[] = [];
    const ctx: RuleContext = { s: view.text, ...tokenized, out, usedPercents: new Set(), claimed: new Set() };
    runRules(ctx);
    if (restated || onStatements !== undefined) {
      for (const st of quantityStatements(ctx)) {
        const [start, end] = view.span(st.start, st.end);
        statements.push({ ...st, start: start + at, end: end + at, sentence: st.sentence + sentences, paragraph: st.paragraph + paragraphs });
      }
      const counts = tokenized.at(view.text.length);
      sentences += counts.sentence;
      paragraphs += counts.paragraph;
    }
    last = ctx;
    const seen = new Set<string>();
    for (const r of out) {
      if (options.includeChecks !== true && NARRATIVE_SEVERITY[r.code] === "info") continue;
      const key = `${r.code}:${r.start}:${r.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const [start, end] = view.span(r.start, r.end);
      add(r, start + at, end + at);
    }
  });
  if (restated && last !== undefined) {
    // Offsets of the statements are already into `text`: so are those of what the rule finds.
    const out: RawFinding[] = [];
    restatedQuantities({ ...last, out }, statements);
    for (const r of out) add(r, r.start, r.end);
  }
  onStatements?.(statements);
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
