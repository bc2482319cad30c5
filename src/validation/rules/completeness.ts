import type { AgencyCode } from "../../schema/agency.js";
import { effectiveOutline, paragraphText, walkBody } from "../../schema/body.js";
import { OUTLINE } from "../../schema/outline.js";
import { outlinePlace } from "../../schema/outline-place.js";
import { nodePath } from "../prose.js";
import { agencyNames } from "../tables.js";
import type { RawIssue, ValidationIssueCode } from "../issue.js";
import { ALL_KINDS, ALL_LEVELS, type RuleContext, type ValidationRule } from "../rule.js";

/**
 * Completeness: the sections of the outline (`OUTLINE`) and the catalog's figures expected at
 * the report's level are there. The author's headings are free; what counts is their outline
 * tags: a section is covered when some part with text carries its tag, one of its items' tags,
 * or sits under a part that does (an item is covered by its own tag or its section's). A missing one is a warning naming who owes it: at province level
 * the outline's lead agency ("Sở Y tế chủ trì báo cáo"); an agency's own report is only asked
 * for the figures it leads. Missing figures are grouped per outline item and lead agency.
 */

const own = Object.prototype.hasOwnProperty;

/** Whether the outline's lead agencies are worth naming: it names provincial departments. */
const namesLeads = (ctx: RuleContext) => ctx.level === "tinh" && ctx.report.agency === undefined;

/** The outline keys (item, then section) one tag answers, per tag: a handful of distinct tags. */
const KEYS_OF_TAG = new Map<string, readonly string[]>();

function keysOfTag(tag: string): readonly string[] {
  let keys = KEYS_OF_TAG.get(tag);
  if (keys === undefined) {
    const { section, item } = outlinePlace([tag]);
    keys = [...(item !== undefined ? [item] : []), ...(section !== undefined ? [section] : [])];
    // Parsed reports carry only the outline's tags; a report-shaped value may carry anything,
    // so the table stops growing at a size no real outline reaches.
    if (KEYS_OF_TAG.size < 1024) KEYS_OF_TAG.set(tag, keys);
  }
  return keys;
}

interface Coverage {
  readonly present: Set<string>;
  readonly where: Map<string, (string | number)[]>;
}

/** Both completeness rules read the coverage of one validation run: computed once per context. */
const coverageOf = new WeakMap<RuleContext, Coverage>();

/**
 * What the body covers: the sections (and items) answered by some part with text, and where each
 * section and item is first written (the node a missing figure's warning points at).
 */
function coverage(ctx: RuleContext): Coverage {
  // Both completeness rules read it: walked once per validation (keyed on its context object).
  const hit = coverageOf.get(ctx);
  if (hit !== undefined) return hit;
  const made = walkCoverage(ctx);
  coverageOf.set(ctx, made);
  return made;
}

/** A slot per id of the catalog (elements, indicators, scores), built once per compiled catalog. */
interface Slots {
  readonly slot: Readonly<Record<string, number>>;
  readonly size: number;
}

const slotsByCatalog = new WeakMap<RuleContext["tables"], Slots>();

function slotsOf(tables: RuleContext["tables"]): Slots {
  const hit = slotsByCatalog.get(tables);
  if (hit !== undefined) return hit;
  const slot: Record<string, number> = Object.create(null) as Record<string, number>;
  let size = 0;
  for (const id of tables.ids) if (slot[id] === undefined) slot[id] = size++;
  for (const level of ["xa", "tinh", "bo"] as const) for (const f of tables.expected[level]) if (slot[f.id] === undefined) slot[f.id] = size++;
  const made = { slot, size };
  slotsByCatalog.set(tables, made);
  return made;
}

function walkCoverage(ctx: RuleContext): Coverage {
  const present = new Set<string>();
  const where = new Map<string, (string | number)[]>();
  const result = { present, where };
  const body: unknown = ctx.report.body;
  if (!Array.isArray(body)) return result;
  for (const v of walkBody(ctx.report.body)) {
    // A part may answer several items ("6.1" and "3.1"): each of them, and its section, counts.
    const keys: string[] = [];
    for (const tag of effectiveOutline(v)) for (const key of keysOfTag(tag)) keys.push(key);
    if (keys.length === 0) continue;
    for (const key of keys) if (!where.has(key)) where.set(key, nodePath(v.indices));
    if (v.node.paragraphs.some((p) => paragraphText(p).trim() !== "")) for (const key of keys) present.add(key);
  }
  return result;
}

function checkSections(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  const { present } = coverage(ctx);
  const out: RawIssue<ValidationIssueCode>[] = [];
  for (const section of OUTLINE) {
    if (!(section.levels as readonly string[]).includes(ctx.level) || present.has(section.id)) continue;
    const lead: readonly AgencyCode[] = "lead" in section && namesLeads(ctx) ? section.lead : [];
    out.push({
      code: "section_missing",
      path: ["body"],
      params: { section: section.id, title: section.title, lead: [...lead], leadNames: agencyNames(lead) },
    });
  }
  return out;
}

interface Group {
  readonly item: string;
  readonly title: string;
  readonly at: (string | number)[];
  readonly lead: readonly string[];
  readonly leadNames: readonly string[];
  readonly ids: string[];
  readonly labels: string[];
}

function checkFigures(ctx: RuleContext): RawIssue<ValidationIssueCode>[] {
  // Where each covered section is written (a figure of a missing section is already covered by
  // that section's warning).
  const { present: covered, where } = coverage(ctx);
  const agency = ctx.report.agency?.code;
  const named = namesLeads(ctx);
  // One warning per outline item and lead: a commune report that leaves out most of the
  // catalog gets a dozen readable warnings, not eighty; the ids are in the params.
  const groups = new Map<string, Group>();
  // What the report gives, marked by slot in one pass over its own records (a keyed read per
  // expected figure goes megamorphic over the reports' many shapes; the slot table has one).
  const { slot, size } = slotsOf(ctx.tables);
  const gives = new Uint8Array(size); // 1: a figure; 2: also a finite count (an operand)
  const values = ctx.report.values as Readonly<Record<string, unknown>> | undefined;
  const stated = ctx.report.stated as Readonly<Record<string, unknown>> | undefined;
  if (values !== undefined) {
    for (const id in values) {
      const k = slot[id];
      if (k === undefined || !own.call(values, id)) continue;
      const v = values[id];
      if (v !== undefined) gives[k] = typeof v === "number" && Number.isFinite(v) ? 2 : 1;
    }
  }
  if (stated !== undefined) {
    for (const id in stated) {
      const k = slot[id];
      if (k !== undefined && gives[k] === 0 && own.call(stated, id) && stated[id] !== undefined) gives[k] = 1;
    }
  }
  const counts = (id: string) => {
    const k = slot[id];
    return k !== undefined && gives[k] === 2;
  };
  for (const f of ctx.tables.expected[ctx.level]) {
    if (gives[slot[f.id]!] !== 0) continue;
    if (f.numerator !== undefined && counts(f.numerator) && counts(f.denominator!)) continue;
    if (!covered.has(f.section)) continue;
    const at = where.get(f.item) ?? where.get(f.section);
    if (at === undefined) continue;
    if (agency !== undefined && !(f.lead as readonly string[]).includes(agency)) continue;
    const key = named ? `${f.item}|${f.lead.join(",")}` : f.item;
    let g = groups.get(key);
    if (g === undefined) {
      g = { item: f.item, title: f.itemTitle, at, lead: named ? f.lead : [], leadNames: named ? f.leadNames : [], ids: [], labels: [] };
      groups.set(key, g);
    }
    g.ids.push(f.id);
    g.labels.push(f.label);
  }
  const out: RawIssue<ValidationIssueCode>[] = [];
  for (const g of groups.values()) {
    out.push({
      code: "figures_missing",
      path: g.at,
      params: {
        item: g.item,
        title: g.title,
        ids: g.ids,
        labels: g.labels,
        count: g.ids.length,
        lead: g.lead,
        leadNames: g.leadNames,
      },
    });
  }
  return out;
}

/**
 * The completeness rules.
 *
 * @category Validation
 * @example
 * ```ts
 * COMPLETENESS_RULES.every((r) => r.severity === "warning"); // true
 * ```
 */
export const COMPLETENESS_RULES: readonly ValidationRule<ValidationIssueCode>[] = [
  {
    id: "completeness.sections",
    family: "completeness",
    severity: "warning",
    levels: ALL_LEVELS,
    periodKinds: ALL_KINDS,
    description: "Báo cáo có đủ các mục của đề cương áp dụng cho cấp báo cáo; mục thiếu nêu cơ quan chủ trì báo cáo.",
    description_en: "The report has every outline section expected at its level; a missing one names the lead agency.",
    check: checkSections,
  },
  {
    id: "completeness.figures",
    family: "completeness",
    severity: "warning",
    levels: ALL_LEVELS,
    periodKinds: ALL_KINDS,
    description: "Báo cáo có các số liệu của danh mục áp dụng cho cấp báo cáo; số liệu thiếu nêu cơ quan chủ trì báo cáo.",
    description_en: "The report has the catalog's figures expected at its level; a missing one names the lead agency.",
    check: checkFigures,
  },
];
