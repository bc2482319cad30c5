/**
 * The author's body as blocks (DESIGN §1, "Fidelity first"): every node's heading with its
 * numbering and title as written, its paragraphs with their emphasis and footnote markers, its
 * children, in the author's order; nothing renamed, renumbered or added. A numbered paragraph
 * (numbering without a title) is printed run-in: "1. Bám sát chỉ đạo…".
 *
 * Weights follow Nghị định 30/2020, Phụ lục I, Phần I, mục II.6 by the numbering the author
 * chose: parts "I." bold; "1." bold; "1.1." bold italic; "1.1.1." italic; "a)" and "-" upright;
 * the author's own emphasis (`titleStyle`) wins.
 */
import type { BodyNode, Paragraph } from "../schema/body.js";
import { walkBody } from "../schema/body-walk.js";
import type { Report } from "../schema/report.js";
import type { Block, HeadingBlock, Inline } from "./model.js";
import { cleanText } from "./text.js";

/** Numbers the footnotes in the order their markers first appear. */
export interface FootnoteNumbers {
  readonly byId: Map<string, number>;
  readonly known: ReadonlySet<string>;
}

/** A fresh numbering for the report's footnotes. */
export function footnoteNumbers(report: Report): FootnoteNumbers {
  return { byId: new Map(), known: new Set(report.footnotes.map((f) => f.id)) };
}

/** The number of a footnote marker (numbered at its first reference), or undefined for an unknown id. */
function footnoteNumber(id: string, notes: FootnoteNumbers): number | undefined {
  if (!notes.known.has(id)) return undefined;
  const n = notes.byId.get(id) ?? notes.byId.size + 1;
  notes.byId.set(id, n);
  return n;
}

/**
 * A paragraph as inlines: text cleaned (NFC, no XML-forbidden characters, line breaks as spaces),
 * emphasis kept, footnote markers numbered; a marker pointing at no footnote is dropped.
 */
export function paragraphInlines(p: Paragraph, notes: FootnoteNumbers): Inline[] {
  const runs = typeof p === "string" ? [{ text: p }] : p.runs;
  const out: Inline[] = [];
  for (const r of runs) {
    if ("footnote" in r) {
      const n = footnoteNumber(r.footnote, notes);
      if (n !== undefined) out.push({ footnote: n });
      continue;
    }
    const text = cleanText(r.text);
    if (text === "") continue;
    out.push({ text, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italic: true } : {}), ...(r.underline ? { underline: true } : {}) });
  }
  // Leading and trailing spaces of the paragraph are layout, not text.
  const first = out[0];
  if (first !== undefined && "text" in first) out[0] = { ...first, text: first.text.replace(/^\s+/u, "") };
  const lastIndex = out.length - 1;
  const last = out[lastIndex];
  if (last !== undefined && "text" in last) out[lastIndex] = { ...last, text: last.text.replace(/\s+$/u, "") };
  return out.filter((i) => !("text" in i) || i.text !== "");
}

/** The weight of a heading from its numbering ("I." bold, "1.1." bold italic…) and depth. */
export function headingWeight(numbering: string | undefined, depth: number): { bold: boolean; italic: boolean } {
  const n = numbering ?? "";
  if (/^[IVXLC]+\.?$/u.test(n)) return { bold: true, italic: false };
  if (/^\d+\.?$/u.test(n)) return { bold: true, italic: false };
  if (/^\d+\.\d+\.?$/u.test(n)) return { bold: true, italic: true };
  if (/^\d+(\.\d+){2,}\.?$/u.test(n)) return { bold: false, italic: true };
  if (n !== "") return { bold: false, italic: false };
  return depth === 0 ? { bold: true, italic: false } : { bold: true, italic: true };
}

/** Where figures tables go: after the subtree of a node (by its index in document order). */
export type Insertions = ReadonlyMap<BodyNode, readonly Block[]>;

/**
 * The blocks of the body, in the author's order. `after` places blocks (figures tables) after a
 * node's whole subtree.
 */
export function bodyBlocks(report: Report, notes: FootnoteNumbers, after: Insertions = new Map()): Block[] {
  const blocks: Block[] = [];
  // Blocks to emit once the subtree of a node is done: a stack of (depth, blocks).
  const pending: { depth: number; blocks: readonly Block[] }[] = [];
  const flush = (depth: number) => {
    while (pending.length > 0 && (pending[pending.length - 1]?.depth ?? -1) >= depth) blocks.push(...(pending.pop()?.blocks ?? []));
  };
  for (const { node, depth } of walkBody(report.body)) {
    flush(depth);
    const numbering = node.numbering === undefined ? "" : cleanText(node.numbering).trim();
    const title = node.title === undefined ? "" : cleanText(node.title).trim();
    const paragraphs = node.paragraphs.map((p) => paragraphInlines(p, notes)).filter((p) => p.length > 0);
    if (title !== "") {
      const weight = headingWeight(numbering === "" ? undefined : numbering, depth);
      const marks = (node.titleFootnotes ?? []).map((id) => footnoteNumber(id, notes)).filter((n): n is number => n !== undefined);
      const heading: HeadingBlock = {
        kind: "heading",
        depth,
        ...(numbering !== "" ? { numbering } : {}),
        title,
        text: numbering === "" ? title : `${numbering} ${title}`,
        bold: node.titleStyle?.bold ?? weight.bold,
        italic: node.titleStyle?.italic ?? weight.italic,
        ...(marks.length > 0 ? { footnotes: marks } : {}),
        ...(node.id !== undefined ? { id: node.id } : {}),
      };
      blocks.push(heading);
    } else if (numbering !== "") {
      // A numbered paragraph: the numbering run-in before its first paragraph.
      const [first = [], ...rest] = paragraphs;
      blocks.push({ kind: "paragraph", inlines: [{ text: `${numbering} ` }, ...first] });
      paragraphs.splice(0, paragraphs.length, ...rest);
    }
    for (const inlines of paragraphs) blocks.push({ kind: "paragraph", inlines });
    const extra = after.get(node);
    if (extra !== undefined && extra.length > 0) pending.push({ depth, blocks: extra });
  }
  flush(0);
  return blocks;
}
