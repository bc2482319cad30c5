/**
 * A share stated for a count whose whole is another count of the same thing nearby, with no
 * marker between them: "đến hạn giải quyết là 4.169 hồ sơ. Đã có kết quả trả trước và đúng hạn là
 * 4.157 hồ sơ (đạt 99,71%)", "hồ sơ trả trước và đúng hạn là 19.255 hồ sơ (đạt 96,55%), hồ sơ
 * đến hạn giải quyết 19.944 hồ sơ", "hơn 4,2 triệu tài khoản … và hơn 1,4 triệu tài khoản … kích
 * hoạt thành công, đạt tỷ lệ 33,7%". Which count is the whole is not said, so every count of the
 * same thing in the sentence and the one before, at least as large as the part, is tried: the
 * share is wrong only when it is the share of none of them. A share that names its own base
 * ("đạt 11,5% dự toán năm", "đạt 107% so với chỉ tiêu") and one with no such count nearby are left
 * alone. Runs after the rules that pair a share with a stated whole.
 */
import { shareInterval } from "../approximate.js";
import { isCount, type RuleContext, tokenIndex, written } from "../context.js";
import type { FigureToken, Token } from "../tokens.js";
import { figureInterval, sameUnit } from "./breakdowns.js";
import { shareGap, statesPercent } from "./ratios.js";
import { asideWholes, changeAsPart, guessedCut, namesTotal, opensParts, ownScope, partAgain, siblingsWhole, writtenTotal } from "./readings/shares.js";

type NumberToken = Extract<Token, { kind: "number" }>;

/** The share word right before the percentage: "(đạt 99,71%)", ", đạt tỷ lệ 33,7%", "chiếm 1,2%". */
const SHARE_WORD = /(?:^|[^\p{L}])(?:đạt|chiếm)[ ]*(?:(?:tỷ|tỉ)[ ]+lệ[ ]*)?[:]?[ ]*$|(?:^|[^\p{L}])(?:tỷ|tỉ)[ ]+lệ[ ]*[:]?[ ]*$/iu;
/**
 * After the percentage: the end of its clause, or the standard it is counted by ("chiếm 41,96%
 * theo chuẩn nghèo mới"), not a base of its own ("dự toán", "so với …", "theo kế hoạch").
 */
const ENDS_CLAUSE = /^[ ]*(?:[),.;]|$|\n|và[ ]|theo[ ](?!kế|chỉ|dự|mục))/u;
/** A count that is a change or another period, not a whole. */
const NOT_WHOLE_BEFORE = /(?<![\p{L}])(?:tăng|giảm|thêm|còn|hơn|vượt|cùng kỳ|lũy kế)[ ]*$/iu;
/**
 * "đạt 51,8% so với nghị quyết đề ra (23.600 tỷ đồng)": a count named as a plan or the base of a
 * comparison is a target, not the whole the parts after it are shares of ("so với tổng số …" is).
 */
const PLAN_BEFORE = /(?:so với|dự toán|kế hoạch|chỉ tiêu|mục tiêu|nghị quyết)(?![^\d;]*tổng)[^\d;.]{0,30}$/iu;
/** "chiếm tỷ lệ 1,67% và đang giải quyết 8.550 hồ sơ": a count coordinated after the share is a sibling, not its whole. */
const COORDINATED = /^[ ]*,?[ ]*và[ ]/u;
/** Between one group's two counts: "6.930 hộ = 35.695 khẩu", "120 hộ tương đương 480 khẩu". */
const EQUATED = /^[ ]*(?:=|tương đương(?: với)?)[ ]*$/u;
/** How many tokens back and ahead a whole may be. */
const BACK = 12;
const AHEAD = 6;


/**
 * The count a share at `k` may be of, or undefined: token `k` is a percentage no earlier rule has
 * read, and the token before it (past a label: "tài khoản định danh mức 2") is a count of the same
 * sentence. What this rule and shares-apart.ts both ask first.
 */
export function partBefore(ctx: RuleContext, k: number): { pct: FigureToken; part: NumberToken; pi: number } | undefined {
  const pct = ctx.tokens[k];
  if (pct?.kind !== "percent" || ctx.usedPercents.has(k)) return undefined;
  const t = ctx.tokens[k - 1];
  const pi = t !== undefined && t.kind === "number" && t.label && k > 1 ? k - 2 : k - 1;
  const part = ctx.tokens[pi];
  return isCount(part) && ctx.sentence[pi] === ctx.sentence[k] && !changeAsPart(ctx.s, part) ? { pct, part, pi } : undefined;
}

/**
 * Whether a percentage is the share of count `q` in count `w`: for exact counts, the quotient
 * as {@link statesPercent} judges it (`cut` as there); otherwise the range of quotients their
 * intervals allow must meet what the percentage may stand for.
 */
export function shareFits(q: NumberToken, w: NumberToken, pct: FigureToken, cut: boolean): boolean {
  const p = figureInterval(q);
  const wi = figureInterval(w);
  if (q.qualifier === undefined && w.qualifier === undefined && p.low === p.high) return statesPercent((q.fig.value / w.fig.value) * 100, pct, cut);
  const stated = shareInterval(pct.fig, pct.qualifier);
  const low = (p.low / Math.max(wi.high, 1e-9)) * 100;
  const high = (p.high / Math.max(wi.low, 1e-9)) * 100;
  return low <= stated.high + 0.05 && high >= stated.low - 0.05;
}

/** The rule. */
export function checkShares(ctx: RuleContext): void {
  const { s, tokens } = ctx;
  // A share is a percentage (see partBefore).
  for (const k of tokenIndex(ctx).figures) {
    const share = k > 0 ? partBefore(ctx, k) : undefined;
    if (share === undefined || share.part.unit === "") continue;
    const { pct, part, pi } = share;
    // "từ 26 đến 60 tuổi chiếm 25%": the end of a range is a bound, not a part.
    if (/(?:^|[^\p{L}])đến[ ]*$/u.test(s.slice(Math.max(0, part.from - 6), part.from))) continue;
    if (!shareGap(s.slice(part.end, pct.from)) || !SHARE_WORD.test(s.slice(Math.max(0, pct.from - 24), pct.from))) continue;
    const total = namesTotal(s, pct);
    if (total === undefined && !ENDS_CLAUSE.test(s.slice(pct.end, pct.end + 12))) continue;
    const sentence = ctx.sentence[k] ?? 0;
    // "hộ nghèo 6.930 hộ = 35.695 khẩu chiếm 41,96%": one group counted in two units; the share
    // may be of either count, each against the wholes that count what it counts.
    const alt = tokens[pi - 1];
    const parts: [NumberToken, number][] = [[part, pi]];
    if (isCount(alt) && alt.unit !== "" && !sameUnit(alt.unit, part.unit) && EQUATED.test(s.slice(alt.end, part.from).replace(/^[ ]*\p{L}+/u, ""))) parts.push([alt, pi - 1]);
    const found: [NumberToken, NumberToken[]][] = [];
    for (const [q, qi] of parts) {
      const wholes: { t: NumberToken; j: number }[] = [];
      for (let j = qi - 1; j >= 0 && j >= qi - BACK; j--) {
        // A share that names its total ("chiếm 86,8% tổng mức") reaches back to that total written
        // as such a paragraph before, past a sentence about it with no count.
        if ((ctx.sentence[j] ?? 0) < sentence - (total === undefined ? 1 : 3)) break;
        const t = tokens[j];
        if (isCount(t) && sameUnit(t.unit, q.unit) && !NOT_WHOLE_BEFORE.test(s.slice(Math.max(0, t.from - 10), t.from)) && !PLAN_BEFORE.test(s.slice(Math.max(0, t.from - 40), t.from))) wholes.push({ t, j });
      }
      for (let j = k + 1; j < tokens.length && j <= k + AHEAD; j++) {
        if (ctx.sentence[j] !== sentence) break;
        const t = tokens[j];
        if (j === k + 1 && t !== undefined && COORDINATED.test(s.slice(pct.end, t.start))) break;
        if (isCount(t) && sameUnit(t.unit, q.unit) && !NOT_WHOLE_BEFORE.test(s.slice(Math.max(0, t.from - 10), t.from))) wholes.push({ t, j });
      }
      // A count with a share of its own is a sibling in a list ("38 người, chiếm 2,8%; … 401 người,
      // chiếm 29,8%"), not the whole: its share in its own sentence (a share opening the next
      // sentence, "… 18.139 tài khoản.\nTỷ lệ đạt 84,4%", is another statement's).
      const sibling = ({ t, j }: { t: NumberToken; j: number }): boolean => {
        const next = tokens[j + 1];
        return next?.kind === "percent" && ctx.sentence[j + 1] === ctx.sentence[j] && shareGap(s.slice(t.end, next.from)) && !opensParts(s, next, q.from);
      };
      const qi2 = figureInterval(q);
      const candidates = wholes.filter((w) => figureInterval(w.t).high >= qi2.low && w.t.fig.value > 0 && !sibling(w) && !partAgain(q, w.t, pct) && (total === undefined || writtenTotal(s, w.t, total, pct))).map((w) => w.t);
      if (candidates.length > 0) found.push([q, candidates]);
    }
    if (found.length === 0) continue;
    ctx.usedPercents.add(k);
    if (found.some(([q, ws]) => ws.some((w) => shareFits(q, w, pct, guessedCut(pct))))) continue;
    const [shown, [whole]] = found[0] as [NumberToken, [NumberToken]];
    if (ownScope(s, shown, whole, pct) || asideWholes(s, found) || siblingsWhole(s, found, pct)) continue;
    const computed = (shown.fig.value / whole.fig.value) * 100;
    const f = pct as FigureToken;
    ctx.out.push({
      code: "percent_mismatch",
      start: Math.min(whole.from, shown.from),
      end: Math.max(f.end, whole.end),
      params: { fraction: `${written(ctx, shown.fig)}/${written(ctx, whole.fig)}`, stated: written(ctx, { start: f.from, end: f.end }), computed },
      expected: computed,
      actual: f.fig.value,
    });
  }
}
