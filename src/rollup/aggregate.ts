import type { Locale, Problem } from "../schema/problem.js";
import type { StatedValue } from "../schema/report.js";
import { AGG_COUNT_TRUE, AGG_MAX, AGG_MIN, AGG_NONE, AGG_SUM, type CatalogTables } from "./catalog-tables.js";
import { rollupProblem } from "./messages.js";
import type { Contribution, CountTrue, Provenance } from "./types.js";

/**
 * The hot path of rollup: one pass over the children's figures, adding each figure by its
 * element's declared aggregation, with provenance, per-figure coverage and flags. Children
 * arrive already accepted, de-duplicated and sorted by unit code, so the output does not
 * depend on the order reports arrived in.
 */

/** A figure's quality flag (SDMX observation status). */
export type FigureFlag = "estimated" | "provisional" | "imputed";

/** One child's figures, as the aggregation reads them. */
export interface ChildFigures {
  readonly unit: string;
  readonly unitName: string;
  readonly values: Readonly<Record<string, number | boolean>>;
  readonly stated: Readonly<Record<string, StatedValue>>;
  readonly flags: Readonly<Record<string, FigureFlag>>;
}

/** What one aggregation produced. */
export interface Aggregated {
  readonly values: Record<string, number>;
  readonly stated: Record<string, StatedValue>;
  readonly flags: Record<string, FigureFlag>;
  readonly provenance: Provenance;
  /** Per element position: how many children gave a valid value. */
  readonly contributed: Int32Array;
  readonly perFigure: Record<string, { readonly contributed: number; readonly reported: number }>;
  readonly countTrue: Record<string, CountTrue>;
  readonly issues: Problem[];
}

// Flag ranks: the most severe flag of the contributors wins (estimated > imputed > provisional).
const FLAG_RANK: Readonly<Record<string, number>> = { provisional: 1, imputed: 2, estimated: 3 };
const RANK_FLAG: readonly (FigureFlag | undefined)[] = [undefined, "provisional", "imputed", "estimated"];

const MAX = Number.MAX_SAFE_INTEGER;

/**
 * Aggregates the children's figures. `tables` come from {@link catalogTables}; `children` must
 * be sorted by unit code (provenance lists follow that order).
 */
export function aggregateChildren(children: readonly ChildFigures[], tables: CatalogTables, locale: Locale): Aggregated {
  // Module bindings may compile to getters (ESM interop): read them once into locals.
  const SUM = AGG_SUM;
  const NONE = AGG_NONE;
  const MIN = AGG_MIN;
  const MAX_ = AGG_MAX;
  const COUNT_TRUE = AGG_COUNT_TRUE;
  const { position, agg, elements } = tables;
  const size = elements.length;
  const total = new Float64Array(size);
  const extreme = new Float64Array(size); // min or max so far
  const of = new Float64Array(size); // countTrue: children that gave the fact (or their own `of`)
  const contributed = new Int32Array(size);
  const overflow = new Uint8Array(size);
  const flagRank = new Uint8Array(size);
  const ofUnknown = new Map<number, string[]>();
  const unknown = new Map<string, string[]>();
  const issues: Problem[] = [];

  for (let c = 0; c < children.length; c++) {
    const child = children[c]!;
    const unit = child.unit;
    const unitName = child.unitName;
    const vals = child.values;
    const flags = child.flags;
    let hasFlags = false;
    for (const _ in flags) {
      hasFlags = true;
      break;
    }
    for (const id in vals) {
      const pos = position[id];
      if (pos === undefined) {
        const units = unknown.get(id);
        if (units) units.push(unit);
        else unknown.set(id, [unit]);
        continue;
      }
      const a = agg[pos]!;
      if (a === NONE) continue;
      const v = vals[id]!;
      let add: number;
      if (a === COUNT_TRUE) {
        if (typeof v === "boolean") {
          add = v ? 1 : 0;
          of[pos]! += 1;
        } else if (typeof v === "number" && Number.isSafeInteger(v) && v >= 0) {
          // A child that is itself a rollup gives a count, with the number it is out of as `max`.
          add = v;
          const max = child.stated[id]?.max;
          if (max !== undefined && Number.isSafeInteger(max) && max >= v) of[pos]! += max;
          else {
            of[pos]! += v;
            const us = ofUnknown.get(pos);
            if (us) us.push(unit);
            else ofUnknown.set(pos, [unit]);
          }
        } else {
          issues.push(invalid(unit, unitName, id, v, "boolean", locale));
          continue;
        }
      } else {
        if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) {
          issues.push(invalid(unit, unitName, id, v, "integer", locale));
          continue;
        }
        add = v;
      }
      const n = contributed[pos]!;
      if (a === SUM || a === COUNT_TRUE) {
        const s = total[pos]! + add;
        total[pos] = s;
        // Each addend is safe, so the first sum past the limit is still > MAX in floating point.
        if (s > MAX) overflow[pos] = 1;
      } else if (a === MIN) {
        if (n === 0 || add < extreme[pos]!) extreme[pos] = add;
      } else if (a === MAX_) {
        if (n === 0 || add > extreme[pos]!) extreme[pos] = add;
      }
      contributed[pos] = n + 1;
      if (hasFlags) {
        const f = flags[id];
        if (f !== undefined) {
          const r = FLAG_RANK[f] ?? 0;
          if (r > flagRank[pos]!) flagRank[pos] = r;
        }
      }
    }
    checkStated(child, tables, issues, locale);
  }

  const values: Record<string, number> = {};
  const stated: Record<string, StatedValue> = {};
  const outFlags: Record<string, FigureFlag> = {};
  const provenance = lazyProvenance(children, tables, contributed);
  const perFigure: Record<string, { contributed: number; reported: number }> = {};
  const countTrue: Record<string, CountTrue> = {};
  const reported = children.length;
  for (let pos = 0; pos < size; pos++) {
    const n = contributed[pos]!;
    if (n === 0) continue;
    const id = elements[pos]!.id;
    const a = agg[pos]!;
    perFigure[id] = { contributed: n, reported };
    if (overflow[pos]) {
      issues.push(rollupProblem("sum_overflow", "error", ["values", id], { id, contributed: n }, locale));
      continue;
    }
    if (a === SUM) values[id] = total[pos]!;
    else if (a === MIN || a === MAX_) values[id] = extreme[pos]!;
    else {
      const count = total[pos]!;
      const units = ofUnknown.get(pos);
      const complete = units === undefined;
      values[id] = count;
      countTrue[id] = { count, of: of[pos]!, complete };
      if (complete && of[pos]! > 0) stated[id] = { value: count, decimals: 0, max: of[pos]! };
      if (units) issues.push(rollupProblem("count_true_of_unknown", "warning", ["values", id], { id, units }, locale));
    }
    const f = RANK_FLAG[flagRank[pos]!];
    if (f) outFlags[id] = f;
  }
  for (const [id, units] of unknown) {
    issues.push(rollupProblem("unknown_element", "warning", ["values", id], { id, count: units.length, units }, locale));
  }
  mixedCoverage(tables, contributed, issues, locale);
  // Copies with spread are fast-mode objects (keyed stores leave large ones in dictionary mode),
  // so a rollup of rollups (tỉnh → Bộ) iterates its children's figures as fast as parsed reports'.
  return { values: { ...values }, stated, flags: outFlags, provenance, contributed, perFigure, countTrue, issues };
}

/** Whether a child's value counts for an element of aggregation `a` (the hot loop's own test). */
export function validValue(a: number, v: number | boolean | undefined): v is number | boolean {
  if (v === undefined) return false;
  if (typeof v === "boolean") return a === AGG_COUNT_TRUE;
  return Number.isSafeInteger(v) && v >= 0;
}

/**
 * Provenance, materialised per figure on first read: which children gave which value, in
 * unit-code order. Building every list eagerly would allocate one object per child and figure
 * (a quarter of a million for the country) that most callers never read; reading a figure's
 * list builds it once from the children's (unchanged) figures and keeps it as a plain data
 * property. `JSON.stringify`, `structuredClone` and spreading see ordinary arrays.
 */
function lazyProvenance(children: readonly ChildFigures[], tables: CatalogTables, contributed: Int32Array): Provenance {
  const out: Record<string, readonly Contribution[]> = {};
  const { elements, agg } = tables;
  for (let pos = 0; pos < elements.length; pos++) {
    if (contributed[pos] === 0) continue;
    const id = elements[pos]!.id;
    const a = agg[pos]!;
    Object.defineProperty(out, id, {
      enumerable: true,
      configurable: true,
      get(): readonly Contribution[] {
        const list: Contribution[] = [];
        for (const child of children) {
          const v = child.values[id];
          if (!validValue(a, v)) continue;
          list.push(
            child.flags[id] === "estimated"
              ? { unit: child.unit, unitName: child.unitName, value: v, estimated: true }
              : { unit: child.unit, unitName: child.unitName, value: v },
          );
        }
        Object.defineProperty(out, id, { value: list, enumerable: true, configurable: false, writable: false });
        return list;
      },
    });
  }
  return out;
}

function invalid(unit: string, unitName: string, id: string, value: unknown, expected: string, locale: Locale): Problem {
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
function checkStated(child: ChildFigures, tables: CatalogTables, issues: Problem[], locale: Locale): void {
  const vals = child.values;
  for (const id in child.stated) {
    const s = child.stated[id]!;
    const ind = tables.indicators[id];
    if (ind !== undefined) {
      const missing: string[] = [];
      if (vals[ind.numerator] === undefined) missing.push(ind.numerator);
      if (vals[ind.denominator] === undefined) missing.push(ind.denominator);
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
    if (pos !== undefined && tables.agg[pos] !== AGG_NONE && vals[id] === undefined) {
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
function mixedCoverage(tables: CatalogTables, contributed: Int32Array, issues: Problem[], locale: Locale): void {
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
