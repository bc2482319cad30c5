import { AGG_COUNT_TRUE, AGG_MAX, AGG_MIN, AGG_SUM } from "../indicators/codes.js";
import type { FIGURE_FLAGS } from "../schema/report.js";

/**
 * The one place where figures are combined by their element's aggregation type and where
 * quality flags are ranked. The rollup's hot loop (consolidate/aggregate.ts) inlines the same steps on typed
 * arrays; comparisons and the crosswalk call these.
 */

/**
 * A figure's quality flag (SDMX observation status): `estimated` (e.g. split through a
 * crosswalk), `provisional`, `imputed` (deduced from a breakdown).
 *
 * @category Rollup
 * @example
 * ```ts
 * const f: FigureFlag = result.report.flags["hs.tiep_nhan"] ?? "provisional";
 * ```
 */
export type FigureFlag = (typeof FIGURE_FLAGS)[number];

/** Flag ranks: the most severe flag of the contributors wins (estimated > imputed > provisional). */
export const FLAG_RANK: Readonly<Record<string, number>> = { provisional: 1, imputed: 2, estimated: 3 };

/** The flag of a rank (0: none). */
export const RANK_FLAG: readonly (FigureFlag | undefined)[] = [undefined, "provisional", "imputed", "estimated"];

/** The rank of a flag (0 for none or an unknown one). */
export function flagRank(flag: string | undefined): number {
  return flag === undefined ? 0 : (FLAG_RANK[flag] ?? 0);
}

/**
 * Adds one value `x` to `acc` by aggregation code: `sum` and `countTrue` add, `min`/`max` keep the
 * extreme (`first`: `acc` holds nothing yet). `none` is never combined: `acc` is returned.
 */
export function combine(agg: number, acc: number, x: number, first: boolean): number {
  if (agg === AGG_SUM || agg === AGG_COUNT_TRUE) return acc + x;
  if (agg === AGG_MIN) return first || x < acc ? x : acc;
  if (agg === AGG_MAX) return first || x > acc ? x : acc;
  return acc;
}
