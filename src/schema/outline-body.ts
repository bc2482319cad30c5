import type { BodyNode, Paragraph } from "./body.js";
import type { Level } from "./level.js";
import { compareOutlineIds, OUTLINE, type OutlineSection } from "./outline.js";

/**
 * The one place where a body is laid out from the outline (`seeds/000_…`) rather than written by
 * an author: the consolidated drafts that rollup and composition generate (DESIGN §1: "only a
 * document the SDK itself generates is laid out from the outline"), and reports of schema
 * version 1, which were stored in the outline's skeleton and are migrated to the heading tree the
 * version-1 renderer printed. Every node carries the outline tag of the part it came from, so
 * nothing is lost and validation, rollup and figures still know what each part is about.
 *
 * The layout is the version-1 renderer's: "I. KẾT QUẢ CÁC MẶT CÔNG TÁC" with sections "1." …
 * "8.", their items "3.1." and their own "Nhận xét, đánh giá" (a) tồn tại, hạn chế; b) nhiệm vụ
 * trọng tâm); "II. NHẬN XÉT, ĐÁNH GIÁ"; "III. KIẾN NGHỊ, ĐỀ XUẤT"; "IV. NHIỆM VỤ TRỌNG TÂM THỜI
 * GIAN TỚI". Parts with nothing in them are left out and the Roman numerals close up.
 */

/**
 * The headings the outline layout writes (document text, Vietnamese only): the part titles and
 * the titles of the assessment and recommendation sub-parts.
 *
 * @category Schema
 * @example
 * ```ts
 * OUTLINE_HEADINGS.partResults; // "KẾT QUẢ CÁC MẶT CÔNG TÁC"
 * ```
 */
export const OUTLINE_HEADINGS = {
  partResults: "KẾT QUẢ CÁC MẶT CÔNG TÁC",
  partAssessment: "NHẬN XÉT, ĐÁNH GIÁ",
  partRecommendations: "KIẾN NGHỊ, ĐỀ XUẤT",
  partNextTasks: "NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI",
  sectionAssessment: "Nhận xét, đánh giá",
  limitations: "Tồn tại, hạn chế",
  focusTasks: "Nhiệm vụ trọng tâm thời gian tới",
  strengths: "Ưu điểm",
  overallLimitations: "Hạn chế, khó khăn, vướng mắc",
  causes: "Nguyên nhân",
  solutions: "Giải pháp",
  lessons: "Bài học kinh nghiệm",
  toGovernment: "Với Chính phủ, Thủ tướng Chính phủ",
  toMinistries: "Với Bộ, ngành, thành viên Tổ công tác",
  otherRecommendations: "Kiến nghị khác",
} as const;

/**
 * The content of one outline section (1–8) to lay out: its own title (else the outline's), its
 * paragraphs, its items ("3.1", or the author's own "1.5") and its "Nhận xét, đánh giá".
 *
 * @category Schema
 * @example
 * ```ts
 * const s: OutlineSectionContent = { id: "3", items: [{ id: "3.1", paragraphs: ["Tiếp nhận 976 hồ sơ."] }], limitations: ["- Đường truyền chưa ổn định."] };
 * ```
 */
export interface OutlineSectionContent {
  readonly id: string;
  readonly title?: string | undefined;
  readonly paragraphs?: readonly Paragraph[] | undefined;
  readonly items?: readonly { readonly id: string; readonly title?: string | undefined; readonly paragraphs?: readonly Paragraph[] | undefined }[] | undefined;
  /** "a) Tồn tại, hạn chế" of the section's assessment (bulleted "- " when not already). */
  readonly limitations?: readonly Paragraph[] | undefined;
  /** "b) Nhiệm vụ trọng tâm thời gian tới" of the section's assessment. */
  readonly focusTasks?: readonly Paragraph[] | undefined;
  /** Paragraphs of the section's "Nhận xét, đánh giá" before its a) and b). */
  readonly assessment?: readonly Paragraph[] | undefined;
}

/**
 * Everything a body laid out from the outline may hold, part by part (the parts of a version-1
 * report, or the prose a rollup gathered from its children).
 *
 * @category Schema
 * @example
 * ```ts
 * const c: OutlineContent = { sections: [{ id: "1", paragraphs: ["Ban hành 15 văn bản."] }], nextTasks: ["Tiếp tục làm sạch dữ liệu."] };
 * ```
 */
export interface OutlineContent {
  /** Opening paragraphs (căn cứ), before the first part. */
  readonly preamble?: readonly Paragraph[] | undefined;
  readonly sections?: readonly OutlineSectionContent[] | undefined;
  /** Paragraphs of "II. NHẬN XÉT, ĐÁNH GIÁ" before its numbered sub-parts. */
  readonly assessment?: readonly Paragraph[] | undefined;
  readonly strengths?: readonly Paragraph[] | undefined;
  readonly limitations?: readonly Paragraph[] | undefined;
  readonly causes?: readonly Paragraph[] | undefined;
  readonly solutions?: readonly Paragraph[] | undefined;
  readonly lessons?: readonly Paragraph[] | undefined;
  /** Paragraphs of "III. KIẾN NGHỊ, ĐỀ XUẤT" before its sub-parts (to the addressees the author named). */
  readonly recommendations?: readonly Paragraph[] | undefined;
  readonly government?: readonly Paragraph[] | undefined;
  readonly ministries?: readonly Paragraph[] | undefined;
  readonly otherRecommendations?: readonly Paragraph[] | undefined;
  readonly nextTasks?: readonly Paragraph[] | undefined;
  /** The closing sentence as written ("Trên đây là báo cáo…"). */
  readonly closing?: readonly Paragraph[] | undefined;
}

/**
 * Options of {@link outlineBody}.
 *
 * @category Schema
 * @example
 * ```ts
 * outlineBody({}, { skeleton: "tinh" } satisfies OutlineBodyOptions).length; // 4 (parts I–IV, sections 1–8 in part I)
 * ```
 */
export interface OutlineBodyOptions {
  /**
   * Lay out every section of the outline expected at this level and every part (assessment,
   * recommendations, next tasks), even empty ones: a generated draft, where the officer writes
   * into the headings. Without it, empty sections and parts are left out.
   */
  readonly skeleton?: Level | undefined;
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"] as const;
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

const hasText = (p: Paragraph): boolean =>
  typeof p === "string" ? p.trim() !== "" : p.runs.some((r) => "footnote" in r || r.text.trim() !== "");

/** Paragraphs with text; empty ones (the version-1 renderer dropped them) are left out. */
const filled = (ps: readonly Paragraph[] | undefined): Paragraph[] => (ps ?? []).filter(hasText);

/** A list line as the version-1 renderer printed it: "- text" unless the author typed a bullet. */
const bullet = (p: Paragraph): Paragraph => (typeof p === "string" && !/^\s*[-+]\s/u.test(p) ? `- ${p.trim()}` : p);

function node(id: string, numbering: string | undefined, title: string | undefined, paragraphs: Paragraph[], children: BodyNode[], outline: string[]): BodyNode {
  return {
    id,
    ...(numbering !== undefined ? { numbering } : {}),
    ...(title !== undefined && title.trim() !== "" ? { title: title.trim() } : {}),
    paragraphs,
    children,
    outline,
  };
}


function isOutlineItem(id: string): boolean {
  for (const s of OUTLINE as readonly OutlineSection[]) if (s.items.some((i) => i.id === id)) return true;
  return false;
}

function itemTitle(id: string, own: string | undefined): string | undefined {
  if (own !== undefined && own.trim() !== "") return own;
  for (const s of OUTLINE as readonly OutlineSection[]) for (const i of s.items) if (i.id === id) return i.title;
  return undefined;
}

/** The number of a section's "Nhận xét, đánh giá": the outline's, else the next free one. */
function assessmentNumber(section: OutlineSectionContent): string {
  const outline = (OUTLINE as readonly OutlineSection[]).find((s) => s.id === section.id);
  if (outline?.assessmentItem !== undefined) return outline.assessmentItem;
  const used = [...(outline?.items.map((i) => i.id) ?? []), ...(section.items ?? []).map((i) => i.id)]
    .filter((id) => id.split(".").length === 2)
    .map((id) => Number(id.split(".")[1]));
  return `${section.id}.${Math.max(0, ...used) + 1}`;
}

function sectionNode(section: OutlineSectionContent | undefined, id: string, keepEmpty: boolean): BodyNode | undefined {
  const outline = (OUTLINE as readonly OutlineSection[]).find((s) => s.id === id);
  const children: BodyNode[] = [];
  for (const item of [...(section?.items ?? [])].sort((a, b) => compareOutlineIds(a.id, b.id))) {
    const paragraphs = filled(item.paragraphs);
    const title = itemTitle(item.id, item.title);
    if (paragraphs.length === 0 && (item.title === undefined || item.title.trim() === "")) continue;
    children.push(node(`s${item.id}`, `${item.id}.`, title, paragraphs, [], isOutlineItem(item.id) ? [item.id] : []));
  }
  const limitations = filled(section?.limitations).map(bullet);
  const focusTasks = filled(section?.focusTasks).map(bullet);
  const assessed = filled(section?.assessment);
  if (section !== undefined && (limitations.length > 0 || focusTasks.length > 0 || assessed.length > 0)) {
    const n = assessmentNumber(section);
    const parts: BodyNode[] = [];
    if (limitations.length > 0)
      parts.push(node(`s${id}.limitations`, `${LETTERS[parts.length]})`, OUTLINE_HEADINGS.limitations, limitations, [], ["assessment.limitations"]));
    if (focusTasks.length > 0)
      parts.push(node(`s${id}.focusTasks`, `${LETTERS[parts.length]})`, OUTLINE_HEADINGS.focusTasks, focusTasks, [], ["nextTasks"]));
    children.push(node(`s${id}.assessment`, `${n}.`, OUTLINE_HEADINGS.sectionAssessment, assessed, parts, ["assessment"]));
  }
  const paragraphs = filled(section?.paragraphs);
  const own = section?.title !== undefined && section.title.trim() !== "" ? section.title : undefined;
  // A section the author named is kept even when empty: its title is content too.
  if (!keepEmpty && paragraphs.length === 0 && children.length === 0 && own === undefined) return undefined;
  return node(`s${id}`, `${id}.`, own ?? outline?.title, paragraphs, children, [id]);
}

function subParts(prefix: string, parts: readonly [string, string, readonly Paragraph[] | undefined][], keepEmpty: boolean): BodyNode[] {
  const out: BodyNode[] = [];
  for (const [tag, title, paragraphs] of parts) {
    const ps = filled(paragraphs);
    if (ps.length > 0 || keepEmpty) out.push(node(`${prefix}.${tag.split(".")[1]}`, `${out.length + 1}.`, title, ps, [], [tag]));
  }
  return out;
}

/**
 * Lays out a body from the outline: each part under the heading the version-1 renderer printed,
 * tagged with the outline item it answers. Used by {@link migrateReport} for version-1 reports
 * and by rollup and composition for the drafts they generate. Pure; node ids are stable
 * (`s3`, `s3.1`, `s3.assessment`, `assessment.strengths`, `recommendations.government`,
 * `nextTasks`, `preamble`, `closing`).
 *
 * @category Schema
 * @summary The outline's layout of a body (generated drafts, migrated version-1 reports).
 * @param content - The parts to lay out.
 * @param options - `skeleton: level` keeps every section expected at the level.
 * @returns Body nodes, in the outline's order.
 * @example
 * ```ts
 * const body = outlineBody({ sections: [{ id: "3", items: [{ id: "3.1", paragraphs: ["Tiếp nhận 976 hồ sơ."] }] }] });
 * body[0]?.numbering; // "I."
 * body[0]?.children[0]?.outline; // ["3"]
 * body[0]?.children[0]?.children[0]?.numbering; // "3.1."
 * ```
 */
export function outlineBody(content: OutlineContent, options: OutlineBodyOptions = {}): BodyNode[] {
  const body: BodyNode[] = [];
  const preamble = filled(content.preamble);
  if (preamble.length > 0) body.push(node("preamble", undefined, undefined, preamble, [], ["preamble"]));
  let part = 0;
  const partNode = (id: string, title: string, paragraphs: Paragraph[], children: BodyNode[], tags: string[]) =>
    node(id, `${ROMAN[part++] ?? String(part)}.`, title, paragraphs, children, tags);

  const level = options.skeleton;
  const given = content.sections ?? [];
  const ids = [
    ...(OUTLINE as readonly OutlineSection[]).map((s) => s.id),
    ...given.map((s) => s.id).filter((id) => !(OUTLINE as readonly OutlineSection[]).some((s) => s.id === id)),
  ];
  const sections: BodyNode[] = [];
  for (const id of ids) {
    const expected = level !== undefined && (OUTLINE as readonly OutlineSection[]).some((s) => s.id === id && s.levels.includes(level));
    const pieces = given.filter((s) => s.id === id);
    const section: OutlineSectionContent | undefined =
      pieces.length <= 1
        ? pieces[0]
        : {
            id,
            title: pieces.find((p) => p.title !== undefined && p.title.trim() !== "")?.title,
            paragraphs: pieces.flatMap((p) => p.paragraphs ?? []),
            items: pieces.flatMap((p) => p.items ?? []),
            limitations: pieces.flatMap((p) => p.limitations ?? []),
            focusTasks: pieces.flatMap((p) => p.focusTasks ?? []),
          };
    const n = sectionNode(section, id, expected);
    if (n !== undefined) sections.push(n);
  }
  if (sections.length > 0) body.push(partNode("results", OUTLINE_HEADINGS.partResults, [], sections, []));

  const assessment = subParts("assessment", [
    ["assessment.strengths", OUTLINE_HEADINGS.strengths, content.strengths],
    ["assessment.limitations", OUTLINE_HEADINGS.overallLimitations, content.limitations],
    ["assessment.causes", OUTLINE_HEADINGS.causes, content.causes],
    ["assessment.solutions", OUTLINE_HEADINGS.solutions, content.solutions],
    ["assessment.lessons", OUTLINE_HEADINGS.lessons, content.lessons],
  ], level !== undefined);
  const assessed = filled(content.assessment);
  if (assessment.length > 0 || assessed.length > 0)
    body.push(partNode("assessment", OUTLINE_HEADINGS.partAssessment, assessed, assessment, ["assessment"]));

  const recommendations = subParts("recommendations", [
    ["recommendations.government", OUTLINE_HEADINGS.toGovernment, content.government],
    ["recommendations.ministries", OUTLINE_HEADINGS.toMinistries, content.ministries],
    ["recommendations.other", OUTLINE_HEADINGS.otherRecommendations, content.otherRecommendations],
  ], level !== undefined);
  const recommended = filled(content.recommendations);
  if (recommendations.length > 0 || recommended.length > 0)
    body.push(partNode("recommendations", OUTLINE_HEADINGS.partRecommendations, recommended, recommendations, ["recommendations"]));

  const next = filled(content.nextTasks);
  if (next.length > 0 || level !== undefined) body.push(partNode("nextTasks", OUTLINE_HEADINGS.partNextTasks, next, [], ["nextTasks"]));

  const closing = filled(content.closing);
  if (closing.length > 0) body.push(node("closing", undefined, undefined, closing, [], ["closing"]));
  uniqueIds(body, new Set());
  return body;
}

/** Items the author numbered twice ("1.5" and "1.5") get ids "s1.5" and "s1.5-2". */
function uniqueIds(nodes: BodyNode[], used: Set<string>): void {
  for (const n of nodes) {
    if (n.id !== undefined) {
      let id = n.id;
      for (let k = 2; used.has(id); k++) id = `${n.id}-${k}`;
      used.add(id);
      n.id = id;
    }
    uniqueIds(n.children, used);
  }
}
