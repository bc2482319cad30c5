import type { Locale } from "../../schema/problem.js";
import type { Report } from "../../schema/report.js";
import { rollupProblem, type RollupProblem } from "../messages.js";

/** When a figure holds and what it covers, when that differs from the report's. */
type FigureFact = NonNullable<Report["facts"]>[string];

/**
 * What becomes of the children's richer facts in the parent (what a standing office does by hand
 * when it consolidates):
 *
 * - **As-of dates and scopes** (`facts`): a summed figure holds on the date its parts hold. When
 *   every child whose figure counted gives the same date and scope, the parent's figure carries
 *   them; when they differ (one province "đến ngày 07/7", the others at the cut-off), the sum mixes
 *   dates, so the parent carries none and says which units hold on which date
 *   (`child_facts_mixed`).
 * - **Statements** (the places a child's document writes a figure): they point into the child's
 *   document, not the parent's, so they are not carried; a child whose statements disagree with
 *   the value that was added up is named (`child_statements_differ`: the rollup used `values`).
 * - **Stated changes** ("tăng 12% so với cùng kỳ"): a change of each child's own figure; changes
 *   are not added up (12% here and 5% there say nothing of the sum). The parent's change is
 *   computed from its comparison figures, which are rolled up like the figures themselves.
 * Statements and changes left behind are counted in one `child_facts_not_carried` note, so
 * nothing is dropped without a word.
 */
export function rollupChildFacts(
  children: readonly Report[],
  counted: (c: number, id: string) => boolean,
  parentValues: Readonly<Record<string, number | boolean>>,
  issues: RollupProblem[],
  locale: Locale,
): Record<string, FigureFact> | undefined {
  let statements = 0;
  let changes = 0;
  const units: string[] = [];
  let anyFacts = false;
  for (let c = 0; c < children.length; c++) {
    const child = children[c]!;
    let left = 0;
    for (const id in child.statements ?? {}) {
      const list = child.statements![id]!;
      left += list.length;
      const value = child.values[id];
      if (typeof value !== "number" || !counted(c, id)) continue;
      const date = child.facts?.[id]?.asOf;
      // Statements of another date are another quantity; the others must hold the value added up.
      const differ = list.filter((s) => (s.asOf === undefined || s.asOf === date) && Math.abs(s.value - value) > 0.5 * 10 ** -s.decimals + 1e-9);
      if (differ.length > 0) {
        issues.push(
          rollupProblem(
            "child_statements_differ",
            "warning",
            ["children", child.unit.code, "statements", id],
            { unit: child.unit.code, unitName: child.unit.name, id, value, stated: differ.map((s) => s.value), texts: differ.map((s) => s.text ?? "") },
            locale,
          ),
        );
      }
    }
    statements += left;
    let stated = 0;
    for (const id in child.changes ?? {}) stated += child.changes![id]!.length;
    changes += stated;
    if (left + stated > 0) units.push(child.unit.code);
    if (child.facts !== undefined) anyFacts = true;
  }
  if (statements + changes > 0) {
    issues.push(rollupProblem("child_facts_not_carried", "info", ["children"], { statements, changes, units }, locale));
  }
  if (!anyFacts) return undefined;

  const out: Record<string, FigureFact> = {};
  for (const id in parentValues) {
    const groups = new Map<string, { asOf?: string; scope?: string; units: string[] }>();
    let dated = false;
    for (let c = 0; c < children.length; c++) {
      if (!counted(c, id)) continue;
      const child = children[c]!;
      const f = child.facts?.[id];
      if (f?.asOf !== undefined || f?.scope !== undefined) dated = true;
      const key = `${f?.asOf ?? ""}|${f?.scope ?? ""}`;
      const g = groups.get(key);
      if (g) g.units.push(child.unit.code);
      else groups.set(key, { ...(f?.asOf === undefined ? {} : { asOf: f.asOf }), ...(f?.scope === undefined ? {} : { scope: f.scope }), units: [child.unit.code] });
    }
    if (!dated) continue;
    if (groups.size === 1) {
      const { units: _units, ...fact } = [...groups.values()][0]!;
      out[id] = fact;
      continue;
    }
    issues.push(
      rollupProblem(
        "child_facts_mixed",
        "warning",
        ["values", id],
        { id, groups: [...groups.values()].map((g) => ({ asOf: g.asOf ?? "", scope: g.scope ?? "", units: g.units })) },
        locale,
      ),
    );
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
