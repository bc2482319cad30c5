import { hasLongMarkRun } from "../../format/nfc.js";
import type { NarrativeFinding, NarrativeOptions, RawFinding } from "./finding.js";
import { MAX_NARRATIVE_LENGTH, NARRATIVE_SEVERITY } from "./finding.js";
import { narrativeMessage } from "./messages.js";
import { type RuleContext, upperAt } from "./context.js";
import { controlFindings } from "./rules/controls.js";
import { runRules } from "./rules/index.js";
import { type QuantityStatement, restatedQuantities, quantityStatements } from "./rules/restated.js";
import { type HiddenControl, textView } from "./text-view.js";
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
 * phần trăm"), a comparison or a multiple against its two figures ("cao hơn 12,1 điểm phần trăm
 * so với bình quân cả nước (56,3%)", "gấp 2,5 lần"), a count against the list that follows ("04
 * văn bản: (1) …; (2) …; (3) …", "ba văn bản là A, B và C"), parts listed in the sentence after
 * their total ("Tiếp nhận 4.210 hồ sơ. Trong đó, …", "Cụ thể: …", "Theo lĩnh vực: …"), a score
 * against its components, the same quantity written twice with different values (see
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
 * The longest piece (UTF-16 units) of a text checked at once. V8 puts a string of 65.536 two-byte
 * characters or more (128 kB) in large-object space, where making one costs ~0,7 ms against
 * ~0,015 ms just below (a copy of the text, measured on the bench machine), and the view, the NFC
 * check and the rules each made such copies of a long report. A longer text is cut into pieces
 * at paragraph ends that no rule reads across (see {@link segmentEnd}), at the last one within
 * this length, and each piece is viewed, tokenized and checked alone. Not less: each piece costs a
 * pass of every rule's set-up (~0,04 ms), and the bench's 77 kB report (59.312 units) stays whole.
 * A piece grows past it only when no such paragraph end comes within 65.536 units (real reports
 * have one every 3–28k units).
 */
export const SEGMENT_LIMIT = 60_000;

const isBlank = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isSentenceEnd = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f;
/**
 * How far (UTF-16 units) after a cut no digit may come: farther than any rule looks back from a
 * figure (100 characters for an open parenthesis, 60 for a bound word, …).
 */
const CLEAR = 200;
/** A digit (so a figure) or a right-to-left override (the view reorders what follows it). */
const DIGIT = /[\d\u202e]/g;

/**
 * Where the piece of `text` that starts at `from` ends: right after the blanks that follow a line
 * break, the last such place within `limit` units (or the first one after if none, or the end of
 * the text) where no rule reads across. The line before ends a sentence (".", "!" or "?" as its
 * last character but blanks); the line after opens with a capital (after at most a few "#" or
 * "*" of a heading or emphasis; never a bullet, a marker "(2)", an outline number or a lower-case
 * word, which may continue a list opened by "…04 văn bản:" or a broken sentence); and no digit,
 * so no figure, comes before the end of that line's first sentence nor within {@link CLEAR}
 * units: the rules read a figure with the figures of its own sentence and of the one before, and
 * text at most `CLEAR` units before it. Such a break is a paragraph break (never a soft one), and
 * the piece after it starts at a base character, never inside a run of combining marks or an
 * override (overrides end at a line break). Linear: the next digit and the next sentence end are
 * found once for all the line breaks before them.
 *
 * @internal
 */
export function segmentEnd(text: string, from: number, limit: number): number {
  const n = text.length;
  let best = n;
  if (from + limit >= n) return n;
  let digit = -1;
  let stop = -1;
  for (let nl = text.indexOf("\n", from); nl >= 0; ) {
    let a = nl;
    while (a > from && isBlank(text.charCodeAt(a - 1))) a--;
    let e = nl + 1;
    while (e < n && isBlank(text.charCodeAt(e))) e++;
    if (e > from + limit && best < n) break;
    let k = e;
    while (k < e + 8 && (text.charCodeAt(k) === 0x23 || text.charCodeAt(k) === 0x2a || text.charCodeAt(k) === 0x20)) k++;
    if (a > from && e < n && isSentenceEnd(text.charCodeAt(a - 1)) && upperAt(text, k)) {
      if (digit < e) {
        DIGIT.lastIndex = e;
        digit = DIGIT.exec(text)?.index ?? n;
      }
      // The end of the line's first sentence: a line break or a capital after ".", "!" or "?".
      for (stop = Math.max(stop, e); stop < digit; stop++) {
        if (!isSentenceEnd(text.charCodeAt(stop))) continue;
        let c = stop + 1;
        while (text.charCodeAt(c) === 0x20) c++;
        if (text.charCodeAt(c) === 0x0a || upperAt(text, c)) break;
      }
      if (digit > stop && digit >= e + CLEAR) {
        best = e;
        if (e > from + limit) break;
      }
    }
    nl = text.indexOf("\n", e);
  }
  return best;
}

/**
 * The findings of one text; `restated` also compares the quantities stated in its different
 * sentences (off when {@link checkDocument} compares them across paragraphs itself, and is given
 * the statements by `onStatements`: offsets into `text`, sentences and paragraphs counted over
 * the whole of it). A text longer than `limit` is checked piece by piece (see
 * {@link SEGMENT_LIMIT}, {@link segmentEnd}), with the same findings as in one piece: the
 * pieces are cut where no rule reads across, each piece is viewed as the whole would be, and the
 * restated quantities are compared once over the statements of all pieces. `limit` is a
 * parameter for tests: a tiny one cuts at every safe paragraph end; `Infinity` never cuts.
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
): (NarrativeFinding & E)[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const locale = options.locale ?? "vi";
  // `extra` (where the text sits in a document) is written into each finding as it is made, not
  // copied in afterwards: a hostile paragraph can give tens of thousands of findings.
  const findings: (NarrativeFinding & E)[] = [];
  // Written field by field in the order a spread gave (`extra`'s fields first): the spreads of
  // `extra` and of the optional `expected` / `actual` ran V8's slow copy and made two objects
  // more per finding, and a hostile text gives tens of thousands of findings.
  const add = (r: RawFinding, start: number, end: number) => {
    const severity = NARRATIVE_SEVERITY[r.code];
    if (severity === "info" && options.includeChecks !== true) return;
    const f = (extra === undefined ? {} : Object.assign({}, extra)) as Record<string, unknown>;
    f.code = r.code;
    f.severity = severity;
    f.start = start;
    f.end = end;
    f.excerpt = text.slice(start, end);
    f.message = narrativeMessage(r.code, r.params, locale);
    if (r.expected !== undefined) f.expected = r.expected;
    if (r.actual !== undefined) f.actual = r.actual;
    f.params = r.params;
    findings.push(f as NarrativeFinding & E);
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
  if (text.length <= limit) pieces.push(text);
  else {
    for (let from = 0; from < text.length; ) {
      const end = segmentEnd(text, from, limit);
      pieces.push(text.slice(from, end));
      if (end < text.length) starts.push(end);
      from = end;
    }
  }
  let views = pieces.map((p) => textView(p));
  if (views.length > 1 && views.some((v) => v.rebuilt)) views = pieces.map((p) => textView(p, true));
  if (!views.every((v) => v.plain) && hasLongMarkRun(text)) {
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
  views.forEach((view, i) => {
    const at = starts[i] ?? 0;
    const tokenized = tokenize(view.text);
    const out: RawFinding[] = [];
    const ctx: RuleContext = { s: view.text, ...tokenized, out, usedPercents: new Set(), claimed: new Set(), checks: options.includeChecks === true };
    runRules(ctx);
    if (restated || onStatements !== undefined) {
      // Only the statements that can conflict when they are compared within this one piece; every
      // one for checkDocument (compared across paragraphs) and for a text cut into pieces.
      for (const st of quantityStatements(ctx, onStatements === undefined && views.length === 1)) {
        const [start, end] = view.span(st.start, st.end);
        // A statement already placed in `text` (the first piece of a view that keeps its offsets)
        // is kept as it is: a spread copies every field, for each of a text's statements.
        const moved = start + at !== st.start || end + at !== st.end || sentences !== 0 || paragraphs !== 0;
        statements.push(moved ? { ...st, start: start + at, end: end + at, sentence: st.sentence + sentences, paragraph: st.paragraph + paragraphs } : st);
      }
      const counts = tokenized.at(view.text.length);
      sentences += counts.sentence;
      paragraphs += counts.paragraph;
    }
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
  if (restated) {
    // Offsets of the statements are already into `text`: so are those of what the rule finds
    // (the rule reads nothing of its context but `out`).
    const out: RawFinding[] = [];
    restatedQuantities({ out } as unknown as RuleContext, statements);
    for (const r of out) add(r, r.start, r.end);
  }
  onStatements?.(statements);
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
