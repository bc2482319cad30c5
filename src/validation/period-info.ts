import { cutoffRange, parsePeriod, type DateRange, type Period } from "../schema/period.js";

/**
 * A report's period, parsed, with its cut-off range: what the time rules need, computed once
 * per period id. Computing a cut-off formats dates (date-fns), which costs more than all the
 * arithmetic rules together, and a province validates thousands of reports of one period; so
 * the results are remembered in a small bounded table (cleared when full, so arbitrary range
 * ids cannot make it grow without limit). The table is invisible: same input, same output.
 */

/** A period and its cut-off. */
export interface PeriodInfo {
  readonly period: Period;
  readonly cutoff: DateRange;
}

const MAX = 512;
const memo = new Map<string, PeriodInfo | null>();

/** The parsed period and its cut-off range, or `undefined` for an invalid id. */
export function periodInfo(id: string): PeriodInfo | undefined {
  const hit = memo.get(id);
  if (hit !== undefined) return hit ?? undefined;
  const period = parsePeriod(id);
  const info = period === undefined ? null : { period, cutoff: cutoffRange(period) };
  if (memo.size >= MAX) memo.clear();
  memo.set(id, info);
  return info ?? undefined;
}
