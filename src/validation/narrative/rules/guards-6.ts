/**
 * Narrower readings of four shapes that raised false alarms on real sentences nobody tuned on
 * (real-sentences-6.json, tune half; issue 13, brief p3). Each is a small function the rule it
 * narrows calls by a one-line hook; each reads a few dozen characters around one figure, never
 * the text again.
 */
import { isCount, type RuleContext } from "../context.js";
import type { Share } from "./share-sums.js";
import type { Token } from "../tokens.js";

type NumberToken = Extract<Token, { kind: "number" }>;
type PercentToken = Extract<Token, { kind: "percent" }>;

/** Before a share in parentheses: "(", maybe a share word ("(chiếm 52,8%", "(41,7%"). */
const OPEN_BEFORE = /\((?:[ ]*(?:chiếm|khoảng|gần|hơn|trên|xấp xỉ|là))*[ ]*$/u;
/** From the share before to this one: the parenthesis closes, the next part's name, "(". */
const SIBLING_GAP = /^[ ]*\)[ ]*(?:[,;][ ]*)?(?:và[ ]+)?([^()%;:!?\n]{1,60}?)[ ]*\($/u;
/** A name that is a change or a rate, not a part. */
const NOT_NAME = /(?:^|[^\p{L}])(?:tăng|giảm|đạt|bằng|so với|vượt|cao|thấp|tỷ lệ|tỉ lệ|năm|tháng|quý|cùng kỳ)(?![\p{L}])/iu;

/**
 * "dân tộc Nùng (chiếm 52,8%), Tày (41,7%), còn lại … chiếm 5,5%": after a share in parentheses,
 * the next part's name and its share in bare parentheses is a share of the same list (its word
 * is said once, in the first). Read only right after a share the rule has taken, the gap a name
 * (and maybe the part's count), the share alone in its parenthesis.
 */
export function parenShare(ctx: RuleContext, k: number, t: PercentToken, group: readonly Share[]): Share | undefined {
  const prev = group[group.length - 1];
  if (prev === undefined || ctx.sentence[prev.k] !== ctx.sentence[k]) return undefined;
  const { s, tokens } = ctx;
  const counted = k - prev.k === 2 ? tokens[k - 1] : undefined;
  if (k - prev.k !== 1 && !isCount(counted)) return undefined;
  if (!/^[ ]*\)/u.test(s.slice(t.end, t.end + 4)) || !OPEN_BEFORE.test(s.slice(Math.max(0, prev.t.from - 24), prev.t.from))) return undefined;
  const gap = SIBLING_GAP.exec(s.slice(prev.t.end, t.from));
  const name = gap?.[1] ?? "";
  if (!/\p{L}/u.test(name) || NOT_NAME.test(name)) return undefined;
  const count = isCount(counted) ? counted : undefined;
  return { k, t, rest: false, whole: "", wordsEnd: t.end, of: count?.unit ?? "", count };
}

/**
 * "Tỷ trọng khu vực A chiếm p1%, khu vực B chiếm p2% và khu vực C chiếm p3%": the share word
 * opening the first part is not its head; its parts open with the same word past it.
 */
export const SHARE_LEAD = /^[ ]*(?:tỷ|tỉ)[ ]+trọng[ ]+/iu;
