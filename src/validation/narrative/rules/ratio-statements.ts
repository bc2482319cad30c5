/**
 * Ratio statements the fraction rule does not pair: "71 hồ sơ trong tổng số 90 hồ sơ (khoảng
 * 79%)", "65 trên 90 xã", "a/tổng số b", and a percentage stated further on in the sentence
 * ("65/90 xã, phường đã hoàn thành việc kết nối dữ liệu, chiếm 72,2%") or before it ("đạt tỷ lệ
 * 72,2% với 65/90 xã"), and "b hồ sơ, với a hồ sơ trực tuyến (đạt tỷ lệ z%)". A percentage cut at
 * its last decimal rather than rounded ("13,05%" for 13,058%) is accepted. The percentage must be the fraction's share: words of a change ("tăng",
 * "so với"), of another rate ("tỷ lệ số hóa …"), a list ("1/3 dịch vụ …, gồm thông báo lưu trú
 * (97%)": the item's own figure) or another figure in between break the pairing.
 *
 * Approximation words widen the tolerance but never switch the check off: "khoảng 60%" allows
 * ±10% of 60; "hơn 60%" means more than 60 but less than the next step (70), "gần 80%" less than
 * 80 but more than the step below (70): "khoảng 60%" or "hơn 60%" for 71 of 90 (78,9%) is wrong.
 */
import { isCount, type RuleContext, tokenIndex, wordTest, writeLike, written } from "../context.js";
import type { Figure, FigureToken, Token } from "../tokens.js";
import { figureInterval, sameUnit } from "./breakdowns.js";
import { shareInterval } from "../approximate.js";
import { boundMet, endsWithSo, findRatios, inBands, type Ratio, statesPercent } from "./ratios.js";
import { rankFraction } from "./readings/shares.js";
import { onOtherThing } from "./readings/subjects.js";
import { changePair } from "./readings/changes.js";

/** "a … trong số b", "a … trong tổng số b", "a … /tổng số b", "a trên b". */
const IN_WORDS = /^[ ]*(?:\p{L}+[ ]+){0,10}?(?:trong[ ]+(?:tổng[ ]+)?số|trên[ ]+tổng[ ]+số|(?:\p{L}+)?[ ]*\/[ ]*tổng[ ]+số)[ ]*$/iu;
/** Counts of time or age between a fraction and its percentage ("trẻ em dưới 6 tuổi"): not figures of the claim. */
const ASIDE_UNIT = /^(?:tuổi|năm|tháng|ngày|giờ|phút|tuần|quý)(?: |$)/u;
/** A percentage that is this fraction's share: introduced by a linking word or a parenthesis. */
const LINK_BEFORE = /(?:^|[^\p{L}])(?:đạt|chiếm|bằng|tương ứng|tương đương|là|tỷ lệ|tỉ lệ|khoảng|xấp xỉ|gần|hơn|trên)[ ]*(?:tỷ lệ|tỉ lệ)?[ ]*[:(]?[ ]*$|\([ ]*$/iu;
/** Words in the gap that make the percentage another quantity. */
const OTHER = {
  test: wordTest(["tăng", "giảm", "so với", "vượt", "cao hơn", "thấp hơn", "còn lại", "cùng kỳ", "trong đó", "riêng", "gồm", "phấn đấu", "dự kiến", "đến cuối năm", "đến năm"]),
};
/** A target named right before the percentage ("chỉ tiêu 90%", "kế hoạch là 95%"). */
const TARGET_BEFORE = /(?:kế hoạch|chỉ tiêu|mục tiêu)[^,;\d]{0,12}$/iu;
/** "tỷ lệ <something> đạt": another rate is named in the gap. */
const OTHER_RATE = /(?:tỷ|tỉ) lệ[ ]+\p{L}+[^,;]*?(?:đạt|là|chiếm)/iu;
/** Between "đạt z%" and the fraction that follows it. */
const AFTER_PERCENT = /^[ ]*(?:\(|:|,?[ ]*(?:tương ứng|tương đương|tức là|tức|hay|cụ thể là|với|gồm|là)[ ]*(?:với[ ]*)?)[ ]*(?:\p{L}+[ ]+){0,2}$|^[^\d;.()]{0,60}\([ ]*$/iu;

/** "b hồ sơ, với a hồ sơ …": the whole, its unit, a comma and "với", then the part. */
const WITH_WORDS = /^[ ]*(?:\p{L}+(?:[ ]+\p{L}+){0,2})?[ ]*,[ ]*với[ ]+$/iu;

/**
 * Whether `s[from, to)` ends in "với" and one space at least, in any case, read in place: every
 * match of WITH_WORDS does, and most gaps between two counts do not.
 */
function endsWithWith(s: string, from: number, to: number): boolean {
  let k = to;
  while (k > from && s.charCodeAt(k - 1) === 0x20) k--;
  if (k === to || k - 3 < from) return false;
  const w = s.charCodeAt(k - 2);
  return (s.charCodeAt(k - 3) | 0x20) === 0x76 && (w === 0x1edb || w === 0x1eda) && (s.charCodeAt(k - 1) | 0x20) === 0x69;
}

/**
 * "tiếp nhận 23.233 hồ sơ, với 6.596 hồ sơ trực tuyến (đạt tỷ lệ 28,39%)": a whole, then "với"
 * and a count of the same thing. Read as a ratio only when a percentage follows as its share.
 */
function withRatios(ctx: RuleContext): Ratio[] {
  const { tokens, s } = ctx;
  const out: Ratio[] = [];
  for (const i of tokenIndex(ctx).counts) {
    const w = tokens[i];
    const p = tokens[i + 1];
    if (!isCount(w) || !isCount(p) || p.from - w.end > 40 || !endsWithWith(s, w.end, p.from) || !sameUnit(w.unit, p.unit)) continue;
    if (!WITH_WORDS.test(s.slice(w.end, p.from))) continue;
    out.push({ start: w.from, end: p.end, part: p.fig, whole: w.fig, first: i, last: i + 1 });
  }
  return out;
}

/** "a … trong (tổng) số b", "a … /tổng số b", "a (unit) trên b": claims the fraction rule does not read. */
function wordRatios(ctx: RuleContext): Ratio[] {
  const { tokens, s } = ctx;
  const out: Ratio[] = [];
  for (const i of tokenIndex(ctx).counts) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (!isCount(a) || !isCount(b) || b.from - a.end > 90) continue;
    const bare = b.qualifier === "trên" && /^[ ]*(?:\p{L}+[ ]+){0,3}?$/u.test(s.slice(a.end, b.from)) && !onOtherThing(a, b);
    // Every match of IN_WORDS ends in "số" and spaces: most gaps are ruled out with no slice.
    if (!bare && (!endsWithSo(s, a.end, b.start) || !IN_WORDS.test(s.slice(a.end, b.start)))) continue;
    out.push({ start: a.start, end: b.end, part: a.fig, whole: b.fig, first: i, last: i + 1 });
  }
  return out;
}

function pairFurther(ctx: RuleContext, r: Ratio): number | undefined {
  const { tokens, s, usedPercents } = ctx;
  const sentence = ctx.sentence[r.last];
  for (let k = r.last + 1; k < tokens.length && k <= r.last + 3; k++) {
    const t = tokens[k] as Token;
    if (ctx.sentence[k] !== sentence || t.start - r.end > 160) break;
    if (t.kind !== "percent") {
      // "nhiệm kỳ 2018 - 2023", "Nghị định 13/2023/NĐ-CP": a range or a code names something, it is no figure of the claim.
      if (t.kind === "ordinal" || t.kind === "other" || (t.kind === "number" && (t.label || ASIDE_UNIT.test(t.unit)))) continue;
      break;
    }
    if (usedPercents.has(k) || ctx.clause[k] !== ctx.clause[r.last]) return undefined;
    if (TARGET_BEFORE.test(s.slice(Math.max(0, t.from - 30), t.from)) || boundMet(ctx, t) || inBands(ctx, r.last, t)) return undefined;
    const gap = s.slice(r.end, t.from);
    if (OTHER.test(gap) || OTHER_RATE.test(gap) || gap.includes(")") && !/\([^)]*$/u.test(gap) && gap.indexOf(")") < gap.lastIndexOf("(")) return undefined;
    if (/^[\s,;:]*so với/iu.test(s.slice(t.end, t.end + 14))) return undefined;
    if (!LINK_BEFORE.test(s.slice(Math.max(0, t.from - 30), t.from)) && !/^[\s(:,-]*$/u.test(gap)) return undefined;
    return k;
  }
  const before = tokens[r.first - 1];
  if (before?.kind === "percent" && !usedPercents.has(r.first - 1) && ctx.clause[r.first - 1] === ctx.clause[r.first]) {
    if (AFTER_PERCENT.test(s.slice(before.end, (tokens[r.first] as Token).start))) return r.first - 1;
  }
  return undefined;
}

/** The rule. */
/** A fraction whose part is larger than its whole ("705/700 xã"). */
function partExceedsWhole(ctx: RuleContext, r: { readonly start: number; readonly end: number; readonly part: Figure; readonly whole: Figure }): void {
  ctx.out.push({
    code: "part_exceeds_whole",
    start: r.start,
    end: r.end,
    params: { part: written(ctx, r.part), whole: written(ctx, r.whole) },
    expected: r.whole.value,
    actual: r.part.value,
  });
}

/** After a count: its noun, then "/" and the second count of a pair ("4.975 vụ/6.755 bị can"). */
const PAIR_AFTER = /^[ ]*\p{L}+(?:[ ]\p{L}+)?[ ]*\/[ ]*\d/u;
/** The pair's second count, then what links a rate to it: "bị can, đạt tỷ lệ ", "bị can (đạt ". */
const PAIR_RATE_GAP = /^[ ]*\p{L}+(?:[ ]\p{L}+)?[ ]*(?:,[ ]*|\([ ]*)(?:đạt|bằng|chiếm)[ ]*(?:(?:tỷ|tỉ)[ ]+lệ[ ]*)?$/iu;
/** After the rate: a base of its own ("so với", "kế hoạch", "chỉ tiêu"). */
const OWN_BASE_AFTER = /^[ ]*(?:so |kế hoạch|chỉ tiêu|mục tiêu|dự toán|cùng kỳ|KH(?![\p{L}]))/iu;

/** The value of a pair's second count, written in full ("6.755"); undefined for anything else. */
function pairCount(s: string, t: Token): number | undefined {
  const text = s.slice(t.start, t.end);
  if (!/^\d{1,3}(?:\.\d{3})*$/u.test(text)) return undefined;
  return Number(text.replace(/\./gu, ""));
}

/** The first word of a gap that opens with blanks and a noun ("  xã, đạt …" → "xã"). */
const firstWordAt = (gap: string): string => /^[ ]*(\p{L}+)/u.exec(gap)?.[1]?.toLowerCase() ?? "";

/** Between the counts of a pair "a X với b Y": X, then "với". */
const PAIR_WITH = /^[ ]*\p{L}+(?:[ ]\p{L}+)?[ ]+với[ ]+$/u;
/** After a pair's rate: the count it is of ("đạt tỷ lệ 99,5% về số vụ và 98,6% về số bị cáo"). */
const RATE_OF = /^[ ]*về số[ ]+(\p{L}+)/iu;

/**
 * Whether count `i` opens a pair "a X/b Y" (its second count an "other" token right after) or "a X
 * với b Y" (two nouns): b, or undefined.
 */
function pairAt(ctx: RuleContext, i: number): number | undefined {
  const { s, tokens } = ctx;
  const t = tokens[i];
  const b = tokens[i + 1];
  if (!isCount(t) || t.qualifier !== undefined || b === undefined || b.start - t.end > 24) return undefined;
  if (isCount(b)) return b.qualifier === undefined && b.unit !== "" && firstWordAt(b.unit) !== firstWordAt(t.unit) && PAIR_WITH.test(s.slice(t.end, b.from)) ? b.fig.value : undefined;
  if (b.kind !== "other" || !PAIR_AFTER.test(s.slice(t.end, b.start + 1))) return undefined;
  return pairCount(s, b);
}

/**
 * "kiểm sát điều tra 5.185 vụ/7.275 bị can. Cơ quan điều tra đã giải quyết 4.975 vụ/6.755 bị can,
 * đạt tỷ lệ 95,9%": a pair of counts (cases/defendants) with a rate after it is done over the pair
 * before it, of the same first noun, in its sentence or the one before: the rate is a/c of the first
 * counts or b/d of the second. Judged only when the earlier pair is at least the later one in both.
 * A pair of one noun on both sides ("129 xã/193 xã, đạt tỷ lệ 67%") is a fraction: the rate is a/b.
 * A pair may be written "a vụ với b bị cáo"; rates named "về số vụ", "về số bị cáo" are each of
 * their count.
 */
function pairRates(ctx: RuleContext): void {
  const { s, tokens } = ctx;
  let prev = -1;
  for (const i of tokenIndex(ctx).counts) {
    const b = pairAt(ctx, i);
    if (b === undefined) continue;
    const last = prev;
    prev = i;
    const pct = tokens[i + 2];
    if (pct?.kind !== "percent" || ctx.usedPercents.has(i + 2) || pct.qualifier !== undefined || ctx.sentence[i + 2] !== ctx.sentence[i]) continue;
    const gap = s.slice((tokens[i + 1] as Token).end, pct.from);
    if (!PAIR_RATE_GAP.test(gap) || OWN_BASE_AFTER.test(s.slice(pct.end, pct.end + 14))) continue;
    const a = tokens[i] as Extract<Token, { kind: "number" }>;
    // "129 xã/193 xã, đạt tỷ lệ 67%": the same noun on both sides, a fraction of its own.
    if (firstWordAt(gap) === a.unit.split(" ")[0]) {
      if (b === 0) continue;
      ctx.usedPercents.add(i + 2);
      const whole = s.slice((tokens[i + 1] as Token).start, (tokens[i + 1] as Token).end);
      if (a.fig.value > b && pct.fig.value <= 100) {
        ctx.out.push({ code: "part_exceeds_whole", start: a.from, end: pct.end, params: { part: written(ctx, a.fig), whole }, expected: b, actual: a.fig.value });
        continue;
      }
      const computed = (a.fig.value / b) * 100;
      const ok = statesPercent(computed, pct, true);
      const params = { part: written(ctx, a.fig), whole, fraction: `${written(ctx, a.fig)}/${whole}`, stated: written(ctx, { start: pct.from, end: pct.end }), computed };
      ctx.out.push({ code: ok ? "percent_consistent" : "ratio_mismatch", start: a.from, end: pct.end, params, expected: computed, actual: pct.fig.value });
      continue;
    }
    if (last < 0) continue;
    const c = tokens[last] as Extract<Token, { kind: "number" }>;
    const d = pairAt(ctx, last);
    if (d === undefined || ctx.sentence[last]! < ctx.sentence[i]! - 1 || c.unit.split(" ")[0] !== a.unit.split(" ")[0]) continue;
    if (c.fig.value < a.fig.value || d < b || c.fig.value === 0 || d === 0) continue;
    const first = firstWordAt(a.unit);
    const second = firstWordAt(gap);
    // "đạt tỷ lệ 87,8% về số vụ và 94,5% về số bị cáo": each rate of the count it names.
    const rates: [FigureToken, string | undefined][] = [[pct, RATE_OF.exec(s.slice(pct.end, pct.end + 24))?.[1]?.toLowerCase()]];
    const pct2 = tokens[i + 3];
    if (rates[0]![1] === first && pct2?.kind === "percent" && !ctx.usedPercents.has(i + 3) && pct2.qualifier === undefined && /^[ ]*về số[ ]+\p{L}+(?:[ ]\p{L}+)?[ ]+và[ ]+$/iu.test(s.slice(pct.end, pct2.from))) {
      rates.push([pct2, RATE_OF.exec(s.slice(pct2.end, pct2.end + 24))?.[1]?.toLowerCase()]);
    }
    for (const [r, named] of rates) {
      ctx.usedPercents.add(tokens.indexOf(r, i + 2));
      const byFirst = (a.fig.value / c.fig.value) * 100;
      const bySecond = (b / d) * 100;
      const ok = (named !== second && statesPercent(byFirst, r, true)) || (named !== first && statesPercent(bySecond, r, true));
      const onSecond = named === second && named !== first;
      const computed = onSecond ? bySecond : byFirst;
      const part = onSecond ? writeLike(ctx, a.fig, b) : written(ctx, a.fig);
      const whole = onSecond ? writeLike(ctx, c.fig, d) : written(ctx, c.fig);
      const params = { part, whole, fraction: `${part}/${whole}`, stated: written(ctx, { start: r.from, end: r.end }), computed };
      ctx.out.push({ code: ok ? "percent_consistent" : "ratio_mismatch", start: c.from, end: r.end, params, expected: computed, actual: r.fig.value });
    }
  }
}

/** Between a count done and its rate against a plan: its noun, then "(" or "," and the verb ("lao động (đạt ", "người, vượt "). */
const DONE_RATE_GAP = /^[ ]*(?:\p{L}+[ ]+){0,2}\p{L}+[ ]*(?:,[ ]*|\([ ]*)(đạt|bằng|hoàn thành|vượt)[ ]*$/iu;
/**
 * Between the rate and the plan's count: "so với chỉ tiêu ", "kế hoạch năm (kế hoạch là ": the
 * plan named, then its count at once.
 */
const PLAN_GAP = /^[ ]*(?:so với[ ]+)?(?:kế hoạch|chỉ tiêu)(?:[ ]+năm)?[ ]*(?:\([ ]*(?:kế hoạch|chỉ tiêu)(?:[ ]+năm)?[ ]+(?:là[ ]+)?)?$/iu;

/**
 * "tạo việc làm mới cho 26.112 lao động (đạt hơn 130% so với chỉ tiêu 20.000 người)", "ước đạt
 * 21,5 nghìn người, vượt 43,3% kế hoạch năm (kế hoạch là 15 nghìn người)": a count done, its rate
 * against a plan, and the plan's count of the same thing right after. "đạt/bằng/hoàn thành z%" is
 * a/b; "vượt z%" is a/b − 100%. Rounded counts ("21,5 nghìn") are read by their intervals.
 */
function planRates(ctx: RuleContext): void {
  const { s, tokens } = ctx;
  for (const k of tokenIndex(ctx).figures) {
    const pct = tokens[k] as Token;
    if (pct.kind !== "percent" || ctx.usedPercents.has(k)) continue;
    const a = tokens[k - 1];
    const b = tokens[k + 1];
    if (a?.kind !== "number" || a.label || b?.kind !== "number" || ctx.sentence[k - 1] !== ctx.sentence[k] || ctx.sentence[k + 1] !== ctx.sentence[k]) continue;
    if (pct.from - a.end > 40 || b.from - pct.end > 50 || !sameUnit(a.unit, b.unit)) continue;
    const verb = DONE_RATE_GAP.exec(s.slice(a.end, pct.from))?.[1]?.toLowerCase();
    if (verb === undefined || !PLAN_GAP.test(s.slice(pct.end, b.from))) continue;
    const p = figureInterval(a);
    const w = figureInterval(b);
    if (w.low <= 0) continue;
    const over = verb === "vượt" ? 100 : 0;
    const low = (p.low / w.high) * 100 - over;
    const high = (p.high / w.low) * 100 - over;
    const stated = shareInterval(pct.fig, pct.qualifier);
    // Cut rather than rounded at its last decimal, as statesPercent allows.
    const reach = pct.qualifier === undefined ? 10 ** -Math.max(pct.fig.decimals, 0) : 0;
    const ok = low <= stated.high + reach + 1e-9 && high >= stated.low - 1e-9;
    ctx.usedPercents.add(k);
    const computed = (a.fig.value / b.fig.value) * 100 - over;
    const statedText = written(ctx, { start: pct.from, end: pct.end });
    const params = over
      ? { direction: "vượt", stated: statedText, before: written(ctx, b.fig), now: written(ctx, a.fig), computed }
      : { part: written(ctx, a.fig), whole: written(ctx, b.fig), fraction: `${written(ctx, a.fig)}/${written(ctx, b.fig)}`, stated: statedText, computed };
    const code = ok ? (over ? "change_consistent" : "percent_consistent") : over ? "change_percent_mismatch" : "ratio_mismatch";
    ctx.out.push({ code, start: a.from, end: b.end, params, expected: computed, actual: pct.fig.value });
  }
}

export function checkRatioStatements(ctx: RuleContext): void {
  const known = findRatios(ctx);
  const firsts = new Set(known.map((r) => r.first));
  const extra = wordRatios(ctx).filter((w) => !firsts.has(w.first));
  const extraAt = new Set(extra.flatMap((e) => [e.first, e.last]));
  for (const r of withRatios(ctx)) {
    if (firsts.has(r.first) || extraAt.has(r.first) || extraAt.has(r.last)) continue;
    const k = pairFurther(ctx, r);
    if (k === undefined) continue;
    if (r.part.value > r.whole.value) {
      ctx.usedPercents.add(k);
      partExceedsWhole(ctx, r);
    } else known.push(r);
  }
  for (const r of extra) if (r.part.value > r.whole.value) partExceedsWhole(ctx, r);
  for (const r of [...known, ...extra]) {
    if (r.part.value > r.whole.value || r.whole.value === 0 || changePair(ctx, r.first)) continue;
    const k = pairFurther(ctx, r);
    if (k === undefined) continue;
    ctx.usedPercents.add(k);
    const percent = ctx.tokens[k] as FigureToken;
    const computed = (r.part.value / r.whole.value) * 100;
    const ok = statesPercent(computed, percent, true);
    if (!ok && rankFraction(ctx, r.start)) continue;
    const start = Math.min(r.start, percent.from);
    const end = Math.max(r.end, percent.end);
    const fraction = `${written(ctx, r.part)}/${written(ctx, r.whole)}`;
    const params = { part: written(ctx, r.part), whole: written(ctx, r.whole), fraction, stated: written(ctx, { start: percent.from, end: percent.end }), computed };
    ctx.out.push({ code: ok ? "percent_consistent" : "ratio_mismatch", start, end, params, expected: computed, actual: percent.fig.value });
  }
  pairRates(ctx);
  planRates(ctx);
}
