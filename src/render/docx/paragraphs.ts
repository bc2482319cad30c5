/**
 * Small builders for the paragraphs every part of the document is made of. Each returns one
 * docx `Paragraph`; text passes through {@link cleanText} on the way in.
 */
import { AlignmentType, BorderStyle, FootnoteReferenceRun, LineRuleType, Paragraph, TextRun, UnderlineType } from "docx";
import type { HeadingBlock, Inline } from "../../layout/model.js";
import { COLOR, RULE } from "../../layout/page.js";
import { STYLE } from "./styles.js";
import { cleanText } from "../../layout/text.js";

/** How a run of text looks. */
export interface RunStyle {
  readonly size?: number;
  readonly bold?: boolean;
  readonly italics?: boolean;
}

/** A text run: cleaned text, optional size, bold, italics. */
export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: cleanText(text),
    ...(style.size !== undefined ? { size: style.size } : {}),
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
  });
}

/** Where and how a paragraph sits. */
export interface ParagraphStyle extends RunStyle {
  readonly align?: "center" | "left" | "right" | "justify";
  /** Space before, in twips. */
  readonly before?: number;
  readonly after?: number;
  /** First-line indent in twips (negative: hanging). */
  readonly firstLine?: number;
  readonly left?: number;
  readonly right?: number;
  readonly keepNext?: boolean;
  /** Line spacing in 240ths of a line; single when omitted. */
  readonly line?: number;
}

const ALIGN = {
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** A paragraph of runs (strings are turned into runs with the paragraph's run style). */
export function paragraph(content: string | readonly (string | TextRun)[], style: ParagraphStyle = {}): Paragraph {
  const parts = typeof content === "string" ? [content] : content;
  const children = parts.map((p) => (typeof p === "string" ? run(p, style) : p));
  const indent: { firstLine?: number; hanging?: number; left?: number; right?: number } = {};
  if (style.firstLine !== undefined && style.firstLine > 0) indent.firstLine = style.firstLine;
  if (style.firstLine !== undefined && style.firstLine < 0) indent.hanging = -style.firstLine;
  if (style.left !== undefined) indent.left = style.left;
  if (style.right !== undefined) indent.right = style.right;
  return new Paragraph({
    children,
    alignment: ALIGN[style.align ?? "left"],
    spacing: {
      before: style.before ?? 0,
      after: style.after ?? 0,
      line: style.line ?? 240,
      lineRule: LineRuleType.AUTO,
    },
    ...(Object.keys(indent).length > 0 ? { indent } : {}),
    ...(style.keepNext ? { keepNext: true } : {}),
  });
}

/** The runs of a paragraph's inlines: text with its emphasis, footnote references in place. */
export function inlineRuns(inlines: readonly Inline[], base: RunStyle = {}): (TextRun | FootnoteReferenceRun)[] {
  return inlines.map((i) =>
    "footnote" in i
      ? new FootnoteReferenceRun(i.footnote)
      : new TextRun({
          text: i.text,
          ...(base.size !== undefined ? { size: base.size } : {}),
          ...(i.bold || base.bold ? { bold: true } : {}),
          ...(i.italic || base.italics ? { italics: true } : {}),
          ...(i.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
        }),
  );
}

/**
 * A paragraph of the body (Nghị định 30/2020, Phụ lục I, Phần I, mục II.6): the body style
 * (justified, first line indented 1,27 cm, 6 pt before, 1,2 lines, 14 pt); runs carry only
 * their emphasis.
 */
export function bodyParagraph(inlines: readonly Inline[], options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ style: STYLE.body, children: inlineRuns(inlines), ...(options.keepNext ? { keepNext: true } : {}) });
}

/** A heading of the author's tree, in the heading style of its depth (kept with the next paragraph). */
export function headingParagraph(block: HeadingBlock): Paragraph {
  const style = STYLE.heading[Math.min(block.depth, STYLE.heading.length - 1)] ?? STYLE.body;
  const marks = (block.footnotes ?? []).map((n) => new FootnoteReferenceRun(n));
  return new Paragraph({ style, children: [run(block.text, { bold: block.bold, italics: block.italic }), ...marks] });
}

/**
 * A horizontal rule of `length` twips centred in a box `boxWidth` wide: an empty, one-point-high
 * paragraph whose top border is the line (a border, unlike an underline, does not run into the
 * dots under Vietnamese vowels such as "ạ" in "Hạnh phúc").
 */
export function ruleParagraph(length: number, boxWidth: number): Paragraph {
  const side = Math.max(0, Math.round((boxWidth - length) / 2));
  return new Paragraph({
    children: [],
    // 3 pt above the line keeps it off the descenders and the dots under "ạ", "ụ".
    spacing: { before: 60, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    indent: { left: side, right: side },
    border: { top: { style: BorderStyle.SINGLE, size: RULE.size, color: COLOR, space: 1 } },
  });
}

/** An empty paragraph of `lines` single lines at `size` half-points (vertical space). */
export function blankParagraph(size: number, lines = 1): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: "", size })],
    spacing: { before: 0, after: 0, line: 240 * lines, lineRule: LineRuleType.AUTO },
  });
}
