/**
 * A total and its listed parts: "tiếp nhận 281.757 hồ sơ, trong đó trực tuyến 174.927 hồ sơ,
 * trực tiếp 106.830 hồ sơ"; "đối soát 2.003.884 dữ liệu …, có 1.527.629 …; 106.830 …; 369.425 …";
 * "trên 100 lượt (Trong đó: … 1500 lượt …)"; and "y …, trong đó x … (đạt tỷ lệ z%)".
 *
 * Parts are the figures after the marker ("trong đó", "gồm", "bao gồm", ", có") in the same
 * sentence (or the same parenthesis) that count the same thing as the total (same unit word).
 * Parts may never exceed the total. They must add up to it only when the list is exhaustive:
 * "gồm"/"bao gồm", complementary labels (trực tuyến/trực tiếp, đúng hạn/quá hạn, nam/nữ…) or a
 * negative label ("không có thông tin", "chưa …"); "trong đó VNPT …, Viettel …" may leave
 * others out.
 */
import { type Interval, intervalsMeet, statedInterval, sumIntervals } from "../../interval.js";
import { anchoredMatches, closeWithin, endsWord, isCount, letterAt, operandInterval, type RuleContext, wordTest, writeLike, written } from "../context.js";
import type { FigureToken, Qualifier, Token } from "../tokens.js";
import { checkShare, shareGap } from "./ratios.js";
import { baseElided, kindsOverlap, levelAbove, otherSubject, ownScope, sharesOfOther } from "./readings/shares.js";
import { addedAfterAnd, adminParts, averageParts, beforeSibling, headingNumber, listWhole, measureParts, nounBeforeParts, oneWithSplit, outerParts, pastOtherMeasure, pastRange, roundBound, wholeAsPart } from "./readings/wholes.js";
import { bareBefore, comparedParts, lastDigitStep, signBefore, stageParts } from "./readings/changes.js";
import { andLabels, placeItem } from "./readings/lists.js";
import { closedAsides, estimateRounding, kindOf, namedTotal, sectorsWhole, siblingGoesOn } from "./readings/totals.js";

type NumberToken = Extract<Token, { kind: "number" }>;

// ", có thêm 1 xã … và 8 xã …": more of the same added, not the parts of a total.
const MARKER = /[Tt]rong đó|[Bb]ao gồm|[Gg]ồm|,[ ]{0,8}có(?![ ]+thêm)/y;
/** Every character a match of MARKER may open with (keep in step with it: other starts are not tried). */
const OPENS = "TtBbGg,";
/**
 * What every marker holds, fast to scan for (see {@link anchoredMatches}): "ó" stands for "đó"
 * and "có", a letter whose UTF-16 bytes are rare in Vietnamese, so `indexOf` skips through the
 * text, where "có" (led by the common "c") costs several times as much.
 */
const ANCHOR = ["ó", "ồm"];

/**
 * The word of a {@link MARKER} match in lower case, read from its first character alone (each of
 * its four forms opens with a character of its own): no slice and no lower-casing per marker (a
 * 1 MB of short lists holds 28.000 of them).
 */
function markerWord(first: number): string {
  if (first === 0x2c) return "có";
  const c = first | 0x20;
  return c === 0x74 ? "trong đó" : c === 0x62 ? "bao gồm" : "gồm";
}

/** Pairs of labels that together cover a whole. */
const COMPLEMENTS: readonly (readonly [RegExp, RegExp])[] = [
  [/trực tuyến/iu, /trực tiếp/iu],
  [/(?:đúng|trước|trong) hạn/iu, /(?:quá|trễ|chậm) hạn|chậm/iu],
  [/(?<![\p{L}])nam(?![\p{L}])/iu, /(?<![\p{L}])nữ(?![\p{L}])/iu],
  [/thành thị/iu, /nông thôn/iu],
  [/(?<![\p{L}])đạt(?![\p{L}])/iu, /(?:không|chưa) đạt/iu],
  [/(?<![\p{L}])đã(?![\p{L}])/iu, /(?<![\p{L}])chưa(?![\p{L}])/iu],
  [/quốc tế|nhập cảnh/iu, /nội địa|trong nước|quốc nội/iu],
  [/xuất khẩu/iu, /nhập khẩu/iu],
];
const CHANGE = { test: wordTest(["so với", "tăng", "giảm"]) };
/** The params of a consistent finding nobody will read (see {@link RuleContext.checks}). */
const NO_PARAMS = {};
/** Between two items of a list: "," or ";" or "và". */
const ITEM_SEP = /[,;]|(?<![\p{L}])và(?![\p{L}])/u;
/**
 * A sum word ("tổng cộng", "lũy kế"…): it closes a list, it is no part of it. Not the whole a
 * share names ("chiếm 83,2% tổng số đơn"): that one closes nothing.
 */
const SUM_WORD = /ổng cộng|ổng số|ũy kế|uỹ kế|ộng dồn/;
/** Right after a percentage: the whole it is a share of. */
const SHARE_WHOLE = /^[ ]*(?:(?:trên|của|so với)[ ]+)?tổng số/u;
const CHANGE_BEFORE = /(?<![\p{L}])(?:tăng|giảm|thêm|còn)[ ]+$/iu;
/** A change, or a new level ("nâng tổng số … lên 52 xã"): not a part. */
const CHANGED = /(?<![\p{L}])(?:tăng|giảm|thêm|lên|xuống)[ ]+$/iu;
/**
 * Whether {@link CHANGED} matches the 12 units before `from`. It needs its word's last letters
 * right before the closing blanks: "m" (giảm, thêm), "ng" (tăng, xuống) or "ên" (lên), in either
 * case; most figures follow none ("trong đó 5", "tiếp nhận 10", ", 5"), and skip the slice and the
 * regex (a cold 1 MB of short lists ran it 84.000 times).
 */
function changedBefore(s: string, from: number): boolean {
  // "giảm 1,6% (-673 ha)", "tăng 217,55% (8.626 ha)": the amount of the change before it.
  if (signBefore(s, from) || bareBefore(s, from)) return true;
  let k = from - 1;
  while (s.charCodeAt(k) === 0x20) k--;
  const c = s.charCodeAt(k) | 0x20;
  const p = s.charCodeAt(k - 1);
  if (k === from - 1 || !(c === 0x6d || (c === 0x67 && (p | 0x20) === 0x6e) || (c === 0x6e && (p === 0xea || p === 0xca)))) return false;
  return CHANGED.test(s.slice(Math.max(0, from - 12), from));
}
const NEGATIVE = /(?<![\p{L}])(?:không|chưa|còn lại)(?![\p{L}])/iu;
/** From a percentage to the marker: the rest of its parenthesis, closed, then only punctuation. */
const ASIDE_AFTER = /^[^()]{0,80}\)[\s.;:,]*$/u;
const STOP = /⁽|\(\s*(?:[ivx]+|\d{1,2}|[a-zđ])\s*\)/iu;
/** "…, đạt tỷ lệ 90%; Các huyện, thị xã … tiếp nhận hơn 13.000": a clause that opens like a sentence ends the list. */
const NEW_CLAUSE = /;[ ]*\p{Lu}/u;
/** "khách quốc tế ước đạt 211.300 lượt": an estimate, rounded at its last written non-zero digit. */
const ESTIMATE_BEFORE = /(?<![\p{L}])ước(?:[ ]+(?:đạt|tính|khoảng))?[ ]*$/iu;

/**
 * After a part's percentage, a base of its own: "đạt 26,6% dự toán", "đạt 43% kế hoạch", "bằng
 * 110% so với cùng kỳ", "chiếm 51,7% dân số".
 */
const OWN_BASE = /^ *(?:dự toán|kế hoạch|chỉ tiêu|mục tiêu|so |cùng kỳ|dân số)/iu;
/** "Covid-19", "SARS-CoV-2": a number that ends a name, not a count. */
const namePart = (s: string, t: Token): boolean => s[t.start - 1] === "-" && letterAt(s, t.start - 2);

/** "hồ sơ (HS)", "hợp tác xã (HTX)", "tổ chức cơ sở Đảng (TCCSĐ)": a unit of one to five words and the acronym it is given. */
const ALIAS = /^[ ]*\p{L}+(?:[ ]+\p{L}+){0,4}[ ]*\(([A-ZĐ]{2,6})\)/u;

/** Count nouns of one syllable: "thẻ căn cước" and "thẻ cấp mới" both count thẻ. */
const ONE_SYLLABLE = new Set([
  "thẻ", "lượt", "xã", "phường", "người", "hộ", "tin", "bài", "cuộc", "lớp", "buổi", "đơn", "bộ", "máy",
  "tổ", "thôn", "trường", "giấy", "thửa", "bản", "trẻ", "cháu", "em", "đoàn", "xe", "căn", "ca", "chiếc",
]);

/**
 * Nouns that count people: "1.346 công chức …. Trong đó, 1.070 người …" counts the same thing
 * twice, once by its kind and once as "người".
 */
const PEOPLE = ["người", "đồng chí", "công chức", "cán bộ", "viên chức", "học sinh", "học viên", "sinh viên", "lao động", "công dân", "đảng viên", "hội viên", "đoàn viên", "bệnh nhân"];
const isPeople = (u: string): boolean => PEOPLE.some((p) => u === p || u.startsWith(`${p} `));
/**
 * A noun that counts any people: "người", and "đồng chí" ("kết nạp 603 đảng viên mới, trong đó
 * đảng viên nữ là 359 đồng chí"; "đại biểu nam có 231 đồng chí").
 */
const anyPerson = (u: string): boolean => u === "người" || u.startsWith("người ") || u === "đồng chí" || u.startsWith("đồng chí ");

/** Words that, after a count's noun, open what follows it rather than continue the noun. */
const AFTER_NOUN = new Set(["tại", "ở", "của", "cho", "được", "đã", "là", "và"]);

/** The first word of a phrase (`phrase.split(" ")[0]`, with no array made). */
export const firstWord = (w: string): string => {
  const sp = w.indexOf(" ");
  return sp < 0 ? w : w.slice(0, sp);
};

/** A word without a vowel is an acronym that names the counted thing whole ("TTHC", "CCCD", "DVC"). */
const ACRONYM = /^[bcdđfghjklmnpqrstvwxz]{2,}$/u;

/**
 * Whether two unit phrases (the one or two words after a figure) count the same thing: "hồ sơ"
 * and "hồ sơ", "lượt" and "lượt người", "thẻ căn" and "thẻ cấp"; not "tài khoản" and "tài liệu".
 */
export function sameUnit(a: string, b: string): boolean {
  if (a === "" || b === "") return false;
  if (a === b) return true;
  if ((anyPerson(a) || anyPerson(b)) && isPeople(a) && isPeople(b)) return true;
  // Unit phrases are one or two words: compare without splitting (this runs for every part).
  const sa = a.indexOf(" ");
  const sb = b.indexOf(" ");
  const a0 = sa < 0 ? a : a.slice(0, sa);
  if (a0 !== (sb < 0 ? b : b.slice(0, sb))) return false;
  if (sa < 0 || sb < 0) return true;
  const a1 = a.slice(sa + 1);
  const b1 = b.slice(sb + 1);
  // "600 camera tại khu vực đô thị" counts what "736 camera giám sát" counts: a word such as
  // "tại" after the noun ends the unit.
  if (a1.indexOf(" ") >= 0 || b1.indexOf(" ") >= 0 ? a.split(" ")[1] === b.split(" ")[1] : a1 === b1) return true;
  return ONE_SYLLABLE.has(a0) || ACRONYM.test(a0) || AFTER_NOUN.has(firstWord(a1)) || AFTER_NOUN.has(firstWord(b1));
}

/**
 * The interval a "more than"/"less than" total can plausibly stand for when its parts are
 * compared with it. interval.ts reads "trên 100" as [99,5; ∞); an author who writes "trên 100"
 * for 1.500 has made a slip, so the upper end is capped at the next step of the leading digit
 * ("trên 100" ≤ 200, "hơn 1.200" ≤ 2.000, "trên 450.000" ≤ 500.000), or, for a figure written
 * with a scale word, at the next step of its last written digit ("hơn 13,8 triệu" ≤ 13,9 triệu,
 * "hơn 54 triệu" ≤ 55 triệu).
 */
export function plausibleInterval(fig: { value: number; decimals: number }, qualifier: Qualifier | undefined): Interval {
  const base = statedInterval({ value: fig.value, decimals: fig.decimals, ...(qualifier ? { qualifier } : {}) });
  if ((qualifier === "hơn" || qualifier === "trên") && fig.value > 0) {
    // A scaled figure says its precision: "hơn 13,8 triệu" is under 13,9 triệu, not 20 triệu.
    const step = fig.decimals < 0 ? 10 ** -fig.decimals : 10 ** Math.floor(Math.log10(fig.value));
    return { low: base.low, high: (Math.floor(fig.value / step + 1e-9) + 1) * step };
  }
  // "gần 41.300" is more than 40.000, not anything down to 0.
  if ((qualifier === "gần" || qualifier === "gần như") && fig.value > 0) {
    const step = fig.decimals < 0 ? 10 ** -fig.decimals : 10 ** Math.floor(Math.log10(fig.value));
    return { low: Math.max(0, (Math.ceil(fig.value / step - 1e-9) - 1) * step), high: base.high };
  }
  return base;
}

/**
 * The interval a figure token stands for when it is compared: its rounding when written exactly
 * ({@link operandInterval}), the plausible range of its approximation word otherwise
 * ({@link plausibleInterval}). One reading for every rule that adds, subtracts or divides figures.
 */
export function figureInterval(t: Pick<FigureToken, "fig" | "qualifier">): Interval {
  return t.qualifier === undefined ? operandInterval(t) : plausibleInterval(t.fig, t.qualifier);
}

/**
 * Whether a part stands above its whole. Two counts written in full (no approximation word, all
 * their digits: "10 người", "12.575 hộ") are exact, so a part one above is a slip ("làm 10 người
 * nhập viện, trong đó có 11 người tử vong"), not a rounding; a "more than" whole of three
 * significant digits or more stands within ten units of its last one; otherwise the part's stated
 * interval must clear the whole's plausible one ({@link plausibleInterval}).
 */
export function partAbove(part: Pick<FigureToken, "fig" | "qualifier">, whole: Pick<FigureToken, "fig" | "qualifier">, plausible: Interval = plausibleInterval(whole.fig, whole.qualifier)): boolean {
  if (part.qualifier === undefined && whole.qualifier === undefined) return operandInterval(part).low > operandInterval(whole).high;
  const low = statedInterval({ value: part.fig.value, decimals: part.fig.decimals, ...(part.qualifier ? { qualifier: part.qualifier } : {}) }).low;
  // "chỉ đạt trên 436.500 lượt. Trong đó, khách nội địa là 443.420 lượt": a "more than" whole
  // written to three significant digits or more is known to them; it stands within ten units of
  // its last non-zero digit (436.500 ≤ 437.500), not up to the next step of its leading one.
  if ((whole.qualifier === "hơn" || whole.qualifier === "trên") && whole.fig.decimals >= 0 && Number.isInteger(whole.fig.value) && whole.fig.value >= 100) {
    const unit = lastDigitStep(whole.fig);
    if (whole.fig.value >= unit * 100) return low > whole.fig.value + 10 * unit;
  }
  return low > plausible.high;
}

/** Whether [start, end) sits in a parenthesis that opens at most 100 characters before it and closes before `limit`. */
function insideClosed(s: string, start: number, end: number, limit: number): boolean {
  let k = start - 1;
  while (k >= Math.max(0, start - 100) && s.charCodeAt(k) !== 0x28 && s.charCodeAt(k) !== 0x29) k--;
  if (k < 0 || s.charCodeAt(k) !== 0x28) return false;
  // Bounded: the marker is near, and a text without ")" must not be scanned to its end each time.
  return closeWithin(s, end, Math.min(limit, end + 200) - end) >= end;
}

/** A part's interval: an estimate ("ước đạt 8.400.000") is ± half a unit of its last non-zero digit. */
function estimateOr(s: string, t: NumberToken): Interval {
  if (!ESTIMATE_BEFORE.test(s.slice(Math.max(0, t.from - 16), t.from)) || !Number.isInteger(t.fig.value) || t.fig.value === 0) return operandInterval(t);
  const unit = lastDigitStep(t.fig);
  return { low: t.fig.value - unit / 2, high: t.fig.value + unit / 2 };
}

function exhaustive(marker: string, labels: readonly string[]): boolean {
  if (labels.length < 2) return false;
  if (marker === "gồm" || marker === "bao gồm") return true;
  if (labels.some((l) => NEGATIVE.test(l))) return true;
  return COMPLEMENTS.some(([a, b]) => labels.some((l) => a.test(l)) && labels.some((l) => b.test(l) && !a.test(l))) || sectorsWhole(labels);
}

/**
 * The candidates that count what the total counts: the same unit word, or, when the total has
 * none ("tiếp nhận 976, trong đó …"), the unit of the first part that has one; unit-less figures
 * only when nothing in the list has a unit.
 */
function partsOf<C extends { tok: { unit: string } }>(candidates: readonly C[], unit: string, alias = "", after = ""): C[] {
  const ref = unit !== "" ? unit : (candidates.find((c) => c.tok.unit !== "")?.tok.unit ?? "");
  if (ref === "") return candidates.slice();
  const same = candidates.filter((c) => sameUnit(c.tok.unit, ref) || (alias !== "" && sameUnit(c.tok.unit, alias)) || kindOf(c.tok.unit, unit, after));
  if (same.length > 0) return same;
  return candidates.every((c) => c.tok.unit === "") ? candidates.slice() : [];
}

/** The words around each part, between the list's separators ("," and ";" outside numbers). */
function labelsOf(s: string, from: number, limit: number, starts: readonly number[], lastEnd: number): string[] {
  const rest = s.slice(lastEnd, limit);
  const stop = rest.search(/[;.\n()]|,(?!\d)/u);
  const to = stop < 0 ? Math.max(lastEnd, limit) : lastEnd + stop;
  const text = s.slice(from, to);
  const cuts = [0];
  const sep = /[;]|,(?!\d)/gu;
  let m: RegExpExecArray | null;
  while ((m = sep.exec(text)) !== null) cuts.push(m.index + 1);
  cuts.push(text.length + 1);
  // `starts` ascend, so one pointer walks the cuts once: linear in the list, however long.
  let i = 0;
  return starts.map((p) => {
    const off = p - from;
    while (i + 1 < cuts.length && (cuts[i + 1] ?? 0) <= off) i++;
    return text.slice(cuts[i] ?? 0, (cuts[i + 1] ?? text.length + 1) - 1);
  });
}

/** The sum of parts' values. */
const valueOf = (parts: readonly { tok: NumberToken }[]): number => parts.reduce((a, p) => a + p.tok.fig.value, 0);
/**
 * A sentence that opens by listing the parts of the total of the sentence before: "Cụ thể:",
 * "Trong số này,", a classification ("Theo lĩnh vực:", "Phân theo khu vực kinh tế:"; not a
 * source, "Theo báo cáo …:"), which may name only its largest classes.
 */
const OPENER = /Cụ thể[ ]*[:,]|Trong số (?:này|đó)[ ]*[:,]|(?:Phân|Chia) theo (?!báo|số|kết|kế)\p{Ll}+(?: \p{Ll}+){0,5}[ ]*[:,]|Theo (?!báo|số|kết|kế)\p{Ll}+(?: \p{Ll}+){0,5}[ ]*:/uy;
/**
 * Where an {@link OPENER} may start, found by three `indexOf` scans where five (one per first
 * word) cost about three times as much: "ụ th" of "Cụ thể"; "Trong"; and, for "Theo …", "Phân
 * theo …", "Chia theo …" (which end with a colon after only lower-case letters and blanks), each
 * ":" read back over those to the capital that may open one (a colon stops the read: linear).
 * Every place whose first word is one of "Cụ thể", "Trong", "Theo", "Phân", "Chia" and where
 * OPENER matches is found once: the same places as the five scans for those words.
 */
function openerStarts(s: string, found: (start: number) => void): void {
  for (let h = s.indexOf("ụ th"); h >= 0; h = s.indexOf("ụ th", h + 1)) if (s.charCodeAt(h - 1) === 0x43) found(h - 1);
  for (let h = s.indexOf("Trong"); h >= 0; h = s.indexOf("Trong", h + 1)) found(h);
  for (let c = s.indexOf(":"); c >= 0; c = s.indexOf(":", c + 1)) {
    // Back over blanks, a–z and every non-ASCII unit (a superset of \p{Ll}): stops at the capital.
    let b = c - 1;
    for (let x = s.charCodeAt(b); x === 0x20 || (x >= 0x61 && x <= 0x7a) || x >= 0x80; x = s.charCodeAt(b)) b--;
    const x = s.charCodeAt(b);
    if (x === 0x54 && s.startsWith("Theo", b)) found(b);
  }
  // "Phân theo …" and "Chia theo …" close with ":" or "," ("Chia theo loại hình kinh tế, khu vực
  // Nhà nước đạt …"): found by their own words, each place once. Scanned for by six characters
  // from their capital: V8 searches a pattern of seven or more by tables built per call, ten
  // times slower on 77 kB of prose than a short one opening with a rare character.
  for (let h = s.indexOf("Phân t"); h >= 0; h = s.indexOf("Phân t", h + 1)) if (s.startsWith("Phân theo ", h)) found(h);
  for (let h = s.indexOf("Chia t"); h >= 0; h = s.indexOf("Chia t", h + 1)) if (s.startsWith("Chia theo ", h)) found(h);
}
/** The noun phrase of a total ("hồ sơ, giấy tờ"), then ", tăng …" / ", giảm …" (its change). */
const CHANGE_TAIL = /^[^\d.;:()]{0,60}?,[ ]*(?:tăng|giảm)(?![\p{L}])/u;

/** Whether `at` opens a sentence: only blanks and emphasis marks since a ".", "!", "?" or line break. */
function opensSentenceAt(s: string, at: number): boolean {
  let k = at - 1;
  while (s.charCodeAt(k) === 0x20 || s.charCodeAt(k) === 0x5f) k--;
  return /[.!?\n]/u.test(s[k] ?? "");
}

/** A candidate part: its token's index, the token, and the index of the share stated for it. */
type Candidate = { index: number; tok: NumberToken; share?: number };

/**
 * Where a list opened inside a parenthesis ("(Trong đó: …") closes: the ")" that closes it, from
 * `from` on, before `nextMarker`, a line break or 2.000 characters; infinity when none does.
 */
function listClose(s: string, from: number, nextMarker: number): number {
  let depth = 0;
  // Bounded: a list never runs for pages, and unbalanced text must stay linear.
  const stop = Math.min(s.length, nextMarker, from + 2000);
  for (let i = from; i < stop; i++) {
    const c = s[i];
    if (c === "(") depth++;
    else if (c === ")") {
      if (depth === 0) return i;
      depth--;
    } else if (c === "\n") break;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * The candidate parts after a marker `mk`: from token `ti` on, the counts (not changes) of the
 * marker's sentence (and of the sibling sentence that goes on with its list, see siblingGoesOn)
 * before `closeAt`, the next marker, a numbering, a new clause or a sum word,
 * each with the share stated right after it. Its own function (as {@link partsAbove} and
 * {@link checkPartShares}): V8 optimises a small function on a long list, where on-stack
 * replacement of the whole rule on a cold first call costs far more.
 */
function candidatesAfter(ctx: RuleContext, ti: number, mk: { start: number; end: number }, closeAt: number, nextMarker: number, sentence: number, across: { sibling?: boolean } = {}): Candidate[] {
  const { s, tokens } = ctx;
  const candidates: Candidate[] = [];
  let prevEnd = mk.end;
  for (let k = ti; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.start >= closeAt || t.start >= nextMarker) break;
    // A list may go on into a sibling sentence that repeats its first part's head word (asked
    // once a list, at the next sentence's first figure; `across.sibling` holds the answer).
    if (ctx.sentence[k] !== sentence && !(ctx.sentence[k] === sentence + 1 && (across.sibling ??= candidates[0] !== undefined && isCount(t) && siblingGoesOn(s, mk.end, candidates[0].tok, (tokens[k - 1] as Token).end, t, sameUnit)))) break;
    // The words since the last part, cut once (a list of 100.000 parts made 400.000 copies of them).
    const gap = s.slice(prevEnd, t.start);
    if (t.kind === "ordinal" || STOP.test(gap) || (NEW_CLAUSE.test(gap) && !(placeItem(gap) && opensSentenceAt(s, mk.start)))) break;
    // "…, tổng cộng 5.000 hồ sơ": the sum of the list closes it; it is no part of it.
    if (SUM_WORD.test(gap) && !(tokens[k - 1]?.kind === "percent" && SHARE_WHOLE.test(gap))) break;
    prevEnd = t.end;
    // "(tăng 800 hồ sơ so với cùng kỳ)": a change, not a part.
    if (t.kind === "number" && !t.label && !changedBefore(s, t.from)) candidates.push({ index: k, tok: t });
    else if (t.kind === "percent") {
      const last = candidates[candidates.length - 1];
      // "1.292 tỷ đồng, bằng 21,7% dự toán": a percentage that names its own base is no share of the total.
      if (last && last.index === k - 1 && last.share === undefined && shareGap(s.slice(last.tok.end, t.from)) && !OWN_BASE.test(s.slice(t.end, t.end + 24))) {
        last.share = k;
      }
    }
  }
  return candidates;
}

/**
 * Reports every part above the total ("part_exceeds_whole"); whether there was one. Indexed loops
 * over the parts (here and in {@link checkPartShares}): a cold call runs them in the interpreter,
 * where an array's iterator costs several calls a list.
 */
function partsAbove(ctx: RuleContext, total: NumberToken, parts: readonly Candidate[], plausible: Interval, totalText: string): boolean {
  let exceeded = false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    // A stated interval's low end is at most its value, or 0: a part not above the total needs
    // no interval (two objects a part, the most of a long list's garbage).
    if (Math.max(p.tok.fig.value, 0) <= Math.min(plausible.high, total.fig.value)) continue;
    if (partAbove(p.tok, total, plausible)) {
      exceeded = true;
      ctx.out.push({
        code: "part_exceeds_whole",
        start: total.from,
        end: p.tok.end,
        params: { part: written(ctx, p.tok.fig), whole: totalText },
        expected: total.fig.value,
        actual: p.tok.fig.value,
      });
    }
  }
  return exceeded;
}

/** Checks the shares stated for the parts ("trong đó 73.796 hồ sơ (26%)") against the total, each share once. */
function checkPartShares(ctx: RuleContext, total: NumberToken, parts: readonly Candidate[], markerStart: number): void {
  const { s } = ctx;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.share === undefined || ctx.usedPercents.has(p.share)) continue;
    ctx.usedPercents.add(p.share);
    if (baseElided(s, s.slice(total.end, markerStart), ctx.tokens[p.share] as FigureToken) || ownScope(s, p.tok, total, ctx.tokens[p.share] as FigureToken) || levelAbove(s, p.tok, total, ctx.tokens[p.share] as FigureToken) || otherSubject(s, p.tok, ctx.tokens[p.share] as FigureToken)) continue;
    const fractionText = `${written(ctx, p.tok.fig)}/${written(ctx, total.fig)}`;
    checkShare(
      ctx,
      { start: total.from, end: p.tok.end, part: p.tok.fig, whole: total.fig, fractionText },
      ctx.tokens[p.share] as FigureToken,
    );
  }
}

/** The rule: every total followed by a list of its parts. */
export function checkBreakdowns(ctx: RuleContext): void {
  const { s, tokens, at } = ctx;
  const markers: { start: number; end: number; word: string }[] = [];
  for (const m of anchoredMatches(s, ANCHOR, MARKER, 11, OPENS)) {
    const word = markerWord(s.charCodeAt(m.index));
    // "Trong đó, có 8,96 ngàn HS …": the ", có" right after a marker is part of it, not a
    // second list (which would cut the first one off before its first part).
    const prev = markers[markers.length - 1];
    if (word === "có" && prev !== undefined && /^[\s:]*$/u.test(s.slice(prev.end, m.index))) continue;
    markers.push({ start: m.index, end: m.end, word });
  }
  const n = markers.length;
  // The openers: every place where an OPENER opens a sentence (its capital after a ".", "!", "?"
  // or line break and only blanks or emphasis marks); see openerStarts. The markers are sorted
  // below and no two start at one place, so the order found does not matter.
  openerStarts(s, (start) => {
    if (!opensSentenceAt(s, start)) return;
    OPENER.lastIndex = start;
    if (!OPENER.test(s) || !endsWord(s, OPENER.lastIndex)) return;
    const end = OPENER.lastIndex;
    markers.push({ start, end, word: s.slice(start, end).includes("heo") ? "theo" : "cụ thể" });
  });
  if (markers.length > n) markers.sort((a, b) => a.start - b.start);
  let ti = 0;
  for (let mi = 0; mi < markers.length; mi++) {
    const mk = markers[mi]!;
    const nextMarker = markers[mi + 1]?.start ?? Number.POSITIVE_INFINITY;
    while (ti < tokens.length && (tokens[ti] as Token).end <= mk.start) ti++;
    let totalIndex = ti - 1;
    // "đạt hơn 12,5 triệu bộ (đạt 90% so với …). Trong đó, …": a percentage in a parenthesis
    // that closes before the marker is an aside; the total is the count before it.
    const aside = tokens[totalIndex];
    // Bounded on both sides so that a run of markers after one percentage stays linear.
    if (aside?.kind === "percent" && mk.start - aside.end <= 100 && isCount(tokens[totalIndex - 1]) && ASIDE_AFTER.test(s.slice(aside.end, mk.start))) {
      const floor = Math.max((tokens[totalIndex - 1] as Token).end, aside.start - 100);
      let k = aside.start - 1;
      while (k >= floor && s.charCodeAt(k) !== 0x28) k--;
      if (k >= floor) totalIndex--;
    }
    // "1.346 công chức cấp xã, đạt tỷ lệ 96,3% số vị trí …. Trong đó, …", "16 tỉnh có 100% số xã
    // …, trong đó có 5 tỉnh": a percentage of the total (not a change) stands between it and
    // the marker; the parts will have to count what the total counts.
    const pctTok = tokens[totalIndex];
    if (
      pctTok?.kind === "percent" && isCount(tokens[totalIndex - 1]) && mk.start - (tokens[totalIndex - 1] as Token).end <= 160 &&
      !changedBefore(s, pctTok.from) && !/[;]/u.test(s.slice((tokens[totalIndex - 1] as Token).end, pctTok.from))
    ) {
      totalIndex--;
    }
    // "hơn 53.059 tỷ đồng, tăng 8,18% so với cùng kỳ năm trước. Trong đó, …", "19.460 tỷ đồng, đạt
    // 71,7% so với dự toán và tăng 47,3% so với cùng kỳ, trong đó …", "8,61 triệu lượt khách, tăng
    // gần 3 lần …. Trong đó, …": the total's own changes and shares (percentages and multiples,
    // never counts of the thing) stand between it and "trong đó"; the total is the count before.
    // "hơn 53.059 tỷ đồng, tăng 8,18% so với cùng kỳ năm trước. Trong đó, …": the total's own
    // percentages (and labels) stand between it and the marker; the total is the count before
    // them, if the parts count what it counts.
    let over = false;
    const rate = (t?: Token): boolean => t?.kind === "percent" || (t?.kind === "number" && t.label);
    if (mk.word !== "có" && rate(tokens[totalIndex])) {
      let j = totalIndex;
      while (j > totalIndex - 4 && rate(tokens[j])) j--;
      const c = tokens[j];
      const h = tokens[ti];
      // "735,2 nghìn lao động …, tăng 2,6% so cùng kỳ; trong đó …": a ";" may close the total's clause.
      if (isCount(c) && mk.start - c.end <= 160 && !/[;:()]/u.test(s.slice(c.end, mk.start).replace(/;\s*$/u, "")) && isCount(h) && (c.unit === "" || sameUnit(h.unit, c.unit))) {
        totalIndex = j;
        over = true;
      }
    }
    // "5.775/8.227 xã (chiếm 70,2%) đạt chuẩn … (tăng 160 xã so với …), trong đó có 764 xã …": the
    // shares and changes in parentheses that close before the marker are asides; the total is
    // the count before them, or the part of a fraction.
    for (let hop = 0; hop < 5; hop++) {
      const t = tokens[totalIndex];
      // A date in parentheses ("52.899 người (theo tổng điều tra 01/04/2009)") is an aside too.
      const aside = t !== undefined && (t.kind === "percent" || t.kind === "date" || (t.kind === "number" && (t.label || changedBefore(s, t.from) || /(?:dự toán|kế hoạch|chỉ tiêu|mục tiêu|nghị quyết)[^\d;.()]{0,30}\($/iu.test(s.slice(Math.max(0, t.from - 44), t.from)))));
      if (t === undefined || !aside) break;
      if (!insideClosed(s, t.start, t.end, mk.start)) break;
      totalIndex--;
    }
    // "… 138.139 DN, tăng 5,2% so với năm 2018. Theo khu vực kinh tế: …": the total before its change.
    // The figures of that change (and labels, dates) are stepped over.
    let changeTail = false;
    const opening = opensSentenceAt(s, mk.start);
    for (let k = totalIndex, hop = 0; opening && hop < 6 && k >= 0 && ctx.sentence[k] === ctx.sentence[totalIndex]; hop++, k--) {
      const t = tokens[k] as Token;
      if (isCount(t) && !changedBefore(s, t.from)) {
        if (k < totalIndex && CHANGE_TAIL.test(s.slice(t.end, t.end + 80))) {
          totalIndex = k;
          changeTail = true;
        }
        break;
      }
    }
    // "662 vụ, giảm 58 vụ so với năm 2022 (trong đó, khu vực …: 503 vụ, …; …: 159 vụ, …)": the
    // parts may be of the level the change follows; they are when their sum is nearer to it.
    let j = totalIndex;
    while (j > totalIndex - 3 && (tokens[j]?.kind === "percent" || (tokens[j] as NumberToken | undefined)?.label === true)) j--;
    const change = tokens[j];
    const lv = tokens[j - 1];
    const level =
      isCount(change) && isCount(lv) && sameUnit(lv.unit, change.unit) && ctx.clause[j - 1] === ctx.clause[j] && /\([ ]*$/u.test(s.slice(tokens[totalIndex]!.end, mk.start)) &&
      /^[^\d.;()]{0,12}(?:tăng|giảm)[ ]+$/iu.test(s.slice(lv.end, change.from));
    if (level) totalIndex = j - 1;
    totalIndex = listWhole(ctx, totalIndex, mk.start);
    totalIndex = pastRange(ctx, totalIndex);
    let nearest = tokens[totalIndex];
    if (nearest?.kind === "fraction" && mk.start - nearest.end <= 160 && !/(?:thứ|hạng|vị trí)[ ]*$/iu.test(s.slice(Math.max(0, nearest.start - 12), nearest.start))) {
      nearest = { kind: "number", start: nearest.start, end: nearest.end, from: nearest.start, fig: nearest.part, unit: nearest.unit, qualifier: undefined, label: false } as unknown as NumberToken;
    }
    if (nearest?.kind !== "number" || nearest.label || mk.start - nearest.end > 160 || ctx.claimed.has(totalIndex) || namePart(s, nearest)) continue;
    if (headingNumber(s, nearest)) continue;
    let total: NumberToken = nearest;
    const where = at(mk.start);
    const between = s.slice(total.end, mk.start);
    // "Tiếp nhận 976 hồ sơ. Trong đó, …": a sentence may open with the marker.
    const opensSentence = ctx.sentence[totalIndex] === where.sentence - 1 && (changeTail ? opening : /^[\s.;:]*$/u.test(between.slice(between.search(/[.;]/u) + 1)));
    // "Cụ thể:", "Theo lĩnh vực:", "Trong số này,": parts of the sentence before, never of their own.
    if (!opensSentence && (mk.word === "cụ thể" || mk.word === "theo")) continue;
    // "đã giải quyết 643.272 hồ sơ; trong đó, …": the marker opens the clause after the total.
    // Not after a list of its own ("2.268 thủ tục gồm …, 134 thủ tục cấp xã; trong đó …": the
    // last part is no total).
    const prevMarker = markers[mi - 1];
    const opensClause =
      ctx.sentence[totalIndex] === where.sentence && closedAsides(between) &&
      (prevMarker === undefined || at(prevMarker.start).sentence !== where.sentence || namedTotal(s, total.from, prevMarker.end));
    if (where.clause !== ctx.clause[totalIndex] && !opensSentence && !opensClause) continue;
    // "… có ít nhất 1 xã …, 1 xã … và 8 xã …. Trong đó, có 21 xã …": when the total is the last of
    // several counts of the thing in the sentence before, which of them the next sentence breaks
    // down is not said.
    const before = tokens[totalIndex - 1];
    if (opensSentence && where.clause !== ctx.clause[totalIndex] && isCount(before) && ctx.sentence[totalIndex - 1] === ctx.sentence[totalIndex] && sameUnit(before.unit, total.unit)) continue;
    // "tăng 1.234 hồ sơ so với cùng kỳ, trong đó …" is a change, not the total being broken down.
    // A closed parenthesis in between is an aside ("(đạt 90% so với …)"), not the total's change.
    const own = changeTail ? between.slice(0, between.search(/,[ ]*(?:tăng|giảm)/u)) : between;
    if (!level && ((!over && CHANGE.test(own.includes(")") ? own.replace(/\([^()]*\)/gu, "") : own)) || CHANGE_BEFORE.test(s.slice(Math.max(0, total.from - 10), total.from)))) continue;
    // A list opened by "(Trong đó: …" ends at its closing parenthesis.
    const closeAt = between.lastIndexOf("(") > between.lastIndexOf(")") ? listClose(s, mk.end, nextMarker) : Number.POSITIVE_INFINITY;
    // Collect candidate parts.
    // "Trong đó, A đạt a. A' đạt b": whether the list went on into a sibling sentence.
    const across: { sibling?: boolean } = {};
    const candidates = candidatesAfter(ctx, ti, mk, closeAt, nextMarker, where.sentence, across);
    const sibling = across.sibling;
    // "10,18 ngàn hồ sơ (HS) các loại. Trong đó, … (7,7 ngàn HS)": the unit's acronym counts it too.
    const aliasText = s.slice(total.fig.end, total.fig.end + 40);
    // An acronym is in parentheses: no "(", no regex.
    const alias = aliasText.includes("(") ? (ALIAS.exec(aliasText)?.[1]?.toLowerCase() ?? "") : "";
    let parts = partsOf(candidates, total.unit, alias, s.slice(total.fig.end, total.fig.end + 60));
    if (parts.length === 0) parts = adminParts(s, total, candidates);
    // "công bố 7.518 TTHC ở 3 cấp: tỉnh, huyện, xã, trong đó: 3.595 TTHC …": a count of something
    // else between the total and the marker; the total is the count before it that the parts count.
    if (parts.length === 0 && total.unit !== "") {
      const alt = tokens[totalIndex - 1];
      const ref = candidates.find((c) => c.tok.unit !== "")?.tok.unit ?? "";
      if (
        isCount(alt) && ctx.sentence[totalIndex - 1] === ctx.sentence[totalIndex] && mk.start - alt.end <= 160 &&
        !ctx.claimed.has(totalIndex - 1) && sameUnit(alt.unit, ref) && !CHANGE.test(s.slice(alt.end, mk.start)) &&
        !CHANGE_BEFORE.test(s.slice(Math.max(0, alt.from - 10), alt.from))
      ) {
        total = alt;
        parts = partsOf(candidates, total.unit);
      }
    }
    // "Ban hành 27 văn bản. Theo loại văn bản: 09 kế hoạch, 13 công văn": a classification's
    // items name their kinds by their own nouns; one count to an item, each is a part.
    if (parts.length === 0 && mk.word === "theo" && candidates.length >= 2 && candidates.every((c, j) => j === 0 || ITEM_SEP.test(s.slice((candidates[j - 1] as { tok: NumberToken }).tok.end, c.tok.from)))) {
      parts = candidates.slice();
    }
    if (parts.length === 0 || (mk.word === "có" && parts.length < 2)) continue;
    if (level && (parts.length < 2 || Math.abs(valueOf(parts) - total.fig.value) >= Math.abs(valueOf(parts) - (change as NumberToken).fig.value))) continue;
    // "có 286.950 đơn đủ điều kiện …; qua xử lý có 41.952 đơn khiếu nại, 17.628 đơn tố cáo, 227.370
    // đơn kiến nghị": when the parts would exceed the total and the parts after the first add up
    // to it exactly, they are the first part's breakdown, not more parts of the total.
    if (parts.length > 2 && valueOf(parts.slice(1)) === parts[0]!.tok.fig.value && valueOf(parts) > total.fig.value) parts = parts.slice(0, 1);
    // These readings change the parts only on a word of their own in the list: "đã" after ";"
    // (stageParts), "với" (pastOtherMeasure, comparedParts), "gồm" or "trong đó" after a part
    // (beforeSibling), a "(" (oneWithSplit, outerParts); "ước" (estimateOr). A list without them
    // keeps its parts unread: a list of 1 MB took six passes over its 100.000 parts, each
    // 20–60 ms on a first, cold call.
    const list = s.slice(mk.end, parts[parts.length - 1]!.tok.fig.end + 80);
    const read = /với|đã|gồm|trong đó|ước/iu.test(list);
    if (read) parts = pastOtherMeasure(s, total, candidates, stageParts(s, mk.end, total, parts));
    parts = measureParts(ctx, total, nounBeforeParts(s, mk.end, total, candidates, parts));
    parts = addedAfterAnd(s, total, parts);
    if (read) parts = beforeSibling(s, parts);
    if (list.includes("(")) parts = outerParts(s, mk.end, total, oneWithSplit(s, parts));
    if (read) parts = comparedParts(s, mk.end, total, parts);

    const totalText = written(ctx, { start: total.from, end: total.fig.end });
    // Across sentences, an estimate ("ước đạt 483.000 tấn") is compared with its rounding.
    const rounded = sibling === true ? estimateRounding(s, total) : undefined;
    const plausible = rounded ?? plausibleInterval(total.fig, total.qualifier);
    // "xuất siêu 10,73 tỷ USD. Trong đó, xuất khẩu 26,6 tỷ USD và nhập khẩu 15,87 tỷ USD": two
    // counts, the first larger than the total, whose difference is the total are the terms of a
    // net figure, not its parts.
    // Two parts only (not a map over every part of a long list, to read two of them).
    if (parts.length === 2) {
      const a = figureInterval(parts[0]!.tok);
      const b = figureInterval(parts[1]!.tok);
      if (a.low > plausible.high && intervalsMeet({ low: a.low - b.high, high: a.high - b.low }, plausible)) continue;
    }
    if (averageParts(s, total, parts) || sharesOfOther(ctx, total, mk.start, parts) || kindsOverlap(ctx, total, parts) || wholeAsPart(mk.word, total, parts)) continue;
    if (partsAbove(ctx, total, parts, plausible, totalText)) continue;
    // Shares stated for the parts ("trong đó 73.796 hồ sơ (26%)"): not for a "trên 100" total.
    if (total.qualifier === undefined) checkPartShares(ctx, total, parts, mk.start);
    const last = parts[parts.length - 1]!;
    if (parts.length < 2) {
      const only = parts[0]!;
      if (only.share === undefined) {
        ctx.out.push({
          code: "breakdown_consistent",
          start: total.from,
          end: only.tok.end,
          params: ctx.checks === false ? NO_PARAMS : { total: totalText, sum: written(ctx, only.tok.fig), parts: [written(ctx, only.tok.fig)] },
        });
      }
      continue;
    }
    const sum = sumIntervals(
      parts.map((p) =>
        // A count written in full is exact: twenty parts of "1" are 20, not [10; 30]; "gần 41.300"
        // is more than 40.000.
        p.tok.qualifier === undefined ? (read ? estimateOr(s, p.tok) : operandInterval(p.tok)) : plausibleInterval(p.tok.fig, p.tok.qualifier),
      ),
    );
    // The parts' labels (a slice each) are read only when they decide: a sum above the total is a
    // slip whether or not the list is whole, and a sum that meets it is none.
    const code =
      sum.low > plausible.high + 1e-9 && !roundBound(total, sum.low) ? "parts_exceed_total"
      : !intervalsMeet(rounded ?? operandInterval(total), sum) && (exhaustive(mk.word, labelsOf(s, mk.end, Math.min(closeAt, last.tok.end + 80), parts.map((p) => p.tok.start), last.tok.end)) || exhaustive(mk.word, andLabels(s, mk.end, parts))) ? "parts_total_mismatch"
      : "breakdown_consistent";
    pushBreakdown(ctx, code, total, parts.map((p) => p.tok), totalText);
  }
}

/**
 * Records a breakdown's finding, `code`, from `total` to its last part: the total as written, the
 * parts' sum written like it, and each part. A consistent list whose check is dropped
 * (`includeChecks` off) gets no params: a string a part, and the sum written, for each of the
 * 28.000 lists of a 1 MB text. The one way a list of parts against its total is reported, here and
 * in the readings that judge a second list ({@link measureParts}' other measure).
 */
export function pushBreakdown(ctx: RuleContext, code: "parts_exceed_total" | "parts_total_mismatch" | "breakdown_consistent", total: NumberToken, parts: readonly NumberToken[], totalText = written(ctx, { start: total.from, end: total.fig.end })): void {
  const sum = parts.reduce((a, p) => a + p.fig.value, 0);
  const params = code === "breakdown_consistent" && ctx.checks === false ? NO_PARAMS : { total: totalText, sum: writeLike(ctx, total.fig, sum), parts: parts.map((p) => written(ctx, p.fig)) };
  ctx.out.push({ code, start: total.from, end: (parts[parts.length - 1] as NumberToken).end, params, expected: sum, actual: total.fig.value });
}
