import { findAgency, type AgencyCode } from "../schema/agency.js";
import type { Level } from "../schema/level.js";
import { outlineItem, outlineSection } from "../schema/outline.js";
import { sectionOf } from "../indicators/catalog.js";
import type { BreakdownDef, Catalog, ElementDef, IndicatorDef, ScoreDef } from "../indicators/types.js";

/**
 * Look-up tables over a catalog, built once per catalog object and shared by every validation
 * that uses it (a `WeakMap` keyed by the catalog, so a vendor's own catalog gets its own tables
 * and nothing is kept alive once the catalog is dropped).
 */

/**
 * A "part ≤ whole" relation declared by an element's `partOf`.
 *
 * @category Validation
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
 * @category Validation
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
 * Precomputed tables over a {@link Catalog}, handed to every rule in {@link RuleContext}.
 *
 * @category Validation
 * @example
 * ```ts
 * const t = validationTables(indicatorCatalog);
 * t.elements.get("hs.tiep_nhan")?.label; // "Số hồ sơ tiếp nhận…"
 * ```
 */
export interface ValidationTables {
  readonly catalog: Catalog;
  readonly elements: ReadonlyMap<string, ElementDef>;
  readonly indicators: ReadonlyMap<string, IndicatorDef>;
  readonly scores: ReadonlyMap<string, ScoreDef>;
  /** Declared part–whole relations whose two ends are both in the catalog. */
  readonly partWhole: readonly PartWhole[];
  /** Breakdowns whose total and parts are all elements of the catalog. */
  readonly breakdowns: readonly BreakdownDef[];
  /** Indicators with a legal target. */
  readonly targeted: readonly IndicatorDef[];
  /** Elements aggregated over time by `last` (stocks, cumulative figures). */
  readonly cumulative: readonly ElementDef[];
  /** Elements that a parent derives from its children (`sum`, `countTrue`). */
  readonly rolledUp: readonly ElementDef[];
  /** Elements and indicators reported at each level, in catalog order. */
  readonly expected: Readonly<Record<Level, readonly ExpectedFigure[]>>;
}

const cache = new WeakMap<Catalog, ValidationTables>();

/**
 * The look-up tables of a catalog, computed on first use and cached per catalog object.
 *
 * @category Validation
 * @summary Precompute what the rules need from a catalog, once.
 * @example
 * ```ts
 * validationTables(indicatorCatalog) === validationTables(indicatorCatalog); // true (cached)
 * ```
 */
export function validationTables(catalog: Catalog): ValidationTables {
  const hit = cache.get(catalog);
  if (hit) return hit;
  const elements = new Map<string, ElementDef>();
  for (const e of catalog.elements) elements.set(e.id, e);
  const indicators = new Map<string, IndicatorDef>();
  for (const i of catalog.indicators) indicators.set(i.id, i);
  const scores = new Map<string, ScoreDef>();
  for (const s of catalog.scores ?? []) scores.set(s.id, s);
  const partWhole: PartWhole[] = [];
  for (const part of catalog.elements) {
    const whole = part.partOf === undefined ? undefined : elements.get(part.partOf);
    if (whole) partWhole.push({ part, whole });
  }
  const expected = {} as Record<Level, ExpectedFigure[]>;
  const figure = (id: string, label: string, item: string, own: readonly AgencyCode[] | undefined): ExpectedFigure => {
    const lead = leadAgencies(own, item);
    const itemTitle = outlineItem(item)?.title ?? outlineSection(item)?.title ?? "";
    return { id, label, item, itemTitle, section: sectionOf(item), lead, leadNames: agencyNames(lead) };
  };
  for (const level of ["xa", "tinh", "bo"] as const) {
    expected[level] = [
      ...catalog.elements.filter((e) => e.levels.includes(level)).map((e) => figure(e.id, e.label, e.outlineItem, e.lead)),
      ...catalog.indicators
        .filter((i) => i.levels.includes(level))
        .map((i) => ({ ...figure(i.id, i.label, i.outlineItem, i.lead), numerator: i.numerator, denominator: i.denominator })),
    ];
  }
  const tables: ValidationTables = {
    catalog,
    elements,
    indicators,
    scores,
    partWhole,
    breakdowns: catalog.breakdowns.filter((b) => elements.has(b.total) && b.parts.every((p) => elements.has(p))),
    targeted: catalog.indicators.filter((i) => i.target !== undefined),
    cumulative: catalog.elements.filter((e) => e.aggregation.time === "last" && e.kind !== "boolean"),
    rolledUp: catalog.elements.filter((e) => e.aggregation.units === "sum" || e.aggregation.units === "countTrue"),
    expected,
  };
  cache.set(catalog, tables);
  return tables;
}

/**
 * The agencies that owe a figure or an outline item: the figure's own `lead`, else its outline
 * item's, else its section's.
 *
 * @category Validation
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

/** Names of agencies, for messages ("Sở Y tế, Bảo hiểm xã hội tỉnh"). */
export function agencyNames(codes: readonly string[]): string[] {
  return codes.map((c) => findAgency(c)?.name ?? c);
}
