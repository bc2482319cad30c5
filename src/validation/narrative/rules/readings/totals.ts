/**
 * Which parts count what a total counts, and where a total's clause ends (issue 13, recall on
 * real sentences, brief r1): read on the tune halves of real-sentences-6…8.json. Where a list of
 * parts goes on into the next sentence, and what an estimated total stands for there
 * (siblingGoesOn, estimateRounding; brief r5, tune halves of real-sentences-6, -8, -10). Called by
 * one-line hooks from breakdowns.ts; each reads a few words the rule already holds.
 */
import { lastDigitStep } from "./changes.js";


/**
 * Whether a part's unit counts a kind of what the total counts, where the unit words differ:
 * - a total of two nouns joined: "2.813/3.050 cán bộ, công chức, trong đó có 1.483 cán bộ … và
 *   1.390 công chức …" (`after`: the text after the total's figure).
 */
export function kindOf(part: string, total: string, after: string): boolean {
  // A fraction's whole ("2.813/3.050 cán bộ") is stepped over to its noun.
  // The nouns as written in lower case only (the tokenizer lower-cases units).
  const m = /^(?:\/[\d.,]+)?[ ]*(.+?)[ ]*(?:,|và|\/)[ ]*/u.exec(after);
  return part !== "" && m?.[1] === total && after.startsWith(part, m[0].length);
}

/**
 * Whether the words between a total and its marker are its own clause closed by ";", its asides
 * in closed parentheses included: "đón 1.651.306 lượt khách (tăng 7% so với cùng kỳ năm 2016);
 * trong đó, khách quốc tế …".
 */
export const closedAsides = (between: string): boolean => /^(?:[^.;()]|\([^()]*\))*;\s*$/u.test(between);

/** Words that open a clause rather than name a part: a list's first word that is one of them is no head a sibling sentence repeats. */
const NO_HEAD = new Set(["có", "đã", "được", "tăng", "giảm", "và", "trong", "với", "là", "đạt", "còn"]);
/** From a sentence's end to the next one's first figure: the end, then the next sentence's words (no figure, no line break). */
const NEXT_OPENING = /[.!?][ ]+([^\d.;:()\n]{2,80})$/u;

/**
 * Whether a list of parts goes on into the next sentence, a sibling that repeats the head word
 * of the list's first part: "Trong đó, hàng hóa quốc tế đạt 405.000 tấn, giảm 30%. Hàng hóa nội
 * địa đạt 77.600 tấn, tăng 10%."; "Trong đó người Hmong là 27.324 (51,65%). Người Dao 12.189
 * (23,04%), người Kinh …". `markerEnd`: where the list's marker ends; `first`: its first part (in
 * the marker's sentence); `next`: the first figure of the next sentence, the same count (same
 * unit, or both without one). Reads the few words before the two figures only.
 */
export function siblingGoesOn(s: string, markerEnd: number, first: { from: number; unit: string }, prevEnd: number, next: { from: number; unit: string }, same: (a: string, b: string) => boolean): boolean {
  if (first.unit === "" ? next.unit !== "" : !same(first.unit, next.unit)) return false;
  if (next.from - prevEnd > 300 || first.from - markerEnd > 80) return false;
  const label = /^[\s,:]*(\p{L}{2,})((?:[ ]+\p{L}+)*)/u.exec(s.slice(markerEnd, first.from));
  const head = label?.[1]?.toLowerCase();
  if (label === null || head === undefined || NO_HEAD.has(head)) return false;
  const opening = NEXT_OPENING.exec(s.slice(prevEnd, next.from))?.[1]?.toLowerCase();
  if (opening === undefined || !opening.startsWith(`${head} `)) return false;
  // "Trong đó, khách quốc tế đạt 14,7 triệu. Khách quốc tế đến bằng đường hàng không …": the
  // first part's whole name again opens a part of that part (or the same one), not a sibling.
  const name = phraseName(label[0].toLowerCase());
  return !(`${opening} `.startsWith(`${name} `));
}

/** Words that end a part's name: its verb ("đạt", "là" …). */
const NAME_ENDS = new Set(["đạt", "là", "có", "chiếm", "được", "ước", "gồm", "khoảng", "hơn", "trên", "gần"]);

/** A part's name: the words of its label before its verb ("hàng hóa quốc tế đạt" → "hàng hóa quốc tế"). */
function phraseName(label: string): string {
  const words = label.replace(/^[\s,:]+/u, "").trim().split(/[ ]+/u);
  const end = words.findIndex((w, i) => i > 0 && NAME_ENDS.has(w));
  return (end < 0 ? words : words.slice(0, end)).join(" ");
}

/** Before a total: the words of an estimate ("ước đạt", "ước tính đạt", "ước khoảng"). */
const ESTIMATED = /(?<![\p{L}])ước(?:[ ]+(?:tính|đạt|khoảng)){0,2}[ ]*$/iu;

/**
 * The interval an estimated total ("ước đạt 483.000 tấn") stands for: its rounding at its last
 * non-zero digit (482.500–483.500), at most 0,5% either side, when its parts are read across
 * sentences; undefined for a total that is no estimate, or not a whole number.
 */
export function estimateRounding(s: string, total: { from: number; fig: { value: number; decimals: number } }): { low: number; high: number } | undefined {
  const v = total.fig.value;
  if (!Number.isInteger(v) || v === 0 || !ESTIMATED.test(s.slice(Math.max(0, total.from - 20), total.from))) return undefined;
  const unit = lastDigitStep(total.fig);
  // A round figure says little of its precision: "ước tính đạt 400 nghìn tỷ" is no ± 50 nghìn tỷ,
  // so the half unit is held to 0,5% of the figure.
  const half = Math.min(unit / 2, Math.abs(v) * 0.005);
  return { low: v - half, high: v + half };
}

/** The three sectors of the economy, as a list's labels name them. */
const STATE = /Nhà nước/iu;
const NON_STATE = /ngoài Nhà nước/iu;
const FOREIGN = /đầu tư (?:trực tiếp )?nước ngoài|FDI/iu;

/**
 * Whether a list's labels name the three sectors of the economy, which together are the whole:
 * "khu vực kinh tế Nhà nước …; khu vực kinh tế ngoài Nhà nước …; khu vực có vốn đầu tư nước ngoài
 * …" (a classification "Chia theo loại hình kinh tế"; brief r5, tune half of real-sentences-3).
 */
export function sectorsWhole(labels: readonly string[]): boolean {
  let state = false;
  let nonState = false;
  let foreign = false;
  for (const l of labels) {
    if (NON_STATE.test(l)) nonState = true;
    else if (FOREIGN.test(l)) foreign = true;
    else if (STATE.test(l)) state = true;
  }
  return state && nonState && foreign;
}

/** Right before a total: the word that names it a total ("với tổng điểm", "tổng số là", "tổng cộng:"). */
const TOTAL_NAMED = /(?<![\p{L}])tổng(?: cộng| số| điểm| mức| vốn)?(?:[ ]+là)?[ :]*$/iu;

/**
 * Whether a total is named so by the words right before it ("3 trụ cột chính với tổng điểm 1.000;
 * trong đó Chính phủ số 500 điểm, …"), after an earlier list marker of its sentence
 * (`after`, where that marker ends): then it is the total the next clause's list splits, not the
 * last part of the earlier list (brief r5, tune half of real-sentences-5).
 */
export function namedTotal(s: string, from: number, after: number): boolean {
  return from > after && TOTAL_NAMED.test(s.slice(Math.max(after, from - 24), from));
}
