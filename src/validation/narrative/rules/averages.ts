/**
 * A stated average against the two figures it comes from: "tổ chức 12 lớp với 1.830 học viên,
 * bình quân 172 học viên/lớp" (1.830 ÷ 12 = 152,5), "trung bình mỗi xã 45 hồ sơ", "bình quân
 * 1,2 triệu đồng một hộ". The average names what it counts and what it divides by ("học
 * viên/lớp", "mỗi xã", "một hộ", "trên một xã"); both must be stated as counts earlier in the
 * same sentence. The average is judged with the XBRL interval of the number as written, widened
 * by an approximation word ("khoảng 150").
 */
import { intervalOf, isCount, type RuleContext, tokenAt, written } from "../context.js";
import type { Token } from "../tokens.js";
import { sameUnit } from "./breakdowns.js";

type NumberToken = Extract<Token, { kind: "number" }>;

const MARKER = /(?<![\p{L}])(?:bình quân|trung bình)(?![\p{L}])/giu;
/** "mỗi lớp", "một lớp", "1 lớp", "trên một lớp", "/lớp" right after the average's unit. */
const PER_AFTER = /^[ ]*(?:\/[ ]*|(?:trên[ ]+)?(?:mỗi|một|1)[ ]+)(\p{Ll}+(?: \p{Ll}+)?)/u;
/** "bình quân mỗi lớp (có)? 172 …": the divisor before the average. */
const PER_BEFORE = /^[ ]*(?:(?:mỗi|một|1)[ ]+(\p{Ll}+(?: \p{Ll}+)?)[ ]*(?:có|đạt|là|được|tiếp nhận|khoảng)?[ ]*[:,]?[ ]*)?$/u;
/** How far back the two counts may be. */
const REACH = 240;

const firstWords = (phrase: string, n: number): string => phrase.split(" ").slice(0, n).join(" ");

/** The rule. */
export function checkAverages(ctx: RuleContext): void {
  const { s, tokens } = ctx;
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(s)) !== null) {
    const after = m.index + m[0].length;
    const k = tokenAt(ctx, after);
    const avg = tokens[k];
    if (!isCount(avg) || avg.from - after > 40) continue;
    const lead = s.slice(after, avg.from);
    let per: string | undefined = PER_BEFORE.exec(lead)?.[1];
    if (lead.trim() !== "" && per === undefined && !/^[ ]*(?:là|đạt|khoảng|có|được|[:,])?[ ]*$/u.test(lead)) continue;
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
    if (per === undefined) {
      const rest = tail.slice(tail.indexOf(unit) + unit.length);
      per = PER_AFTER.exec(unit === "" ? tail : rest)?.[1];
    }
    if (per === undefined || per === "") continue;
    // The two counts: earlier in the sentence, the divisor counts `per`, the dividend `unit`.
    let count: NumberToken | undefined;
    let total: NumberToken | undefined;
    for (let j = k - 1; j >= 0; j--) {
      const t = tokens[j] as Token;
      if (ctx.sentence[j] !== ctx.sentence[k] || avg.start - t.end > REACH) break;
      if (!isCount(t)) continue;
      if (count === undefined && sameUnit(firstWords(t.unit, 2), firstWords(per, 2))) count = t;
      else if (total === undefined && unit !== "" && sameUnit(firstWords(t.unit, 2), firstWords(unit, 2))) total = t;
    }
    if (count === undefined || total === undefined || count.fig.value === 0) continue;
    const computed = total.fig.value / count.fig.value;
    const iv = intervalOf(avg);
    // The counts may be rounded too ("1,5 triệu"): the quotient's interval.
    const ti = intervalOf(total);
    const ci = intervalOf(count);
    const low = ti.low / Math.max(ci.high, 1e-9);
    const high = ci.low > 0 ? ti.high / ci.low : Number.POSITIVE_INFINITY;
    const ok = low <= iv.high + 1e-9 && high >= iv.low - 1e-9;
    const start = Math.min(count.from, total.from);
    const params = { stated: written(ctx, { start: avg.from, end: avg.fig.end }), total: written(ctx, total.fig), count: written(ctx, count.fig), computed };
    ctx.out.push({ code: ok ? "average_consistent" : "average_mismatch", start, end: avg.end, params, expected: computed, actual: avg.fig.value });
  }
}
