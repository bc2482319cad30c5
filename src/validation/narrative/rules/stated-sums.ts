/**
 * A sum stated after its parts, with no breakdown marker: "tiếp nhận mới 4.131 hồ sơ, tồn kỳ
 * trước chuyển sang 2.171 hồ sơ, lũy kế đã và đang giải quyết là 6.302 hồ sơ", "…, tổng cộng
 * 6.302 hồ sơ", "…, tổng số hồ sơ là 6.302", "đã có 45 xã và trong tháng thêm 5 xã, nâng tổng
 * số lên 50 xã". Only words that mean "all of the above" name a sum: "tổng cộng", "tổng số … là"
 * (after a comma), and the cumulative "lũy kế", "cộng dồn", "nâng tổng số … lên". The parts are
 * the counts of the same thing (same unit word, or none when their words name it) before the sum
 * word in its clause, two at least; changes ("tăng 20 hồ sơ"), figures in parentheses and counts
 * of other things are not parts, and a clause that holds a breakdown marker ("trong đó", "gồm")
 * is left to the breakdown rule. A cumulative figure adds the period's counts to a stock that is
 * often not written ("cấp mới 320 tài khoản, nâng tổng số lên 15.420"): its parts must add up to
 * it only when one of them is that stock ("tồn kỳ trước", "đã có"); otherwise they may only not
 * exceed it.
 */
import { intervalsMeet, sumIntervals } from "../../interval.js";
import { endsWord, isCount, operandInterval, type RuleContext, startsWord, tokenAt, wordTest, writeLike, written } from "../context.js";
import type { Token } from "../tokens.js";
import { figureInterval, plausibleInterval, sameUnit } from "./breakdowns.js";
import { earlierParts } from "./readings/wholes.js";

type NumberToken = Extract<Token, { kind: "number" }>;

/** The sum words, the first letter in either case: "tổng cộng", "tổng số", "lũy kế", "luỹ kế", "cộng dồn". */
const SUM_WORD = /[Tt]ổng (?:cộng|số)|[Ll](?:ũy|uỹ) kế|[Cc]ộng dồn/g;
/** A breakdown marker in the clause: its parts belong to the breakdown rule. */
const MARKER = { test: wordTest(["trong đó", "gồm", "bao gồm", "riêng", "cụ thể", "trong số", "chia ra"]) };
/** Words of a part that make it the stock a cumulative figure adds to. */
const STOCK = { test: wordTest(["tồn", "chuyển sang", "kỳ trước", "trước đó", "đã có", "hiện có", "từ trước", "đầu kỳ"]) };
/** A figure that is a change or a comparison's base, not a part. */
const NOT_PART_BEFORE = /(?<![\p{L}])(?:tăng|giảm|so với|hơn|bằng|chiếm|mỗi|bình quân|trung bình)[ ]*$/iu;
/** Between the sum word and its figure: a few words ("đã và đang giải quyết trong kỳ là"), no figure, in one clause. */
const TO_FIGURE = /^[^\d.;()\n!?]{0,70}$/u;
const LINKED = /(?:(?<![\p{L}])(?:là|đạt|lên|có)|:)[ ]*$/u;
const IS = /(?:(?<![\p{L}])(?:là|đạt)|:)[ ]*$/u;

/** How far before its sum word a part may be. */
const REACH = 400;

/**
 * Where a sum word may stand that can find something, as merged stretches `[a, b)`: before a
 * count with a unit (the sum, the first token after its word, at most 80 units on) that has two
 * tokens before it in its clause (the parts are counts of that clause before the word). A stretch
 * runs back from the sum to its clause's first token (16 units more, the longest word's length
 * and then some), or 600 units at most: an earlier sum word, which sets where this one's parts
 * may start, decides only when it ends after the clause's first token and within the 400 units
 * the parts are read back; one outside every stretch finds nothing and moves no such floor.
 */
function sumStretches(ctx: RuleContext): number[] {
  const { tokens, clause } = ctx;
  const out: number[] = [];
  let first = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (k > 0 && clause[k] !== clause[k - 1]) first = k;
    const t = tokens[k] as Token;
    if (k - first < 2 || !isCount(t) || t.unit === "") continue;
    const a = Math.max(0, (tokens[first] as Token).start - 16, t.from - 600);
    const n = out.length;
    // To the sum's start: a sum word ends before its sum's first token.
    if (n > 0 && a <= (out[n - 1] as number)) out[n - 1] = t.start;
    else out.push(a, t.start);
  }
  return out;
}

/** The rule. */
export function checkStatedSums(ctx: RuleContext): void {
  const { s } = ctx;
  // A sum closes the list before it: the next sum's parts start after it (and each token is read
  // for one sum only, so a text of many sum words stays linear).
  let floor = 0;
  const within = sumStretches(ctx);
  for (let k = 0; k < within.length; k += 2) {
    const from = within[k] as number;
    // Scanned in a slice (no copy), so that a search stops at the stretch's end; the words'
    // edges are read in the text. Every start is tried: "tổng cộng dồn" holds two sum words.
    const piece = s.slice(from, within[k + 1]);
    SUM_WORD.lastIndex = 0;
    for (let m = SUM_WORD.exec(piece); m !== null; m = SUM_WORD.exec(piece)) {
      SUM_WORD.lastIndex = m.index + 1;
      const at = from + m.index;
      const end = at + m[0].length;
      if (!startsWord(s, at) || !endsWord(s, end)) continue;
      const word = m[0].toLowerCase();
      sumAt(ctx, at, end, word.startsWith("tổng") ? "all" : "cumulative", word, floor);
      floor = end;
    }
  }
}

function sumAt(ctx: RuleContext, at: number, end: number, kind: "all" | "cumulative", word: string, floor: number): void {
  const { s, tokens } = ctx;
  let k0 = at;
  while (k0 > 0 && s.charCodeAt(k0 - 1) === 0x20) k0--;
  const prevWord = s.slice(Math.max(0, k0 - 4), k0).toLowerCase();
  if (word === "tổng số") {
    // "nâng tổng số … lên 50": cumulative; "…, tổng số hồ sơ là 6.302": all of the above;
    // "trên tổng số", "với tổng số 1.598 hồ sơ, trong đó …": a whole of its own.
    if (prevWord === "nâng" && !letterBefore(s, k0 - 4)) kind = "cumulative";
    else if (s.charCodeAt(k0 - 1) !== 0x2c) return;
  }
  // The sum: the first count after the word, in its clause, after linking words.
  const k = tokenAt(ctx, end);
  const sum = tokens[k];
  if (!isCount(sum) || sum.unit === "" || sum.from - end > 80) return;
  const gap = s.slice(end, sum.from);
  if (!TO_FIGURE.test(gap)) return;
  // ", tổng số hồ sơ là 6.302", "nâng tổng số tổ lên 317": "tổng số" names its figure with a verb.
  if (word === "tổng số" && (kind === "all" ? !IS.test(gap) : !LINKED.test(gap))) return;
  // The parts: counts before the sum word, in its clause.
  const clause = ctx.clause[k] ?? -1;
  const parts: NumberToken[] = [];
  let lastStart = at;
  let first = tokenAt(ctx, at) - 1;
  // Bounded (a list of parts is a sentence, not a page): a text of many sum words stays linear.
  for (; first >= 0 && ctx.clause[first] === clause && (tokens[first] as Token).start >= floor && at - (tokens[first] as Token).start <= REACH; first--) {
    const t = tokens[first] as Token;
    if (t.kind !== "number" || t.label) continue;
    if (NOT_PART_BEFORE.test(s.slice(Math.max(0, t.from - 16), t.from)) || insideParens(s, t.end, lastStart)) continue;
    if (t.unit !== "" && !sameUnit(t.unit, sum.unit)) {
      // A count of something else ("tại 12 xã") is not a part; the parts are still read around it.
      lastStart = t.from;
      continue;
    }
    if (t.unit === "") {
      // What it counts must be said in its words ("hồ sơ tồn kỳ trước chuyển sang là 2.171").
      let before = first - 1 >= 0 && ctx.clause[first - 1] === clause ? (tokens[first - 1] as Token).end : clauseStart(s, t.from);
      if (before > t.from) before = t.from;
      const label = `${s.slice(before, t.from)} ${s.slice(t.end, lastStart)}`.toLowerCase();
      if (!label.includes(sum.unit.split(" ")[0] ?? "")) return;
    }
    parts.unshift(t);
    lastStart = t.from;
  }
  if (parts.length < 2) return;
  const from = (parts[0] as NumberToken).from;
  const lead = s.slice(clauseStart(s, from), at);
  if (MARKER.test(lead)) return;
  const stock = STOCK.test(lead);
  const total = sum;
  const plausible = plausibleInterval(total.fig, total.qualifier);
  const sumOf = sumIntervals(parts.map(figureInterval));
  const sumValue = parts.reduce((a, p) => a + p.fig.value, 0);
  const params = { total: written(ctx, { start: total.from, end: total.fig.end }), sum: writeLike(ctx, total.fig, sumValue), parts: parts.map((p) => written(ctx, p.fig)) };
  const base = { start: from, end: total.end, params, expected: sumValue, actual: total.fig.value };
  if (sumOf.low > plausible.high + 1e-9) ctx.out.push({ code: "parts_exceed_total", ...base });
  else if ((kind === "all" || stock) && !intervalsMeet(operandInterval(total), sumOf) && !earlierParts(ctx, parts, total)) ctx.out.push({ code: "parts_total_mismatch", ...base });
  else ctx.out.push({ code: "breakdown_consistent", ...base });
}

const letterBefore = (s: string, at: number): boolean => at > 0 && !startsWord(s, at);

/** Where the clause holding `pos` starts (after the last ";", ".", "!", "?" or line break, at most 400 back). */
function clauseStart(s: string, pos: number): number {
  const floor = Math.max(0, pos - 400);
  for (let i = pos - 1; i >= floor; i--) {
    const c = s.charCodeAt(i);
    if (c === 0x3b || c === 0x0a || c === 0x21 || c === 0x3f || (c === 0x2e && s.charCodeAt(i + 1) === 0x20)) return i + 1;
  }
  return floor;
}

/** Whether a figure ending at `end` sits in a parenthesis that is still open at `limit`… or closes after it before `limit`. */
function insideParens(s: string, end: number, limit: number): boolean {
  for (let i = end; i < limit; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x28) return false;
    if (c === 0x29) return true;
  }
  return false;
}
