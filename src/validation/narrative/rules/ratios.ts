/**
 * A fraction and the percentage stated for it in the same clause ("956/959 hồ sơ đạt tỷ lệ
 * 99,7%", "534/534 (đạt 100%)", "đạt 100% (534/534)"), and the written-out form "x … trên tổng
 * số y … (đạt z%)". The percentage is judged with the XBRL interval rule, so rounding never
 * raises an alarm; a part larger than its whole always does.
 */
import { isConsistent } from "../../interval.js";
import { shareInterval } from "../approximate.js";
import { type RuleContext, tokenIndex, written } from "../context.js";
import type { Figure, FigureToken, Token } from "../tokens.js";
import { countPair, overWhole, perHundred, rankFraction } from "./readings/shares.js";
import { changeEnds, changePair } from "./readings/changes.js";
import { isScoreUnit } from "./scores.js";

/** A part/whole claim found in the text. */
export interface Ratio {
  readonly start: number;
  readonly end: number;
  readonly part: Figure;
  readonly whole: Figure;
  /** Index of the token that starts the claim and the token that ends it. */
  readonly first: number;
  readonly last: number;
}

const OUT_OF = /^[ ]*(?:\p{L}+[ ]+){0,4}?(?:trên|trong)[ ]+tổng[ ]+số[ ]*$/iu;
/** Words that make the next percentage a change or another quantity, not this fraction's share. */
const NOT_SHARE = /(?:^|[^\p{L}])(?:tăng|giảm|so với|vượt|cao hơn|thấp hơn|còn lại|kế hoạch)(?![\p{L}])/iu;
const RATE_WORD = /(?:tỷ|tỉ) lệ/giu;
const LINKING = /^(?:[\s(:,–-]|đạt|là|bằng|chiếm|khoảng|tương ứng|tương đương|với)*$/iu;
const LINKING_RATE = /^(?:[\s(:–-]|đạt|là|bằng|chiếm|khoảng|tương ứng|tương đương|với|tỷ lệ|tỉ lệ)*$/iu;

/**
 * "9/9 huyện, thành phố đạt tỷ lệ dưới 10%": a bound the counted units each meet (their own
 * rate under a ceiling), not the fraction's share, which the author knows to the unit.
 */
export function boundMet(ctx: RuleContext, percent: FigureToken): boolean {
  return percent.qualifier === "dưới" && /(?:^|[^\p{L}])đạt[ ]+(?:(?:tỷ|tỉ)[ ]+lệ[ ]*)?$/iu.test(ctx.s.slice(Math.max(0, percent.from - 16), percent.from));
}

/** True when a percentage after a fraction, separated by `gap`, is that fraction's share. */
export function shareGap(gap: string): boolean {
  if (gap.length > 90 || NOT_SHARE.test(gap) || gap.includes(")")) return false;
  // After a comma only linking words may come: "956/959 hồ sơ, đạt tỷ lệ 99,7%", not
  // "956/959 hồ sơ trả đúng hạn, số hóa đạt 100%" (another subject).
  const comma = gap.lastIndexOf(",");
  if (comma >= 0 && !LINKING_RATE.test(gap.slice(comma + 1))) return false;
  // "… tỷ lệ khai thác dữ liệu đạt 96,84%" names another rate; "đạt tỷ lệ 99,7%" does not.
  let tail: string | undefined;
  RATE_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RATE_WORD.exec(gap)) !== null) tail = gap.slice(m.index + m[0].length);
  return tail === undefined || LINKING.test(tail);
}

/**
 * Whether `s[from, to)` ends in "số" and spaces, in any case (as a `iu` regex reads it: "ſ" for
 * "s"), read in place: every match of a pattern that ends in "tổng số[ ]*$" or "số[ ]*$" does,
 * and most gaps between two figures do not, so they are ruled out with no slice and no regex.
 */
export function endsWithSo(s: string, from: number, to: number): boolean {
  let k = to;
  while (k > from && s.charCodeAt(k - 1) === 0x20) k--;
  if (k - 2 < from) return false;
  const o = s.charCodeAt(k - 1);
  const c = s.charCodeAt(k - 2);
  return (o === 0x1ed1 || o === 0x1ed0) && (c === 0x73 || c === 0x53 || c === 0x17f);
}

/** Fractions (not scores) and "x trên tổng số y" claims, in text order. */
export function findRatios(ctx: RuleContext): Ratio[] {
  const { tokens, s } = ctx;
  const out: Ratio[] = [];
  for (const i of tokenIndex(ctx).figures) {
    const t = tokens[i] as Token;
    if (t.kind === "fraction" && !isScoreUnit(t.unit) && !countPair(t.part, t.whole)) {
      out.push({ start: t.start, end: t.end, part: t.part, whole: t.whole, first: i, last: i });
    } else if (t.kind === "number") {
      const n = tokens[i + 1];
      // OUT_OF ends in "số" and spaces: the gap is sliced and matched only when it does.
      if (n?.kind === "number" && n.start - t.end <= 60 && endsWithSo(s, t.end, n.start) && OUT_OF.test(s.slice(t.end, n.start))) {
        out.push({ start: t.start, end: n.end, part: t.fig, whole: n.fig, first: i, last: i + 1 });
      }
    }
  }
  return out;
}

/**
 * Whether a stated rate may be read as cut (not rounded) at its last decimal, for
 * {@link statesPercent}'s `cut`: a rate of two decimals or more ("thụ lý 7.662 vụ án các loại,
 * giải quyết 6.468 vụ, đạt 84,41%": 84,417% cut; off by less than 0,01 point), and a rate above 100%
 * of done over planned at any decimal ("15.366/13.273 lượt bệnh nhân, đạt 115,7% chỉ tiêu kế
 * hoạch": 115,77% cut; a rate of attainment is written down to what was attained). A share of one
 * decimal is still judged by its rounding ("2/3 xã (66,6%)" is a slip). Found on real-sentences-7's
 * tune half (brief p7).
 */
export function cutAllowed(percent: FigureToken, over: boolean): boolean {
  return over || percent.fig.decimals >= 2;
}

/**
 * Whether a percentage states `computed`: within its rounding (XBRL) and the range its
 * approximation word allows; with `cut`, also when cut, not rounded, at its last written decimal
 * (13,058 written "13,05"). One test for every rule that judges a stated share.
 */
export function statesPercent(computed: number, percent: FigureToken, cut: boolean): boolean {
  const { value, decimals } = percent.fig;
  if (cut && percent.qualifier === undefined && decimals >= 1 && computed >= value - 1e-9 && computed < value + 10 ** -decimals) return true;
  const approx = shareInterval(percent.fig, percent.qualifier);
  return isConsistent(computed, { value, decimals, ...(percent.qualifier ? { qualifier: percent.qualifier } : {}) }) && computed >= approx.low - 1e-9 && computed <= approx.high + 1e-9;
}

/** Checks a part against its whole and against a stated percentage; returns nothing. */
export function checkShare(
  ctx: RuleContext,
  claim: { start: number; end: number; part: Figure; whole: Figure; fractionText: string },
  percent: FigureToken | undefined,
): void {
  const { part, whole } = claim;
  if (part.value > whole.value && !overWhole(percent)) {
    ctx.out.push({
      code: "part_exceeds_whole",
      start: claim.start,
      end: Math.max(claim.end, percent?.end ?? 0),
      params: { part: written(ctx, part), whole: written(ctx, whole) },
      expected: whole.value,
      actual: part.value,
    });
    return;
  }
  if (whole.value === 0) return;
  const computed = (part.value / whole.value) * 100;
  if (!percent) {
    ctx.out.push({ code: "fraction_consistent", start: claim.start, end: claim.end, params: { fraction: claim.fractionText } });
    return;
  }
  const start = Math.min(claim.start, percent.from);
  const end = Math.max(claim.end, percent.end);
  const stated = written(ctx, { start: percent.from, end: percent.end });
  const params = { fraction: claim.fractionText, stated, computed };
  const ok = statesPercent(computed, percent, cutAllowed(percent, part.value > whole.value));
  const base = { start, end, params, expected: computed, actual: percent.fig.value };
  if (!ok && rankFraction(ctx, claim.start)) return;
  if (!ok) ctx.out.push({ code: "percent_mismatch", ...base });
  else {
    ctx.out.push({ code: "percent_consistent", ...base });
    const full = percent.fig.value === 100 && percent.qualifier === undefined && part.value < whole.value;
    if (full) ctx.out.push({ code: "percent_rounded_to_full", ...base });
  }
}

/**
 * "5/40 tỉnh đạt trên 90%, 11/40 tỉnh đạt từ 70% đến 90% và 24/40 tỉnh đạt dưới 70%": a bound
 * ("trên", "dưới", "hơn") after a fraction that has a sibling of the same whole in its sentence
 * is the band its units fall in, not its share (the share rule of the list is share-sums.ts).
 */
export function inBands(ctx: RuleContext, k: number, percent: FigureToken): boolean {
  const q = percent.qualifier;
  const f = ctx.tokens[k] as Token;
  if ((q !== "trên" && q !== "dưới" && q !== "hơn") || f.kind !== "fraction") return false;
  for (let j = Math.max(0, k - 8); j <= k + 8 && j < ctx.tokens.length; j++) {
    const t = ctx.tokens[j] as Token;
    if (j !== k && t.kind === "fraction" && t.whole.value === f.whole.value && ctx.sentence[j] === ctx.sentence[k]) return true;
  }
  return false;
}

/** The percentage token paired with a claim spanning tokens `first..last`, if any. */
function pairedPercent(ctx: RuleContext, first: number, last: number): number | undefined {
  const { tokens, s, usedPercents } = ctx;
  const lastTok = tokens[last] as Token;
  const after = tokens[last + 1];
  if (after?.kind === "percent" && !usedPercents.has(last + 1) && ctx.clause[last + 1] === ctx.clause[last]) {
    const gap = s.slice(lastTok.end, after.from);
    const follow = s.slice(after.end, after.end + 12);
    // A range ("… đạt từ 80% đến 95%") is a band the counted units fall in, never one share.
    if (shareGap(gap) && !/^[\s,]*(?:so với|đến[ ])/iu.test(follow) && !boundMet(ctx, after) && !inBands(ctx, last, after)) return last + 1;
  }
  const firstTok = tokens[first] as Token;
  const before = tokens[first - 1];
  if (before?.kind === "percent" && !usedPercents.has(first - 1) && ctx.clause[first - 1] === ctx.clause[first]) {
    // Only "đạt 99,7% (956/959 hồ sơ)" or "99,7%: 956/959": a percentage of another subject
    // often ends the clause before a fraction.
    if (/^[ ]*[(:][ ]*$/.test(s.slice(before.end, firstTok.start))) return first - 1;
  }
  return undefined;
}

/** The rule: every fraction, with its percentage when one is stated. */
export function checkRatios(ctx: RuleContext): void {
  for (const r of findRatios(ctx)) {
    // "giảm 20,6% (77/97 vụ)": the two ends of a change, and the change (differences.ts judges them).
    if (changeEnds(ctx, r.first) && ctx.usedPercents.add(r.first - 1)) continue;
    const k = pairedPercent(ctx, r.first, r.last);
    // Levels of a change the other way round ("tăng 12% (100/112 tỷ đồng)"): no share, unless
    // the pair states a rate of its own after it ("tăng 3,3% (481/523 hồ sơ, đạt 92%)").
    if (k !== r.last + 1 && changePair(ctx, r.first)) continue;
    const percent = k === undefined ? undefined : (ctx.tokens[k] as FigureToken);
    if (k !== undefined) ctx.usedPercents.add(k);
    if (k === undefined && perHundred(ctx.s, r.start, r.whole)) continue;
    const fractionText = `${written(ctx, r.part)}/${written(ctx, r.whole)}`;
    checkShare(ctx, { start: r.start, end: r.end, part: r.part, whole: r.whole, fractionText }, percent);
  }
}
