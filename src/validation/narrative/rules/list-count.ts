/**
 * A count against the list that follows it: "ban hành 04 văn bản: (1) …; (2) …; (3) …" (three
 * listed), "03 nhóm giấy tờ: căn cước, hộ chiếu, giấy khai sinh và sổ hộ khẩu" (four). The list
 * opens with a colon after the count and its noun ("04 văn bản:", "03 nhóm giấy tờ gồm:", "05
 * mô hình sau:") and runs to the end of the sentence; its items are numbered markers ("(1)",
 * "1)", "a)"), or else the pieces between ";", or else between "," with "và" before the last.
 * A list that itself holds counts of the same thing ("gồm: tỉnh A (4 mô hình), tỉnh B (2 mô hình)
 * và 10 tỉnh khác") is a breakdown, not a list of names, and is left to the breakdown rules.
 *
 * Without a colon, a list of names after "là" or "như" ("ban hành ba văn bản là Kế hoạch …,
 * Quyết định … và Công văn …") or any list after "gồm" is read too; the colon of "…, đó là:" or
 * "cụ thể là:" may come up to 40 words after the count. Here, and only here, count words are
 * numbers ("hai" … "mười"), unless the words around them say otherwise ("tháng năm", "năm nay").
 */
import { closeWithin, isCount, type RuleContext, tokenAt, written } from "../context.js";
import type { Token } from "../tokens.js";
import { lastAnd, listedItems, listReadOtherwise, noNoun, semicolonAnd } from "./readings/lists.js";

/** The count's noun phrase and the colon: "văn bản:", "nhóm giấy tờ gồm:", "mô hình như sau:". */
const HEAD =
  /[ ]*\p{Ll}+(?:[ ]+\p{Ll}+){0,3}[ ]*\(|[ ]*(?:[\p{L}\d]+,?[ ]+){0,19}?(?:\p{L}+[ ]*(?:,[ ]*)?(?:(?:bao gồm|gồm|là|như sau|sau đây|sau|cụ thể|cụ thể như sau|gồm có)[ ]*)?:|(?:bao gồm|gồm có|gồm)[ ]+(?=\p{L})(?!có ?:)|(?:là|như)[ ]+(?=\p{Lu}))|[ ]*(?:[\p{L}\d]+,?[ ]+){0,40}?(?:đó|cụ thể) là[ ]*:/uy;
/**
 * Whether `c` is an ASCII letter, in either case, of `set` (bit k: the k-th letter): a count word
 * opens with one of 0xc3086 (b, c, h, m, n, s, t) and ends with one of 0x1103101 (a, i, m, n, u,
 * y). No one-character string made per word, as `includes(s[a])` made for a non-Latin-1 letter.
 */
const letterIn = (c: number, set: number): boolean => ((c | 32) - 97) >>> 0 < 26 && ((set >> ((c | 32) - 97)) & 1) === 1;
/** Count words ("ba văn bản"), worth their index + 2: numbers in this rule only. */
const COUNT_WORDS = "hai ba bốn năm sáu bảy tám chín mười".split(" ");
/**
 * The index in {@link COUNT_WORDS} of `s.slice(a, b).toLowerCase()`, or -1, read in place: a
 * two-byte string lower-cased goes through ICU, per candidate word. The same answer: each unit
 * of [a, b) is the word's letter or its upper-case partner (a letter below 0x100 is 32 below its
 * lower case, "Ă", "Ư" and the Vietnamese letters 1 below), and no other unit lower-cases to one
 * of these letters.
 */
function countWordAt(s: string, a: number, b: number): number {
  next: for (let k = 0; k < COUNT_WORDS.length; k++) {
    const w = COUNT_WORDS[k] as string;
    if (w.length !== b - a) continue;
    for (let i = 0; i < w.length; i++) {
      const x = s.charCodeAt(a + i);
      const y = w.charCodeAt(i);
      if (x !== y && x !== y - (y < 0x100 ? 32 : 1)) continue next;
    }
    return k;
  }
  return -1;
}
/** The words of a date or a period next to a count word: "tháng năm", "năm nay". */
const NOT_COUNT = /(?:tháng|trong|các|những|mỗi|hằng|cả|từng|thứ|đầu|cuối|giữa) $|^ (?:nay|qua|học|trước|sau|tới|đầu|cuối|này)(?![\p{L}])/iu;
/**
 * Where a list may open: ":", "gồm", "là" and "như" before a capital, "(" — found by indexOf on
 * needles that open with a rare character (V8 scans for " là " ten times slower than for "là ");
 * they only say where to look, the head pattern decides.
 */
const OPENERS = [":", "ồm", "là ", "ư ", "("];
/** Before a colon that may come far after its count: "đó là", "cụ thể là". */
const FAR = /(?:đó|thể) là[ ]*$/u;
/** Numbered item markers: "(1)", "1)", "a)", "(a)", "1." at a line start. */
const MARKER = /(?:^|[\s;:,.])\(?(\d{1,2}|[a-zđ])\)[ ]/gu;
const REACH = 1200;
const SPAN = /^(ngày|tháng|tuần|quý)\b/u;

const BULLET = /^[ \t]*(?:[-+•–]|\(?(?:\d{1,2}|[a-zđ])\)|\d{1,2}\.)[ ]/u;
/** Items that say the list is not all there is ("và các xã khác", "…"). */
const OPEN_ENDED = /(?<![\p{L}])(?:khác|còn lại|v\.v|vân vân)(?![\p{L}])|…|\.\.\./u;

/**
 * The end of the list: the end of the sentence or paragraph, a ". " not inside a marker; a list
 * that starts on the next line runs over the lines that open with a bullet or a marker.
 */
function listEnd(s: string, from: number, stops: StopFinder): number {
  const limit = Math.min(s.length, from + REACH);
  if (/^[ ]*\r?\n/u.test(s.slice(from, from + 8))) {
    let at = s.indexOf("\n", from) + 1;
    let end = from;
    while (at > 0 && at < limit) {
      const next = s.indexOf("\n", at);
      const line = s.slice(at, next < 0 ? s.length : next);
      if (!BULLET.test(line)) break;
      end = next < 0 ? s.length : next;
      at = next < 0 ? -1 : next + 1;
    }
    return end;
  }
  return Math.min(stops(from), limit);
}

/** The first end of a sentence at or after a position (positions asked in ascending order). */
type StopFinder = (from: number) => number;

/**
 * A {@link StopFinder} over a text: a line break, or a "." followed by a space, a line break or
 * the end, not after a digit. Each character is looked at once however many lists are tried
 * (a count before a colon every few characters made each try scan 1.200 characters).
 */
function stopFinder(s: string): StopFinder {
  let scanned = 0;
  let stop = -1;
  return (from) => {
    if (stop >= from) return stop;
    let i = Math.max(from, scanned);
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x0a) break;
      if (c === 0x2e) {
        const n = s.charCodeAt(i + 1);
        const p = s.charCodeAt(i - 1);
        if ((Number.isNaN(n) || n === 0x20 || n === 0x0a) && !(p >= 0x30 && p <= 0x39)) break;
      }
    }
    scanned = i;
    stop = i;
    return i;
  };
}

const ALPHA = "abcdđefghiklmnopqrstuvxy";
const ordinalOf = (m: string): number => (/^\d+$/.test(m) ? Number(m) : ALPHA.indexOf(m) + 1);

const AND = /[ ]+và[ ]+/gu;
/** "… và Sản xuất, cấp, …": a "và" before a capitalised word, then a comma and a lower-case word. */
const AND_NAME = /[ ]và[ ]+\p{Lu}[^,;]*,[ ]*\p{Ll}/u;
const CAPITAL = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

/**
 * A piece of a comma list cut at the "và" that starts a new item: in the last piece before a
 * lower-case word ("… và giấy khai sinh") or after a word that is not ("VNPT và MobiFone"); anywhere
 * before a word that opens another item ("… và Sở Khoa học …"); never inside a name ("Sở Giáo
 * dục và Đào tạo": a lower-case word, then a capital).
 */
function splitAnd(piece: string, openers: ReadonlySet<string>, last: boolean): string[] {
  const out: string[] = [];
  let from = 0;
  AND.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AND.exec(piece)) !== null) {
    const before = piece.slice(0, m.index).split(/\s+/).pop() ?? "";
    const rest = (piece.slice(m.index + m[0].length).split(" và ")[0] as string).split(/\s+/);
    const after = rest[0] ?? "";
    // Before the last piece, two names joined by "và" are one item ("Bắc Trung Bộ và Duyên hải
    // miền Trung, …"); in it, a name ends at a word that is not lower case ("VNPT", "45/UBND-VX"),
    // and a name runs on after "và" for two words at most, up to the next "và" ("Sở Giáo dục và
    // Đào tạo và …", not "… thủ tục và Công văn số 395/UBND-VX …").
    const cut = openers.has(after) || (last && (!CAPITAL.test(after) || !LOWER.test(before) || rest.length > 2));
    if (cut) {
      out.push(piece.slice(from, m.index));
      from = m.index + m[0].length;
    }
  }
  out.push(piece.slice(from));
  return out.map((x) => x.trim());
}

/** How many items a list holds, or undefined when it is not clearly a list. */
function countItems(list: string): number | undefined {
  // Numbered: the longest run 1, 2, 3… from the first marker.
  const marks: number[] = [];
  const text = ` ${list}`;
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(text)) !== null) marks.push(ordinalOf(m[1] ?? ""));
  if (marks.length >= 2 && marks[0] === 1) {
    // a), b), c), d), đ), e): "đ" may be skipped ("d) … e)").
    let n = 1;
    let prev = 1;
    for (const x of marks.slice(1)) {
      if (x === prev + 1 || (prev === 4 && x === 6)) {
        n++;
        prev = x;
      }
    }
    return n;
  }
  if (marks.length > 0) return undefined;
  if (OPEN_ENDED.test(list)) return undefined;
  const lines = list.split("\n").filter((l) => l.trim() !== "");
  if (lines.length >= 2 && lines.every((l) => BULLET.test(l))) return lines.length;
  const body = list.trim();
  if (body === "") return undefined;
  if (body.includes(";")) return ((p) => (/[ ]và[ ]+(?:\p{Ll}|\p{Lu}\S*(?:[ ]+\S+){2,})/u.test(p[p.length - 1] ?? "") ? undefined : p.length))(body.split(";").filter((x) => x.trim() !== "")); // "A; B và C": two items or three, read neither way
  const pieces = body.split(/,(?!\d)/u).map((x) => x.trim());
  const openers = new Set(pieces.map((x) => x.split(/\s+/)[0] ?? ""));
  // "Cơ sở dữ liệu quốc gia về dân cư và Sản xuất, cấp, quản lý căn cước công dân": a "và" before a
  // name, with the pieces after it in lower case, may join two items of which the last holds
  // commas; such a list is read neither way.
  if (AND_NAME.test(body)) return undefined;
  const items: string[] = [];
  pieces.forEach((piece, i) => items.push(...splitAnd(piece, openers, i === pieces.length - 1)));
  if (items.length < 2 || items.some((x) => x === "" || x.split(/\s+/).length > 12)) return undefined;
  return items.length;
}

/** The rule. */
export function checkListCounts(ctx: RuleContext): void {
  const { s, tokens } = ctx;
  const stops = stopFinder(s);
  /** A count of \`value\` written at [start, numEnd), its noun opening with \`noun\`: judged against the list after it. */
  const judge = (start: number, numEnd: number, value: number, noun: string): void => {
    // "trong 10 tháng đầu năm gồm có: …": a span of time counts no list.
    if (!Number.isInteger(value) || value < 2 || value > 30 || noNoun(noun) || SPAN.test(noun)) return;
    HEAD.lastIndex = numEnd;
    const head = HEAD.exec(s);
    if (!head) return;
    const from = numEnd + head[0].length;
    // "trong đó có 5 tỉnh (Nam Định, Đồng Nai, Hà Nam, Hưng Yên và Hải Dương)": a parenthesis
    // that names the counted things, each a capitalised name of six words at most and nothing else.
    const paren = head[0].endsWith("(");
    const end = paren ? closeWithin(s, from, 300) : listEnd(s, from, stops);
    // "… nêu rõ: Chủ trương … bao gồm: (1) …; (2) …": a colon before the first parenthesis opens a
    // list of its own, which the count before the first colon does not count.
    if (!paren && /^[^(:]*:/u.test(s.slice(from, end))) return;
    const inner = lastAnd(s.slice(from, end));
    // "3 đồng chí Thứ trưởng là Phó Trưởng ban và các Cục trưởng …": after "là" / "như" with no
    // colon, a list of names has every item capitalised; otherwise "là" says what they are.
    if (/(?:là|như)[ ]*$/u.test(head[0]) && inner.split(/,(?!\d)|[ ]+và[ ]+/u).some((x) => !CAPITAL.test(x.trim()))) return;
    if (paren && (end < from || /[\d(\n:;]/u.test(inner) || inner.split(/,|[ ]+và[ ]+/u).some((x, _, all) => all.length < 2 || !CAPITAL.test(x.trim()) || x.trim().split(/\s+/).length > 6))) return;
    // No figure of the same thing inside the list (that is a breakdown), no other count right
    // before the colon.
    for (let k = tokenAt(ctx, numEnd); k < tokens.length; k++) {
      const c = tokens[k] as Token;
      if (c.start >= end) break;
      // A span of time is no rival count: "có 5 tỉnh … trong 14 ngày qua: …".
      if (isCount(c) && ((c.start < from && !SPAN.test(c.unit)) || c.unit.split(" ")[0] === noun)) return;
    }
    const listed = listedItems(countItems(inner), inner, head[0], value);
    if (listed !== undefined && listed !== value && (listReadOtherwise(head[0], inner, value) || semicolonAnd(inner, listed, value))) return;
    // A slip is a miscount by one or two; "20 xã gồm: … và …" names kinds, not the twenty.
    if (listed === undefined || Math.abs(listed - value) > Math.max(2, value / 2)) return;
    const params = { count: written(ctx, { start, end: numEnd + head[0].replace(/[ ,]*(?:đó là|cụ thể là|là|như|bao gồm|gồm có|gồm)?[ ,:(]*$/u, "").length }), listed };
    const code = listed === value ? "list_count_consistent" : "list_count_mismatch";
    ctx.out.push({ code, start, end: end + (paren ? 1 : 0), params, expected: listed, actual: value });
  };
  // Every place where a list may open, in order; from each, back over the words before it (as
  // many as HEAD reads: 21, 44 before "đó là:", 5 before "(": a noun of up to four words, "8 nước nhận thẻ đỏ (…)"), each word read once: the counts there, in figures or in
  // words, are judged. A count word is two to four letters long and opens with b, c, h, m, n, s
  // or t and ends with a, i, m, n, u or y; it is not next to the words of a date or a period
  // ("tháng năm", "năm nay"). The places of the openers are merged in order as they are found
  // (the next one of each opener kept): no array of places to sort, and tokens followed forward.
  const next = OPENERS.map((w) => s.indexOf(w));
  let read = 0;
  let ti = 0;
  for (;;) {
    let k = -1;
    for (let j = 0; j < next.length; j++) if ((next[j] as number) >= 0 && (k < 0 || (next[j] as number) < (next[k] as number))) k = j;
    if (k < 0) break;
    const p = next[k] as number;
    const w = OPENERS[k] as string;
    next[k] = s.indexOf(w, p + 1);
    // "là" and "như" open a list of names only, before a capital.
    const c = s[p + w.length];
    if (w.endsWith(" ") && c?.toLowerCase() === c) continue;
    const far = s.charCodeAt(p) === 0x3a && FAR.test(s.slice(p - 12, p));
    // [na, nb): the word after the current one, its noun when it is a count.
    let na = p;
    let nb = p;
    // The first token at or after the place (places come in order).
    while (ti < tokens.length && (tokens[ti] as Token).start < p) ti++;
    // tokens[tj - 1] starts at `before` (-1 when none): read again only when tj moves back.
    let tj = ti;
    let before = tj > 0 ? (tokens[tj - 1] as Token).start : -1;
    for (let e = p, n = s.charCodeAt(p) === 0x28 ? 5 : far ? 44 : 21; n > 0; n--) {
      let b = e;
      let u = s.charCodeAt(b - 1);
      while (b > read && u === 0x20) u = s.charCodeAt(--b - 1);
      if (u === 0x2c) u = s.charCodeAt(--b - 1);
      let a = b;
      // A word: letters and digits (any character above "@" passes: the head pattern decides).
      while (a > read && (u > 0x40 || (u ^ 0x30) < 10)) u = s.charCodeAt(--a - 1);
      if (a === b) break;
      if (before >= a) {
        do tj--;
        while (tj > 0 && (before = (tokens[tj - 1] as Token).start) >= a);
        if (tj === 0) before = -1;
      }
      const t = tokens[tj];
      const v = b - a < 5 && b - a > 1 && letterIn(s.charCodeAt(a), 0xc3086) && letterIn(s.charCodeAt(b - 1), 0x1103101) ? countWordAt(s, a, b) : -1;
      const f = tokens[tj - 1];
      // "có 15/63 địa phương … gồm: …": the part of a fraction after "có" counts the list (after
      // "Đạt 6/7 tiêu chí:" the list may name the seven, or the one missed).
      if (f?.kind === "fraction" && f.whole.end === b && f.unit !== "" && /có $/i.test(s.slice(f.start - 3, f.start))) judge(f.start, b, f.part.value, f.unit.split(" ")[0] as string);
      if (t?.start === a && isCount(t)) {
        // A list counts 2 to 30 items (judge's own bounds, tested first): the noun of any other
        // count is never cut out of its unit (a cold 1 MB of "(1 hồ sơ" split 100.000 of them).
        const value = t.fig.value;
        if (t.unit !== "" && t.qualifier === undefined && value >= 2 && value <= 30) judge(a, t.fig.end, value, t.unit.split(" ")[0] as string);
      } else if (v >= 0) {
        const noun = s.slice(na, nb);
        if (LOWER.test(noun) && !NOT_COUNT.test(s.slice(Math.max(0, a - 9), a)) && !NOT_COUNT.test(` ${noun}`)) judge(a, b, v + 2, noun);
      }
      na = a;
      nb = b;
      e = a;
    }
    read = p + 1;
  }
}
