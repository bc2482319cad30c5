/**
 * A part larger than its whole, in the wordings the breakdown rule does not read: "riêng …"
 * ("tiếp nhận 5.200 hồ sơ; riêng hồ sơ trực tuyến 5.600 hồ sơ"), "số … đã/được …" ("toàn tỉnh
 * có 120 xã, số xã đã hoàn thành là 130 xã"), "trong số đó/này", "trong tổng số đó", "chỉ có",
 * "mới có". The part counts the same thing as the whole (same unit word) and follows it in the
 * same sentence or opens the next one; a change ("tăng 800 hồ sơ"), another period ("cùng kỳ",
 * "lũy kế") or a "more than" whole ("hơn 1.200") read with its plausible range never raises it.
 * A percentage linked to the part ("…, đạt tỉ lệ 20,3%") is checked as its share of the whole.
 */
import { sumIntervals } from "../../interval.js";
import { anchoredMatches, isCount, type RuleContext, tokenAt, tokenIndex, wordTest, writeLike, written } from "../context.js";
import type { Token } from "../tokens.js";
import { figureInterval, partAbove, plausibleInterval, sameUnit } from "./breakdowns.js";
import { checkShare, shareGap } from "./ratios.js";
import { isRemainder } from "./remainders.js";
import { openedShares } from "./readings/shares.js";
import { averageParts, otherKind, runningTotals, wholeInClosedAside } from "./readings/wholes.js";

const MARKER =
  /[Rr]iêng|[Tt]rong số (?:đó|này)|[Tt]rong tổng số (?:đó|này|trên)|[Cc]hỉ có|[Mm]ới có|[Ss]ố [^\s\d(,.;:]+(?: [^\s\d(,.;:]+)?/y;
/** Every character a match of MARKER may open with (keep in step with it: other starts are not tried). */
const OPENS = "RrTtCcMmSs";
/**
 * What every marker holds, fast to scan for (see {@link anchoredMatches}): "êng" (for "riêng")
 * rather than "iêng", as `indexOf` is several times faster on a word that opens with a rare letter;
 * "ó" for "chỉ có" and "mới có", one scan where "ỉ có" and "ới có" cost two (each place of the
 * first letter's rarest byte is a step of `indexOf`: "ó" has fewer than "ỉ" and "ớ" together).
 */
const ANCHOR = ["êng", "ố ", "ó"];
/**
 * Where each word of ANCHOR stands in the markers it is the first anchor word of: "riêng"; "Trong
 * tổng số …", "Trong số …", "số …"; "chỉ có", "mới có" (see {@link anchoredMatches}).
 */
const STARTS = [[2], [12, 7, 1], [5]];
/** Words between the whole and the marker that mean another quantity. */
const OTHER = { test: wordTest(["tăng", "giảm", "so với", "cùng kỳ", "lũy kế", "kế hoạch", "chỉ tiêu", "mục tiêu", "dự kiến", "còn lại", "ngoài ra"]) };
/** A change or a remainder ('còn lại 23 vụ'), neither a whole nor one of its parts. */
const CHANGE_BEFORE = /(?<![\p{L}])(?:tăng|giảm|thêm|còn(?: lại)?|hơn|vượt)[ ]*$/iu;

/** "Trong 1.092 lượt khám, có …", ", trong tổng mức 370 nghìn tỷ đồng, …": a whole opened by "trong" at the start of a sentence or clause. */
const WHOLE_OPENER = /(?:^|[.;:\n(][ ]*|,[ ]*)(?:trong|trong tổng số|trong tổng mức|trong số)[ ]+$/iu;

type NumberToken = Extract<Token, { kind: "number" }>;


/**
 * Whether the text before `at` ends in spaces after "…g", "…ố" or "…c" ("trong", "số", "mức"): a cheap test
 * that spares most figures the {@link WHOLE_OPENER} regex, which is tried at every position.
 */
function openerEnds(s: string, at: number): boolean {
  let k = at;
  while (k > 0 && s.charCodeAt(k - 1) === 0x20) k--;
  if (k === at) return false;
  const c = s.charCodeAt(k - 1);
  // "…ức" of "mức" (not "được"): "trong tổng mức 370 nghìn tỷ đồng, doanh thu bán lẻ … đạt …".
  return c === 0x67 || c === 0x47 || c === 0x1ed1 || c === 0x1ed0 || (c === 0x63 && s.charCodeAt(k - 2) === 0x1ee9);
}

/**
 * Whether `a.split(" ")[0] === b.split(" ")[0]`, read in place: this runs at every "số …" after a
 * count, and two arrays made per try cost more than the rest of the test.
 */
function sameFirstWord(a: string, b: string): boolean {
  const sa = a.indexOf(" ");
  const sb = b.indexOf(" ");
  const n = sa < 0 ? a.length : sa;
  if (n !== (sb < 0 ? b.length : sb)) return false;
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

function exceeds(ctx: RuleContext, whole: NumberToken, part: NumberToken): boolean {
  if (!partAbove(part, whole)) return false;
  if (averageParts(ctx.s, whole, [{ tok: part }])) return true;
  ctx.out.push({
    code: "part_exceeds_whole",
    // A running total may follow its part ("… 16.000 căn, nâng tổng số lên 742.000 căn").
    start: Math.min(whole.from, part.from),
    end: Math.max(whole.end, part.end),
    params: { part: written(ctx, part.fig), whole: written(ctx, { start: whole.from, end: whole.fig.end }) },
    expected: whole.fig.value,
    actual: part.fig.value,
  });
  return true;
}

/**
 * "trong tổng số 230 chỉ tiêu …, có 16 chỉ tiêu riêng về dân số và 72 chỉ tiêu liên quan …": the
 * counts of the same thing that follow the first part, in its sentence, are parts too; together
 * they may not exceed the whole.
 */
function partsExceed(ctx: RuleContext, whole: NumberToken, first: number | NumberToken[]): void {
  const { s, tokens } = ctx;
  const given = typeof first !== "number";
  const parts = given ? first : [tokens[first] as NumberToken];
  for (let j = given ? tokens.length : first + 1; j < tokens.length && j <= (first as number) + 12; j++) {
    const t = tokens[j] as Token;
    if (ctx.sentence[j] !== ctx.sentence[first as number]) break;
    if (t.kind === "percent") continue;
    if (!isCount(t) || !sameFirstWord(t.unit, whole.unit) || CHANGE_BEFORE.test(s.slice(Math.max(0, t.from - 10), t.from))) break;
    parts.push(t);
  }
  if (parts.length < 2) return;
  const sum = sumIntervals(parts.map(figureInterval));
  if (sum.low <= plausibleInterval(whole.fig, whole.qualifier).high + 1e-9) return;
  const sumValue = parts.reduce((a, p) => a + p.fig.value, 0);
  const last = parts[parts.length - 1] as NumberToken;
  ctx.out.push({
    code: "parts_exceed_total",
    start: whole.from,
    end: last.end,
    params: { total: written(ctx, { start: whole.from, end: whole.fig.end }), sum: writeLike(ctx, whole.fig, sumValue), parts: parts.map((p) => written(ctx, p.fig)) },
    expected: sumValue,
    actual: whole.fig.value,
  });
}

/**
 * "đã cấp 1.497.360 tài khoản. Chỉ mới có 304.191 tài khoản được kích hoạt, đạt tỉ lệ 20,3%":
 * a percentage right after the part, linked to it, is the part's share of the whole.
 */
function shareOf(ctx: RuleContext, whole: NumberToken, part: NumberToken, j: number): void {
  if (whole.qualifier !== undefined || part.fig.value > whole.fig.value) return;
  const pct = ctx.tokens[j + 1];
  if (pct?.kind !== "percent" || ctx.usedPercents.has(j + 1) || ctx.sentence[j + 1] !== ctx.sentence[j]) return;
  if (!shareGap(ctx.s.slice(part.end, pct.from)) || /^[\s,]*so với/iu.test(ctx.s.slice(pct.end, pct.end + 14))) return;
  ctx.usedPercents.add(j + 1);
  const fractionText = `${written(ctx, part.fig)}/${written(ctx, whole.fig)}`;
  checkShare(ctx, { start: whole.from, end: part.end, part: part.fig, whole: whole.fig, fractionText }, pct);
}

/** "Trong W X …, (có) P X …": the first count of the same thing after an opened whole. */
function openedWholes(ctx: RuleContext): void {
  const { s, tokens } = ctx;
  for (const i of tokenIndex(ctx).counts) {
    const whole = tokens[i];
    if (!isCount(whole) || whole.unit === "" || !openerEnds(s, whole.from) || !WHOLE_OPENER.test(s.slice(Math.max(0, whole.from - 20), whole.from))) continue;
    for (const j of openedShares(ctx, i)) shareOf(ctx, whole, tokens[j] as NumberToken, j);
    for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
      const t = tokens[j] as Token;
      if (ctx.sentence[j] !== ctx.sentence[i] || t.start - whole.end > 160) break;
      if (!isCount(t)) continue;
      // The gap after the whole's own unit: "230 chỉ tiêu …" counts chỉ tiêu, it names no target.
      const gap = s.slice(whole.end, t.from).replace(/^[ ]*/u, "");
      const own = gap.toLowerCase().startsWith(whole.unit) ? gap.slice(whole.unit.length) : gap;
      if (CHANGE_BEFORE.test(s.slice(Math.max(0, t.from - 10), t.from)) || OTHER.test(own)) break;
      if (sameFirstWord(t.unit, whole.unit)) {
        if (!exceeds(ctx, whole, t)) partsExceed(ctx, whole, j);
      }
      break;
    }
  }
}

/** Amounts an inspection finds and recommends: money and land. */
const FOUND_UNIT = /^(?:đồng|ha)(?: |$)/u;
/** What a recommended part opens with ("kiến nghị thu hồi", "kiến nghị khác", "xuất toán", "thu hồi kịp thời"). */
const RECOMMENDED = /kiến nghị|xuất toán|thu hồi/iu;
/** What was done with a part ("đã thu được hơn 3,26 tỷ đồng", "(đạt 50%)"), or a new finding: the list ends. */
const DONE = /(?<![\p{L}])(?:đã|đạt)(?![\p{L}])|phát hiện/iu;

/**
 * "phát hiện vi phạm … hơn 11,92 tỷ đồng, kiến nghị thu hồi hơn 6,51 tỷ đồng, kiến nghị khác hơn
 * 5,4 tỷ đồng": what an inspection recommends is a split of what it found, with no marker; the
 * recommended amounts of the same unit, in the finding's sentence, may not exceed it ("với số
 * tiền 736 triệu đồng, thu hồi kịp thời 388 triệu đồng"). Money and land are read apart.
 */
function inspections(ctx: RuleContext): void {
  const { s, tokens } = ctx;
  // A "phát hiện" finds something only with a count of money or land at most 120 characters
  // after it, so it is looked for in the 120 characters before each such count (each character
  // once, the windows in order), not in the whole text: the same places, in the same order, but
  // those that find nothing.
  let from = 0;
  for (const i of tokenIndex(ctx).counts) {
    const t = tokens[i] as Token;
    const u = t.kind === "number" ? t.unit.charCodeAt(0) : 0;
    // "đồng", "ha": a first letter before the regex.
    if ((u !== 0x111 && u !== 0x68) || !isCount(t) || !FOUND_UNIT.test(t.unit)) continue;
    const last = t.start - 9;
    for (let at = Math.max(from, t.start - 120); at <= last; at++) {
      if (s.charCodeAt(at) !== 0x70 || !s.startsWith("phát hiện", at)) continue;
      const k = tokenAt(ctx, at);
      const sentence = ctx.at(at).sentence;
      for (let wi = k; wi < tokens.length && wi < k + 4; wi++) {
        const whole = tokens[wi] as Token;
        if (ctx.sentence[wi] !== sentence || whole.start - at > 120) break;
        if (!isCount(whole) || !FOUND_UNIT.test(whole.unit)) continue;
        const parts: NumberToken[] = [];
        for (let j = wi + 1; j < tokens.length; j++) {
          const p = tokens[j] as Token;
          if (ctx.sentence[j] !== sentence || p.start - whole.end > 400) break;
          const gap = s.slice((tokens[j - 1] as Token).end, p.start);
          if (DONE.test(gap)) break;
          if (!isCount(p) || !sameUnit(p.unit, whole.unit)) continue;
          if (!RECOMMENDED.test(gap)) break;
          parts.push(p);
        }
        if (parts.length === 1) exceeds(ctx, whole, parts[0] as NumberToken);
        else if (parts.length > 1) partsExceed(ctx, whole, parts);
        break;
      }
    }
    from = Math.max(from, last + 1);
  }
}

/** The rule. */
export function checkPartWhole(ctx: RuleContext): void {
  const { s, tokens } = ctx;
  // A marker yields something only with its part: a count at most 160 units after its start
  // (below); markers with none are not looked for (see anchoredMatches).
  const counts = tokenIndex(ctx).counts.map((i) => (tokens[i] as Token).start);
  for (const m of anchoredMatches(s, ANCHOR, MARKER, 12, OPENS, STARTS, counts, 160)) {
    // "số xã đã …" names what the part counts; "tổng số 120" is a whole, not a part.
    // The whole: the nearest count before the marker, in this sentence or the one before (looked
    // for first: most markers, "số" above all, have none, and the tests below are regexes).
    const k = tokenAt(ctx, m.index);
    let w = k - 1;
    while (w >= 0 && (tokens[w] as Token).kind === "number" && (tokens[w] as Extract<Token, { kind: "number" }>).label) w--;
    const whole = tokens[w];
    if (!isCount(whole) || whole.unit === "" || m.index - whole.end > 160) continue;
    // Of the markers only "số …" opens with "S" or "s".
    const named = (s.charCodeAt(m.index) | 0x20) === 0x73 ? s.slice(m.index + 3, m.end) : undefined;
    // The part must count what the whole counts (tested first: the cheapest test, and the one
    // that rules out most "số …").
    if (named !== undefined && !sameFirstWord(named, whole.unit)) continue;
    if (named !== undefined && (/tổng $/iu.test(s.slice(Math.max(0, m.index - 5), m.index)) || !/^\p{Ll}/u.test(named))) continue;
    const sentenceOf = ctx.at(m.index).sentence;
    if (ctx.sentence[w]! < sentenceOf - 1) continue;
    if (OTHER.test(s.slice(whole.end, m.index)) || CHANGE_BEFORE.test(s.slice(Math.max(0, whole.from - 10), whole.from))) continue;
    if (wholeInClosedAside(s, whole.end, m.index)) continue;
    // The part: the first count after the marker, in its sentence, of the same thing.
    let part: NumberToken | undefined;
    let partIndex = -1;
    for (let j = k; j < tokens.length && j < k + 4; j++) {
      const t = tokens[j] as Token;
      if (ctx.sentence[j] !== sentenceOf || t.start - m.index > 160) break;
      if (t.kind === "number" && t.label) continue;
      if (!isCount(t)) break;
      if (CHANGE_BEFORE.test(s.slice(Math.max(0, t.from - 10), t.from))) break;
      if (sameUnit(t.unit, whole.unit) || (t.unit === "" && named !== undefined)) {
        part = t;
        partIndex = j;
      }
      break;
    }
    if (part !== undefined && !isRemainder(ctx, partIndex) && !(named !== undefined && otherKind(ctx, w, m.index, sentenceOf))) {
      exceeds(ctx, whole, part);
      shareOf(ctx, whole, part, partIndex);
    }
  }
  openedWholes(ctx);
  inspections(ctx);
  for (const [w, p] of runningTotals(ctx)) exceeds(ctx, tokens[w] as NumberToken, tokens[p] as NumberToken);
}
