/**
 * Unicode NFC in time linear in the text. `String.prototype.normalize` sorts each run of
 * combining marks by insertion (canonical ordering), so one base letter followed by 200.000
 * marks costs a minute. Real Vietnamese text, NFC or NFD, never has more than two or three marks
 * on a letter; anything longer is garbage or an attack. Runs are therefore cut into pieces of at
 * most {@link MAX_MARK_RUN} marks and each piece is normalised on its own: the result is the true
 * NFC of every text whose runs are shorter (all real text), and stays linear on the rest.
 */

/**
 * The longest run of combining marks normalised as one piece (Unicode's Stream-Safe Text Format,
 * UAX #15, allows 30 non-starters in a row).
 *
 * @category Format
 * @example
 * ```ts
 * MAX_MARK_RUN; // 30
 * ```
 */
export const MAX_MARK_RUN = 30;

/** Characters that may join the character before them under NFC: marks and Hangul jamo. */
const JOINS = /[\p{M}\u1160-\u11ff]/u;
/**
 * Characters outside which a text is NFC as it stands and holds no combining mark: ASCII,
 * Latin-1 and Latin Extended (U+0000–U+02FF, no singleton or mark among them), the precomposed
 * Vietnamese letters (U+1E00–U+1EFF), punctuation (U+2010–U+205E), superscripts and currency
 * signs ("⁽¹⁾", "₫"), arrows, maths, enclosed numbers, boxes and dingbats. Most reports are
 * made of nothing else, and one scan of a simple class says so.
 */
const NOT_PLAIN = /[^\u0000-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u2070-\u20cf\u2190-\u22ff\u2460-\u27bf]/;
/** A run of more than MAX_MARK_RUN marks, at a given place (`y`) or anywhere after it (`g`). */
const LONG_RUN_AT = new RegExp(`[\\p{M}\\u1160-\\u11ff]{${MAX_MARK_RUN + 1}}`, "uy");
const LONG_RUN = new RegExp(`[\\p{M}\\u1160-\\u11ff]{${MAX_MARK_RUN + 1}}`, "ug");
/**
 * Runs of ASCII, Latin-1, Latin Extended and the precomposed Vietnamese letters, read greedily in
 * one match: two ranges, the cheapest class a scan can test (each range costs on every character).
 * No mark, control or character outside `NOT_PLAIN`'s class is among them but the soft hyphen.
 */
const LETTERS = /[\u0000-\u02ff\u1e00-\u1eff]*/y;

/**
 * Whether `at` (a sticky regex) matches at some place of `text` that is not inside a run of
 * `LETTERS`: the runs are skipped, and only the character after each is tried. A class like
 * `\p{M}` or a list of controls costs 5 to 25 ns a character when a regex searches the whole text
 * with it (1,5 ms for `\p{M}{31}` on the bench's 77 kB), the skip about 2. A text made mostly of
 * other characters (Chinese, a run of marks) would try them one by one: past a budget of tries, the
 * rest is searched by `anywhere` (the same pattern, global) as before.
 *
 * @internal
 */
export function beyondLetters(text: string, at: RegExp, anywhere: RegExp): boolean {
  let budget = 256 + (text.length >> 6);
  for (let i = 0; ; i++) {
    LETTERS.lastIndex = i;
    LETTERS.test(text);
    i = LETTERS.lastIndex;
    if (i >= text.length) return false;
    if (--budget < 0) {
      anywhere.lastIndex = i;
      return anywhere.test(text);
    }
    at.lastIndex = i;
    if (at.test(text)) return true;
  }
}

/**
 * Whether a text has a run of more than {@link MAX_MARK_RUN} combining marks (which no real
 * Vietnamese text has: it is garbage, "Zalgo" text, or an attempt to slow a server down).
 *
 * @category Format
 * @example
 * ```ts
 * hasLongMarkRun("Đề án 06"); // false
 * hasLongMarkRun("a" + "\u0301".repeat(40)); // true
 * ```
 */
export function hasLongMarkRun(text: string): boolean {
  return beyondLetters(text, LONG_RUN_AT, LONG_RUN);
}

/**
 * The NFC form of a text, in time linear in its length: the same as `text.normalize("NFC")` on
 * every text without a run of more than {@link MAX_MARK_RUN} combining marks; longer runs are
 * normalised {@link MAX_MARK_RUN} marks at a time (nothing is dropped), so a hostile text costs
 * milliseconds, not minutes.
 *
 * @category Format
 * @summary Linear NFC normalisation.
 * @param text - Any string (NFC, NFD or mixed).
 * @returns The normalised string.
 * @example
 * ```ts
 * normalizeNfc("Đe\u0302\u0300 a\u0301n"); // "Đề án"
 * normalizeNfc("a" + "\u0301".repeat(200_000)).length; // 200.000 (fast)
 * ```
 */
export function normalizeNfc(text: string): string {
  if (!NOT_PLAIN.test(text)) return text;
  if (!beyondLetters(text, LONG_RUN_AT, LONG_RUN)) return text.normalize("NFC");
  let out = "";
  let from = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The combining diacritics block first (what Vietnamese uses), the full class only above it.
    if ((code >= 0x300 && code <= 0x36f) || (code > 0x36f && JOINS.test(text[i] ?? ""))) {
      run++;
      // Close a piece every MAX_MARK_RUN marks inside a long run.
      if (run > MAX_MARK_RUN && run % MAX_MARK_RUN === 1) {
        out += text.slice(from, i).normalize("NFC");
        from = i;
      }
    } else {
      run = 0;
      // Cut before a character that cannot join its predecessor, once the piece is long
      // enough to be worth a call.
      if (i - from >= 256 && !(code >= 0xdc00 && code <= 0xdfff)) {
        out += text.slice(from, i).normalize("NFC");
        from = i;
      }
    }
  }
  return out + text.slice(from).normalize("NFC");
}
