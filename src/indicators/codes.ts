import type { Level } from "../schema/level.js";

/**
 * Small integer codes of the compiled catalog's packed tables (internal: not exported from the
 * package). Aggregation codes drive rollup's hot loops; figure codes the first-door value check.
 */

/** Aggregation codes, as small integers for the hot loops of rollup. */
export const AGG_SUM = 0;
export const AGG_NONE = 1;
export const AGG_MIN = 2;
export const AGG_MAX = 3;
export const AGG_COUNT_TRUE = 4;

/** Figure codes of `CompiledCatalog.figureCode`. */
export const FIG_COUNT = 1;
export const FIG_BOOLEAN = 2;
export const FIG_COUNT_TRUE = 3;
export const FIG_RATIO = 4;
export const FIG_KIND_MASK = 7;
export const FIG_AT: Readonly<Record<Level, number>> = { xa: 8, tinh: 16, bo: 32 };

