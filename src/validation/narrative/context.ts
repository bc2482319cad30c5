import type { RawFinding } from "./finding.js";
import type { Figure, Token, Tokenized } from "./tokens.js";

/** What every narrative rule reads and writes. */
export interface RuleContext {
  /** The text view. */
  readonly s: string;
  readonly tokens: readonly Token[];
  readonly at: Tokenized["at"];
  /** Findings so far (rules append). */
  readonly out: RawFinding[];
  /** Indices of percentage tokens already paired with a fraction or a part. */
  readonly usedPercents: Set<number>;
}

/** The text of a figure as written (emphasis marks removed). */
export function written(ctx: RuleContext, fig: Pick<Figure, "start" | "end">): string {
  return ctx.s.slice(fig.start, fig.end).replace(/\s+/g, " ").trim();
}
