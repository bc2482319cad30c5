/**
 * The text the narrative rules read: the text as a reader sees it on the page. NFC-normalised
 * (in linear time, see {@link normalizeNfc}), with Markdown emphasis (`**92,62**`) and
 * non-breaking spaces blanked out, invisible characters (zero-width spaces, soft hyphens,
 * direction marks) removed, and text under a right-to-left override (U+202E … U+202C) put in the
 * order it is displayed: "\u202E%8,99\u202C" reads "99,8%", as Word shows it. A map leads back to
 * offsets in the caller's text. Rules work on the view; findings are reported against the original.
 */
import { beyondLetters, MAX_MARK_RUN, normalizeNfc } from "../../format/nfc.js";

/** An invisible or direction-changing character of the original text. */
export interface HiddenControl {
  /** Offset in the original text. */
  readonly at: number;
  /** The character. */
  readonly char: string;
}

/** A view of a text and the way back to its offsets. */
export interface TextView {
  /** NFC text where Markdown `*` marks, tabs and non-breaking spaces are plain spaces. */
  readonly text: string;
  /** Offset in the original text of view offset `i` (`i` may equal `text.length`). */
  readonly toOriginal: (i: number) => number;
  /**
   * The original span of view span [start, end): `[toOriginal(start), toOriginal(end)]` in
   * general, the smallest span covering every character when displayed order was reversed.
   */
  readonly span: (start: number, end: number) => readonly [number, number];
  /** The invisible controls found (removed from the view), in text order. */
  readonly controls: readonly HiddenControl[];
  /**
   * The text holds only characters outside which no combining mark, control or decomposed
   * letter can be (see `SPECIAL`): it is NFC as it stands and has no run of marks.
   */
  readonly plain: boolean;
  /** The view was rebuilt cluster by cluster (the text is not NFC, or holds controls, or `rebuild` was asked). */
  readonly rebuilt: boolean;
}

// Same-length substitutions: Markdown emphasis and the spaces Word inserts.
const BLANKS = [/\*/g, /\u00a0/g, /\t/g] as const;
/** Blanks a plain text (see `SPECIAL`) cannot hold; `indexOf` is slow on them, a class scan is not. */
const WIDE_BLANKS = /[\u2007\u202f\u2009]/g;

/** The replacement of a blank, as a function: see {@link blanked}. */
const SPACE = (): string => " ";
/**
 * `text` with every blank character made a plain space: a global `replace` per common blank (a
 * regex of one character is an "atom": V8 finds it as `indexOf` does; the text itself when it
 * holds none), the wide spaces only when the text is not plain. The replacement is a function,
 * not the string " ": with a string V8 returns a rope of the pieces between the matches (~520
 * pieces on the bench's 77 kB report, 260 "*"), read through on every character until a rule
 * flattens it; with a function it writes one flat string (checked with %DebugPrint). Not
 * `split`/`join` (an array and a string per piece: 4 times slower on the bench's report) nor
 * `replaceAll` (a chain of concatenations too).
 */
function blanked(text: string, plain: boolean): string {
  let out = text;
  for (const b of BLANKS) out = out.replace(b, SPACE);
  return plain ? out : out.replace(WIDE_BLANKS, SPACE);
}
/** Invisible characters: zero-width, direction marks, embeddings, overrides, isolates, BOM, soft hyphen. */
const CONTROL = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const CONTROLS = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const CONTROL_AT = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/y;
/** Whether a text holds a control: the soft hyphen by `includes`, the others past runs of letters. */
const hasControl = (text: string): boolean => text.includes("\u00ad") || beyondLetters(text, CONTROL_AT, CONTROLS);
const MARK = /[\p{M}\u1160-\u11ff]/u;
/**
 * Any character but ASCII, Latin-1 (soft hyphen aside), Latin Extended, the precomposed
 * Vietnamese letters and common punctuation and symbols: a text without one is NFC as it stands
 * and has no invisible control, so one scan of this class settles the common case (the controls
 * of `CONTROL` all fall outside the class's complement).
 */
const SPECIAL = /[^\u0000-\u00ac\u00ae-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u2070-\u20cf\u2190-\u22ff\u2460-\u27bf]/y;
const SPECIAL_ANYWHERE = new RegExp(SPECIAL.source, "g");

/**
 * Whether a text holds a character of `SPECIAL`: the runs of letters are skipped (see
 * {@link beyondLetters}: a class of two ranges, against three for the former `[^…]` search that
 * restarted at every character: 40% slower), and only the character after each (quotes, dashes and
 * the like, rare in prose) is tried on the full class. The soft hyphen, inside the letters' first
 * range, is looked for on its own.
 */
const hasSpecial = (text: string): boolean => text.includes("\u00ad") || beyondLetters(text, SPECIAL, SPECIAL_ANYWHERE);
const RLO = "\u202e";
/** What ends an override: PDF, a pop of an isolate, or the end of the line. */
const OVERRIDE_END = /[\u202c\u2069\n\r]/g;

const isMark = (c: number, ch: string): boolean =>
  (c >= 0x300 && c <= 0x36f) || (c > 0x36f && !(c >= 0x1e00 && c <= 0x1eff) && MARK.test(ch));
/** Whether a UTF-16 unit is one of the invisible characters of `CONTROL`. */
const isControl = (c: number): boolean =>
  c === 0xad || c === 0x61c || c === 0x180e || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) ||
  (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;

/**
 * Builds the view. On NFC input without invisible characters (the normal case) the map is the
 * identity; otherwise, or when `rebuild` is asked, the text is rebuilt one base character (plus
 * at most {@link MAX_MARK_RUN} combining marks) at a time, so each view character maps back to
 * the start of the original cluster it came from. Linear in the length of the text. A caller that
 * views a long text piece by piece asks `rebuild` of every piece when one piece was rebuilt, so
 * each piece's map is the one the whole text's view would have.
 */
export function textView(original: string, rebuild = false): TextView {
  const plain = !hasSpecial(original);
  if (!rebuild && (plain || (!hasControl(original) && normalizeNfc(original) === original))) {
    const last = original.length;
    const toOriginal = (i: number): number => Math.max(0, Math.min(i, last));
    return {
      text: blanked(original, plain),
      toOriginal,
      span: (a, b) => [toOriginal(a), Math.max(toOriginal(a), toOriginal(b))],
      controls: [],
      plain,
      rebuilt: false,
    };
  }
  const controls: HiddenControl[] = [];
  // The view is written as UTF-16 units into a growable buffer, with the original cluster of
  // each unit beside it: no string or array element per character.
  let cap = original.length + 16;
  let buf = new Uint16Array(cap);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let n = 0;
  const room = (k: number): void => {
    if (n + k <= cap) return;
    cap = Math.max(cap * 2, n + k);
    const b = new Uint16Array(cap);
    b.set(buf.subarray(0, n));
    buf = b;
    const st = new Int32Array(cap);
    st.set(starts.subarray(0, n));
    starts = st;
    const en = new Int32Array(cap);
    en.set(ends.subarray(0, n));
    ends = en;
  };
  let reversed = false;
  /** The end of the cluster that starts at `i` (a base character and at most MAX_MARK_RUN marks), before `to`. */
  const clusterEnd = (i: number, to: number): number => {
    const c = original.charCodeAt(i);
    let k = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1);
    let marks = 0;
    while (k < to && marks < MAX_MARK_RUN && isMark(original.charCodeAt(k), original[k] ?? "")) {
      k++;
      marks++;
    }
    return k;
  };
  const emit = (begin: number, end: number): void => {
    if (end - begin === 1) {
      const c = original.charCodeAt(begin);
      if (isControl(c)) {
        controls.push({ at: begin, char: original[begin] ?? "" });
        return;
      }
      room(1);
      buf[n] = c;
      starts[n] = begin;
      ends[n] = end;
      n++;
      return;
    }
    const raw = original.slice(begin, end);
    if (CONTROL.test(raw)) {
      controls.push({ at: begin, char: raw });
      return;
    }
    const chunk = raw.normalize("NFC");
    room(chunk.length);
    for (let k = 0; k < chunk.length; k++) {
      buf[n] = chunk.charCodeAt(k);
      starts[n] = begin;
      ends[n] = end;
      n++;
    }
  };
  /** Emits the clusters of original[from, to) in order. */
  const forward = (from: number, to: number): void => {
    for (let i = from; i < to; ) {
      const e = clusterEnd(i, to);
      emit(i, e);
      i = e;
    }
  };
  let i = 0;
  while (i < original.length) {
    CONTROLS.lastIndex = i;
    const m = CONTROLS.exec(original);
    const next = m ? m.index : original.length;
    forward(i, next);
    if (!m) break;
    controls.push({ at: next, char: m[0] });
    i = next + 1;
    if (m[0] !== RLO) continue;
    // Right-to-left override: the characters up to its end are displayed in reverse order.
    OVERRIDE_END.lastIndex = i;
    const e = OVERRIDE_END.exec(original);
    const stop = e ? e.index : original.length;
    // The cluster starts, in a typed array (no growing array of a million numbers).
    const bounds = new Int32Array(stop - i + 1);
    let nb = 0;
    for (let k = i; k < stop; ) {
      bounds[nb++] = k;
      k = clusterEnd(k, stop);
    }
    bounds[nb] = stop;
    if (nb > 1) reversed = true;
    for (let k = nb - 1; k >= 0; k--) emit(bounds[k] as number, bounds[k + 1] as number);
    if (e && (e[0] === "\u202c" || e[0] === "\u2069")) {
      controls.push({ at: stop, char: e[0] });
      i = stop + 1;
    } else i = stop;
  }
  // Joined by `join`, a flat string: `+=` made a rope that stays one (flattened in place, read
  // through an indirection on every character by every rule) when no blank is replaced after.
  const chunks: string[] = [];
  for (let k = 0; k < n; k += 8192) chunks.push(String.fromCharCode(...buf.subarray(k, Math.min(n, k + 8192))));
  const joined = chunks.join("");
  controls.sort((a, b) => a.at - b.at);
  const text = blanked(joined, false);
  // The start of the original cluster that view offset v begins.
  const toOriginal = (v: number): number => (v <= 0 ? Math.min(starts[0] ?? 0, original.length) : v >= n ? original.length : (starts[v] ?? original.length));
  const span = (a: number, b: number): readonly [number, number] => {
    const lo = Math.max(0, Math.min(a, n));
    const hi = Math.max(lo, Math.min(b, n));
    if (hi === lo) return [toOriginal(lo), toOriginal(lo)];
    if (!reversed) return [starts[lo] ?? 0, ends[hi - 1] ?? original.length];
    let from = Number.POSITIVE_INFINITY;
    let to = 0;
    for (let k = lo; k < hi; k++) {
      from = Math.min(from, starts[k] ?? 0);
      to = Math.max(to, ends[k] ?? 0);
    }
    return [from, to];
  };
  return { text, controls, toOriginal, span, plain: false, rebuilt: true };
}
