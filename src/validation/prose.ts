import { type BodyNode, effectiveOutline, paragraphText, walkBody } from "../schema/body.js";
import type { Path } from "../schema/problem.js";
import type { Report } from "../schema/report.js";

/**
 * Every piece of prose of a report with its exact path, in document order: the author's heading
 * tree walked depth first (each node's title, then its paragraphs, then its children), then the
 * footnotes. A paragraph written as runs is read as its plain text (footnote markers left out).
 */

/**
 * A paragraph of prose, where it sits in the report, and the outline items it answers (its
 * node's tags and its ancestors').
 *
 * @category Validation
 * @example
 * ```ts
 * const p: ProseParagraph = { path: ["body", 1, "children", 0, "paragraphs", 2], text: "Tổng số hồ sơ tiếp nhận 976 hồ sơ…", outline: ["3", "3.1"] };
 * ```
 */
export interface ProseParagraph {
  readonly path: Path;
  readonly text: string;
  readonly outline: readonly string[];
}

/**
 * What {@link forEachParagraph} calls for each paragraph: its exact path, its text, and the
 * outline items it answers (empty for footnotes and untagged parts).
 *
 * @category Validation
 * @example
 * ```ts
 * const visit: ParagraphVisitor = (path, text) => console.log(formatPath(path), text.length);
 * forEachParagraph(report, visit);
 * ```
 */
export type ParagraphVisitor = (path: Path, text: string, outline: readonly string[]) => void;

/** `["body", 1, "children", 0]` for the node at indices `[1, 0]`. */
export function nodePath(indices: readonly number[]): (string | number)[] {
  const path: (string | number)[] = ["body"];
  indices.forEach((n, k) => {
    if (k > 0) path.push("children");
    path.push(n);
  });
  return path;
}

/**
 * Calls `visit` for every piece of prose of a report (non-empty text only), in document order:
 * each body node's title (`body[1].title`) and paragraphs (`body[1].children[0].paragraphs[2]`),
 * then the footnotes (`footnotes[0].paragraphs[0]`).
 *
 * @category Validation
 * @summary Walk the prose of a report with paths.
 * @example
 * ```ts
 * const paths: string[] = [];
 * forEachParagraph(report, (path) => paths.push(formatPath(path)));
 * // ["body[0].paragraphs[0]", "body[1].title", "body[1].children[0].paragraphs[0]", …, "footnotes[0].paragraphs[0]"]
 * ```
 */
export function forEachParagraph(report: Report, visit: ParagraphVisitor): void {
  const body: unknown = report.body;
  if (Array.isArray(body)) {
    for (const v of walkBody(body as readonly BodyNode[])) {
      const at = nodePath(v.indices);
      const outline = effectiveOutline(v);
      if (typeof v.node.title === "string" && v.node.title !== "") visit([...at, "title"], v.node.title, outline);
      v.node.paragraphs.forEach((p, i) => {
        const text = paragraphText(p);
        if (text !== "") visit([...at, "paragraphs", i], text, outline);
      });
    }
  }
  const footnotes: unknown = report.footnotes;
  if (Array.isArray(footnotes)) {
    (footnotes as Report["footnotes"]).forEach((f, i) =>
      f.paragraphs.forEach((p, j) => {
        const text = paragraphText(p);
        if (text !== "") visit(["footnotes", i, "paragraphs", j], text, []);
      }),
    );
  }
}

/**
 * The prose of a report as a list (see {@link forEachParagraph}).
 *
 * @category Validation
 * @example
 * ```ts
 * proseParagraphs(report).length; // 57
 * ```
 */
export function proseParagraphs(report: Report): ProseParagraph[] {
  const out: ProseParagraph[] = [];
  forEachParagraph(report, (path, text, outline) => out.push({ path, text, outline }));
  return out;
}
