// Its own module so that code writing reports (rollup, composition) does not load the zod schemas.

/**
 * The version of the report shape this SDK writes and reads. Version 1 (sections 1–8 in the
 * outline's fixed skeleton) is read through {@link migrateReport}.
 *
 * @category Schema
 * @example
 * ```ts
 * REPORT_SCHEMA_VERSION; // 2
 * ```
 */
export const REPORT_SCHEMA_VERSION = 2;
