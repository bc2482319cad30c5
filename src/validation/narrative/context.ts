import { formatViNumber } from "../../format/number.js";
import type { RawFinding } from "./finding.js";
import { SCALES } from "./parse-number.js";
import type { Figure, Qualifier, Token, Tokenized } from "./tokens.js";
import { type Interval, statedInterval } from "../interval.js";

/** What every narrative rule reads and writes. */
export interface RuleContext {
  /** The text view. */
  readonly s: string;
  readonly tokens: readonly Token[];
  /** Clause, sentence and paragraph index of each token. */
  readonly clause: Int32Array;
  readonly sentence: Int32Array;
  readonly paragraph: Int32Array;
  readonly at: Tokenized["at"];
  /** Findings so far (rules append). */
  readonly out: RawFinding[];
  /** Indices of percentage tokens already paired with a fraction or a part. */
  readonly usedPercents: Set<number>;
  /** Indices of totals already judged against their parts (by the parenthesis rule). */
  readonly claimed: Set<number>;
  /**
   * `false` when the caller drops every passed check (info): a rule may then leave the params of
   * its consistent findings empty (their start and end still count, see checkRemainders).
   */
  readonly checks?: boolean;
}

/** The interval a figure token stands for (XBRL rounding, widened by its approximation word). */
export function intervalOf(t: { fig: Figure; qualifier?: Qualifier | undefined }): Interval {
  return statedInterval({ value: t.fig.value, decimals: t.fig.decimals, ...(t.qualifier ? { qualifier: t.qualifier } : {}) });
}

/**
 * The interval of a figure used as an operand: a count written in full ("3", "3.700") is exact,
 * since a count of 3 is 3, not [2,5; 3,5]; a scaled, decimal or approximate figure ("1,5 triệu",
 * "83,1%", "khoảng 3.700") keeps its interval.
 */
export function operandInterval(t: { fig: Figure; qualifier?: Qualifier | undefined }): Interval {
  if (t.qualifier === undefined && t.fig.decimals >= 0 && Number.isInteger(t.fig.value) && !t.fig.raw.includes(",")) {
    return { low: t.fig.value, high: t.fig.value };
  }
  return intervalOf(t);
}

/** Whether a token is a count or amount that can take part in arithmetic (not a label, not a code). */
export function isCount(t: Token | undefined): t is Extract<Token, { kind: "number" }> {
  return t?.kind === "number" && !t.label;
}

/** What the change and remainder rules read a token as: a count, a percentage, or neither (labels, dates, fractions). */
export const figureKind = (t: Token | undefined): "count" | "percent" | undefined => (t === undefined ? undefined : isCount(t) ? "count" : t.kind === "percent" ? "percent" : undefined);

const LETTER = /\p{L}/u;

/**
 * Whether the UTF-16 unit at `i` is a letter (`\p{L}` on that unit alone; false outside the
 * text): ASCII, Latin-1, Latin Extended-A/B and the precomposed Vietnamese letters are answered
 * from their code, the rest by the regex.
 */
export function letterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x1e00 && c <= 0x1eff) return true;
  return LETTER.test(s[i] ?? "");
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/**
 * Whether the UTF-16 unit at `i` is a lower-case letter (`\p{Ll}` on that unit alone; false
 * outside the text): ASCII, Latin-1, the Latin Extended-A pairs and the precomposed Vietnamese
 * letters (lower case at odd codes, upper case at even ones) are answered from their code, the
 * rest by the regex.
 */
export const lowerAt = (s: string, i: number): boolean => caseAt(s, i, 1);
/** Whether the UTF-16 unit at `i` is an upper-case letter (`\p{Lu}`), as {@link lowerAt}. */
export const upperAt = (s: string, i: number): boolean => caseAt(s, i, 0);

/**
 * How many UTF-16 units the lower-case letter at `i` takes (`\p{Ll}` as a `u` regex reads it: a
 * surrogate pair is one code point): 1, 2, or 0 when there is none.
 */
export function lowerLength(s: string, i: number): number {
  if (lowerAt(s, i)) return 1;
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 && LOWER.test(s.slice(i, i + 2)) ? 2 : 0;
}

function caseAt(s: string, i: number, lower: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return lower ? c >= 0x61 && c <= 0x7a : c >= 0x41 && c <= 0x5a;
  if (c < 0xc0) return lower === 1 && c === 0xb5;
  if (c <= 0xff) return c !== 0xd7 && c !== 0xf7 && (c >= 0xdf) === (lower === 1);
  if (c <= 0x137 || (c >= 0x14a && c <= 0x177) || (c >= 0x1ea0 && c <= 0x1eff)) return (c & 1) === lower;
  if (c === 0x1a0 || c === 0x1a1 || c === 0x1af || c === 0x1b0) return (c === 0x1a1 || c === 0x1b0) === (lower === 1);
  return (lower ? LOWER : UPPER).test(s[i] ?? "");
}

/**
 * Whether a word found at `at` starts a word (no letter right before it). Marker regexes check
 * this in code rather than with a lookbehind, which would run at every position of the text.
 */
export function startsWord(s: string, at: number): boolean {
  return !letterAt(s, at - 1);
}

/**
 * The first ")" in [from, from + reach), or `from - 1`: read in place, bounded, so that runs of
 * "(" with no ")" stay linear and no slice is copied per parenthesis.
 */
export function closeWithin(s: string, from: number, reach: number): number {
  const to = Math.min(s.length, from + reach);
  for (let c = from; c < to; c++) if (s.charCodeAt(c) === 0x29) return c;
  return from - 1;
}

/**
 * Where the sentence holding `from` ends ("\n", or ".", "!", "?" before a blank or the end), at
 * most `reach` units on. A rule that reads words after a figure stops there: a long text is
 * checked in pieces cut between paragraphs (see `segmentEnd`), so what follows a sentence must
 * never change how it is read.
 */
export function sentenceEndWithin(s: string, from: number, reach: number): number {
  const to = Math.min(s.length, from + reach);
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x0a || ((c === 0x2e || c === 0x21 || c === 0x3f) && (i + 1 === s.length || s.charCodeAt(i + 1) <= 0x20))) return i;
  }
  return to;
}

/** Whether a word ending at `at` ends a word (no letter right after it). */
export function endsWord(s: string, at: number): boolean {
  return !letterAt(s, at);
}

/**
 * A match of {@link anchoredMatches}: where it starts and ends (no slice of the text is made per
 * match: most are read only by their first letter, or not at all).
 */
export interface MarkerMatch {
  readonly index: number;
  readonly end: number;
}

/** The table of {@link anchoredMatches}'s `opens`, empty between calls. */
const OPEN_CODES = new Uint8Array(128);

/**
 * The matches of a marker found from an anchor: `words` (literal words that open with a rare
 * letter, such as ["đó", "ồm"], which V8 scans for far faster than for an alternation of case
 * classes) hit inside every match of `marker` (sticky), at most `back` characters after the
 * match's start. At each hit the marker is tried at every start from `back` characters before
 * it, longest reach first; a match is kept when it covers the hit and is a whole word (a marker
 * opening with a letter starts a word; every marker ends one). Same matches as running the marker
 * made global over the whole text and keeping the whole words, in a fraction of the time on
 * prose. `opens` holds every character a match of the marker may open with (ASCII)
 * ("Tt" for /[Tt]ăng/): starts with another are not tried. `starts`, when given (one list per
 * word, in the order of `words`), holds where each word stands in the matches that hold it before
 * any other word: its distances from the match's start, largest first ("ố " in /[Ss]ố …|[Tt]rong
 * số đó/: [7, 1]); only those starts are tried at its hits. `near`, when given (ascending), holds
 * the places of which the caller needs one in [index, index + reach] of a match (a figure the
 * match reads): matches without one may be left out (see below).
 */
export function anchoredMatches(s: string, words: readonly string[], marker: RegExp, back: number, opens: string, starts?: readonly (readonly number[])[], near?: readonly number[], reach = 0): MarkerMatch[] {
  const out: MarkerMatch[] = [];
  // The anchor's hits, in order: one `indexOf` per word (faster than a regex's alternation over
  // a two-byte text), with a regex's leftmost-first semantics (the earliest start, and at one
  // start the first word); `pos` is where the scan resumes. Inline: a closure per call costs
  // more than the scan on short texts.
  const at: number[] = words.map(() => -2);
  // `opens` as a table by character code: one load per start tried, where `indexOf` of the
  // start's character read as a string cost more than the rest of the test (same answer: a
  // character of `opens` is ASCII, and a start with any other character is not tried). The one
  // table, filled for this call and emptied at its end: a typed array of 128 bytes made per call
  // (off the heap) cost more than its scan on the real text.
  for (let k = 0; k < opens.length; k++) OPEN_CODES[opens.charCodeAt(k)] = 1;
  let pos = 0;
  let lastEnd = 0;
  // With `near`: the first place of `near` at or after the earliest start of a hit at `pos`,
  // and the last one whose line was looked for.
  let n = 0;
  let jumped = -1;
  for (;;) {
    // A hit with no place of `near` in [hit - back, end of its line + reach] is not tried, nor
    // looked for: from the next place of `near`, hits are looked for from the start of the line
    // `reach` units before it. No later hit of a line passes once one fails (the window only
    // shrinks), so what each hit that passes is tried against (`lastEnd`) is unchanged, and as no
    // marker holds a line break, later lines are found as before. A match that a hit that fails
    // would find starts at hit - back or later, with no place of `near` within `reach` after it.
    if (near !== undefined) {
      while ((near[n] as number) < pos - back) n++;
      if (n === near.length) break;
      // The line start, once per place: read back by hand (`lastIndexOf` is a call to the
      // runtime, that cost more than the scans it spared); none after `pos`, no jump.
      for (let j = (near[n] as number) - reach - 1; j >= pos && jumped < n; j--) {
        if (s.charCodeAt(j) === 0x0a) {
          pos = j + 1;
          break;
        }
      }
      jumped = n;
    }
    let hit = -1;
    let word = -1;
    for (let k = 0; k < words.length; k++) {
      let p = at[k] as number;
      if (p !== -1 && p < pos) at[k] = p = s.indexOf(words[k] as string, pos);
      if (p >= 0 && (hit < 0 || p < hit)) {
        hit = p;
        word = k;
      }
    }
    if (hit < 0) break;
    pos = hit + (words[word] as string).length;
    if (hit < lastEnd) continue;
    // Past the place of `near` looked from: looked for again from the hit (the next place).
    if ((near?.[n] as number) < hit - back) {
      pos = hit;
      continue;
    }
    // A match is found at the first hit it holds: had it held an earlier one, it would have been
    // found there (the same start was tried there, and a try does not depend on the hit but for
    // covering it), or a match found there would cover this hit. So, with `starts`, only the
    // starts where the hit's word is the first one of a match are tried, in the same order.
    const low = Math.max(lastEnd, hit - back);
    const offsets = starts?.[word];
    const tries = offsets === undefined ? hit - low + 1 : offsets.length;
    for (let i = 0; i < tries; i++) {
      const from = offsets === undefined ? low + i : hit - (offsets[i] as number);
      if (from < low) continue;
      // Markers open with one of `opens`, and a word or with a comma: other starts need no try.
      const c = s.charCodeAt(from);
      if (c >= 0x80 || OPEN_CODES[c] === 0) continue;
      if (c !== 0x2c && !(startsWord(s, from) && !endsWord(s, from))) continue;
      // Tested, not executed: a sticky match ends at `lastIndex`, and no match array is made.
      marker.lastIndex = from;
      if (!marker.test(s)) continue;
      const end = marker.lastIndex;
      if (end <= hit) continue;
      // A start other than a comma starts a word (tested above): the match must end one.
      if (endsWord(s, end)) {
        out.push({ index: from, end });
        lastEnd = end;
        pos = Math.max(pos, lastEnd);
        break;
      }
    }
  }
  OPEN_CODES.fill(0);
  return out;
}


/**
 * A fast test for whole words in a short text: the words written in lower case or capitalised
 * ("tăng", "Tăng"), as one global regex without the `u` and `i` flags — with them, V8 tries a
 * Unicode lookbehind and every case variant at every position of the text — and the word edges
 * checked in code.
 */
export function wordTest(words: readonly string[]): (text: string) => boolean {
  const alternatives = words.map((w) => {
    const first = w[0] ?? "";
    const upper = first.toUpperCase();
    return `${upper !== first ? `[${first}${upper}]` : first}${w.slice(1)}`;
  });
  const re = new RegExp(alternatives.join("|"), "g");
  return (text) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (startsWord(text, m.index) && endsWord(text, m.index + m[0].length)) return true;
      re.lastIndex = m.index + 1;
    }
    return false;
  };
}

/** Whether the last word of `text` (spaces after it allowed) is one of `words` (lower case). */
export function lastWordIn(text: string, words: ReadonlySet<string>): boolean {
  let k = text.length;
  while (k > 0 && text.charCodeAt(k - 1) === 0x20) k--;
  let j = k;
  while (j > 0 && !startsWord(text, j)) j--;
  return words.has(text.slice(j, k).toLowerCase());
}

/**
 * Whether a text may hold the word "số" in any case (it holds "ố" or "Ố"): two `indexOf`, a
 * pre-filter that spares the gaps without it a Unicode regex built around "(tổng) số".
 */
export function mayHoldSo(text: string): boolean {
  return text.includes("ố") || text.includes("Ố");
}

/**
 * Where a context's counts and figures are among its tokens, in order: `counts` the indices of the
 * counts ({@link isCount}), `figures` those of every number (labels too), percentage and fraction.
 * Most rules read only these, and a walk over every token costs each of them ~3 µs on a report
 * (479 tokens, a third of them figures: the rest are dates, ordinals and codes).
 */
export interface TokenIndex {
  readonly counts: readonly number[];
  readonly figures: readonly number[];
}
/**
 * The context {@link tokenIndex} last indexed, and its index: module scratch, made by the first
 * rule that asks and reset by {@link forgetTokenIndex} once the rules are done (the convention of
 * tokens.ts's scratch; a `WeakMap` keyed by the context measured 1–7% slower in one process).
 */
let indexed: RuleContext | undefined;
let index: TokenIndex = { counts: [], figures: [] };

/** The {@link TokenIndex} of a context (one walk over its tokens, at the first rule that asks). */
export function tokenIndex(ctx: RuleContext): TokenIndex {
  if (indexed !== ctx) {
    const counts: number[] = [];
    const figures: number[] = [];
    for (let i = 0; i < ctx.tokens.length; i++) {
      const t = ctx.tokens[i] as Token;
      if (t.kind === "number" || t.kind === "percent" || t.kind === "fraction") figures.push(i);
      if (isCount(t)) counts.push(i);
    }
    indexed = ctx;
    index = { counts, figures };
  }
  return index;
}

/** Drops the scratch of {@link tokenIndex}: no context outlives its check. */
export function forgetTokenIndex(): void {
  indexed = undefined;
  index = { counts: [], figures: [] };
}

/** The index of the first token at or after `pos` (binary search). */
export function tokenAt(ctx: RuleContext, pos: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ctx.tokens[mid] as Token).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const HAS_SPACE = /\s/;
/** The text of a figure as written (emphasis marks removed). */
export function written(ctx: RuleContext, fig: Pick<Figure, "start" | "end">): string {
  const w = ctx.s.slice(fig.start, fig.end);
  // A figure is mostly written without white space: no replace (and no new string) for those.
  return HAS_SPACE.test(w) ? w.replace(/\s+/g, " ").trim() : w;
}

/** Whether a UTF-16 unit is white space (what `\s` matches). */
export function spaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Writes a computed value in the scale of a written figure: a sum of parts of "1.250 triệu"
 * reads "1.250 triệu", not "1.250.000.000".
 */
export function writeLike(ctx: RuleContext, fig: Figure, value: number): string {
  const suffix = written(ctx, fig).slice(fig.raw.length).trim();
  const scale = SCALES[suffix.toLowerCase().replace(/\s+/g, " ")] ?? 0;
  if (scale === 0 || suffix === "%") return formatViNumber(Number(value.toFixed(6)));
  const scaled = formatViNumber(Number((value / 10 ** scale).toFixed(6)));
  return /^[KkM]$/.test(suffix) ? `${scaled}${suffix}` : `${scaled} ${suffix}`;
}
