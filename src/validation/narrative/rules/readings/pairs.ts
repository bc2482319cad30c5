/**
 * Changes read against an earlier period's figures written as a pair in parentheses, "(a/b)":
 * "ghi nhận 281.189 ca mắc, 110 tử vong. So với cùng kỳ năm 2021 (58.177/21) số mắc tăng 4,8
 * lần, tử vong tăng 89 ca", "số nhập viện là 7.582/1, so với tuần trước (8.811/2) giảm 13,9%",
 * "đã tiếp 866 lượt/964 lượt người … giảm 146 lượt, 127 lượt người (năm trước 1.012 lượt/1.091
 * lượt người)". The current figures are a pair written the same way, or the two figures listed
 * just before the parenthesis; the changes (one or two, in the clause of the pair) are read
 * first with first, second with second. One change alone may be either member's.
 */
import { intervalsMeet as meets } from "../../../interval.js";
import { type RuleContext, written } from "../../context.js";
import type { Token } from "../../tokens.js";
import { approximateInterval } from "../../approximate.js";
import { parseViNumber } from "../../parse-number.js";
import type { NarrativeCode } from "../../finding.js";

interface Member { readonly value: number; readonly start: number; readonly end: number }
interface Pair { readonly first: Member; readonly second: Member; readonly from: number; readonly to: number; readonly end: number }

/** "866 lượt/964": a figure, its unit at most, a slash, a figure. */
const SLASH_GAP = /^(?:[ ]+\p{L}+){0,2}\/$/u;
/** The words that make "a/b" a share, a score, a number or a period, not two figures. */
const NOT_PAIR = /(?:tỷ lệ|tỉ lệ|đạt|số|quyết định|nghị định|thông tư|công văn|tuần|ngày|tháng|năm|điểm|trên)[ ]*$/iu;
const YEAR = /^(?:19|20)\d\d$/u;
/** What opens the parenthesis of the earlier pair: "(", "(cùng kỳ ", "(6 tháng đầu năm 2019 đã tiếp ". */
const OPENED = /\([^()]{0,60}$/u;
/** What closes it: the unit, then ")". */
const CLOSED = /^(?:[ ]+\p{L}+){0,3}[ ]*\)/u;
/** A change word just before its figure: "tăng 4,8", "giảm thêm 146", "gấp". */
const CHANGE_WORD = /(?<![\p{L}])(tăng|giảm|gấp)(?:[ ]+(?:thêm|gần|hơn|khoảng|là))?[ ]*$/iu;
/** A second change listed after the first: "giảm 146 lượt tiếp, 127 lượt người". */
const LISTED = /^(?:[ ]+\p{L}+){0,3}[ ]*(?:,|và)[ ]*$/u;
/** A rate named before the change, in its clause. */
const RATE_BEFORE = /(?<![\p{L}])(?:tỷ|tỉ)[ ]+lệ(?![\p{L}])[^,;.()]*$/iu;
/** After the second of two listed current figures: its unit, then the clause ends. */
const LISTED_END = /^(?:[ ]+\p{L}+){0,5}[ ]*[.,;:]/u;
/** The earlier period named between the current figures and the pair. */
const COMPARED = /(?<![\p{L}])(?:so với|cùng kỳ|trước)(?![\p{L}])/iu;
const COMPARED_ALL = new RegExp(COMPARED.source, "giu");
/** Two current figures listed: "281.189 trường hợp mắc, 110 tử vong". */
const TWO_LISTED = /^(?:[ ]+\p{L}+){0,5}[ ]*(?:,|và)[ ]*$/u;

/** The pair whose first figure is token `i`, if "a/b" is one (a fraction token, or "a lượt/b"). */
function pairAt(ctx: RuleContext, i: number): Pair | undefined {
  const { s, tokens } = ctx;
  const t = tokens[i] as Token;
  let first: Member;
  let second: Member;
  let to = i;
  if (t.kind === "fraction") {
    first = { value: t.part.value, start: t.part.start, end: t.part.end };
    second = { value: t.whole.value, start: t.whole.start, end: t.whole.end };
    // "19/22 quận", "45/50 xã": a part of a whole (or a year) is a share, not two figures.
    if (YEAR.test(t.whole.raw) || t.part.value <= t.whole.value) return undefined;
  } else if (t.kind === "number" && i + 1 < tokens.length) {
    const n = tokens[i + 1] as Token;
    if ((n.kind !== "other" && n.kind !== "number") || !SLASH_GAP.test(s.slice(t.fig.end, n.start))) return undefined;
    const v = parseViNumber(s.slice(n.start, n.end));
    if (v === undefined) return undefined;
    first = { value: t.fig.value, start: t.fig.start, end: t.fig.end };
    second = { value: v.value, start: n.start, end: n.end };
    to = i + 1;
  } else return undefined;
  if (NOT_PAIR.test(s.slice(Math.max(0, first.start - 16), first.start))) return undefined;
  return { first, second, from: i, to, end: second.end };
}

/** A change: its token, the word that gives its direction ("tăng", "giảm", "gấp"). */
interface Change { readonly tok: Extract<Token, { kind: "number" | "percent" }>; readonly word: string }

/** The changes among tokens [lo, hi) of one sentence: after a change word, or listed after one. */
function changesIn(ctx: RuleContext, lo: number, hi: number, skip: (j: number) => boolean): Change[] {
  const { s, tokens } = ctx;
  const out: Change[] = [];
  let last: Change | undefined;
  for (let j = lo; j < hi; j++) {
    if (skip(j)) continue;
    const t = tokens[j] as Token;
    if (t.kind !== "number" && t.kind !== "percent") { last = undefined; continue; }
    const w = CHANGE_WORD.exec(s.slice(Math.max(0, t.from - 20), t.from));
    if (w) {
      last = { tok: t, word: (w[1] as string).toLowerCase() };
      out.push(last);
    } else if (last !== undefined && LISTED.test(s.slice(last.tok.fig.end, t.from))) {
      last = { tok: t, word: last.word };
      out.push(last);
    } else last = undefined;
  }
  return out;
}

/** The stated change's interval, one step of its last digit wider: "giảm 13,9%" for 13,96%. */
function loose(c: Change): { low: number; high: number } {
  const i = approximateInterval(c.tok.fig, c.tok.qualifier);
  // A whole number ("gấp 3 lần") keeps its own interval.
  const step = c.tok.fig.decimals === 0 ? 0 : 10 ** -c.tok.fig.decimals;
  return { low: i.low - step / 2, high: i.high + step / 2 };
}

/** Whether `c` is the change from `before` to `now`; the computed value and the code for the message. */
function judge(c: Change, now: number, before: number): [boolean, number, NarrativeCode] | undefined {
  if (before <= 0 || now <= 0) return undefined;
  const sign = c.word === "giảm" ? -1 : 1;
  if (c.tok.kind === "number" && (c.word === "gấp" || c.tok.unit.startsWith("lần"))) {
    // "giảm 2,3 lần": the earlier over the current.
    const q = sign > 0 ? now / before : before / now;
    const stated = loose(c);
    return [meets({ low: q, high: q }, stated) || (c.word === "tăng" && meets({ low: q - 1, high: q - 1 }, stated)), q, "multiple_mismatch"];
  }
  if (c.word === "gấp") return undefined;
  if (c.tok.kind === "percent") {
    const rel = sign * (now / before - 1) * 100;
    return [meets({ low: rel, high: rel }, loose(c)), rel, "change_percent_mismatch"];
  }
  const gap = sign * (now - before);
  return [meets({ low: gap, high: gap }, approximateInterval(c.tok.fig, c.tok.qualifier)), gap, "difference_mismatch"];
}

/** The two current figures before `p`: a pair written "a/b", or two figures listed. */
function currentBefore(ctx: RuleContext, p: Pair, pairs: Map<number, Pair>): [Member, Member, number, boolean] | undefined {
  const { s, tokens, sentence } = ctx;
  const own = sentence[p.from] as number;
  const listed: Member[] = [];
  // The current figures come before the earlier period is named ("So với cùng kỳ năm trước giảm
  // 146 lượt, 127 lượt người (…)": the changes between are not current figures).
  const lo = Math.max(0, p.first.start - 300);
  const paren = s.lastIndexOf("(", p.first.start);
  let named = -1;
  for (const m of s.slice(lo, paren).matchAll(COMPARED_ALL)) named = lo + m.index;
  // "(cùng kỳ 1.400/9)": the period named in the parenthesis.
  if (named < 0 && COMPARED.test(s.slice(paren, p.first.start))) named = paren;
  if (named < 0) return undefined;
  for (let j = p.from - 1; j >= 0 && (sentence[j] as number) >= own - 1 && (tokens[j] as Token).end > lo; j--) {
    const t = tokens[j] as Token;
    if (t.start >= named) continue;
    const q = pairs.get(j) ?? pairs.get(j - 1);
    if (listed.length === 0 && q !== undefined && q.to === j) {
      // The nearest figures are a pair: the current one, unless it is an earlier one in parentheses.
      return OPENED.test(s.slice(Math.max(0, q.first.start - 61), q.first.start)) ? undefined : [q.first, q.second, j + 1, true];
    }
    if (t.kind !== "number" && t.kind !== "percent" && t.kind !== "fraction") continue;
    if (t.kind !== "number" || t.label || YEAR.test(t.fig.raw)) {
      if (t.kind === "number" && YEAR.test(t.fig.raw)) continue;
      return undefined;
    }
    listed.push({ value: t.fig.value, start: t.fig.start, end: t.fig.end });
    if (listed.length === 1) {
      // The two listed figures close their clause: "… 110 tử vong. So với cùng kỳ (".
      if (!LISTED_END.test(s.slice(t.fig.end, p.first.start))) return undefined;
      continue;
    }
    const [second, first] = listed as [Member, Member];
    return TWO_LISTED.test(s.slice(first.end, second.start)) ? [first, second, p.from, false] : undefined;
  }
  return undefined;
}

/**
 * Reads the changes against an earlier pair "(a/b)" and pushes a finding for each: the change's
 * code when it does not add up, else `change_consistent`.
 */
export function pairedChanges(ctx: RuleContext): void {
  const { s, tokens, sentence } = ctx;
  // No slash, no pair: most texts stop here.
  if (s.indexOf("/") < 0) return;
  const pairs = new Map<number, Pair>();
  for (let j = 0; j < tokens.length; j++) {
    const q = pairAt(ctx, j);
    if (q !== undefined) pairs.set(j, q);
  }
  for (const [i, p] of pairs) {
    // The earlier pair: alone in a parenthesis.
    if (!OPENED.test(s.slice(Math.max(0, p.first.start - 61), p.first.start)) || !CLOSED.test(s.slice(p.end, p.end + 40))) continue;
    const cur = currentBefore(ctx, p, pairs);
    if (cur === undefined) continue;
    const [a, b, from, slashed] = cur;
    // The pair is the earlier period's: "so với", "cùng kỳ", "… trước" between the two.
    if (!COMPARED.test(s.slice(b.end, p.first.start))) continue;
    const own = sentence[i] as number;
    let hi = p.to + 1;
    while (hi < tokens.length && sentence[hi] === own && (tokens[hi] as Token).start - p.end < 300) hi++;
    const changes = changesIn(ctx, from, hi, (j) => j >= p.from && j <= p.to);
    // One change alone is read only between two pairs written alike ("7.582/1 … (8.811/2)").
    if (changes.length === 0 || changes.length > 2 || (changes.length === 1 && !slashed)) continue;
    for (let k = 0; k < changes.length; k++) {
      const c = changes[k] as Change;
      // A rate's change ("tỷ lệ tử vong giảm 0,01%", "… 2 điểm phần trăm") is no change of either figure.
      if (RATE_BEFORE.test(s.slice(Math.max(0, c.tok.from - 40), c.tok.from)) || /^[ ]*điểm/u.test(s.slice(c.tok.fig.end, c.tok.fig.end + 8))) continue;
      // Its own member first; the other one too, as a writer may list the changes in another order.
      const members: [Member, Member][] = changes.length === 2 && k === 1 ? [[b, p.second], [a, p.first]] : [[a, p.first], [b, p.second]];
      let found: { ok: boolean; computed: number; code: NarrativeCode; now: Member; before: Member } | undefined;
      for (const [now, before] of members) {
        const r = judge(c, now.value, before.value);
        if (r === undefined) continue;
        if (found === undefined || (!found.ok && r[0])) found = { ok: r[0], computed: r[1], code: r[2], now, before };
      }
      if (found === undefined) continue;
      const { now, before, ok, computed } = found;
      const nowText = written(ctx, now);
      const beforeText = written(ctx, before);
      ctx.out.push({
        code: ok ? "change_consistent" : found.code,
        start: Math.min(c.tok.from, now.start, before.start),
        end: Math.max(c.tok.end, now.end, before.end),
        params: { direction: c.word, stated: written(ctx, { start: c.tok.from, end: c.tok.end }), now: nowText, before: beforeText, part: nowText, whole: beforeText, computed },
        expected: computed,
        actual: c.tok.fig.value,
      });
    }
  }
}
