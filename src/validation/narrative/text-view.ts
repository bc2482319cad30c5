/**
 * The text the narrative rules read: NFC-normalised, with Markdown emphasis (`**92,62**`) and
 * non-breaking spaces blanked out, and a map back to offsets in the caller's text. Rules work on
 * the view; findings are reported against the original.
 */

/** A view of a text and the way back to its offsets. */
export interface TextView {
  /** NFC text where Markdown `*` marks, tabs and non-breaking spaces are plain spaces. */
  readonly text: string;
  /** Offset in the original text of view offset `i` (`i` may equal `text.length`). */
  readonly toOriginal: (i: number) => number;
}

// Same-length substitutions: Markdown emphasis and the spaces Word inserts.
const BLANKS = /[*\u00a0\u2007\u202f\u2009\u200b\t]/g;
const COMBINING = /\p{M}/u;

/**
 * Builds the view. On NFC input (the normal case) the map is the identity; otherwise the text is
 * normalised one base character (plus its combining marks) at a time, so each view character
 * maps back to the start of the original cluster it came from.
 */
export function textView(original: string): TextView {
  const nfc = original.normalize("NFC");
  if (nfc === original) {
    const last = original.length;
    return { text: original.replace(BLANKS, " "), toOriginal: (i) => Math.max(0, Math.min(i, last)) };
  }
  let out = "";
  const starts: number[] = [];
  let i = 0;
  while (i < original.length) {
    const begin = i;
    const cp = original.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    while (i < original.length && COMBINING.test(original[i] ?? "")) i++;
    const chunk = original.slice(begin, i).normalize("NFC");
    for (let k = 0; k < chunk.length; k++) starts.push(begin);
    out += chunk;
  }
  starts.push(original.length);
  return {
    text: out.replace(BLANKS, " "),
    toOriginal: (v) => {
      if (v <= 0) return 0;
      if (v >= starts.length - 1) return original.length;
      // The start of the original cluster that view offset v begins: right for starts, and for
      // (exclusive) ends it is where the previous cluster stopped.
      return starts[v] ?? original.length;
    },
  };
}
