import type { Report } from "../../schema/report.js";

/**
 * A partial rollup: the children received so far, as plain data. Partials combine
 * associatively and commutatively (they are multisets of reports); {@link finishRollup} reads
 * them in a canonical order (by unit code, one report per unit), so a province can roll up as
 * reports arrive, or shard the work across workers, and get the same figures as a one-shot
 * {@link rollup}.
 *
 * @category Rollup
 * @example
 * ```ts
 * let partial = emptyRollup();
 * partial = addToRollup(partial, reportA, reportB);
 * partial = mergeRollups(partial, addToRollup(emptyRollup(), reportC));
 * const result = finishRollup(partial, { unit, period: "202605" });
 * ```
 */
export interface RollupPartial {
  readonly children: readonly Report[];
}

/**
 * The partial rollup with no child yet.
 *
 * @category Rollup
 * @example
 * ```ts
 * emptyRollup().children.length; // 0
 * ```
 */
export function emptyRollup(): RollupPartial {
  return { children: [] };
}

/**
 * Adds reports to a partial rollup, returning a new partial (the given one is not changed).
 *
 * @category Rollup
 * @example
 * ```ts
 * const p = addToRollup(emptyRollup(), dongCuu, giangSon);
 * p.children.length; // 2
 * ```
 */
export function addToRollup(partial: RollupPartial, ...children: readonly Report[]): RollupPartial {
  return { children: [...partial.children, ...children] };
}

/**
 * Combines partial rollups (associative and commutative up to {@link finishRollup}).
 *
 * @category Rollup
 * @example
 * ```ts
 * const all = mergeRollups(fromWorker1, fromWorker2, fromWorker3);
 * ```
 */
export function mergeRollups(...partials: readonly RollupPartial[]): RollupPartial {
  const children: Report[] = [];
  for (const p of partials) for (const c of p.children) children.push(c);
  return { children };
}
