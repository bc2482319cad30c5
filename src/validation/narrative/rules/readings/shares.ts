/**
 * Narrower readings of shares, rates and fractions: what a percentage or a fraction is of (issue
 * 13, precision on real sentences). A pair "a/b" is no fraction when no slip of a digit explains
 * it; a rate above 100% of done over planned, or one cut (not rounded) at its last decimal, is
 * right; a part's "đạt"/"bằng" percentage may be of its own base; shares may each name their own
 * whole, be of another count written before the marker or of a scope the whole does not name, or
 * count kinds that overlap; shares in bare parentheses or after "Tỷ trọng" belong to one list.
 * Called by one-line hooks from ratios.ts, shares.ts, shares-apart.ts, share-sums.ts,
 * breakdowns.ts and remainders.ts (sharedPair); each reads a few dozen characters around figures
 * the rule already holds, never the text again.
 *
 * Where each shape was found: countPair on real-sentences-5.json's tune half (brief g5);
 * baseElided on real-documents-3.json's tune half (brief p2); parenShare and SHARE_LEAD on
 * real-sentences-6.json's tune half (brief p3); sharesOfOwnWholes on real-sentences-5.json's held
 * half (brief p4); overWhole, ownScope, asideWholes, sharesOfOther,
 * siblingWholes, agreedShares, sharedPair and kindsOverlap on real-sentences-7.json's tune half
 * (brief p7); the cut rates of that round are `cutAllowed` in ratios.ts; levelAbove, guessedCut and
 * fullBefore on real-sentences-7.json's held half (brief p8); rankFraction on
 * real-sentences-8.json's tune half (brief p9); siblingsWhole on real-sentences-10.json's tune
 * half (brief p13).
 */
import { type Interval, intervalsMeet, statedInterval } from "../../../interval.js";
import { isCount, operandInterval, type RuleContext, tokenAt } from "../../context.js";
import type { Figure, FigureToken, Token } from "../../tokens.js";
import { figureInterval, sameUnit } from "../breakdowns.js";
import { shareGap, statesPercent } from "../ratios.js";
import type { Share } from "../share-sums.js";
import { shareFits } from "../shares.js";
import { changeWordBefore } from "./changes.js";

type NumberToken = Extract<Token, { kind: "number" }>;
type PercentToken = Extract<Token, { kind: "percent" }>;

/** How many digits the whole part of a value has ("7.582" → 4, "21" → 2). */
const digits = (v: number): number => String(Math.floor(Math.abs(v))).length;

/**
 * "số nhập viện là 7.582/1", "so với tuần trước (8.811/2)", "(58.177/21)": a pair of two counts
 * (cases/deaths), not a part of a whole. A part is at most its whole, and one slip of a digit
 * (one changed, added, dropped, or two swapped) adds at most one digit to the part or takes one
 * from the whole ("705/700", "28/3", "11/1"); a part two digits longer than its whole is no
 * fraction gone wrong.
 */
export function countPair(part: Figure, whole: Figure): boolean {
  return digits(part.value) >= digits(whole.value) + 2;
}

/**
 * "87.096/75.250 lượt người đạt 115,7% chỉ tiêu kế hoạch", "10.661/3.318 lượt bệnh nhân, đạt 321,3%":
 * done over planned, with a rate above 100% that says the part is above its whole on purpose; the
 * fraction is judged by its rate, not as a part above its whole.
 */
export function overWhole(percent: FigureToken | undefined): boolean {
  return percent !== undefined && percent.fig.value > 100;
}

/** Right before a percentage: "đạt" or "bằng" (a level against a base), not "chiếm" (a share). */
const LEVEL_BEFORE = /(?:^|[^\p{L}])(?:đạt|bằng)[ ]*$/iu;
/** A total's own percentage against the base it names: "đạt 78,09% dự toán", "bằng 100,7% cùng kỳ năm trước". */
const TOTAL_LEVEL = /(?:^|[^\p{L}])(?:đạt|bằng)[ ]+(?:\p{L}+[ ]+)?\d[\d.,]*[ ]*%[ ]*(?:so với[ ]+)?(?:dự toán|kế hoạch|chỉ tiêu|mục tiêu|cùng kỳ|nghị quyết|KH(?![\p{L}]))/iu;

/**
 * "Tổng chi … 8.537,18 tỷ đồng, đạt 78,09% dự toán …. Trong đó: Chi đầu tư phát triển là 1.596,7
 * tỷ đồng, đạt 119,07%", "đạt 3.123,9 nghìn ha, bằng 100,7% cùng kỳ năm trước, trong đó các địa
 * phương phía Bắc đạt 1.117,1 nghìn ha, bằng 99,1%": when the total's own "đạt"/"bằng"
 * percentage names its base (a plan, an estimate, the same period), a part's "đạt"/"bằng" one
 * with no base written is read the same way, against the part's own base, not as its share of
 * the total ("chiếm" still is a share). `between` is the text from the total to the marker.
 */
export function baseElided(s: string, between: string, share: FigureToken): boolean {
  return LEVEL_BEFORE.test(s.slice(Math.max(0, share.from - 8), share.from)) && TOTAL_LEVEL.test(between);
}

/** In a part's words: its own whole ("trong tổng số 15.081 trường", "trên tổng số 2.813"). */
const OWN_WHOLE = /(?<![\p{L}])(?:trong|trên)[ ]+(?:tổng[ ]+)?số[ ]+\d/iu;

/**
 * "cấp tiểu học có 8.167 trường … trong tổng số 15.081 trường (chiếm tỷ lệ 55,1%); cấp THCS có
 * 4.573 trường … trong tổng số 10.928 trường (chiếm tỷ lệ 41,85%)": shares of which two or more
 * name a whole of their own are each of its own whole, not parts of one hundred percent.
 */
export function sharesOfOwnWholes(parts: readonly string[]): boolean {
  let n = 0;
  for (const p of parts) if (OWN_WHOLE.test(p) && ++n >= 2) return true;
  return false;
}

/** Before a share in parentheses: "(", maybe a share word ("(chiếm 52,8%", "(41,7%"). */
const OPEN_BEFORE = /\((?:[ ]*(?:chiếm|khoảng|gần|hơn|trên|xấp xỉ|là))*[ ]*$/u;
/** From the share before to this one: the parenthesis closes, the next part's name, "(". */
const SIBLING_GAP = /^[ ]*\)[ ]*(?:[,;][ ]*)?(?:và[ ]+)?([^()%;:!?\n]{1,60}?)[ ]*\($/u;
/** A name that is a change or a rate, not a part. */
const NOT_NAME = /(?:^|[^\p{L}])(?:tăng|giảm|đạt|bằng|so với|vượt|cao|thấp|tỷ lệ|tỉ lệ|năm|tháng|quý|cùng kỳ)(?![\p{L}])/iu;

/**
 * "dân tộc Nùng (chiếm 52,8%), Tày (41,7%), còn lại … chiếm 5,5%": after a share in parentheses,
 * the next part's name and its share in bare parentheses is a share of the same list (its word
 * is said once, in the first). Read only right after a share the rule has taken, the gap a name
 * (and maybe the part's count), the share alone in its parenthesis.
 */
export function parenShare(ctx: RuleContext, k: number, t: PercentToken, group: readonly Share[]): Share | undefined {
  const prev = group[group.length - 1];
  if (prev === undefined || ctx.sentence[prev.k] !== ctx.sentence[k]) return undefined;
  const { s, tokens } = ctx;
  const counted = k - prev.k === 2 ? tokens[k - 1] : undefined;
  if (k - prev.k !== 1 && !isCount(counted)) return undefined;
  if (!/^[ ]*\)/u.test(s.slice(t.end, t.end + 4)) || !OPEN_BEFORE.test(s.slice(Math.max(0, prev.t.from - 24), prev.t.from))) return undefined;
  const gap = SIBLING_GAP.exec(s.slice(prev.t.end, t.from));
  const name = gap?.[1] ?? "";
  if (!/\p{L}/u.test(name) || NOT_NAME.test(name)) return undefined;
  const count = isCount(counted) ? counted : undefined;
  return { k, t, rest: false, whole: "", wordsEnd: t.end, of: count?.unit ?? "", count };
}

/**
 * "Tỷ trọng khu vực A chiếm p1%, khu vực B chiếm p2% và khu vực C chiếm p3%": the share word
 * opening the first part is not its head; its parts open with the same word past it.
 */
export const SHARE_LEAD = /^[ ]*(?:tỷ|tỉ)[ ]+trọng[ ]+/iu;

/** "thuộc thẩm quyền", "thuộc diện …": the scope a count is restricted to. */
const SCOPE = /(?:^|[^\p{L}])thuộc[ ]+(\p{L}+(?:[ ]+\p{L}+)?)/iu;

/**
 * "tiếp nhận hơn 2.900 đơn các loại, trong đó đơn đủ điều kiện xử lý 2.436 đơn; đã giải quyết
 * 1.770 đơn khiếu nại, tố cáo thuộc thẩm quyền, đạt gần 97%": a part restricted to a scope
 * ("thuộc …") its whole does not name has its rate of that scope, a count not written; the
 * share is not judged against the whole.
 */
export function ownScope(s: string, part: NumberToken, whole: NumberToken, pct: FigureToken): boolean {
  const gap = s.slice(part.end, pct.from);
  if (!gap.includes("thuộc")) return false;
  const m = SCOPE.exec(gap);
  if (m === null) return false;
  const phrase = s.slice(whole.end, Math.min(whole.end + 80, Math.max(whole.end, part.from))).split(/;|\.(?!\d)/u)[0] ?? "";
  return !phrase.toLowerCase().includes(`thuộc ${(m[1] ?? "").toLowerCase()}`);
}

/** Inside a parenthesis, before a figure: the parts of a figure before it ("(trong đó, Tiến sĩ là 144 người, …"). */
const PARTS_ASIDE = /^\([^()]*(?:trong đó|trong số|bao gồm|gồm)(?![\p{L}])[^()]*$/iu;

/** Whether `t` stands in a parenthesis that lists parts and closes before `to`. */
function inPartsAside(s: string, t: NumberToken, to: number): boolean {
  const open = s.lastIndexOf("(", t.from);
  if (open < 0 || t.from - open > 120 || !PARTS_ASIDE.test(s.slice(open, t.from))) return false;
  const close = s.indexOf(")", t.end);
  return close >= 0 && close < to;
}

/**
 * "trên đại học có 392 người (tỷ lệ 78,56% … (trong đó, Tiến sĩ là 144 người, Thạc sĩ là 248
 * người); Trình độ đại học có 106 người (21,24%); dưới đại học có 1 người (tỷ lệ 0,20%)": a count
 * in a parenthesis that lists the parts of a figure before it, closed before the share's count,
 * is a part of that figure, not the whole of a share after it. True when every whole the rule
 * found for the share is such a count.
 */
export function asideWholes(s: string, found: readonly (readonly [NumberToken, readonly NumberToken[]])[]): boolean {
  return found.every(([q, ws]) => ws.every((w) => inPartsAside(s, w, q.from)));
}

/** Before a count: a change or another period, not a whole. */
const NOT_WHOLE_BEFORE = /(?:^|[^\p{L}])(?:tăng|giảm|thêm|còn|hơn|vượt|cùng kỳ)[ ]*$/iu;
/** After a share: the whole it names ("chiếm 83,2% tổng số đơn đã xử lý"); it is judged against that. */
const NAMES_WHOLE = /^[ ]*(?:(?:trong|của|trên|so với)[ ]+)?tổng/iu;
/** How many tokens before the marker another whole is looked for, and how many sentences back. */
const OTHER_BACK = 16;
const OTHER_SENTENCES = 2;

/**
 * "bầu đủ 85 đại biểu … trên tổng số 144 đại biểu ứng cử, trong đó, 18 đại biểu nữ (21,18%), 7 …
 * (8,24%), …": "TAND tỉnh thụ lý 485 vụ …, TAND các huyện … 5.581 vụ …. TAND 2 cấp đã giải quyết
 * 3.803 vụ án …. Trong đó, TAND tỉnh giải quyết 334 vụ (68,9%); TAND cấp huyện giải quyết 3.469 vụ
 * (62,2%)": the parts' shares say what they are shares of. When the parts that carry a share (one
 * alone only if its share has a decimal) carry none of the total, and each is the share of its part in another count of the
 * thing written before the marker (in its sentence or the two before), those shares are read
 * (marked used: no rule judges them against the total). Returns true when that other count is
 * one and the same for every part: the parts are then of it, not of the total, and the list is
 * not judged against the total either (the total was misread). A share changed by a slip fits
 * no written count, and the list is judged as before; a share that names its whole ("chiếm 83,2%
 * tổng số đơn đã xử lý") is judged against the total as before.
 */
export function sharesOfOther(ctx: RuleContext, total: NumberToken, markerStart: number, parts: readonly { tok: NumberToken; share?: number }[]): boolean {
  const shared = parts.filter((p) => p.share !== undefined && !ctx.usedPercents.has(p.share));
  const pctOf = (p: { share?: number }): FigureToken => ctx.tokens[p.share as number] as FigureToken;
  // One share alone must be written finely enough (a decimal) that fitting another count is no chance.
  if (shared.length === 0 || (shared.length === 1 && pctOf(shared[0] as { share?: number }).fig.decimals < 1)) return false;
  if (shared.some((p) => shareFits(p.tok, total, pctOf(p), true) || NAMES_WHOLE.test(ctx.s.slice(pctOf(p).end, pctOf(p).end + 24)))) return false;
  const mi = tokenAt(ctx, markerStart);
  const floor = (ctx.sentence[Math.max(0, mi - 1)] ?? 0) - OTHER_SENTENCES;
  const others: NumberToken[] = [];
  for (let j = mi - 1; j >= 0 && j >= mi - OTHER_BACK && (ctx.sentence[j] ?? 0) >= floor; j--) {
    const t = ctx.tokens[j];
    if (!isCount(t) || t === total || t.fig.value <= 0 || NOT_WHOLE_BEFORE.test(ctx.s.slice(Math.max(0, t.from - 10), t.from))) continue;
    if (sameUnit(t.unit, total.unit) || shared.some((p) => sameUnit(t.unit, p.tok.unit))) others.push(t);
  }
  const fitted: NumberToken[] = [];
  for (const p of shared) {
    const w = others.find((o) => o.fig.value >= p.tok.fig.value && shareFits(p.tok, o, pctOf(p), true));
    if (w === undefined) return false;
    fitted.push(w);
  }
  for (const p of shared) ctx.usedPercents.add(p.share as number);
  return fitted.every((w) => w === fitted[0]);
}

/**
 * "Cơ cấu: 151 người trúng cử là phụ nữ, chiếm tỉ lệ 30,26%; … dân tộc thiểu số có 89 người,
 * chiếm tỉ lệ 17,84%; …": a count followed by its own share is a part of a list, not the whole of
 * the next share, however many words name it. True when every whole the rule found is such a count.
 */
export function siblingWholes(ctx: RuleContext, wholes: readonly NumberToken[]): boolean {
  if (wholes.length === 0) return false;
  return wholes.every((w) => {
    const j = tokenAt(ctx, w.start);
    const next = ctx.tokens[j + 1];
    return ctx.tokens[j] === w && next?.kind === "percent" && ctx.clause[j + 1] === ctx.clause[j] && shareGap(ctx.s.slice(w.end, next.from));
  });
}

/**
 * "Cơ cấu: 151 người …, chiếm tỉ lệ 30,26%; … 89 người, chiếm tỉ lệ 17,84%; … 14 người, chiếm tỉ
 * lệ 2,8%; …": when every share has its count and every count over its share gives one and the
 * same whole (each share rounded, or cut, at its last decimal), each share is right; shares that
 * then add up past 100% count kinds that overlap (women, minorities, re-elected …), not parts of a
 * split. A share or a count changed by a slip gives another whole, and the list is judged as before.
 */
export function agreedShares(ctx: RuleContext, group: readonly Share[], least = 3): boolean {
  if (group.length < least) return false;
  let low = 0;
  let high = Number.POSITIVE_INFINITY;
  for (const g of group) {
    // The share's count: the one the rule read, or the count right before it in its clause, however many words name it.
    const w = g.count === undefined ? impliedWhole(ctx, g.k - 1) : wholeOf(g.count, g.t);
    if (w === undefined) return false;
    low = Math.max(low, w.low);
    high = Math.min(high, w.high);
  }
  return low <= high + 1e-9;
}

/**
 * The whole a count and its share imply (the share rounded, or cut, at its last decimal), or
 * undefined when either is approximate or the share is not a part's (0 or 100% and more).
 */
function wholeOf(c: NumberToken, p: FigureToken): Interval | undefined {
  const d = p.fig.decimals;
  if (c.qualifier !== undefined || p.qualifier !== undefined || c.fig.value <= 0 || p.fig.value <= 0 || p.fig.value >= 100) return undefined;
  const r = statedInterval({ value: p.fig.value, decimals: d });
  const top = d >= 1 ? Math.max(r.high, p.fig.value + 10 ** -d) : r.high;
  const n = operandInterval(c);
  return { low: (n.low * 100) / top, high: (n.high * 100) / Math.max(r.low, 1e-9) };
}

/** The whole a count and the share right after it imply, or undefined. */
function impliedWhole(ctx: RuleContext, j: number): Interval | undefined {
  const t = ctx.tokens[j];
  const p = ctx.tokens[j + 1];
  return isCount(t) && p?.kind === "percent" && shareGap(ctx.s.slice(t.end, p.from)) ? wholeOf(t, p) : undefined;
}

/**
 * "…, trong đó, 18 đại biểu nữ (21,18%), 7 đại biểu người dân tộc thiểu số (8,24%), 3 đại biểu
 * không phải là đảng viên (3,53%), …": a figure read as what remains after the part before it,
 * when each of the two carries its own share and both shares are of one whole (each count over
 * its share gives it), is a part of a list of that whole, and its count is the one its share
 * states: no slip of one figure makes such a pair (a changed count or share gives another whole).
 */
export function sharedPair(ctx: RuleContext, k: number, done: FigureToken): boolean {
  const a = impliedWhole(ctx, k);
  if (a === undefined) return false;
  const j = tokenAt(ctx, done.start);
  const b = ctx.tokens[j] === done ? impliedWhole(ctx, j) : undefined;
  return b !== undefined && intervalsMeet(a, b);
}

/**
 * "Tổng số đại biểu trúng cử là 499 người. Trong đó, 151 người là phụ nữ, chiếm tỉ lệ 30,26%; 89
 * người là người dân tộc thiểu số, chiếm tỉ lệ 17,84%; 203 người tái cử, chiếm tỉ lệ 40,68%; …":
 * when three parts or more each carry a share (the first percentage after it in its clause), every
 * share is its part's share of the total (rounded, or cut, at its last decimal) and the shares add
 * up past 100% beyond their rounding, every figure is right and the parts count kinds that overlap,
 * not a split of the total. A part or a share changed by a slip no longer
 * fits, and the list is judged as before. Asked only when the parts exceed the total.
 */
export function kindsOverlap(ctx: RuleContext, total: NumberToken, parts: readonly { tok: NumberToken; share?: number }[]): boolean {
  if (parts.length < 3) return false;
  // The shares themselves must add up past 100% beyond their rounding ("78%; 18,4%; 3,6%" make
  // 100%: a split, whose parts past the total are a slip). Read first: a part with no share ends
  // the reading at once, where the parts' sum took a pass over every part of a long list.
  let low = 0;
  let sum = 0;
  for (const p of parts) {
    const pct = p.share !== undefined ? (ctx.tokens[p.share] as FigureToken) : shareAfter(ctx, p.tok);
    if (pct === undefined || !shareFits(p.tok, total, pct, true)) return false;
    low += statedInterval({ value: pct.fig.value, decimals: pct.fig.decimals }).low;
    sum += p.tok.fig.value;
  }
  return sum > figureInterval(total).high && low > 100 + 1e-9;
}

/** The first percentage after a count in its clause, before another count of its thing ("36 người … (dưới 40 tuổi), chiếm tỉ lệ 9,05%"). */
function shareAfter(ctx: RuleContext, t: NumberToken): FigureToken | undefined {
  for (let j = tokenAt(ctx, t.start) + 1, i = j - 1; j < ctx.tokens.length && ctx.clause[j] === ctx.clause[i]; j++) {
    const n = ctx.tokens[j] as Token;
    if (n.start - t.end > 100 || (isCount(n) && sameUnit(n.unit, t.unit))) return undefined;
    if (n.kind === "percent") return n;
  }
  return undefined;
}

/**
 * "Tổng sản lượng thịt hơi … 8.679,89 tấn, …. Trong đó, thịt lợn …; thịt gia cầm đạt 6.033 tấn,
 * bằng 101,63%": a part no larger than its whole has a share of it of at most 100%; an "đạt"/"bằng"
 * rate above 100% is the part's level against a base of its own (the same period, a plan), not
 * its share. Found on real-sentences-7.json's held half (brief p8).
 */
export function levelAbove(s: string, part: NumberToken, whole: NumberToken, pct: FigureToken): boolean {
  return pct.fig.value > 100 && part.fig.value <= whole.fig.value && LEVEL_BEFORE.test(s.slice(Math.max(0, pct.from - 8), pct.from));
}

/**
 * "thụ lý 30.777 vụ, …; đã giải quyết 27.755 vụ, đạt tỉ lệ 90,1%" (90,18%): where the whole of a
 * share is not written but guessed among the counts nearby (shares.ts), a rate may be read as cut,
 * not rounded, at its last decimal, one decimal or more; a fraction written "a/b" keeps its rounding
 * (`cutAllowed` in ratios.ts). Found on real-sentences-7.json's held half (brief p8).
 */
export function guessedCut(pct: FigureToken): boolean {
  return pct.fig.decimals >= 1;
}

/**
 * "bầu đủ 60 đại biểu. Trong số người trúng cử có 20 đại biểu nữ, chiếm tỷ lệ 33,33%; 40 đại biểu
 * dân tộc thiểu số, chiếm 66,67%; số đại biểu có trình độ … đại học … chiếm 95%": when the first
 * shares (two or more, each with its count, all of one whole as {@link agreedShares} reads them)
 * already make 100%, a share after them is of another breakdown of the same whole, not one more
 * part of the first. A share or count changed by a slip breaks the agreement or the 100%. Asked
 * only when the shares exceed 100%. Found on real-sentences-7.json's held half (brief p8).
 */
export function fullBefore(ctx: RuleContext, group: readonly Share[]): boolean {
  let low = 0;
  let high = 0;
  for (let i = 0; i < group.length - 1; i++) {
    const g = group[i] as Share;
    const r = statedInterval({ value: g.t.fig.value, decimals: g.t.fig.decimals, ...(g.t.qualifier ? { qualifier: g.t.qualifier } : {}) });
    low += r.low;
    high += r.high;
    if (i >= 1 && low <= 100 + 1e-9 && high >= 100 - 1e-9) return agreedShares(ctx, group.slice(0, i + 1), 2);
  }
  return false;
}

/** Right before a fraction: a word of rank ("xếp thứ", "đứng thứ", "vị trí thứ", "xếp hạng", "hạng", "xếp", "top"; not "sắp xếp"). */
const RANK_BEFORE = /(?:^|[^\p{L}])(?:thứ|hạng|vị trí|(?<!sắp[ ]+)xếp|top)[ ]*:?[ ]*$/iu;
/** Between two ranks of one list: names and separators, no figure, no new clause ("quốc gia, ", " Châu Á và "). */
const RANK_GAP = /^[^\d.;:()%\n]{0,40}$/u;

/**
 * "Hà Nội xếp thứ 3/63 tỉnh, thành phố …, đạt 91,43%", "xếp hạng 86/193 quốc gia, 24/47 Châu Á và
 * 6/11 Đông Nam Á": a rank out of a number of places, written "a/b", is no part of a whole, and a
 * percentage after it is a score of its own, not a/b. The fraction at `start` is a rank when a word
 * of rank stands right before it, or when it follows such a rank in its sentence with only names
 * and separators between. Asked only when a fraction's share is about to be found wrong (a rank
 * above its number of places is still a slip: the part-above-whole test is not asked this).
 */
export function rankFraction(ctx: RuleContext, start: number): boolean {
  const { s, tokens } = ctx;
  let k = tokenAt(ctx, start);
  for (let hop = 0; hop < 4; hop++) {
    const t = tokens[k];
    if (t?.kind !== "fraction") return false;
    if (RANK_BEFORE.test(s.slice(Math.max(0, t.start - 16), t.start))) return true;
    const prev = tokens[k - 1];
    if (prev?.kind !== "fraction" || ctx.sentence[k - 1] !== ctx.sentence[k] || !RANK_GAP.test(s.slice(prev.end, t.start))) return false;
    k--;
  }
  return false;
}

/** Between a whole and its parts: the marker that opens the list of its parts. */
const OPENS_PARTS = /(?<![\p{L}])(?:trong đó|trong số đó|bao gồm|gồm)(?![\p{L}])/iu;

/**
 * "… là 207.794 người, chiếm 81,18% dân số từ 15 tuổi trở lên; trong đó, … thành thị là 36.626
 * người, chiếm 17,62%": a count with a share of its own is a sibling in a list, unless its share
 * says what it makes up ("chiếm") and the list the part stands in opens after it ("trong đó",
 * "gồm"): then it is that list's whole. (A whole's share "đạt 54% so với nghị quyết" is of its
 * plan, and so are its parts' "đạt 79%": it stays a sibling.) `share` is the count's own share,
 * `partFrom` where the part starts. Found on real-sentences-9.json's tune half (brief p10).
 */
export function opensParts(s: string, share: FigureToken, partFrom: number): boolean {
  return partFrom - share.end < 200 && /(?<![\p{L}])chiếm[ ]*$/iu.test(s.slice(Math.max(0, share.from - 8), share.from)) && OPENS_PARTS.test(s.slice(share.end, partFrom));
}

/**
 * "thụ lý mới 58 tin …. … giải quyết 58 tin báo (đạt 92,06%)": a count of the same value as the
 * part is the part stated again (the count handled, then the count resolved), not the whole a
 * share under 100% is of. Found on real-sentences-9.json's tune half (brief p10).
 */
export function partAgain(part: NumberToken, whole: NumberToken, pct: FigureToken): boolean {
  return whole.fig.value === part.fig.value && pct.fig.value < 99.5;
}

/**
 * "là phụ nữ 35.658 đồng chí, chiếm 40,51% …; là người dân tộc thiểu số 10.938 đồng chí, chiếm
 * 12,43%, …; cán bộ, công chức, viên chức … 43.752 đồng chí, chiếm 48,57%": when every share but
 * one agrees with its count on one whole (as {@link agreedShares} reads them) and the counts of all
 * add up past that whole, the parts count kinds that overlap whatever the odd share says: that
 * share is the slip (share-sums.ts' implied wholes name it), not the sum past 100%. In a split, a
 * share changed by a slip leaves the counts within the whole, and the sum is judged as before.
 * Asked only when the shares exceed 100%. Found on real-sentences-8.json's held half (brief p11).
 */
export function overlapBesideSlip(ctx: RuleContext, group: readonly Share[]): boolean {
  const counts: number[] = [];
  for (const g of group) {
    const c = g.count ?? ctx.tokens[g.k - 1];
    if (!isCount(c)) return false;
    counts.push(c.fig.value);
  }
  const sum = counts.reduce((a, b) => a + b);
  // The whole the first agreeing share implies is at most its count over its share's lower end.
  return group.length > 2 && group.some((_, i) => {
    const j = i ? 0 : 1;
    const g = group[j] as Share;
    return agreedShares(ctx, group.filter((_, k) => k !== i), 2) && sum * statedInterval(g.t.fig).low > 100 * (counts[j] as number);
  });
}

/**
 * "… và khách nội địa ước 29.200 lượt; công suất phòng ước đạt 52%": a percentage after a ";"
 * and words that name another subject is that subject's rate, not the share of the part before
 * the ";", as after a "," ({@link shareGap} reads the words after the ";" as after a ","). Asked
 * only for a part's share about to be judged. Found on real-sentences-8.json's held half (brief p11).
 */
export function otherSubject(s: string, part: NumberToken, pct: FigureToken): boolean {
  const i = s.lastIndexOf(";", pct.from);
  return i > part.end && !shareGap(s.slice(i, pct.from).replace(";", ","));
}

/**
 * "gồm có tỷ lệ trẻ 6 tuổi vào lớp 1 đạt ít nhất 98%, có ít nhất 90% tỷ lệ trẻ 11 tuổi …", "chỉ
 * tiêu … gồm: tập hợp 90% trở lên người cao tuổi …; phấn đấu 100% xã …", "gồm 1.417 lớp học …;
 * 100% xã, thị trấn có trường …; 99,2% học sinh vào lớp 1": shares of which one is a threshold
 * ("ít nhất", "trở lên") or the whole of what it counts (100%, not "chiếm 100%") are targets and
 * rates, each of its own population, not the shares of one whole. Found on real-sweep-1.json
 * (brief p12), in three passages.
 */
export function targetRates(s: string, group: readonly Share[]): boolean {
  return group.some((g) => /ít nhất [\d,]+%|% trở lên|(?<!chiếm |[\d,])100%/u.test(s.slice(g.t.from - 9, g.t.end + 9)));
}

/**
 * "thi hành xong 2.107 việc, tăng 451 việc với cùng kỳ, đạt 73,34%": a count written as a change
 * is the change, not a part the next share is of; the share is of a base not written. Found on
 * real-sweep-1.json (brief p12).
 */
export const changeAsPart = (s: string, part: NumberToken): boolean => changeWordBefore(s, part.from);

/** Between two items of one list: a ";" and no word that opens a breakdown of the first. */
const ITEM_GAP = /^[^()]*;[^()]*$/u;
const OPENS_SPLIT = /(?<![\p{L}])(?:trong đó|gồm|bao gồm|chiếm|cụ thể)(?![\p{L}])/iu;

/**
 * "Dân tộc Kinh: 284 đồng chí; Dân tộc thiểu số: 52 đồng chí (chiếm 15,5%)": a count before the
 * part in the item before it (";" between, no breakdown word) is a sibling, and the share is of
 * the list's whole, the siblings together (52 ÷ (284 + 52) = 15,5%), not of the sibling. True when
 * the part's share of some whole `found` holds, added to the part, is the percentage: the share is
 * right. Found on real-sentences-10.json's tune half (brief p13).
 */
export function siblingsWhole(s: string, found: readonly (readonly [NumberToken, readonly NumberToken[]])[], pct: FigureToken): boolean {
  for (const [q, ws] of found) {
    for (const w of ws) {
      if (w.end > q.from) continue;
      const gap = s.slice(w.end, q.from);
      if (!ITEM_GAP.test(gap) || OPENS_SPLIT.test(gap)) continue;
      if (statesPercent((q.fig.value / (q.fig.value + w.fig.value)) * 100, pct, guessedCut(pct))) return true;
    }
  }
  return false;
}

/**
 * "Tỷ số giới tính khi sinh toàn tỉnh giảm dần xuống 120/100 (năm 2011), 117/100 (năm 2014)": a
 * pair over 100 after "tỷ số" in its sentence and clause (no ";" between), with no percentage of
 * its own, is a ratio per hundred (boys per hundred girls), not a part of a whole. Found on real-sweep-1.json (brief p12:
 * three false errors), kept at integration.
 */
export function perHundred(s: string, start: number, whole: Figure): boolean {
  if (whole.value !== 100) return false;
  const before = s.slice(Math.max(0, start - 160), start);
  return /(?<![\p{L}])(?:tỷ|tỉ)[ ]+số(?![\p{L}])/iu.test(before.slice(Math.max(before.lastIndexOf(". "), before.lastIndexOf(";")) + 1));
}

/** Between an opened whole and a count: a whole of its own ("trong đó", "gồm"), or a change before the count. */
const NESTED = /trong đó|trong số|gồm|(?:tăng|giảm|thêm|hơn|vượt)[ ]*$/iu;

/**
 * "trong 97 thôn/bản … ở 46 thôn/bản (47,42%); … tại 36 thôn/bản (37,11%); … ở 15 thôn/bản
 * (14,56%)", "trong tổng số 101.150 bệnh nhân lao …, có 92.792 (97,1%) bệnh nhân …": after a
 * whole opened by "trong (tổng số)", a count of its thing ("92.792 (p%) bệnh nhân" names it after
 * the share) with a bare percentage in parentheses right after it is its share of that whole. The
 * indices of such counts in the whole's sentence, none past a whole of their own ("trong đó").
 * Found on the tune halves of real-sentences-5 and -6 (brief r2).
 */
export function openedShares(ctx: RuleContext, i: number): number[] {
  const { s, tokens } = ctx;
  const whole = tokens[i] as NumberToken;
  const out: number[] = [];
  for (let j = i + 1; ctx.sentence[j + 1] === ctx.sentence[i]; j++) {
    const t = tokens[j] as Token;
    const pct = tokens[j + 1] as Token;
    if (!isCount(t) || pct.kind !== "percent" || !/^[^\d().,;]{0,24}\($/u.test(s.slice(t.end, pct.from)) || s[pct.end] !== ")") continue;
    if (!(t.unit === "" ? s.startsWith(whole.unit.split(" ")[0] as string, pct.end + 2) : sameUnit(t.unit, whole.unit))) continue;
    if (NESTED.test(s.slice(whole.end, t.from))) break;
    out.push(j);
  }
  return out;
}

/**
 * "doanh thu bán lẻ hàng hóa … đạt 1.875.000 tỷ đồng, chiếm 75,2% tổng mức" after "tổng mức bán lẻ
 * … ước đạt 2.493.400 tỷ đồng": a share that names its whole as a total ("tổng mức", "tổng số hồ
 * sơ") is checked, but only against a count written as that total (the same words at most 80
 * characters before it, not the share's own: not "chiếm 5,58% tổng số hồ sơ phát sinh; tổng số tiếp
 * nhận đạt b"). The
 * name, or undefined. Found on real-sentences-10.json's tune half (brief r2).
 */
export const namesTotal = (s: string, pct: FigureToken): string | undefined => /^[ ]*(tổng (?:số|mức)(?: (?!và )\p{Ll}+){0,2})/u.exec(s.slice(pct.end, pct.end + 30))?.[1];
export function writtenTotal(s: string, whole: NumberToken, name: string, pct: FigureToken): boolean {
  const from = Math.max(0, whole.from - 80);
  const at = s.slice(from, whole.from).toLowerCase().lastIndexOf(name);
  return at >= 0 && Math.abs(from + at - pct.end) > 3;
}
