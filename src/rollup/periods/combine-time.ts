import { AGG_COUNT_TRUE } from "../../indicators/codes.js";
import type { CompiledCatalog } from "../../indicators/compile.js";
import type { Locale, Problem } from "../../schema/problem.js";
import type { StatedValue } from "../../schema/report.js";
import { FLAG_RANK, RANK_FLAG } from "../combine.js";
import type { FigureFlag } from "../combine.js";
import type { CountTrue } from "../types.js";
import { periodsProblem } from "./messages.js";
import type { Accepted } from "./screen.js";
import type { PeriodContribution, PeriodProvenance } from "./types.js";

/**
 * The figures of a rollup over time: each element combined by its declared time aggregation —
 * `sum` (flows) adds the sub-periods exactly (an overflow is an error, never a wrong number);
 * `last` (stocks, cumulative "lũy kế" figures, yes/no facts) takes the value of the latest
 * sub-period that gives it, with that sub-period's flag and, for a fact counted over units, the
 * number it is out of. Rates and other stated figures are not carried: the target period's rates
 * come from its combined counts (`evaluateIndicators`), never from averaging the sub-periods'.
 */

const MAX = Number.MAX_SAFE_INTEGER;

/**
 * Per compiled catalog, what each element position accepts and how it combines, packed in one
 * byte: `LAST` (time `last`), `BOOL` (a yes/no element), `COUNTED` (a yes/no fact counted over
 * units, whose value in a rollup's report is a count).
 */
const LAST = 1;
const BOOL = 2;
const COUNTED = 4;
const modes = new WeakMap<CompiledCatalog, Uint8Array>();

function modesOf(tables: CompiledCatalog): Uint8Array {
  let m = modes.get(tables);
  if (m === undefined) {
    const countTrue = AGG_COUNT_TRUE;
    m = Uint8Array.from(
      tables.byPosition,
      (e, pos) => (e.aggregation.time === "last" ? LAST : 0) | (e.kind === "boolean" ? BOOL : 0) | (tables.agg[pos] === countTrue ? COUNTED : 0),
    );
    modes.set(tables, m);
  }
  return m;
}

export interface Combined {
  readonly values: Record<string, number | boolean>;
  readonly stated: Record<string, StatedValue>;
  readonly flags: Record<string, FigureFlag>;
  readonly perFigure: Record<string, { readonly contributed: number; readonly reported: number }>;
  readonly countTrue: Record<string, CountTrue>;
  /** Builds the provenance (called on first read of the result's `provenance`). */
  readonly provenance: () => PeriodProvenance;
  /** For a `last` element (by position): the index of the sub-period its value was taken from, −1 if none. */
  readonly takenFrom: (pos: number) => number;
}

export function combineOverTime(accepted: readonly Accepted[], tables: CompiledCatalog, issues: Problem[], locale: Locale): Combined {
  const { position, byPosition: elements } = tables;
  const mode = modesOf(tables);
  const size = elements.length;
  const total = new Float64Array(size);
  const contributed = new Int32Array(size);
  const overflow = new Uint8Array(size);
  const flagRank = new Uint8Array(size);
  /** For `last` elements: the index (in time order) of the sub-period whose value is taken. */
  const chosen = new Int32Array(size).fill(-1);
  // The value taken for a `last` element: a number, or a yes/no fact as 0/1 where `lastBool` is set.
  const lastValue = new Float64Array(size);
  const lastBool = new Uint8Array(size);
  // A sub-period's value may be invalid: remember which (k, pos) did not count, for provenance.
  let invalid: Set<number> | undefined;
  const unknown = new Map<string, string[]>();
  const n = accepted.length;

  for (let k = 0; k < n; k++) {
    const { report } = accepted[k]!;
    const vals = report.values;
    const flags = report.flags;
    let hasFlags = false;
    for (const _ in flags) {
      hasFlags = true;
      break;
    }
    // Values read as one array beside the keys of a for-in, both in the object's own property
    // order (as the unit rollup does): a keyed load `vals[id]` goes megamorphic over the many
    // shapes of reports' figure objects.
    const vs = Object.values(vals);
    const nv = vs.length;
    let i = -1;
    for (const id in vals) {
      if (++i === nv) break; // own keys come first; anything after is inherited
      const pos = position[id];
      if (pos === undefined) {
        const ps = unknown.get(id);
        if (ps) ps.push(report.period);
        else unknown.set(id, [report.period]);
        continue;
      }
      const v = vs[i];
      const md = mode[pos]!;
      const ok =
        typeof v === "number"
          ? Number.isSafeInteger(v) && v >= 0 && ((md & BOOL) === 0 || (md & COUNTED) !== 0)
          : typeof v === "boolean" && (md & BOOL) !== 0 && (md & LAST) !== 0;
      if (!ok) {
        (invalid ??= new Set()).add(k * size + pos);
        issues.push(
          periodsProblem(
            "period_invalid_value",
            "error",
            ["reports", accepted[k]!.index, "values", id],
            { period: report.period, id, value: v, expected: (md & BOOL) !== 0 && (md & COUNTED) === 0 ? "boolean" : "integer" },
            locale,
          ),
        );
        continue;
      }
      contributed[pos]! += 1;
      const f = hasFlags ? flags[id] : undefined;
      if ((md & LAST) !== 0) {
        // Time order: a later sub-period replaces an earlier one, its flag with it.
        chosen[pos] = k;
        if (typeof v === "boolean") {
          lastValue[pos] = v ? 1 : 0;
          lastBool[pos] = 1;
        } else {
          lastValue[pos] = v as number;
          lastBool[pos] = 0;
        }
        flagRank[pos] = f === undefined ? 0 : (FLAG_RANK[f] ?? 0);
      } else {
        const s = total[pos]! + (v as number);
        total[pos] = s;
        if (s > MAX) overflow[pos] = 1;
        if (f !== undefined) {
          const r = FLAG_RANK[f] ?? 0;
          if (r > flagRank[pos]!) flagRank[pos] = r;
        }
      }
    }
  }

  const values: Record<string, number | boolean> = {};
  const stated: Record<string, StatedValue> = {};
  const outFlags: Record<string, FigureFlag> = {};
  const perFigure: Record<string, { contributed: number; reported: number }> = {};
  const countTrue: Record<string, CountTrue> = {};
  const latest = n - 1;
  const shared: { readonly contributed: number; readonly reported: number }[] = [];
  for (let pos = 0; pos < size; pos++) {
    const c = contributed[pos]!;
    if (c === 0) continue;
    const id = elements[pos]!.id;
    // One coverage entry per count of sub-periods, shared by the figures that have it (plain
    // data, frozen: most figures of a commune come from every month).
    perFigure[id] = shared[c] ??= Object.freeze({ contributed: c, reported: n });
    if ((mode[pos]! & LAST) !== 0) {
      const k = chosen[pos]!;
      const v: number | boolean = lastBool[pos] === 1 ? lastValue[pos] === 1 : lastValue[pos]!;
      values[id] = v;
      const from = accepted[k]!.report;
      // A fact counted over units (a rollup's report): its count and the number it is out of.
      const max = from.stated[id]?.max;
      if ((mode[pos]! & COUNTED) !== 0 && typeof v === "number") {
        if (max !== undefined && Number.isSafeInteger(max) && max >= v) {
          stated[id] = { value: v, decimals: 0, max };
          countTrue[id] = { count: v, of: max, complete: true };
        } else countTrue[id] = { count: v, of: v, complete: false };
      }
      if (k !== latest) {
        issues.push(
          periodsProblem(
            "period_last_not_latest",
            "info",
            ["values", id],
            { id, period: from.period, latest: accepted[latest]!.report.period },
            locale,
          ),
        );
      }
    } else {
      if (overflow[pos]) {
        issues.push(periodsProblem("period_sum_overflow", "error", ["values", id], { id, contributed: c }, locale));
        continue;
      }
      values[id] = total[pos]!;
    }
    const f = RANK_FLAG[flagRank[pos]!];
    if (f) outFlags[id] = f;
  }
  for (const [id, periods] of unknown) {
    issues.push(periodsProblem("period_unknown_element", "warning", ["values", id], { id, periods }, locale));
  }

  const counted = (k: number, pos: number): boolean => {
    if (invalid?.has(k * size + pos)) return false;
    return (mode[pos]! & LAST) !== 0 ? chosen[pos] === k : true;
  };
  statedWithoutCounts(accepted, tables, issues, locale);
  mixedSources(accepted, tables, contributed, chosen, mode, invalid !== undefined, counted, issues, locale);
  relations(values, tables, issues, locale);

  const provenance = (): PeriodProvenance => {
    const out: Record<string, PeriodContribution[]> = {};
    for (let pos = 0; pos < size; pos++) {
      if (contributed[pos] === 0) continue;
      const id = elements[pos]!.id;
      if (values[id] === undefined) continue;
      const list: PeriodContribution[] = [];
      for (let k = 0; k < n; k++) {
        const r = accepted[k]!.report;
        const v = r.values[id];
        if (v === undefined || !counted(k, pos)) continue;
        const base = { unit: r.unit.code, unitName: r.unit.name, period: r.period, value: v };
        const flag = r.flags[id];
        list.push(flag === "estimated" ? { ...base, estimated: true } : flag === "imputed" ? { ...base, imputed: true } : base);
      }
      out[id] = list;
    }
    return out;
  };
  return { values, stated, flags: outFlags, perFigure, countTrue, provenance, takenFrom: (pos) => chosen[pos] ?? -1 };
}

/** A sub-period that states a rate (or a figure) without the counts it comes from cannot be combined. */
function statedWithoutCounts(accepted: readonly Accepted[], tables: CompiledCatalog, issues: Problem[], locale: Locale): void {
  for (const { index, report } of accepted) {
    const stated = report.stated;
    const vals = report.values;
    for (const id in stated) {
      if (!Object.prototype.hasOwnProperty.call(stated, id)) continue;
      const ind = tables.indicators.get(id);
      // The common case first, without allocating: the counts are there.
      if (ind !== undefined ? vals[ind.numerator] !== undefined && vals[ind.denominator] !== undefined : vals[id] !== undefined || tables.position[id] === undefined) continue;
      const needs = ind !== undefined ? [ind.numerator, ind.denominator] : [id];
      const missing = needs.filter((x) => vals[x] === undefined);
      const s = stated[id]!;
      issues.push(
        periodsProblem(
          "period_stated_without_counts",
          "warning",
          ["reports", index, "stated", id],
          { period: report.period, id, value: s.value, text: s.text, missing },
          locale,
        ),
      );
    }
  }
}

/** An indicator whose numerator and denominator come from different sub-periods. */
function mixedSources(
  accepted: readonly Accepted[],
  tables: CompiledCatalog,
  contributed: Int32Array,
  chosen: Int32Array,
  mode: Uint8Array,
  anyInvalid: boolean,
  counted: (k: number, pos: number) => boolean,
  issues: Problem[],
  locale: Locale,
): void {
  const n = accepted.length;
  const sources = (pos: number): string[] => {
    if ((mode[pos]! & LAST) !== 0) return chosen[pos]! >= 0 ? [accepted[chosen[pos]!]!.report.period] : [];
    const out: string[] = [];
    const id = tables.byPosition[pos]!.id;
    for (let k = 0; k < accepted.length; k++) if (accepted[k]!.report.values[id] !== undefined && counted(k, pos)) out.push(accepted[k]!.report.period);
    return out;
  };
  for (const { def, num, den } of tables.ratios) {
    if (contributed[num] === 0 || contributed[den] === 0) continue;
    // The common case, decided without lists: both from every sub-period, or both the same one.
    const lastNum = (mode[num]! & LAST) !== 0;
    const lastDen = (mode[den]! & LAST) !== 0;
    if (!anyInvalid && !lastNum && !lastDen && contributed[num] === n && contributed[den] === n) continue;
    if (lastNum && lastDen && chosen[num] === chosen[den]) continue;
    if (!anyInvalid && n === 1) continue;
    const a = sources(num);
    const b = sources(den);
    if (a.length === b.length && a.every((p, i) => p === b[i])) continue;
    issues.push(
      periodsProblem(
        "period_indicator_mixed_sources",
        "warning",
        ["values", def.numerator],
        { id: def.id, numerator: def.numerator, denominator: def.denominator, numeratorPeriods: a, denominatorPeriods: b },
        locale,
      ),
    );
  }
}

/** The catalog's relations on the combined figures: said when they no longer hold, never mended. */
function relations(values: Readonly<Record<string, number | boolean>>, tables: CompiledCatalog, issues: Problem[], locale: Locale): void {
  for (const { part, whole } of tables.partWhole) {
    const p = values[part.id];
    const w = values[whole.id];
    if (typeof p !== "number" || typeof w !== "number" || p <= w) continue;
    issues.push(
      periodsProblem("period_part_exceeds_whole", "warning", ["values", part.id], { id: part.id, value: p, whole: whole.id, wholeValue: w }, locale),
    );
  }
  for (const b of tables.breakdowns) {
    const t = values[b.total];
    if (typeof t !== "number") continue;
    let sum = 0;
    let all = true;
    for (const p of b.parts) {
      const v = values[p];
      if (typeof v === "number") sum += v;
      else all = false;
    }
    if (!all || sum === t) continue;
    issues.push(
      periodsProblem(
        "period_breakdown_inconsistent",
        "warning",
        ["values", b.total],
        { id: b.id, label: b.label, total: b.total, totalValue: t, sum, parts: b.parts },
        locale,
      ),
    );
  }
}
