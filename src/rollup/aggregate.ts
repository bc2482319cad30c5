import type { Locale } from "../schema/problem.js";
import type { FIGURE_FLAGS, StatedValue } from "../schema/report.js";
import { AGG_COUNT_TRUE, AGG_MAX, AGG_MIN, AGG_NONE, AGG_SUM } from "../indicators/codes.js";
import { type CompiledCatalog } from "../indicators/compile.js";
import { FLAG_RANK, RANK_FLAG } from "./combine.js";
import { rollupProblem, type RollupProblem } from "./messages.js";
import type { Contribution, CountTrue, Provenance } from "./types.js";

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

/**
 * A figure's quality flag (SDMX observation status): `estimated` (e.g. split through a
 * crosswalk), `provisional`, `imputed` (deduced from a breakdown).
 *
 * @category Rollup
 * @example
 * ```ts
 * const f: FigureFlag = result.report.flags["hs.tiep_nhan"] ?? "provisional";
 * ```
 */
export type FigureFlag = (typeof FIGURE_FLAGS)[number];

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

/** Whether child `c` contributed to the element at `pos` (after the relations were settled). */
function contributesAt(
  children: readonly ChildFigures[],
  adjust: ReadonlyMap<number, ReadonlyMap<number, number | null>>,
  agg: Uint8Array,
  elements: CompiledCatalog["byPosition"],
  c: number,
  pos: number,
): boolean {
  const a = adjust.get(pos)?.get(c);
  if (a !== undefined) return a !== null;
  return validValue(agg[pos]!, children[c]!.values[elements[pos]!.id]);
}

/** Per-aggregation scratch shared by the relation settling of every child. */
interface Settle {
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
function settleRelations(
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

/** Whether a child's value counts for an element of aggregation `a` (the hot loop's own test). */
export function validValue(a: number, v: number | boolean | undefined): v is number | boolean {
  if (v === undefined) return false;
  if (typeof v === "boolean") return a === AGG_COUNT_TRUE;
  return Number.isSafeInteger(v) && v >= 0;
}

/** What a provenance object's getters read, kept on it under a symbol (not enumerable). */
interface ProvenanceState {
  readonly children: readonly ChildFigures[];
  readonly tables: CompiledCatalog;
  readonly adjust: ReadonlyMap<number, ReadonlyMap<number, number | null>>;
}

const STATE: unique symbol = Symbol("provenance");

/** Builds the list of element `pos` of the provenance object `target` and makes it a data property. */
function materialise(target: object, pos: number): readonly Contribution[] {
  const state = (target as { [STATE]?: ProvenanceState })[STATE];
  if (state === undefined) return [];
  const { children, tables, adjust } = state;
  const id = tables.byPosition[pos]!.id;
  const a = tables.agg[pos]!;
  const adjusted = adjust.get(pos);
  const list: Contribution[] = [];
  for (let c = 0; c < children.length; c++) {
    const child = children[c]!;
    const x = adjusted?.get(c);
    if (x === null) continue;
    if (x !== undefined) {
      list.push({ unit: child.unit, unitName: child.unitName, value: x, imputed: true });
      continue;
    }
    const v = child.values[id];
    if (!validValue(a, v)) continue;
    list.push(
      child.flags[id] === "estimated"
        ? { unit: child.unit, unitName: child.unitName, value: v, estimated: true }
        : { unit: child.unit, unitName: child.unitName, value: v },
    );
  }
  Object.defineProperty(target, id, { value: list, enumerable: true, configurable: false, writable: false });
  return list;
}

/** One accessor descriptor per element position, shared by every provenance object of the tables. */
function provenanceDescriptors(tables: CompiledCatalog): readonly PropertyDescriptor[] {
  const cached = tables.memo.provenance;
  if (cached) return cached;
  const made = tables.byPosition.map(
    (_, pos): PropertyDescriptor => ({
      enumerable: true,
      configurable: true,
      get(this: object): readonly Contribution[] {
        return materialise(this, pos);
      },
    }),
  );
  tables.memo.provenance = made;
  return made;
}

/**
 * Provenance, materialised per figure on first read: which children gave which value, in
 * unit-code order. Building every list eagerly would allocate one object per child and figure
 * (a quarter of a million for the country) that most callers never read; reading a figure's
 * list builds it once from the children's (unchanged) figures and keeps it as a plain data
 * property. `JSON.stringify`, `structuredClone` and spreading see ordinary arrays. The getters
 * are shared per catalog (they find their state on the object), so a rollup defines its figures
 * without making a closure for each.
 */
function lazyProvenance(
  children: readonly ChildFigures[],
  tables: CompiledCatalog,
  contributed: Int32Array,
  adjust: ReadonlyMap<number, ReadonlyMap<number, number | null>>,
): Provenance {
  const out: Record<string, readonly Contribution[]> = {};
  Object.defineProperty(out, STATE, { value: { children, tables, adjust } satisfies ProvenanceState, enumerable: false });
  const descriptors = provenanceDescriptors(tables);
  const { byPosition: elements } = tables;
  for (let pos = 0; pos < elements.length; pos++) {
    if (contributed[pos] !== 0) Object.defineProperty(out, elements[pos]!.id, descriptors[pos]!);
  }
  return out;
}

function invalid(unit: string, unitName: string, id: string, value: unknown, expected: string, locale: Locale): RollupProblem {
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
function checkStated(child: ChildFigures, gen: number, present: Int32Array, tables: CompiledCatalog, issues: RollupProblem[], locale: Locale): void {
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
function mixedCoverage(tables: CompiledCatalog, contributed: Int32Array, issues: RollupProblem[], locale: Locale): void {
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
