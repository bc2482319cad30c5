/**
 * A stated change against the two figures it is the change between: "tiếp nhận 4.120 hồ sơ,
 * tăng 520 hồ sơ so với tháng trước (3.700 hồ sơ)" (4.120 − 3.700 = 420), "tăng 30% (từ 2.000
 * lên 2.400)" (20%), "đạt 85,2%, tăng 2,1 điểm phần trăm so với cùng kỳ (83,1%)", "giảm 5 điểm
 * phần trăm (từ 90% xuống 85%)". The two figures are "từ B lên/xuống A" next to the change, or
 * the figure just before the change (A) and the one after it introduced by "so với …" or a
 * parenthesis (B). A change with only one figure ("tăng 800 hồ sơ so với cùng kỳ") is not
 * checked. "tăng" must be an increase and "giảm" a decrease; rounded figures ("1,5 triệu") and
 * approximation words ("khoảng 20%", "hơn 500") are judged with their intervals.
 *
 * Comparisons read the same way: a gap ("đạt 68,4%, cao hơn 12,1 điểm phần trăm so với bình quân
 * cả nước (56,3%)", "nhiều hơn", "thấp hơn", "ít hơn", "vượt … so với kế hoạch (…)") is a change
 * with the direction of its word; a multiple ("gấp 2,5 lần", "gấp đôi", "tăng 3 lần") is the
 * quotient of the two figures (`multiple_mismatch`), and "bằng 85% so với cùng kỳ (…)" the
 * quotient as a percentage (`ratio_mismatch`). "gần gấp đôi", "gấp hơn 2 lần" widen the
 * tolerance and keep the check.
 */
import { type Interval, intervalsMeet as meets } from "../../interval.js";
import { anchoredMatches, endsWord, figureKind as kindOf, intervalOf, isCount, lastWordIn, type MarkerMatch, operandInterval, type RuleContext, sentenceEndWithin, startsWord, tokenAt, tokenIndex, writeLike, written } from "../context.js";
import type { FigureToken, Token } from "../tokens.js";
import { figureInterval, sameUnit } from "./breakdowns.js";
import { approximateInterval } from "../approximate.js";
import { amountOfChange, changeAmount, changeEnds, changeEquals, changeInterval, changeWithAmount, levelAfter, notLevels, otherSubject } from "./readings/changes.js";
import { tradeBalances } from "./readings/balances.js";
import { pairedChanges } from "./readings/pairs.js";

const MARKER = /[Tt]ăng|[Gg]iảm|[Gg]ấp(?: đôi)?/y;
/**
 * What "gấp đôi" holds, opening with a rare letter (see {@link anchoredMatches}): the one marker
 * that names its figure. The others are found from the figure after them ({@link changeMarkers}).
 */
const NAMED_ANCHOR = ["ấp đôi"];
/** Every character a match of MARKER may open with (keep in step with it: other starts are not tried). */
const OPENS = "TtGg";
/** The words LEAD allows between a marker and its figure, each ending at a figure's blanks. */
const LEAD_WORDS = ["thêm", "được", "là", ":"];
/** The comparison words read before a figure: "cao hơn 12,1", "vượt 12%", "bằng 85%". */
const BEFORE_FIGURE = /(?:^|[^\p{L}])((?:cao|nhiều|thấp|ít) hơn|vượt|bằng) *$/iu;
/** An approximation word before "gấp": "gần gấp đôi", "khoảng gấp 3 lần" ("gấp hơn 2 lần" is the figure's own). */
const APPROX_BEFORE = /(gần|khoảng) $/u;
/** Between the marker and the change: "tăng thêm", "giảm khoảng", "tăng:". */
const LEAD = /^[ ]*(?:thêm|được|là|:)?[ ]*$/u;
const POINTS = /^[ ]*(?:điểm[ ]+phần[ ]+trăm|điểm[ ]*%|đpt)/iu;
/** What introduces the earlier figure after the change. */
const COMPARED = /(?:so với|cùng kỳ|tháng trước|năm trước|kỳ trước|quý trước|trước đó|\()/iu;
/** A clause break or a breakdown between the change and a later figure: that figure is another one. */
const SEPARATED = /[;,](?![^(]*\))|(?<![\p{L}])(?:trong đó|gồm|riêng|đạt|chiếm)(?![\p{L}])/iu;
/**
 * "tăng 11,25% so với cùng kỳ (khách quốc tế khoảng 210.000 lượt, tăng 7,45%; …)": a figure with
 * a change of its own in its clause is a part that changed too, not the earlier figure.
 */
const OWN_CHANGE = /^[^();]*(?:tăng|giảm)/iu;
const COMPARED_BEFORE = /(?:cùng kỳ|so với|tháng trước|năm trước|kỳ trước|quý trước)[^\d;]{0,12}$/iu;
const FROM_WORD: ReadonlySet<string> = new Set(["từ"]);
/** "từ 2.000": the word before a figure is "từ" (no regex tried at every position). */
const FROM_BEFORE = { test: (text: string): boolean => lastWordIn(text, FROM_WORD) };
const TO_GAP = /^[ \p{L}%]*?(?:lên|xuống|đến|tới|thành|còn)[ ]*(?:mức[ ]+)?$/iu;
const FUNCTION_WORD = /^(?:so|với|ở|tại|của|là|trong|thuộc|do|cho|được|đã|từ|lên|xuống|và|trên|tương)(?: |$)/u;
const REACH = 140;
/**
 * "tăng 7,08% so với 6 tháng đầu năm 2021": a count of months or quarters that names a period
 * ("6 tháng đầu năm", "9 tháng năm 2023", "quý cuối năm") is when the figures are, not one of them.
 */
const PERIOD_UNIT = /^(?:tháng|quý) (?:đầu|cuối|năm)$/u;
/**
 * "tăng 8,89% so với năm 2021 (vượt kế hoạch đề ra là từ 7,0% đến 7,5%)": a range after a plan
 * word is the target, not the two figures of the change.
 */
const PLAN = /kế hoạch|mục tiêu|chỉ tiêu|dự kiến|dự báo|phấn đấu|đề ra/iu;

type Fig = FigureToken;
type Kind = "count" | "percent";

const unitOf = (t: Fig): string => (t.kind === "number" && !FUNCTION_WORD.test(t.unit) ? t.unit : "");
const compatible = (a: Fig, b: Fig): boolean => unitOf(a) === "" || unitOf(b) === "" || sameUnit(unitOf(a), unitOf(b));

/** "từ B lên A" among the tokens [lo, hi) of one sentence. */
function fromTo(ctx: RuleContext, lo: number, hi: number): [Fig, Fig] | undefined {
  const { tokens, s } = ctx;
  for (let k = Math.max(0, lo); k + 1 < hi && k + 1 < tokens.length; k++) {
    const b = tokens[k] as Token;
    const a = tokens[k + 1] as Token;
    const kb = kindOf(b);
    if (kb === undefined || kb !== kindOf(a) || !FROM_BEFORE.test(s.slice(Math.max(0, (b as Fig).from - 8), (b as Fig).from))) continue;
    if (!TO_GAP.test(s.slice(b.end, (a as Fig).from))) continue;
    return [b as Fig, a as Fig];
  }
  return undefined;
}

/**
 * Whether a stretch of text closes a parenthesis it did not open: the figure on its far side is
 * outside the parenthesis that holds the other end ("(tăng 261 xã so với cuối năm 2021) và 83
 * xã" — 83 is the next part, not the earlier figure).
 */
function closesOuter(gap: string): boolean {
  let depth = 0;
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29 && --depth < 0) return true;
  }
  return false;
}

/**
 * "so với cùng kỳ (năm 2017 đạt 90,4%)", "(cùng kỳ đạt 1.100 lượt)": inside the parenthesis, the
 * earlier period and "đạt" introduce the earlier figure; that "đạt" is no clause of its own (brief
 * r6: real-sentences-7.json's tune half, three times on one page).
 */
const PERIOD_REACHED = /\([ ]*(?:cùng kỳ|năm|kỳ trước|tháng trước|quý trước)[^()\d]{0,16}(?:\d{4})?[ ]*(?:đạt|là)[ ]*:?[ ]*$/iu;
/** "(năm 2017: 190,5%)": a year after "năm" names when the earlier figure was, it is not one. */
const yearAt = (s: string, t: Extract<Token, { kind: "number" }>): boolean => t.unit === "" && /^(?:19|20)\d\d$/u.test(t.fig.raw) && /năm[ ]*$/iu.test(s.slice(Math.max(0, t.from - 6), t.from));

const diff = (a: Interval, b: Interval): Interval => ({ low: a.low - b.high, high: a.high - b.low });

// ------------------------------------------------------------- a change given twice
// "xảy ra 925 vụ …. So với cùng kỳ giảm 106 vụ (giảm 10,28%)": the change as a count and as a
// percentage of the earlier figure, which is not written: it is the current figure minus the
// change ("tăng") or plus it ("giảm"). The current figure is the count of the same thing before the change, in its
// paragraph, at most 400 characters back; among several ("làm chết 485 người, bị thương 647
// người … giảm 74 người bị thương"), the one whose words the change repeats.

/**
 * Count change, then its percentage in a parenthesis or after "tương ứng (với)" / "tương đương": "giảm 106 vụ
 * (giảm 10,28%)", "tăng 7 vụ (6,1%)", "giảm 324 vụ, tương ứng với 4,2% so với năm 2022", "tăng 2,15
 * điểm (tương đương 0,44%)".
 */
const PCT_AFTER = /^(?:[^\d()]{0,32}\((?: *tương (?:đương|ứng)(?: với)?)?|[^\d();]{0,24}(?:tương ứng|tương đương)(?: với)?(?: t[ỷỉ] lệ)?) *([tg]\p{L}+|[-+−])? *$/iu;
const words = (t: string): string[] => t.toLowerCase().split(/[^\p{L}]+/u);

/** The current figure a count change `d` (token `k`) is the change of, or undefined when unsure. */
function currentOf(ctx: RuleContext, k: number, d: Fig, at: number, text: () => string): Fig | undefined {
  const { s, tokens } = ctx;
  const unit = unitOf(d);
  const found: Fig[] = [];
  for (let j = k - 1; j >= 0 && unit; j--) {
    const t = tokens[j] as Token;
    if (ctx.paragraph[j] !== ctx.paragraph[k] || at - t.end > 400) break;
    if (isCount(t) && sameUnit(unitOf(t), unit) && !/(?:tăng|giảm|thêm) *$/iu.test(s.slice(t.from - 6, t.from))) found.push(t);
  }
  if (found.length < 2) return found[0];
  // "khu vực …: 503 vụ, giảm 65 vụ": the count the change's clause directly follows.
  const [near] = found;
  if (near && /^[^\d,;.()]{0,12},?[ ]*$/u.test(s.slice(near.end, at))) return near;
  // Several: the one whose words (before it, and its unit) the change repeats, if only one does.
  const want = words(text()).filter((w) => !unit.includes(w));
  let best: Fig | undefined;
  let top = 0;
  let tie = false;
  for (const t of found) {
    const own = words(`${s.slice(t.from - 30, t.from).split(/[,;.(\d]/u).pop()} ${unitOf(t)}`);
    const score = want.filter((w) => own.includes(w)).length;
    if (score > top) [best, top, tie] = [t, score, false];
    else tie ||= score === top;
  }
  return tie ? undefined : best;
}

/** The words a count's own clause gives it: those before it in its clause, and its unit. */
const levelWords = (s: string, t: Fig): string[] => words(`${s.slice(Math.max(0, t.from - 30), t.from).split(/[,;.(\d]/u).pop()} ${unitOf(t)}`);

/** Whether `now`, a token before the change at `k` (within {@link currentOf}'s reach), stands in an earlier sentence. */
function acrossSentence(ctx: RuleContext, k: number, now: Fig): boolean {
  for (let j = k - 1; j >= 0; j--) if (ctx.tokens[j] === now) return ctx.sentence[j] !== ctx.sentence[k];
  return false;
}

/** Checks the shape at a change marker; whether it was this shape (and so judged). */
function changeGivenTwice(ctx: RuleContext, at: number, word: string, sign: number, k: number): boolean {
  const { s, tokens } = ctx;
  const d = tokens[k] as Fig;
  const p = tokens[k + 1] as Fig | undefined;
  if (!p || ctx.sentence[k + 1] !== ctx.sentence[k]) return false;
  const gap = s.slice(d.end, p.from);
  let now: Fig | undefined;
  let g: RegExpExecArray | null;
  if (isCount(d) && p.kind === "percent" && (g = PCT_AFTER.exec(gap))) {
    if (g[1] && (/^[t+]/iu.test(g[1]) ? 1 : -1) !== sign) return false;
    // "tương ứng với 4,2% so với năm 2022" is the change; "tương ứng 3,2% tổng số vụ" a share.
    if (!gap.includes("(") && !/^ *(?:[),.;\n]|$|so )/u.test(s.slice(p.end, p.end + 4))) return false;
    // "tăng 2,15 điểm (tương đương 0,44%), đạt mức 493,93 điểm": the level the change reached, after it.
    now = levelAfter(ctx, k + 1, d) ?? currentOf(ctx, k, d, at, () => `${s.slice(Math.max(0, at - 60), at).split(/[,;.)]/u).pop()} ${gap}`);
  } else return false;
  if (!now) return false;
  // "… khám phá 35 vụ phạm tội …. Tuy nhiên, … số vụ án giảm 171 vụ (giảm 32,2%)": a level from an
  // earlier sentence only when the change's own subject, if it names one, is that level's.
  if (acrossSentence(ctx, k, now) && otherSubject(s, at, unitOf(d), levelWords(s, now))) return true;
  const a = figureInterval(now);
  const c = changeInterval(d);
  // The earlier figure: now − change ("tăng") or now + change ("giảm").
  const lo = a.low - sign * (sign > 0 ? c.high : c.low);
  const hi = a.high - sign * (sign > 0 ? c.low : c.high);
  if (lo <= 0) return true;
  const base = now.fig.value - sign * d.fig.value;
  const computed = (d.fig.value * 100) / base;
  // A percentage to two decimals or more may be cut rather than rounded ("tăng 07 vụ tương ứng với
  // 4,60%": 7 ÷ 152 = 4,605…) and, written bare, be one unit of its last decimal off either way
  // ("giảm 13 người tương ứng 1,34%": 13 ÷ 979 = 1,328%; such rates come from tables whose base is a
  // revised figure of the year before, real-sentences-7.json's held half): so small a gap is no slip.
  const st = approximateInterval(p.fig, p.qualifier);
  const unit = p.fig.decimals >= 2 ? 10 ** -p.fig.decimals : 0;
  const [below, above] = p.qualifier === undefined ? [unit, unit] : [0, unit / 2];
  const ok = meets({ low: (c.low * 100) / hi, high: (c.high * 100) / lo }, { low: st.low - below, high: st.high + above });
  report(ctx, ok, "change_percent_mismatch", word, p, now, writeLike(ctx, now.fig, base), computed, Math.min(now.from, at), Math.max(p.end, d.end, now.end));
  return true;
}

/** Pushes the finding on a stated change (`stated`) against the current figure and the earlier one. */
function report(ctx: RuleContext, ok: boolean, code: Code, word: string, stated: Fig, now: Fig, before: string, computed: number, start: number, end: number): void {
  const params = { direction: word, stated: written(ctx, { start: stated.from, end: stated.end }), now: written(ctx, now.fig), before, computed };
  ctx.out.push({ code: ok ? "change_consistent" : code, start, end, params, expected: computed, actual: stated.fig.value });
}
type Code = "difference_mismatch" | "change_percent_mismatch" | "point_change_mismatch";

/**
 * "so với cùng kỳ năm trước (khách quốc tế khoảng 210.000 lượt, …)": a figure named by a category
 * inside the parenthesis is a part of the current figure, not the earlier one ("(cùng kỳ năm
 * 2025: 3.700)", "(quý IV/2025: 5.123)" name only a time).
 */
const namedInParenthesis = (gap: string): boolean => {
  const open = gap.lastIndexOf("(");
  let inner = gap.slice(open).replace(/năm|tháng|cùng|trước/giu, "");
  // "vượt 43,3% kế hoạch năm (kế hoạch là 15 nghìn người)": the plan named before the parenthesis,
  // named again in it, is the earlier figure (brief r6: real-sentences-6.json's tune half).
  const plan = PLAN_NAME.exec(gap.slice(0, open))?.[0];
  if (plan !== undefined) inner = inner.replace(plan, "");
  return /\([^\d()]*\p{L}{4}/u.test(inner);
};
/** The plan a gap compares with: "kế hoạch", "chỉ tiêu", "dự toán", "mục tiêu". */
const PLAN_NAME = /kế hoạch|chỉ tiêu|dự toán|mục tiêu/iu;

/**
 * "đạt tỷ lệ bao phủ 86,5% dân số, thấp hơn 4,5% so với chỉ tiêu UBND tỉnh giao (91%)": a rate
 * set as a target, written after the change and its plan word, is exact as set, not a rounded
 * measure ("91%" is not 90,5%–91,5%). Read as rounded, the gap "5,4%" fit a relative change
 * (100 − 86,5 ÷ 91,5 = 5,5%) and went unflagged (brief r7: real-sentences-6.json's tune half).
 * Only a percentage with no approximation word, after the change.
 */
function targetAfter(s: string, change: Fig, before: Fig): boolean {
  return before.kind === "percent" && before.qualifier === undefined && before.from > change.end && PLAN_NAME.test(s.slice(change.end, before.from));
}

/**
 * The matches of MARKER, as `anchoredMatches(s, ["ăng", "ảm", "gấp"], MARKER, 2, OPENS)` finds them,
 * that the rule reads, in order: "gấp đôi" wherever it is, and "tăng", "giảm", "gấp" only where
 * a count or percentage follows them as the rule asks (only blanks, and one of LEAD's words, in
 * between). Found from the figures rather than by three scans of the whole text for their
 * words: on prose most of them ("tăng cường", "giảm thiểu", "năng lực"…) have no figure after.
 * The same matches: the anchored scan finds every whole word "tăng", "Tăng", "giảm", "Giảm",
 * "gấp" and "gấp đôi" (not "Gấp": its anchor "gấp" is in lower case), and no two of these
 * words overlap, so none blocks another; a match the loop below would pass over (no figure of
 * the rule's kinds right after it) is left out, which changes nothing.
 */
function changeMarkers(ctx: RuleContext): MarkerMatch[] {
  const { s, tokens } = ctx;
  const out = anchoredMatches(s, NAMED_ANCHOR, MARKER, 2, OPENS, [[1]]).filter((m) => s.slice(m.index, m.end) === "gấp đôi");
  for (const i of tokenIndex(ctx).figures) {
    const t = tokens[i] as Token;
    if (kindOf(t) === undefined) continue;
    const from = (t as Fig).from;
    // Where a marker would end: before the blanks before the figure, or before a LEAD word and its blanks.
    let after = from;
    while (s.charCodeAt(after - 1) === 0x20) after--;
    // Those words end in "m", "c", "à" or ":": no `endsWith` before any other letter.
    const end = s.charCodeAt(after - 1);
    if (end === 0x6d || end === 0x63 || end === 0xe0 || end === 0x3a) {
      for (const word of LEAD_WORDS) {
        if (!s.endsWith(word, after)) continue;
        after -= word.length;
        while (s.charCodeAt(after - 1) === 0x20) after--;
        break;
      }
    }
    // The figure must be the first token at or after the marker's end, as `tokenAt` finds it.
    if (i > 0 && (tokens[i - 1] as Token).start >= after) continue;
    const last = s.charCodeAt(after - 1);
    // "tăng", "giảm" end in "g", "m" and take four letters; "gấp", lower case, in "p" and three.
    const length = last === 0x67 || last === 0x6d ? 4 : last === 0x70 && s.charCodeAt(after - 3) === 0x67 ? 3 : 0;
    const start = after - length;
    if (length === 0 || start < 0 || !startsWord(s, start) || !endsWord(s, after)) continue;
    MARKER.lastIndex = start;
    if (!MARKER.test(s) || MARKER.lastIndex !== after) continue;
    out.push({ index: start, end: after });
  }
  // In text order, as the scan gave them (no two start at one place).
  return out.sort((a, b) => a.index - b.index);
}

/** The rule. */
export function checkDifferences(ctx: RuleContext): void {
  const { s, tokens } = ctx;
  // "tăng", "giảm", "gấp" are found from the figures after them (and "gấp đôi" in the text); the
  // comparisons that a figure follows ("cao hơn 12,1", "vượt 12%", "bằng 85%") from the
  // figures, whose qualifier already says "hơn": a needle scan per word cost more than the whole
  // rule did.
  const found: MarkerMatch[] = changeMarkers(ctx);
  // "xuất khẩu 4,32 tỷ USD, nhập khẩu 3,234 tỷ USD (xuất siêu 1,086 tỷ USD)": a balance, the gap of two flows.
  tradeBalances(ctx);
  // "110 tử vong. So với cùng kỳ (58.177/21) … tử vong tăng 89 ca": changes against an earlier pair.
  pairedChanges(ctx);
  for (const i of tokenIndex(ctx).figures) {
    const t = tokens[i] as Token;
    if (t.kind !== "number" && t.kind !== "percent") continue;
    let e = t.qualifier === "hơn" ? t.from + 3 : t.from;
    while (s.charCodeAt(e - 1) === 0x20) e--;
    // The comparison words end in "n", "t" or "g" after "ơ", "ợ" or "n" ("hơn", "vượt", "bằng"; the
    // letter before in either case, as the pattern ignores case; "o" passes too): read by code, as a
    // letter read as a string is a new string per figure, and most figures need no regex.
    const last = s.charCodeAt(e - 1);
    const prev = s.charCodeAt(e - 2) | 1;
    if (last === 0x6e ? prev !== 0x1a1 : last === 0x74 ? prev !== 0x1ee3 : last !== 0x67 || (prev | 0x20) !== 0x6f) continue;
    const b = BEFORE_FIGURE.exec(s.slice(Math.max(0, e - 12), e));
    if (b) found.push({ index: e - (b[1] as string).length, end: e });
  }
  for (const m of found) {
    const word = s.slice(m.index, m.end).toLowerCase();
    const sign = /^(?:gi|th|ít)/.test(word) ? -1 : 1;
    const after = m.end;
    // The change is the token at \`at\`, or the marker's own word ("gấp đôi": no token; the
    // figures after it start at \`next\`, as they would after a token).
    const at = tokenAt(ctx, after);
    const named = word === "gấp đôi";
    const times = word.startsWith("gấp");
    let change = tokens[at] as Fig;
    let next = at + 1;
    if (named) {
      change = { kind: "number", start: after, end: after, from: after, fig: { value: 2, decimals: 0, end: after }, unit: "lần" } as unknown as Fig;
      next = at;
    } else if (kindOf(change) === undefined || !LEAD.test(s.slice(after, change.from))) continue;
    // "giảm 106 vụ (giảm 10,28%)": the change as a count and as a percentage of the unwritten earlier figure.
    if (!named && !times && (changeGivenTwice(ctx, m.index, word, sign, at) || changeEquals(ctx, m.index, word, sign, at))) continue;
    const dKind = kindOf(change) as Kind;
    // "gấp 2,5 lần", "tăng 3 lần": a multiple; "bằng 85%": the share of the earlier figure.
    const multiple = change.kind === "number" && (times || change.unit.startsWith("lần"));
    if ((times && !multiple) || (word === "bằng" && dKind !== "percent")) continue;
    // "cao hơn 12,1": that "hơn" is the marker's, not an approximation word; "gần gấp đôi".
    const qualifier = change.from < after ? undefined : (change.qualifier ?? (multiple ? (APPROX_BEFORE.exec(s.slice(m.index - 9, m.index))?.[1] as Fig["qualifier"]) : undefined));
    const points = dKind === "count" && POINTS.test(s.slice(change.fig.end, change.fig.end + 20));
    const sentence = ctx.sentence[at];
    let lo = at;
    while (lo > 0 && ctx.sentence[lo - 1] === sentence && change.start - (tokens[lo - 1] as Token).end < REACH) lo--;
    let hi = next;
    while (hi < tokens.length && ctx.sentence[hi] === sentence && (tokens[hi] as Token).start - change.end < REACH) hi++;
    // The two figures: "từ B lên A" after or before the change, else A before and B after.
    let pair = changeEnds(ctx, next) ?? fromTo(ctx, next, hi);
    if (pair !== undefined && PLAN.test(s.slice(change.end, pair[0].from))) pair = undefined;
    pair ??= fromTo(ctx, lo, at);
    if (pair === undefined) {
      let a: Fig | undefined;
      let aIndex = -1;
      for (let j = at - 1; j >= lo; j--) {
        const t = tokens[j] as Token;
        if (t.kind === "number" && t.label) continue;
        const kind = kindOf(t);
        if (kind === undefined) break;
        a = t as Fig;
        aIndex = j;
        break;
      }
      let b: Fig | undefined;
      let amount: Fig | undefined;
      for (let j = next; j < hi; j++) {
        const t = tokens[j] as Token;
        if (t.kind === "number" && (t.label || yearAt(s, t))) continue;
        if (kindOf(t) === undefined) continue;
        if (changeAmount(s, (t as Fig).from, dKind === "percent" ? word : undefined) && amountOfChange(s, (t as Fig).from, a, m.index)) amount = t as Fig;
        const gap = s.slice(change.end, (t as Fig).from);
        if (COMPARED.test(gap) && !SEPARATED.test(gap.replace(PERIOD_REACHED, "(")) && !closesOuter(gap) && !namedInParenthesis(gap) && !OWN_CHANGE.test(s.slice(t.end, sentenceEndWithin(s, t.end, 40)))) b = t as Fig;
        break;
      }
      if (amount !== undefined) { changeWithAmount(ctx, word, sign, change, a, amount, m.index); continue; }
      // "đạt 79,8% (cùng kỳ 73,6%), tăng 8,2 điểm phần trăm": the earlier figure before the change.
      if (b === undefined && a !== undefined) {
        const j = aIndex;
        const prev = tokens[j - 1];
        if (j > lo && kindOf(prev) === kindOf(a) && COMPARED_BEFORE.test(s.slice(Math.max(0, a.from - 24), a.from))) {
          b = a;
          a = prev as Fig;
        }
      }
      if (a === undefined || b === undefined || notLevels(s, a, b, points)) continue;
      // Between A and the change only the change's clause: "4.120 hồ sơ, tăng …".
      // A in a parenthesis that closed before the change is a figure of another clause.
      const lead = s.slice(a.end, m.index);
      if (/[;]|(?<![\p{L}])(?:trong đó|gồm|riêng)(?![\p{L}])/iu.test(lead) || closesOuter(lead)) continue;
      pair = [b, a];
    }
    const [before, now] = pair;
    if ((before.kind === "number" && PERIOD_UNIT.test(before.unit)) || (now.kind === "number" && PERIOD_UNIT.test(now.unit))) continue;
    // The two figures count the same thing: "478.600 lượt … (lũy kế 2 tháng …)" is no change.
    if (kindOf(before) !== kindOf(now) || !compatible(before, now)) continue;
    const nowI = now.kind === "percent" ? intervalOf(now) : operandInterval(now);
    const beforeI = targetAfter(s, change, before) ? { low: before.fig.value, high: before.fig.value } : before.kind === "percent" ? intervalOf(before) : operandInterval(before);
    const stated = approximateInterval(change.fig, qualifier);
    if (before.fig.value === 0 && (multiple || dKind === "percent")) continue;
    const dI = diff(nowI, beforeI);
    const signed = sign > 0 ? dI : { low: -dI.high, high: -dI.low };
    // A as a percentage of B, and the change from B to A in percent, as intervals.
    const q = { low: (nowI.low * 100) / beforeI.high, high: (nowI.high * 100) / Math.max(beforeI.low, 1e-9) };
    const rel = sign > 0 ? { low: q.low - 100, high: q.high - 100 } : { low: 100 - q.high, high: 100 - q.low };
    const ratio = (now.fig.value * 100) / before.fig.value;
    let code: "difference_mismatch" | "change_percent_mismatch" | "point_change_mismatch" | "multiple_mismatch" | "ratio_mismatch" = "change_percent_mismatch";
    const gap = sign * (now.fig.value - before.fig.value);
    let computed = sign * (ratio - 100);
    let ok: boolean;
    if (multiple) {
      code = "multiple_mismatch";
      computed = ratio / 100;
      // "gần gấp đôi" is below two, but not far below; "tăng 2 lần" is "gấp 2" or "gấp 3".
      const iv = { low: (qualifier === "gần" ? change.fig.value * 0.8 : stated.low) * 100, high: stated.high * 100 };
      ok = meets(q, iv) || (!times && meets(rel, iv));
    } else if (word === "bằng") {
      code = "ratio_mismatch";
      computed = ratio;
      ok = meets(q, stated);
    } else if (dKind === "count" && !points) {
      if (!compatible(change, now) || !compatible(change, before) || kindOf(now) !== "count") continue;
      code = "difference_mismatch";
      computed = gap;
      ok = meets(signed, stated);
    } else if (points) {
      if (kindOf(now) !== "percent") continue;
      code = "point_change_mismatch";
      computed = gap;
      ok = meets(signed, intervalOf({ fig: change.fig, qualifier }));
    } else {
      // Two percentages: the author may mean points, not a relative change.
      ok = meets(rel, stated) || (kindOf(now) === "percent" && meets(signed, stated));
    }
    if (!ok && notLevels(s, now, before, points)) continue;
    const start = Math.min(change.from, now.from, before.from, m.index);
    const end = Math.max(change.end, now.end, before.end);
    const nowText = written(ctx, now.fig);
    const beforeText = written(ctx, before.fig);
    // \`part\` and \`whole\` name the two figures for the message of "bằng 85%" (\`ratio_mismatch\`).
    const params = {
      direction: word,
      stated: named ? change.fig.value : written(ctx, { start: Math.max(change.from, after), end: change.end }),
      now: nowText,
      before: beforeText,
      part: nowText,
      whole: beforeText,
      computed,
    };
    ctx.out.push({ code: ok ? "change_consistent" : code, start, end, params, expected: computed, actual: change.fig.value });
  }
}
