/**
 * Marker scans confined to the stretches of a text near counts. Most of a report's prose holds no
 * count (73% of the bench's real text lies in sentences without one), and a rule whose findings
 * need a count within a few hundred units of its marker finds nothing in the rest; scanning the
 * whole text for the marker's anchor, and trying the marker at every hit, was most of such a
 * rule's time.
 */
import { anchoredMatches, type MarkerMatch } from "../context.js";

/**
 * Merged stretches `[a, b)` of `s`, as flat pairs, that hold every start in `starts` (flat pairs
 * `[from, to]`, in ascending order of `from`, `to` never decreasing), each widened on both sides
 * to the nearest unit for which `cut` holds (that unit kept) or to the text's end. A marker that
 * spans no such unit, found in a stretch, is found where a scan of the whole text finds it: it
 * lies whole in the stretch, the units around it are the text's own, and no match from outside
 * the stretch overlaps it. Each unit is read at most once.
 */
export function stretches(s: string, starts: readonly number[], cut: (c: number) => boolean): number[] {
  const out: number[] = [];
  // The first cut unit at or after `reached`, found when `to` passed it (`reached` ≤ it).
  let end = -1;
  for (let i = 0; i < starts.length; i += 2) {
    let a = starts[i] as number;
    const to = starts[i + 1] as number;
    if (to < a) continue;
    // Back no further than the last stretch's end (a cut unit ends it): `a` there merges with it.
    const floor = out.length > 0 ? (out[out.length - 1] as number) : 0;
    while (a > floor && !cut(s.charCodeAt(a))) a--;
    if (to > end) {
      end = to;
      while (end < s.length && !cut(s.charCodeAt(end))) end++;
    }
    const b = Math.min(s.length, end + 1);
    const n = out.length;
    if (n > 0 && a <= (out[n - 1] as number)) out[n - 1] = Math.max(out[n - 1] as number, b);
    else out.push(a, b);
  }
  return out;
}

/**
 * {@link anchoredMatches} over each stretch of {@link stretches} (a slice of the text, no copy),
 * the matches placed back in the text, in order.
 */
export function matchesIn(s: string, within: readonly number[], words: readonly string[], marker: RegExp, back: number, opens: string, starts?: readonly (readonly number[])[]): MarkerMatch[] {
  const out: MarkerMatch[] = [];
  for (let i = 0; i < within.length; i += 2) {
    const a = within[i] as number;
    for (const m of anchoredMatches(s.slice(a, within[i + 1]), words, marker, back, opens, starts)) out.push({ index: m.index + a, end: m.end + a });
  }
  return out;
}
