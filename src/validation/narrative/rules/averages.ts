/**
 * A stated average against the two figures it comes from: "tổ chức 12 lớp với 1.830 học viên,
 * bình quân 172 học viên/lớp" (1.830 ÷ 12 = 152,5), "trung bình mỗi xã 45 hồ sơ", "bình quân
 * 1,2 triệu đồng một hộ". The average names what it counts and what it divides by ("học
 * viên/lớp", "mỗi xã", "một hộ", "trên một xã"); both must be stated as counts earlier in the
 * same sentence or in the sentence before ("… 12 lớp cho 1.830 học viên. Bình quân mỗi lớp 172
 * học viên."). The divisor may be an acronym or a capitalised noun ("bình quân một DN", "mỗi
 * UBND xã"). The average is judged with the XBRL interval of the number as written, widened by
 * an approximation word ("khoảng 150").
 */
import { anchoredMatches, intervalOf, isCount, type RuleContext, tokenAt, written } from "../context.js";
import type { Token } from "../tokens.js";
import { averageAsTotal, averageOfPart, pastTime } from "./readings/wholes.js";
import { figureInterval, firstWord as first } from "./breakdowns.js";

type NumberToken = Extract<Token, { kind: "number" }>;

const MARKER = /[Bb]ình quân|[Tt]rung bình/y;
/** Every character a match of MARKER may open with (keep in step with it: other starts are not tried). */
const OPENS = "BbTt";
/** What every marker holds, fast to scan for (see {@link anchoredMatches}). */
const ANCHOR = ["ình"];
/** Where ANCHOR stands in the markers: "trung bình", "bình quân" (see {@link anchoredMatches}). */
const STARTS = [[7, 1]];
/** "mỗi lớp", "một lớp", "1 lớp", "trên một lớp", "/lớp" right after the average's unit. */
const PER_AFTER = /^[ ]*(?:\/[ ]*(?:1[ ]+)?|(?:trên[ ]+)?(?:mỗi|một|1)[ ]+)(\p{L}+(?: \p{Ll}+)?)/u;
/** Between a whole and an average: the average is a part's ("riêng …", "trong đó …"). */
const PART_AFTER = /(?<![\p{L}])(?:riêng|trong đó|trong số|trong khi)(?![\p{L}])/iu;
/** Right after a count's digits: its unit, "/", a count and its unit ("1.286 tiêu chí/92 xã"); the count and the word after it. */
const OVER_COUNT = /^[ ]*[\p{L} ]{1,24}?[ ]*\/[ ]*(\d{1,3}(?:\.\d{3})*|\d+)[ ]+(\p{L}+)/u;
/** "bình quân mỗi lớp (có)? 172 …", "bình quân trên một DN thành lập mới đạt …": the divisor before the average. */
const PER_BEFORE = /^[ ]*(?:trên[ ]+)?(?:mỗi|một)[ ]+(\p{L}+(?: \p{Ll}+)?)(?:[ ]+[\p{Ll}\d]+){0,8}[ ]*[:,]?[ ]*$/u;
/** Only linking words between "bình quân" and the average. */
const LINK = /^[ ]*(?:(?:là|đạt|khoảng|có|được|ở mức|mức)[ ]*)*[:,]?[ ]*$/u;
/** "Từ năm 2002 - 2021", "từ năm 2011 đến năm 2019", "(2019 – 2023)": a span of years. */
const YEAR_RANGE = /(?<!\d)((?:19|20)\d\d)[ ]*(?:-|–|đến(?: năm)?)[ ]*((?:19|20)\d\d)(?!\d)/giu;
/** "trong năm năm gần đây", "trong 5 năm qua": a count of years. */
const YEAR_SPAN = /(?<![\p{L}])trong[ ]+(\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ ]+năm(?![\p{L}])/giu;
const WORD_NUMBERS = ["hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];
/**
 * The period a day average divides by, the last one named before it: "quý 1 năm 2024", "quý
 * III", "11 tháng năm 2023", "6 tháng đầu năm", "mỗi năm", "hằng năm"; a week ("một tuần", "tuần
 * qua") or working days say nothing sure (holidays), and are read as no period.
 */
const DAY_PERIOD = /(?<![\p{L}])(?:quý[ ]+(?:I{1,3}|IV|[1-4])(?![\p{L}\d])|(\d{1,2})[ ]+tháng(?![\p{L}])|(tuần|ngày làm việc)(?![\p{L}])|(?:mỗi|một|hằng|hàng|cả)[ ]+(năm)(?![\p{L}]))/giu;

/**
 * "trong quý 1 năm 2024, … làm 2.723 người chết; bình quân mỗi ngày có 30 người chết", "Tính chung
 * 11 tháng năm 2023, … 11.779 vụ …. Bình quân một ngày có 35 vụ": the days of the last period named
 * in `back` (the text before the average), as an interval (a quarter is 90 to 92 days, n months n ×
 * 30,44 less 2,5 to plus 1, a year 365 or 366), or undefined (brief r6: real sets 6 and 9's tune halves).
 */
function periodDays(back: string): { low: number; high: number } | undefined {
  const last = [...back.matchAll(DAY_PERIOD)].pop();
  if (last === undefined || last[2] !== undefined) return undefined;
  if (last[3] !== undefined) return { low: 365, high: 366 };
  if (last[1] === undefined) return { low: 90, high: 92 };
  const n = Number(last[1]);
  return n >= 1 && n <= 12 ? { low: n * 30.4375 - 2.5, high: n * 30.4375 + 1 } : undefined;
}
/** How far back the two counts may be (in this sentence or the one before). */
const REACH = 320;


/**
 * "Tổng tiêu chí đạt được: 1.286 tiêu chí/92 xã. Số tiêu chí đạt bình quân: 14 tiêu chí/1 xã", "1.830
 * học viên/12 lớp": a count of the average's unit written over a count of what it is per ("a
 * đơn vị/N per") in the average's sentence or the one before; the second count is no token of its
 * own (the tokenizer reads "/92" as a code), so it is read here. [total, count], or undefined
 * (brief r6: real-sentences-2.json's tune half).
 */
function overCount(ctx: RuleContext, k: number, avg: NumberToken, unit: string, per: string): [NumberToken, NumberToken] | undefined {
  const { s, tokens } = ctx;
  for (let j = k - 1; j >= 0 && ctx.sentence[k]! - ctx.sentence[j]! < 2 && avg.start - (tokens[j] as Token).end <= REACH; j--) {
    const t = tokens[j] as Token;
    if (!isCount(t) || first(t.unit) !== first(unit)) continue;
    const m = OVER_COUNT.exec(s.slice(t.end, t.end + 48));
    if (m === null || m[2]!.toLowerCase() !== first(per)) continue;
    // "…/125 xã; riêng các xã miền núi bình quân 14 tiêu chí/xã": the average of a part.
    if (PART_AFTER.test(s.slice(t.end, avg.from))) return undefined;
    const raw = m[1]!;
    const value = Number(raw.replace(/\./gu, ""));
    const from = t.end + m[0].indexOf(raw, m[0].indexOf("/"));
    const fig = { start: from, end: from + raw.length, raw, value, decimals: 0, malformed: false };
    return [t, { kind: "number", start: from, end: from + raw.length, from, fig, qualifier: undefined, unit: m[2]!.toLowerCase(), label: false }];
  }
  return undefined;
}

/** The rule. */
export function checkAverages(ctx: RuleContext): void {
  const { s, tokens } = ctx;
  for (const m of anchoredMatches(s, ANCHOR, MARKER, 7, OPENS, STARTS)) {
    const after = m.end;
    const k = pastTime(ctx, tokenAt(ctx, after), after);
    // "mỗi lớp 172 học viên": a label to the tokenizer ("lớp 12"), the average here.
    const avg = tokens[k];
    if (avg?.kind !== "number" || avg.from - after > 80) continue;
    const lead = s.slice(after, avg.from);
    let per = PER_BEFORE.exec(lead)?.[1]?.toLowerCase();
    if (per === undefined && avg.from - after > 40) continue;
    if (per === undefined && !LINK.test(lead)) continue;
    // The average's own unit, and what it is per.
    const tail = s.slice(avg.fig.end, avg.fig.end + 60);
    const unitMatch = /^[ ]*(\p{Ll}+(?: \p{Ll}+)?)/u.exec(tail);
    let unit = "";
    if (unitMatch) {
      const words = (unitMatch[1] ?? "").split(" ");
      // Stop the unit before "mỗi"/"một"/"trên".
      const cut = words.findIndex((w) => w === "mỗi" || w === "một" || w === "trên");
      unit = (cut < 0 ? words : words.slice(0, cut)).join(" ");
    }
    // "bình quân 1.012 HTX ra đời/năm": an acronym unit, and the divisor after a short verb.
    let late: string | undefined;
    if (unit === "" && /^[ ]*\p{Lu}{2,}(?![\p{L}])/u.test(tail)) {
      unit = first(avg.unit);
      late = /^[ ]*\p{Lu}+[ \p{Ll}]{0,16}\/[ ]*(\p{Ll}+)/u.exec(tail)?.[1];
    }
    per ??= late;
    if (per === undefined) {
      const rest = tail.slice(tail.indexOf(unit) + unit.length);
      per = PER_AFTER.exec(unit === "" ? tail : rest)?.[1]?.toLowerCase();
    }
    if (per === undefined || per === "" || unit === "" || first(per) === first(unit)) continue;
    // The two counts, in the same sentence (before the average, or after it in a parenthesis):
    // the divisor counts \`per\`, the dividend \`unit\`.
    let count: NumberToken | undefined;
    let total: NumberToken | undefined;
    const consider = (t: Token): void => {
      if (!isCount(t) || t === avg) return;
      if (count === undefined && first(t.unit) === first(per!)) count = t;
      else if (total === undefined && first(t.unit) === first(unit)) total = t;
    };
    for (let j = k - 1; j >= 0 && ctx.sentence[k]! - ctx.sentence[j]! < 2 && ctx.paragraph[j] === ctx.paragraph[k] && avg.start - (tokens[j] as Token).end <= REACH; j--) consider(tokens[j] as Token);
    for (let j = k + 1; j < tokens.length && ctx.sentence[j] === ctx.sentence[k] && (tokens[j] as Token).start - avg.end <= REACH; j++) {
      if (count !== undefined && total !== undefined) break;
      consider(tokens[j] as Token);
    }
    if (count === undefined) [total, count] = overCount(ctx, k, avg, unit, per) ?? [total, count];
    // "Từ năm 2002 - 2021, … 20.234 HTX …, bình quân 1.012 HTX ra đời/năm", "trong năm năm gần
    // đây … 927 vụ …. Trung bình mỗi năm xảy ra 185 vụ": a year average over a span of years
    // written as a range (its count of years, ends included or not) or in words, and the total
    // in its sentence or, when it is the only count of the thing there, in the sentence before.
    // A day average ("bình quân mỗi ngày") divides by the days of the period named before it (periodDays).
    let years: { low: number; high: number } | undefined;
    if (count === undefined && first(per) === "năm") {
      const back = s.slice(Math.max(0, m.index - 400), m.index);
      const range = [...back.matchAll(YEAR_RANGE)].pop();
      const span = [...back.matchAll(YEAR_SPAN)].pop();
      if (range !== undefined) {
        const n = Number(range[2]) - Number(range[1]);
        if (n > 0 && n < 100) years = { low: n, high: n + 1 };
      } else if (span !== undefined) {
        const w = span[1]!.toLowerCase();
        const n = /^\d+$/u.test(w) ? Number(w) : WORD_NUMBERS.indexOf(w) + 2;
        if (n >= 2) years = { low: n, high: n };
      }
    } else if (count === undefined && first(per) === "ngày" && !per.startsWith("ngày làm")) years = periodDays(s.slice(Math.max(0, m.index - 300), m.index));
    if (years !== undefined) {
      // A total found in the sentence before (the counts may be there) must be the only count of
      // the thing there too: "… có 167 vụ, năm 2025 có 46 vụ. Trung bình mỗi năm …" does not say which.
      if (years !== undefined && (total === undefined || ctx.at(total.start).sentence !== ctx.sentence[k])) {
        total = undefined;
        // Bounded walk back (never a pass over the whole text: one per average keeps it linear).
        const prev: NumberToken[] = [];
        for (let j = k - 1; j >= 0 && ctx.sentence[j]! >= ctx.sentence[k]! - 1 && avg.start - (tokens[j] as Token).end <= 400; j--) {
          const t = tokens[j] as Token;
          if (ctx.sentence[j] === ctx.sentence[k]! - 1 && isCount(t) && first(t.unit) === first(unit)) prev.push(t);
        }
        if (prev.length === 1) total = prev[0] as NumberToken;
      }
    }
    if (total !== undefined && averageAsTotal(s, total)) continue;
    if (total !== undefined && averageOfPart(ctx, total, count)) continue;
    if (total === undefined || (count === undefined ? years === undefined : count.fig.value === 0)) continue;
    // A period's days are a range: the quotient is worked out on its middle day count, rounded.
    const divisor = count?.fig.value ?? (first(per) === "ngày" ? Math.round((years!.low + years!.high) / 2) : years!.high);
    const computed = total.fig.value / divisor;
    const iv = intervalOf(avg);
    // The counts may be rounded too ("1,5 triệu"): the quotient's interval. An approximate count
    // keeps the plausible range of its word ("gần 2,4 triệu tấn" is 2,3 to 2,45 triệu, not 0 to
    // 2,45 triệu; "hơn 2.000" at most 3.000), as parts against a total read it: read open-ended,
    // any average would pass.
    const ti = figureInterval(total);
    const ci = count === undefined ? years! : figureInterval(count);
    const low = ti.low / Math.max(ci.high, 1e-9);
    const high = ci.low > 0 ? ti.high / ci.low : Number.POSITIVE_INFINITY;
    const ok = low <= iv.high + 1e-9 && high >= iv.low - 1e-9;
    const start = Math.min(count?.from ?? total.from, total.from, avg.from);
    const end = Math.max(count?.end ?? 0, total.end, avg.end);
    const params = { stated: written(ctx, { start: avg.from, end: avg.fig.end }), total: written(ctx, total.fig), count: count === undefined ? String(divisor) : written(ctx, count.fig), computed };
    ctx.out.push({ code: ok ? "average_consistent" : "average_mismatch", start, end, params, expected: computed, actual: avg.fig.value });
    // "Trung bình mỗi năm xảy ra 185 vụ với 7.147 người ngộ độc và 46 người chết": the averages
    // after the first share its divisor; read only when the first one holds (the divisor is sure).
    if (ok) sharedDivisor(ctx, k, avg, per, ci, divisor, count);
  }
}

/** Between one average and the next sharing its divisor: ", ", " với ", " và ", then at most two words ("làm chết"). */
const NEXT_AVERAGE = /^[ \p{Ll}]{0,30}?(?:,[ ]*|[ ]+(?:với|và)[ ]+)(?:\p{Ll}+[ ]+){0,2}$/u;
/** Words that make the next figure no average of the same kind: a part, a change, a share. */
const NOT_AVERAGE = /(?<![\p{L}])(?:trong|riêng|so|tăng|giảm|chiếm|đạt|bằng|tổng|gấp|còn|trên|dưới)(?![\p{L}])/u;
/** The words after a count's digits up to a break or a joiner, "bị" left out: what it counts ("người ngộ độc"). */
function countWords(s: string, end: number): string[] {
  const text = s.slice(end, end + 40).split(/[,;.()\d]|(?<![\p{L}])(?:với|và|trong)(?![\p{L}])/u)[0] ?? "";
  return text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== "" && w !== "bị");
}

/**
 * The averages that follow a judged one in its clause and share its divisor (`per`, `ci` its
 * interval, `divisor` its value): "Trung bình mỗi năm xảy ra 185 vụ với 7.147 người ngộ độc và 46
 * người chết" after "927 vụ … 30.733 người bị ngộ độc, trong đó có 229 người chết" in five years.
 * Each next count's total is the count before the first average, in its sentence or the one before,
 * that counts the same thing: its unit, and among several the one whose words it repeats most, if
 * only one does (brief r7: real-sentences-4.json's tune half).
 */
function sharedDivisor(ctx: RuleContext, k: number, avg: NumberToken, per: string, ci: { low: number; high: number }, divisor: number, count: NumberToken | undefined): void {
  const { s, tokens } = ctx;
  let last: Token = avg;
  for (let i = k + 1; i < tokens.length && i <= k + 3 && ctx.sentence[i] === ctx.sentence[k]; i++) {
    const t = tokens[i] as Token;
    if (!isCount(t) || t.qualifier !== undefined && t.qualifier !== "khoảng" && t.qualifier !== "gần" && t.qualifier !== "hơn") return;
    const gap = s.slice(last.end, t.from);
    if (!NEXT_AVERAGE.test(gap) || NOT_AVERAGE.test(gap)) return;
    last = t;
    const want = countWords(s, t.fig.end);
    const unit = want[0];
    if (unit === undefined || unit === first(per)) continue;
    let best: NumberToken | undefined;
    let top = -1;
    let tie = false;
    for (let j = k - 1; j >= 0 && ctx.sentence[k]! - ctx.sentence[j]! < 2 && ctx.paragraph[j] === ctx.paragraph[k] && avg.start - (tokens[j] as Token).end <= 400; j--) {
      const c = tokens[j] as Token;
      if (!isCount(c) || c === count) continue;
      const own = countWords(s, c.fig.end);
      if (own[0] !== unit || /(?:tăng|giảm|thêm)[ ]*$/iu.test(s.slice(Math.max(0, c.from - 8), c.from))) continue;
      const score = want.slice(1).filter((w) => own.includes(w)).length;
      if (score > top) [best, top, tie] = [c, score, false];
      else if (score === top) tie = true;
    }
    if (best === undefined || tie || averageAsTotal(s, best)) continue;
    const ti = figureInterval(best);
    const iv = intervalOf(t);
    const low = ti.low / Math.max(ci.high, 1e-9);
    const high = ci.low > 0 ? ti.high / ci.low : Number.POSITIVE_INFINITY;
    const ok = low <= iv.high + 1e-9 && high >= iv.low - 1e-9;
    const computed = best.fig.value / divisor;
    const params = { stated: written(ctx, { start: t.from, end: t.fig.end }), total: written(ctx, best.fig), count: count === undefined ? String(divisor) : written(ctx, count.fig), computed };
    ctx.out.push({ code: ok ? "average_consistent" : "average_mismatch", start: Math.min(best.from, t.from), end: Math.max(best.end, t.end), params, expected: computed, actual: t.fig.value });
  }
}
