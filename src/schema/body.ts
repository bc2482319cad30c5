import { z } from "zod";
import { lazySchema } from "./lazy-schema.js";
import { ITEM_IDS, SECTION_IDS } from "./outline.js";

/**
 * The author's document body (DESIGN §1, "Fidelity first"): the heading tree exactly as written —
 * numbering, titles, order, paragraphs with their bold/italic runs, footnote markers in place —
 * with structure added beside it: outline tags on headings (which items of the outline a part
 * answers) and node ids that figures can point at. Nothing here is renamed or renumbered.
 */

/** Free text: normalised to Unicode NFC (one shared instance, built with the first schema that uses it: see figure-facts.ts). */
let TEXT: z.ZodString | undefined;
const text = () => (TEXT ??= z.string().normalize("NFC"));

/**
 * The parts of a report that the outline (`seeds/000_…`) asks for beyond sections 1–8, as tags:
 * the general assessment and its kinds, recommendations by addressee, next-period tasks, and the
 * opening and closing paragraphs.
 *
 * @category Schema
 * @example
 * ```ts
 * OUTLINE_PART_TAGS.includes("recommendations.government"); // true
 * ```
 */
export const OUTLINE_PART_TAGS = [
  "preamble",
  "assessment",
  "assessment.strengths",
  "assessment.limitations",
  "assessment.causes",
  "assessment.solutions",
  "assessment.lessons",
  "recommendations",
  "recommendations.government",
  "recommendations.ministries",
  "recommendations.other",
  "nextTasks",
  "closing",
] as const;

/**
 * Every tag a body node may carry: a section of the outline ("3"), one of its items ("3.1"), or a
 * part of {@link OUTLINE_PART_TAGS}.
 *
 * @category Schema
 * @example
 * ```ts
 * OUTLINE_TAGS.includes("6.3"); // true
 * ```
 */
export const OUTLINE_TAGS = [...SECTION_IDS, ...ITEM_IDS, ...OUTLINE_PART_TAGS] as readonly string[];

/**
 * An outline tag ({@link OUTLINE_TAGS}): which item of the outline a heading answers.
 *
 * @category Schema
 * @example
 * ```ts
 * OutlineTagSchema.parse("3.1"); // "3.1"
 * OutlineTagSchema.safeParse("9.9").success; // false
 * ```
 */
export const OutlineTagSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .enum(OUTLINE_TAGS as [string, ...string[]])
    .meta({ description: "Mục đề cương mà phần này trả lời: 1–8, 1.1…, assessment, recommendations, nextTasks…" }),
);

/**
 * The id of a body node: a short ASCII slug, unique in the report, that figures and tools use to
 * point at the part where something was written.
 *
 * @category Schema
 * @example
 * ```ts
 * NodeIdSchema.parse("ii-2-2"); // "ii-2-2"
 * ```
 */
export const NodeIdSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/)
    .meta({ description: "Mã của một phần trong văn bản (ASCII, duy nhất trong báo cáo)." }),
);

/**
 * A run of text with the author's emphasis (bold, italic, underline), or a footnote marker that
 * points at one of the report's footnotes by id.
 *
 * @category Schema
 * @example
 * ```ts
 * RunSchema.parse({ text: "Điển hình:", bold: true });
 * RunSchema.parse({ footnote: "1" });
 * ```
 */
export const RunSchema = /* @__PURE__ */ lazySchema(() =>
  z.union([
    z.strictObject({
      text: text().min(1),
      bold: z.boolean().optional(),
      italic: z.boolean().optional(),
      underline: z.boolean().optional(),
    }),
    z.strictObject({
      footnote: z.string().min(1).max(16).meta({ description: "Mã chú thích (footnotes[].id) đặt tại vị trí này." }),
    }),
  ]),
);

/**
 * One run of a paragraph (`z.infer<typeof RunSchema>`).
 *
 * @category Schema
 * @example
 * ```ts
 * const runs: Run[] = [{ text: "đã ban hành 15 văn bản" }, { footnote: "1" }, { text: " chỉ đạo" }];
 * ```
 */
export type Run = z.infer<typeof RunSchema>;

/**
 * A paragraph as the author wrote it: plain text, or runs when some of it is bold, italic or
 * carries a footnote marker. A paragraph starting with "- " or "+ " is the author's bullet and is
 * printed as written.
 *
 * @category Schema
 * @example
 * ```ts
 * ParagraphSchema.parse("Tổng số hồ sơ tiếp nhận 976 hồ sơ.");
 * ParagraphSchema.parse({ runs: [{ text: "Một là,", bold: true }, { text: " phải làm tốt…" }] });
 * ```
 */
export const ParagraphSchema = /* @__PURE__ */ lazySchema(() =>
  z.union([
    text(),
    z.strictObject({
      runs: z.array(RunSchema).min(1),
    }),
  ]),
);

/**
 * A paragraph (`z.infer<typeof ParagraphSchema>`).
 *
 * @category Schema
 * @example
 * ```ts
 * const p: Paragraph = { runs: [{ text: "Ưu điểm", italic: true }] };
 * ```
 */
export type Paragraph = z.infer<typeof ParagraphSchema>;

/**
 * A footnote: its id (the marker's target) and its paragraphs, printed as a real footnote.
 *
 * @category Schema
 * @example
 * ```ts
 * FootnoteSchema.parse({ id: "1", paragraphs: ["Điển hình: Công văn số 395/UBND-VX ngày 12/01/2026…"] });
 * ```
 */
export const FootnoteSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    id: z.string().min(1).max(16),
    paragraphs: z.array(ParagraphSchema).min(1),
  }),
);

/**
 * A footnote (`z.infer<typeof FootnoteSchema>`).
 *
 * @category Schema
 * @example
 * ```ts
 * const f: Footnote = { id: "2", paragraphs: ["Số liệu đến ngày 14/02/2026."] };
 * ```
 */
export type Footnote = z.infer<typeof FootnoteSchema>;

/**
 * One part of the author's heading tree: the numbering exactly as written ("I.", "1.", "1.1.",
 * "a)", "-", or none), the title as written (none for a numbered paragraph such as "1. Bám sát
 * chỉ đạo…", whose text is its first paragraph), its paragraphs, its children in the author's
 * order, and the outline items it answers.
 *
 * @category Schema
 * @example
 * ```ts
 * const node: BodyNode = {
 *   numbering: "II.", title: "KẾT QUẢ ĐẠT ĐƯỢC", paragraphs: [], outline: [],
 *   children: [{ numbering: "1.", title: "Công tác tuyên truyền", paragraphs: ["…"], children: [], outline: ["1.3"] }],
 * };
 * ```
 */
export interface BodyNode {
  /** Id that figures and tools use to point at this part. */
  id?: string | undefined;
  /** Numbering as written: "I.", "1.", "2.3.", "a)", "-"; absent when the author wrote none. */
  numbering?: string | undefined;
  /** Title as written; absent for a numbered paragraph (its text is the first paragraph). */
  title?: string | undefined;
  /** The emphasis the author gave the heading line, when it is not the level's usual one. */
  titleStyle?: { bold?: boolean | undefined; italic?: boolean | undefined } | undefined;
  /** Footnote markers the author put at the end of the title ("2.3. Nhóm phát triển kinh tế, xã hội²"). */
  titleFootnotes?: string[] | undefined;
  /** Paragraphs, in order, before the children. */
  paragraphs: Paragraph[];
  /** Sub-parts, in the author's order. */
  children: BodyNode[];
  /** Items of the outline this part answers (zero, one or several). */
  outline: string[];
}

/**
 * A body node as it may arrive (defaults not yet filled in).
 *
 * @category Schema
 * @example
 * ```ts
 * const input: BodyNodeInput = { numbering: "1.", title: "Ưu điểm", paragraphs: ["…"] };
 * ```
 */
export interface BodyNodeInput {
  id?: string | undefined;
  numbering?: string | undefined;
  title?: string | undefined;
  titleStyle?: { bold?: boolean | undefined; italic?: boolean | undefined } | undefined;
  titleFootnotes?: string[] | undefined;
  paragraphs?: Paragraph[] | undefined;
  children?: BodyNodeInput[] | undefined;
  outline?: string[] | undefined;
}

/**
 * The zod schema of a {@link BodyNode} (recursive).
 *
 * @category Schema
 * @example
 * ```ts
 * BodyNodeSchema.parse({ numbering: "I.", title: "TỔ CHỨC TRIỂN KHAI", children: [{ numbering: "1.", title: "Công tác chỉ đạo" }] });
 * ```
 */
export const BodyNodeSchema: z.ZodType<BodyNode, BodyNodeInput> = /* @__PURE__ */ lazySchema(() =>
  z
    .strictObject({
      id: NodeIdSchema.optional(),
      numbering: text().min(1).max(24).optional().meta({ description: "Số thứ tự như văn bản ghi: I., 1., 1.1., a), -" }),
      title: text().min(1).optional().meta({ description: "Tiêu đề như văn bản ghi." }),
      titleStyle: z.strictObject({ bold: z.boolean().optional(), italic: z.boolean().optional() }).optional(),
      titleFootnotes: z
        .array(z.string().min(1).max(16))
        .optional()
        .meta({ description: "Mã chú thích đặt ở cuối tiêu đề (footnotes[].id)." }),
      paragraphs: z.array(ParagraphSchema).default([]),
      // Read by zod when the schema is first used, after it is built: the proxy stands for itself.
      get children(): z.ZodDefault<z.ZodArray<z.ZodType<BodyNode, BodyNodeInput>>> {
        return z.array(BodyNodeSchema).default([]);
      },
      outline: z.array(OutlineTagSchema).default([]).meta({ description: "Các mục đề cương mà phần này trả lời." }),
    })
    .meta({ id: "BodyNode", title: "Phần của văn bản" }),
);

export { effectiveOutline, headingText, paragraphText, walkBody, type BodyVisit } from "./body-walk.js";
