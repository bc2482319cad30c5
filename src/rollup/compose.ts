import { indicatorCatalog } from "../indicators/catalog.js";
import { compileCatalog } from "../indicators/compile.js";
import type { Catalog } from "../indicators/types.js";
import { findAgency } from "../schema/agency.js";
import type { Level } from "../schema/level.js";
import { OUTLINE, type OutlineItem, type OutlineSection } from "../schema/outline.js";
import type { Locale, Problem } from "../schema/problem.js";
import type { DocumentMeta, Report, Section, StatedValue } from "../schema/report.js";
import type { FigureFlag } from "./aggregate.js";
import { consolidatedDocument } from "./document.js";
import { rollupProblem } from "./messages.js";
import type { ParentUnit } from "./options.js";
import type { Contribution, Provenance } from "./types.js";

/**
 * Agency composition: one report of a level built from the parts its agencies contribute —
 * Sở Y tế writes the e-health part of 5.1, BHXH tỉnh the social-security payments of 4.1, the
 * public-service centre section 3… — following the lead agency the outline names per item. What
 * nobody sent is listed with the agency that owes it; two agencies giving one figure different
 * values is an issue, never a silent pick.
 */

/**
 * The part of a report one agency contributes: sections (with items and assessments), figures,
 * and prose for the overall assessment, recommendations and next tasks.
 *
 * @category Rollup
 * @example
 * ```ts
 * const c: AgencyContribution = {
 *   agency: "bhxh_tinh",
 *   sections: [{ id: "4", paragraphs: [], items: [{ id: "4.1", paragraphs: ["Chi trả qua tài khoản đạt 98,5%."] }] }],
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
  readonly sections?: readonly Section[];
  readonly values?: Readonly<Record<string, number | boolean>>;
  readonly stated?: Readonly<Record<string, StatedValue>>;
  readonly flags?: Readonly<Record<string, FigureFlag>>;
  readonly assessment?: Partial<Report["assessment"]>;
  readonly recommendations?: Partial<Report["recommendations"]>;
  readonly nextTasks?: readonly string[];
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
  readonly issues: readonly Problem[];
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
    sections: x.sections,
    values: x.values,
    stated: x.stated,
    flags: x.flags,
    assessment: x.assessment,
    recommendations: x.recommendations,
    nextTasks: x.nextTasks,
  };
}

const FLAG_RANK: Readonly<Record<string, number>> = { provisional: 1, imputed: 2, estimated: 3 };

/**
 * Composes one report of a level from its agencies' contributions (and optionally a base report,
 * such as the rollup of the level below). Sections follow the outline's order; within a section,
 * the item's lead agencies come first. Every outline item expected at the level is owed by its
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
  const issues: Problem[] = [];
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
    for (const s of c.sections ?? []) {
      if (s.id !== section) continue;
      if (s.paragraphs.some((p) => p.trim() !== "")) return true;
      if (item === undefined && (s.items.length > 0 || s.assessment !== undefined)) return true;
      if (item !== undefined && s.items.some((it) => it.id === item && it.paragraphs.some((p) => p.trim() !== ""))) return true;
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
            ["sections", section.id, ...(item ? ["items", item.id] : [])],
            { section: section.id, item: item?.id, title, agency, agencyName },
            locale,
          ),
        );
      }
    }
  }

  // 3. Sections, in outline order; lead agencies first within a section.
  const base = options.base;
  const sectionIds = uniq([
    ...(OUTLINE as readonly OutlineSection[]).map((s) => s.id),
    ...(base?.sections ?? []).map((s) => s.id),
    ...parts.flatMap((p) => (p.sections ?? []).map((s) => s.id)),
  ]);
  const sections: Section[] = [];
  for (const id of sectionIds) {
    const rank = leadRank.get(id) ?? new Map<string, number>();
    const from = parts
      .filter((p) => (p.sections ?? []).some((s) => s.id === id))
      .sort((a, b) => (rank.get(a.agency) ?? 99) - (rank.get(b.agency) ?? 99));
    const pieces = [...(base?.sections ?? []).filter((s) => s.id === id), ...from.flatMap((p) => (p.sections ?? []).filter((s) => s.id === id))];
    if (pieces.length === 0) continue;
    sections.push(mergeSections(id, pieces));
  }

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

  // 5. Prose, in agency order, each sentence once.
  const texts = (f: (c: AgencyContribution) => readonly string[] | undefined, b?: readonly string[]) =>
    uniq([...(b ?? []), ...parts.flatMap((p) => f(p) ?? [])]);
  const limitations = [...(base?.assessment.limitations ?? []), ...parts.flatMap((p) => p.assessment?.limitations ?? [])];
  const seen = new Set<string>();
  const report: Report = {
    schemaVersion: 1,
    unit: { code: unit.code, name: unit.name, level },
    period,
    document: base ? { ...base.document, ...options.document } : consolidatedDocument(unit, period, options.document),
    preamble: base?.preamble ?? [],
    sections,
    assessment: {
      strengths: texts((p) => p.assessment?.strengths, base?.assessment.strengths),
      limitations: limitations.filter((l) => {
        const k = `${l.text}\u0000${l.responsible ?? ""}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      }),
      causes: texts((p) => p.assessment?.causes, base?.assessment.causes),
      solutions: texts((p) => p.assessment?.solutions, base?.assessment.solutions),
      lessons: texts((p) => p.assessment?.lessons, base?.assessment.lessons),
    },
    recommendations: {
      government: texts((p) => p.recommendations?.government, base?.recommendations.government),
      ministries: texts((p) => p.recommendations?.ministries, base?.recommendations.ministries),
      other: texts((p) => p.recommendations?.other, base?.recommendations.other),
    },
    nextTasks: texts((p) => p.nextTasks, base?.nextTasks),
    ...(base?.closing !== undefined ? { closing: base.closing } : {}),
    values,
    stated,
    flags,
    ...(base?.comparisons ? { comparisons: base.comparisons } : {}),
  };
  return { report, missing, issues, provenance };
}

/** Merges the pieces of one section: paragraphs and items concatenated, items in outline order. */
function mergeSections(id: string, pieces: readonly Section[]): Section {
  const title = pieces.find((p) => p.title !== undefined)?.title;
  const paragraphs = pieces.flatMap((p) => p.paragraphs);
  const itemOrder = new Map<string, number>();
  const outline = (OUTLINE as readonly OutlineSection[]).find((s) => s.id === id);
  outline?.items.forEach((it, i) => itemOrder.set(it.id, i));
  const items = new Map<string, { id: string; title?: string; paragraphs: string[] }>();
  for (const p of pieces) {
    for (const it of p.items) {
      const cur = items.get(it.id);
      if (cur) {
        cur.paragraphs.push(...it.paragraphs);
        if (cur.title === undefined && it.title !== undefined) cur.title = it.title;
      } else items.set(it.id, { id: it.id, ...(it.title !== undefined ? { title: it.title } : {}), paragraphs: [...it.paragraphs] });
    }
  }
  const sortedItems = [...items.values()].sort((a, b) => {
    const ra = itemOrder.get(a.id) ?? 1000;
    const rb = itemOrder.get(b.id) ?? 1000;
    return ra !== rb ? ra - rb : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const assessed = pieces.filter((p) => p.assessment !== undefined);
  const seen = new Set<string>();
  const assessment =
    assessed.length === 0
      ? undefined
      : {
          limitations: assessed
            .flatMap((p) => p.assessment!.limitations)
            .filter((l) => {
              const k = `${l.text}\u0000${l.responsible ?? ""}`;
              if (seen.has(k)) return false;
              seen.add(k);
              return true;
            }),
          focusTasks: uniq(assessed.flatMap((p) => p.assessment!.focusTasks)),
        };
  return {
    id,
    ...(title !== undefined ? { title } : {}),
    paragraphs,
    items: sortedItems,
    ...(assessment ? { assessment } : {}),
  };
}
