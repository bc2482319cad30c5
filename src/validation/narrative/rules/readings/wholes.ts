/**
 * Narrower readings of wholes and their parts (issue 13, precision on real sentences): which
 * figure is the whole a list of parts splits (a threshold is none; a split's total before its
 * closed parenthesis, the count before a range "từ 15 - 18", a whole of administrative units split
 * by their kinds; a step's or a table's number is none; a figure in an aside that closes before
 * the marker is none), what names a part (a place's name that ends in a claim word), parts
 * measured finer than written, averages, which are neither totals nor parts, counts of a second
 * measure joined by "với", and two kinds of one thing side by side. Called by
 * one-line hooks from breakdowns.ts, splits.ts, part-whole.ts and averages.ts; each reads a few
 * dozen characters around figures the rule already holds, never the text again.
 *
 * Where each shape was found: listWhole and nameBefore on real-sentences-5.json's tune half
 * (brief g5); headingNumber on real-documents-3.json's tune half (brief p2); pastRange, the
 * administrative-unit wholes and averageAsTotal on real-sentences-6.json's tune half (brief p3);
 * wholeInClosedAside, roundedParts and averageOfPart on real-sentences-5.json's held half (brief
 * p4); averageParts on real-sentences-7.json's tune half (brief p7); wholeAsPart, outerParts and
 * roundBound on real-sentences-7.json's held half (brief p8); pastOtherMeasure and otherKind on
 * real-sentences-8.json's tune half (brief p9); measureParts, nounBeforeParts and earlierParts (the
 * last called from stated-sums.ts) on real-sentences-10.json's tune half (brief p13).
 */
import { intervalsMeet, sumIntervals } from "../../../interval.js";
import { intervalOf, isCount, letterAt, operandInterval, type RuleContext, sentenceEndWithin, tokenAt, upperAt } from "../../context.js";
import type { FigureToken, Token } from "../../tokens.js";
import { figureInterval, plausibleInterval, pushBreakdown, sameUnit } from "../breakdowns.js";
import { lastDigitStep } from "./changes.js";

type NumberToken = Extract<Token, { kind: "number" }>;

/** "3 sao trở lên", "từ 18 tuổi trở lên": a threshold the counted things meet, not a count of them. */
const THRESHOLD_AFTER = /^[ ]*(?:\p{L}+[ ]+)?trở[ ]+(?:lên|xuống)(?![\p{L}])/u;
/**
 * From the last part of a split to a list marker: the parenthesis closes, then only punctuation,
 * a sentence's end included ("179 người (gồm 98 người chết, 81 người mất tích). Trong đó, …":
 * the next sentence splits the total again; brief r5, tune half of real-sentences-10).
 */
const SPLIT_CLOSE = /^[^()]{0,80}\)[ ,;:.]*$/u;
/** From a total to its "(": its noun phrase only. */
const SPLIT_LEAD = /^[^\d.;:()\n]{0,60}\($/u;

/**
 * The whole of a list after a marker ("gồm", "trong đó"), as the breakdown rule found it at
 * `index`, read more narrowly: -1 when it is no whole; the total of a split when the figure is
 * the last part of that split in a closed parenthesis ("179 người (98 người chết, 81 người mất
 * tích), gồm: A 110, B 9, …" or "…). Trong đó, A 110 người, …": the list after the parenthesis
 * splits the 179 again, by place); else `index` unchanged.
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

/**
 * Right before a figure: a word that numbers a step, a table, a figure or a part ("Bước 2:", "Bảng
 * 3", "Phần 2"), or a year opening a sentence ("Năm 2022, huyện … Cụ thể, thu ngân sách …", found
 * on real-sweep-1.json, brief p12).
 */
const HEADING_BEFORE = /(?:^|[^\p{L}])(?:[Bb]ước|[Cc]hương|Phần|Bảng|Biểu|Hình|Câu|Trang|Năm)[ ]*$/u;

/**
 * "Bước 2: Tại ứng dụng VNeID, người dân cần kê khai các thông tin gồm số định danh cá nhân (12
 * chữ số …)": the number of a step (a table, a figure, a part of a text) is a label, no total of
 * what the list after it counts.
 */
export function headingNumber(s: string, t: FigureToken): boolean {
  return HEADING_BEFORE.test(s.slice(Math.max(0, t.from - 8), t.from));
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
 * "Bộ Tài chính có … nhiều nhất là 773 thủ tục; Ủy ban Dân tộc có … ít nhất là 4 thủ tục); số
 * thủ tục hành chính thuộc thẩm quyền … của các địa phương là 1.336": a whole inside a
 * parenthesis that closes before the part's marker is a figure of that aside, not the whole of
 * what follows the parenthesis.
 */
export function wholeInClosedAside(s: string, wholeEnd: number, markerAt: number): boolean {
  let depth = 0;
  for (let i = wholeEnd; i < markerAt; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29 && --depth < 0) return true;
  }
  return false;
}

/**
 * "717 ha lúa (…; Cao Bằng 1,5 ha; …; Tuyên Quang: 3,8ha); 486 ha hoa màu (Hà Giang: 239 ha; …;
 * Tuyên Quang: 2 ha)": when the sentence writes a measure of the total's unit with a decimal,
 * the source measures it finer than its whole figures show, so each whole figure of that unit
 * there is rounded (±0,5 of its last digit): the parts are read with those intervals.
 */
export function roundedParts(ctx: RuleContext, i: number, parts: readonly NumberToken[]): boolean {
  const { tokens } = ctx;
  const total = tokens[i] as NumberToken;
  const unit = total.unit.split(" ")[0] ?? "";
  if (unit === "") return false;
  const sentence = ctx.sentence[i];
  let fine = false;
  for (let j = i; j >= 0 && ctx.sentence[j] === sentence && !fine; j--) fine = decimalOf(tokens[j], unit);
  for (let j = i + 1; j < tokens.length && ctx.sentence[j] === sentence && !fine; j++) fine = decimalOf(tokens[j], unit);
  if (!fine) return false;
  const sum = sumIntervals(parts.map((p) => intervalOf(p)));
  const whole = intervalOf(total);
  return sum.low <= whole.high + 1e-9 && sum.high >= whole.low - 1e-9;
}

const decimalOf = (t: Token | undefined, unit: string): boolean => isCount(t) && t.fig.decimals > 0 && (t.unit.split(" ")[0] ?? "") === unit;

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

/** A plan or target before a figure ("kế hoạch là 600 nghìn tấn", "mục tiêu đạt …"). */
const PLAN_BEFORE = /(?:kế hoạch|mục tiêu|chỉ tiêu|dự kiến|phấn đấu)(?:[ ]+\p{Ll}+){0,2}[ ]*:?[ ]*$/iu;
/** A sentence that opens on a part of what the one before counted ("Trong đó, …", "Riêng …"). */
const PART_OPENS = /^[ ]*(?:trong đó|trong số đó|riêng|cụ thể)(?![\p{L}])/iu;

/**
 * "… xuống giống được 680 nghìn ha, vượt kế hoạch là 600 nghìn tấn. Trong đó, đã có 170 ha được
 * thu hoạch, năng suất bình quân 4,8 tấn/ha": the average's total is a plan (not what the
 * counted things gave), or it stands in the sentence before while its count opens a part of
 * that sentence's whole ("Trong đó", "Riêng"): the total is the whole's, the average the part's,
 * whose own total is not written. The reading is unsure: no finding.
 */
export function averageOfPart(ctx: RuleContext, total: NumberToken, count: NumberToken | undefined): boolean {
  const { s } = ctx;
  if (PLAN_BEFORE.test(s.slice(Math.max(0, total.from - 30), total.from))) return true;
  if (count === undefined || count.from < total.from) return false;
  const totalSentence = ctx.at(total.start).sentence;
  const countSentence = ctx.at(count.start).sentence;
  if (totalSentence === countSentence) return false;
  // The count's sentence from its start (bounded: the count is near the average).
  const back = s.slice(Math.max(total.end, count.from - 120), count.from);
  const cut = Math.max(back.lastIndexOf(". "), back.lastIndexOf("\n"));
  return cut >= 0 && PART_OPENS.test(back.slice(cut + 1));
}

/**
 * "thu nhập bình quân của người dân đạt 4,23 triệu đồng/tháng …. Trong đó đứng đầu … là tỉnh Bình
 * Dương với mức thu nhập bình quân đầu người đạt hơn 7 triệu": an average is no sum, and the
 * averages of its groups after "Trong đó" are no parts of it (a group's average may be above the
 * whole's). Asked only when a part or the parts would exceed the total.
 */
export function averageParts(s: string, total: NumberToken, parts: readonly { tok: NumberToken }[]): boolean {
  // The parts' sum first: one pass of additions costs less than the total's two slices and
  // regexes, and most lists do not exceed their total (a cold 1 MB of 28.000 short lists).
  let sum = 0;
  let over = false;
  const high = figureInterval(total).high;
  for (let i = 0; i < parts.length; i++) {
    const v = parts[i]!.tok.fig.value;
    sum += v;
    if (v > high) over = true;
  }
  if (!over && sum <= high) return false;
  return averageAsTotal(s, total) && parts.every((p) => averageAsTotal(s, p.tok));
}

/**
 * "bầu đủ 6 đại biểu …, trong đó có 1 đại biểu nữ, 6 đại biểu dân tộc thiểu số": a part as large
 * as its whole, beside other parts, says every one of the whole is of that kind; the parts count
 * kinds that overlap, not a split (a split's part equal to the whole leaves the others nothing).
 * Not after "gồm"/"bao gồm", which lists a split. Asked only when the parts would exceed the total.
 * Found on real-sentences-7.json's held half (brief p8).
 */
export function wholeAsPart(word: string, total: NumberToken, parts: readonly { tok: NumberToken }[]): boolean {
  if (parts.length < 2 || word === "gồm" || word === "bao gồm" || total.qualifier !== undefined) return false;
  return parts.some((p) => p.tok.qualifier === undefined && p.tok.fig.value === total.fig.value);
}

/**
 * "936 trang trại. Trong đó, có 163 trang trại lợn (13 …, 65 …, 85 …), 773 trang trại gia cầm (202
 * …, 571 …)": counts in a parenthesis right after a part are that part's own split (the split
 * rule judges it), not more parts of the total. The parts outside parentheses are kept, and those
 * of a list whose parts each stand in parentheses ("xã (52 điểm), phường (43 điểm)"): a
 * parenthesis is a part's split only when it opens after a part outside any. Asked only when the
 * parts would exceed the total; reads the list once, from the marker to its last part. Found on
 * real-sentences-7.json's held half (brief p8).
 */
export function outerParts<P extends { tok: NumberToken }>(s: string, markerEnd: number, total: NumberToken, parts: P[]): P[] {
  let sum = 0;
  for (const p of parts) sum += p.tok.fig.value;
  if (parts.length < 3 || sum <= figureInterval(total).high) return parts;
  const kept: P[] = [];
  let depth = 0;
  let outerSeen = false;
  let nested = false;
  let pos = markerEnd;
  for (const p of parts) {
    for (; pos < p.tok.start; pos++) {
      const c = s.charCodeAt(pos);
      if (c === 0x28 && depth++ === 0) nested = outerSeen;
      else if (c === 0x29 && depth > 0) depth--;
    }
    if (depth === 0) outerSeen = true;
    if (depth === 0 || !nested) kept.push(p);
  }
  return kept.length >= 2 && kept.length < parts.length ? kept : parts;
}


/**
 * "trên 100 nghìn tấn thịt …. Trong đó, … trên 2,6 nghìn tấn; … trên 81 nghìn tấn; … trên 21
 * nghìn tấn": a lower bound written round with a scale word ("trên 100 nghìn") is precise to its
 * last non-zero digit (it says "over a hundred thousand", up to 200 nghìn), not to the last digit
 * written (101 nghìn), as "hơn 54 triệu" is (55 triệu). True when the parts' sum is within that.
 * Asked only when the parts would exceed the total. Found on real-sentences-7.json's held half
 * (brief p8).
 */
export function roundBound(total: NumberToken, sumLow: number): boolean {
  const { value, decimals } = total.fig;
  if ((total.qualifier !== "trên" && total.qualifier !== "hơn") || decimals >= 0 || value <= 0) return false;
  // The step of its last non-zero digit: "100 nghìn" → 100 nghìn, "120 nghìn" → 10 nghìn.
  const step = lastDigitStep(total.fig);
  return sumLow <= (Math.floor(value / step + 1e-9) + 1) * step + 1e-9;
}

/** Right before a count: "với" and blanks, the word that joins a second measure to a count. */
const WITH_BEFORE = /(?<![\p{L}])với[ ]+$/iu;

/**
 * "đạt 577 lượt chuyến bay; trong đó, có 382 lượt chuyến bay quốc nội và 195 lượt chuyến bay quốc
 * tế với gần 88 nghìn khách (gần 63 nghìn lượt khách quốc nội và 25 nghìn lượt khách quốc tế)": a
 * count of another thing joined by "với" opens a second measure (the flights' passengers), and the
 * counts after it are its parts, not the total's, unless they count exactly what the total counts
 * ("lượt chuyến" again, where "lượt khách" shares only the counter "lượt"). The parts from there on
 * are dropped; the list is judged on those before. Called once per list, after its parts are read.
 */
export function pastOtherMeasure<C extends { index: number; tok: NumberToken }>(s: string, total: NumberToken, candidates: readonly C[], parts: C[]): C[] {
  const last = parts[parts.length - 1];
  if (last === undefined || total.unit === "") return parts;
  for (const c of candidates) {
    if (c.index >= last.index) break;
    if (sameUnit(c.tok.unit, total.unit) || !WITH_BEFORE.test(s.slice(Math.max(0, c.tok.from - 8), c.tok.from))) continue;
    return parts.filter((p) => p.index < c.index || p.tok.unit === total.unit);
  }
  return parts;
}

/** The words of a count's phrase: letters only, up to a figure, a bracket or a stop. */
const PHRASE_WORDS = /^[ ]*((?:\p{L}+[ ]+){0,11}\p{L}+)/u;
/** Where the phrase of a part after "Số …" ends: its verb of being or reaching. */
const PART_VERB = new Set(["là", "đạt", "có", "gồm", "chiếm", "lên", "được"]);

/** The lower-case words of the phrase after `at`, up to `stop` words ("là", "đạt" …) when given. */
function phraseWords(s: string, at: number, stop?: ReadonlySet<string>): string[] {
  const m = PHRASE_WORDS.exec(s.slice(at, at + 120));
  if (m === null) return [];
  const words = (m[1] as string).toLowerCase().split(/[ ]+/u);
  if (stop === undefined) return words;
  const end = words.findIndex((w, i) => i > 0 && stop.has(w));
  return end < 0 ? words : words.slice(0, end);
}

/**
 * "Bên cạnh đó, có 5.129 doanh nghiệp tạm ngừng kinh doanh có thời hạn. Số doanh nghiệp tạm ngừng
 * hoạt động chờ làm thủ tục giải thể là 5.148": a count in the sentence before that names a kind
 * of its own (three words at least past what it shares with the part's name: "kinh doanh có thời
 * hạn"), and a "Số …" that names another (words of its own, not the whole's: "hoạt động chờ …"),
 * are two kinds of one thing side by side, not a whole and its part. A bare whole ("Toàn tỉnh có
 * 120 xã. Số xã đã hoàn thành …", "1.014 hồ sơ. Số hồ sơ …") or one the part's name repeats ("120
 * xã đạt chuẩn. Số xã đạt chuẩn nâng cao …") is read as before, and so is every whole in the
 * part's own sentence. `at` is where "Số" stands. Asked only of a part found after its whole.
 */
export function otherKind(ctx: RuleContext, w: number, at: number, sentence: number): boolean {
  const whole = ctx.tokens[w] as NumberToken;
  if ((ctx.sentence[w] as number) >= sentence) return false;
  const own = phraseWords(ctx.s, whole.fig.end);
  const named = phraseWords(ctx.s, at + 3, PART_VERB);
  let c = 0;
  while (c < own.length && c < named.length && own[c] === named[c]) c++;
  return own.length - c >= 3 && named.length > c;
}

/**
 * "1001 công trình. Trong đó số công trình vi phạm là 66 công trình (33 không phép, 07 công trình
 * sai phép và có 26 công trình vi phạm khác)": one part outside parentheses and the counts in the
 * parenthesis that opens right after it are one part and its own split (the split rule judges
 * it), not three parts of the total; the part alone is kept. Lists of several parts outside
 * parentheses are left to {@link outerParts}. Found on real-sentences-9.json's tune half (brief p10).
 */
export function oneWithSplit<P extends { tok: NumberToken }>(s: string, parts: P[]): P[] {
  const first = parts[0];
  if (first === undefined || parts.length < 2) return parts;
  const last = parts[parts.length - 1] as P;
  const open = s.indexOf("(", first.tok.end);
  if (open < 0 || open > (parts[1] as P).tok.start || !/^[^\d.;:()\n]{0,40}$/u.test(s.slice(first.tok.end, open))) return parts;
  const close = s.indexOf(")", open);
  return close > last.tok.start && !s.slice(open + 1, last.tok.start).includes("(") ? [first] : parts;
}

/** After a count: its noun and its own breakdown opening ("23 trường tiểu học, gồm …", "… trong đó"). */
const OWN_LIST = /^[^\d.;:()\n]{0,60}?(?:,[ ]*)?(?<![\p{L}])(?:gồm|bao gồm|trong đó)(?![\p{L}])/iu;

/**
 * "18 trường mầm non, gồm 9 …, 3 … và 6 …; 23 trường tiểu học, gồm 14 …, 9 …": a count after ";"
 * that opens its own breakdown ("gồm", "trong đó") is the list's sibling, the next group, not one
 * more part of the group before it: the parts stop before it. Found on real-sentences-9.json's
 * tune half (brief p10).
 */
export function beforeSibling<P extends { tok: NumberToken }>(s: string, parts: P[]): P[] {
  for (let j = 1; j < parts.length; j++) {
    const p = parts[j] as P;
    if (!s.slice((parts[j - 1] as P).tok.end, p.tok.from).includes(";")) continue;
    if (OWN_LIST.test(s.slice(p.tok.fig.end, p.tok.fig.end + 80))) return parts.slice(0, j);
  }
  return parts;
}

/**
 * "66 công trình (33 không phép, 07 công trình sai phép và có 26 công trình vi phạm khác)": a part
 * whose noun is elided ("33 [công trình] không phép") reads as a count of something else, and the
 * split looks short. When every plain count in the parentheses together meets the total, the
 * split is whole, not wrong: no finding. Asked only when the parts read fall short or over. Found
 * on real-sentences-9.json's tune half (brief p10).
 */
export function elidedNounParts(ctx: RuleContext, open: number, close: number, total: NumberToken): boolean {
  let sum = 0;
  let n = 0;
  for (let k = tokenAt(ctx, open + 1); k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k] as Token;
    if (t.start >= close) break;
    if (t.kind !== "number" || t.label || t.qualifier !== undefined || !Number.isInteger(t.fig.value)) return false;
    sum += t.fig.value;
    n++;
  }
  return n >= 3 && sum === total.fig.value;
}

/** Before a count: a ";" and "và" (or "còn") closing a list. */
const SEMI_AND = /;[ ]*(?:và|còn)[ ]+$/u;
/** Words after a counter that say where or whose, not what state: "người tại …". */
const PLACE_WORD = /^(?:tại|ở|của|thuộc|trong|trên|do|là)$/u;

/**
 * "10 người chết … Trong đó, 1 người tại Gia Lai, …, 1 người tại Lâm Đồng; và 1 người mất tích tại
 * Đồng Nai": a last count after "; và" whose noun says a state of its own ("người mất tích") that
 * neither the total's noun ("người chết") nor the other parts' say is a figure added to the list,
 * not one more part of the total: it is dropped. Found on real-sentences-9.json's tune half
 * (brief p10).
 */
export function addedAfterAnd<P extends { tok: NumberToken }>(s: string, total: NumberToken, parts: P[]): P[] {
  const last = parts[parts.length - 1];
  if (last === undefined || parts.length < 3 || !SEMI_AND.test(s.slice(Math.max(0, last.tok.from - 12), last.tok.from))) return parts;
  const state = last.tok.unit.split(" ")[1] ?? "";
  if (state === "" || PLACE_WORD.test(state) || total.unit.split(" ").includes(state)) return parts;
  return parts.slice(0, -1).some((p) => p.tok.unit.split(" ").includes(state)) ? parts : parts.slice(0, -1);
}

/**
 * "Tỷ trọng vốn đăng ký bình quân trên một doanh nghiệp trong 11 tháng đầu năm 2017 đạt 9,8 tỷ
 * đồng": the figures of a time phrase opened by "trong" (a date, a year, a count of months)
 * between "bình quân … một X" and the average say when, not how much; the average is the first
 * figure after them. The index of the token the average rule reads as the average: `k` itself
 * unless a time phrase comes first. Found on real-sentences-8.json's held half (brief p11), as on
 * sets 2 and 3's tune halves.
 */
export function pastTime(ctx: RuleContext, k: number, after: number): number {
  let j = k;
  for (let t = ctx.tokens[j]; t && t.start - after < 80 && (t.kind === "date" || t.kind === "other" || (t.kind === "number" && (t.label || /^(?:tháng|quý|năm)/.test(t.unit)))); t = ctx.tokens[++j]) {
    if (j === k && !/trong (?:\p{L}+ ){0,2}$/u.test(ctx.s.slice(Math.max(0, t.start - 20), t.start))) return k;
  }
  return j;
}

/** Right after a count's unit words: a compound unit's tail glued to them (".km" of "tấn.km", "/ngày" of "người/ngày"). */
const COMPOUND_TAIL = /^[./]\p{L}+/u;

/**
 * The tail of the compound unit a count is written in ("lượt khách.km" → ".km"), or "". Read only
 * where the unit ends when it follows the figure after one blank: a "." or "/" there, no regex.
 */
function measureTail(s: string, t: NumberToken): string {
  const at = t.end + 1 + t.unit.length;
  const c = s.charCodeAt(at);
  if (t.unit === "" || (c !== 0x2e && c !== 0x2f)) return "";
  return (COMPOUND_TAIL.exec(s.slice(at, at + 12))?.[0] ?? "").toLowerCase();
}

/**
 * Counts of two measures of one thing in one list: "đạt 3.840 triệu lượt khách, tăng 10,3% … và
 * 171,3 tỷ lượt khách.km, tăng 10,4%, trong đó đường bộ đạt 3.623,6 triệu lượt khách, tăng 10,5%
 * và 118,6 tỷ lượt khách.km, …; đường thủy …", "1.350,3 triệu tấn … và 252,5 tỷ tấn.km, trong đó
 * …". A compound unit ("tấn.km", "lượt khách.km", "người/ngày") is another measure than its base
 * unit: a part written in the other one is not a part of the total. And when the total is the
 * second of two counts of its noun joined by "và" (passengers and passenger-km, even with the ".km"
 * dropped, as pages often do) and every part, between ";", is a pair of such counts joined by "và",
 * each part's count of the total's measure is its second: the first ones are the other measure's
 * parts, judged against the twin ({@link otherMeasure}). Returns the parts of the total's measure;
 * the parts unchanged when neither holds. Found on real-sentences-10.json's tune half (brief p13).
 */
export function measureParts<P extends { tok: NumberToken }>(ctx: RuleContext, total: NumberToken, parts: P[]): P[] {
  if (parts.length < 2) return parts;
  const { s, tokens } = ctx;
  const tail = measureTail(s, total);
  const same = parts.filter((p) => measureTail(s, p.tok) === tail);
  if (same.length > 0 && same.length < parts.length) return same;
  if (parts.length % 2 !== 0) return parts;
  // The total's twin: the count of its noun before it in its sentence, "và" between, no ";".
  const k = tokenAt(ctx, total.start);
  let twin: NumberToken | undefined;
  for (let j = k - 1; j >= 0 && j >= k - 6 && ctx.sentence[j] === ctx.sentence[k]; j--) {
    const t = tokens[j] as Token;
    if (t.kind === "percent" || (t.kind === "number" && t.label)) continue;
    if (isCount(t) && sameUnit(t.unit, total.unit)) twin = t;
    break;
  }
  if (twin === undefined) return parts;
  const joined = s.slice(twin.end, total.from);
  if (joined.includes(";") || !/(?<![\p{L}])và[ ]/u.test(joined)) return parts;
  const out: P[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const a = parts[i] as P;
    const b = parts[i + 1] as P;
    const inner = s.slice(a.tok.end, b.tok.from);
    if (inner.includes(";") || !/(?<![\p{L}])và[ ]/u.test(inner) || (i > 0 && !s.slice((parts[i - 1] as P).tok.end, a.tok.from).includes(";"))) return parts;
    out.push(b);
  }
  if (out.length < 2) return parts;
  otherMeasure(ctx, twin, parts.filter((_, i) => i % 2 === 0).map((p) => p.tok), intervalsMeet(operandInterval(total), sumIntervals(out.map((p) => figureInterval(p.tok)))));
  return out;
}

/**
 * The other measure's list of {@link measureParts} ("3.840 triệu lượt khách … trong đó đường bộ đạt
 * 3.623,6 triệu lượt khách … và …"): the first count of each pair against the total's twin, judged
 * as a breakdown's parts against their total: their sum above it is a slip; one below it is only
 * when the total's own measure shows the list whole (`whole`: its parts meet the total).
 */
function otherMeasure(ctx: RuleContext, twin: NumberToken, parts: readonly NumberToken[], whole: boolean): void {
  const sum = sumIntervals(parts.map(figureInterval));
  const plausible = plausibleInterval(twin.fig, twin.qualifier);
  pushBreakdown(ctx, sum.low > plausible.high + 1e-9 ? "parts_exceed_total" : whole && !intervalsMeet(operandInterval(twin), sum) ? "parts_total_mismatch" : "breakdown_consistent", twin, parts);
}

/**
 * "doanh số … đạt 20.726 xe, bao gồm xe 14.483 du lịch, 6.096 xe thương mại và 147 xe chuyên
 * dụng": a part whose unit noun, the total's, is written before its figure ("xe 14.483 du lịch")
 * counts what the total counts; its words after the figure are its kind. Such candidates dropped
 * for their unit are parts again, in their place. Only a candidate that no part comes before is
 * read so (the first of the list, right after the marker). Found on real-sentences-10.json's
 * tune half (brief p13).
 */
export function nounBeforeParts<C extends { index: number; tok: NumberToken }>(s: string, markerEnd: number, total: NumberToken, candidates: readonly C[], parts: C[]): C[] {
  const first = candidates[0];
  // The noun (an array made) only past the cheap tests: most lists open with a part.
  if (first === undefined || parts.length === 0 || parts.includes(first) || first.tok.unit === "") return parts;
  const noun = total.unit.split(" ")[0] ?? "";
  if (noun === "") return parts;
  const lead = s.slice(markerEnd, first.tok.from).toLowerCase();
  if (!(lead.endsWith(` ${noun} `) || lead.endsWith(` ${total.unit} `)) || /[\d;,()]/u.test(lead)) return parts;
  return [first, ...parts];
}

/** Right before a count: a change or comparison word, so the count is no part ("giảm 9%", "tăng 20 xe"). */
const CHANGE_WORD_BEFORE = /(?<![\p{L}])(?:tăng|giảm|so với|hơn|bằng|thêm)[ ]*$/iu;

/**
 * "Doanh số bán của xe lắp ráp trong nước đạt 12.079 xe, … xe nhập khẩu nguyên chiếc là 8.647 xe,
 * …. Ngoài ra, doanh số … của TC Group là 3.575 xe, VinFast là 2.996 xe, thị trường Việt Nam có
 * doanh số tổng cộng là 27.297 xe": a sum stated after its clause's parts may also take the counts
 * of its thing written in the sentences before (its other parts, 12.079 + 8.647 + 3.575 + 2.996 =
 * 27.297). True when the parts below the sum, with the last one or more such counts before them in
 * their paragraph (three sentences back at most, no change's figure), meet the sum; then the sum is
 * right as written. Asked only when the clause's parts fall short of the sum. Found on
 * real-sentences-10.json's tune half (brief p13).
 */
export function earlierParts(ctx: RuleContext, parts: readonly NumberToken[], total: NumberToken): boolean {
  const first = parts[0];
  if (first === undefined) return false;
  const { s, tokens } = ctx;
  const k = tokenAt(ctx, first.start);
  const sentence = ctx.sentence[k] ?? 0;
  const held = [...parts.map(figureInterval)];
  const whole = figureInterval(total);
  for (let j = k - 1, n = 0; j >= 0 && n < 6 && ctx.paragraph[j] === ctx.paragraph[k] && (ctx.sentence[j] ?? 0) >= sentence - 3; j--) {
    const t = tokens[j] as Token;
    if (!isCount(t) || !sameUnit(t.unit, total.unit) || CHANGE_WORD_BEFORE.test(s.slice(Math.max(0, t.from - 10), t.from))) continue;
    held.push(figureInterval(t));
    n++;
    const sum = sumIntervals(held);
    if (sum.low <= whole.high + 1e-9 && whole.low <= sum.high + 1e-9) return true;
  }
  return false;
}

/** A span of time, no amount: "4 tháng", "2 năm". */
const SPAN = /^(?:tháng|năm|quý|ngày|tuần)(?: |$)/u;
/** A plan, a past period or a start ("nâng từ a") before a count: no flow added to a running total. */
const NOT_FLOW = /kế hoạch|chỉ tiêu|mục tiêu|dự kiến|cùng kỳ|so với|năm trước|từ[ ]*$/iu;

/**
 * "xây dựng và sửa chữa được trên 16.000 căn nhà …, góp phần nâng tổng số … lên trên 742.000 căn",
 * "trong tháng 2 … đạt 333 nghìn tấn, …, nâng khối lượng … 2 tháng … ước đạt 702 nghìn tấn": what a
 * period adds is a part of the running total it brings up ("nâng … lên/đạt b"), so it may not exceed it.
 * Pairs [whole, part] of token indices: the first count after "nâng" past a span of time, right
 * after "lên"/"đạt"/"là" (not "nâng cấp", nor "nâng … từ a lên b"), no change word
 * between; the nearest count of the same thing before the word in its sentence, with no plan or
 * past period before it. Found on the tune halves of real-sentences-9 and -10 (brief r2).
 */
export function runningTotals(ctx: RuleContext): [number, number][] {
  const { s, tokens } = ctx;
  const out: [number, number][] = [];
  // Looked for by "âng ": `indexOf` is several times faster on a word that opens with a rare letter
  // (see anchoredMatches). "lũy kế" (a month before the year to date, set 7) is not read: "ũ" is
  // found through its byte "i", and the scan cost 3% of the check for one passage.
  for (let at = s.indexOf("âng "); at >= 0; at = s.indexOf("âng ", at + 1)) {
    // "nâng cao", "nâng cấp" (most of the "nâng" in a report) raise no total: ruled out first.
    if (s.charCodeAt(at - 1) !== 0x6e || s.startsWith("cao", at + 4) || s.startsWith("cấp", at + 4)) continue;
    const sentence = ctx.at(at).sentence;
    let k = tokenAt(ctx, at);
    while (ctx.sentence[k] === sentence && (tokens[k] as Token).start - at <= 120 && (!isCount(tokens[k]) || SPAN.test((tokens[k] as NumberToken).unit))) k++;
    const whole = tokens[k];
    if (!isCount(whole) || ctx.sentence[k] !== sentence || whole.start - at > 120) continue;
    const gap = s.slice(at, whole.from);
    if (/tăng|giảm|so với/u.test(gap) || !/(?:lên|đạt|là)[ ]*$/u.test(gap)) continue;
    for (let j = k - 1; j >= 0 && ctx.sentence[j] === sentence && at - (tokens[j] as Token).end <= 200; j--) {
      const t = tokens[j] as Token;
      if (!isCount(t) || !sameUnit(t.unit, whole.unit)) continue;
      if (!NOT_FLOW.test(s.slice(Math.max(0, t.from - 40), t.from))) out.push([k, j]);
      break;
    }
  }
  return out;
}
