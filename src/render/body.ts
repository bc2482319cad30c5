/**
 * The body of the report in the outline's order (`seeds/000_…`): the preamble; "I. KẾT QUẢ CÁC
 * MẶT CÔNG TÁC" with sections 1–8, each with its items, its figures and its own "Nhận xét, đánh
 * giá"; "II. NHẬN XÉT, ĐÁNH GIÁ"; "III. KIẾN NGHỊ, ĐỀ XUẤT"; "IV. NHIỆM VỤ TRỌNG TÂM…"; the
 * closing sentence ending "./.".
 *
 * Numbering and weights follow Nghị định 30/2020, Phụ lục I, Phần I, mục II.6 (bố cục của nội
 * dung văn bản): parts with Roman numerals and titles in capitals, bold; sections "1." bold;
 * items "1.1." bold italic; points "a)" upright; "-" and "+" lines as the author typed them.
 * Parts with nothing in them are left out and the Roman numerals close up.
 */
import type { Paragraph, Table } from "docx";
import { OUTLINE } from "../schema/outline.js";
import type { Report, Section } from "../schema/report.js";
import { bodyParagraph, headingParagraph } from "./paragraphs.js";
import { VI } from "./strings.js";
import { cleanText, upper } from "./text.js";

/** A block of the body: paragraphs and tables, in order. */
export type Block = Paragraph | Table;

/** What the caller adds to a section after the author's text (figures table, draft prose…). */
export interface SectionExtras {
  /** Paragraphs placed after the author's paragraphs and items (generated draft prose). */
  readonly draft?: readonly string[];
  /** Blocks placed after the draft, before the section's assessment (figures table, notes). */
  readonly figures?: readonly Block[];
}

/** Roman numerals for the parts of the body (at most a handful). */
export const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"] as const;

/** The Roman numeral of `n` (1-based), for parts and appendices. */
export function roman(n: number): string {
  return ROMAN[n - 1] ?? String(n);
}

const bold = { bold: true } as const;
const boldItalic = { bold: true, italics: true } as const;

/** The author's paragraphs, one document paragraph each; empty ones are dropped. */
export function prose(paragraphs: readonly string[]): Paragraph[] {
  return paragraphs
    .map((p) => cleanText(p).trim())
    .filter((p) => p !== "")
    .map((p) => bodyParagraph(p));
}

/** "- text;" lines of a list the renderer writes itself (limitations, tasks). */
function listLines(lines: readonly string[]): Paragraph[] {
  const items = lines.map((l) => cleanText(l).trim()).filter((l) => l !== "");
  return items.map((l) => bodyParagraph(/^[-+]\s/u.test(l) ? l : `- ${l}`));
}

function lowerFirst(text: string): string {
  const first = text.charAt(0);
  return first.toLocaleLowerCase("vi") + text.slice(1);
}

/** Numeric order of item ids ("3.2" before "3.10"). */
function compareIds(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** The id of a section's "Nhận xét, đánh giá" item: the outline's, else the next free number. */
function assessmentId(section: Section): string {
  const outline = OUTLINE.find((s) => s.id === section.id);
  if (outline !== undefined && "assessmentItem" in outline) return outline.assessmentItem;
  const used = [...(outline?.items.map((i) => i.id) ?? []), ...section.items.map((i) => i.id)]
    .filter((id) => id.split(".").length === 2)
    .map((id) => Number(id.split(".")[1]));
  return `${section.id}.${Math.max(0, ...used) + 1}`;
}

/** The title of a section: its own, else the outline's. */
export function sectionTitle(section: Pick<Section, "id" | "title">): string {
  const own = section.title === undefined ? "" : cleanText(section.title).trim();
  return own !== "" ? own : (OUTLINE.find((s) => s.id === section.id)?.title ?? "");
}

function itemTitle(id: string, title: string | undefined): string {
  const own = title === undefined ? "" : cleanText(title).trim();
  if (own !== "") return own;
  for (const s of OUTLINE) for (const i of s.items) if (i.id === id) return i.title;
  return "";
}

function sectionHasContent(section: Section | undefined, extras: SectionExtras | undefined): boolean {
  const text = (xs: readonly string[]) => xs.some((x) => cleanText(x).trim() !== "");
  if (extras && ((extras.draft?.length ?? 0) > 0 || (extras.figures?.length ?? 0) > 0)) return true;
  if (section === undefined) return false;
  return (
    text(section.paragraphs) ||
    section.items.some((i) => text(i.paragraphs) || (i.title !== undefined && cleanText(i.title).trim() !== "")) ||
    (section.assessment !== undefined && (section.assessment.limitations.length > 0 || text(section.assessment.focusTasks)))
  );
}

/** One section of part I: heading, text, items, extras, assessment. */
function sectionBlocks(id: string, section: Section | undefined, extras: SectionExtras | undefined): Block[] {
  const heading = `${id}. ${sectionTitle(section ?? { id })}`.trim();
  const blocks: Block[] = [headingParagraph(heading, bold)];
  if (section !== undefined) {
    blocks.push(...prose(section.paragraphs));
    for (const item of [...section.items].sort((a, b) => compareIds(a.id, b.id))) {
      blocks.push(headingParagraph(`${item.id}. ${itemTitle(item.id, item.title)}`.trim(), boldItalic));
      blocks.push(...prose(item.paragraphs));
    }
  }
  blocks.push(...prose(extras?.draft ?? []));
  blocks.push(...(extras?.figures ?? []));
  const assessment = section?.assessment;
  if (section !== undefined && assessment !== undefined && (assessment.limitations.length > 0 || assessment.focusTasks.length > 0)) {
    blocks.push(headingParagraph(`${assessmentId(section)}. ${VI.sectionAssessment}`, boldItalic));
    if (assessment.limitations.length > 0) {
      blocks.push(bodyParagraph(`a) ${VI.limitations}:`, { keepNext: true }));
      blocks.push(
        ...listLines(
          assessment.limitations.map((l) => {
            const who = l.responsible === undefined ? "" : cleanText(l.responsible).trim();
            const text = cleanText(l.text).trim();
            return who === "" ? text : `${text.replace(/[.;]+$/u, "")} (${VI.responsible}: ${who}).`;
          }),
        ),
      );
    }
    if (assessment.focusTasks.length > 0) {
      const letter = assessment.limitations.length > 0 ? "b" : "a";
      blocks.push(bodyParagraph(`${letter}) ${VI.focusTasks}:`, { keepNext: true }));
      blocks.push(...listLines(assessment.focusTasks));
    }
  }
  return blocks;
}

/** Numbered sub-parts ("1. Ưu điểm") with their paragraphs; empty ones are left out. */
function subParts(parts: readonly { title: string; paragraphs: readonly string[] }[]): Block[] {
  const filled = parts.filter((p) => p.paragraphs.some((x) => cleanText(x).trim() !== ""));
  return filled.flatMap((p, i) => [headingParagraph(`${i + 1}. ${p.title}`, bold), ...prose(p.paragraphs)]);
}

/**
 * The closing sentence, ending "./." (Phụ lục I, Phần I, mục II.6: the body ends with "./.").
 * The author's own closing is kept, only its final punctuation is normalised.
 */
export function closingSentence(report: Report): string {
  const own = report.closing === undefined ? "" : cleanText(report.closing).trim();
  const text =
    own !== ""
      ? own
      : `${VI.closingPrefix} ${lowerFirst(cleanText(report.document.summary).trim().replace(/^Báo cáo\s+/iu, ""))}`;
  return `${text.replace(/[\s./]+$/u, "")}${VI.endMark}`;
}

/** Options of {@link bodyBlocks}. */
export interface BodyOptions {
  /** Extras per section id ("1"–"8"). */
  readonly extras?: Readonly<Record<string, SectionExtras>>;
  /** Paragraphs placed after the preamble (e.g. the coverage of a rolled-up report). */
  readonly afterPreamble?: readonly Block[];
}

/** The whole body, from the preamble to the closing "./.". */
export function bodyBlocks(report: Report, options: BodyOptions = {}): Block[] {
  const blocks: Block[] = [...prose(report.preamble), ...(options.afterPreamble ?? [])];
  let part = 0;
  const partHeading = (title: string) => headingParagraph(`${roman(++part)}. ${upper(title)}`, bold);

  const sections = OUTLINE.map((o) => ({
    id: o.id,
    section: report.sections.find((s) => s.id === o.id),
    extras: options.extras?.[o.id],
  })).filter((s) => sectionHasContent(s.section, s.extras));
  if (sections.length > 0) {
    blocks.push(partHeading(VI.partResults));
    for (const s of sections) blocks.push(...sectionBlocks(s.id, s.section, s.extras));
  }

  const a = report.assessment;
  const assessment = subParts([
    { title: VI.strengths, paragraphs: a.strengths },
    {
      title: VI.overallLimitations,
      paragraphs: a.limitations.map((l) => {
        const who = l.responsible === undefined ? "" : cleanText(l.responsible).trim();
        return who === "" ? l.text : `${cleanText(l.text).trim().replace(/[.;]+$/u, "")} (${VI.responsible}: ${who}).`;
      }),
    },
    { title: VI.causes, paragraphs: a.causes },
    { title: VI.solutions, paragraphs: a.solutions },
    { title: VI.lessons, paragraphs: a.lessons },
  ]);
  if (assessment.length > 0) blocks.push(partHeading(VI.partAssessment), ...assessment);

  const r = report.recommendations;
  const recommendations = subParts([
    { title: VI.toGovernment, paragraphs: r.government },
    { title: VI.toMinistries, paragraphs: r.ministries },
    { title: VI.otherRecommendations, paragraphs: r.other },
  ]);
  if (recommendations.length > 0) blocks.push(partHeading(VI.partRecommendations), ...recommendations);

  const next = prose(report.nextTasks);
  if (next.length > 0) blocks.push(partHeading(VI.partNextTasks), ...next);

  // The closing sentence stays on the page of the signature (a signature never stands alone).
  blocks.push(bodyParagraph(closingSentence(report), { keepNext: true }));
  return blocks;
}
