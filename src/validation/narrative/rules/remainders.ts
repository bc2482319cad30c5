/**
 * A total, the part of it done, and what remains: "thụ lý 120 vụ, đã giải quyết 100 vụ (đạt
 * 83,3%), còn lại 20 vụ"; "tiếp nhận 1.250 hồ sơ; đã giải quyết 1.180 hồ sơ, đang giải quyết 70
 * hồ sơ"; "tổng số … là 640; đã … 600, số … còn … là 40"; "niêm yết 2.350 cử tri; đi bầu 2.310,
 * có 40 cử tri không tham gia"; "đạt 97%, còn 3% …". The remainder is the figure whose clause
 * opens on "còn (lại)", "chưa", "đang" or "số … còn … là", or whose unit is followed by "chưa",
 * "đang", "không"; the done part is the figure of the same kind (count or percentage) just
 * before it in its sentence; the total a figure before the done part in the same sentence, or in
 * the sentence before (" … 611 tin …. Trong đó, …; đã chuyển 6 nguồn tin, còn lại phải giải
 * quyết 605 nguồn tin"), and for a percentage 100%. There may be more parts (done, in progress,
 * not started): the figures between the total and the remainder.
 *
 * The done part may be written in words ("đã thi hành xong năm bản án, số … còn … là 49").
 *
 * Precision first: every reading of the chain is tried (the total, or two figures that add up
 * to it, against the last part or the last parts, plus the remainder; a figure after the
 * sentence's first is a total only of parts it opens), and the remainder is reported only when
 * none holds. Changes ("tăng 20 so với …", "giảm còn …"), averages, a year, figures of another
 * unit, figures inside a parenthesis the remainder is not in, a "chưa X" that names another
 * predicate than the done part's ("đã có tài khoản … chưa có thẻ") and a remainder another rule
 * already judged are not read. Approximation words widen each figure to its interval (XBRL
 * rounding, as everywhere); shares of three parts or more may miss 100% by one point.
 *
 * Speed: only a figure that follows a figure of its kind in its sentence is read, and its
 * clause is searched for a marker by character code before any slice or pattern.
 */
import { type Interval, intervalsMeet, sumIntervals } from "../../interval.js";
import { figureKind as kindOf, letterAt, type RuleContext, sentenceEndWithin, tokenIndex, written } from "../context.js";
import type { RawFinding } from "../finding.js";
import type { FigureToken, Token } from "../tokens.js";
import { figureInterval, sameUnit } from "./breakdowns.js";
import { acrossItems, clauseWhole } from "./readings/changes.js";
import { sharedPair } from "./readings/shares.js";

type Fig = FigureToken;

/** How far back the total may be (characters), and how many figures a chain holds at most. */
const REACH = 360;
const MAX_CHAIN = 6;

/**
 * "còn lại" a few words before the remainder: "còn lại 20", "còn lại phải giải quyết 605", "số
 * còn lại là 20" — not "… thẻ còn lại để hoàn thành mục tiêu 50 triệu" (another figure).
 */
const LEFT = /(?:^|[^\p{L}])còn lại(?:[ ]+(?!(?:để|cho|của|với|theo|tại|và|mục|trong|trên|so)(?![\p{L}]))[^\d ,;:()]+){0,4}[ ]*:?[ ]*$/u;
/**
 * A clause opening on "còn": "còn 20", "hiện còn 20", "còn tồn 20", "còn phải giải quyết 20",
 * "số hồ sơ còn tồn đọng là 20" — not "giảm còn 20", not "còn xã B có 20".
 */
const STILL = /^[ ]*(?:(?:và|nhưng|hiện|vẫn|nay|hiện nay|đến nay|tính đến nay)[ ]+)*(?:số(?:[ ]+[^\d ,;:()]+){0,6}[ ]+|(?:án|hồ sơ|vụ việc|đơn)[ ]+(?=còn tồn))?còn(?:[ ]+(?:tồn(?: đọng)?|thiếu|nợ|phải(?:[ ]+[^\d ,;:()]+){0,3}|chưa(?:[ ]+[^\d ,;:()]+){0,4}|đang(?:[ ]+[^\d ,;:()]+){0,4}))?(?:[ ]+là)?[ ]*:?[ ]*$/u;
/** A clause opening on "chưa …" or "đang …": "đang giải quyết 70", "chưa được giải quyết 12". */
const PENDING = /^[ ]*(?:và[ ]+|còn[ ]+|có[ ]+)?(?:chưa|đang)(?:[ ]+[^\d ,;:()]+){1,5}[ ]*:?[ ]*$/u;
/** After the remainder and its unit: "12 hồ sơ chưa …", "70 hồ sơ đang …", "40 cử tri không …". */
const PENDING_AFTER = /^[ ]*(?:[^\d ,;:.()]+[ ]+){0,4}(?:chưa|đang|không)(?![\p{L}])/u;
/** The words that open a sentence on the parts of the total before it ("Trong đó, …", "Cụ thể: …"). */
const PART_OPENERS = ["trong đó", "trong số", "cụ thể", "bao gồm", "gồm"];
/** Whether the 40 characters before `at` hold a word that opens on parts (no regex). */
function opensOnPartsBefore(s: string, at: number): boolean {
  const lead = s.slice(Math.max(0, at - 40), at).toLowerCase();
  return PART_OPENERS.some((w) => lead.includes(w));
}
/** Between a total and the parts it opens. */
const OPENS_PARTS = /(?:^|[^\p{L}])(?:trong đó|trong số|gồm|cụ thể|riêng)(?![\p{L}])|[(:]/u;
/** Unit words that are function words ("20 trên 30"): no unit. */
const FUNCTION_WORD = /^(?:so|với|ở|tại|của|là|trong|thuộc|do|cho|được|đã|từ|lên|xuống|và|trên|tương|chưa|đang|không|còn)(?: |$)/u;

const unitOf = (t: Fig): string => (t.kind === "number" && !FUNCTION_WORD.test(t.unit) ? t.unit : "");

/** People counted by their role in a remainder's wording ("niêm yết 2.350 người; … 40 cử tri không …"). */
const MORE_PEOPLE = /^(?:cử tri|thí sinh|bị can|bị cáo|phạm nhân|người dân|công dân)(?: |$)/u;
/** "Năm 2025, …": a year opening a sentence is no count ("năm 2025" is a label to the tokenizer). */
const YEAR = /(?:^|[^\p{L}])[Nn]ăm[ ]*$/u;

/** Two units count the same thing: one is missing, or they share a word ("tin tố" and "nguồn tin"). */
function compatible(a: Fig, b: Fig): boolean {
  const ua = unitOf(a);
  const ub = unitOf(b);
  if (ua === "" || ub === "" || ua === ub || sameUnit(ua, ub)) return true;
  if ((ua === "người" && MORE_PEOPLE.test(ub)) || (ub === "người" && MORE_PEOPLE.test(ua))) return true;
  const wb = ub.split(" ");
  return ua.split(" ").some((w) => w.length > 1 && wb.includes(w));
}

/** The interval of the sum of `figs[from..to]`. */
const sumOf = (figs: readonly Fig[], from: number, to: number): Interval => sumIntervals(figs.slice(from, to + 1).map(figureInterval));


/** ",", ";", ":", "(", line break, ".": where a clause opens (the character after it). */
const opensClause = (c: number): boolean => c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x0a || c === 0x2e;
/** How far before a remainder its marker may open ("số vụ việc còn đang theo dõi là 49"), and after it. */
const BACK = 28;
const AHEAD = 28;
/** How close to its clause's opening a remainder marked after it stands ("có 40 cử tri không …"). */
const NEAR = 14;

/**
 * Whether a marker word has its rare letter at `i`: "còn", "chưa", "đang" and, with `not`,
 * "không", in any case (read by character code: no slice, no regex).
 */
function markerAt(s: string, i: number, not: boolean): boolean {
  const c = s.charCodeAt(i);
  if (c === 0xf2) return (s.charCodeAt(i - 1) | 0x20) === 0x63 && s.charCodeAt(i + 1) === 0x6e;
  if (c === 0x1b0) return s.charCodeAt(i - 1) === 0x68 && (s.charCodeAt(i - 2) | 0x20) === 0x63 && s.charCodeAt(i + 1) === 0x61;
  if (c === 0x111 || c === 0x110) return s.charCodeAt(i + 1) === 0x61 && s.charCodeAt(i + 2) === 0x6e && s.charCodeAt(i + 3) === 0x67;
  return not && c === 0xf4 && s.charCodeAt(i - 1) === 0x68 && (s.charCodeAt(i - 2) | 0x20) === 0x6b && s.charCodeAt(i + 1) === 0x6e;
}

/** Where the clause holding `i` opens, looking back no further than `floor`. */
function clauseStart(s: string, i: number, floor: number): number {
  for (let j = i - 1; j >= floor; j--) {
    const c = s.charCodeAt(j);
    if (c <= 0x3b && opensClause(c)) return j + 1;
  }
  return floor;
}

/**
 * Whether the figure at `k` is a remainder by its words. Asked of every figure: one bounded pass
 * back to its clause's opening looks for a marker by character code (no slice, no regex), and
 * the words are read only when one is there.
 */
export function isRemainder(ctx: RuleContext, k: number): boolean {
  const { s, tokens } = ctx;
  const r = tokens[k] as Fig;
  const from = r.from;
  const floor = Math.max(k > 0 ? (tokens[k - 1] as Token).end : 0, from - BACK);
  let open = floor;
  let marked = false;
  for (let i = from - 1; i >= floor; i--) {
    const c = s.charCodeAt(i);
    if (c <= 0x3b && opensClause(c)) {
      open = i + 1;
      break;
    }
    // Only the rare letters call out (most Vietnamese letters are above 0xF2 too).
    if ((c === 0xf2 || c === 0x1b0 || c === 0x111 || c === 0x110) && markerAt(s, i, false)) {
      marked = true;
      // The clause may open further back than the marker was looked for ("số bản án còn đang …").
      open = clauseStart(s, i, Math.max(k > 0 ? (tokens[k - 1] as Token).end : 0, from - 2 * BACK));
      break;
    }
  }
  // The words after the figure count only for a clause that opens right before it ("có 40 cử tri không …").
  const near = from - open <= NEAR && (open > floor || floor > from - BACK);
  let tail = false;
  if (!marked && near) {
    const stop = Math.min(s.length, r.end + AHEAD);
    for (let j = r.end; j < stop && !tail; j++) {
      const c = s.charCodeAt(j);
      if (c <= 0x3b && opensClause(c)) break;
      if (c === 0xf4 || c === 0x1b0 || c === 0x111) tail = markerAt(s, j, true);
    }
  }
  if (!marked && !tail) return false;
  const own = s.slice(open, from).toLowerCase();
  // "(trong đó có 370 hồ sơ chưa …)": a part of the figure before, not what remains of it.
  if (own.includes("trong") || own.includes("gồm") || own.includes("riêng")) return false;
  // Each pattern only where its word is (they backtrack).
  const still = own.includes("còn");
  if (still && (LEFT.test(own) || STILL.test(own))) return true;
  if (!still && (own.includes("chưa") || own.includes("đang")) && PENDING.test(own)) return true;
  return near && PENDING_AFTER.test(s.slice(r.end, Math.min(s.length, r.end + AHEAD + 6)).toLowerCase());
}

/** Whether the figure `t` sits in a parenthesis that closes before `pos` (a figure after it is outside). */
function closedBefore(s: string, t: Token, pos: number): boolean {
  let depth = 0;
  for (let i = t.end; i < pos; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29 && --depth < 0) return true;
  }
  return false;
}

/** Words that, right before a figure, make it a change, an average or a comparison (not a part). */
const CHANGE_WORDS = ["tăng", "giảm", "thêm", "hơn", "bình quân", "trung bình", "mỗi", "gấp", "vượt", "từ", "xuống", "lên"];

/** Whether a figure is a change, an average or the earlier figure of a comparison (not a part); no regex: asked of every figure of a chain. */
function notAPart(s: string, t: Fig): boolean {
  if (t.fig.decimals === 0 && t.fig.value >= 1900 && t.fig.value <= 2100 && YEAR.test(s.slice(Math.max(0, t.from - 6), t.from))) return true;
  const lead = s.slice(Math.max(0, t.from - 16), t.from).trimEnd().toLowerCase();
  for (const w of CHANGE_WORDS) if (lead.endsWith(w) && !letterAt(lead, lead.length - w.length - 1)) return true;
  // "… 3.700 hồ sơ so với …": the earlier figure of a comparison, within its clause.
  const after = s.slice(t.end, t.end + 40);
  let stop = 0;
  while (stop < after.length && !"0123456789,;.()\n".includes(after[stop] as string)) stop++;
  const clause = after.slice(0, stop);
  const at = Math.max(clause.indexOf("so với"), clause.indexOf("cùng kỳ"));
  return at >= 0 && at <= 24;
}

/** How far before the remainder a done part in words may be ("đã thi hành xong năm bản án, số … là 49"). */
const SPELLED_REACH = 120;
/** A cheap pre-test for {@link SPELLED}: one of its words, then a space (no lookbehind, no Unicode classes). */
const MAY_SPELL = /(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) /;
const WORD_VALUES: Readonly<Record<string, number>> = { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
/** A count in words and its unit: "năm bản án", "ba hồ sơ" (not "trong năm", "năm 2025"). */
const SPELLED = /(?<![\p{L}])(?<!(?:trong|hằng|mỗi|cả|của|từ|đến|nay|sau|trước|này) )(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ ]+(\p{Ll}+(?: \p{Ll}+)?)/gu;

/** The last count written in words in [from, to) whose unit is the remainder's or the total's kind, as a figure. */
function inWords(s: string, from: number, to: number, rem: Fig): Fig | undefined {
  if (to - from > REACH) return undefined;
  const gap = s.slice(from, to);
  SPELLED.lastIndex = 0;
  let found: Fig | undefined;
  for (let m = SPELLED.exec(gap); m !== null; m = SPELLED.exec(gap)) {
    const word = (m[1] as string).toLowerCase();
    const unit = m[2] as string;
    if (/^(?:nay|qua|trước|sau|học|tài|đầu|cuối|tới|mươi|trăm|nghìn|ngàn|triệu|tỷ)(?: |$)/u.test(unit)) continue;
    const start = from + m.index;
    const end = start + word.length;
    const fig = { start, end, raw: word, value: WORD_VALUES[word] ?? 0, decimals: 0, malformed: false };
    const f = { kind: "number", start, end, from: start, fig, qualifier: undefined, unit, label: false } as const;
    if (compatible(f, rem)) found = f;
  }
  return found;
}

const NOT_YET = /(?:^|[^\p{L}])chưa[ ]+(?:được[ ]+)?(\p{L}+)(?:[ ]+(\p{L}+))?/u;
/**
 * "đã giải quyết 1.180, chưa giải quyết 70": what is not yet done is what the done part did. "đã
 * có tài khoản 800 hộ, 300 hộ chưa có thẻ ngân hàng" counts another thing: the two words after
 * "chưa" (past "được") must be in the done part's clause.
 */
function samePredicate(s: string, rem: Fig, done: Fig): boolean {
  const near = s.slice(Math.max(0, rem.from - BACK), sentenceEndWithin(s, rem.end, AHEAD)).toLowerCase();
  const m = near.includes("chưa") ? NOT_YET.exec(near) : null;
  if (m === null) return true;
  const around = s.slice(Math.max(0, done.from - BACK), sentenceEndWithin(s, done.end, AHEAD)).toLowerCase();
  return around.includes(m[2] === undefined ? (m[1] as string) : `${m[1]} ${m[2]}`) || (m[2] !== undefined && around.includes(`${m[1]}`) && around.includes(` ${m[2]}`));
}

/**
 * The levels a sentence that opens on its remainder ("Còn tồn 24 vụ …", "Án còn tồn 1.194 vụ …")
 * is the rest of: the counts of its kind in the nearest sentence before it that holds any (a
 * sentence of changes only, "thụ lý giảm 26 vụ, giải quyết giảm 21 vụ", is passed over), at most two
 * sentences back and {@link REACH} characters away; none unless that sentence holds exactly two (a
 * total and its done part: "Và hiện còn khoảng 800 nhà" after a list of places is no such rest) and
 * the remainder opens its own sentence. Brief r6: real-sentences-7.json's tune half.
 */
function earlierLevels(ctx: RuleContext, k: number, rem: Fig): Fig[] {
  const { s, tokens } = ctx;
  const sentence = ctx.sentence[k] as number;
  const out: Fig[] = [];
  let at = -1;
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    const sj = ctx.sentence[j] as number;
    if (rem.from - t.end > REACH || sentence - sj > 2 || (at >= 0 && sj !== at)) break;
    if (kindOf(t) !== "count" || !compatible(t as Fig, rem) || notAPart(s, t as Fig)) continue;
    at = sj;
    if (out.length < MAX_CHAIN) out.unshift(t as Fig);
  }
  if (out.length !== 2) return [];
  // The remainder opens its sentence: no clause before it there ("Ngoài ra, còn 8 lao động …" adds).
  const lead = s.slice(k > 0 ? (tokens[k - 1] as Token).end : 0, rem.from);
  const open = Math.max(lead.lastIndexOf(". "), lead.lastIndexOf("\n"));
  return /[,;:()]/u.test(lead.slice(open + 1)) ? [] : out;
}

/** The rule. */
export function checkRemainders(ctx: RuleContext): void {
  const { s, tokens } = ctx;
  // The sentence of the last count and of the last percentage seen: a remainder follows its done
  // part, a figure of its kind, in its sentence, so only figures after one are read (a quarter
  // of the figures of real prose), and the words before them only then.
  let countIn = -1;
  let percentIn = -1;
  for (const k of tokenIndex(ctx).figures) {
    const r = tokens[k] as Token;
    // The kind read once (tokens come in several shapes; each property read costs).
    const kd = r.kind;
    if ((kd !== "number" && kd !== "percent") || (kd === "number" && r.label)) continue;
    const sentence = ctx.sentence[k] as number;
    const after = kd === "number" ? countIn === sentence : percentIn === sentence;
    if (kd === "number") countIn = sentence;
    else percentIn = sentence;
    // "… thụ lý 77 vụ, giải quyết 53 vụ. So với cùng kỳ, thụ lý giảm 26 vụ, giải quyết giảm 21 vụ. Còn
    // tồn 24 vụ …": a sentence that opens on its remainder takes the total and the done part from
    // the sentences before it (earlier).
    const opening = !after && kd === "number" && (k === 0 || ctx.sentence[k - 1] !== sentence);
    if ((!after && !opening) || !isRemainder(ctx, k)) continue;
    const kind = kd === "number" ? "count" : "percent";
    const rem = r as Fig;
    // "đang giải quyết 70, chưa giải quyết 12": the last remainder of a run judges the chain.
    const n = tokens[k + 1];
    if (kindOf(n) === kind && ctx.sentence[k + 1] === ctx.sentence[k] && (n as Token).start - rem.end < 80 && isRemainder(ctx, k + 1)) continue;
    // The figures before it: the chain of its sentence (parts and total), and the sentence before (totals).
    const chain: Fig[] = [];
    const before: Fig[] = [];
    for (let j = k - 1; j >= 0; j--) {
      const t = tokens[j] as Token;
      if (ctx.paragraph[j] !== ctx.paragraph[k] || rem.from - t.end > REACH) break;
      const same = ctx.sentence[j] === sentence;
      if (!same && ctx.sentence[j] !== sentence - 1) break;
      if (kindOf(t) !== kind) continue;
      const f = t as Fig;
      if (!compatible(f, rem) || notAPart(s, f)) continue;
      // A count in a parenthesis closed before the remainder is a part of its own figure.
      if (kind === "count" && closedBefore(s, f, rem.from)) continue;
      if (same) {
        if (chain.length < MAX_CHAIN) chain.unshift(f);
      } else if (kind === "count" && before.length < MAX_CHAIN) before.push(f);
    }
    if (opening && (chain.length > 0 || (chain.push(...earlierLevels(ctx, k, rem)), chain.length < 2))) continue;
    if (opening) before.length = 0;
    // "đã thi hành xong năm bản án, số … còn … là 49": a done part in words, after the last figure.
    // Only in the clause or two before the remainder, and only when a count word is there at all.
    const gapFrom = Math.max(chain.length > 0 ? (chain[chain.length - 1] as Fig).end : 0, rem.from - SPELLED_REACH);
    const spelled = kind === "count" && MAY_SPELL.test(s.slice(gapFrom, rem.from)) ? inWords(s, gapFrom, rem.from, rem) : undefined;
    if (spelled !== undefined) chain.push(spelled);
    let done = chain[chain.length - 1];
    if (done === undefined) continue;
    // The parts and total count what the done part counts ("16 quyết định" is not among "bản án").
    if (unitOf(done) !== "") {
      const d = done;
      const kept = chain.filter((f) => compatible(f, d));
      chain.length = 0;
      chain.push(...kept);
      for (let i = before.length - 1; i >= 0; i--) if (!compatible(before[i] as Fig, d)) before.splice(i, 1);
      done = d;
    }
    if (!samePredicate(s, rem, done)) continue;
    const R = figureInterval(rem);
    const m = chain.length;
    let ok = false;
    let total: Fig | undefined;
    let expected = 0;
    let parts: Fig[] = [done];
    let totals: Fig[] = [];
    if (kind === "percent") {
      // A share done and the share left make the whole: 100%.
      // Shares of three parts or more, each rounded, are often a point off 100% in real reports.
      const whole = { low: 100, high: 100 };
      const loose = { low: 99, high: 101 };
      if (done.fig.value >= 100) continue;
      const all = chain.reduce((a, p) => a + p.fig.value, 0);
      if (m > 1 && all < 100) parts = chain;
      for (let l = 0; l < m && !ok; l++) {
        ok = intervalsMeet(sumIntervals([sumOf(chain, l, m - 1), R]), l < m - 1 ? loose : whole);
        if (ok) parts = chain.slice(l);
      }
      expected = 100 - parts.reduce((a, p) => a + p.fig.value, 0);
    } else {
      // Every reading: figures i..j add up to the total, figures l..m-1 are the parts before the
      // remainder; or a figure of the sentence before is the total. The one that holds is named.
      let held: [Fig[], Fig[]] | undefined;
      // A figure after the sentence's first is a total only of parts it opens ("đã giải quyết 450,
      // trong đó đúng hạn 430, còn 20 quá hạn"): "đã hoàn thành 29, đang thực hiện 11, chưa thực
      // hiện 18" does not make 29 the total of the two after it.
      for (let i = 0; i < m - 1 && !held; i++) {
        for (let j = i; j < m - 1 && !held; j++) {
          const T = sumOf(chain, i, j);
          for (let l = j + 1; l < m && !held; l++) {
            if (i > 0 && !OPENS_PARTS.test(s.slice((chain[j] as Fig).end, (chain[l] as Fig).from))) continue;
            if (intervalsMeet(T, sumIntervals([sumOf(chain, l, m - 1), R]))) held = [chain.slice(i, j + 1), chain.slice(l)];
          }
        }
      }
      for (const T of before) for (let l = 0; l < m && !held; l++) if (intervalsMeet(figureInterval(T), sumIntervals([sumOf(chain, l, m - 1), R]))) held = [[T], chain.slice(l)];
      held ??= clauseWhole(s, chain, R);
      // The reading reported: the sentence's first figure as the total and the figures after it as
      // the parts, or only the done part when they exceed it; the sentence before holds the total
      // when this one opens on its parts ("Trong đó, …") or on the done part.
      const first = chain[0] as Fig;
      const opensOnParts = !(m > 1 && first.fig.value > done.fig.value) || opensOnPartsBefore(s, first.from);
      if (m > 1 && first.fig.value > done.fig.value && !opensOnParts) {
        total = first;
        parts = sumOf(chain, 1, m - 1).high < first.fig.value ? chain.slice(1) : [done];
      } else {
        total = before.find((t) => t.fig.value > done.fig.value);
        parts = total !== undefined && sumOf(chain, 0, m - 1).high < total.fig.value ? chain : [done];
      }
      if (total === undefined) continue;
      totals = [total];
      if (held !== undefined) {
        ok = true;
        [totals, parts] = held;
        total = totals[0];
      }
      expected = totals.reduce((a, p) => a + p.fig.value, 0) - parts.reduce((a, p) => a + p.fig.value, 0);
    }
    // A figure already judged by another rule (a breakdown, a sum) is not judged twice: by a
    // finding that covers it and ends in its sentence. One that runs on into the next sentence
    // read it as the whole of a part there ("còn lại 23 vụ.\nSố vụ cháy: 494 vụ"), not as a
    // remainder; what follows a sentence never changes how it is read.
    const start = Math.min(totals[0]?.from ?? done.from, (parts[0] as Fig).from);
    const ends = sentenceEndWithin(s, rem.end, 400) + 1;
    let judged = false;
    for (let i = ctx.out.length - 1; i >= 0 && !judged; i--) {
      const f = ctx.out[i] as RawFinding;
      judged = f.start <= rem.from && f.end >= rem.end && f.end <= ends;
    }
    if (judged || (!ok && (acrossItems(s, start, rem.from) || sharedPair(ctx, k, done)))) continue;
    const join = (figs: readonly Fig[]): string => {
      const w = figs.map((p) => written(ctx, { start: p.from, end: p.end }));
      return w.length === 1 ? (w[0] as string) : `(${w.join(" + ")})`;
    };
    const params = {
      total: total === undefined ? "100%" : join(totals),
      part: join(parts),
      stated: written(ctx, { start: rem.from, end: rem.end }),
      computed: expected,
    };
    ctx.out.push({ code: ok ? "remainder_consistent" : "remainder_mismatch", start, end: rem.end, params, expected, actual: rem.fig.value });
  }
}
