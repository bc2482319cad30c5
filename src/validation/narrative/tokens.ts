/**
 * One pass over the text that finds every figure and says what it is: a count, a percentage, a
 * fraction ("956/959"), a date ("17/6/2025", "ngày 08 tháng 05 năm 2026", "tháng 01/2026"), or
 * something that only looks numeric and must never be read as a figure (document numbers
 * "35/2021/QH15", "06/QĐ-TTg", "57-NQ/TW"; ranges "2026-2030"; ordinal markers "(1)"; outline
 * numbers "2.1."; codes "QH15", "5G"; telephone numbers; URLs). The clause, sentence and
 * paragraph of each token are computed too, so the rules can pair a fraction with the percentage
 * of the same clause.
 */
import type { Qualifier } from "../../schema/report.js";
import { letterAt, lowerAt, spaceCode, upperAt } from "./context.js";
import { readNumeral, scaledValue, SCALES } from "./parse-number.js";

export type { Qualifier };

/** A figure as read from the text (offsets into the view). */
export interface Figure {
  readonly start: number;
  readonly end: number;
  /** The digits as written ("3.002648"). */
  readonly raw: string;
  readonly value: number;
  readonly decimals: number;
  /** The grouping was malformed; `value` is then the most likely intended reading. */
  readonly malformed: boolean;
}

interface Where {
  readonly start: number;
  readonly end: number;
}

/** A token of the narrative. */
export type Token =
  | (Where & {
      readonly kind: "number";
      readonly fig: Figure;
      readonly qualifier: Qualifier | undefined;
      /** Where the figure starts, with its approximation word. */
      readonly from: number;
      /** The one or two lower-case words after it ("hồ sơ", "lượt"), or "". */
      readonly unit: string;
      /** A label, not a count: "mức độ 2", "năm 2026", "lớp 12", "xếp thứ 13". */
      readonly label: boolean;
    })
  | (Where & { readonly kind: "percent"; readonly fig: Figure; readonly qualifier: Qualifier | undefined; readonly from: number })
  | (Where & { readonly kind: "fraction"; readonly part: Figure; readonly whole: Figure; readonly unit: string })
  | (Where & {
      readonly kind: "date";
      readonly day: number | undefined;
      readonly month: number;
      readonly year: number | undefined;
      readonly valid: boolean;
    })
  | (Where & { readonly kind: "ordinal" | "other" });

/** A figure token: a count or a percentage. */
export type FigureToken = Extract<Token, { kind: "number" | "percent" }>;

const LETTER = /\p{L}/u;
const digitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * The length of what `/[ ]?[-–—][ ]?/y` matches at `at` (0 when nothing), by hand: asked of
 * every figure followed by a space, where the regex made a match array each time.
 */
function dashLengthAt(s: string, at: number): number {
  let p = at;
  if (s.charCodeAt(p) === 0x20) p++;
  const d = s.charCodeAt(p);
  if (d !== 0x2d && d !== 0x2013 && d !== 0x2014) return 0;
  p++;
  if (s.charCodeAt(p) === 0x20) p++;
  return p - at;
}
/** Where `/[ ]{0,4}%/y` tried at `at` ends, or -1 when it does not match (by hand). */
function percentEnd(s: string, at: number): number {
  let p = at;
  while (p < at + 4 && s.charCodeAt(p) === 0x20) p++;
  return s.charCodeAt(p) === 0x25 ? p + 1 : -1;
}
const WRITTEN_DATE = /[ ]+tháng[ ]+(\d{1,2})[ ]+năm[ ]+(\d{4})/uy;
const WRITTEN_YEAR = /[ ]+năm[ ]+(\d{4})/uy;
const DAY_BEFORE = /(?:^|[^\p{L}])ngày\s+$/iu;
const MONTH_BEFORE = /(?:^|[^\p{L}])tháng\s+$/iu;
const SPAN_BEFORE = /(?:^|[^\p{L}])(?:từ|đến|hết|tới)\s+(?:ngày\s+)?$/iu;
const IPV4 = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
/** An IPv4 address ("192.168.1.1"): three dots at least, then the regex. */
const ipAddress = (raw: string): boolean => raw.indexOf(".", raw.indexOf(".", raw.indexOf(".") + 1) + 1) > 0 && IPV4.test(raw);
/** Words right before a telephone number (then blanks or ":"), one or the last two, lower case. */
const PHONE_WORDS = new Set(["hotline", "sđt", "fax", "zalo", "điện thoại", "tổng đài", "dây nóng"]);
/** Words right before a document number (then "số" or "số:" optionally), lower case. */
const DOC_WORDS = new Set([
  "văn bản", "quyết định", "công văn", "kế hoạch", "nghị định", "nghị quyết", "thông tư", "chỉ thị", "thông báo",
  "tờ trình", "báo cáo", "hướng dẫn", "luật", "công điện",
]);


/** Words that, right before a figure, make it a label, not a count (case as written). */
const LABEL_WORDS = new Set([
  "mức độ", "mức", "thứ", "lần", "khóa", "phiên bản", "giai đoạn", "năm", "tháng", "quý", "ngày", "điều", "khoản", "mục",
  "phụ lục", "lớp", "tầng", "kỳ", "tuần", "đợt", "số hiệu", "quận", "phòng", "nhóm", "tiêu chí", "chỉ tiêu", "chỉ số",
  "Đề án", "đề án",
]);
const QUALIFIER_WORDS = new Set(["gần như", "xấp xỉ", "khoảng", "hơn", "trên", "gần", "dưới"]);

/** A letter for word boundaries: ASCII letters and everything above U+007F but spaces and punctuation. */
function wordCharAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return !(c === 0xa0 || c === 0xab || c === 0xbb || (c >= 0x2000 && c <= 0x206f) || c === 0x3000);
}

/** A blank between a figure and the words before it: a space, a line break, a tab, U+00A0. */
function blankAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0;
}

/**
 * Where the word before the word starting at `from1` starts, when a single space separates them
 * (as the two words "mức độ", "gần như" are read), or -1.
 */
function secondWordFrom(s: string, from1: number): number {
  if (s.charCodeAt(from1 - 1) !== 0x20 || !wordCharAt(s, from1 - 2)) return -1;
  let j = from1 - 2;
  while (j >= 0 && wordCharAt(s, j)) j--;
  return j + 1;
}

/** The position after the last character before `pos` that is not white space (nor ":" when `colon`). */
function skipBack(s: string, pos: number, colon: boolean): number {
  let k = pos;
  while (k > 0) {
    const c = s.charCodeAt(k - 1);
    if (!spaceCode(c) && !(colon && c === 0x3a)) break;
    k--;
  }
  return k;
}

/** The word ending at `end` and the two words ending there ("" when none), lower case. */
function lastWords(s: string, end: number): { one: string; two: string; from: number } {
  let k = end - 1;
  while (k >= 0 && wordCharAt(s, k)) k--;
  const from = k + 1;
  const one = s.slice(from, end).toLowerCase();
  if (one === "" || s.charCodeAt(from - 1) !== 0x20 || !wordCharAt(s, from - 2)) return { one, two: "", from };
  let j = from - 2;
  while (j >= 0 && wordCharAt(s, j)) j--;
  return { one, two: `${s.slice(j + 1, from - 1).toLowerCase()} ${one}`, from };
}

/** "điện thoại: 0238…", "hotline 1900…": a telephone number follows. Replaces a regex tried at every one of 24 positions. */
function phoneBefore(s: string, pos: number): boolean {
  const e = skipBack(s, pos, true);
  if (e === pos && s.charCodeAt(pos - 1) !== 0x3a) {
    // Glued: "sđt0238…" is read by the letter check before this one.
    return false;
  }
  // A last word of another length or first or last letter than every phone word rules them out
  // without building the words.
  if (!PHONE_KEYS.has(keyOfWordEndingAt(s, e - 1))) return false;
  const w = lastWords(s, e);
  return PHONE_WORDS.has(w.one) || PHONE_WORDS.has(w.two);
}

/** "Quyết định 12/…", "văn bản số 35/…", "số: 3425/…": a document number follows. */
function docBefore(s: string, pos: number): boolean {
  const e = skipBack(s, pos, false);
  if (s.charCodeAt(e - 1) === 0x3a) return lastWords(s, skipBack(s, e - 1, false)).one === "số";
  if (e === pos) return false;
  // A last word of another length or first or last letter than every document word and "số"
  // rules them out without building the words.
  if (!DOC_KEYS.has(keyOfWordEndingAt(s, e - 1))) return false;
  let w = lastWords(s, e);
  if (w.one === "số") {
    const e2 = skipBack(s, w.from, false);
    if (e2 === w.from) return false;
    w = lastWords(s, e2);
  }
  return DOC_WORDS.has(w.one) || DOC_WORDS.has(w.two);
}


/** Whether a numeral of `length` digits worth `value` reads as a year. */
const yearLike = (length: number, value: number): boolean => length === 4 && value >= 1900 && value <= 2100;

/**
 * Whether a day/month/year exists (no year: a leap year, so 29/02 is possible). Plain arithmetic:
 * the tokenizer asks it of every date, and a `Date` per question cost more than the rest of it.
 * Years below 100 are refused, as `parseIsoDate` refuses them.
 */
function dateValid(day: number | undefined, month: number, year: number | undefined): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const y = year ?? 2024;
  if (!Number.isInteger(day) || !Number.isInteger(y) || y < 100 || y > 9999 || day < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

/** A year written with `length` digits worth `value` ("26" is 2026). */
const fullYear = (length: number, value: number): number => (length === 2 ? 2000 : 0) + value;

/**
 * The value of the digits s[from, to), what `Number` gives their slice: summed by code, with no
 * string made and parsed (asked of every count, date and fraction). Exact up to 15 digits; a
 * longer run is left to `Number`.
 */
function digitsValue(s: string, from: number, to: number): number {
  if (to - from > 15) return Number(s.slice(from, to));
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + (s.charCodeAt(i) - 0x30);
  return value;
}

/** The reading of the last numeral given to {@link readFigure} (no object per figure). */
let readValue = 0;
let readDecimals = 0;
let readMalformed = false;

/**
 * The two common Vietnamese forms without a scale word, read without readNumeral's strings and
 * objects, into `read*` (same reading): thousands grouped by "." ("3.454.035": a first group of
 * one to three digits not opening with 0, then groups of three; at most 15 digits, so the sum of
 * digits is exact) and one decimal comma ("99,7"). False, and nothing read, for any other form.
 */
function viGroupedValue(raw: string): boolean {
  const n = raw.length;
  const comma = raw.indexOf(",");
  if (comma >= 0) {
    if (raw.indexOf(".") >= 0 || raw.indexOf(",", comma + 1) >= 0) return false;
    readDecimals = n - comma - 1;
    readMalformed = false;
    readValue = Number(raw.replace(",", "."));
    return Number.isFinite(readValue);
  }
  if (raw.charCodeAt(0) === 0x30 || n > 20) return false;
  let value = 0;
  let group = 0;
  let groups = 0;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x2e) {
      if (groups === 0 ? group > 3 : group !== 3) return false;
      groups++;
      group = 0;
    } else {
      value = value * 10 + (c - 0x30);
      group++;
    }
  }
  if (groups === 0 || group !== 3) return false;
  readValue = value;
  readDecimals = 0;
  readMalformed = false;
  return true;
}

/**
 * Reads a numeral with an optional scale word or suffix at `scale` into `read*`; false when it is
 * not a figure. `separated`: the numeral holds "." or "," (the tokenizer knows it from its scan).
 */
function readFigure(raw: string, scale: number, separated: boolean): boolean {
  if (scale === 0 && !separated) {
    // Digits only: what readNumeral and scaledValue give ("plain", no fraction, no scale).
    const value = digitsValue(raw, 0, raw.length);
    if (!Number.isFinite(value)) return false;
    readValue = value;
    readDecimals = 0;
    readMalformed = false;
    return true;
  }
  if (scale === 0 && viGroupedValue(raw)) return true;
  const r = readNumeral(raw);
  if (r.kind === "code") return false;
  const { value, decimals } = scaledValue(r.int || "0", r.frac, scale);
  if (!Number.isFinite(value)) return false;
  readValue = value;
  readDecimals = decimals;
  readMalformed = r.kind === "malformed";
  return true;
}

/**
 * Count nouns (one word, or the first two) that, right after "13/12", make it a count of units
 * ("13/12 xã", "5/4 huyện", "26/24 chỉ tiêu"), not a day and month.
 */
const COUNT_NOUNS = new Set(["xã", "phường", "huyện", "tỉnh", "thôn", "sở", "trường", "đơn vị", "chỉ tiêu", "tiêu chí", "hồ sơ", "thủ tục", "cơ quan", "bệnh viện"]);
/** Words before "30/4" that keep it a date ("dịp 30/4 …", "trước 30/4 …"). */
const DATE_WORD_BEFORE = /(?:^|[^\p{L}])(?:dịp|lễ|sáng|chiều|tối|hôm|trước|sau|vào|ngày)\s+$/iu;
/** "có đến 5/4 huyện", "lên tới 13/12 xã": "as many as", not "until". */
const AS_MANY_AS = /(?:^|[^\p{L}])(?:có|lên)\s+(?:đến|tới)\s+$/iu;
/** "đạt 5/4", "hoàn thành 13/12": a count of units. */
const COUNT_BEFORE = /(?:^|[^\p{L}])(?:đạt|hoàn thành)\s+$/iu;

/**
 * Whether "13/12" (also a day and month) is a count of units here: a count noun follows it, or
 * "đạt"/"hoàn thành" precedes it, and no date word does. Asked only of the rare pairs whose part
 * is larger than its whole (or whose whole is written "0x").
 */
function countReading(s: string, lookBack: string, chainEnd: number): boolean {
  if (DATE_WORD_BEFORE.test(lookBack)) return false;
  const unit = unitAfter(s, chainEnd);
  if (unit !== "" && lowerAt(s, skipBlanks(s, chainEnd))) {
    const sp = unit.indexOf(" ");
    if (COUNT_NOUNS.has(unit) || (sp > 0 && COUNT_NOUNS.has(unit.slice(0, sp)))) return true;
  }
  return COUNT_BEFORE.test(lookBack);
}
const skipBlanks = (s: string, at: number): number => {
  let q = at;
  while (s.charCodeAt(q) === 0x20) q++;
  return q;
};


/** Reads a numeral at [start, end) with an optional scale word or suffix at `scale`. */
function figureOf(raw: string, start: number, end: number, separated: boolean): Figure | undefined {
  if (!readFigure(raw, 0, separated)) return undefined;
  return { start, end, raw, value: readValue, decimals: readDecimals, malformed: readMalformed };
}

function atLineStart(s: string, start: number): boolean {
  let k = start - 1;
  let c = s.charCodeAt(k);
  while (k >= 0 && (c === 0x20 || c === 0x23 || c === 0x3e)) c = s.charCodeAt(--k);
  return k < 0 || c === 0x0a || c === 0x0d;
}

/**
 * Characters that continue a code such as "QĐ-TTg", "BCĐTW", "QH15", "NĐ-CP": the run that
 * `[\p{L}\d/&.-]*` (sticky, `u`) matches, read by hand, with no match array per code; a letter
 * beyond the BMP (a surrogate pair, one code point to the regex) is asked of `\p{L}` whole.
 */
function skipCode(s: string, from: number): number {
  let end = from;
  for (;;) {
    const c = s.charCodeAt(end);
    if (digitCode(c) || c === 0x2f || c === 0x26 || c === 0x2e || c === 0x2d || letterAt(s, end)) end++;
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(end + 1) & 0xfc00) === 0xdc00 && LETTER.test(s.slice(end, end + 2))) end += 2;
    else break;
  }
  // Do not swallow a sentence-ending dot or dash.
  while (end > from && (s.charCodeAt(end - 1) === 0x2e || s.charCodeAt(end - 1) === 0x2d)) end--;
  return end;
}

const URL_AT = /(?:https?:\/\/|www\.)[^\s<>)\]]+/iy;

/*
 * Tokens come in two shapes, each built by one object literal, so the rules' loops over tokens of
 * every kind read them through at most two hidden classes (a polymorphic load of two maps, as
 * cheap as a monomorphic one; the fields they share, `kind`, `start`, `end` and `unit`, come
 * first and in the same order in both). A count or percentage token is its own figure (its `fig`
 * is itself: same start and end, plus `raw`, `value`, `decimals` and `malformed`), so a figure
 * costs one object, not two. Every other token holds the fields of fractions and dates only. One
 * shape of every field of every kind (18) made a figure 168 bytes, and a text of 350.000 figures
 * spent most of its time allocating and collecting them: a token now takes 120 bytes (a figure)
 * or 104 (any other), and that text's check 20–25% less CPU. A field absent from a shape reads
 * `undefined`, as it did when it was present and undefined.
 */
/** A fraction, date, ordinal or other token (the fields of the other kinds undefined). */
const restToken = (kind: Token["kind"], start: number, end: number, unit?: string, part?: Figure, whole?: Figure, day?: number, month?: number, year?: number, valid?: boolean): Token =>
  ({ kind, start, end, unit, part, whole, day, month, year, valid }) as unknown as Token;
const plainToken = (kind: "ordinal" | "other", start: number, end: number): Token => restToken(kind, start, end);
const dateToken = (start: number, end: number, day: number | undefined, month: number, year: number | undefined, valid: boolean): Token =>
  restToken("date", start, end, undefined, undefined, undefined, day, month, year, valid);
const fractionToken = (start: number, end: number, part: Figure, whole: Figure, unit: string): Token => restToken("fraction", start, end, unit, part, whole);
/**
 * A count or percentage over [start, end) whose figure is `raw` as last read by {@link readFigure},
 * with the approximation word last read by {@link qualifierOf}. `value` is stored after the
 * literal, as `fig`: a field that a literal first fills with numbers only may take V8's double
 * representation, a box per token.
 */
function figureToken(kind: "number" | "percent", start: number, end: number, raw: string, unit?: string, label?: boolean): Token {
  const t = { kind, start, end, unit, fig: undefined as unknown, qualifier: qualWord, from: qualFrom, label, raw, value: undefined as unknown, decimals: readDecimals, malformed: readMalformed };
  t.fig = t;
  t.value = readValue;
  return t as unknown as Token;
}

/** [start, end) pairs of the URLs of a text, found from their "://" and "www." (no regex scan). */
function urlRanges(s: string): number[] {
  const out: number[] = [];
  const starts: number[] = [];
  for (let i = s.indexOf("://"); i >= 0; i = s.indexOf("://", i + 3)) {
    const from = s.slice(Math.max(0, i - 5), i).toLowerCase();
    const p = from.endsWith("https") ? i - 5 : from.endsWith("http") ? i - 4 : -1;
    if (p >= 0) starts.push(p);
  }
  for (const w of ["www.", "WWW."]) for (let i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 4)) starts.push(i);
  starts.sort((a, b) => a - b);
  let last = -1;
  for (const p of starts) {
    if (p < last) continue;
    URL_AT.lastIndex = p;
    const m = URL_AT.exec(s);
    if (!m) continue;
    last = p + m[0].length;
    out.push(p, last);
  }
  return out;
}

/**
 * The end of the numeral that starts with the digit at `start` (what `\d+(?:[.,]\d+)*` matches
 * there: digits, with "." or "," groups each followed by a digit), read by hand: no match array.
 */
function atomEnd(s: string, start: number): number {
  let end = start + 1;
  atomSeparated = false;
  for (;;) {
    while (digitCode(s.charCodeAt(end))) end++;
    const c = s.charCodeAt(end);
    if ((c === 0x2e || c === 0x2c) && digitCode(s.charCodeAt(end + 1))) {
      end += 2;
      atomSeparated = true;
    } else return end;
  }
}
/** Whether the numeral last read by {@link atomEnd} holds "." or ",". */
let atomSeparated = false;
const SCALE_AT = /[ ]{0,4}(nghìn t[ỷỉ]|ngàn t[ỷỉ]|nghìn|ngàn|triệu|t[ỷỉ])(?![\p{L}])(?! lệ)/uy;
const UNIT_AT = /[ ]{0,6}(\p{L}+(?: \p{L}+)?)/uy;

/*
 * The tokenizer's helpers are top-level functions taking the text: as closures inside
 * `tokenize` they were created anew per text and read `s` through a context, and the
 * qualifier's answer was an object per figure; it now lands in `qualFrom` / `qualWord`.
 */
/** Whether a letter read by {@link letterRunEnd} since it was last cleared was not lower case. */
let runUpper = false;
/**
 * The end of the run of letters (`letterAt`) from `at`, or -1 when a surrogate is met first;
 * sets `runUpper` when one of them is not lower case (`lowerAt`), so the unit is lower-cased only
 * then (`toLowerCase` changes no `\p{Ll}` letter, checked over every code point, and on a
 * two-byte string it is a runtime call that makes a new string). ASCII and the precomposed
 * Vietnamese letters (U+1EA0–U+1EFF, lower case at odd codes, as `caseAt` reads them) are
 * answered first, by code.
 */
function letterRunEnd(s: string, at: number): number {
  let e = at;
  for (;;) {
    const d = s.charCodeAt(e);
    if (d >= 0x61 && d <= 0x7a) e++;
    else if (d >= 0x1ea0 && d <= 0x1eff) {
      if ((d & 1) === 0) runUpper = true;
      e++;
    } else if (d >= 0xd800 && d <= 0xdfff) return -1;
    else if (!letterAt(s, e)) return e;
    else {
      if (!lowerAt(s, e)) runUpper = true;
      e++;
    }
  }
}
/** The one or two lower-case words after `pos` ("hồ sơ", "lượt"), or "". */
function unitAfter(s: string, pos: number): string {
  // The unit opens after at most six spaces with a letter: an ASCII non-letter there ("," ")"
  // ".") means none, without the regex.
  let q = pos;
  while (q < pos + 6 && s.charCodeAt(q) === 0x20) q++;
  const c = s.charCodeAt(q);
  if (!(c >= 0x80) && !((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) return "";
  // The words read by hand (`\p{L}+(?: \p{L}+)?`, greedy), no match array; a surrogate (a
  // letter beyond the BMP is one code point to the `u` regex, two units to `letterAt`) leaves it
  // to the regex. Lower-cased only when a letter is not lower case already (`runUpper`).
  runUpper = false;
  const e1 = letterRunEnd(s, q);
  if (e1 === q) return "";
  if (e1 > q) {
    if (s.charCodeAt(e1) !== 0x20) return runUpper ? s.slice(q, e1).toLowerCase() : s.slice(q, e1);
    const e2 = letterRunEnd(s, e1 + 1);
    if (e2 >= 0) {
      const unit = s.slice(q, e2 > e1 + 1 ? e2 : e1);
      return runUpper ? unit.toLowerCase() : unit;
    }
  }
  UNIT_AT.lastIndex = pos;
  const m = UNIT_AT.exec(s);
  return m ? (m[1] ?? "").toLowerCase() : "";
}
const before = (s: string, pos: number, n: number): string => s.slice(Math.max(0, pos - n), pos);
/**
 * The one and two words right before `pos` (after the blanks before it; undefined when no blank
 * or no word is there), as read by {@link readBack}, made into strings once per figure for the
 * qualifier and date checks (reset by `tokenize` for each text). `from1` / `from2` are where the
 * last word and the two words start.
 */
let wordsAt = -1;
let wordsThere: { one: string; two: string; from1: number; from2: number } | undefined;
function before1(s: string, pos: number): typeof wordsThere {
  if (pos !== wordsAt) {
    wordsAt = pos;
    readBack(s, pos);
    const end1 = backLast + 1;
    const from2 = secondWordFrom(s, backFrom);
    wordsThere = !blankAt(s, pos - 1) || backFrom === end1 ? undefined : { one: s.slice(backFrom, end1), two: from2 < 0 ? "" : s.slice(from2, end1), from1: backFrom, from2: from2 < 0 ? backFrom : from2 };
  }
  return wordsThere;
}
/*
 * The word before the figure being read, found once for the date, qualifier and label checks
 * (each re-read it backwards): `backLast` is its last unit (after the blanks), `backFrom`
 * its first and `backKey` its key (as {@link keyOfWordEndingAt} gives it). Reset by `tokenize`
 * for each text.
 */
let backAt = -1;
let backLast = -1;
let backFrom = 0;
let backKey = 0;
function readBack(s: string, pos: number): void {
  if (pos === backAt) return;
  backAt = pos;
  // The last unit before `pos` that is not a blank, -1 when none: the word's last letter.
  let k = pos - 1;
  while (k >= 0 && blankAt(s, k)) k--;
  const last = k;
  while (k >= 0 && wordCharAt(s, k)) k--;
  backLast = last;
  backFrom = k + 1;
  backKey = wordKey(last - k, s.charCodeAt(k + 1), s.charCodeAt(last));
}
/** Whether the word before `pos` is `word` (lower case, ending in an ASCII letter), in any case. */
function wordBeforeIs(s: string, pos: number, word: string): boolean {
  // Asked of every short figure: the last letter first, so the words are built only when it fits.
  readBack(s, pos);
  const last = s.charCodeAt(backLast);
  if ((last < 0x80 ? last | 0x20 : last) !== word.charCodeAt(word.length - 1)) return false;
  const w = before1(s, pos);
  return w !== undefined && w.one.length === word.length && w.one.toLowerCase() === word;
}
/** Where the figure at the last {@link qualifierOf} position starts, with its approximation word. */
let qualFrom = 0;
/** The approximation word before it, if any. */
let qualWord: Qualifier | undefined;
/** Sets `qualFrom` and `qualWord` for the figure at `pos`. */
function qualifierOf(s: string, pos: number): void {
  qualFrom = pos;
  qualWord = undefined;
  // Fast path: an approximation word is followed by a space.
  if (s.charCodeAt(pos - 1) !== 0x20) return;
  // A last word of another length or first or last letter than every approximation word ("trong",
  // "năm", "tin") rules them out without building the words.
  readBack(s, pos);
  if (!QUALIFIER_KEYS.has(backKey)) return;
  const w = before1(s, pos);
  if (w === undefined) return;
  const two = w.two.toLowerCase();
  if (QUALIFIER_WORDS.has(two)) {
    qualFrom = w.from2;
    qualWord = two as Qualifier;
    return;
  }
  const one = w.one.toLowerCase();
  if (QUALIFIER_WORDS.has(one)) {
    qualFrom = w.from1;
    qualWord = one as Qualifier;
  }
}
/**
 * A number for a word's length and its first and last UTF-16 units (see {@link wordKeys}): a
 * hash small enough to be a small integer (a key above 2^30 was a heap number per lookup, and
 * `Set.has` hashed doubles). Words with another key are none of the words; words sharing one
 * are told apart by the full comparison that follows every hit.
 */
const wordKey = (length: number, first: number, last: number): number => (length & 0x3f) * 0x100000 + (first & 0x3ff) * 0x400 + (last & 0x3ff);
/**
 * The keys of the last words of `words` as written or, with `anyCase`, as `toLowerCase` may have
 * read them (first and last letters upper-cased too, and "k" as the Kelvin sign, which lower-cases
 * to it): a word whose key is not among them is none of those last words, known without building
 * it.
 */
function wordKeys(words: Iterable<string>, anyCase: boolean): Set<number> {
  const cases = (ch: string): number[] => {
    const out = [ch.charCodeAt(0)];
    const upper = ch.toUpperCase();
    if (anyCase && upper.length === 1) out.push(upper.charCodeAt(0));
    if (anyCase && ch === "k") out.push(0x212a);
    return out;
  };
  const keys = new Set<number>();
  for (const phrase of words) {
    // The last word of each phrase.
    const w = phrase.slice(phrase.lastIndexOf(" ") + 1);
    for (const f of cases(w[0] ?? "")) for (const l of cases(w[w.length - 1] ?? "")) keys.add(wordKey(w.length, f, l));
  }
  return keys;
}
/** The key of the word (a run of `wordCharAt`, as {@link before1} reads it) whose last unit is at `last`. */
function keyOfWordEndingAt(s: string, last: number): number {
  let k = last;
  while (k >= 0 && wordCharAt(s, k)) k--;
  return wordKey(last - k, s.charCodeAt(k + 1), s.charCodeAt(last));
}
/** The last word of every approximation word, in any case. */
const QUALIFIER_KEYS = wordKeys(QUALIFIER_WORDS, true);
/** The last word of every telephone word and of every document word or "số", in any case. */
const PHONE_KEYS = wordKeys(PHONE_WORDS, true);
const DOC_KEYS = wordKeys([...DOC_WORDS, "số"], true);
/** The last word of every label word, as written. */
const LABEL_KEYS = wordKeys(LABEL_WORDS, false);
function labelBefore(s: string, pos: number): boolean {
  // A label word is matched exactly: a word before of another length or first or last unit than
  // every label word rules them out without building the words; the label words are then
  // compared in place (`startsWith`), no string made per figure.
  readBack(s, pos);
  if (!LABEL_KEYS.has(backKey)) return false;
  // The one and two words before the figure as `before1` reads them: the last word is
  // [from1, end1); the one before it, after a single space, starts at from2 (-1 when none), and
  // the two words are then s[from2, end1).
  const end1 = backLast + 1;
  const from1 = backFrom;
  if (from1 === end1) return false;
  // Spaces only between the word and the figure (the view has no tabs): not across a line.
  for (let k = end1; k < pos; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x0a || c === 0x0d) return false;
  }
  const from2 = secondWordFrom(s, from1);
  let label = false;
  // A label of one word can only be the last word, one of two words only the two (one word
  // holds no space).
  for (const w of LABEL_WORDS) {
    if ((end1 - from1 === w.length && s.startsWith(w, from1)) || (from2 >= 0 && end1 - from2 === w.length && s.startsWith(w, from2))) {
      label = true;
      break;
    }
  }
  if (!label) return false;
  // "tồn đầu kỳ 1.339 hồ sơ", "trong kỳ 638 hồ sơ": the period names when, the figure counts.
  // The two words lower-case to one of these only when the last is two units ending in "ỳ"/"Ỳ"
  // (only "k", "K" and the Kelvin sign lower-case to "k", only "ỳ" and "Ỳ" to "ỳ").
  if (from2 < 0 || end1 - from1 !== 2 || (s.charCodeAt(from1 + 1) | 1) !== 0x1ef3) return true;
  return !PERIOD_OF.has(s.slice(from2, end1).toLowerCase());
}
const PERIOD_OF = new Set(["đầu kỳ", "cuối kỳ", "trong kỳ"]);

/** Whether s[start, end) is digits only (no "." or ","), as a label's number is written. */
function plainDigits(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!digitCode(s.charCodeAt(i))) return false;
  return end > start;
}

/**
 * "dịch vụ công trực tuyến mức độ 3 và 4", "mức độ 3, 4", "các quận 1, 3, 5, 10", "lớp 10, 11 và
 * 12", "năm 2022 và 2023": a figure joined by "," or "và" to the label figure right before it is
 * itself a label, the next in the same series, not a count ("mức độ 3 và 4, trong đó mức độ 4 là
 * 620 dịch vụ" has no whole 4). Both are digits only; a year's series is of years (four digits,
 * 19xx or 20xx), any other of at most two digits or the first's length, so "năm 2023, 45 trường",
 * "tháng 6, 200 lao động" or "tháng 6, 2.000 lao động" keep their count. The token before is the
 * last of `out` (O(1) per figure). Found on real-sweep-3.json (brief p2) and a lost sweep of its
 * predecessor ("mức độ 3 và 4").
 */
function chainedLabel(s: string, start: number, end: number, out: readonly Token[]): boolean {
  const prev = out[out.length - 1];
  if (prev === undefined || prev.kind !== "number" || !prev.label || !plainDigits(s, start, end)) return false;
  // Between the two: "," or "và", with spaces.
  const k = joinerBefore(s, start);
  if (k < 0 || k + 1 !== prev.end || !plainDigits(s, prev.start, prev.end)) return false;
  const first = prev.end - prev.start;
  const length = end - start;
  if (first === 4 ? length !== 4 || !(s.startsWith("19", start) || s.startsWith("20", start)) : length > Math.max(2, first)) return false;
  // A third member on ("các quận 1, 3, 5, 10 đã trao"): the series is one already.
  return seriesGoesOn(s, end) || joinedAfterFigure(s, prev.start);
}

/** Whether ", " or " và " (spaces aside) joins a figure's digits to the figure starting at `start`. */
function joinedAfterFigure(s: string, start: number): boolean {
  const k = joinerBefore(s, start);
  return k >= 0 && digitCode(s.charCodeAt(k));
}

/**
 * Back from `start` over blanks, one joiner ("," or " và") and blanks again: the index of the last
 * character before them, or −1 when no joiner stands there.
 */
function joinerBefore(s: string, start: number): number {
  let k = start - 1;
  while (s.charCodeAt(k) === 0x20) k--;
  if (s.charCodeAt(k) === 0x2c) k--;
  else if (s.charCodeAt(k) === 0xe0 && (s.charCodeAt(k - 1) | 0x20) === 0x76 && s.charCodeAt(k - 2) === 0x20) k -= 2;
  else return -1;
  while (s.charCodeAt(k) === 0x20) k--;
  return k;
}

/**
 * After a figure of a label series: the series ends there (",", ";", ".", ":", ")", a line break, the
 * text's end) or goes on ("và 4", "hoặc 4"). A word after it makes it a count of its own: "mức 1,
 * 2 trường công nhận lại" (two schools), "mức độ 3 và 4 đạt 35%" (read as before).
 */
function seriesGoesOn(s: string, end: number): boolean {
  let k = end;
  while (s.charCodeAt(k) === 0x20) k++;
  const c = s.charCodeAt(k);
  if (k >= s.length || c === 0x2c || c === 0x3b || c === 0x2e || c === 0x3a || c === 0x29 || c === 0x0a || c === 0x0d) return true;
  let w = k;
  while (w < s.length && s.charCodeAt(w) !== 0x20) w++;
  const word = s.slice(k, w);
  if (word !== "và" && word !== "hoặc") return false;
  while (s.charCodeAt(w) === 0x20) w++;
  return digitCode(s.charCodeAt(w));
}

/** The digits, and the strings that may end a clause, sentence or paragraph ("." ending the text aside). */
const DIGITS = [..."0123456789"];
const BREAKS = [";", "\n", ". ", "! ", "? "];
/** Where each of them is next (scratch of {@link tokenize} and {@link breaksOf}, reset per text). */
const nextDigit = new Int32Array(10);
const nextBreak = new Int32Array(5);

/**
 * The first place at or after `pos` where one of `finds` is, or `s.length`: each is found by
 * `indexOf` (a vectorised search) and searched again only once the scan has passed it (`next`
 * holds where each is; -1 before the first search), so each occurrence passed costs one call.
 * On the 77 kB report (~1 unit in 40 a digit) about half the time of a /\d/ regex scan for the
 * digits, a third of [;\n]|[.!?](?![^ ]) for the breaks (micro-benchmarks, no stop's work).
 */
function nearest(s: string, finds: readonly string[], next: Int32Array, pos: number): number {
  let i = s.length;
  for (let d = 0; d < finds.length; d++) {
    let at = next[d] as number;
    if (at < pos) {
      at = s.indexOf(finds[d] as string, pos);
      next[d] = at = at < 0 ? s.length : at;
    }
    if (at < i) i = at;
  }
  return i;
}
/** Where the scan for the next figure resumes after {@link tokenAt}. */
let scanAt = 0;
/** [start, end) pairs of the URLs of the text being tokenized, and the first not yet passed. */
let urlsNow: number[] = [];
let urlAt = 0;

/**
 * Reads the token whose first digit is at `start` into `out` and sets `scanAt` to where the scan
 * resumes (a top-level function, so no closure is made per text).
 */
function tokenAt(s: string, start: number, out: Token[]): void {
  const end = atomEnd(s, start);
  // Whether the numeral holds "." or "," (set by atomEnd: no `includes` on the raw string).
  const separated = atomSeparated;
  scanAt = end;
  while (urlAt < urlsNow.length && (urlsNow[urlAt + 1] ?? 0) <= start) urlAt += 2;
  if (urlAt < urlsNow.length && (urlsNow[urlAt] ?? 0) <= start) {
    scanAt = urlsNow[urlAt + 1] ?? end;
    return;
  }
  // The characters around the numeral by code: a character past U+00FF read as a string (s[i])
  // is a new string each time. NaN outside the text, which no comparison below accepts.
  const pc = s.charCodeAt(start - 1);
  // Glued to letters on the left ("QH15", "C06", "V01"), or the tail of "…/100": not a figure.
  if (letterAt(s, start - 1) || pc === 0x2f || pc === 0x5f) {
    const stop = skipCode(s, end);
    out.push(plainToken("other", start, stop));
    scanAt = stop;
    return;
  }
  // The numeral's length; the numeral itself is sliced only where a figure is read from it
  // (dates, ordinals and codes need none).
  const length = end - start;
  const nc = s.charCodeAt(end);

  // Telephone numbers ("0238.3844.123", "hotline 1900.1234") and IP addresses are codes.
  if (separated && ((s.charCodeAt(start) === 0x30 && digitCode(s.charCodeAt(start + 1))) || (length >= 7 && length <= 15 && ipAddress(s.slice(start, end))) || phoneBefore(s, start))) {
    out.push(plainToken("other", start, end));
    return;
  }

  // Glued to letters on the right: "1.4K" is a scaled figure, "5G", "15h30", "2026S1" are codes.
  if (letterAt(s, end)) {
    gluedRight(s, start, end, nc, separated, out);
    return;
  }

  // "57-NQ/TW", "02-KH/BCĐTW": document numbers. "2026-2030", "2022 - 2025": ranges.
  if ((nc === 0x2d || nc === 0x2013 || nc === 0x2014 || nc === 0x20) && dashAt(s, start, end, nc, out)) return;

  // Dates with dots: "17.6.2025".
  // The year's "." is fifth from the end: numerals such as "3.454.035" are spared the regex.
  const dotted = length >= 8 && length <= 10 && s.charCodeAt(end - 5) === 0x2e ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s.slice(start, end)) : null;
  if (dotted) {
    const [day, month, year] = dotted.slice(1).map(Number) as [number, number, number];
    out.push(dateToken(start, end, day, month, year, dateValid(day, month, year)));
    return;
  }

  // Slash chains: fractions, dates, document numbers.
  if (nc === 0x2f) {
    slashChain(s, start, end, separated, out);
    return;
  }

  // Written dates: "ngày 08 tháng 05 năm 2026", "tháng 3 năm 2026".
  // An atom of at most two characters is all digits ("." and "," need a digit on each side).
  if (length <= 2 && writtenDate(s, start, end, out)) return;

  // Ordinal markers "(1)", "[2]", and outline numbers "2." / "2.1." at the start of a line.
  if (length <= 3 && ((pc === 0x28 && nc === 0x29) || (pc === 0x5b && nc === 0x5d))) {
    out.push(plainToken("ordinal", start - 1, end + 1));
    return;
  }
  if ((nc === 0x2e || nc === 0x29) && atLineStart(s, start) && outlineNumber(s, start, end)) {
    out.push(plainToken("ordinal", start, end + 1));
    return;
  }

  figureAt(s, start, end, separated, pc === 0x20, out);
}

/**
 * A numeral at s[start, end) glued to a letter on its right (`nc`): "1.4K" is a scaled figure,
 * "500.000đ" an amount in đồng, "5G", "15h30", "2026S1" are codes.
 */
function gluedRight(s: string, start: number, end: number, nc: number, separated: boolean, out: Token[]): void {
  const after = s.charCodeAt(end + 1);
  const glued = letterAt(s, end + 1) || digitCode(after);
  if ((nc === 0x4b || nc === 0x6b || nc === 0x4d) && !glued) {
    const raw = s.slice(start, end);
    if (readFigure(raw, SCALES[nc === 0x4d ? "m" : "k"] ?? 0, separated)) {
      qualifierOf(s, start);
      const unit = unitAfter(s, end + 1);
      out.push(figureToken("number", start, end + 1, raw, unit, false));
      scanAt = end + 1;
      return;
    }
  }
  // "500.000đ": đồng written as a suffix.
  if ((nc === 0x111 || nc === 0x110) && !glued) {
    const raw = s.slice(start, end);
    if (readFigure(raw, 0, separated)) {
      qualifierOf(s, start);
      out.push(figureToken("number", start, end, raw, "đồng", false));
      scanAt = end + 1;
      return;
    }
  }
  const stop = skipCode(s, end);
  out.push(plainToken("other", start, stop));
  scanAt = stop;
}

/**
 * After a numeral at s[start, end) followed by `nc`, a dash: "57-NQ/TW", "02-KH/BCĐTW" are
 * document numbers, "2026-2030", "2022 - 2025" ranges, "17-6-2025" a date. Whether a token was
 * read.
 */
function dashAt(s: string, start: number, end: number, nc: number, out: Token[]): boolean {
  const dashLength = dashLengthAt(s, end);
  if (dashLength > 0) {
    const p = end + dashLength;
    if (dashLength === 1 && letterAt(s, p)) {
      const stop = skipCode(s, p);
      out.push(plainToken("other", start, stop));
      scanAt = stop;
      return true;
    }
    if (digitCode(s.charCodeAt(p))) {
      // d-m-yyyy dates.
      const dm = dashLength === 1 && nc === 0x2d ? /^(\d{1,2})-(\d{1,2})-(\d{4})(?!\d)/.exec(s.slice(start, start + 11)) : null;
      if (dm) {
        const [day, month, year] = dm.slice(1).map(Number) as [number, number, number];
        const stop = start + dm[0].length;
        out.push(dateToken(start, stop, day, month, year, dateValid(day, month, year)));
        scanAt = stop;
        return true;
      }
      // A digit is at p: the numeral there is never empty.
      const secondEnd = atomEnd(s, p);
      out.push(plainToken("other", start, secondEnd));
      scanAt = secondEnd;
      return true;
    }
  }
  return false;
}

/**
 * Written dates at a numeral s[start, end) of at most two digits ("ngày 08 tháng 05 năm 2026",
 * "tháng 3 năm 2026", "tháng 3"): whether a token was read.
 */
function writtenDate(s: string, start: number, end: number, out: Token[]): boolean {
  if (wordBeforeIs(s, start, "ngày")) {
    const w = WRITTEN_DATE;
    w.lastIndex = end;
    const wm = w.exec(s);
    if (wm) {
      const day = digitsValue(s, start, end);
      const month = Number(wm[1]);
      const year = Number(wm[2]);
      const stop = end + wm[0].length;
      const b = before(s, start, 8);
      const from = start - b.length + b.search(/ngày\s+$/iu);
      out.push(dateToken(from, stop, day, month, year, dateValid(day, month, year)));
      scanAt = stop;
      return true;
    }
  }
  const monthBefore = wordBeforeIs(s, start, "tháng");
  const w = WRITTEN_YEAR;
  w.lastIndex = end;
  const wm = monthBefore ? w.exec(s) : null;
  // "tháng 3", "tháng 3 năm 2026"; but "trong tháng 638 hồ sơ" is a count.
  const month = monthBefore ? digitsValue(s, start, end) : 0;
  if (wm || (monthBefore && month >= 1 && month <= 12)) {
    const stop = wm ? end + wm[0].length : end;
    const b = before(s, start, 8);
    const from = start - b.length + b.search(/tháng\s+$/iu);
    out.push(dateToken(from, stop, undefined, month, wm ? Number(wm[1]) : undefined, dateValid(undefined, month, undefined)));
    scanAt = stop;
    return true;
  }
  return false;
}

/**
 * A count or a percentage at s[start, end) (`separated`: the numeral holds "." or ","; `spaced`:
 * a space is right before it), with an optional scale word and approximation word.
 *
 * `tokenAt` keeps the common tests and hands each rarer shape (glued letters, dashes, slash
 * chains, written dates) and this last one to a function of its own: as one function its size
 * spent the compiler's inlining budget, and its helpers (letterAt, readBack, unitAfter…) were
 * calls (tokenize 20–25% faster split).
 */
function figureAt(s: string, start: number, end: number, separated: boolean, spaced: boolean, out: Token[]): void {
  const scaleAt = SCALE_AT;
  let scale = 0;
  // The scale words open with "n" or "t" after at most four spaces: the regex only then.
  let sp = end;
  while (sp < end + 4 && s.charCodeAt(sp) === 0x20) sp++;
  const sc0 = s.charCodeAt(sp);
  let sc: RegExpExecArray | null = null;
  // Their second and third letters ("ngh", "ngà", "tri", "tỷ", "tỉ") too: units such as "người",
  // "thủ tục" or "trường hợp" are spared the regex.
  const sc1 = s.charCodeAt(sp + 1);
  const sc2 = s.charCodeAt(sp + 2);
  if (sc0 === 0x6e ? sc1 === 0x67 && (sc2 === 0x68 || sc2 === 0xe0) : sc0 === 0x74 && (sc1 === 0x1ef7 || sc1 === 0x1ec9 || (sc1 === 0x72 && sc2 === 0x69))) {
    scaleAt.lastIndex = end;
    sc = scaleAt.exec(s);
  }
  let figEnd = end;
  if (sc) {
    scale = SCALES[(sc[1] ?? "").toLowerCase()] ?? 0;
    figEnd = end + sc[0].length;
  }
  // "%" after at most four spaces: a percentage, whose figure ends after the sign. Read before the figure is made, so it is made once.
  const pe = percentEnd(s, figEnd);
  const percent = pe >= 0;
  const stop = percent ? pe : figEnd;
  const raw = s.slice(start, end);
  if (!readFigure(raw, scale, separated)) {
    out.push(plainToken("other", start, end));
    return;
  }
  qualifierOf(s, start);
  if (percent) {
    out.push(figureToken("percent", start, stop, raw));
    scanAt = stop;
    return;
  }
  // "ước 10 tháng 19.460 tỷ đồng": a figure with a scale word is an amount, never a label.
  const label = spaced && figEnd - start === raw.length && (labelBefore(s, start) || chainedLabel(s, start, end, out));
  out.push(figureToken("number", start, figEnd, raw, unitAfter(s, figEnd), label));
  scanAt = figEnd;
}

/**
 * Whether an outline number ("2", "2.1") is what `/^[\d.]+$/` accepts and `/\d{4}/` refuses:
 * no "," and no run of four digits (a year), read by code.
 */
function outlineNumber(s: string, start: number, end: number): boolean {
  let run = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2c) return false;
    run = c === 0x2e ? 0 : run + 1;
    if (run >= 4) return false;
  }
  return true;
}

/**
 * A slash chain whose first numeral is s[start, end) (`separated` when it holds "." or ","): a
 * fraction, a date or a document number. Its parts are read as positions (no object
 * per part); only the first three decide, a longer chain is a code.
 */
function slashChain(s: string, start: number, end: number, separated: boolean, out: Token[]): void {
  let count = 1;
  let bStart = 0;
  let bEnd = 0;
  let cStart = 0;
  let cEnd = 0;
  let lastEnd = end;
  // Digits only: a numeral holds nothing else but "." and ",".
  let plain = !separated;
  let bSeparated = false;
  let letters = false;
  let p = end;
  while (s.charCodeAt(p) === 0x2f) {
    // A numeral after the "/", or letters (a code such as "/KH-VPUB" ends the chain).
    let q = p + 1;
    if (digitCode(s.charCodeAt(q))) {
      p = atomEnd(s, q);
      if (atomSeparated) plain = false;
      if (++count === 2) {
        bStart = q;
        bEnd = p;
        bSeparated = atomSeparated;
      } else if (count === 3) {
        cStart = q;
        cEnd = p;
      }
      lastEnd = q = p;
      if (!letterAt(s, p) && !(s.charCodeAt(p) === 0x2d && letterAt(s, p + 1))) continue;
    } else if (!letterAt(s, q)) break;
    letters = true;
    p = skipCode(s, q);
    break;
  }
  const chainEnd = letters ? p : lastEnd;
  scanAt = chainEnd;
  if (letters || count > 3 || count === 1 || docBefore(s, start)) {
    out.push(plainToken("other", start, chainEnd));
    return;
  }
  const aLength = end - start;
  const bLength = bEnd - bStart;
  if (count === 3) {
    const cLength = cEnd - cStart;
    if (plain && aLength <= 2 && bLength <= 2 && (cLength === 4 || cLength === 2)) {
      const day = digitsValue(s, start, end);
      const month = digitsValue(s, bStart, bEnd);
      const year = fullYear(cLength, digitsValue(s, cStart, cEnd));
      out.push(dateToken(start, chainEnd, day, month, year, dateValid(day, month, year)));
    } else out.push(plainToken("other", start, chainEnd));
    return;
  }
  const raw = s.slice(start, end);
  const bRaw = s.slice(bStart, bEnd);
  const lookBack = before(s, start, 24);
  const an = plain ? digitsValue(s, start, end) : Number(raw);
  const bn = plain ? digitsValue(s, bStart, bEnd) : Number(bRaw);
  if (plain && yearLike(aLength, an) && yearLike(bLength, bn)) {
    out.push(plainToken("other", start, chainEnd)); // "năm học 2025/2026"
    return;
  }
  if (plain && aLength <= 2 && yearLike(bLength, bn) && (an <= 12 || MONTH_BEFORE.test(lookBack))) {
    out.push(dateToken(start, chainEnd, undefined, an, bn, dateValid(undefined, an, bn)));
    return;
  }
  if (plain && MONTH_BEFORE.test(lookBack)) {
    out.push(dateToken(start, chainEnd, undefined, an, bLength >= 2 ? fullYear(bLength, bn) : undefined, false));
    return;
  }
  if (plain && an === 24 && bn === 7) {
    out.push(plainToken("other", start, chainEnd)); // "trực 24/7"
    return;
  }
  const dayMonth =
    plain &&
    aLength <= 2 &&
    bLength <= 2 &&
    (DAY_BEFORE.test(lookBack) ||
      (SPAN_BEFORE.test(lookBack) && !AS_MANY_AS.test(lookBack) && an <= 31 && bn <= 12) ||
      // "dịp 30/4", "đường 3/2": a part larger than a whole of at most 12 is a day and month;
      // but "13/12 xã", "đạt 5/4" count units (no date word before them).
      (((an > bn && dateValid(an, bn, undefined)) || (bLength === 2 && bRaw.startsWith("0") && an <= 31)) &&
        !countReading(s, lookBack, chainEnd)));
  if (dayMonth) {
    out.push(dateToken(start, chainEnd, an, bn, undefined, dateValid(an, bn, undefined)));
    return;
  }
  const part = figureOf(raw, start, end, separated);
  const whole = figureOf(bRaw, bStart, bEnd, bSeparated);
  if (!part || !whole) {
    out.push(plainToken("other", start, chainEnd));
    return;
  }
  out.push(fractionToken(start, chainEnd, part, whole, unitAfter(s, chainEnd)));
}

/**
 * Finds every numeric token of a text (already a {@link TextView} text).
 *
 * @internal
 */
export function tokenize(s: string): Tokenized {
  const out: Token[] = [];
  const b = breaksOf(s);
  urlsNow = urlRanges(s);
  urlAt = 0;
  wordsAt = -1;
  backAt = -1;
  // The figures' first digits; the breaks need no scan here: a figure never spans the blanks
  // after a line break that `breakAt` skips.
  nextDigit.fill(-1);
  for (let i = nearest(s, DIGITS, nextDigit, 0); i < s.length; i = nearest(s, DIGITS, nextDigit, scanAt)) tokenAt(s, i, out);
  urlsNow = [];
  const where = locate(b, out);
  return { tokens: out, clause: where.clause, sentence: where.sentence, paragraph: where.paragraph, at: positionIndex(b) };
}

/** The tokens of a text, the clause, sentence and paragraph of each, and a lookup for any position. */
export interface Tokenized {
  readonly tokens: readonly Token[];
  /** Index of the clause of each token (";" and sentence ends split clauses). */
  readonly clause: Int32Array;
  /** Index of the sentence of each token. */
  readonly sentence: Int32Array;
  /** Index of the paragraph of each token (a line break that ends a sentence). */
  readonly paragraph: Int32Array;
  readonly at: (pos: number) => { clause: number; sentence: number; paragraph: number };
}

/**
 * Where clauses, sentences and paragraphs end. Every sentence end is a clause end and every
 * paragraph end a sentence end, so one typed array holds them all: for each clause end in text
 * order, its position and how many sentence and paragraph ends there are up to it. Filled by
 * {@link breakAt} (`breakCount` numbers, three per clause end), a new array per text; three
 * growing arrays of numbers, walked three times, cost more (on a text of 350.000 breaks, three
 * times the whole tokenizer's time).
 */
const NO_BREAKS = new Int32Array(0);
let breaks = NO_BREAKS;
let breakCount = 0;

/** Records a clause end at `i`; `sentence` and `paragraph` (0 or 1) say whether it also ends one. */
function pushBreak(i: number, sentence: number, paragraph: number): void {
  const k = breakCount;
  if (k + 3 > breaks.length) {
    const grown = new Int32Array(breaks.length * 2);
    grown.set(breaks);
    breaks = grown;
  }
  breaks[k] = i;
  breaks[k + 1] = (k && (breaks[k - 2] as number)) + sentence;
  breaks[k + 2] = (k && (breaks[k - 1] as number)) + paragraph;
  breakCount = k + 3;
}

/**
 * The clause, sentence and paragraph breaks of a text: every ";" and line break, and every ".",
 * "!" or "?" followed by a space or ending the text (`breakAt` records nothing for the others),
 * given to {@link breakAt} in text order, those it skips (the blanks after a line break) aside.
 */
function breaksOf(s: string): Int32Array {
  breaks = new Int32Array(192 + (s.length >> 5));
  breakCount = 0;
  const n = s.length;
  const c = s.charCodeAt(n - 1);
  nextBreak.fill(-1);
  for (let from = 0; ; ) {
    let i = nearest(s, BREAKS, nextBreak, from);
    if (i === n && from < n && (c === 0x2e || c === 0x21 || c === 0x3f)) i = n - 1;
    if (i >= n) {
      // The text's breaks; the scratch array is let go (the next text gets a new one).
      const b = breaks.subarray(0, breakCount);
      breaks = NO_BREAKS;
      return b;
    }
    from = breakAt(s, i);
  }
}

/**
 * Records the break, if any, at `i` (one of ";", ".", "!", "?", "\n") with {@link pushBreak};
 * returns where the break scan resumes. Read by character code (a character past U+00FF read as
 * a string is a new string each time), the letters' case by `lowerAt` / `upperAt`.
 */
function breakAt(s: string, i: number): number {
  const ch = s.charCodeAt(i);
  if (ch === 0x3b) {
    pushBreak(i, 0, 0);
    return i + 1;
  }
  if (ch === 0x0a) {
    let a = i - 1;
    while (a >= 0 && (s.charCodeAt(a) === 0x20 || s.charCodeAt(a) === 0x0d)) a--;
    let e = i + 1;
    while (e < s.length && spaceCode(s.charCodeAt(e))) e++;
    // A line broken in the middle of a sentence (a page break in a converted document).
    const soft = (lowerAt(s, a) || s.charCodeAt(a) === 0x2c) && lowerAt(s, e);
    if (!soft) pushBreak(i, 1, 1);
    return e;
  }
  // ".", "!", "?": a sentence ends when followed by a space and a capital, a bracket, a
  // bullet, a digit, or the end of the text.
  if (i + 1 >= s.length) {
    pushBreak(i, 1, 0);
    return i + 1;
  }
  if (s.charCodeAt(i + 1) === 0x20) {
    let e = i + 1;
    while (s.charCodeAt(e) === 0x20) e++;
    const c = s.charCodeAt(e);
    if (e >= s.length || c === 0x0a || upperAt(s, e) || c === 0x28 || c === 0x2d || c === 0x2b || c === 0x201c || c === 0x22 || digitCode(c)) pushBreak(i, 1, 0);
  }
  return i + 1;
}

/** The clause, sentence and paragraph of each token: one walk over the tokens and the breaks `b`. */
function locate(b: Int32Array, tokens: readonly Token[]): Pick<Tokenized, "clause" | "sentence" | "paragraph"> {
  const clause = new Int32Array(tokens.length);
  const sentence = new Int32Array(tokens.length);
  const paragraph = new Int32Array(tokens.length);
  let j = 0;
  for (let i = 0; i < tokens.length; i++) {
    const start = (tokens[i] as Token).start;
    while (j < b.length && (b[j] as number) < start) j += 3;
    clause[i] = j / 3;
    sentence[i] = j && (b[j - 2] as number);
    paragraph[i] = j && (b[j - 1] as number);
  }
  return { clause, sentence, paragraph };
}

/** Clause, sentence and paragraph index of any position (for positions between tokens). */
function positionIndex(b: Int32Array): Tokenized["at"] {
  return (pos) => {
    // How many clause ends lie before `pos`.
    let lo = 0;
    let hi = b.length / 3;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((b[mid * 3] as number) < pos) lo = mid + 1;
      else hi = mid;
    }
    const j = lo * 3;
    return { clause: lo, sentence: j && (b[j - 2] as number), paragraph: j && (b[j - 1] as number) };
  };
}
