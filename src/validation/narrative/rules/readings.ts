/**
 * Narrower readings (issue 13, precision on real sentences): shapes where a figure looks like a
 * fraction, a whole or a count of a list and is none, found on real sentences nobody tuned on
 * (real-sentences-5.json, tune half). Where a rule cannot be sure of its reading it reads less
 * and finds nothing rather than raise a false error. Each reading is a small function called
 * from the rule it narrows by a one-line hook, so the rules' own scans stay as they are.
 */
import { isCount, letterAt, type RuleContext, upperAt } from "../context.js";
import type { Figure, FigureToken, Token } from "../tokens.js";
import { sameUnit } from "./breakdowns.js";

/** How many digits the whole part of a value has ("7.582" → 4, "21" → 2). */
const digits = (v: number): number => String(Math.floor(Math.abs(v))).length;

/**
 * "số nhập viện là 7.582/1", "so với tuần trước (8.811/2)", "(58.177/21)": a pair of two counts
 * (cases/deaths), not a part of a whole. A part is at most its whole, and one slip of a digit
 * (one changed, added, dropped, or two swapped) adds at most one digit to the part or takes one
 * from the whole ("705/700", "28/3", "11/1"); a part two digits longer than its whole is no
 * fraction gone wrong.
 */
export function countPair(part: Figure, whole: Figure): boolean {
  return digits(part.value) >= digits(whole.value) + 2;
}

/** "3 sao trở lên", "từ 18 tuổi trở lên": a threshold the counted things meet, not a count of them. */
const THRESHOLD_AFTER = /^[ ]*(?:\p{L}+[ ]+)?trở[ ]+(?:lên|xuống)(?![\p{L}])/u;
/** From the last part of a split to a list marker: the parenthesis closes, then only punctuation. */
const SPLIT_CLOSE = /^[^()]{0,80}\)[ ,;:]*$/u;
/** From a total to its "(": its noun phrase only. */
const SPLIT_LEAD = /^[^\d.;:()\n]{0,60}\($/u;

/**
 * The whole of a list after a marker ("gồm", "trong đó"), as the breakdown rule found it at
 * `index`, read more narrowly: -1 when it is no whole; the total of a split when the figure is
 * the last part of that split in a closed parenthesis ("179 người (98 người chết, 81 người mất
 * tích), gồm: A 110, B 9, …": the list after the parenthesis splits the 179 again, by place);
 * else `index` unchanged.
 */
export function listWhole(ctx: RuleContext, index: number, markerStart: number): number {
  const { s, tokens } = ctx;
  const t = tokens[index];
  if (!isCount(t)) return index;
  // "Đã có 10.322 sản phẩm đạt 3 sao trở lên; trong đó, … 5 sao": no total of stars.
  if (THRESHOLD_AFTER.test(s.slice(t.end, t.end + 30))) return -1;
  if (!SPLIT_CLOSE.test(s.slice(t.end, markerStart))) return index;
  // The split's "(" after its total: back over the parts inside it (at most a few).
  for (let k = index - 1; k >= 0 && k >= index - 8; k--) {
    const w = tokens[k] as Token;
    const open = s.lastIndexOf("(", t.start);
    if (w.end > open) continue;
    if (!isCount(w) || w.unit === "" || ctx.sentence[k] !== ctx.sentence[index] || !SPLIT_LEAD.test(s.slice(w.end, open + 1))) return -1;
    // The parts in the parenthesis count what the total counts: the list after it is a second
    // split of the same total (judged here though the parenthesis rule judged the first).
    const inner = tokens.slice(k + 1, index + 1);
    if (!inner.every((p) => isCount(p) && sameUnit(p.unit, w.unit))) return -1;
    ctx.claimed.delete(k);
    return k;
  }
  return -1;
}

/** The start of the word that ends at `end` (letters only), or `end` when none does. */
function wordStart(s: string, end: number): number {
  let k = end;
  while (k > 0 && letterAt(s, k - 1)) k--;
  return k;
}

/**
 * "(…, Lạng Sơn 604, Cao Bằng 807, …)": the word right before a figure at `at` is a claim word
 * ("bằng", "đạt", "hơn") written with a capital after another capitalised word: the end of a
 * place's name, which names the part, not a comparison. The split rule reads it so only for a
 * figure with no unit of its own (the name is then all that labels it).
 */
export function nameBefore(s: string, at: number): boolean {
  let k = at;
  while (k > 0 && s.charCodeAt(k - 1) === 0x20) k--;
  const w = wordStart(s, k);
  if (w === k || !upperAt(s, w)) return false;
  let j = w;
  while (j > 0 && s.charCodeAt(j - 1) === 0x20) j--;
  const v = wordStart(s, j);
  return v < j && j < w && upperAt(s, v);
}

// ---------------------------------------------------------------- whole real documents, set 3
// Shapes the tune half of real-documents-3.json raised false alarms on (brief p2). Each is read
// only when a rule is about to use a figure it found: no scan of its own.

/** Right before a percentage: "đạt" or "bằng" (a level against a base), not "chiếm" (a share). */
const LEVEL_BEFORE = /(?:^|[^\p{L}])(?:đạt|bằng)[ ]*$/iu;
/** A total's own percentage against the base it names: "đạt 78,09% dự toán", "bằng 100,7% cùng kỳ năm trước". */
const TOTAL_LEVEL = /(?:^|[^\p{L}])(?:đạt|bằng)[ ]+(?:\p{L}+[ ]+)?\d[\d.,]*[ ]*%[ ]*(?:so với[ ]+)?(?:dự toán|kế hoạch|chỉ tiêu|mục tiêu|cùng kỳ|nghị quyết|KH(?![\p{L}]))/iu;

/**
 * "Tổng chi … 8.537,18 tỷ đồng, đạt 78,09% dự toán …. Trong đó: Chi đầu tư phát triển là 1.596,7
 * tỷ đồng, đạt 119,07%", "đạt 3.123,9 nghìn ha, bằng 100,7% cùng kỳ năm trước, trong đó các địa
 * phương phía Bắc đạt 1.117,1 nghìn ha, bằng 99,1%": when the total's own "đạt"/"bằng"
 * percentage names its base (a plan, an estimate, the same period), a part's "đạt"/"bằng" one
 * with no base written is read the same way, against the part's own base, not as its share of
 * the total ("chiếm" still is a share). `between` is the text from the total to the marker.
 */
export function baseElided(s: string, between: string, share: FigureToken): boolean {
  return LEVEL_BEFORE.test(s.slice(Math.max(0, share.from - 8), share.from)) && TOTAL_LEVEL.test(between);
}

/** Right before a figure: a word that numbers a step, a table, a figure or a part ("Bước 2:", "Bảng 3", "Phần 2"). */
const HEADING_BEFORE = /(?:^|[^\p{L}])(?:[Bb]ước|[Cc]hương|Phần|Bảng|Biểu|Hình|Câu|Trang)[ ]*$/u;

/**
 * "Bước 2: Tại ứng dụng VNeID, người dân cần kê khai các thông tin gồm số định danh cá nhân (12
 * chữ số …)": the number of a step (a table, a figure, a part of a text) is a label, no total of
 * what the list after it counts.
 */
export function headingNumber(s: string, t: FigureToken): boolean {
  return HEADING_BEFORE.test(s.slice(Math.max(0, t.from - 8), t.from));
}
