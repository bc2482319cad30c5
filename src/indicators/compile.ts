import { findAgency, type AgencyCode } from "../schema/agency.js";
import type { Level } from "../schema/level.js";
import { outlineItem, outlineSection } from "../schema/outline.js";
import type { Locale, Problem } from "../schema/problem.js";
import { sectionOf } from "./catalog.js";
import { parseExpression, type ExpressionTerm } from "./expression.js";
import { AGG_COUNT_TRUE, AGG_MAX, AGG_MIN, AGG_NONE, AGG_SUM, FIG_AT, FIG_BOOLEAN, FIG_COUNT, FIG_COUNT_TRUE, FIG_RATIO } from "./codes.js";
import { catalogMessage, type CatalogProblemCode } from "./messages.js";
import type { BreakdownDef, Catalog, DataRuleDef, ElementDef, IndicatorDef, ScoreDef, UnitAggregation } from "./types.js";

/**
 * The catalog compiled once: every look-up table validation, rollup, evaluation and render read
 * (there is no other table builder), and the problems found in the catalog itself — duplicate
 * ids, `partOf` or outline items or operands that point at nothing, cycles of part-of, rules
 * over unknown figures. Duplicate ids are settled one way for every stage: the first definition
 * is kept, the later ones are dropped and reported.
 */

/**
 * A "part ≤ whole" relation declared by an element's `partOf`.
 *
 * @category Indicators
 * @example
 * ```ts
 * const rel: PartWhole = { part: dungHan, whole: daGiaiQuyet };
 * ```
 */
export interface PartWhole {
  readonly part: ElementDef;
  readonly whole: ElementDef;
}

/**
 * A figure the catalog expects at a level, with what completeness needs precomputed: its
 * outline section and the agencies that owe it.
 *
 * @category Indicators
 * @example
 * ```ts
 * const f: ExpectedFigure = {
 *   id: "hs.tiep_nhan", label: "Số hồ sơ tiếp nhận trong kỳ", item: "3.1", itemTitle: "Kết quả thực hiện", section: "3",
 *   lead: ["tt_phvhcc"], leadNames: ["Trung tâm Phục vụ hành chính công tỉnh"],
 * };
 * ```
 */
export interface ExpectedFigure {
  readonly id: string;
  readonly label: string;
  /** Outline item (`3.1`) or section (`8`), and its title in the outline. */
  readonly item: string;
  readonly itemTitle: string;
  readonly section: string;
  /** The figure's lead agencies, else its outline item's, else its section's. */
  readonly lead: readonly AgencyCode[];
  readonly leadNames: readonly string[];
  /** For an indicator: its operands (present counts make it computable). */
  readonly numerator?: string;
  readonly denominator?: string;
}

/**
 * A data rule of the catalog with its two sides parsed.
 *
 * @category Indicators
 * @example
 * ```ts
 * const r: CompiledDataRule = { def, left: [{ coefficient: 1, id: "hs.dung_han" }], right: [{ coefficient: 1, id: "hs.da_giai_quyet" }] };
 * ```
 */
export interface CompiledDataRule {
  readonly def: DataRuleDef;
  readonly left: readonly ExpressionTerm[];
  readonly right: readonly ExpressionTerm[];
}

/**
 * A problem of the catalog itself (`code` is one of {@link CatalogProblemCode}).
 *
 * @category Indicators
 * @example
 * ```ts
 * const p: CatalogProblem = { code: "part_of_dangling", severity: "error", path: ["elements", 3, "partOf"], message: "…", params: { id: "na.x", whole: "na.y" } };
 * ```
 */
export type CatalogProblem = Problem & { readonly code: CatalogProblemCode };

const AGG_CODE: Readonly<Record<UnitAggregation, number>> = { sum: AGG_SUM, none: AGG_NONE, min: AGG_MIN, max: AGG_MAX, countTrue: AGG_COUNT_TRUE };

/**
 * A catalog compiled by {@link compileCatalog}: the tables every stage reads, and the problems.
 *
 * @category Indicators
 * @example
 * ```ts
 * const c: CompiledCatalog = compileCatalog(indicatorCatalog);
 * c.elements.get("hs.tiep_nhan")?.unit; // "hồ sơ"
 * ```
 */
export interface CompiledCatalog {
  readonly catalog: Catalog;
  /** What is wrong with the catalog; the tables leave the faulty entries or relations out. */
  readonly problems: readonly CatalogProblem[];
  readonly elements: ReadonlyMap<string, ElementDef>;
  readonly indicators: ReadonlyMap<string, IndicatorDef>;
  readonly scores: ReadonlyMap<string, ScoreDef>;
  /** Every id of the catalog (elements, indicators, scores), for suggestions. */
  readonly ids: readonly string[];
  /** Declared part–whole relations whose two ends are elements (cycles left out). */
  readonly partWhole: readonly PartWhole[];
  /** Part id → its relation in `partWhole` and the relation's position there (for rules that walk a report's figures). */
  readonly partWholeOf: ReadonlyMap<string, { readonly relation: PartWhole; readonly index: number }>;
  /** Position of each cumulative element in `cumulative`, by id. */
  readonly cumulativeIndex: ReadonlyMap<string, number>;
  /** Breakdowns whose total and parts are all elements of the catalog. */
  readonly breakdowns: readonly BreakdownDef[];
  /** Indicators with a legal target (`target` or `targets`). */
  readonly targeted: readonly IndicatorDef[];
  /** Elements aggregated over time by `last` (stocks, cumulative figures). */
  readonly cumulative: readonly ElementDef[];
  /** Elements that a parent derives from its children (`sum`, `countTrue`). */
  readonly rolledUp: readonly ElementDef[];
  /**
   * Elements and indicators each level is expected to give, in catalog order: their `expected`
   * levels, by default their `levels` — at the national level only national-only figures and
   * indicators with a target.
   */
  readonly expected: Readonly<Record<Level, readonly ExpectedFigure[]>>;
  /**
   * Per level, the elements a report of that level does not give (outside their `levels`): a
   * rollup does not carry them up and validation flags them. `countTrue` facts are not listed:
   * the parent's figure is their count ("2.950/3.321 xã").
   */
  readonly outside: Readonly<Record<Level, ReadonlySet<string>>>;
  /**
   * Id → what a value under it must be, packed for the first-door check (one look-up per
   * figure): low bits `FIG_COUNT` (count or amount), `FIG_BOOLEAN`, `FIG_COUNT_TRUE` (a yes/no
   * fact counted over units), `FIG_RATIO` (an indicator or a score, which belongs in `stated`);
   * then bit `FIG_AT[level]` when the id is reported at that level. Null prototype.
   */
  readonly figureCode: Readonly<Record<string, number>>;
  /** The data rules whose expressions read and whose operands exist. */
  readonly rules: readonly CompiledDataRule[];
  // ── Positional tables for the hot loops of rollup ──────────────────────────────────────────
  /** Elements by position (duplicates dropped). */
  readonly byPosition: readonly ElementDef[];
  /** Element id → position (null prototype: no inherited keys). */
  readonly position: Readonly<Record<string, number>>;
  /** Aggregation code of each element, by position. */
  readonly agg: Uint8Array;
  /** Indicators whose numerator and denominator are both elements, with their positions. */
  readonly ratios: readonly { readonly def: IndicatorDef; readonly num: number; readonly den: number }[];
  /** `partOf` relations between `sum` elements as pairs (part, whole positions), wholes first. */
  readonly partOf: Int32Array;
  /** Position of each element's whole in `partOf` (−1 when it has none there). */
  readonly wholeOf: Int32Array;
  /** Breakdowns whose total and parts are all `sum` elements (each part in one breakdown only). */
  readonly sumBreakdowns: readonly { readonly def: BreakdownDef; readonly total: number; readonly parts: readonly number[] }[];
  /** Things derived from the tables on first use and kept with them (rollup's provenance getters). */
  readonly memo: { provenance?: readonly PropertyDescriptor[] };
}

const cache = new WeakMap<Catalog, CompiledCatalog>();

/**
 * The agencies that owe a figure or an outline item: the figure's own `lead`, else its outline
 * item's, else its section's.
 *
 * @category Indicators
 * @example
 * ```ts
 * leadAgencies(undefined, "4.1"); // ["bhxh_tinh", "so_y_te", "so_gd_dt"]
 * ```
 */
export function leadAgencies(own: readonly AgencyCode[] | undefined, outlineId: string): readonly AgencyCode[] {
  if (own && own.length > 0) return own;
  const item = outlineItem(outlineId);
  if (item?.lead && item.lead.length > 0) return item.lead;
  const section = outlineSection(sectionOf(outlineId));
  return section?.lead ?? [];
}

/**
 * Names of agencies, for messages ("Sở Y tế, Bảo hiểm xã hội tỉnh").
 *
 * @category Indicators
 * @example
 * ```ts
 * agencyNames(["so_y_te"]); // ["Sở Y tế"]
 * ```
 */
export function agencyNames(codes: readonly string[]): string[] {
  return codes.map((c) => findAgency(c)?.name ?? c);
}

/**
 * Compiles a catalog once (cached per catalog object): the look-up tables every stage uses —
 * validation, rollup, evaluation, render — and the problems found in the catalog: duplicate ids
 * (the first definition is kept everywhere), `partOf` pointing at nothing or forming a cycle,
 * outline items the outline does not have, indicators and breakdowns over missing elements,
 * data rules that do not read or name unknown figures. The faulty entries are left out of the
 * tables, so every stage sees the same, consistent catalog.
 *
 * @category Indicators
 * @summary One set of tables for every stage, and what is wrong with the catalog.
 * @example
 * ```ts
 * compileCatalog(indicatorCatalog).problems; // []
 * const mine = extendCatalog({ elements: [{ ...wifi, partOf: "na.khong_co" }] });
 * compileCatalog(mine).problems[0]?.code; // "part_of_dangling"
 * ```
 */
export function compileCatalog(catalog: Catalog, options: { readonly locale?: Locale } = {}): CompiledCatalog {
  const hit = options.locale === "en" ? undefined : cache.get(catalog);
  if (hit) return hit;
  const locale = options.locale ?? "vi";
  const problems: CatalogProblem[] = [];
  const problem = (code: CatalogProblemCode, path: (string | number)[], params: Record<string, unknown>) =>
    problems.push({ code, severity: "error", path, message: catalogMessage(code, params, locale), params });

  // Ids, first definition wins (across kinds: an id names one thing).
  const kindOf = new Map<string, string>();
  const claim = (id: string, kind: string, list: string, index: number): boolean => {
    const first = kindOf.get(id);
    if (first !== undefined) {
      problem("duplicate_id", [list, index, "id"], { id, kind, firstKind: first });
      return false;
    }
    kindOf.set(id, kind);
    return true;
  };
  const elements = new Map<string, ElementDef>();
  const byPosition: ElementDef[] = [];
  const elementIndex = new Map<ElementDef, number>();
  catalog.elements.forEach((e, i) => {
    if (!claim(e.id, "element", "elements", i)) return;
    elements.set(e.id, e);
    elementIndex.set(e, i);
    byPosition.push(e);
  });
  const indicators = new Map<string, IndicatorDef>();
  catalog.indicators.forEach((ind, i) => {
    if (claim(ind.id, "indicator", "indicators", i)) indicators.set(ind.id, ind);
  });
  const scores = new Map<string, ScoreDef>();
  (catalog.scores ?? []).forEach((s, i) => {
    if (claim(s.id, "score", "scores", i)) scores.set(s.id, s);
  });
  const breakdownIds = new Set<string>();
  catalog.breakdowns.forEach((b, i) => {
    if (claim(b.id, "breakdown", "breakdowns", i)) breakdownIds.add(b.id);
  });

  // Outline items.
  const knownItem = (item: string) => outlineItem(item) !== undefined || outlineSection(item) !== undefined;
  const checkItem = (list: string, i: number, def: { id: string; outlineItem: string }) => {
    if (!knownItem(def.outlineItem)) problem("outline_item_unknown", [list, i, "outlineItem"], { id: def.id, item: def.outlineItem });
  };
  catalog.elements.forEach((e, i) => checkItem("elements", i, e));
  catalog.indicators.forEach((d, i) => checkItem("indicators", i, d));
  (catalog.scores ?? []).forEach((d, i) => checkItem("scores", i, d));

  // Part-of: dangling wholes and cycles.
  const inCycle = new Set<string>();
  for (const e of byPosition) {
    if (e.partOf === undefined) continue;
    if (!elements.has(e.partOf)) {
      problem("part_of_dangling", ["elements", elementIndex.get(e)!, "partOf"], { id: e.id, whole: e.partOf });
    }
  }
  for (const start of byPosition) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let cur: ElementDef | undefined = start;
    while (cur !== undefined && !onPath.has(cur.id) && !inCycle.has(cur.id)) {
      onPath.add(cur.id);
      path.push(cur.id);
      cur = cur.partOf === undefined ? undefined : elements.get(cur.partOf);
    }
    if (cur === undefined || inCycle.has(cur.id)) continue;
    const cycle = path.slice(path.indexOf(cur.id));
    for (const id of cycle) inCycle.add(id);
    problem("part_of_cycle", ["elements", elementIndex.get(elements.get(cycle[0]!)!)!, "partOf"], { id: cycle[0], cycle: [...cycle, cycle[0]] });
  }
  const partWhole: PartWhole[] = [];
  for (const part of byPosition) {
    const whole = part.partOf === undefined || inCycle.has(part.id) ? undefined : elements.get(part.partOf);
    if (whole) partWhole.push({ part, whole });
  }

  // Indicators and breakdowns over missing elements.
  catalog.indicators.forEach((ind, i) => {
    if (indicators.get(ind.id) !== ind) return;
    for (const role of ["numerator", "denominator"] as const) {
      if (!elements.has(ind[role])) problem("operand_missing", ["indicators", i, role], { id: ind.id, role, operand: ind[role] });
    }
  });
  const breakdowns: BreakdownDef[] = [];
  catalog.breakdowns.forEach((b, i) => {
    let ok = true;
    [b.total, ...b.parts].forEach((operand, k) => {
      if (elements.has(operand)) return;
      ok = false;
      problem("breakdown_part_missing", ["breakdowns", i, ...(k === 0 ? ["total"] : ["parts", k - 1])], { id: b.id, operand });
    });
    if (ok && breakdownIds.has(b.id)) breakdowns.push(b);
  });

  // Data rules.
  const rules: CompiledDataRule[] = [];
  (catalog.rules ?? []).forEach((def, i) => {
    if (!claim(def.id, "rule", "rules", i)) return;
    const sides: Partial<Record<"left" | "right", readonly ExpressionTerm[]>> = {};
    let ok = true;
    for (const side of ["left", "right"] as const) {
      const parsed = parseExpression(def[side]);
      if (!parsed.ok) {
        ok = false;
        problem("rule_expression_invalid", ["rules", i, side], { id: def.id, side, at: parsed.at, found: parsed.found });
        continue;
      }
      for (const t of parsed.terms) {
        if (t.id !== undefined && !elements.has(t.id) && !indicators.has(t.id) && !scores.has(t.id)) {
          ok = false;
          problem("rule_operand_missing", ["rules", i, side], { id: def.id, operand: t.id });
        }
      }
      sides[side] = parsed.terms;
    }
    if (ok) rules.push({ def, left: sides.left!, right: sides.right! });
  });

  // Completeness: what each level is expected to give.
  const expected = {} as Record<Level, ExpectedFigure[]>;
  const figure = (id: string, label: string, item: string, own: readonly AgencyCode[] | undefined): ExpectedFigure => {
    const lead = leadAgencies(own, item);
    const itemTitle = outlineItem(item)?.title ?? outlineSection(item)?.title ?? "";
    return { id, label, item, itemTitle, section: sectionOf(item), lead, leadNames: agencyNames(lead) };
  };
  const indicatorList = [...indicators.values()];
  const national = (levels: readonly Level[]) => levels.length === 1 && levels[0] === "bo";
  const elementExpected = (e: ElementDef, level: Level) =>
    e.expected !== undefined ? e.expected.includes(level) : e.levels.includes(level) && (level !== "bo" || national(e.levels));
  const indicatorExpected = (i: IndicatorDef, level: Level) =>
    i.expected !== undefined
      ? i.expected.includes(level)
      : i.levels.includes(level) && (level !== "bo" || national(i.levels) || i.target !== undefined || (i.targets?.length ?? 0) > 0);
  for (const level of ["xa", "tinh", "bo"] as const) {
    expected[level] = [
      ...byPosition.filter((e) => elementExpected(e, level)).map((e) => figure(e.id, e.label, e.outlineItem, e.lead)),
      ...indicatorList
        .filter((i) => indicatorExpected(i, level))
        .map((i) => ({ ...figure(i.id, i.label, i.outlineItem, i.lead), numerator: i.numerator, denominator: i.denominator })),
    ];
  }

  const outsideOf = (level: Level) =>
    new Set(byPosition.filter((e) => !e.levels.includes(level) && e.aggregation.units !== "countTrue").map((e) => e.id));

  // Positional tables (rollup).
  const position = Object.create(null) as Record<string, number>;
  byPosition.forEach((e, i) => (position[e.id] = i));
  const agg = new Uint8Array(byPosition.length);
  for (let i = 0; i < byPosition.length; i++) agg[i] = AGG_CODE[byPosition[i]!.aggregation.units];
  const ratios: { def: IndicatorDef; num: number; den: number }[] = [];
  for (const def of indicatorList) {
    const num = position[def.numerator];
    const den = position[def.denominator];
    if (num !== undefined && den !== undefined) ratios.push({ def, num, den });
  }
  const depth = (i: number): number => {
    let d = 0;
    for (let w = wholePos(i); w !== undefined; w = wholePos(w)) d++;
    return d;
  };
  function wholePos(i: number): number | undefined {
    const e = byPosition[i]!;
    return e.partOf === undefined || inCycle.has(e.id) ? undefined : position[e.partOf];
  }
  const pairs: { part: number; whole: number; depth: number }[] = [];
  for (let i = 0; i < byPosition.length; i++) {
    const wp = wholePos(i);
    if (wp !== undefined && agg[i] === AGG_SUM && agg[wp] === AGG_SUM) pairs.push({ part: i, whole: wp, depth: depth(i) });
  }
  pairs.sort((a, b) => a.depth - b.depth || a.part - b.part);
  const sumBreakdowns: { def: BreakdownDef; total: number; parts: number[] }[] = [];
  const inBreakdown = new Set<number>();
  for (const b of breakdowns) {
    const total = position[b.total]!;
    const parts = b.parts.map((p) => position[p]!);
    if (agg[total] !== AGG_SUM || parts.length === 0) continue;
    if (!parts.every((p) => agg[p] === AGG_SUM && p !== total && !inBreakdown.has(p))) continue;
    if (new Set(parts).size !== parts.length) continue;
    for (const p of parts) inBreakdown.add(p);
    sumBreakdowns.push({ def: b, total, parts });
  }
  const wholeOf = new Int32Array(byPosition.length).fill(-1);
  for (const { part, whole } of pairs) wholeOf[part] = whole;

  const figureCode = Object.create(null) as Record<string, number>;
  const at = (levels: readonly Level[]) => levels.reduce((m, l) => m | FIG_AT[l], 0);
  for (const s of scores.values()) figureCode[s.id] = FIG_RATIO | at(s.levels);
  for (const i of indicatorList) figureCode[i.id] = FIG_RATIO | at(i.levels);
  for (const e of byPosition) {
    const kind = e.kind !== "boolean" ? FIG_COUNT : e.aggregation.units === "countTrue" ? FIG_COUNT_TRUE : FIG_BOOLEAN;
    figureCode[e.id] = kind | at(e.levels);
  }

  const cumulative = byPosition.filter((e) => e.aggregation.time === "last" && e.kind !== "boolean");

  const compiled: CompiledCatalog = {
    catalog,
    problems,
    elements,
    indicators,
    scores,
    ids: [...kindOf.entries()].filter(([, k]) => k === "element" || k === "indicator" || k === "score").map(([id]) => id),
    partWhole,
    partWholeOf: new Map(partWhole.map((relation, index) => [relation.part.id, { relation, index }] as const)),
    cumulativeIndex: new Map(cumulative.map((e, i) => [e.id, i] as const)),
    breakdowns,
    targeted: indicatorList.filter((i) => i.target !== undefined || (i.targets !== undefined && i.targets.length > 0)),
    cumulative,
    rolledUp: byPosition.filter((e) => e.aggregation.units === "sum" || e.aggregation.units === "countTrue"),
    expected,
    outside: {
      xa: outsideOf("xa"),
      tinh: outsideOf("tinh"),
      bo: outsideOf("bo"),
    },
    figureCode,
    rules,
    byPosition,
    position,
    agg,
    ratios,
    partOf: Int32Array.from(pairs.flatMap(({ part, whole }) => [part, whole])),
    wholeOf,
    sumBreakdowns,
    memo: {},
  };
  if (options.locale !== "en") cache.set(catalog, compiled);
  return compiled;
}
