/**
 * The figures of one section of a report, gathered once for the figures table and the prose:
 * each element with its value, each indicator with its value (from `evaluateIndicators`, or
 * what the author stated when the counts are not there), each score, with the same period last
 * year, the comparison (from `compareValues`), the target and the quality flags. Nothing here
 * computes a figure: rates come from the indicators module, changes from `compareValues`.
 */
import { indicatorCatalog, sectionOf } from "../indicators/catalog.js";
import { compareValues, type Comparison } from "../indicators/compare.js";
import { compileCatalog } from "../indicators/compile.js";
import { evaluateIndicators, type IndicatorValue } from "../indicators/evaluate.js";
import { indicatorAt } from "../indicators/target-for.js";
import { compareOutlineIds } from "../schema/outline.js";
import { cutoffRange, parsePeriod } from "../schema/period.js";
import type { Catalog, ElementDef, IndicatorDef, ScoreDef } from "../indicators/types.js";
import type { FIGURE_FLAGS, FigureSet, Report, StatedValue } from "../schema/report.js";
import type { FigureBreakdown, FigureStatement, StatedChange } from "../schema/figure-facts.js";

/** A quality flag of a figure (SDMX-like). */
export type Flag = (typeof FIGURE_FLAGS)[number];

/**
 * What the report says about a figure beyond its value (from its `facts`, `changes`,
 * `statements` and `breakdowns`): the date it holds on when that is not the report's cut-off,
 * its scope, the changes the author states, every place it is written when the places disagree,
 * and its breakdowns by a dimension.
 */
export interface RicherFacts {
  /** ISO date the figure holds on, when it differs from the end of the report's cut-off. */
  readonly asOf?: string;
  readonly scope?: string;
  readonly statedChanges?: readonly StatedChange[];
  /** The statements of the figure, only when they give more than one value. */
  readonly statements?: readonly FigureStatement[];
  readonly breakdowns?: readonly FigureBreakdown[];
}

/** A data element of the section with its value. */
export interface ElementFact extends RicherFacts {
  readonly kind: "element";
  readonly def: ElementDef;
  /** The count, amount or yes/no fact; absent when only a stated value was written. */
  readonly value?: number | boolean;
  readonly stated?: StatedValue;
  readonly flag?: Flag;
  readonly previous?: number | boolean;
  readonly previousStated?: StatedValue;
  readonly previousFlag?: Flag;
  readonly comparison?: Comparison;
}

/** An indicator of the section: computed from counts where they exist, else as stated. */
export interface IndicatorFact extends RicherFacts {
  readonly kind: "indicator";
  readonly def: IndicatorDef;
  /** The evaluation over this report's counts (may have no value). */
  readonly evaluated: IndicatorValue;
  readonly stated?: StatedValue;
  /** The value shown: evaluated when it has one, else the stated value. */
  readonly value?: number;
  readonly source?: "counts" | "stated";
  readonly meetsTarget?: boolean;
  readonly flag?: Flag;
  readonly previous?: number;
  readonly previousFlag?: Flag;
  readonly comparison?: Comparison;
}

/** A score ("18/22 điểm"): always as stated. */
export interface ScoreFact extends RicherFacts {
  readonly kind: "score";
  readonly def: ScoreDef;
  readonly stated: StatedValue;
  readonly flag?: Flag;
  readonly previous?: number;
  readonly comparison?: Comparison;
}

/** One figure of a section. */
export type Fact = ElementFact | IndicatorFact | ScoreFact;

/** The earlier figures a report is compared with: the same period last year, else the previous one. */
export function comparisonBase(report: Report): { set: FigureSet & { period: string }; against: "samePeriodLastYear" | "previous" } | undefined {
  const same = report.comparisons?.samePeriodLastYear;
  if (same !== undefined) return { set: same, against: "samePeriodLastYear" };
  const previous = report.comparisons?.previous;
  if (previous !== undefined) return { set: previous, against: "previous" };
  return undefined;
}

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** The flag of an indicator: its own, else that of its numerator or denominator. */
function indicatorFlag(flags: FigureSet["flags"], def: IndicatorDef): Flag | undefined {
  return flags[def.id] ?? flags[def.numerator] ?? flags[def.denominator];
}

/**
 * The richer facts of figure `id`, each only when there is something to show: an as-of date other
 * than `cutoff`, stated changes, statements that disagree, breakdowns.
 */
function richerFacts(report: Report, id: string, cutoff: string | undefined): RicherFacts {
  const fact = report.facts !== undefined && has(report.facts, id) ? report.facts[id] : undefined;
  const changes = report.changes !== undefined && has(report.changes, id) ? report.changes[id] : undefined;
  const statements = report.statements !== undefined && has(report.statements, id) ? report.statements[id] : undefined;
  const breakdowns = report.breakdowns?.filter((b) => b.id === id);
  const asOf = fact?.asOf !== undefined && fact.asOf !== cutoff ? fact.asOf : undefined;
  const differ = statements !== undefined && new Set(statements.map((x) => x.value)).size > 1;
  return {
    ...(asOf !== undefined ? { asOf } : {}),
    ...(fact?.scope !== undefined ? { scope: fact.scope } : {}),
    ...(changes !== undefined && changes.length > 0 ? { statedChanges: changes } : {}),
    ...(differ ? { statements } : {}),
    ...(breakdowns !== undefined && breakdowns.length > 0 ? { breakdowns } : {}),
  };
}

/** Whether a stated value meets a target (a comparison, not a figure: the value is the author's). */
function statedMeets(def: IndicatorDef, value: number): boolean | undefined {
  if (def.target === undefined) return undefined;
  return def.target.op === ">=" ? value >= def.target.value : value <= def.target.value;
}


/**
 * Every figure a report gives, in the outline's order (by item, then elements, indicators and
 * scores, then catalog order). The indicators are evaluated here once, over all the report's
 * counts (and once over the comparison base's), whatever number of tables shows them.
 *
 * @category Render
 * @example
 * ```ts
 * reportFacts(report).filter((f) => f.kind === "indicator").map((f) => f.def.id);
 * ```
 */
export function reportFacts(report: Report, catalog: Catalog = indicatorCatalog): Fact[] {
  return computeFacts(report, catalog, () => true);
}

/**
 * The figures a report gives for section `sectionId` ("1"–"8"), in the catalog's order within
 * each outline item: elements, then indicators, then scores.
 *
 * @category Render
 * @example
 * ```ts
 * sectionFacts(report, "3").map((f) => f.def.id); // ["hs.tiep_nhan", …, "tl.ho_so_dung_han"]
 * ```
 */
export function sectionFacts(report: Report, sectionId: string, catalog: Catalog = indicatorCatalog): Fact[] {
  return computeFacts(report, catalog, (outlineItem) => sectionOf(outlineItem) === sectionId);
}

function computeFacts(report: Report, catalog: Catalog, wanted: (outlineItem: string) => boolean): Fact[] {
  const base = comparisonBase(report);
  const compareOptions = (unit: string) => ({
    against: base?.against ?? "samePeriodLastYear",
    ...(base ? { period: base.set.period } : {}),
    currentPeriod: report.period,
    unit,
  });
  const inSection = <T extends { outlineItem: string }>(defs: Iterable<T>) => [...defs].filter((d) => wanted(d.outlineItem));
  const compiled = compileCatalog(catalog);
  const parsedPeriod = parsePeriod(report.period);
  const cutoff = parsedPeriod === undefined ? undefined : cutoffRange(parsedPeriod).to;
  const rich = report.facts !== undefined || report.changes !== undefined || report.statements !== undefined || report.breakdowns !== undefined;
  const richer = (id: string): RicherFacts => (rich ? richerFacts(report, id, cutoff) : {});

  const elements: ElementFact[] = [];
  for (const def of inSection(compiled.byPosition)) {
    const value = has(report.values, def.id) ? report.values[def.id] : undefined;
    const stated = has(report.stated, def.id) ? report.stated[def.id] : undefined;
    if (value === undefined && stated === undefined) continue;
    const previous = base && has(base.set.values, def.id) ? base.set.values[def.id] : undefined;
    const previousStated = base && has(base.set.stated, def.id) ? base.set.stated[def.id] : undefined;
    const current = typeof value === "number" ? value : stated?.value;
    const before = typeof previous === "number" ? previous : previousStated?.value;
    const comparison = typeof value === "boolean" ? undefined : compareValues(current, before, compareOptions(def.unit));
    const flag = report.flags[def.id];
    const previousFlag = base?.set.flags[def.id];
    elements.push({
      kind: "element",
      def,
      ...richer(def.id),
      ...(value !== undefined ? { value } : {}),
      ...(stated !== undefined ? { stated } : {}),
      ...(flag !== undefined ? { flag } : {}),
      ...(previous !== undefined ? { previous } : {}),
      ...(previousStated !== undefined ? { previousStated } : {}),
      ...(previousFlag !== undefined ? { previousFlag } : {}),
      ...(comparison !== undefined ? { comparison } : {}),
    });
  }

  // Only the indicators the report can give: one of their counts is there, or the author stated
  // them (the others would only be evaluated to say that nothing is there); each with the target
  // of the period the report falls in.
  const date = cutoff;
  const defs = inSection(compiled.indicators.values())
    .filter((d) => has(report.values, d.numerator) || has(report.values, d.denominator) || has(report.stated, d.id))
    .map((d) => indicatorAt(d, date));
  const ids = defs.map((d) => d.id);
  const now = ids.length > 0 ? evaluateIndicators(report.values, { catalog, ids, period: report.period }) : [];
  const then = base && ids.length > 0 ? evaluateIndicators(base.set.values, { catalog, ids, period: base.set.period }) : [];
  const indicators: IndicatorFact[] = [];
  defs.forEach((def, i) => {
    const evaluated = now[i];
    if (evaluated === undefined) return;
    const stated = has(report.stated, def.id) ? report.stated[def.id] : undefined;
    const fromCounts = evaluated.value;
    if (fromCounts === undefined && stated === undefined) return;
    const value = fromCounts ?? stated?.value;
    const previousStated = base && has(base.set.stated, def.id) ? base.set.stated[def.id] : undefined;
    const previous = then[i]?.value ?? previousStated?.value;
    const comparison = compareValues(value, previous, { ...compareOptions(def.unit), decimals: def.decimals });
    const meetsTarget = fromCounts !== undefined ? evaluated.meetsTarget : value === undefined ? undefined : statedMeets(def, value);
    const flag = indicatorFlag(report.flags, def);
    const previousFlag = base ? indicatorFlag(base.set.flags, def) : undefined;
    indicators.push({
      kind: "indicator",
      def,
      ...richer(def.id),
      evaluated,
      ...(stated !== undefined ? { stated } : {}),
      ...(value !== undefined ? { value, source: fromCounts !== undefined ? "counts" : "stated" } : {}),
      ...(meetsTarget !== undefined ? { meetsTarget } : {}),
      ...(flag !== undefined ? { flag } : {}),
      ...(previous !== undefined ? { previous } : {}),
      ...(previousFlag !== undefined ? { previousFlag } : {}),
      ...(comparison !== undefined ? { comparison } : {}),
    });
  });

  const scores: ScoreFact[] = [];
  for (const def of inSection(compiled.scores.values())) {
    const stated = has(report.stated, def.id) ? report.stated[def.id] : undefined;
    if (stated === undefined) continue;
    const previous = base && has(base.set.stated, def.id) ? base.set.stated[def.id]?.value : undefined;
    const comparison = compareValues(stated.value, previous, { ...compareOptions(def.unit), decimals: Math.max(0, stated.decimals) });
    const flag = report.flags[def.id];
    scores.push({
      kind: "score",
      def,
      ...richer(def.id),
      stated,
      ...(flag !== undefined ? { flag } : {}),
      ...(previous !== undefined ? { previous } : {}),
      ...(comparison !== undefined ? { comparison } : {}),
    });
  }

  const order = { element: 0, indicator: 1, score: 2 } as const;
  const all: Fact[] = [...elements, ...indicators, ...scores];
  const index = new Map<Fact, number>(all.map((f, i) => [f, i]));
  return all.sort(
    (a, b) =>
      compareOutlineIds(a.def.outlineItem, b.def.outlineItem) || order[a.kind] - order[b.kind] || (index.get(a) ?? 0) - (index.get(b) ?? 0),
  );
}
