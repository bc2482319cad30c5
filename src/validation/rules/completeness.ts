import type { AgencyCode } from "../../schema/agency.js";
import { OUTLINE } from "../../schema/outline.js";
import { agencyNames } from "../tables.js";
import { figureIds, numberOf } from "../figures.js";
import type { RawIssue } from "../issue.js";
import { ALL_KINDS, ALL_LEVELS, type RuleContext, type ValidationRule } from "../rule.js";

/**
 * Completeness: the sections of the outline (`OUTLINE`) and the catalog's figures expected at
 * the report's level are there. A missing one is a warning naming who owes it: at province level
 * the outline's lead agency ("Sở Y tế chủ trì báo cáo"); an agency's own report is only asked
 * for the figures it leads. Missing figures are grouped per outline item and lead agency.
 */

/** Whether the outline's lead agencies are worth naming: it names provincial departments. */
const namesLeads = (ctx: RuleContext) => ctx.level === "tinh" && ctx.report.agency === undefined;

function checkSections(ctx: RuleContext): RawIssue[] {
  const present = new Set<string>();
  for (const s of ctx.report.sections) present.add(String(s?.id));
  const out: RawIssue[] = [];
  for (const section of OUTLINE) {
    if (!(section.levels as readonly string[]).includes(ctx.level) || present.has(section.id)) continue;
    const lead: readonly AgencyCode[] = "lead" in section && namesLeads(ctx) ? section.lead : [];
    out.push({
      code: "section_missing",
      path: ["sections"],
      params: { section: section.id, title: section.title, lead: [...lead], leadNames: agencyNames(lead) },
    });
  }
  return out;
}

interface Group {
  readonly item: string;
  readonly title: string;
  readonly index: number;
  readonly lead: readonly string[];
  readonly leadNames: readonly string[];
  readonly ids: string[];
  readonly labels: string[];
}

function checkFigures(ctx: RuleContext): RawIssue[] {
  // Where each present section sits in the report (a figure of a missing section is already
  // covered by that section's warning).
  const sectionIndex = new Map<string, number>();
  const sections = ctx.report.sections;
  for (let i = 0; i < sections.length; i++) {
    const id = String(sections[i]?.id);
    if (!sectionIndex.has(id)) sectionIndex.set(id, i);
  }
  const agency = ctx.report.agency?.code;
  const named = namesLeads(ctx);
  // One warning per outline item and lead: a commune report that leaves out most of the
  // catalog gets a dozen readable warnings, not eighty; the ids are in the params.
  const groups = new Map<string, Group>();
  const present = figureIds(ctx.report);
  for (const f of ctx.tables.expected[ctx.level]) {
    if (present.has(f.id)) continue;
    if (f.numerator !== undefined && numberOf(ctx.report, f.numerator) !== undefined && numberOf(ctx.report, f.denominator!) !== undefined) {
      continue;
    }
    const index = sectionIndex.get(f.section);
    if (index === undefined) continue;
    if (agency !== undefined && !(f.lead as readonly string[]).includes(agency)) continue;
    const key = named ? `${f.item}|${f.lead.join(",")}` : f.item;
    let g = groups.get(key);
    if (g === undefined) {
      g = { item: f.item, title: f.itemTitle, index, lead: named ? f.lead : [], leadNames: named ? f.leadNames : [], ids: [], labels: [] };
      groups.set(key, g);
    }
    g.ids.push(f.id);
    g.labels.push(f.label);
  }
  const out: RawIssue[] = [];
  for (const g of groups.values()) {
    out.push({
      code: "figures_missing",
      path: ["sections", g.index],
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
