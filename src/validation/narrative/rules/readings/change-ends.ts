/**
 * A change followed by its two ends in a parenthesis (brief r8: real-sentences-7.json's held half,
 * read this round): "số vụ cháy giảm 20,6% (77/97 vụ)". Called by one-line hooks from
 * differences.ts (the two figures of the change) and ratios.ts (the fraction is no share); reads
 * the few characters between a change and the fraction token after it.
 */
import { isConsistent } from "../../../interval.js";
import type { RuleContext } from "../../context.js";
import type { Figure, FigureToken } from "../../tokens.js";

/** Right before a change in percent: its word ("giảm 20,6%", "tăng khoảng 12%"). */
const CHANGE_BEFORE = /(?:^|[^\p{L}])(tăng|giảm)[ ]*$/iu;

/**
 * "số vụ cháy giảm 20,6% (77/97 vụ)", "thiệt hại tài sản giảm 30,1% (7,2/10,3 tỷ đồng)": a
 * change in percent, then its two ends as a fraction in a parenthesis right after it, the later
 * over the earlier (above one after "tăng", below after "giảm"). The two ends as figure tokens
 * [earlier, later] when the fraction at `k` is such a pair, else undefined: the difference rule
 * judges the change against them, and the fraction rule does not read the fraction as the
 * percentage's share ("77/97 = 79,4%" against "20,6%"), nor as a part above its whole. Not a
 * fraction that gives the percentage as its share ("tỷ lệ tăng 80% (80/100 xã)": the change word
 * is loose), nor one after a change in counts ("tăng 5 tỉnh (40/63 tỉnh)" is the share reached).
 * Found on real-sentences-7.json's held half (brief r8).
 */
export function changeEnds(ctx: RuleContext, k: number): [FigureToken, FigureToken] | undefined {
  const { s, tokens } = ctx;
  const c = tokens[k - 1];
  const f = tokens[k];
  if (f?.kind !== "fraction" || c?.kind !== "percent" || !/^[ ]*\([ ]*$/u.test(s.slice(c.end, f.start))) return undefined;
  const word = CHANGE_BEFORE.exec(s.slice(Math.max(0, c.from - 8), c.from))?.[1];
  if (word === undefined || f.part.value > f.whole.value !== (word.toLowerCase() === "tăng") || isConsistent((f.part.value * 100) / f.whole.value, { value: c.fig.value, decimals: c.fig.decimals })) return undefined;
  const end = (fig: Figure): FigureToken => ({ kind: "number", start: fig.start, end: fig.end, from: fig.start, fig, qualifier: undefined, unit: "", label: false });
  return [end(f.whole), end(f.part)];
}
