import type { Locale } from "../../schema/problem.js";
import { type CompiledCatalog } from "../../indicators/compile.js";
import { rollupProblem, type RollupProblem } from "../messages.js";
import type { ChildFigures } from "./child-figures.js";

/**
 * Part–whole relations of the catalog, settled per child inside the aggregation (see
 * {@link aggregateChildren}): a part above its whole is left out; a part whose whole the child
 * gave but that was left out is left out too; a breakdown missing exactly one part is completed
 * (total − the others, `imputed`); a breakdown that does not add up has its parts left out. Each
 * is reported with the child and the figures.
 */

const MAX = Number.MAX_SAFE_INTEGER;

/** Per-aggregation scratch shared by the relation settling of every child. */
export interface Settle {
  /** One child's `sum` figures, by position: `stamp[pos] === gen` marks the ones it counts. */
  readonly cur: Float64Array;
  readonly stamp: Int32Array;
  /** `given[pos] === gen`: the child gave a valid `sum` figure there (even if it was left out). */
  readonly given: Int32Array;
  /** The parent's running totals, children counted and overflow marks (`sum` positions). */
  readonly total: Float64Array;
  readonly contributed: Int32Array;
  readonly overflow: Uint8Array;
  /** pos → child → deduced value, or `null` when left out. */
  readonly adjust: Map<number, Map<number, number | null>>;
  /** Per breakdown: the children whose total counts without complete, consistent parts. */
  readonly incomplete: string[][];
  /** Parts counted without their whole, as flat triples (child, part, whole). */
  readonly orphans: number[];
  readonly issues: RollupProblem[];
  readonly locale: Locale;
}

/** Marks child `c`'s figure at `pos` (counted) as left out of the parent, taking it back. */
function leave(pos: number, c: number, s: Settle): void {
  s.stamp[pos] = 0;
  s.total[pos]! -= s.cur[pos]!;
  s.contributed[pos]! -= 1;
  let m = s.adjust.get(pos);
  if (!m) s.adjust.set(pos, (m = new Map()));
  m.set(c, null);
}

function withoutWhole(child: ChildFigures, part: number, whole: number, value: number, wholeGiven: boolean, tables: CompiledCatalog, s: Settle): void {
  const id = tables.byPosition[part]!.id;
  s.issues.push(
    rollupProblem(
      "child_part_without_whole",
      "warning",
      ["children", child.unit, "values", id],
      { unit: child.unit, unitName: child.unitName, id, whole: tables.byPosition[whole]!.id, value, wholeGiven },
      s.locale,
    ),
  );
}

/**
 * Parts against their whole, wholes first: a part above its whole is left out (a slip in the
 * child's report), and so is a part whose whole the child gave but that was left out. A part
 * whose whole the child does not give is recorded as an orphan: whether it counts is decided once
 * every child is read (see {@link aggregateChildren}). `again` is the pass after the breakdowns,
 * which only records the orphans among the parts they deduced.
 */
function settleParts(child: ChildFigures, c: number, gen: number, tables: CompiledCatalog, s: Settle, again: boolean): void {
  const { cur, stamp, given } = s;
  const pairs = tables.partOf;
  for (let k = 0; k < pairs.length; k += 2) {
    const part = pairs[k]!;
    if (stamp[part] !== gen) continue;
    const whole = pairs[k + 1]!;
    if (stamp[whole] !== gen) {
      if (given[whole] === gen) {
        leave(part, c, s);
        withoutWhole(child, part, whole, cur[part]!, true, tables, s);
      } else if (!again || given[part] !== gen) s.orphans.push(c, part, whole);
      continue;
    }
    if (cur[part]! <= cur[whole]!) continue;
    leave(part, c, s);
    s.issues.push(
      rollupProblem(
        "child_part_exceeds_whole",
        "warning",
        ["children", child.unit, "values", tables.byPosition[part]!.id],
        { unit: child.unit, unitName: child.unitName, id: tables.byPosition[part]!.id, whole: tables.byPosition[whole]!.id, value: cur[part], wholeValue: cur[whole] },
        s.locale,
      ),
    );
  }
}

/**
 * Settles one child's `sum` figures against the catalog's relations: parts the first pass
 * decided to drop (counted without their whole while the parent has it) are left out; parts
 * above their whole are left out; a breakdown missing one part the child did not give gets it
 * deduced; a breakdown that does not add up has its parts left out.
 */
export function settleRelations(
  child: ChildFigures,
  c: number,
  gen: number,
  tables: CompiledCatalog,
  s: Settle,
  dropped: readonly number[] | undefined,
): void {
  const { byPosition: elements, sumBreakdowns: breakdowns } = tables;
  const { cur, stamp, given, total, contributed, overflow, adjust, incomplete, issues, locale } = s;
  if (dropped !== undefined) {
    for (const part of dropped) {
      if (stamp[part] !== gen) continue;
      leave(part, c, s);
      withoutWhole(child, part, tables.wholeOf[part]!, cur[part]!, false, tables, s);
    }
  }
  settleParts(child, c, gen, tables, s, false);
  let again = false;
  for (let i = 0; i < breakdowns.length; i++) {
    const b = breakdowns[i]!;
    const hasTotal = stamp[b.total] === gen;
    let sum = 0;
    let missing = -1;
    let missingCount = 0;
    let wrong = 0; // parts the child gave that a relation left out (e.g. above their whole)
    let wrongSum = 0;
    for (const p of b.parts) {
      if (stamp[p] === gen) sum += cur[p]!;
      else if (given[p] === gen) {
        wrong++;
        wrongSum += cur[p]!;
      } else {
        missing = p;
        missingCount++;
      }
    }
    if (missingCount + wrong === b.parts.length) {
      if (hasTotal) incomplete[i]!.push(child.unit);
      continue;
    }
    const t = cur[b.total]!;
    if (hasTotal && missingCount === 0 && wrong === 0 && sum === t) continue;
    const who = { unit: child.unit, unitName: child.unitName };
    const ids = b.parts.map((p) => elements[p]!.id);
    if (!hasTotal) {
      for (const p of b.parts) if (stamp[p] === gen) leave(p, c, s);
      again = true;
      issues.push(
        rollupProblem(
          "breakdown_without_total",
          "warning",
          ["children", child.unit, "values", elements[b.total]!.id],
          { ...who, id: b.def.id, total: elements[b.total]!.id, parts: ids, totalGiven: given[b.total] === gen },
          locale,
        ),
      );
      continue;
    }
    // A part is deduced only when the child did not give it (a given part that was left out makes
    // the breakdown inconsistent, not incomplete) and the first pass did not drop it.
    if (missingCount === 1 && wrong === 0 && t - sum >= 0 && !(dropped !== undefined && dropped.includes(missing))) {
      const deduced = t - sum;
      cur[missing] = deduced;
      stamp[missing] = gen;
      const added = total[missing]! + deduced;
      total[missing] = added;
      if (added > MAX) overflow[missing] = 1;
      contributed[missing]! += 1;
      again = true;
      let m = adjust.get(missing);
      if (!m) adjust.set(missing, (m = new Map()));
      m.set(c, deduced);
      issues.push(
        rollupProblem(
          "breakdown_part_deduced",
          "info",
          ["children", child.unit, "values", elements[missing]!.id],
          { ...who, id: elements[missing]!.id, value: deduced, total: elements[b.total]!.id, totalValue: t, others: sum },
          locale,
        ),
      );
      continue;
    }
    incomplete[i]!.push(child.unit);
    if (wrong === 0 && missingCount > 0 && sum <= t) continue;
    // Parts that do not add up to the total (or already exceed it): a slip in the child's report.
    for (const p of b.parts) if (stamp[p] === gen) leave(p, c, s);
    again = true;
    issues.push(
      rollupProblem(
        "breakdown_inconsistent",
        "warning",
        ["children", child.unit, "values", elements[b.total]!.id],
        { ...who, id: b.def.id, label: b.def.label, total: elements[b.total]!.id, totalValue: t, sum: sum + wrongSum, parts: ids },
        locale,
      ),
    );
  }
  // Parts of what the breakdowns left out or deduced.
  if (again) settleParts(child, c, gen, tables, s, true);
}
