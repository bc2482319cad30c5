import { indicatorCatalog } from "../../indicators/catalog.js";
import { compileCatalog } from "../../indicators/compile.js";
import type { Catalog } from "../../indicators/types.js";
import { findAgency } from "../../schema/agency.js";
import type { Level } from "../../schema/level.js";
import { OUTLINE, type OutlineItem, type OutlineSection } from "../../schema/outline.js";
import type { Locale } from "../../schema/problem.js";
import type { BodyNode, Footnote, Paragraph } from "../../schema/body.js";
import { effectiveOutline, headingText, paragraphText, walkBody } from "../../schema/body-walk.js";
import { outlineBody, type OutlineContent, type OutlineSectionContent } from "../../schema/outline-body.js";
import { outlinePlace } from "../../schema/outline-place.js";
import type { DocumentMeta, Report, StatedValue } from "../../schema/report.js";
import { REPORT_SCHEMA_VERSION } from "../../schema/version.js";
import type { FigureFlag } from "../combine.js";
import { consolidatedDocument, DRAFT_MARKING } from "../document.js";
import { rollupProblem, type RollupProblem } from "../messages.js";
import type { ParentUnit } from "../options.js";
import type { Contribution, Provenance } from "../types.js";

/**
 * Agency composition: one report of a level built from the parts its agencies contribute —
 * Sở Y tế writes the e-health part of 5.1, BHXH tỉnh the social-security payments of 4.1, the
 * public-service centre section 3… — following the lead agency the outline names per item. What
 * nobody sent is listed with the agency that owes it; two agencies giving one figure different
 * values is an issue, never a silent pick.
 */

/**
 * The part of a report one agency contributes: its text as a heading tree whose parts carry
 * outline tags (which section or item, assessment, recommendation or next task each part
 * answers: that is where composition places it), its footnotes, and its figures.
 *
 * @category Rollup
 * @example
 * ```ts
 * const c: AgencyContribution = {
 *   agency: "bhxh_tinh",
 *   body: [{ numbering: "1.", title: "Chi trả an sinh xã hội", paragraphs: ["Chi trả qua tài khoản đạt 98,5%."], outline: ["4.1"], children: [] }],
 *   values: { "bhxh.doi_tuong_huong": 120_345, "bhxh.huong_qua_tai_khoan": 118_540 },
 * };
 * ```
 */
export interface AgencyContribution {
  /** Agency code (`so_y_te`, `bhxh_tinh`… or a province's own). */
  readonly agency: string;
  /** Name, when the code is not a built-in agency. */
  readonly agencyName?: string;
  /** The unit the part is for; checked against the composed report's when given. */
  readonly unit?: string;
  /** The period the part is for; checked when given. */
  readonly period?: string;
  /** The agency's text; only parts with an outline tag (their own or an ancestor's) are placed. */
  readonly body?: readonly BodyNode[];
  /** Footnotes its paragraphs point at. */
  readonly footnotes?: readonly Footnote[];
  readonly values?: Readonly<Record<string, number | boolean>>;
  readonly stated?: Readonly<Record<string, StatedValue>>;
  readonly flags?: Readonly<Record<string, FigureFlag>>;
}

/**
 * Options of {@link composeReport}.
 *
 * @category Rollup
 * @example
 * ```ts
 * const o: ComposeOptions = { unit: { code: "40", name: "Tỉnh Nghệ An", level: "tinh" }, period: "202602" };
 * ```
 */
export interface ComposeOptions {
  readonly unit: ParentUnit;
  readonly period: string;
  readonly catalog?: Catalog;
  /** A report to start from (e.g. the rollup of the communes); its figures count as one more source. */
  readonly base?: Report;
  /** Override who owes an outline item or section: id (`4.1`, `8`) → agency codes. */
  readonly owners?: Readonly<Record<string, readonly string[]>>;
  /** The agency that owes items without a named lead (default: the level's standing agency, Công an). */
  readonly compiler?: string;
  readonly document?: Partial<DocumentMeta>;
  readonly locale?: Locale;
}

/**
 * An outline item (or a section without items) that an agency owes and has not sent.
 *
 * @category Rollup
 * @example
 * ```ts
 * const m: MissingPart = { section: "4", item: "4.1", title: "Triển khai các giải pháp thanh toán không dùng tiền mặt", agency: "bhxh_tinh", agencyName: "Bảo hiểm xã hội tỉnh" };
 * ```
 */
export interface MissingPart {
  readonly section: string;
  readonly item?: string;
  readonly title: string;
  readonly agency: string;
  readonly agencyName: string;
}

/**
 * The result of {@link composeReport}.
 *
 * @category Rollup
 * @example
 * ```ts
 * const { report, missing, issues, provenance }: ComposeResult = composeReport(parts, options);
 * missing.map((m) => `${m.agencyName}: mục ${m.item ?? m.section}`);
 * ```
 */
export interface ComposeResult {
  readonly report: Report;
  readonly missing: readonly MissingPart[];
  readonly issues: readonly RollupProblem[];
  /** Figure id → which agency (in `unit`/`unitName`) gave which value. */
  readonly provenance: Provenance;
}

/** The outline names province-level agencies; at the other levels their counterparts owe the part. */
const COUNTERPART: Readonly<Record<Level, Readonly<Record<string, string>>>> = {
  tinh: {},
  bo: {
    cong_an_tinh: "bo_cong_an",
    ubnd_tinh: "vp_chinh_phu",
    vp_ubnd_tinh: "vp_chinh_phu",
    tt_phvhcc: "vp_chinh_phu",
    so_y_te: "bo_y_te",
    so_gd_dt: "bo_gd_dt",
    so_kh_cn: "bo_kh_cn",
    so_noi_vu: "bo_noi_vu",
    so_nn_mt: "bo_nn_mt",
    so_tu_phap: "bo_tu_phap",
    so_tai_chinh: "bo_tai_chinh",
    bhxh_tinh: "bhxh_vn",
  },
  xa: { cong_an_tinh: "cong_an_xa" },
};

const STANDING: Readonly<Record<Level, string>> = { xa: "cong_an_xa", tinh: "cong_an_tinh", bo: "bo_cong_an" };

function counterpart(code: string, level: Level): string {
  const mapped = COUNTERPART[level][code];
  if (mapped) return mapped;
  if (level === "xa" && findAgency(code)?.level !== "xa") return "ubnd_xa";
  return code;
}

const uniq = <T>(xs: readonly T[]) => [...new Set(xs)];

/** Turns an agency's own report (with `agency` set) into a contribution. */
function asContribution(x: AgencyContribution | Report): AgencyContribution {
  if (!("schemaVersion" in x)) return x;
  return {
    agency: x.agency?.code ?? x.unit.code,
    agencyName: x.agency?.name ?? x.unit.name,
    unit: x.unit.code,
    period: x.period,
    body: x.body,
    footnotes: x.footnotes,
    values: x.values,
    stated: x.stated,
    flags: x.flags,
  };
}

const FLAG_RANK: Readonly<Record<string, number>> = { provisional: 1, imputed: 2, estimated: 3 };

/**
 * Composes one report of a level from its agencies' contributions (and optionally a base report,
 * such as the rollup of the level below). The result is a generated draft laid out from the
 * outline (`outlineBody`): each contribution's paragraphs are placed under the outline part their
 * tags name (untagged parts are reported, not guessed). Sections follow the outline's order;
 * within a section, the item's lead agencies come first. Every outline item expected at the level is owed by its
 * lead agencies (mapped to the level's counterparts: Sở Y tế → Bộ Y tế), or by the standing
 * agency when the outline names none; what an owner did not send is listed in `missing`.
 *
 * @category Rollup
 * @summary One report from the parts its agencies wrote.
 * @param contributions - Agency parts, or agencies' own reports (with `agency` set).
 * @param options - Unit, period; optionally base report, owners, catalog, header.
 * @returns The report, the missing parts with who owes them, conflicts and provenance.
 * @example
 * ```ts
 * const { report, missing, issues } = composeReport(
 *   [ttPhvhccPart, bhxhPart, soYTePart],
 *   { unit: { code: "40", name: "Tỉnh Nghệ An", level: "tinh" }, period: "202602", base: rollup(communes, …).report },
 * );
 * missing.map((m) => `${m.agencyName}: mục ${m.item ?? m.section}`);
 * ```
 */
export function composeReport(contributions: readonly (AgencyContribution | Report)[], options: ComposeOptions): ComposeResult {
  const locale = options.locale ?? "vi";
  const catalog: Catalog = options.catalog ?? indicatorCatalog;
  const { unit, period } = options;
  const level = unit.level;
  const issues: RollupProblem[] = [];
  const nameOf = (c: AgencyContribution) => c.agencyName ?? findAgency(c.agency)?.name ?? c.agency;

  // 1. Keep the contributions for this unit and period.
  const parts: AgencyContribution[] = [];
  for (const raw of contributions) {
    const c = asContribution(raw);
    const who = { agency: c.agency, agencyName: nameOf(c) };
    if (c.unit !== undefined && c.unit !== unit.code) {
      issues.push(rollupProblem("contribution_wrong_unit", "error", ["contributions", c.agency, "unit"], { ...who, unit: c.unit, expectedUnit: unit.code }, locale));
      continue;
    }
    if (c.period !== undefined && c.period !== period) {
      issues.push(rollupProblem("contribution_wrong_period", "error", ["contributions", c.agency, "period"], { ...who, period: c.period, expectedPeriod: period }, locale));
      continue;
    }
    parts.push(c);
  }
  parts.sort((a, b) => (a.agency < b.agency ? -1 : a.agency > b.agency ? 1 : 0));

  // 2. Who owes what.
  const compiler = options.compiler ?? STANDING[level];
  const ownersOf = (section: OutlineSection, item?: OutlineItem): string[] => {
    const given = options.owners?.[item?.id ?? section.id];
    if (given) return uniq(given);
    const lead = (item && "lead" in item ? item.lead : undefined) ?? ("lead" in section ? section.lead : undefined);
    return lead && lead.length > 0 ? uniq(lead.map((a) => counterpart(a, level))) : [compiler];
  };
  const compiled = compileCatalog(catalog);
  const elementItem = new Map<string, string>();
  for (const e of compiled.byPosition) elementItem.set(e.id, e.outlineItem);
  for (const i of compiled.indicators.values()) elementItem.set(i.id, i.outlineItem);
  for (const s of compiled.scores.values()) elementItem.set(s.id, s.outlineItem);
  const covered = (c: AgencyContribution, section: string, item: string | undefined): boolean => {
    for (const v of walkBody(c.body ?? [])) {
      if (!v.node.paragraphs.some(hasText)) continue;
      const tags = effectiveOutline(v);
      if (outlinePlace(tags).part !== undefined) continue;
      const inSection = tags.includes(section);
      const items = tags.filter((t) => t.startsWith(`${section}.`));
      if (item === undefined ? inSection || items.length > 0 : items.includes(item) || (inSection && items.length === 0)) return true;
    }
    const target = item ?? section;
    for (const id in c.values ?? {}) if (elementItem.get(id) === target) return true;
    for (const id in c.stated ?? {}) if (elementItem.get(id) === target) return true;
    return false;
  };
  const missing: MissingPart[] = [];
  const leadRank = new Map<string, Map<string, number>>(); // section id → agency → order
  for (const section of OUTLINE as readonly OutlineSection[]) {
    if (!section.levels.includes(level)) continue;
    const rank = new Map<string, number>();
    leadRank.set(section.id, rank);
    const items = section.items.filter((i) => i.levels.includes(level));
    const owed: [OutlineItem | undefined, string[]][] =
      items.length === 0 ? [[undefined, ownersOf(section)]] : items.map((i) => [i, ownersOf(section, i)]);
    for (const [item, owners] of owed) {
      for (const agency of owners) {
        if (!rank.has(agency)) rank.set(agency, rank.size);
        const mine = parts.filter((p) => p.agency === agency);
        if (mine.some((p) => covered(p, section.id, item?.id))) continue;
        const agencyName = findAgency(agency)?.name ?? agency;
        const title = item?.title ?? section.title;
        missing.push({ section: section.id, ...(item ? { item: item.id } : {}), title, agency, agencyName });
        issues.push(
          rollupProblem(
            "contribution_missing",
            "warning",
            // The outline item owed (the composed body is the author-less draft: no node to point at).
            ["outline", item?.id ?? section.id],
            { section: section.id, item: item?.id, title, agency, agencyName },
            locale,
          ),
        );
      }
    }
  }

  // 3. Text: each source's paragraphs by the outline part they answer (base first).
  const base = options.base;
  const writers: { agency: string; agencyName: string; body: readonly BodyNode[]; footnotes: readonly Footnote[] }[] = [];
  if (base) writers.push({ agency: base.unit.code, agencyName: base.unit.name, body: base.body, footnotes: base.footnotes });
  for (const p of parts) writers.push({ agency: p.agency, agencyName: nameOf(p), body: p.body ?? [], footnotes: p.footnotes ?? [] });
  const footnotes: Footnote[] = [];
  const placed = writers.map((src) => {
    const { pieces, untagged } = placeText(src.body, src.footnotes, footnotes);
    for (const { heading, path } of untagged) {
      issues.push(rollupProblem("contribution_untagged", "warning", ["contributions", src.agency, "body", ...path], { agency: src.agency, agencyName: src.agencyName, heading }, locale));
    }
    return pieces;
  });

  // 4. Figures: equal values agree; different values are a conflict the lead agency settles.
  const sources: { unit: string; unitName: string; values: Readonly<Record<string, number | boolean>>; stated: Readonly<Record<string, StatedValue>>; flags: Readonly<Record<string, FigureFlag>>; agency?: string }[] = [];
  if (base) sources.push({ unit: base.unit.code, unitName: base.unit.name, values: base.values, stated: base.stated, flags: base.flags });
  for (const p of parts) sources.push({ unit: p.agency, unitName: nameOf(p), values: p.values ?? {}, stated: p.stated ?? {}, flags: p.flags ?? {}, agency: p.agency });
  const leadsOf = (id: string): Set<string> => {
    const e = compiled.elements.get(id) ?? compiled.indicators.get(id);
    const leads = e?.lead?.map((a) => counterpart(a, level)) ?? [];
    return new Set(leads);
  };
  const values: Record<string, number | boolean> = {};
  const flags: Record<string, FigureFlag> = {};
  const provenance: Record<string, Contribution[]> = {};
  const valueIds = uniq(sources.flatMap((s) => Object.keys(s.values))).sort();
  for (const id of valueIds) {
    const given = sources.filter((s) => s.values[id] !== undefined);
    provenance[id] = given.map((s) => ({ unit: s.unit, unitName: s.unitName, value: s.values[id]! }));
    const distinct = uniq(given.map((s) => s.values[id]!));
    let kept: (typeof given)[number][] = given;
    if (distinct.length > 1) {
      const leads = leadsOf(id);
      const leaders = given.filter((s) => s.agency !== undefined && leads.has(s.agency));
      const leaderValues = uniq(leaders.map((s) => s.values[id]!));
      const settled = leaderValues.length === 1;
      kept = settled ? given.filter((s) => s.values[id] === leaderValues[0]) : [];
      issues.push(
        rollupProblem(
          "conflicting_figure",
          settled ? "warning" : "error",
          ["values", id],
          {
            id,
            values: given.map((s) => ({ agency: s.unit, agencyName: s.unitName, value: s.values[id] })),
            ...(settled ? { kept: leaders.map((s) => s.unitName).join(", ") } : {}),
          },
          locale,
        ),
      );
    }
    if (kept.length === 0) continue;
    values[id] = kept[0]!.values[id]!;
    const rank = Math.max(0, ...kept.map((s) => FLAG_RANK[s.flags[id] ?? ""] ?? 0));
    if (rank > 0) flags[id] = (["provisional", "imputed", "estimated"] as const)[rank - 1]!;
  }
  const stated: Record<string, StatedValue> = {};
  const statedIds = uniq(sources.flatMap((s) => Object.keys(s.stated))).sort();
  for (const id of statedIds) {
    const given = sources.filter((s) => s.stated[id] !== undefined);
    const key = (v: StatedValue) => `${v.value}|${v.decimals}|${v.max ?? ""}`;
    const distinct = uniq(given.map((s) => key(s.stated[id]!)));
    if (distinct.length === 1) {
      stated[id] = given[0]!.stated[id]!;
      continue;
    }
    const leads = leadsOf(id);
    const leaders = given.filter((s) => s.agency !== undefined && leads.has(s.agency));
    const settled = uniq(leaders.map((s) => key(s.stated[id]!))).length === 1;
    if (settled) stated[id] = leaders[0]!.stated[id]!;
    issues.push(
      rollupProblem(
        "conflicting_figure",
        settled ? "warning" : "error",
        ["stated", id],
        {
          id,
          values: given.map((s) => ({ agency: s.unit, agencyName: s.unitName, value: s.stated[id]!.text ?? s.stated[id]!.value })),
          ...(settled ? { kept: leaders.map((s) => s.unitName).join(", ") } : {}),
        },
        locale,
      ),
    );
  }

  // 5. The draft, laid out from the outline; sections in outline order, lead agencies first.
  const baseCount = base ? 1 : 0;
  const content = mergeText(placed, baseCount, (sectionId, k) => leadRank.get(sectionId)?.get(parts[k - baseCount]!.agency) ?? 99);
  const body = outlineBody(content, { skeleton: level });
  const used = new Set<string>();
  for (const v of walkBody(body)) for (const p of v.node.paragraphs) if (typeof p !== "string") for (const r of p.runs) if ("footnote" in r) used.add(r.footnote);
  const given = base ? { ...base.document, ...options.document } : consolidatedDocument(unit, period, options.document);
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    unit: { code: unit.code, name: unit.name, level },
    period,
    document: { ...given, marking: options.document?.marking ?? DRAFT_MARKING },
    body,
    footnotes: footnotes.filter((f) => used.has(f.id)),
    origin: "generated",
    presentation: { figuresTable: true },
    at: {},
    values,
    stated,
    flags,
    ...(base?.comparisons ? { comparisons: base.comparisons } : {}),
  };
  return { report, missing, issues, provenance };
}

const hasText = (p: Paragraph): boolean =>
  typeof p === "string" ? p.trim() !== "" : p.runs.some((r) => "footnote" in r || r.text.trim() !== "");

type OtherKey = Exclude<keyof OutlineContent, "sections">;

/** What one source wrote, by outline part. */
interface Pieces {
  readonly sections: Map<string, { paragraphs: Paragraph[]; items: Map<string, Paragraph[]>; limitations: Paragraph[]; focusTasks: Paragraph[]; assessment: Paragraph[] }>;
  readonly other: Record<OtherKey, Paragraph[]>;
}

const OTHER_PART: Readonly<Record<string, OtherKey>> = {
  preamble: "preamble",
  assessment: "assessment",
  "assessment.strengths": "strengths",
  "assessment.limitations": "limitations",
  "assessment.causes": "causes",
  "assessment.solutions": "solutions",
  "assessment.lessons": "lessons",
  recommendations: "recommendations",
  "recommendations.government": "government",
  "recommendations.ministries": "ministries",
  "recommendations.other": "otherRecommendations",
  nextTasks: "nextTasks",
  closing: "closing",
};

/**
 * The text of one node as it goes into the draft. A tagged node's heading is the outline's in the
 * draft, so only its paragraphs go; an untagged sub-heading of the source ("a) Sổ sức khỏe điện
 * tử") is kept as a paragraph before its own, and a numbered paragraph keeps its number.
 */
function nodeText(node: BodyNode): Paragraph[] {
  const ps = node.paragraphs.filter(hasText);
  if (node.outline.length > 0) return ps;
  if (node.title !== undefined) return [headingText(node), ...ps];
  const first = ps[0];
  if (node.numbering === undefined || first === undefined) return ps;
  const numbered: Paragraph =
    typeof first === "string" ? `${node.numbering} ${first}` : { runs: [{ text: `${node.numbering} ` }, ...first.runs] };
  return [numbered, ...ps.slice(1)];
}

/**
 * Sorts one source's paragraphs by the outline part their tags name, giving its footnotes new ids
 * (`f1`, `f2`… in `footnotes`) so that two sources' "1" do not collide. Parts without any tag are
 * returned as `untagged` (once per untagged subtree).
 */
function placeText(
  body: readonly BodyNode[],
  sourceFootnotes: readonly Footnote[],
  footnotes: Footnote[],
): { pieces: Pieces; untagged: { heading: string; path: (string | number)[] }[] } {
  const other = Object.fromEntries(Object.values(OTHER_PART).map((k) => [k, [] as Paragraph[]])) as Record<OtherKey, Paragraph[]>;
  const pieces: Pieces = { sections: new Map(), other };
  const untagged: { heading: string; path: (string | number)[] }[] = [];
  const reported = new Set<BodyNode>();
  const ids = new Map<string, string>();
  const renumber = (p: Paragraph): Paragraph => {
    if (typeof p === "string" || !p.runs.some((r) => "footnote" in r)) return p;
    const runs: Exclude<Paragraph, string>["runs"] = [];
    for (const r of p.runs) {
      if (!("footnote" in r)) {
        runs.push(r);
        continue;
      }
      let id = ids.get(r.footnote);
      if (id === undefined) {
        const note = sourceFootnotes.find((f) => f.id === r.footnote);
        if (note === undefined) continue;
        id = `f${footnotes.length + 1}`;
        ids.set(r.footnote, id);
        footnotes.push({ id, paragraphs: note.paragraphs });
      }
      runs.push({ footnote: id });
    }
    return { runs };
  };
  for (const visit of walkBody(body)) {
    const text = nodeText(visit.node).map(renumber);
    if (text.length === 0) continue;
    const tags = effectiveOutline(visit);
    if (tags.length === 0) {
      if (visit.ancestors.some((a) => reported.has(a))) {
        reported.add(visit.node);
        continue;
      }
      reported.add(visit.node);
      const path: (string | number)[] = [];
      visit.indices.forEach((n, k) => path.push(...(k === 0 ? [n] : ["children", n])));
      untagged.push({ heading: headingText(visit.node) || paragraphText(text[0]!).slice(0, 60), path });
      continue;
    }
    const { section, item, part } = outlinePlace(tags);
    const otherKey = part === undefined ? undefined : OTHER_PART[part];
    if (section === undefined || (otherKey !== undefined && part!.startsWith("recommendations"))) {
      if (otherKey !== undefined) other[otherKey].push(...text);
      continue;
    }
    let s = pieces.sections.get(section);
    if (!s) {
      s = { paragraphs: [], items: new Map(), limitations: [], focusTasks: [], assessment: [] };
      pieces.sections.set(section, s);
    }
    if (part === "assessment.limitations") s.limitations.push(...text);
    else if (part === "nextTasks") s.focusTasks.push(...text);
    else if (part !== undefined && part.startsWith("assessment")) s.assessment.push(...text);
    else if (item !== undefined) {
      const list = s.items.get(item) ?? [];
      list.push(...text);
      s.items.set(item, list);
    } else s.paragraphs.push(...text);
  }
  return { pieces, untagged };
}

/** Paragraphs once each (by their text), in order. */
function uniqText(ps: readonly Paragraph[]): Paragraph[] {
  const seen = new Set<string>();
  return ps.filter((p) => {
    const k = paragraphText(p).replace(/\s+/gu, " ").trim();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Merges the sources' pieces into the content of the draft: per section, the base first, then
 * the agencies by `rank` (lead agencies first); the other parts in source order; assessments,
 * recommendations and tasks each sentence once.
 */
function mergeText(placed: readonly Pieces[], baseCount: number, rank: (section: string, source: number) => number): OutlineContent {
  const ids = uniq([...(OUTLINE as readonly OutlineSection[]).map((s) => s.id), ...placed.flatMap((p) => [...p.sections.keys()])]);
  const sections: OutlineSectionContent[] = [];
  for (const id of ids) {
    // The base first (rank -1), then the agencies by rank; equal ranks keep the sources' order.
    const order = placed
      .map((p, k) => ({ p, k, r: k < baseCount ? -1 : rank(id, k) }))
      .filter(({ p }) => p.sections.has(id))
      .sort((a, b) => a.r - b.r || a.k - b.k);
    if (order.length === 0) continue;
    const items = new Map<string, Paragraph[]>();
    const paragraphs: Paragraph[] = [];
    const limitations: Paragraph[] = [];
    const focusTasks: Paragraph[] = [];
    for (const { p } of order) {
      const s = p.sections.get(id)!;
      paragraphs.push(...s.paragraphs, ...s.assessment);
      limitations.push(...s.limitations);
      focusTasks.push(...s.focusTasks);
      for (const [item, ps] of s.items) items.set(item, [...(items.get(item) ?? []), ...ps]);
    }
    sections.push({
      id,
      paragraphs,
      items: [...items].map(([item, ps]) => ({ id: item, paragraphs: ps })),
      limitations: uniqText(limitations),
      focusTasks: uniqText(focusTasks),
    });
  }
  const other = (key: OtherKey) => uniqText(placed.flatMap((p) => p.other[key]));
  return {
    sections,
    preamble: placed.slice(0, baseCount).flatMap((p) => p.other.preamble),
    assessment: other("assessment"),
    strengths: other("strengths"),
    limitations: other("limitations"),
    causes: other("causes"),
    solutions: other("solutions"),
    lessons: other("lessons"),
    recommendations: other("recommendations"),
    government: other("government"),
    ministries: other("ministries"),
    otherRecommendations: other("otherRecommendations"),
    nextTasks: other("nextTasks"),
    closing: placed.slice(0, baseCount).flatMap((p) => p.other.closing),
  };
}
