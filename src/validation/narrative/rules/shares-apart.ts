/**
 * A share whose whole is written before it, in the same sentence or the one before, in the
 * wordings the share rule ({@link checkShares}) leaves: the rate named by the part's own words
 * ("đã giải quyết 151.295 hồ sơ, trong đó giải quyết trước hạn và đúng hạn 148.761 hồ sơ, đạt
 * tỷ lệ đúng hạn toàn tỉnh 98,33%", "trong đó đã giải quyết 866.140 tố giác, tin báo, tỷ lệ giải
 * quyết đạt 91,22%"), the counted thing named before the figure ("tổng số cử tri của cả nước là
 * 76.516.637; số cử tri đã tham gia bỏ phiếu là: 76.043.527 (đạt tỉ lệ 99,38%)"), or a part that
 * names one of the whole's things ("tiếp nhận 132 phản ánh, kiến nghị … . Trong đó, 129 kiến
 * nghị xử lý thành công, đạt tỉ lệ 97,7%"). A whole is a count of the same thing, at least the
 * part, that is a total (after "tổng số", "tiếp nhận", "thụ lý", "phải", "đến hạn", …) or the
 * first count of that thing in the passage; every such whole is tried, and the share is wrong only
 * when it is the share of none of them. A rate named by other words than the part's ("tỷ lệ khai
 * thác dữ liệu đạt 96%") or counted against a base of its own ("so với kế hoạch") is left alone.
 */
import { isCount, type RuleContext, tokenIndex, written } from "../context.js";
import type { Token } from "../tokens.js";
import { figureInterval, sameUnit } from "./breakdowns.js";
import { partBefore, shareFits } from "./shares.js";
import { ownScope, partAgain, siblingWholes } from "./readings/shares.js";

type NumberToken = Extract<Token, { kind: "number" }>;

/** "đạt 95%", "đạt tỷ lệ 95%", "chiếm 95%", "tỷ lệ 95%" right before the percentage. */
const SHARE_WORD = /(?:^|[^\p{L}])(?:đạt|chiếm|(?:tỷ|tỉ)[ ]+lệ)[ ]*:?[ ]*\(?[ ]*$/iu;
/** "đạt tỷ lệ đúng hạn toàn tỉnh 98,33%", "tỷ lệ giải quyết đạt 91,22%": the words that name the rate. */
const NAMED_RATE = /(?:^|[^\p{L}])(?:đạt[ ]+)?(?:tỷ|tỉ)[ ]+lệ[ ]+((?:[\p{L}]+[ ]+){0,7}?[\p{L}]+)[ ]*(?:(?:đạt|là|chung)[ ]*)?:?[ ]*$/iu;
/** After the percentage: a base of its own. */
const OWN_BASE = /^[ ]*(?:so[ ]+với|kế[ ]+hoạch|dự[ ]+toán|chỉ[ ]+tiêu|cùng[ ]+kỳ|mục[ ]+tiêu|năm[ ]+trước|trong[ ]+tổng|tổng|của|\/)/iu;
/** After the percentage: the end of its clause (a share followed by words may name a base of its own: "dân số"). */
const ENDS_CLAUSE = /^[ ]*(?:[),.;]|$|\n|và[ ])/u;
/** Before a count: a total ("tổng số … là", "tiếp nhận", "thụ lý"). */
const TOTAL_BEFORE = /(?:^|[^\p{L}])(?:tổng(?:[ ]+số)?|tiếp[ ]+nhận|thụ[ ]+lý|phải(?:[ ]+giải[ ]+quyết)?|đến[ ]+hạn|tổng[ ]+cộng)(?![\p{L}])/iu;
/** A count that is a change or another period, not a whole. */
const NOT_WHOLE_BEFORE = /(?<![\p{L}])(?:tăng|giảm|thêm|còn|hơn|vượt|cùng kỳ|lũy kế)[ ]*$/iu;
/** "số cử tri đã tham gia bỏ phiếu là: 76.043.527": the thing counted, named before the figure. */
const NAMED_BEFORE = /(?:^|[^\p{L}])số[ ]+([\p{L}]+(?:[ ][\p{L}]+)?)[^\d;.()]{0,60}$/iu;
const BACK = 12;

/** What a count counts: its unit, or the noun after "số" before it. */
function nounOf(s: string, t: NumberToken, floor: number): string {
  if (t.unit !== "") return t.unit;
  const m = NAMED_BEFORE.exec(s.slice(Math.max(floor, t.from - 80), t.from));
  return m === null ? "" : (m[1] ?? "").toLowerCase();
}

/** Whether a whole counts what the part counts ("132 phản ánh, kiến nghị" holds "kiến nghị"). */
function sameThing(s: string, whole: NumberToken, wholeNoun: string, partNoun: string): boolean {
  if (wholeNoun === "" || partNoun === "") return false;
  if (sameUnit(wholeNoun, partNoun)) return true;
  const after = s.slice(whole.end, whole.end + 40);
  const stop = after.search(/[.;()\d]/u);
  const phrase = (stop < 0 ? after : after.slice(0, stop)).toLowerCase();
  return phrase.includes(`, ${partNoun}`) || phrase.includes(`,${partNoun}`);
}


/** The rule. */
export function checkSharesApart(ctx: RuleContext): void {
  const { s, tokens } = ctx;
  for (const k of tokenIndex(ctx).figures) {
    const found = k > 0 ? partBefore(ctx, k) : undefined;
    if (found === undefined || found.pct.from - found.part.end > 90) continue;
    const { pct, part, pi } = found;
    const sentence = ctx.sentence[k] ?? 0;
    const gap = s.slice(part.end, pct.from);
    if (/[)\d]/u.test(gap) || OWN_BASE.test(s.slice(pct.end, pct.end + 20)) || !ENDS_CLAUSE.test(s.slice(pct.end, pct.end + 12))) continue;
    const before = s.slice(Math.max(0, pct.from - 60), pct.from);
    // A rate named by words ("tỷ lệ giải quyết đạt"): they must be the part's own words.
    const m = NAMED_RATE.exec(gap);
    const plain = m === null && !/(?:tỷ|tỉ)[ ]+lệ[ ]+[\p{L}]/u.test(gap) && SHARE_WORD.test(before) && (!gap.includes(",") || /,[ ]*(?:đạt|chiếm)?[ ]*(?:(?:tỷ|tỉ)[ ]+lệ)?[ ]*:?[ ]*$/iu.test(gap));
    if (!plain) {
      if (m === null) continue;
      // The rate's own words, past the counted thing ("tỷ lệ hồ sơ đúng hạn" names "đúng hạn").
      let named = (m[1] ?? "").toLowerCase();
      const unit = part.unit.toLowerCase();
      if (unit !== "" && named.startsWith(`${unit} `)) named = named.slice(unit.length + 1);
      const head = named.split(" ").slice(0, 2).join(" ");
      // The part's words: its clause up to it, and its words after it up to the rate.
      const clauseText = s.slice(Math.max(0, part.from - 80), part.from).toLowerCase();
      const rate = gap.search(/(?:tỷ|tỉ)[ ]+lệ/u);
      const own = `${clauseText.slice(Math.max(0, clauseText.lastIndexOf(". ") + 1, clauseText.lastIndexOf(";") + 1))} ${gap.slice(0, Math.max(0, rate)).toLowerCase()}`;
      if (head === "" || !own.includes(head)) continue;
    }
    const partNoun = nounOf(s, part, 0);
    if (partNoun === "") continue;
    // The wholes: earlier counts of the same thing, at least the part, in this sentence or the one before.
    const candidates: NumberToken[] = [];
    let earliest: NumberToken | undefined;
    const p = figureInterval(part);
    for (let j = pi - 1; j >= 0 && j >= pi - BACK; j--) {
      if ((ctx.sentence[j] ?? 0) < sentence - 1) break;
      const t = tokens[j];
      if (!isCount(t) || NOT_WHOLE_BEFORE.test(s.slice(Math.max(0, t.from - 10), t.from))) continue;
      if (!sameThing(s, t, nounOf(s, t, 0), partNoun)) continue;
      earliest = t;
      const next = tokens[j + 1];
      // A count with a share of its own is a sibling, not the whole.
      if (next?.kind === "percent" && j + 1 !== k && next.from - t.end < 30) continue;
      if (figureInterval(t).high < p.low || t.fig.value <= 0 || partAgain(part, t, pct)) continue;
      candidates.push(t);
    }
    if (candidates.length === 0) continue;
    // Each candidate must be a total, or the first count of the thing in the passage.
    const wholes = candidates.filter((t) => TOTAL_BEFORE.test(s.slice(Math.max(0, t.from - 40), t.from)) || t === earliest);
    if (wholes.length === 0) continue;
    ctx.usedPercents.add(k);
    // Every candidate counts: a share that fits one of them is right (a percentage cut, not
    // rounded, at its last written decimal too: 91,228 written "91,22").
    if (candidates.some((w) => shareFits(part, w, pct, true))) continue;
    const whole = wholes[0] as NumberToken;
    if (siblingWholes(ctx, wholes) || ownScope(s, part, whole, pct)) continue;
    const computed = (part.fig.value / whole.fig.value) * 100;
    ctx.out.push({
      code: "percent_mismatch",
      start: whole.from,
      end: pct.end,
      params: { fraction: `${written(ctx, part.fig)}/${written(ctx, whole.fig)}`, stated: written(ctx, { start: pct.from, end: pct.end }), computed },
      expected: computed,
      actual: pct.fig.value,
    });
  }
}
