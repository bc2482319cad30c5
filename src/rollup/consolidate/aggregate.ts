import type { Locale } from "../../schema/problem.js";
import type { StatedValue } from "../../schema/report.js";
import { AGG_COUNT_TRUE, AGG_MAX, AGG_MIN, AGG_NONE, AGG_SUM } from "../../indicators/codes.js";
import { type CompiledCatalog } from "../../indicators/compile.js";
import { FLAG_RANK, RANK_FLAG, type FigureFlag } from "../combine.js";
import { rollupProblem, type RollupProblem } from "../messages.js";
import type { CountTrue, Provenance } from "../types.js";
import type { ChildFigures } from "./child-figures.js";
import { checkStated, invalid, mixedCoverage } from "./child-checks.js";
import { contributesAt, lazyProvenance } from "./provenance.js";
import { settleRelations, type Settle } from "./relations.js";

/**
 * The hot path of rollup: one pass over the children's figures, adding each figure by its
 * element's declared aggregation, with provenance, per-figure coverage and flags. Children
 * arrive already accepted, de-duplicated and sorted by unit code, so the output does not
 * depend on the order reports arrived in.
 *
 * The catalog's relations stay true in the parent, by construction:
 * - a part (`partOf`) above its whole in the same child's report is left out, and so is a part
 *   whose whole the child gave but that was left out; a part whose whole the child does not give
 *   counts only while no child gives the whole (else it is left out too), so the parent's part
 *   never exceeds its whole;
 * - a breakdown missing exactly one part (one the child did not give) has that part deduced
 *   (total − the others, flagged `imputed`); a breakdown that does not add up, or one of whose
 *   given parts was left out, has its parts left out for that child;
 * - the parent's parts of a breakdown are written only when every child that gave the total gave
 *   its parts, so the parent's parts always add up to its total.
 * Each of these is reported with the child and the figures, never silently.
 */

/** What one aggregation produced. */
export interface Aggregated {
  readonly values: Record<string, number>;
  readonly stated: Record<string, StatedValue>;
  readonly flags: Record<string, FigureFlag>;
  readonly provenance: Provenance;
  /** Per element position: how many children gave a valid value. */
  readonly contributed: Int32Array;
  /** Whether child `c` (index in the input) counted in the element at `pos`. */
  readonly contributes: (c: number, pos: number) => boolean;
  readonly perFigure: Record<string, { readonly contributed: number; readonly reported: number }>;
  readonly countTrue: Record<string, CountTrue>;
  readonly issues: RollupProblem[];
}


const MAX = Number.MAX_SAFE_INTEGER;

/**
 * Aggregates the children's figures. `tables` come from {@link compileCatalog}; `children` must
 * be sorted by unit code (provenance lists follow that order).
 *
 * A part a child gives without its whole counts only while no child gives the whole: once the
 * parent has the whole, such parts are left out (named), or the parent's part could exceed it.
 * That needs every child read first, so when it happens (rarely: a hand-made report that skips a
 * total) the children are aggregated a second time with those parts dropped. The result depends
 * only on the set of children.
 */
export function aggregateChildren(children: readonly ChildFigures[], tables: CompiledCatalog, locale: Locale): Aggregated {
  const first = aggregateOnce(children, tables, locale, undefined);
  const o = first.orphans;
  if (o.length === 0) return first;
  let drop: Map<number, number[]> | undefined;
  for (let k = 0; k < o.length; k += 3) {
    const c = o[k]!;
    const part = o[k + 1]!;
    if (first.contributed[o[k + 2]!] === 0 || first.adjust.get(part)?.get(c) === null) continue;
    drop ??= new Map();
    const list = drop.get(c);
    if (list) list.push(part);
    else drop.set(c, [part]);
  }
  return drop === undefined ? first : aggregateOnce(children, tables, locale, drop);
}

function aggregateOnce(
  children: readonly ChildFigures[],
  tables: CompiledCatalog,
  locale: Locale,
  drop: ReadonlyMap<number, readonly number[]> | undefined,
): Aggregated & { readonly orphans: readonly number[]; readonly adjust: ReadonlyMap<number, ReadonlyMap<number, number | null>> } {
  // Module bindings may compile to getters (ESM interop): read them once into locals.
  const SUM = AGG_SUM;
  const NONE = AGG_NONE;
  const MIN = AGG_MIN;
  const MAX_ = AGG_MAX;
  const COUNT_TRUE = AGG_COUNT_TRUE;
  const { position, agg, byPosition: elements } = tables;
  const size = elements.length;
  const total = new Float64Array(size);
  const extreme = new Float64Array(size); // min or max so far
  const of = new Float64Array(size); // countTrue: children that gave the fact (or their own `of`)
  const contributed = new Int32Array(size);
  const overflow = new Uint8Array(size);
  const flagRank = new Uint8Array(size);
  const ofUnknown = new Map<number, string[]>();
  const unknown = new Map<string, string[]>();
  const issues: RollupProblem[] = [];
  // `present[pos] === gen`: the child gives the element at all (valid or not).
  const present = new Int32Array(size);
  const settle: Settle = {
    cur: new Float64Array(size),
    stamp: new Int32Array(size),
    given: new Int32Array(size),
    total,
    contributed,
    overflow,
    adjust: new Map(),
    incomplete: tables.sumBreakdowns.map((): string[] => []),
    orphans: [],
    issues,
    locale,
  };
  const { cur, stamp, given, adjust, incomplete } = settle;
  const relations = tables.partOf.length > 0 || tables.sumBreakdowns.length > 0;

  for (let c = 0; c < children.length; c++) {
    const child = children[c]!;
    const gen = c + 1;
    const unit = child.unit;
    const unitName = child.unitName;
    const vals = child.values;
    const flags = child.flags;
    let hasFlags = false;
    for (const _ in flags) {
      hasFlags = true;
      break;
    }
    let nt = 0;
    // Values read as one array, keys walked by for-in, both in the object's own property order:
    // reading `vals[id]` instead is a keyed load that goes megamorphic over the children's many
    // shapes (each subset of figures is its own hidden class), while Object.values copies a
    // fast object's fields directly and for-in walks its cached keys without copying them.
    const vs = Object.values(vals);
    const nv = vs.length;
    let i = -1;
    for (const id in vals) {
      // Own keys come first, in Object.values' order; anything after is inherited: ignored.
      if (++i === nv) break;
      const pos = position[id];
      if (pos === undefined) {
        const units = unknown.get(id);
        if (units) units.push(unit);
        else unknown.set(id, [unit]);
        continue;
      }
      present[pos] = gen;
      const a = agg[pos]!;
      if (a === NONE) continue;
      const v = vs[i]!;
      if (a === COUNT_TRUE) {
        let add: number;
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
        const s = total[pos]! + add;
        total[pos] = s;
        if (s > MAX) overflow[pos] = 1;
        contributed[pos]! += 1;
        if (hasFlags) rankFlag(flags[id], pos, flagRank);
        continue;
      }
      if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) {
        issues.push(invalid(unit, unitName, id, v, "integer", locale));
        continue;
      }
      if (a === SUM) {
        // Added at once; a relation that leaves the figure out takes it back (exactly: see below).
        cur[pos] = v;
        stamp[pos] = gen;
        given[pos] = gen;
        const s = total[pos]! + v;
        total[pos] = s;
        // Each addend is safe, so the first sum past the limit is still > MAX in floating point.
        if (s > MAX) overflow[pos] = 1;
        contributed[pos]! += 1;
        nt++;
        continue;
      }
      const n = contributed[pos]!;
      if (a === MIN) {
        if (n === 0 || v < extreme[pos]!) extreme[pos] = v;
      } else if (a === MAX_) {
        if (n === 0 || v > extreme[pos]!) extreme[pos] = v;
      }
      contributed[pos] = n + 1;
      if (hasFlags) rankFlag(flags[id], pos, flagRank);
    }
    if (relations && nt > 0) settleRelations(child, c, gen, tables, settle, drop?.get(c));
    if (hasFlags) {
      // The flags of the `sum` figures that still count once the relations are settled.
      for (const id in flags) {
        const pos = position[id];
        if (pos !== undefined && agg[pos] === SUM && stamp[pos] === gen) rankFlag(flags[id], pos, flagRank);
      }
    }
    checkStated(child, gen, present, tables, issues, locale);
  }
  // A total past the limit may have had figures taken back or deduced since: add it again
  // exactly, from what counts (rare: an overflow where a relation changed a child's figures).
  for (const pos of adjust.keys()) {
    if (overflow[pos] === 0) continue;
    let t = 0;
    let over = 0;
    for (let c = 0; c < children.length; c++) {
      if (!contributesAt(children, adjust, agg, elements, c, pos)) continue;
      const x = adjust.get(pos)?.get(c);
      t += typeof x === "number" ? x : (children[c]!.values[elements[pos]!.id] as number);
      if (t > MAX) {
        over = 1;
        break;
      }
    }
    overflow[pos] = over;
    if (!over) total[pos] = t;
  }
  for (const [pos, byChild] of adjust) {
    for (const v of byChild.values()) if (v !== null && flagRank[pos]! < 2) flagRank[pos] = 2; // imputed
  }

  // A breakdown's parts are written only when every child that gave its total gave them.
  const withhold = new Uint8Array(size);
  tables.sumBreakdowns.forEach((b, i) => {
    const units = incomplete[i]!;
    if (units.length === 0 || contributed[b.total] === 0) return;
    for (const p of b.parts) withhold[p] = 1;
    issues.push(
      rollupProblem(
        "breakdown_not_derived",
        "warning",
        ["values", elements[b.total]!.id],
        { id: b.def.id, label: b.def.label, total: elements[b.total]!.id, parts: b.parts.map((p) => elements[p]!.id), units },
        locale,
      ),
    );
  });

  const values: Record<string, number> = {};
  const stated: Record<string, StatedValue> = {};
  const outFlags: Record<string, FigureFlag> = {};
  const provenance = lazyProvenance(children, tables, contributed, adjust);
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
    if (withhold[pos]) continue;
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
  return {
    values: { ...values },
    stated,
    flags: outFlags,
    provenance,
    contributed,
    contributes: (c, pos) => contributesAt(children, adjust, agg, elements, c, pos),
    perFigure,
    countTrue,
    issues,
    orphans: settle.orphans,
    adjust,
  };
}

function rankFlag(f: string | undefined, pos: number, flagRank: Uint8Array): void {
  if (f === undefined) return;
  const r = FLAG_RANK[f] ?? 0;
  if (r > flagRank[pos]!) flagRank[pos] = r;
}
