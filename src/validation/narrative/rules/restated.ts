/**
 * The same quantity stated twice with different values: "32 nhiệm vụ chậm tiến độ" in part II,
 * "35 nhiệm vụ chậm tiến độ" in part IV. A quantity is a plain count followed by a noun phrase
 * of at least four words ("nhiệm vụ chậm tiến độ", "thôn, tổ dân phố chưa có sóng"), up to its
 * first stop word; two statements are of one quantity when the first four words of their
 * phrases agree, and so does what narrows them: a qualifier ending the phrase ("… của tổ chức",
 * "… mức độ 2", "… tại xã") and the date the sentence gives ("Đến ngày 07/7/2025, …": a stock at another date
 * may differ). Counts that are changes, targets, other periods, parts of a breakdown, averages or
 * approximations are not statements of the quantity and are never compared. A warning, since two
 * subjects can share a phrase; it names both places.
 */
import { forgetTokenIndex, lastWordIn, lowerLength, type RuleContext, tokenIndex, wordTest } from "../context.js";
import type { Token } from "../tokens.js";
import { entryCount, type LeadMemo, otherActions, otherScopes, otherStatements, otherSubjects, predicateOf } from "./readings/subjects.js";

/** A count stated with its noun phrase. */
export interface QuantityStatement {
  /**
   * What statements are compared on: the first four words of the noun phrase, its narrowing
   * qualifier and the sentence's date ("tài khoản định danh điện|của tổ chức|07/7/2025").
   */
  readonly key: string;
  /** The whole noun phrase, as quoted in the message ("nhiệm vụ chậm tiến độ"). */
  readonly phrase: string;
  readonly value: number;
  /** The figure as written. */
  readonly text: string;
  /** View offsets of the figure and its phrase. */
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly paragraph: number;
  /**
   * The periods its sentence names ("trong tháng", "11 tháng năm 2019", "quý i/2024", "đến nay"),
   * none when it names none: statements of different periods are different quantities.
   */
  readonly period: readonly string[];
  /** Its sentence up to the figure: what names the subject the count is of (see otherSubjects). */
  readonly lead?: string;
  /** The predicate said of its phrase, with its side ("+đạt", "-đạt"), or "" (see predicateOf). */
  readonly predicate?: string;
  /** Its text, where its figure starts in it, and its sentence: read only for a pair about to be reported (see otherStatements). */
  readonly src?: string;
  readonly at?: number;
  readonly around?: string;
}

const STOP = new Set([
  "so", "với", "của", "tại", "ở", "trong", "trên", "thuộc", "và", "đạt", "là", "được", "cho", "từ", "đến", "theo",
  "năm", "tháng", "quý", "kỳ", "đã", "đang", "bằng", "chiếm", "tương", "gồm", "có", "như", "này", "đó", "các",
  "những", "khi", "để", "do", "về", "tới", "hoặc", "hay", "thì", "mà", "nên", "vì", "sau", "trước", "lên", "xuống",
]);
/** Words before the figure (in its clause) that make it something other than the quantity now. */
const NOT_STATEMENT = wordTest([
  "tăng", "giảm", "thêm", "cùng kỳ", "so với", "lũy kế", "kế hoạch", "chỉ tiêu", "mục tiêu", "dự kiến", "phấn đấu", "trong đó",
  "gồm", "riêng", "mỗi", "bình quân", "trung bình", "còn lại", "tháng trước", "năm trước", "kỳ trước", "tổng số", "trong số",
  "ngoài ra", "trước đây", "đầu kỳ",
]);
/** Words right before the figure that make it a bound or an end of a range. */
const BOUND_WORDS: ReadonlySet<string> = new Set(["trên", "dưới", "hơn", "gần", "khoảng", "từ", "đến", "tới", "lên", "xuống", "giao", "thêm"]);
/** Units of a time limit ("15 ngày làm việc"), not of a quantity. */
const TIME = /^(?:ngày|giờ|tuần|phút)(?: |$)/;
/** Words of a quantity's phrase compared (the first four: "nhiệm vụ chậm tiến độ" → "nhiệm vụ chậm tiến"). */
const KEY_WORDS = 4;
/**
 * Words that, right after the phrase, narrow what is counted ("… của tổ chức", "… thuộc diện …",
 * "… tại xã", "… mức độ 2", "… loại A"): they and the few words after them belong to the key.
 */
const NARROWING: ReadonlySet<string> = new Set(["của", "thuộc", "tại", "ở", "dành", "loại", "mức", "trong", "ngoài"]);
/** The qualifier after a phrase: a narrowing word and up to three words or numbers after it. */
const QUALIFIER = /[ ]+(\p{Ll}+)((?:[ ]+[\p{L}\p{N}]+){0,3})/uy;
/** The end of a sentence: ". " (any blank) or a line break. */
const SENTENCE_END = /\.\s|\n/u;
/** A date written in the sentence ("07/7/2025", "15/02"). */
const DATE = /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g;

/**
 * The words of the phrase after a count, up to its first stop or narrowing word, and where the
 * phrase as written (commas kept; one space between words, as the split and join it replaces
 * gave) ends. The phrase is what `[ ]+(\p{Ll}+(?:,?[ ]+\p{Ll}+){0,7})` (sticky, `u`) matches at
 * `at`, read by hand word by word, each word sliced once and none read after the first stop word:
 * a comma after a word belongs to the phrase when another word of the match follows it.
 */
function phraseAt(s: string, at: number): { words: string[]; end: number } {
  const words: string[] = [];
  let p = at;
  if (s.charCodeAt(p) !== 0x20) return { words, end: at };
  while (s.charCodeAt(p) === 0x20) p++;
  // One space per word but the first, and the commas that count.
  let end = p - 1;
  let comma = false;
  for (let n = 0; n < 8; n++) {
    let e = p;
    for (let k = lowerLength(s, e); k > 0; k = lowerLength(s, e)) e += k;
    if (e === p) break;
    if (comma) end++;
    const w = s.slice(p, e);
    if (NARROWING.has(w) || STOP.has(w)) break;
    words.push(w);
    end += 1 + w.length;
    // `,?[ ]+` before the next word.
    let q = e;
    comma = s.charCodeAt(q) === 0x2c;
    if (comma) q++;
    if (s.charCodeAt(q) !== 0x20) break;
    while (s.charCodeAt(q) === 0x20) q++;
    p = q;
  }
  return { words, end };
}

type Count = Extract<Token, { kind: "number" }>;
/** Whether a token may state a quantity, by what it carries alone: an integer count with a unit. */
function mayState(t: Token): t is Count {
  return t.kind === "number" && !t.label && t.qualifier === undefined && t.unit !== "" && Number.isInteger(t.fig.value);
}

/**
 * The key statements are first grouped on, cheaply: a hash of the letters of the first four words
 * (runs of lower-case letters, read as {@link phraseAt} reads them, stop words and all) after the
 * figure, past the spaces and commas between them, or -1 when a word is missing; nothing is
 * sliced. A statement's phrase has at least four words, none a stop word, so they are these four:
 * two statements of one quantity have one cheap key.
 */
function cheapKey(s: string, p: number): number {
  let h = 0;
  for (let n = 0; n < KEY_WORDS; n++) {
    while (s.charCodeAt(p) === 0x20 || s.charCodeAt(p) === 0x2c) p++;
    const e = p;
    for (let k = lowerLength(s, p); k > 0; k = lowerLength(s, p)) {
      h = (Math.imul(h, 31) + s.charCodeAt(p)) | 0;
      p += k;
    }
    if (p === e) return -1;
  }
  return h >>> 0;
}

/**
 * Every quantity statement of a text. With `some`, only those that can conflict with another:
 * two statements are reported only when they have one key, different values and different
 * sentences (see {@link conflicts}), so a count is compared with nothing, and is not built, when
 * the counts of its cheap key ({@link cheapKey}) have one value or stand in one sentence ("84
 * nhiệm vụ trọng tâm và 88 nhiệm vụ …"): most counts of a report (building one costs ~1,5 µs,
 * ~8 µs in the check, its cheap key a tenth of that). A key's counts are all built or none, so
 * no statement a conflict is found among is left out.
 */
export function quantityStatements(ctx: RuleContext, some?: boolean): QuantityStatement[] {
  const { s, tokens } = ctx;
  const out: QuantityStatement[] = [];
  // With `some`: the cheap key of each count (-1 for none, or when the four words are missing)
  // and, for each key, the value of its counts, NaN once two differ, and their sentence, -1 once
  // two differ (the maps stay empty otherwise). A loop, not `tokens.map` with a closure (twice the
  // instructions, counted), and the maps read only for the counts that have a key.
  // Only counts state a quantity: the counts' places in the tokens, and `keys` per count.
  const { counts } = tokenIndex(ctx);
  const values = new Map<number, number>();
  const where = new Map<number, number>();
  const keys: number[] = [];
  if (some)
    for (const i of counts) {
      const t = tokens[i] as Count;
      const k = mayState(t) ? cheapKey(s, t.fig.end) : -1;
      keys.push(k);
      if (k < 0) continue;
      const v = t.fig.value;
      const w = ctx.sentence[i] as number;
      values.set(k, (values.get(k) ?? v) === v ? v : NaN);
      where.set(k, (where.get(k) ?? w) === w ? w : -1);
    }
  for (let c = 0; c < counts.length; c++) {
    const i = counts[c] as number;
    const t = tokens[i] as Count;
    if (some ? (keys[c] as number) < 0 || !Number.isNaN(values.get(keys[c] as number)) || where.get(keys[c] as number) !== -1 : !mayState(t)) continue;
    // "15 ngày làm việc kể từ …": a time limit, not a quantity. Tested here, not in mayState, so
    // only for the counts of a disputed cheap key: such counts in a key's group can only make it
    // disputed, never hide a statement. A unit that opens with a stop word needs no test: the
    // phrase, read from the same letters, stops there.
    if (TIME.test(t.unit)) continue;
    const phrase = phraseAt(s, t.fig.end);
    if (phrase.words.length < KEY_WORDS) continue;
    const { words } = phrase;
    // The phrase as written (commas kept): the same number of words from its start.
    const phraseEnd = phrase.end;
    const next = s[phraseEnd];
    if (next === "/" || next === "(") continue;
    // The clause before the figure (back to ";", "(" or the sentence start, not ":" — "Mục tiêu
    // đến năm 2030: 88 …" is a target), at most 60 characters.
    const back = s.slice(Math.max(0, t.from - 60), t.from);
    const cut = Math.max(back.lastIndexOf(";"), back.lastIndexOf("."), back.lastIndexOf("\n"), back.lastIndexOf("("));
    if (NOT_STATEMENT(back.slice(cut + 1)) || lastWordIn(back, BOUND_WORDS)) continue;
    if (entryCount(back)) continue;
    // The sentence around the figure (at most 200 characters each way): its last date before the
    // figure narrows the key; the periods it names ("trong tháng", "11 tháng năm 2019", "quý
    // I/2024", "đến nay"), not the ones it is compared with ("so với cùng kỳ năm 2018"), are kept.
    const a = s.slice(Math.max(0, t.from - 200), t.from);
    const sentence = a.slice(Math.max(a.lastIndexOf(". "), a.lastIndexOf("\n")) + 1);
    // The sentence after the figure: up to its end, found by `search` (a split made an array of
    // every sentence in the 200 characters, for each statement, to keep the first).
    const after = s.slice(t.from, t.from + 200);
    const stop = after.search(SENTENCE_END);
    const whole = sentence + (stop < 0 ? after : after.slice(0, stop));
    out.push({
      key: `${words.slice(0, KEY_WORDS).join(" ")}|${qualifierAfter(s, phraseEnd)}|${sentence.match(DATE)?.pop() ?? ""}`,
      phrase: words.join(" "),
      value: t.fig.value,
      text: s.slice(t.fig.start, t.fig.end),
      start: t.start,
      end: phraseEnd,
      sentence: ctx.sentence[i] ?? 0,
      paragraph: ctx.paragraph[i] ?? 0,
      period: whole.toLowerCase().replace(/(?:so với|cùng kỳ)[^,;]*/gu, "").match(PERIOD) ?? [],
      lead: sentence,
      predicate: predicateOf(s, t.fig.end, phraseEnd),
      src: s,
      at: t.from,
      around: whole,
    });
  }
  forgetTokenIndex();
  return out;
}

/** The narrowing qualifier right after a phrase ("của tổ chức", "mức độ 2"), or "". */
function qualifierAfter(s: string, at: number): string {
  QUALIFIER.lastIndex = at;
  const m = QUALIFIER.exec(s);
  if (m === null || !NARROWING.has(m[1] ?? "")) return "";
  // The qualifier's own words stop where the predicate starts ("của công dân | đã được cập nhật").
  const words = [m[1]];
  for (const w of (m[2] ?? "").trim().split(/[ ]+/)) {
    if (w === "" || STOP.has(w)) break;
    words.push(w);
  }
  return words.join(" ");
}

/** A period a sentence states its figures for: a stock, a span or a named period. */
const PERIOD = /đến nay|trong (?:tháng|quý|năm)|(?:\d+ )?(?:tháng|q[uú][ýy]|năm)(?: đầu năm)? [\divx][^ ,;]*/gu;

/**
 * The words two statements' phrases share from their start: what both say they count. Compared
 * in place, character by character, to the end of the last whole word both have (a phrase's
 * words are one space apart): the same words as splitting both and joining the shared ones, with
 * no array made (a text restating one quantity 25.000 times asks this of every pair reported).
 */
export function sharedPhrase(a: QuantityStatement, b: QuantityStatement): string {
  const x = a.phrase;
  const y = b.phrase;
  const n = Math.min(x.length, y.length);
  // `end`: the end of the last word both have whole; -1 for none.
  let end = -1;
  let i = 0;
  for (; i < n && x.charCodeAt(i) === y.charCodeAt(i); i++) if (x.charCodeAt(i) === 0x20) end = i;
  // Both words end at i: at the end of a phrase or at a space in both.
  if (i === n && (i === x.length || x.charCodeAt(i) === 0x20) && (i === y.length || y.charCodeAt(i) === 0x20)) end = i;
  return end < 0 ? "" : x.slice(0, end);
}

/** A statement and where it is, for comparing statements across texts. */
export interface PlacedStatement<P> extends QuantityStatement {
  readonly place: P;
}

/**
 * Pairs of statements of one quantity with different values (each later statement against the
 * first one that disagrees with it), in order. Any statements: placed ones across texts
 * ({@link PlacedStatement}), a text's own as they are (not copied to give each a place).
 */
export function conflicts<S extends QuantityStatement>(statements: readonly S[], sameSentence: (a: S, b: S) => boolean): [S, S][] {
  const first = new Map<string, S[]>();
  const out: [S, S][] = [];
  const memo: LeadMemo = new Map();
  for (const st of statements) {
    const seen = first.get(st.key);
    if (seen === undefined) {
      first.set(st.key, [st]);
      continue;
    }
    // Statements of different periods are different quantities.
    const same = seen.filter((x) => !x.period.length || !st.period.length || x.period.some((p) => st.period.includes(p)));
    if (same.some((x) => x.value === st.value)) continue;
    const other = same.find((x) => !sameSentence(x, st) && !otherSubjects(x.lead, st.lead, memo) && !otherActions(x.lead, st.lead, memo) && !otherScopes(x.lead, st.lead, memo) && !otherStatements(x, st));
    if (other !== undefined) out.push([other, st]);
    if (seen.length < 8) seen.push(st);
  }
  return out;
}

/** The rule on one text: compares its statements across sentences, places named by paragraph. */
export function restatedQuantities(ctx: RuleContext, statements: readonly QuantityStatement[]): void {
  // The statements as they are, each placed by its paragraph only when reported: no copy of
  // each to add a place (25.000 copies for a text that restates one quantity 25.000 times).
  for (const [a, b] of conflicts(statements, (x, y) => x.sentence === y.sentence)) {
    ctx.out.push({
      code: "quantity_restated",
      start: b.start,
      end: b.end,
      params: { quantity: sharedPhrase(a, b), first: a.text, second: b.text, firstAt: a.paragraph + 1, secondAt: b.paragraph + 1 },
      expected: a.value,
      actual: b.value,
    });
  }
}
