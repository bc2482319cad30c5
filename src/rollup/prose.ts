import type { Report } from "../schema/report.js";
import type { GatheredProse, Source, SourcedText } from "./types.js";

/**
 * Gathers the children's prose — each section's limitations and focus tasks, the overall
 * limitations, recommendations and next-period tasks — with the unit that wrote it, so the
 * consolidating officer edits them rather than retypes them. Identical sentences (after NFC
 * and whitespace folding) are kept once with all their sources. The result depends only on the
 * set of children: they are read in unit-code order, and a unit that appears twice counts once.
 */

interface Bucket {
  readonly order: string[];
  readonly byKey: Map<string, { text: string; responsible?: string; sources: Source[] }>;
}

const bucket = (): Bucket => ({ order: [], byKey: new Map() });

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
      memo.set(text, t);
    }
    return t;
  };
}

type Fold = (text: string) => string;

function put(b: Bucket, fold: Fold, text: string, source: Source, responsible?: string): void {
  const t = fold(text);
  if (t === "") return;
  const r = responsible === undefined ? undefined : fold(responsible);
  const key = r ? `${t}\u0000${r}` : t;
  let entry = b.byKey.get(key);
  if (!entry) {
    entry = r ? { text: t, responsible: r, sources: [] } : { text: t, sources: [] };
    b.byKey.set(key, entry);
    b.order.push(key);
  }
  // Children are read in unit-code order, so a unit already counted is the last source.
  if (entry.sources[entry.sources.length - 1]?.unit !== source.unit) entry.sources.push(source);
}

function out(b: Bucket): SourcedText[] {
  return b.order.map((k) => {
    const e = b.byKey.get(k)!;
    return e.responsible === undefined
      ? { text: e.text, sources: e.sources }
      : { text: e.text, responsible: e.responsible, sources: e.sources };
  });
}

/**
 * Gathers the children's assessments, recommendations and next tasks per section, with their
 * source units.
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
  for (const child of sorted) {
    const source: Source = { unit: child.unit.code, unitName: child.unit.name };
    for (const section of child.sections ?? []) {
      const a = section.assessment;
      if (!a || (a.limitations.length === 0 && a.focusTasks.length === 0)) continue;
      let s = sections.get(section.id);
      if (!s) {
        s = { limitations: bucket(), focusTasks: bucket() };
        sections.set(section.id, s);
      }
      for (const l of a.limitations) put(s.limitations, fold, l.text, source, l.responsible);
      for (const t of a.focusTasks) put(s.focusTasks, fold, t, source);
    }
    for (const l of child.assessment?.limitations ?? []) put(limitations, fold, l.text, source, l.responsible);
    for (const t of child.recommendations?.government ?? []) put(government, fold, t, source);
    for (const t of child.recommendations?.ministries ?? []) put(ministries, fold, t, source);
    for (const t of child.recommendations?.other ?? []) put(other, fold, t, source);
    for (const t of child.nextTasks ?? []) put(nextTasks, fold, t, source);
  }
  const outSections: Record<string, { limitations: SourcedText[]; focusTasks: SourcedText[] }> = {};
  for (const id of [...sections.keys()].sort()) {
    const s = sections.get(id)!;
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
 * The gathered prose as the parts of a report (section assessments, overall limitations,
 * recommendations, next tasks), each sentence once, ready for the officer to edit.
 *
 * @category Rollup
 * @example
 * ```ts
 * const parts = proseToReportParts(gatherProse(children));
 * const draft = { ...result.report, ...parts };
 * ```
 */
export function proseToReportParts(prose: GatheredProse): Pick<Report, "sections" | "recommendations" | "nextTasks"> & {
  assessment: Report["assessment"];
} {
  const limitation = (t: SourcedText) => (t.responsible === undefined ? { text: t.text } : { text: t.text, responsible: t.responsible });
  return {
    sections: Object.keys(prose.sections)
      .sort()
      .map((id) => {
        const s = prose.sections[id]!;
        return {
          id,
          paragraphs: [],
          items: [],
          assessment: { limitations: s.limitations.map(limitation), focusTasks: s.focusTasks.map((t) => t.text) },
        };
      }),
    assessment: { strengths: [], limitations: prose.limitations.map(limitation), causes: [], solutions: [], lessons: [] },
    recommendations: {
      government: prose.recommendations.government.map((t) => t.text),
      ministries: prose.recommendations.ministries.map((t) => t.text),
      other: prose.recommendations.other.map((t) => t.text),
    },
    nextTasks: prose.nextTasks.map((t) => t.text),
  };
}
