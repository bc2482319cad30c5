/**
 * A trade balance against the exports and imports it is the gap between (brief r6: recall on
 * real-sentences-3.json's tune half): "Bình Dương xuất khẩu 4,32 tỷ USD, nhập khẩu 3,234 tỷ USD
 * (xuất siêu 1,086 tỷ USD)" (4,32 − 3,234), "xuất khẩu … đạt 2,5 tỷ USD nhưng nhập khẩu tới 5,72 tỷ
 * USD, dẫn đến con số nhập siêu … 3,22 tỷ USD" (5,72 − 2,5), "Thái Nguyên xuất siêu 10,73 tỷ USD.
 * Trong đó, kim ngạch xuất khẩu đạt 26,6 tỷ USD và kim ngạch nhập khẩu đạt 15,87 tỷ USD". The
 * balance is the first amount of money after "xuất siêu" / "nhập siêu"; the export and the import
 * are the amounts of the same unit right after "xuất khẩu" / "nhập khẩu", read in the balance's
 * clause before it, else after it up to the end of the next sentence. Judged only when that
 * stretch holds exactly those two amounts of the unit (one export, one import): a month's and a
 * year's figures, or a change next to them, leave it unsaid. Each of the three is read as its
 * interval (rounded, or widened by an approximation word).
 */
import { intervalsMeet } from "../../../interval.js";
import { endsWord, isCount, type RuleContext, tokenAt, written } from "../../context.js";
import type { Token } from "../../tokens.js";
import { figureInterval, firstWord } from "../breakdowns.js";

type NumberToken = Extract<Token, { kind: "number" }>;

/** The units of money a balance is written in ("16 triệu USD", "3.000 tỷ đồng"). */
const MONEY = /^(?:usd|đồng|euro|eur)$/u;
/** A change or a share right before a figure: the figure is not a level. */
const NOT_LEVEL = /(?:tăng|giảm|siêu|bằng|chiếm)[^\p{L}]*(?:\p{L}+[ ]*){0,2}$/iu;
/** Between the marker and the balance: no figure of another kind, no change word, no clause break. */
const TO_BALANCE = /^[^\d;%]{0,40}$/u;
/** How far the export and import may stand from the balance. */
const REACH = 260;

/** "xuất khẩu" or "nhập khẩu" as the last flow named in the lead to a figure (cut at the clause's last comma). */
function flowOf(s: string, t: NumberToken): "x" | "n" | undefined {
  const lead = s.slice(Math.max(0, t.from - 40), t.from);
  const cut = Math.max(lead.lastIndexOf(","), lead.lastIndexOf("("), lead.lastIndexOf(";"), lead.lastIndexOf("."));
  const clause = lead.slice(cut + 1).toLowerCase();
  const x = clause.lastIndexOf("xuất khẩu");
  const n = clause.lastIndexOf("nhập khẩu");
  if ((x < 0 && n < 0) || NOT_LEVEL.test(clause)) return undefined;
  return x > n ? "x" : "n";
}

/**
 * The export and the import among the tokens [from, to) that count `unit`: exactly one of each
 * and no other amount of that unit, else undefined.
 */
function exportImport(ctx: RuleContext, from: number, to: number, unit: string, skip: number): [NumberToken, NumberToken] | undefined {
  let x: NumberToken | undefined;
  let n: NumberToken | undefined;
  for (let j = from; j < to; j++) {
    const t = ctx.tokens[j] as Token;
    if (j === skip || !isCount(t) || firstWord(t.unit) !== unit) continue;
    const flow = flowOf(ctx.s, t);
    if (flow === undefined || (flow === "x" ? x : n) !== undefined) return undefined;
    if (flow === "x") x = t;
    else n = t;
  }
  return x !== undefined && n !== undefined ? [x, n] : undefined;
}

/** The rule's hook: every "xuất siêu" / "nhập siêu" with an amount after it. */
export function tradeBalances(ctx: RuleContext): void {
  const { s, tokens } = ctx;
  for (let i = s.indexOf("siêu"); i >= 0; i = s.indexOf("siêu", i + 4)) {
    const word = s.slice(Math.max(0, i - 5), i + 4).toLowerCase();
    if ((word !== "xuất siêu" && word !== "nhập siêu") || !endsWord(s, i + 4) || (i > 5 && /\p{L}/u.test(s.charAt(i - 6)))) continue;
    // The balance: the first count after the marker, labels ("lớn thứ 2") passed over.
    let k = tokenAt(ctx, i + 4);
    while (k < tokens.length && (tokens[k] as Token).kind === "number" && (tokens[k] as NumberToken).label && (tokens[k] as Token).start - i < 60) k++;
    const b = tokens[k];
    if (!isCount(b) || b.from - i > 60 || !MONEY.test(firstWord(b.unit)) || !TO_BALANCE.test(s.slice(i + 4, b.from).replace(/thứ \d+/gu, ""))) continue;
    if (/(?:tăng|giảm)/iu.test(s.slice(i + 4, b.from))) continue;
    const unit = firstWord(b.unit);
    // Before the marker, in its clause; else after the balance, to the end of the next sentence.
    let lo = k;
    while (lo > 0 && ctx.clause[lo - 1] === ctx.clause[k] && i - (tokens[lo - 1] as Token).end < REACH) lo--;
    let pair = exportImport(ctx, lo, k, unit, -1);
    if (pair === undefined) {
      let hi = k + 1;
      while (hi < tokens.length && (ctx.sentence[hi] as number) - (ctx.sentence[k] as number) <= 1 && ctx.paragraph[hi] === ctx.paragraph[k] && (tokens[hi] as Token).start - b.end < REACH) hi++;
      // The clause named flows of its own that are not one export and one import: not read further.
      if (hasFlow(ctx, lo, k, unit)) continue;
      pair = exportImport(ctx, k + 1, hi, unit, -1);
    }
    if (pair === undefined) continue;
    const [x, n] = word === "xuất siêu" ? pair : [pair[1], pair[0]];
    const xi = figureInterval(x);
    const ni = figureInterval(n);
    const gap = { low: xi.low - ni.high, high: xi.high - ni.low };
    const ok = intervalsMeet(gap, figureInterval(b));
    const computed = x.fig.value - n.fig.value;
    const params = { direction: word, stated: written(ctx, { start: b.from, end: b.end }), now: written(ctx, { start: x.from, end: x.end }), before: written(ctx, { start: n.from, end: n.end }), computed };
    ctx.out.push({ code: ok ? "change_consistent" : "difference_mismatch", start: Math.min(x.from, n.from, i - 5), end: Math.max(x.end, n.end, b.end), params, expected: computed, actual: b.fig.value });
  }
}

/** Whether any amount of `unit` among the tokens [from, to) is an export or an import (the clause named its own flows). */
function hasFlow(ctx: RuleContext, from: number, to: number, unit: string): boolean {
  for (let j = from; j < to; j++) {
    const t = ctx.tokens[j] as Token;
    if (isCount(t) && firstWord(t.unit) === unit && flowOf(ctx.s, t) !== undefined) return true;
  }
  return false;
}
