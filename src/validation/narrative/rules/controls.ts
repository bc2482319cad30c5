/**
 * Invisible characters inside figures: a zero-width space in "99,\u200b8%", a right-to-left
 * override that makes the stored "%8,99" display as "99,8%". The view already reads the figure
 * as displayed (see text-view.ts); this rule says that what is stored is not what is shown, so
 * a reader of the file and a reader of the page do not see the same number.
 */
import type { HiddenControl } from "../text-view.js";

/** Characters that belong to a figure as written. */
const FIGURE_CHAR = /[\d.,%]/;

/** A finding on the original text (offsets into the caller's text). */
export interface ControlFinding {
  readonly start: number;
  readonly end: number;
  readonly params: { readonly shown: string; readonly chars: string };
}

/** A short figure as displayed: controls removed, text after an override reversed. */
function displayed(figure: string): string {
  return figure
    .split("\u202e")
    .map((seg, i) => {
      if (i === 0) return seg;
      const stop = seg.search(/[\u202c\u2069]/u);
      const inside = stop < 0 ? seg : seg.slice(0, stop);
      return [...inside].reverse().join("") + (stop < 0 ? "" : seg.slice(stop));
    })
    .join("")
    .replace(/[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu, "");
}

const name = (c: string): string => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * Groups the controls of a text into runs and keeps those touching a figure (a digit, or "%",
 * "," or "." next to one, on either side, controls skipped) or reordering one (an override).
 * `shown` is the figure as displayed.
 */
export function controlFindings(original: string, controls: readonly HiddenControl[]): ControlFinding[] {
  const out: ControlFinding[] = [];
  let k = 0;
  while (k < controls.length) {
    let first = controls[k]!;
    let j = k;
    // A run: controls and figure characters in between ("\u202E%8,99\u202C").
    let end = first.at + first.char.length;
    const chars = new Set<string>([name(first.char)]);
    for (;;) {
      while (end < original.length && FIGURE_CHAR.test(original[end] ?? "")) end++;
      const next = controls[j + 1];
      if (next === undefined || next.at !== end) break;
      j++;
      chars.add(name(next.char));
      end = next.at + next.char.length;
    }
    // A sentence's full stop or comma after the figure is not part of it.
    while (end > first.at + first.char.length && /[.,]/.test(original[end - 1] ?? "") && !/\d/.test(original[end] ?? "")) end--;
    let start = first.at;
    while (start > 0 && FIGURE_CHAR.test(original[start - 1] ?? "")) start--;
    const figure = original.slice(start, end);
    if (/\d/.test(figure)) {
      out.push({ start, end, params: { shown: displayed(figure), chars: [...chars].join(", ") } });
    }
    first = controls[j + 1]!;
    k = j + 1;
  }
  return out;
}
