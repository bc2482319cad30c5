/**
 * A score and its components: "đạt 92,62 điểm … (1) … đạt 18/18 điểm; (2) … đạt 18/22 điểm; …".
 * The components' sum must meet the score (XBRL intervals: 18,6 stands for [18,55; 18,65]) and
 * no component may exceed its maximum.
 */
import { intervalsMeet, statedInterval, sumIntervals } from "../../interval.js";
import { type RuleContext, tokenIndex, writeLike, written } from "../context.js";
import type { Token } from "../tokens.js";

const REACHED = /(?:^|[^\p{L}])đạt[ ]+$/iu;
/** How far after the score its components may be listed. */
const REACH = 800;

/** "điểm" units that are no score: percentage points, bridge points, service points… */
const NOT_SCORE = /^điểm (?:phần|cầu|giao|du|đến|bưu)/u;

/** Whether a unit phrase is a score ("điểm", "điểm,") and not "điểm phần trăm" or "điểm cầu". */
export function isScoreUnit(unit: string): boolean {
  return unit === "điểm" || (unit.startsWith("điểm ") && !NOT_SCORE.test(unit));
}

/** The rule. */
export function checkScores(ctx: RuleContext): void {
  const { s, tokens } = ctx;
  // Fractions and numbers only.
  for (const i of tokenIndex(ctx).figures) {
    const t = tokens[i] as Token;
    if (t.kind === "fraction" && isScoreUnit(t.unit) && t.part.value > t.whole.value) {
      ctx.out.push({
        code: "score_exceeds_max",
        start: t.start,
        end: t.end,
        params: { score: written(ctx, t.part), max: written(ctx, t.whole) },
        expected: t.whole.value,
        actual: t.part.value,
      });
    }
    if (t.kind !== "number" || !isScoreUnit(t.unit) || !REACHED.test(s.slice(Math.max(0, t.start - 12), t.start))) continue;
    const parts: Extract<Token, { kind: "fraction" }>[] = [];
    for (let k = i + 1; k < tokens.length; k++) {
      const c = tokens[k] as Token;
      if (ctx.paragraph[k] !== ctx.paragraph[i] || c.start - t.end > REACH) break;
      if (c.kind === "number" && isScoreUnit(c.unit)) break;
      if (c.kind === "fraction" && isScoreUnit(c.unit)) parts.push(c);
    }
    if (parts.length < 2) continue;
    // Writers drop trailing zeros ("18" beside "20,02" means 18,00): read every component at the
    // finest precision written in the list.
    const decimals = Math.max(t.fig.decimals, ...parts.map((p) => p.part.decimals));
    const sum = sumIntervals(parts.map((p) => statedInterval({ value: p.part.value, decimals })));
    const sumValue = parts.reduce((acc, p) => acc + p.part.value, 0);
    const total = statedInterval({ value: t.fig.value, decimals: t.fig.decimals, ...(t.qualifier ? { qualifier: t.qualifier } : {}) });
    const params = {
      total: written(ctx, t.fig),
      sum: writeLike(ctx, t.fig, sumValue),
      components: parts.map((p) => written(ctx, p.part)),
    };
    const last = parts[parts.length - 1]!;
    const base = { start: t.from, end: last.end, params, expected: sumValue, actual: t.fig.value };
    ctx.out.push({ code: intervalsMeet(total, sum) ? "score_consistent" : "score_total_mismatch", ...base });
  }
}
