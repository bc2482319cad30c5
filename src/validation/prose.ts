import type { Path } from "../schema/problem.js";
import type { Report } from "../schema/report.js";

/**
 * Every prose paragraph of a report with its exact path, in document order: the preamble,
 * each section's paragraphs, its items' paragraphs and its assessment, the overall assessment,
 * the recommendations, the next-period tasks and the closing sentence.
 */

/**
 * A paragraph of prose and where it sits in the report.
 *
 * @category Validation
 * @example
 * ```ts
 * const p: ProseParagraph = { path: ["sections", 2, "paragraphs", 0], text: "Tổng số hồ sơ tiếp nhận 976 hồ sơ…" };
 * ```
 */
export interface ProseParagraph {
  readonly path: Path;
  readonly text: string;
}

/**
 * What {@link forEachParagraph} calls for each paragraph: its exact path and its text.
 *
 * @category Validation
 * @example
 * ```ts
 * const visit: ParagraphVisitor = (path, text) => console.log(formatPath(path), text.length);
 * forEachParagraph(report, visit);
 * ```
 */
export type ParagraphVisitor = (path: Path, text: string) => void;

function strings(list: unknown, base: Path, visit: ParagraphVisitor): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const t: unknown = list[i];
    if (typeof t === "string" && t !== "") visit([...base, i], t);
  }
}

function limitations(list: unknown, base: Path, visit: ParagraphVisitor): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const t: unknown = (list[i] as { text?: unknown } | null)?.text;
    if (typeof t === "string" && t !== "") visit([...base, i, "text"], t);
  }
}

/**
 * Calls `visit` for every prose paragraph of a report (non-empty strings only), in document order.
 *
 * @category Validation
 * @summary Walk the prose of a report with paths.
 * @example
 * ```ts
 * const paths: string[] = [];
 * forEachParagraph(report, (path) => paths.push(formatPath(path)));
 * // ["preamble[0]", "sections[0].paragraphs[0]", …, "closing"]
 * ```
 */
export function forEachParagraph(report: Report, visit: ParagraphVisitor): void {
  strings(report.preamble, ["preamble"], visit);
  const sections: unknown = report.sections;
  if (Array.isArray(sections)) {
    for (let s = 0; s < sections.length; s++) {
      const section = sections[s] as Partial<Report["sections"][number]> | null;
      if (section === null || typeof section !== "object") continue;
      strings(section.paragraphs, ["sections", s, "paragraphs"], visit);
      const items: unknown = section.items;
      if (Array.isArray(items)) {
        for (let i = 0; i < items.length; i++) {
          strings((items[i] as { paragraphs?: unknown } | null)?.paragraphs, ["sections", s, "items", i, "paragraphs"], visit);
        }
      }
      const a = section.assessment;
      if (a !== undefined && a !== null) {
        limitations(a.limitations, ["sections", s, "assessment", "limitations"], visit);
        strings(a.focusTasks, ["sections", s, "assessment", "focusTasks"], visit);
      }
    }
  }
  const a = report.assessment as Partial<Report["assessment"]> | undefined;
  if (a !== undefined && a !== null) {
    strings(a.strengths, ["assessment", "strengths"], visit);
    limitations(a.limitations, ["assessment", "limitations"], visit);
    strings(a.causes, ["assessment", "causes"], visit);
    strings(a.solutions, ["assessment", "solutions"], visit);
    strings(a.lessons, ["assessment", "lessons"], visit);
  }
  const r = report.recommendations as Partial<Report["recommendations"]> | undefined;
  if (r !== undefined && r !== null) {
    strings(r.government, ["recommendations", "government"], visit);
    strings(r.ministries, ["recommendations", "ministries"], visit);
    strings(r.other, ["recommendations", "other"], visit);
  }
  strings(report.nextTasks, ["nextTasks"], visit);
  if (typeof report.closing === "string" && report.closing !== "") visit(["closing"], report.closing);
}

/**
 * The prose paragraphs of a report as a list (see {@link forEachParagraph}).
 *
 * @category Validation
 * @example
 * ```ts
 * proseParagraphs(report).length; // 57
 * ```
 */
export function proseParagraphs(report: Report): ProseParagraph[] {
  const out: ProseParagraph[] = [];
  forEachParagraph(report, (path, text) => out.push({ path, text }));
  return out;
}
