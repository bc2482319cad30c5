import { effectiveOutline, paragraphText, walkBody } from "../../schema/body-walk.js";
import { outlineBody, type OutlineBodyOptions } from "../../schema/outline-body.js";
import { outlinePlace } from "../../schema/outline-place.js";
import type { Report } from "../../schema/report.js";
import type { GatheredProse, Source, SourcedText } from "../types.js";

/**
 * Gathers the children's prose — each section's limitations and focus tasks, the overall
 * limitations, recommendations and next-period tasks, found by the outline tags of the
 * children's headings — with the unit that wrote it, so the
 * consolidating officer edits them rather than retypes them. Identical sentences (after NFC
 * and whitespace folding) are kept once with all their sources. The result depends only on the
 * set of children: they are read in unit-code order, and a unit that appears twice counts once.
 */

interface Bucket {
  readonly order: string[];
  readonly byKey: Map<string, { text: string; sources: Source[] }>;
}

const bucket = (): Bucket => ({ order: [], byKey: new Map() });

/** The author's bullet ("- ", "+ ") before a list line. */
const BULLET = /^[-+]\s+/u;

/** Whitespace to fold: a run of spaces, an edge space, or any whitespace but a plain space. */
const LOOSE = /[^\S ]| {2}|^ | $/;

/**
 * A whitespace folder (reports are NFC already: the schema normalises text on the way in) that
 * remembers each text it folded: children repeat the same sentences, and a map look-up hashes
 * a string natively (once per string) where a scan for loose whitespace would read it again.
 */
function folder(): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    let t = memo.get(text);
    if (t === undefined) {
      t = LOOSE.test(text) ? text.replace(/\s+/gu, " ").trim() : text;
      // A sentence is the same sentence whether or not the child typed a bullet before it.
      if (BULLET.test(t)) t = t.replace(BULLET, "");
      memo.set(text, t);
    }
    return t;
  };
}

type Fold = (text: string) => string;

function put(b: Bucket, fold: Fold, text: string, source: Source): void {
  const t = fold(text);
  if (t === "") return;
  let entry = b.byKey.get(t);
  if (!entry) {
    entry = { text: t, sources: [] };
    b.byKey.set(t, entry);
    b.order.push(t);
  }
  // Children are read in unit-code order, so a unit already counted is the last source.
  if (entry.sources[entry.sources.length - 1]?.unit !== source.unit) entry.sources.push(source);
}

function out(b: Bucket): SourcedText[] {
  return b.order.map((k) => {
    const e = b.byKey.get(k)!;
    return { text: e.text, sources: e.sources };
  });
}

/**
 * Gathers the children's assessments, recommendations and next tasks, with their source units.
 * A child's paragraph is gathered by the outline tags of its node and the node's ancestors
 * (`effectiveOutline`): tagged `assessment.limitations` or `nextTasks` under a section (1–8), it
 * is that section's limitations or focus tasks; outside the sections, the overall limitations or
 * next tasks; tagged `recommendations.government|ministries|other` (or `recommendations` alone,
 * gathered as other), the recommendations to that addressee.
 *
 * @category Rollup
 * @summary Children's prose, de-duplicated, with who wrote it.
 * @param children - Reports of the level below (any order).
 * @returns The gathered prose; sections without any text are absent.
 * @example
 * ```ts
 * const prose = gatherProse([dongCuu, giangSon]);
 * prose.sections["3"]?.limitations.map((l) => `${l.text} (${l.sources.map((s) => s.unitName).join(", ")})`);
 * prose.nextTasks.length;
 * ```
 */
export function gatherProse(children: readonly Report[]): GatheredProse {
  const sorted = [...children].sort((a, b) => (a.unit.code < b.unit.code ? -1 : a.unit.code > b.unit.code ? 1 : 0));
  const sections = new Map<string, { limitations: Bucket; focusTasks: Bucket }>();
  const limitations = bucket();
  const government = bucket();
  const ministries = bucket();
  const other = bucket();
  const nextTasks = bucket();
  const fold = folder();
  const sectionOf = (id: string) => {
    let s = sections.get(id);
    if (!s) {
      s = { limitations: bucket(), focusTasks: bucket() };
      sections.set(id, s);
    }
    return s;
  };
  for (const child of sorted) {
    const source: Source = { unit: child.unit.code, unitName: child.unit.name };
    for (const visit of walkBody(child.body ?? [])) {
      if (visit.node.paragraphs.length === 0) continue;
      const { section, part } = outlinePlace(effectiveOutline(visit));
      let target: Bucket | undefined;
      if (part === "assessment.limitations") target = section ? sectionOf(section).limitations : limitations;
      else if (part === "nextTasks") target = section ? sectionOf(section).focusTasks : nextTasks;
      else if (part === "recommendations.government") target = government;
      else if (part === "recommendations.ministries") target = ministries;
      else if (part === "recommendations.other" || part === "recommendations") target = other;
      if (target === undefined) continue;
      for (const p of visit.node.paragraphs) put(target, fold, paragraphText(p), source);
    }
  }
  const outSections: Record<string, { limitations: SourcedText[]; focusTasks: SourcedText[] }> = {};
  for (const id of [...sections.keys()].sort()) {
    const s = sections.get(id)!;
    if (s.limitations.order.length === 0 && s.focusTasks.order.length === 0) continue;
    outSections[id] = { limitations: out(s.limitations), focusTasks: out(s.focusTasks) };
  }
  return {
    sections: outSections,
    limitations: out(limitations),
    recommendations: { government: out(government), ministries: out(ministries), other: out(other) },
    nextTasks: out(nextTasks),
  };
}

/**
 * The gathered prose as the body of a generated draft, laid out from the outline
 * (`outlineBody`): each section's "Nhận xét, đánh giá", the overall limitations,
 * recommendations and next tasks, each sentence once, ready for the officer to edit. With
 * `skeleton`, every section and part expected at that level is laid out, even empty.
 *
 * @category Rollup
 * @example
 * ```ts
 * const parts = proseToReportParts(gatherProse(children), { skeleton: "tinh" });
 * const draft = { ...result.report, ...parts };
 * ```
 */
export function proseToReportParts(prose: GatheredProse, options: OutlineBodyOptions = {}): Pick<Report, "body"> {
  const texts = (xs: readonly SourcedText[]) => xs.map((t) => t.text);
  return {
    body: outlineBody(
      {
        sections: Object.keys(prose.sections)
          .sort()
          .map((id) => {
            const s = prose.sections[id]!;
            return { id, limitations: texts(s.limitations), focusTasks: texts(s.focusTasks) };
          }),
        limitations: texts(prose.limitations),
        government: texts(prose.recommendations.government),
        ministries: texts(prose.recommendations.ministries),
        otherRecommendations: texts(prose.recommendations.other),
        nextTasks: texts(prose.nextTasks),
      },
      options,
    ),
  };
}
