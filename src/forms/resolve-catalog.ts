import { indicatorCatalog } from "../indicators/catalog.js";
import { compileCatalog, type CompiledCatalog } from "../indicators/compile.js";
import type { Catalog } from "../indicators/types.js";

/**
 * A catalog as the form functions accept it: the default, an extension (`extendCatalog`,
 * `defineCatalog`) or one already compiled (`compileCatalog`). Internal.
 */
export function resolveCatalog(catalog: Catalog | CompiledCatalog | undefined): CompiledCatalog {
  if (catalog === undefined) return compileCatalog(indicatorCatalog);
  return "figureCode" in catalog && "byPosition" in catalog ? catalog : compileCatalog(catalog);
}
