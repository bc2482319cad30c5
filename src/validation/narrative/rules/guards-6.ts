/**
 * Narrower readings of four shapes that raised false alarms on real sentences nobody tuned on
 * (real-sentences-6.json, tune half; issue 13, brief p3). Each is a small function the rule it
 * narrows calls by a one-line hook; each reads a few dozen characters around one figure, never
 * the text again.
 */
import { isCount, type RuleContext, sentenceEndWithin } from "../context.js";
import type { Share } from "./share-sums.js";
import type { Token } from "../tokens.js";

type NumberToken = Extract<Token, { kind: "number" }>;
type PercentToken = Extract<Token, { kind: "percent" }>;

/** Right after a count: its unit, then "/" or "mỗi" and a word ("14,1 tiêu chí/xã", "45 hồ sơ mỗi xã"). */
const PER_UNIT = /^[ ]*\p{Ll}+(?:[ ]+\p{Ll}+)?[ ]*(?:\/|[ ]mỗi[ ]+)[ ]*\p{L}/u;
/** Right before a count: an average's word ("bình quân đạt 14,1 …", "trung bình 45 …"). */
const AVERAGE_BEFORE = /(?:bình quân|trung bình)(?:[ ]+\p{Ll}+){0,4}[ ]*:?[ ]*$/iu;

/**
 * "bình quân đạt 14,1 tiêu chí/xã. Riêng 11 xã …, đã đạt bình quân 15,6 tiêu chí/xã": the count of
 * the average's thing nearest before it is itself an average (per something, or after "bình
 * quân"), so it is no total: the second average is of a part, whose total is not written. The
 * reading is unsure: no finding.
 */
export function averageAsTotal(s: string, total: NumberToken): boolean {
  return PER_UNIT.test(s.slice(total.fig.end, total.fig.end + 40)) || AVERAGE_BEFORE.test(s.slice(Math.max(0, total.from - 30), total.from));
}


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

/** The kinds of administrative unit ("xã", "phường", "thị trấn", "đặc khu", "huyện", "quận", "thị xã", "thành phố"). */
const ADMIN_KIND = /^(?:xã|phường|huyện|quận|thị trấn|thị xã|thành phố|đặc khu)(?: |$)/u;

/**
 * "124 đơn vị hành chính cấp xã (107 xã, 17 phường)", "Có 114 đơn vị hành chính cấp xã, gồm 67
 * xã, 45 phường và 2 đặc khu": a whole counted in administrative units is split by their kinds,
 * each counted by its own noun. The whole must say it counts administrative units ("đơn vị"
 * with "hành chính" in its phrase or just before it).
 */
export function adminWhole(s: string, total: NumberToken): boolean {
  if (!total.unit.startsWith("đơn vị")) return false;
  const around = s.slice(Math.max(0, total.from - 50), sentenceEndWithin(s, total.fig.end, 30));
  return around.includes("hành chính");
}

/** Whether a part's unit is a kind of administrative unit. */
export const adminKind = (unit: string): boolean => ADMIN_KIND.test(unit);

/** The parts of an administrative-unit whole counted by their kinds (all of them, or none). */
export function adminParts<C extends { tok: { unit: string } }>(s: string, total: NumberToken, candidates: readonly C[]): C[] {
  if (candidates.length < 2 || !adminWhole(s, total) || !candidates.every((c) => adminKind(c.tok.unit))) return [];
  return candidates.slice();
}

/**
 * "Tỷ trọng khu vực A chiếm p1%, khu vực B chiếm p2% và khu vực C chiếm p3%": the share word
 * opening the first part is not its head; its parts open with the same word past it.
 */
export const SHARE_LEAD = /^[ ]*(?:tỷ|tỉ)[ ]+trọng[ ]+/iu;

/** A range of values written "a - b" (its one "other" token), opened by "từ" ("đạt từ 15 - 18 tiêu chí"). */
const RANGE = /^\d+[ ]?[-–][ ]?\d+$/u;

/**
 * "47 xã đạt từ 15 - 18 tiêu chí (trong đó có 23 xã …)": a range in the whole's own phrase stands
 * between the whole and the marker; the whole is the count before it, in its clause, when the
 * range is opened by "từ" and follows it closely. Else `index` unchanged.
 */
export function pastRange(ctx: RuleContext, index: number): number {
  const { s, tokens } = ctx;
  const t = tokens[index];
  const before = tokens[index - 1];
  if (t?.kind !== "other" || !isCount(before) || ctx.clause[index - 1] !== ctx.clause[index] || t.start - before.end > 40) return index;
  if (!RANGE.test(s.slice(t.start, t.end)) || !/(?:^|[^\p{L}])từ[ ]+$/u.test(s.slice(Math.max(0, t.start - 8), t.start))) return index;
  return index - 1;
}
