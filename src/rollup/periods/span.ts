import { parsePeriod, periodId, type Period } from "../../schema/period.js";

/**
 * Periods as spans of calendar months, so that "inside", "overlaps" and "what is missing" are
 * questions about integer intervals. Months are numbered `year × 12 + month − 1`. Ad-hoc ranges
 * have no month span (their cut-off is their own), so they are never sub-periods.
 */

/** An inclusive span of months (`year × 12 + month − 1`). */
export interface MonthSpan {
  readonly from: number;
  readonly to: number;
}

/** The months a period covers; `undefined` for an ad-hoc range. */
export function monthSpan(p: Period): MonthSpan | undefined {
  const y = p.kind === "range" ? 0 : p.year * 12;
  switch (p.kind) {
    case "month":
      return { from: y + p.month - 1, to: y + p.month - 1 };
    case "quarter":
      return { from: y + p.quarter * 3 - 3, to: y + p.quarter * 3 - 1 };
    case "half":
      return p.half === 1 ? { from: y, to: y + 5 } : { from: y + 6, to: y + 11 };
    case "nine":
      return { from: y, to: y + 8 };
    case "year":
      return { from: y, to: y + 11 };
    case "range":
      return undefined;
  }
}

/** Spans by period id: a country's reports share a handful of ids, each parsed once. */
const spans = new Map<string, MonthSpan | null>();

/** The months of a period id; `undefined` when it does not parse or is an ad-hoc range. */
export function spanOfId(id: string): MonthSpan | undefined {
  let s = spans.get(id);
  if (s === undefined) {
    const p = parsePeriod(id);
    s = (p && monthSpan(p)) ?? null;
    if (spans.size > 10_000) spans.clear();
    spans.set(id, s);
  }
  return s ?? undefined;
}

/** Whether `inner` lies inside `outer` and is smaller than it. */
export function strictlyInside(inner: MonthSpan, outer: MonthSpan): boolean {
  return inner.from >= outer.from && inner.to <= outer.to && inner.to - inner.from < outer.to - outer.from;
}

const monthId = (m: number) => periodId({ kind: "month", year: Math.floor(m / 12), month: (m % 12) + 1 });
const quarterId = (m: number) => periodId({ kind: "quarter", year: Math.floor(m / 12), quarter: (Math.floor((m % 12) / 3) + 1) as 1 | 2 | 3 | 4 });

/**
 * The sub-periods of `target` that no given span covers, in time order: as quarters when every
 * given sub-period is a quarter or longer (so a yearly rollup of quarters says "2026Q3" is
 * missing, not three months), else as months.
 */
export function missingSubPeriods(target: MonthSpan, given: readonly MonthSpan[], byQuarter: boolean): string[] {
  const covered = new Uint8Array(target.to - target.from + 1);
  for (const s of given) for (let m = s.from; m <= s.to; m++) covered[m - target.from] = 1;
  const out: string[] = [];
  const step = byQuarter ? 3 : 1;
  for (let m = target.from; m <= target.to; m += step) {
    if (covered[m - target.from] === 1) continue;
    out.push(byQuarter ? quarterId(m) : monthId(m));
  }
  return out;
}
