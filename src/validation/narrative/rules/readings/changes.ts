/**
 * Narrower readings of changes, remainders and stages (issue 13, precision on real sentences):
 * how far an approximate change may be from its figure, a change written a second time as an
 * amount ("với mức tăng …") and the percentage it gives, the whole a part done is taken from
 * ("…; đã giải quyết 349 vụ việc, còn 311 …"), remainders that cross a numbered item, and
 * clauses that say what was done with a part rather than name another part. Called by one-line
 * hooks from differences.ts, remainders.ts, breakdowns.ts (stageParts, comparedParts), ratios.ts and
 * ratio-statements.ts (changePair); each reads a few dozen
 * characters around figures the rule already holds, never the text again.
 *
 * Where each shape was found: changeInterval on real-sentences-6.json's tune half (brief p3);
 * changeAmount and changeWithAmount on real-sentences-5.json's held half (brief p4); clauseWhole,
 * acrossItems and stageParts on real-sentences-7.json's tune half (brief p7); comparedParts,
 * changePair on real-sentences-7.json's held half (brief p8; its change rate one unit off is
 * the tolerance of changeGivenTwice in differences.ts); the amount after a
 * change in percent ("tương ứng tăng d", "(tăng d)") on real-sentences-3.json's tune half, and
 * changeEquals ("tăng d = p%") on real-sentences-7.json's held half (brief r8, recall); notLevels
 * (another period's rate, a multiple, a name's number, "và … là" as the earlier figure) on
 * real-sentences-10.json's tune half (brief p13); otherSubject (a change whose own subject is not the
 * earlier sentence's count) on real-sweep-2.json and real-sweep-3.json (brief p3).
 */
import { type Interval, intervalsMeet, isConsistent, sumIntervals } from "../../../interval.js";
import { approximateInterval } from "../../approximate.js";
import { isCount, type RuleContext, writeLike, written } from "../../context.js";
import type { Figure, FigureToken, Token } from "../../tokens.js";
import { figureInterval, sameUnit } from "../breakdowns.js";

type NumberToken = Extract<Token, { kind: "number" }>;

/** The step of the last non-zero digit of a figure as written ("280 nghìn" → 10 nghìn, "1.250" → 10). */
export function lastDigitStep(fig: { value: number; decimals: number }): number {
  const v = Math.abs(fig.value);
  if (!Number.isInteger(v) || v === 0) return 10 ** -fig.decimals;
  let step = 1;
  while (step < v && v % (step * 10) === 0) step *= 10;
  return step;
}

/**
 * A change written with an approximation word ("tăng gần 280 nghìn đồng", "giảm hơn 1.200 hồ
 * sơ"), when its percentage is worked out from it: the word says the change is near the figure,
 * not within its last written digit, so it may be off by a step of that digit ("gần 280 nghìn"
 * is 270 to 280 nghìn, "hơn 1.250" up to 1.260, "khoảng 40" 35 to 45). Only ever wider than
 * {@link figureInterval}.
 */
export function changeInterval(t: Pick<FigureToken, "fig" | "qualifier">): Interval {
  const base = figureInterval(t);
  const q = t.qualifier;
  const v = t.fig.value;
  if (q === undefined || v <= 0) return base;
  const step = lastDigitStep(t.fig);
  const near = q === "hơn" || q === "trên" ? { low: v, high: v + step } : q === "khoảng" || q === "xấp xỉ" ? { low: v - step / 2, high: v + step / 2 } : { low: v - step, high: v };
  return { low: Math.max(0, Math.min(base.low, near.low)), high: Math.max(base.high, near.high) };
}

/** Right before a figure: a change's own word ("với mức tăng", "mức giảm là", "tăng thêm"). */
const CHANGE_AMOUNT_BEFORE = /(?:mức|lượng|số)[ ]+(?:tăng|giảm)(?:[ ]+(?:thêm|là|đạt|khoảng|gần|hơn))*[ ]*:?[ ]*$/iu;

/**
 * Right before the first figure after a change in percent: that change as an amount, "tương ứng
 * (tăng)" or "(tăng" ("tăng 19,8%, tương ứng tăng hơn 13,38 tỷ USD", "giảm 12% (giảm 460 hồ sơ)").
 */
const AMOUNT_AFTER = /(?:tương[ ]+ứng(?:[ ]+với)?[ ]+(?:(tăng|giảm)[ ]+)?|\([ ]*(tăng|giảm)[ ]+)(?:thêm[ ]+)?$/iu;

/**
 * "đạt 101,12 triệu thuê bao, tăng 8,7% so với cùng kỳ tháng 6/2022 với mức tăng 8,12 triệu
 * thuê bao": a figure after "mức tăng" / "mức giảm" is the change itself, written a second
 * time, not the earlier figure the change is from. After a change in percent (`word` its
 * direction, brief r8: real set 3's tune half and set 7's held half), so is a figure after
 * "tương ứng" or "(" and the same direction: the percentage and the amount of one change, the
 * earlier figure not written.
 */
export function changeAmount(s: string, from: number, word?: string): boolean {
  const x = s.slice(Math.max(0, from - 28), from);
  const m = word === undefined ? null : AMOUNT_AFTER.exec(x);
  const sign = signBefore(s, from);
  return CHANGE_AMOUNT_BEFORE.test(x) || (m !== null && (m[1] ?? m[2] ?? word)?.toLowerCase() === word) || (!!sign && (sign === "+") === (word === "tăng")) || (word !== undefined && bareBefore(s, from) === word);
}

/** Between the level and the change it took: its unit, then "," ("12.591 ha, tăng"). */
const LEVEL_THEN_CHANGE = /^[ \p{L}]{0,48},?[ ]*$/u;

/**
 * Whether the figure at `from`, read by {@link changeAmount}, may be taken as the change's amount:
 * always, but for a bare figure in parentheses ({@link bareBefore}), which is that only when the
 * level the change took stands right before it in the same clause (`now`, its unit and "," between,
 * up to the change word at `at`). Else the parenthesis names a level of its own: "số doanh nghiệp
 * thành lập mới giảm 1,0% (3.502 doanh nghiệp) và số doanh nghiệp quay trở lại hoạt động giảm 0,7%
 * (422 doanh nghiệp)" (real-documents-2.json), read as before.
 */
export function amountOfChange(s: string, from: number, now: FigureToken | undefined, at: number): boolean {
  return !bareBefore(s, from) || (now !== undefined && LEVEL_THEN_CHANGE.test(s.slice(now.end, at)));
}

/** Before a bare figure: a change in percent, its direction word, then "(" ("tăng 217,55% ("). */
const BARE_AFTER = /(?<![\p{L}])(tăng|giảm)[ ]+(?:(?:gần|hơn|khoảng|trên|dưới|xấp xỉ)[ ]+)?\d[\d.,]*[ ]*%[ ]*\([ ]*$/iu;
/** From the figure on: the figure, a scale word, a unit of letters only, and the closing ")". */
const BARE_ALONE = /^\d[\d.,]*(?:[ ]+(?:nghìn|ngàn|triệu|tỷ|tỉ))?[ ]*[\p{L} ./²³$]{0,24}\)/u;

/**
 * "diện tích … 12.591 ha, tăng 217,55% (8.626 ha) so với năm trước", "dư nợ 1.250 tỷ đồng, tăng
 * 12,5% (139 tỷ đồng)": the direction of a change in percent when the figure at `from` stands
 * alone in the parenthesis right after it (a unit at most), else "". Such a figure is that change
 * as an amount, unsigned ({@link signBefore} reads the signed "(-673 ha)"): the percentage is
 * judged against it (8.626 ÷ 3.965 = 217,55%), and it is neither the earlier level nor a total or a
 * part of a breakdown. Found on a lost sweep of brief p2's predecessor (a recurring shape there);
 * the parenthesis must close after the unit ("(2022 là 4.500 hộ)" is no amount).
 */
export function bareBefore(s: string, from: number): string {
  let k = from;
  while (s.charCodeAt(--k) === 0x20);
  if (s.charCodeAt(k) !== 0x28) return "";
  const m = BARE_AFTER.exec(s.slice(Math.max(0, from - 40), from));
  return m !== null && BARE_ALONE.test(s.slice(from, from + 48)) ? (m[1] as string).toLowerCase() : "";
}

/**
 * "tổng diện tích gieo trồng ước 40.831 ha, giảm 1,6% (-673 ha) so cùng kỳ", "46.312,8 ha, tăng
 * 0,3% (+150,6 ha)": the sign of a figure signed right after "(" (blanks between, where "**" was),
 * else "". Right after a change in percent, in its direction, such a figure is that change as an
 * amount (673 ÷ 41.504 = 1,62%), not the earlier level (changeAmount) nor a total or a part (the
 * breakdown rule's changedBefore). Found on real-sweep-2.json (brief p1: 14 false errors in 4
 * passages; real-sweep-1.json had one).
 */
export function signBefore(s: string, from: number): string {
  let k = from;
  while (s.charCodeAt(--k) === 0x20);
  const c = s.charAt(k);
  while (s.charCodeAt(--k) === 0x20);
  return "+-".includes(c) && s.charAt(k) === "(" ? c : "";
}

/**
 * The change in percent against its amount written after it ("đạt 101,12 triệu thuê bao, tăng
 * 8,7% … với mức tăng 8,12 triệu thuê bao": 8,12 ÷ (101,12 − 8,12) = 8,73%): the earlier figure
 * is now − amount ("tăng") or now + amount ("giảm"). Judged only when `pct` is a percentage and
 * `now` and `amount` count the same thing; otherwise nothing is said.
 */
export function changeWithAmount(ctx: RuleContext, word: string, sign: number, pct: FigureToken, now: FigureToken | undefined, amount: FigureToken, at: number): void {
  if (now === undefined || pct.kind !== "percent" || !isCount(now) || !isCount(amount) || (amount.unit !== "" && !sameUnit(amount.unit, now.unit))) return;
  const a = figureInterval(now);
  // "lúa 6.194 ha, giảm 0,95% (-59 ha)": a signed amount is the difference of two rounded levels,
  // itself rounded: read as "khoảng 59" (59 ÷ 6.253 = 0,94%; 59,4 gives 0,95%).
  // So is an amount alone in parentheses after the percentage ("tăng 217,55% (8.626 ha)").
  const c = changeInterval(signBefore(ctx.s, amount.from) || bareBefore(ctx.s, amount.from) ? { fig: amount.fig, qualifier: "khoảng" } : amount);
  const lo = a.low - sign * (sign > 0 ? c.high : c.low);
  const hi = a.high - sign * (sign > 0 ? c.low : c.high);
  if (lo <= 0) return;
  const base = now.fig.value - sign * amount.fig.value;
  const computed = (amount.fig.value * 100) / base;
  const st = approximateInterval(pct.fig, pct.qualifier);
  const cut = pct.fig.decimals >= 2 ? 10 ** -pct.fig.decimals / 2 : 0;
  const low = (c.low * 100) / hi;
  const high = (c.high * 100) / lo;
  const ok = low <= st.high + cut + 1e-9 && st.low <= high + 1e-9;
  const params = { direction: word, stated: written(ctx, { start: pct.from, end: pct.end }), now: written(ctx, now.fig), before: writeLike(ctx, now.fig, base), computed };
  ctx.out.push({ code: ok ? "change_consistent" : "change_percent_mismatch", start: Math.min(now.from, at), end: Math.max(amount.end, pct.end), params, expected: computed, actual: pct.fig.value });
}

/**
 * "thụ lý 30.777 vụ, tăng 2.029 vụ = 7% so với năm 2016": a count change, "=" and its percentage
 * (brief r8: real-sentences-7.json's held half). The current figure is the last count of the same
 * thing before the change in its sentence, the change's clause right after it (no "(", "[" or ";"
 * between: "… loại khác 132 lượt [giảm 160 lượt = 44,82%]" is the change of the total before the
 * list, and is not read); judged as {@link changeWithAmount}. Whether it was this shape.
 */
export function changeEquals(ctx: RuleContext, at: number, word: string, sign: number, k: number): boolean {
  const { s, tokens } = ctx;
  const d = tokens[k];
  const p = tokens[k + 1];
  // "= 0,69% số án đã giải quyết" is a share: after the percentage, the clause ends or "so với" follows.
  if (p?.kind !== "percent" || !isCount(d) || !/^[^\d();]{0,24}=[ ]*$/u.test(s.slice(d.end, p.from)) || !/^ *(?:[),.;\n]|$|so )/u.test(s.slice(p.end, p.end + 4))) return false;
  for (let j = k - 1; j >= 0 && ctx.sentence[j] === ctx.sentence[k]; j--) {
    const now = tokens[j];
    if (!isCount(now) || !sameUnit(now.unit, d.unit)) continue;
    if (/[;([]/u.test(s.slice(now.end, at))) return false;
    changeWithAmount(ctx, word, sign, p, now, d, at);
    return true;
  }
  return false;
}

/**
 * Right after a change: the level it reached, "đạt (mức)", "lên (mức)", "xuống (còn)", "(lùi|giảm|tăng)
 * về (mức)", "còn", with at most a comma, a closing parenthesis and the change's own subject word
 * ("chỉ số") between.
 */
const TO_LEVEL = /^[ ]*\)?[ ]*,?[ ]*(?:(?:lùi|giảm|tăng|rơi|trở)[ ]+về|đạt|lên|xuống(?:[ ]+còn)?|còn|về)[ ]+(?:mức[ ]+|ngưỡng[ ]+)?$/iu;

/**
 * "VN-Index tăng 2,15 điểm (tương đương 0,44%), đạt mức 493,93 điểm", "giảm 0,19 điểm (0,31%), lùi
 * về mức 61,33 điểm": the count right after a change (its percentage at `k`, the token after the
 * amount `d`), reached by "đạt mức", "lên", "xuống còn", "lùi về mức", is the level the change
 * ended at, the current figure of the change (brief r6: real-sentences-10.json's tune half). Only a
 * count of the amount's unit, in the same sentence; else undefined.
 */
export function levelAfter(ctx: RuleContext, k: number, d: FigureToken): FigureToken | undefined {
  const p = ctx.tokens[k];
  const l = ctx.tokens[k + 1];
  // "mức 493,93 điểm" reads as a label to the tokenizer ("mức độ 2"); after "đạt mức" it is the level.
  if (p === undefined || l?.kind !== "number" || ctx.sentence[k + 1] !== ctx.sentence[k] || l.from - p.end > 40 || !isCount(d)) return undefined;
  if (d.unit === "" || !sameUnit(l.unit, d.unit) || !TO_LEVEL.test(ctx.s.slice(p.end, l.from))) return undefined;
  return l;
}

/** A clause that opens on "đã" (a part done): "đã giải quyết 349 vụ việc". */
const DONE_OPENS = /^[ ]*đã[ ]/iu;

/** The clause a figure stands in, up to it: the text after the last ",", ";", ":", "." or "(" in the 60 characters before it. */
function ownClause(s: string, from: number): string {
  const lead = s.slice(Math.max(0, from - 60), from);
  return lead.slice(Math.max(lead.lastIndexOf(";"), lead.lastIndexOf(","), lead.lastIndexOf(":"), lead.lastIndexOf("."), lead.lastIndexOf("(")) + 1);
}

/**
 * "đã hướng dẫn … 987 vụ việc; tiếp nhận giải quyết 660 vụ việc; đã giải quyết 349 vụ việc, còn
 * 311 vụ việc": after ";", a clause that opens on "đã" takes its part done from the count of the
 * clause right before it (a count taken in, not itself done: its clause does not open on "đã"),
 * and what remains is of that count. The reading holds when that count is the part done plus the
 * remainder; else undefined, and the rule reads as before. Not "; đã hoàn thành 29; đang thực
 * hiện 11; chưa thực hiện 18" (the part before the remainder opens on "đang": one of three
 * statuses of a whole written before them).
 */
export function clauseWhole<F extends FigureToken>(s: string, chain: readonly F[], rem: Interval): [F[], F[]] | undefined {
  const m = chain.length;
  const whole = chain[m - 2];
  const done = chain[m - 1];
  if (whole === undefined || done === undefined || done.from - whole.end > 80) return undefined;
  const gap = s.slice(whole.end, done.from);
  const semi = gap.lastIndexOf(";");
  if (semi < 0 || !DONE_OPENS.test(gap.slice(semi + 1)) || DONE_OPENS.test(ownClause(s, whole.from))) return undefined;
  return intervalsMeet(figureInterval(whole), sumIntervals([figureInterval(done), rem])) ? [[whole], [done]] : undefined;
}

/** A numbered item opening a clause: "; iii) ", ": 2) ", "\n(b) ". */
const ITEM = /(?:^|[;:\n])[ ]*\(?(?:[ivx]{1,4}|[a-zđ]|\d{1,2})\)[ ]/u;

/**
 * "Kết quả nghiên cứu cho thấy: i) …; ii) có 16 % ngư dân hiểu rõ …; iii) có 3 tính năng …; iv)
 * 5,3% ngư dân không yêu cầu …": items of a numbered list are findings of their own; what remains
 * of a figure is said in its item, so a remainder read across an item's number is no remainder.
 */
export function acrossItems(s: string, from: number, to: number): boolean {
  return to - from < 600 && ITEM.test(s.slice(from, to));
}

/**
 * "hơn 2.900 đơn các loại, trong đó đơn đủ điều kiện xử lý 2.436 đơn; đã giải quyết 1.770 đơn":
 * after a part named by what it is, a clause after ";" that opens on "đã" says what was done with
 * it (a stage, at most that part), not another part of the total. When the parts would exceed
 * the total, they end before such a clause. Parts that all say what was done ("trong đó đã giải
 * quyết a; đang giải quyết b") are read as before.
 */
export function stageParts<P extends { tok: NumberToken }>(s: string, markerEnd: number, total: NumberToken, parts: P[]): P[] {
  if (parts.length < 2) return parts;
  let sum = 0;
  for (const p of parts) sum += p.tok.fig.value;
  const first = parts[0] as P;
  if (sum <= figureInterval(total).high || /(?:^|[^\p{L}])đã[ ]/iu.test(s.slice(markerEnd, first.tok.from))) return parts;
  for (let i = 1; i < parts.length; i++) {
    const prev = (parts[i - 1] as P).tok;
    const t = (parts[i] as P).tok;
    const gap = s.slice(prev.end, t.from);
    const semi = gap.lastIndexOf(";");
    if (semi >= 0 && DONE_OPENS.test(gap.slice(semi + 1)) && t.fig.value <= prev.fig.value) return parts.slice(0, i);
  }
  return parts;
}

/**
 * Right before a count: the base of a comparison still open ("so với … (", "so với "), not one
 * closed before it ("(tăng 4,3% so với cùng kỳ) và hơn 21.400", "so với năm trước, 83 xã"), or
 * by the end of its sentence ("giảm 30% so với cùng kỳ. Hàng hóa nội địa đạt 77.600 tấn").
 */
const COMPARED = /(?:^|[^\p{L}])so[ ]+với(?![\p{L}])(?:[^;,).]|\.(?![ \n]))*$/iu;

/**
 * "358.260 việc, trong đó số việc … năm 2017 … là 215.010 việc, so với số việc … năm 2016 … (144.857
 * việc) tăng 70.153 việc": a count after "so với" in its clause is the level the part is compared
 * with (another period), not another part of the total. When the parts would exceed the total,
 * such counts are left out. Found on real-sentences-7.json's held half (brief p8).
 */
export function comparedParts<P extends { tok: NumberToken }>(s: string, markerEnd: number, total: NumberToken, parts: P[]): P[] {
  if (parts.length < 2) return parts;
  let sum = 0;
  for (const p of parts) sum += p.tok.fig.value;
  if (sum <= figureInterval(total).high) return parts;
  const kept = parts.filter((p, i) => {
    const from = i === 0 ? markerEnd : (parts[i - 1] as P).tok.end;
    return p.tok.from - from > 200 || !COMPARED.test(s.slice(from, p.tok.from)) || /(?:^|[^\p{L}])và[ ]*$/u.test(s.slice(from, p.tok.from));
  });
  return kept.length > 0 && kept.length < parts.length ? kept : parts;
}

/**
 * Right before a figure: a change word of its own ("giảm 20,6%", "tăng khoảng 5%", "tăng thêm 3%",
 * "(cùng kỳ năm 2018 tăng 8,9%)"); the word, in the first group.
 */
const CHANGE_BEFORE = /(?:^|[^\p{L}])(tăng|giảm)(?:[ ]+(?:thêm|là|được|khoảng|gần|hơn|trên))?[ ]*$/iu;

/** Whether a change word of its own ({@link CHANGE_BEFORE}) stands right before `from`. */
export const changeWordBefore = (s: string, from: number): boolean => CHANGE_BEFORE.test(s.slice(Math.max(0, from - 16), from));

/**
 * "số vụ cháy giảm 20,6% (77/97 vụ)", "thiệt hại tài sản giảm 30,1% (7,2/10,3 tỷ đồng)", "doanh thu
 * tăng 12% (112/100 tỷ đồng)": a pair "a/b" right after a change in percent ("(" or ":" between)
 * is the two levels (now/before) the change is between, not a part over its whole, unless its
 * share is the percentage ("tỷ lệ tăng 80% (80/100 xã)": the change word is loose). The change's
 * word ("tăng" or "giảm", lower-cased) when the token at `first` is such a pair, else undefined.
 * Found on real-sentences-7.json's held half (briefs p8 and r8).
 */
export function changeBeforePair(ctx: RuleContext, first: number): string | undefined {
  const p = ctx.tokens[first - 1];
  const t = ctx.tokens[first];
  if (p?.kind !== "percent" || t === undefined || ctx.clause[first - 1] !== ctx.clause[first] || !/^[ ]*[(:][ ]*$/u.test(ctx.s.slice(p.end, t.start))) return undefined;
  // "tỷ lệ tăng 80% (80/100 xã)": a fraction that gives the percentage as its share is the share reached.
  if (t.kind === "fraction" && isConsistent((t.part.value * 100) / t.whole.value, { value: p.fig.value, decimals: p.fig.decimals })) return undefined;
  return CHANGE_BEFORE.exec(ctx.s.slice(Math.max(0, p.from - 16), p.from))?.[1]?.toLowerCase();
}

/**
 * Whether the token at `first` is the two levels of the change in percent before it
 * ({@link changeBeforePair}): neither its share nor a part above its whole is judged, and the
 * percentage is left to the change rules.
 */
export const changePair = (ctx: RuleContext, first: number): boolean => changeBeforePair(ctx, first) !== undefined;

/**
 * "số vụ cháy giảm 20,6% (77/97 vụ)", "thiệt hại tài sản giảm 30,1% (7,2/10,3 tỷ đồng)": a
 * change in percent, then its two ends as a fraction right after it ({@link changeBeforePair}), the
 * later over the earlier (above one after "tăng", below after "giảm"). The two ends as figure
 * tokens [earlier, later] when the fraction at `k` is such a pair, else undefined: the difference
 * rule judges the change against them, and the fraction rule does not read the fraction as the
 * percentage's share ("77/97 = 79,4%" against "20,6%"), nor as a part above its whole. Not one
 * after a change in counts ("tăng 5 tỉnh (40/63 tỉnh)" is the share reached).
 * Found on real-sentences-7.json's held half (brief r8).
 */
export function changeEnds(ctx: RuleContext, k: number): [FigureToken, FigureToken] | undefined {
  const c = ctx.tokens[k - 1];
  const f = ctx.tokens[k];
  if (f?.kind !== "fraction" || c?.kind !== "percent") return undefined;
  const word = changeBeforePair(ctx, k);
  if (word === undefined || f.part.value > f.whole.value !== (word === "tăng")) return undefined;
  const end = (fig: Figure): FigureToken => ({ kind: "number", start: fig.start, end: fig.end, from: fig.start, fig, qualifier: undefined, unit: "", label: false });
  return [end(f.whole), end(f.part)];
}

/**
 * "tăng 11,9% so với cùng kỳ năm trước, nếu loại trừ yếu tố giá tăng 9% (cùng kỳ năm 2018 tăng
 * 8,9%)": the figure after "so với"/"(" is the level a change is from only when it is a level.
 * One with a change word of its own before it is another period's rate (last year's rise), one
 * written "k lần" is a multiple ("gấp 21,1 lần … nhưng vẫn giảm 81,9% so với cùng kỳ năm 2019"),
 * one glued by "-" to a name ("COVID-19", "Su-30") is the name's, and one after "và … là" is
 * another statement's: none of them is a level, so the change is not judged against them.
 * Likewise two figures each written right after "tăng"/"giảm" ("số doanh nghiệp thành lập mới tăng
 * 20% (cùng kỳ tăng 21,7%), số vốn đăng ký tăng 51,5%") are this period's and the same period's
 * changes, and a bare year right after "so với" ("nằm vị trí số 44 (tăng 4 bậc so với 2018)") says
 * when the earlier level was. `now` and `before` are the two figures the difference rule is about
 * to judge the change between. A change in points (`points`) is between two rates, so a rate with
 * its own change word ("đạt 7,5% (cùng kỳ tăng 6,8%), tăng 0,7 điểm phần trăm": last year's growth
 * rate) is the earlier level there. Found on real-sentences-8.json's held half (brief p11) and
 * real-sentences-10.json's tune half (brief p13).
 */
export function notLevels(s: string, now: FigureToken, before: FigureToken, points: boolean): boolean {
  if ([now, before].every((t) => CHANGE_BEFORE.test(s.slice(Math.max(0, t.from - 12), t.from)))) return true;
  if (before.kind === "number" && before.unit === "" && /^(?:19|20)\d\d$/.test(before.fig.raw) && COMPARED.test(s.slice(Math.max(0, before.from - 8), before.from))) return true;
  if ((now.kind === "number" && now.unit.startsWith("lần")) || (before.kind === "number" && before.unit.startsWith("lần"))) return true;
  if (nameNumber(s, now) || nameNumber(s, before)) return true;
  const lead = s.slice(Math.max(0, before.from - 60), before.from);
  return (!points && CHANGE_BEFORE.test(lead.slice(-20))) || AND_IS_BEFORE.test(lead);
}

/** "COVID-19", "Su-30": a figure glued by "-" to the letters of a name. */
const nameNumber = (s: string, t: FigureToken): boolean => t.from > 1 && s.charCodeAt(t.from - 1) === 0x2d && /\p{L}/u.test(s.charAt(t.from - 2));

/**
 * "đạt 12.079 xe, giảm 9% so với tháng trước và doanh số xe nhập khẩu nguyên chiếc là 8.647 xe": a
 * figure after "và", a noun phrase and "là" is another statement coordinated after the change,
 * not the level the change is from.
 */
const AND_IS_BEFORE = /(?<![\p{L}])và[ ]+[^\d();,]{1,50}?(?<![\p{L}])là[ ]*$/u;

/** Right before a change word: the change's own subject, "số" and the words it counts ("số vụ án giảm"). */
const OWN_SUBJECT = /(?<![\p{L}])[Ss]ố((?:[ ]+\p{L}+){1,5})[ ]*$/u;
/**
 * Words of a subject that do not say what is counted: a count's own words ("số lượng vụ"), function
 * words, and times ("số vụ trong quý", "số người bị thương": "thương" says it, "bị" does not).
 */
const SUBJECT_STOP: ReadonlySet<string> = new Set(["lượng", "các", "những", "tổng", "trong", "của", "tại", "do", "đã", "được", "bị", "và", "có", "là", "với", "so", "cùng", "kỳ", "năm", "tháng", "quý"]);

/**
 * "… khám phá 35 vụ phạm tội rất nghiêm trọng. Tuy nhiên, so với cùng kỳ năm 2019, số vụ án giảm
 * 171 vụ (giảm 32,2%)", "… có 51 vụ đã xác định đối tượng vi phạm …. Số vụ vi phạm giảm 86 vụ so
 * cùng kỳ (giảm 56,6%)": a change given twice whose level is taken from an earlier sentence, while
 * its own clause names what it counts ("số" and a noun phrase right before the change word at
 * `at`). Whether that subject, beyond the unit `unit` of the change, shares no word with the
 * level's own words (`level`: those before it in its clause, and its unit): then the level counts
 * another thing and the change is not judged against it. A subject that only repeats the unit
 * ("số vụ giảm") or a change with no subject ("So với cùng kỳ giảm 339 vụ") is read as before, and
 * so is "số vụ tai nạn giảm 59 vụ" after "xảy ra 24 vụ tai nạn giao thông". Found on
 * real-sweep-2.json and real-sweep-3.json (brief p3).
 */
export function otherSubject(s: string, at: number, unit: string, level: readonly string[]): boolean {
  const m = OWN_SUBJECT.exec(s.slice(Math.max(0, at - 48), at));
  if (m === null) return false;
  const unitWords = unit.toLowerCase().split(" ");
  const own = (m[1] as string).toLowerCase().split(" ").filter((w) => w !== "" && !unitWords.includes(w) && !SUBJECT_STOP.has(w));
  return own.length > 0 && !own.some((w) => level.includes(w));
}
