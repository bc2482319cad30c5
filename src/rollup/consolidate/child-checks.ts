import type { Locale } from "../../schema/problem.js";
import { AGG_NONE } from "../../indicators/codes.js";
import { type CompiledCatalog } from "../../indicators/compile.js";
import { rollupProblem, type RollupProblem } from "../messages.js";
import type { ChildFigures } from "./child-figures.js";

/** Per-child checks of the aggregation: a value of the wrong kind, a stated figure without its counts, and indicators over unequal coverage. */


export function invalid(unit: string, unitName: string, id: string, value: unknown, expected: string, locale: Locale): RollupProblem {
  return rollupProblem(
    "invalid_child_value",
    "error",
    ["children", unit, "values", id],
    { unit, unitName, id, value, expected },
    locale,
  );
}

/**
 * A child that states a figure it gives no count for is not added in: a rate without its
 * numerator and denominator, or an approximate figure ("hơn 1200") without the exact count.
 */
export function checkStated(child: ChildFigures, gen: number, present: Int32Array, tables: CompiledCatalog, issues: RollupProblem[], locale: Locale): void {
  const vals = child.values;
  // Whether the child gives `id` (the main loop marked the catalog's elements it gives).
  const gives = (id: string) => {
    const pos = tables.position[id];
    return pos === undefined ? vals[id] !== undefined : present[pos] === gen;
  };
  for (const id in child.stated) {
    const s = child.stated[id]!;
    const ind = tables.indicators.get(id);
    if (ind !== undefined) {
      const missing: string[] = [];
      if (!gives(ind.numerator)) missing.push(ind.numerator);
      if (!gives(ind.denominator)) missing.push(ind.denominator);
      if (missing.length > 0) {
        issues.push(
          rollupProblem(
            "stated_without_counts",
            "warning",
            ["children", child.unit, "stated", id],
            { unit: child.unit, unitName: child.unitName, id, value: s.value, text: s.text, missing },
            locale,
          ),
        );
      }
      continue;
    }
    const pos = tables.position[id];
    if (pos !== undefined && tables.agg[pos] !== AGG_NONE && present[pos] !== gen) {
      issues.push(
        rollupProblem(
          "stated_without_value",
          "warning",
          ["children", child.unit, "stated", id],
          { unit: child.unit, unitName: child.unitName, id, value: s.value, text: s.text },
          locale,
        ),
      );
    }
  }
}

/** An indicator whose numerator and denominator come from different numbers of children. */
export function mixedCoverage(tables: CompiledCatalog, contributed: Int32Array, issues: RollupProblem[], locale: Locale): void {
  for (const { def, num, den } of tables.ratios) {
    const cn = contributed[num]!;
    const cd = contributed[den]!;
    if (cn > 0 && cd > 0 && cn !== cd) {
      issues.push(
        rollupProblem(
          "indicator_mixed_coverage",
          "warning",
          ["values", def.numerator],
          { id: def.id, numerator: def.numerator, denominator: def.denominator, numeratorChildren: cn, denominatorChildren: cd },
          locale,
        ),
      );
    }
  }
}
