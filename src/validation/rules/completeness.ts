import type { AgencyCode } from "../../schema/agency.js";
import { sectionOf } from "../../indicators/catalog.js";
import { OUTLINE, outlineItem, outlineSection } from "../../schema/outline.js";
import { agencyNames, leadAgencies } from "../tables.js";
import { hasFigure, numberOf } from "../figures.js";
import type { RawIssue } from "../issue.js";
import { ALL_KINDS, ALL_LEVELS, type RuleContext, type ValidationRule } from "../rule.js";

/**
 * Completeness: the sections of the outline (`OUTLINE`) and the catalog's figures expected at
 * the report's level are there. A missing one is a warning naming who owes it: at province level
 * the outline's lead agency ("Sở Y tế chủ trì báo cáo"); an agency's own report is only asked
 * for the figures it leads. Missing figures are grouped per outline item and lead agency.
 */

/** Lead agencies worth naming: the outline names provincial departments. */
function owed(ctx: RuleContext, lead: readonly AgencyCode[]): { lead: string[]; leadNames: string[] } {
  if (ctx.level !== "tinh" || ctx.report.agency !== undefined || lead.length === 0) return { lead: [], leadNames: [] };
  return { lead: [...lead], leadNames: agencyNames(lead) };
}

function presentSections(ctx: RuleContext): Set<string> {
  const ids = new Set<string>();
  for (const s of ctx.report.sections) ids.add(String(s?.id));
  return ids;
}

function checkSections(ctx: RuleContext): RawIssue[] {
  const present = presentSections(ctx);
  const out: RawIssue[] = [];
  for (const section of OUTLINE) {
    if (!(section.levels as readonly string[]).includes(ctx.level) || present.has(section.id)) continue;
    const lead = "lead" in section ? section.lead : [];
    out.push({
      code: "section_missing",
      path: ["sections"],
      params: { section: section.id, title: section.title, ...owed(ctx, lead) },
    });
  }
  return out;
}

function checkFigures(ctx: RuleContext): RawIssue[] {
  // Where each present section sits in the report (a figure of a missing section is already
  // covered by that section's warning).
  const sectionIndex = new Map<string, number>();
  ctx.report.sections.forEach((s, i) => {
    const id = String(s?.id);
    if (!sectionIndex.has(id)) sectionIndex.set(id, i);
  });
  const agency = ctx.report.agency?.code;
  const { elements, indicators } = ctx.tables.byLevel[ctx.level];
  // One warning per outline item and lead: a commune report that leaves out most of the
  // catalog gets a dozen readable warnings, not eighty; the ids are in the params.
  const groups = new Map<string, { item: string; index: number; named: ReturnType<typeof owed>; ids: string[]; labels: string[] }>();
  const add = (id: string, label: string, item: string, own: readonly AgencyCode[] | undefined) => {
    const index = sectionIndex.get(sectionOf(item));
    if (index === undefined) return;
    const lead = leadAgencies(own, item);
    if (agency !== undefined && !(lead as readonly string[]).includes(agency)) return;
    const named = owed(ctx, lead);
    const key = `${item}|${named.lead.join(",")}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { item, index, named, ids: [], labels: [] }));
    g.ids.push(id);
    g.labels.push(label);
  };
  for (const el of elements) {
    if (!hasFigure(ctx.report, el.id)) add(el.id, el.label, el.outlineItem, el.lead);
  }
  for (const ind of indicators) {
    if (hasFigure(ctx.report, ind.id)) continue;
    if (numberOf(ctx.report, ind.numerator) !== undefined && numberOf(ctx.report, ind.denominator) !== undefined) continue;
    add(ind.id, ind.label, ind.outlineItem, ind.lead);
  }
  const out: RawIssue[] = [];
  for (const g of groups.values()) {
    out.push({
      code: "figures_missing",
      path: ["sections", g.index],
      params: {
        item: g.item,
        title: outlineItem(g.item)?.title ?? outlineSection(g.item)?.title ?? "",
        ids: g.ids,
        labels: g.labels,
        count: g.ids.length,
        ...g.named,
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
export const COMPLETENESS_RULES: readonly ValidationRule[] = [
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
