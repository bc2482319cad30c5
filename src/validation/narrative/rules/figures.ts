/**
 * Figures on their own: a number grouped in no known way ("3.002648" — probably 3.002.648) and a
 * date that does not exist ("31/02/2026", "04/22/2025" written month first).
 */
import { formatViNumber } from "../../../format/number.js";
import { type RuleContext, written } from "../context.js";
import type { Figure, Token } from "../tokens.js";

function malformed(ctx: RuleContext, fig: Figure): void {
  if (!fig.malformed) return;
  // "tháng 9.2012": a month and its year joined by a dot, a date, not a grouping slip.
  if (/tháng +(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d$/iu.test(ctx.s.slice(fig.start - 8, fig.start + fig.raw.length))) return;
  ctx.out.push({
    code: "malformed_number",
    start: fig.start,
    end: fig.start + fig.raw.length,
    params: { raw: fig.raw, suggestion: formatViNumber(fig.value) },
  });
}

/** The rule. */
export function checkFigures(ctx: RuleContext): void {
  for (const t of ctx.tokens as readonly Token[]) {
    // A figure after a label word names something ("tháng 11.2019", "khoản 2.3"): no count's grouping.
    if ((t.kind === "number" && !t.label) || t.kind === "percent") malformed(ctx, t.fig);
    else if (t.kind === "fraction") {
      malformed(ctx, t.part);
      malformed(ctx, t.whole);
    } else if (t.kind === "date") {
      const date = written(ctx, t);
      // Fields set one by one, in the order they are read (date, month, day, year, reason): a
      // conditional spread goes through V8's slow path, and every date of a report comes here.
      const params: Record<string, unknown> = { date, month: t.month };
      if (t.day !== undefined) params.day = t.day;
      if (t.year !== undefined) params.year = t.year;
      params.reason = t.month < 1 || t.month > 12 ? "month" : "day";
      ctx.out.push({ code: t.valid ? "date_valid" : "impossible_date", start: t.start, end: t.end, params });
    }
  }
}
