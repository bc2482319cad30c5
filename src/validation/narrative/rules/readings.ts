/**
 * Narrower readings (issue 13, precision on real sentences): shapes where a figure looks like a
 * fraction, a whole or a count of a list and is none, found on real sentences nobody tuned on
 * (real-sentences-5.json, tune half). Where a rule cannot be sure of its reading it reads less
 * and finds nothing rather than raise a false error. Each reading is a small function called
 * from the rule it narrows by a one-line hook, so the rules' own scans stay as they are.
 */
import type { Figure, FigureToken } from "../tokens.js";

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
