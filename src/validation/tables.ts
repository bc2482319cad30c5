import { compileCatalog, type CompiledCatalog } from "../indicators/compile.js";
import type { Catalog } from "../indicators/types.js";

/**
 * Validation reads the catalog through {@link compileCatalog}, the one table builder that rollup,
 * evaluation and render use too; this module keeps the names validation exported before.
 */

export { agencyNames, leadAgencies, type ExpectedFigure, type PartWhole } from "../indicators/compile.js";

/**
 * The tables handed to every rule in `RuleContext`: the compiled catalog.
 *
 * @category Validation
 * @example
 * ```ts
 * const t: ValidationTables = validationTables(indicatorCatalog);
 * t.elements.get("hs.tiep_nhan")?.label; // "Số hồ sơ tiếp nhận…"
 * ```
 */
export type ValidationTables = CompiledCatalog;

/**
 * The look-up tables of a catalog: `compileCatalog(catalog)`, computed on first use and cached
 * per catalog object.
 *
 * @category Validation
 * @summary The compiled catalog, as rules read it.
 * @example
 * ```ts
 * validationTables(indicatorCatalog) === validationTables(indicatorCatalog); // true (cached)
 * ```
 */
export function validationTables(catalog: Catalog): ValidationTables {
  return compileCatalog(catalog);
}
