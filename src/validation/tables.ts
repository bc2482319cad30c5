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
  /** Elements and indicators reported at each level. */
  readonly byLevel: Readonly<Record<Level, { readonly elements: readonly ElementDef[]; readonly indicators: readonly IndicatorDef[] }>>;
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
  const byLevel = {} as Record<Level, { elements: ElementDef[]; indicators: IndicatorDef[] }>;
  for (const level of ["xa", "tinh", "bo"] as const) {
    byLevel[level] = {
      elements: catalog.elements.filter((e) => e.levels.includes(level)),
      indicators: catalog.indicators.filter((i) => i.levels.includes(level)),
    };
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
    byLevel,
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
