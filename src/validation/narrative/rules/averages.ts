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
import { anchoredMatches, intervalOf, isCount, operandInterval, type RuleContext, tokenAt, written } from "../context.js";
import type { Token } from "../tokens.js";

type NumberToken = Extract<Token, { kind: "number" }>;

const MARKER = /[Bb]ình quân|[Tt]rung bình/y;
/** Every character a match of MARKER may open with (keep in step with it: other starts are not tried). */
const OPENS = "BbTt";
/** What every marker holds, fast to scan for (see {@link anchoredMatches}). */
const ANCHOR = /ình/g;
/** "mỗi lớp", "một lớp", "1 lớp", "trên một lớp", "/lớp" right after the average's unit. */
const PER_AFTER = /^[ ]*(?:\/[ ]*|(?:trên[ ]+)?(?:mỗi|một|1)[ ]+)(\p{L}+(?: \p{Ll}+)?)/u;
/** "bình quân mỗi lớp (có)? 172 …", "bình quân trên một DN thành lập mới đạt …": the divisor before the average. */
const PER_BEFORE = /^[ ]*(?:trên[ ]+)?(?:mỗi|một)[ ]+(\p{L}+(?: \p{Ll}+)?)(?:[ ]+[\p{Ll}\d]+){0,8}[ ]*[:,]?[ ]*$/u;
/** Only linking words between "bình quân" and the average. */
const LINK = /^[ ]*(?:(?:là|đạt|khoảng|có|được|ở mức|mức)[ ]*)*[:,]?[ ]*$/u;
/** How far back the two counts may be (in this sentence or the one before). */
const REACH = 320;


const first = (phrase: string): string => phrase.split(" ")[0] ?? "";

/** The rule. */
export function checkAverages(ctx: RuleContext): void {
  const { s, tokens } = ctx;
  for (const m of anchoredMatches(s, ANCHOR, MARKER, 7, OPENS)) {
    const after = m.index + m[0].length;
    const k = tokenAt(ctx, after);
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
    if (count === undefined || total === undefined || count.fig.value === 0) continue;
    const computed = total.fig.value / count.fig.value;
    const iv = intervalOf(avg);
    // The counts may be rounded too ("1,5 triệu"): the quotient's interval.
    const ti = operandInterval(total);
    const ci = operandInterval(count);
    const low = ti.low / Math.max(ci.high, 1e-9);
    const high = ci.low > 0 ? ti.high / ci.low : Number.POSITIVE_INFINITY;
    const ok = low <= iv.high + 1e-9 && high >= iv.low - 1e-9;
    const start = Math.min(count.from, total.from, avg.from);
    const end = Math.max(count.end, total.end, avg.end);
    const params = { stated: written(ctx, { start: avg.from, end: avg.fig.end }), total: written(ctx, total.fig), count: written(ctx, count.fig), computed };
    ctx.out.push({ code: ok ? "average_consistent" : "average_mismatch", start, end, params, expected: computed, actual: avg.fig.value });
  }
}
