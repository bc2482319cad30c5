/**
 * A total split in the parentheses that follow it: "Đã triển khai 85 điểm (52 điểm ở xã và 43
 * điểm ở phường)", "1.250 hồ sơ (trong đó 800 trực tuyến, 450 trực tiếp)", "(gồm …)", "(có …
 * và …)", with the unit repeated or not. Parentheses right after a total that hold two or more
 * figures of what the total counts, and nothing else counted, are its split: they must add up
 * to it (XBRL intervals, approximation words honoured). Figures of other things ("tỉnh A (4 mô
 * hình)"), changes ("tăng 800 hồ sơ"), shares ("(61%)") and fractions are not parts.
 */
import { intervalsMeet, sumIntervals } from "../../interval.js";
import { intervalOf, isCount, operandInterval, type RuleContext, tokenAt, tokenIndex, writeLike, written } from "../context.js";
import type { Token } from "../tokens.js";
import { plausibleInterval, sameUnit } from "./breakdowns.js";
import { goesOn } from "./readings/lists.js";
import { adminKind, adminWhole, elidedNounParts, nameBefore, roundedParts } from "./readings/wholes.js";

type NumberToken = Extract<Token, { kind: "number" }>;

/**
 * Between a total and its "(": its noun phrase ("85 điểm", "119.514 tài khoản định danh điện tử",
 * "855 thủ tục hành chính trên Cổng Dịch vụ công quốc gia"), with no other figure and no end of
 * sentence or clause. Sticky, tried at the total's end: no slice per count. Its run stops at the
 * first "(", so a match ends at the next "(", the one the rule reads. Without `u` (faster): a gap
 * of at most 120 units, checked before, has at most 120 code points.
 */
const LEAD = /[^\d.;:()\n]{0,120}\(/y;
/** "134 xã, phường …": a total of two kinds of unit, whose parts may count either. */
const PAIR = /^[ ]*(\p{Ll}+)[ ]*(?:,|và|hoặc)[ ]*(\p{Ll}+)/u;
/** Words a part may open its parentheses with. */
const OPENER = /^\s*(?:trong đó|bao gồm|gồm|có|cụ thể|chia ra|với)?\s*[:,]?\s*/iu;
/** A change, a share or another claim inside the parentheses: not a split. */
const NOT_PART_BEFORE = /(?<![\p{L}])(?:tăng|giảm|thêm|hơn|so với|bằng|chiếm|đạt|còn|mỗi|bình quân|trung bình)[ ]*$/iu;
/** Words that, as the first word after a figure, mean it has no unit of its own ("52 ở xã"). */
const FUNCTION_WORD = /^(?:ở|tại|của|là|trong|thuộc|do|cho|được|đã|đang|từ|thông|qua|về|cấp|và|với|trên|thuộc)(?: |$)/u;
/**
 * An age ("173 cử tri từ 100 tuổi trở lên (…, 114 tuổi …)"): a measure of each one counted, never
 * a total that the ages in the parentheses split.
 */
const AGE = /^tuổi(?: |$)/u;
/** How far a parenthesis may run. */
const REACH = 400;

const unitOf = (t: NumberToken): string => (FUNCTION_WORD.test(t.unit) ? "" : t.unit);

/**
 * The counts of a "(gồm …)" list whose items each hold exactly one plain count ("Công an 2.621
 * xã; 687 phường; 11 đặc khu"), whatever they count; undefined when an item holds none or two, or
 * a count is a change, a share or another claim.
 */
function kindParts(ctx: RuleContext, inner: string, from: number, close: number): NumberToken[] | undefined {
  const { s, tokens } = ctx;
  const counts: NumberToken[] = [];
  for (let k = tokenAt(ctx, from); k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.start >= close) break;
    if (!isCount(t) || NOT_PART_BEFORE.test(s.slice(Math.max(from, t.from - 16), t.from))) return undefined;
    counts.push(t);
  }
  if (counts.length < 2) return undefined;
  // Item boundaries: ";", "," (not inside a number) and "và".
  const cuts: number[] = [];
  const sep = /;|,(?!\d)|(?<![\p{L}])và(?![\p{L}])/gu;
  let m: RegExpExecArray | null;
  while ((m = sep.exec(inner)) !== null) cuts.push(from + m.index);
  let c = 0;
  let item = -1;
  for (const t of counts) {
    let j = c;
    while (j < cuts.length && (cuts[j] ?? 0) < t.start) j++;
    if (j === item) return undefined; // two counts in one item: "5 xã với 1.200 hộ"
    item = j;
    c = j;
  }
  return counts;
}

/** The rule. */
export function checkSplits(ctx: RuleContext): void {
  const { s, tokens } = ctx;
  // The next "(" after the current token: one pointer over the text, so the scan stays linear.
  let nextOpen = s.indexOf("(");
  for (const i of tokenIndex(ctx).counts) {
    const total = tokens[i];
    if (nextOpen < 0) break;
    if (!isCount(total) || total.unit === "") continue;
    if (nextOpen < total.end) nextOpen = s.indexOf("(", total.end);
    if (nextOpen < 0 || nextOpen - total.end > 120 || FUNCTION_WORD.test(total.unit) || AGE.test(total.unit)) continue;
    const open = nextOpen;
    LEAD.lastIndex = total.end;
    if (!LEAD.test(s)) continue;
    // The closing parenthesis (no nesting, same line, bounded).
    let close = -1;
    for (let k = open + 1; k < Math.min(s.length, open + REACH); k++) {
      const c = s.charCodeAt(k);
      if (c === 0x29) {
        close = k;
        break;
      }
      if (c === 0x28 || c === 0x0a) break;
    }
    if (close < 0) continue;
    const inner = s.slice(open + 1, close);
    const opener = OPENER.exec(inner)?.[0] ?? "";
    const pair = PAIR.exec(s.slice(total.fig.end, open));
    const kinds = new Set(pair ? [pair[1] ?? "", pair[2] ?? ""] : []);
    const parts: NumberToken[] = [];
    const bare: NumberToken[] = [];
    let ok = true;
    for (let k = tokenAt(ctx, open + 1); k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.start >= close) break;
      if (t.kind === "percent") continue;
      if (t.kind !== "number" || t.label) {
        if (t.kind === "fraction" || t.kind === "date") ok = false;
        continue;
      }
      if (NOT_PART_BEFORE.test(s.slice(Math.max(open + 1, t.from - 16), t.from)) && !(t.unit === "" && nameBefore(s, t.from))) {
        ok = false;
        break;
      }
      const unit = unitOf(t);
      if (unit !== "" && !sameUnit(unit, total.unit) && !kinds.has(unit.split(" ")[0] ?? "") && !(adminKind(unit) && adminWhole(s, total))) continue; // counts something else
      // A figure with nothing after it ("…, chia sẻ: 1.4K)") is not known to count the same thing;
      // one followed by "ở", "cho"… ("43 ở phường") is.
      if (t.unit === "") {
        bare.push(t);
        continue;
      }
      parts.push(t);
    }
    // Bare figures are parts only when no figure in the parentheses names a unit ("(52 và 43)").
    if (parts.length === 0) parts.push(...bare);
    else if (bare.length > 0) continue;
    // "3.319 Công an cấp xã (gồm Công an 2.621 xã; 687 phường; 11 đặc khu)": a "gồm" list of the
    // total's kinds, one count to each item, counts nothing but parts.
    if (ok && parts.length < 2 && /gồm/iu.test(opener)) {
      const kinds = kindParts(ctx, inner, open + 1, close);
      if (kinds !== undefined) parts.splice(0, parts.length, ...kinds);
    }
    if (!ok || parts.length < 2 || opener.length > inner.length) continue;
    // Every part either names the total's unit or none; at least one names it, or none do.
    const named = parts.filter((p) => unitOf(p) !== "").length;
    if (named === 0 && tokens.slice(tokenAt(ctx, open + 1), tokenAt(ctx, close)).some((t) => isCount(t) && unitOf(t) !== "")) continue;
    ctx.claimed.add(i);
    const plausible = plausibleInterval(total.fig, total.qualifier);
    const over = parts.find((p) => intervalOf(p).low > plausible.high);
    if (over !== undefined) {
      ctx.out.push({
        code: "part_exceeds_whole",
        start: total.from,
        end: over.end,
        params: { part: written(ctx, over.fig), whole: written(ctx, { start: total.from, end: total.fig.end }) },
        expected: total.fig.value,
        actual: over.fig.value,
      });
      continue;
    }
    const sum = sumIntervals(parts.map((p) => operandInterval(p)));
    const sumValue = parts.reduce((a, p) => a + p.fig.value, 0);
    const totalText = written(ctx, { start: total.from, end: total.fig.end });
    const last = parts[parts.length - 1]!;
    const params = { total: totalText, sum: writeLike(ctx, total.fig, sumValue), parts: parts.map((p) => written(ctx, p.fig)) };
    const base = { start: total.from, end: last.end, params, expected: sumValue, actual: total.fig.value };
    // "15.539 hồ sơ (trong đó có 370 … và 9 …)": "trong đó" may name a few of many; parts far
    // short of the total are such a few, not a split that misses.
    if (/^\s*trong đó/iu.test(opener) && sum.high < operandInterval(total).low / 2) continue;
    const meets = (intervalsMeet(operandInterval(total), sum) && sum.low <= plausible.high) || roundedParts(ctx, i, parts) || elidedNounParts(ctx, open, close, total);
    if (!meets && sum.high < operandInterval(total).low && goesOn(inner)) continue;
    ctx.out.push({ code: meets ? "split_consistent" : "split_total_mismatch", ...base });
  }
}
