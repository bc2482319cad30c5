import { indicatorCatalog } from "../../indicators/catalog.js";
import type { Catalog } from "../../indicators/types.js";
import type { Locale } from "../../schema/problem.js";
import type { FigureSet, Report } from "../../schema/report.js";
import { AGG_COUNT_TRUE, AGG_MAX, AGG_MIN, AGG_NONE, AGG_SUM } from "../../indicators/codes.js";
import { compileCatalog, type CompiledCatalog } from "../../indicators/compile.js";
import { RANK_FLAG, combine, flagRank, type FigureFlag } from "../combine.js";
import { rollupProblem, type RollupProblem } from "../messages.js";
import { pickReport } from "../pick-report.js";
import { splitByWeights } from "./split.js";

/**
 * Across the 2025 reorganisation: a crosswalk maps each old unit (63 provinces, ~10,000
 * communes) onto today's units, whole (many-to-one mergers) or split with explicit integer
 * weights, so that last year's figures can be moved onto today's units and "so với cùng kỳ"
 * stays meaningful. Split shares use the largest-remainder method (parts add back to the whole)
 * and are flagged `estimated`.
 */

/**
 * One of the new units an old unit went into, with its integer weight in a split.
 *
 * @category Rollup
 * @example
 * ```ts
 * const t: CrosswalkTarget = { code: "09487", name: "Xã Đông Cứu", weight: 1 };
 * ```
 */
export interface CrosswalkTarget {
  readonly code: string;
  readonly name: string;
  /** Positive integer; an old unit's figures are split in proportion to its targets' weights. */
  readonly weight: number;
}

/**
 * An old unit and the new units it went into (one for a merger or rename, several for a split).
 *
 * @category Rollup
 * @example
 * ```ts
 * const e: CrosswalkEntry = {
 *   code: "09463", name: "Xã Giang Sơn", level: "xa", parent: "27", district: "Huyện Gia Bình",
 *   to: [{ code: "09487", name: "Xã Đông Cứu", weight: 1 }],
 * };
 * ```
 */
export interface CrosswalkEntry {
  /** Old code, zero-padded like today's (`09463`, `27`). */
  readonly code: string;
  readonly name: string;
  readonly level: "xa" | "tinh";
  /** The old province's code (communes only). */
  readonly parent?: string;
  /** The old district's name (communes only), to tell apart communes of the same name. */
  readonly district?: string;
  readonly to: readonly CrosswalkTarget[];
}

/**
 * A crosswalk from old units to new ones, per level, keyed by old code. Old codes are reused by
 * new units (Lào Cai 15 was Yên Bái's code), so a code here always means the old unit.
 *
 * @category Rollup
 * @example
 * ```ts
 * const { crosswalk } = parseCrosswalkCsv(csvText);
 * crosswalk.units.xa["09463"]?.to; // [{ code: "09487", name: "Xã Đông Cứu", weight: 1 }]
 * ```
 */
export interface Crosswalk {
  /** The day the new units took effect (`2025-07-01`). */
  readonly validFrom: string;
  readonly source?: string;
  readonly units: {
    readonly xa: Readonly<Record<string, CrosswalkEntry>>;
    readonly tinh: Readonly<Record<string, CrosswalkEntry>>;
  };
}

/**
 * Options of {@link remapReport} and {@link remapReports}.
 *
 * @category Rollup
 * @example
 * ```ts
 * const o: RemapOptions = { locale: "en" };
 * ```
 */
export interface RemapOptions {
  /** Catalog giving each element's aggregation (default `indicatorCatalog`). */
  readonly catalog?: Catalog;
  readonly locale?: Locale;
}

/**
 * The result of {@link remapReport}: one report per new unit the old one went into.
 *
 * @category Rollup
 * @example
 * ```ts
 * const { reports, issues }: RemapResult = remapReport(congVi2025, crosswalk);
 * reports.map((r) => r.unit.name); // ["Phường Ngọc Hà", "Phường Giảng Võ"]
 * ```
 */
export interface RemapResult {
  readonly reports: readonly Report[];
  readonly issues: readonly RollupProblem[];
}

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Today's unit codes: 5 digits for a commune, 2 for a province. */
const UNIT_CODE = { xa: /^\d{5}$/, tinh: /^\d{2}$/ } as const;

/** The crosswalk entry of an old unit, if any. */
function entryOf(crosswalk: Crosswalk, level: string, code: string): CrosswalkEntry | undefined {
  if (level !== "xa" && level !== "tinh") return undefined;
  const table = crosswalk.units[level];
  return has(table, code) ? table[code] : undefined;
}

function remapWith(old: Report, crosswalk: Crosswalk, tables: CompiledCatalog, locale: Locale): RemapResult {
  const level = old.unit.level;
  if (level === "bo") return { reports: [old], issues: [] };
  const issues: RollupProblem[] = [];
  const entry = entryOf(crosswalk, level, old.unit.code);
  if (!entry) {
    issues.push(rollupProblem("crosswalk_unit_unknown", "error", ["unit", "code"], { code: old.unit.code, level }, locale));
    return { reports: [], issues };
  }
  // A target named twice would be fed twice; a code that is not a unit code ("", "__proto__")
  // would become a key of the result objects.
  const codes = entry.to.map((t) => t.code);
  const badCode = codes.find((c) => typeof c !== "string" || !UNIT_CODE[level].test(c));
  const twice = codes.find((c, i) => codes.indexOf(c) !== i);
  if (badCode !== undefined || twice !== undefined) {
    const problem = badCode !== undefined ? { target: String(badCode), why: "code" } : { target: twice, why: "twice" };
    issues.push(rollupProblem("crosswalk_bad_target", "error", ["unit", "code"], { code: entry.code, ...problem }, locale));
    return { reports: [], issues };
  }
  const weights = entry.to.map((t) => t.weight);
  if (entry.to.length === 0 || !weights.every((w) => Number.isSafeInteger(w) && w > 0)) {
    issues.push(rollupProblem("crosswalk_bad_weight", "error", ["unit", "code"], { code: entry.code, weights }, locale));
    return { reports: [], issues };
  }
  const base = (t: CrosswalkTarget): Report => {
    const { comparisons: _c, ...rest } = old;
    return {
      ...rest,
      unit: { code: t.code, name: t.name, level },
      // The old unit's text describes the old unit: only its figures move.
      body: [],
      footnotes: [],
      at: {},
    };
  };
  if (entry.to.length === 1) {
    // A whole unit moves: its figures are exact, stated values included.
    return { reports: [base(entry.to[0]!)], issues };
  }
  const n = entry.to.length;
  const values: Record<string, number | boolean>[] = Array.from({ length: n }, () => ({}));
  const flags: Record<string, FigureFlag>[] = Array.from({ length: n }, () => ({}));
  for (const id in old.values) {
    const v = old.values[id]!;
    const pos = tables.position[id];
    const a = pos === undefined ? AGG_NONE : tables.agg[pos]!;
    if (typeof v === "number" && (a === AGG_SUM || a === AGG_COUNT_TRUE)) {
      const parts = splitByWeights(v, weights);
      if (!parts) continue;
      for (let i = 0; i < n; i++) {
        values[i]![id] = parts[i]!;
        flags[i]![id] = "estimated";
      }
    } else if (pos !== undefined && (a === AGG_MIN || a === AGG_MAX || (a === AGG_COUNT_TRUE && typeof v === "boolean"))) {
      // A fact or an extreme of the old unit is taken to hold for each part: an estimate.
      for (let i = 0; i < n; i++) {
        values[i]![id] = v;
        flags[i]![id] = "estimated";
      }
    } else {
      issues.push(
        rollupProblem(
          "crosswalk_not_derived",
          "info",
          ["values", id],
          { id, unit: old.unit.code, unitName: old.unit.name, aggregation: pos === undefined ? "?" : tables.byPosition[pos]!.aggregation.units },
          locale,
        ),
      );
    }
  }
  return {
    reports: entry.to.map((t, i) => ({ ...base(t), values: values[i]!, stated: {}, flags: flags[i]! })),
    issues,
  };
}

/**
 * Moves one old unit's report onto the new units it went into. A whole unit (merger, rename)
 * keeps its figures as they are; a split unit's `sum` figures are divided by the crosswalk's
 * integer weights (largest remainder: parts add back to the whole) and its yes/no facts and
 * min/max figures are taken to hold for each part — all flagged `estimated`. Rates (`stated`)
 * are not split (the counts are; rates are recomputed from them), nor are `none` figures.
 * Prose and comparisons are dropped: they belong to the old unit.
 *
 * @category Rollup
 * @summary One old unit's report on today's units.
 * @param oldReport - A report of an old commune or province (a national report is returned as is).
 * @param crosswalk - From {@link parseCrosswalkCsv} or built by hand.
 * @example
 * ```ts
 * const { reports } = remapReport(giangSon2025, crosswalk);
 * reports[0]?.unit; // { code: "09487", name: "Xã Đông Cứu", level: "xa" }
 * ```
 */
export function remapReport(oldReport: Report, crosswalk: Crosswalk, options: RemapOptions = {}): RemapResult {
  return remapWith(oldReport, crosswalk, compileCatalog(options.catalog ?? indicatorCatalog), options.locale ?? "vi");
}

/**
 * The result of {@link remapReports}: one report per new unit (and period), with the old units
 * that fed it and those that should have but sent nothing.
 *
 * @category Rollup
 * @example
 * ```ts
 * const { reports, sources, incomplete }: RemapManyResult = remapReports(lastYear, crosswalk);
 * sources["09487"]; // ["09463", "09478", "09487"]
 * ```
 */
export interface RemapManyResult {
  readonly reports: readonly Report[];
  readonly issues: readonly RollupProblem[];
  /** New unit code → the old unit codes whose figures it received. */
  readonly sources: Readonly<Record<string, readonly string[]>>;
  /** New unit code → old units that went (partly) into it but sent no report. */
  readonly incomplete: Readonly<Record<string, readonly string[]>>;
}


/**
 * Moves many old reports onto today's units and merges the pieces that land on the same new
 * unit: `sum` figures are added (exactly), facts kept when the old units agree (flagged
 * `estimated`) and reported when they disagree, min/max combined; `none` figures and rates are
 * not derived across a merger. Old units that went into a new unit but sent no report are listed
 * in `incomplete`, so a comparison is never silently short.
 *
 * @category Rollup
 * @summary Last year's reports, on today's units.
 * @example
 * ```ts
 * const { reports, incomplete } = remapReports(communeReports2025, crosswalk);
 * reports.find((r) => r.unit.code === "09487")?.values["hs.tiep_nhan"]; // Giang Sơn + Lãng Ngâm + Đông Cứu
 * ```
 */
export function remapReports(oldReports: readonly Report[], crosswalk: Crosswalk, options: RemapOptions = {}): RemapManyResult {
  const locale = options.locale ?? "vi";
  const tables = compileCatalog(options.catalog ?? indicatorCatalog);
  const issues: RollupProblem[] = [];

  // One report per old unit and period.
  const byOld = new Map<string, Report[]>();
  for (const r of oldReports) {
    const key = `${r.unit.level}|${r.unit.code}|${r.period}`;
    const list = byOld.get(key);
    if (list) list.push(r);
    else byOld.set(key, [r]);
  }
  const olds = [...byOld.keys()].sort().map((k) => {
    const list = byOld.get(k)!;
    if (list.length === 1) return list[0]!;
    const { kept, identical } = pickReport(list);
    issues.push(
      rollupProblem(
        "duplicate_report",
        identical ? "info" : "warning",
        ["reports", kept.unit.code],
        { unit: kept.unit.code, unitName: kept.unit.name, count: list.length, keptDate: kept.document.date, identical },
        locale,
      ),
    );
    return kept;
  });

  // Pieces per new unit and period.
  const pieces = new Map<string, { piece: Report; from: string }[]>();
  for (const old of olds) {
    const res = remapWith(old, crosswalk, tables, locale);
    for (const p of res.issues) issues.push(p);
    for (const piece of res.reports) {
      const key = `${piece.unit.level}|${piece.unit.code}|${piece.period}`;
      const list = pieces.get(key);
      const item = { piece, from: old.unit.code };
      if (list) list.push(item);
      else pieces.set(key, [item]);
    }
  }

  // Which old units feed each new unit, per level (to tell what is missing).
  const feeds = new Map<string, Set<string>>();
  for (const level of ["xa", "tinh"] as const) {
    const table = crosswalk.units[level];
    for (const code in table) {
      for (const t of table[code]!.to) {
        const key = `${level}|${t.code}`;
        const set = feeds.get(key);
        if (set) set.add(code);
        else feeds.set(key, new Set([code]));
      }
    }
  }

  const reports: Report[] = [];
  const sources: Record<string, string[]> = {};
  const incomplete: Record<string, string[]> = {};
  for (const key of [...pieces.keys()].sort()) {
    const list = pieces.get(key)!;
    const first = list[0]!.piece;
    const code = first.unit.code;
    const from = list.map((x) => x.from);
    sources[code] = from;
    const expected = feeds.get(`${first.unit.level}|${code}`);
    if (expected) {
      const got = new Set(from);
      const missing = [...expected].filter((c) => !got.has(c)).sort();
      if (missing.length > 0) {
        incomplete[code] = missing;
        issues.push(
          rollupProblem("crosswalk_sources_missing", "warning", ["reports", code], { unit: code, unitName: first.unit.name, missing }, locale),
        );
      }
    }
    reports.push(list.length === 1 ? first : mergePieces(list.map((x) => x.piece), tables, issues, locale));
  }
  return { reports, issues, sources, incomplete };
}

/** Merges pieces of one new unit (they share unit and period). */
function mergePieces(pieces: readonly Report[], tables: CompiledCatalog, issues: RollupProblem[], locale: Locale): Report {
  const first = pieces[0]!;
  const unit = first.unit;
  const values: Record<string, number | boolean> = {};
  const flags: Record<string, FigureFlag> = {};
  const ids = new Set<string>();
  for (const p of pieces) for (const id in p.values) ids.add(id);
  for (const id of [...ids].sort()) {
    const pos = tables.position[id];
    const a = pos === undefined ? AGG_NONE : tables.agg[pos]!;
    let rank = 0;
    for (const p of pieces) {
      if (p.values[id] !== undefined) rank = Math.max(rank, flagRank(p.flags[id]));
    }
    const vs = pieces.map((p) => p.values[id]).filter((v): v is number | boolean => v !== undefined);
    let out: number | boolean | undefined;
    if (a === AGG_SUM || (a === AGG_COUNT_TRUE && vs.every((v) => typeof v === "number"))) {
      if (vs.every((v) => typeof v === "number")) {
        const s = (vs as number[]).reduce((x, y) => combine(AGG_SUM, x, y, false), 0);
        if (s <= Number.MAX_SAFE_INTEGER) out = s;
        else issues.push(rollupProblem("sum_overflow", "error", ["reports", unit.code, "values", id], { id }, locale));
      }
    } else if (a === AGG_MIN || a === AGG_MAX) {
      const ns = vs.filter((v): v is number => typeof v === "number");
      if (ns.length === vs.length) out = ns.reduce((x, y, k) => combine(a, x, y, k === 0), 0);
    } else if (a === AGG_COUNT_TRUE) {
      if (vs.every((v) => v === vs[0])) {
        out = vs[0];
        rank = 3; // the new unit's fact is inferred from its old units'
      } else {
        issues.push(
          rollupProblem(
            "crosswalk_fact_conflict",
            "warning",
            ["reports", unit.code, "values", id],
            { id, unit: unit.code, unitName: unit.name, sources: pieces.map((p) => `${String(p.values[id] ?? "—")}`) },
            locale,
          ),
        );
      }
    } else {
      issues.push(
        rollupProblem(
          "crosswalk_not_derived",
          "info",
          ["reports", unit.code, "values", id],
          { id, unit: unit.code, unitName: unit.name, aggregation: pos === undefined ? "?" : tables.byPosition[pos]!.aggregation.units },
          locale,
        ),
      );
    }
    if (out === undefined) continue;
    values[id] = out;
    const flag = RANK_FLAG[rank];
    if (flag) flags[id] = flag;
  }
  return { ...first, values, stated: {}, flags };
}

/**
 * A report's figures as a comparison set (`comparisons.samePeriodLastYear` or `.previous`),
 * e.g. after {@link remapReports} moved last year's figures onto today's unit.
 *
 * @category Rollup
 * @example
 * ```ts
 * const withLastYear = { ...report, comparisons: { ...report.comparisons, samePeriodLastYear: toComparison(remapped) } };
 * ```
 */
export function toComparison(report: Report): FigureSet & { period: string } {
  return { period: report.period, values: report.values, stated: report.stated, flags: report.flags };
}
