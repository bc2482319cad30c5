/**
 * The document model: what a report looks like on paper, as plain data (DESIGN §3, layout). The
 * layout step (`layoutReport`) makes it once, every figure computed and every text cleaned; the
 * writers (docx, HTML) only turn it into bytes, in its order, without adding words of their own.
 * Every string here is final text: NFC, no character XML forbids, no line breaks.
 */

/**
 * A piece of a paragraph: text with the author's emphasis, or the marker of a footnote (its
 * number in the document, 1 for the first footnote referred to).
 *
 * @category Render
 * @example
 * ```ts
 * const inlines: Inline[] = [{ text: "15 văn bản" }, { footnote: 1 }, { text: " chỉ đạo" }];
 * ```
 */
export type Inline =
  | { readonly text: string; readonly bold?: boolean; readonly italic?: boolean; readonly underline?: boolean }
  | { readonly footnote: number };

/**
 * One line of a block of centred lines (issuing body, signature): its text and weight.
 *
 * @category Render
 * @example
 * ```ts
 * const line: Line = { text: "ỦY BAN NHÂN DÂN", bold: true };
 * ```
 */
export interface Line {
  readonly text: string;
  readonly bold: boolean;
}

/**
 * The header of the first page (Nghị định 30/2020, Phụ lục I, mục I.6): the issuing body's
 * lines and the number line on the left, the Quốc hiệu and Tiêu ngữ and the place-and-date line
 * on the right. A part the report does not have is absent.
 *
 * @category Render
 * @example
 * ```ts
 * const header: HeaderBlock = { kind: "header", issuer: [{ text: "VĂN PHÒNG", bold: true }], nationalName: true, number: "Số:      /BC-VPUB" };
 * ```
 */
export interface HeaderBlock {
  readonly kind: "header";
  readonly issuer: readonly Line[];
  /** Whether the Quốc hiệu and Tiêu ngữ are printed. */
  readonly nationalName: boolean;
  readonly number?: string;
  readonly placeDate?: string;
}

/**
 * The kind of document ("BÁO CÁO"), its title (trích yếu) and its marking ("DỰ THẢO").
 *
 * @category Render
 * @example
 * ```ts
 * const title: TitleBlock = { kind: "title", docType: "BÁO CÁO", title: "Kết quả triển khai Đề án 06 tháng 5/2026" };
 * ```
 */
export interface TitleBlock {
  readonly kind: "title";
  readonly docType: string;
  readonly title: string;
  readonly marking?: string;
}

/**
 * "Kính gửi:" and its addressees, as written.
 *
 * @category Render
 * @example
 * ```ts
 * const r: RecipientsBlock = { kind: "recipients", label: "Kính gửi:", recipients: ["Công an tỉnh"] };
 * ```
 */
export interface RecipientsBlock {
  readonly kind: "recipients";
  readonly label: string;
  readonly recipients: readonly string[];
}

/**
 * A heading of the author's tree: numbering and title as written, its depth (0 for a part), and
 * its weight.
 *
 * @category Render
 * @example
 * ```ts
 * const h: HeadingBlock = { kind: "heading", depth: 1, numbering: "2.", title: "Kết quả", text: "2. Kết quả", bold: true, italic: false };
 * ```
 */
export interface HeadingBlock {
  readonly kind: "heading";
  readonly depth: number;
  readonly numbering?: string;
  readonly title: string;
  /** The heading line as printed: numbering and title. */
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  /** Footnote markers the author put at the end of the title (their numbers). */
  readonly footnotes?: readonly number[];
  /** The body node's id, for anchors. */
  readonly id?: string;
}

/**
 * A paragraph of the body, as its pieces.
 *
 * @category Render
 * @example
 * ```ts
 * const p: ParagraphBlock = { kind: "paragraph", inlines: [{ text: "Tổng số hồ sơ tiếp nhận 976 hồ sơ." }] };
 * ```
 */
export interface ParagraphBlock {
  readonly kind: "paragraph";
  readonly inlines: readonly Inline[];
  /** `note`: a smaller italic line under a table. */
  readonly role?: "body" | "note";
  /** Kept on the page of what follows (the last paragraph stays with the signature). */
  readonly keepNext?: boolean;
}

/**
 * A cell of a table: its lines.
 *
 * @category Render
 * @example
 * ```ts
 * const c: TableCell = { lines: [{ text: "99,7%" }, { text: "(956/959)", small: true }], align: "center" };
 * ```
 */
export interface TableCell {
  readonly lines: readonly { readonly text: string; readonly bold?: boolean; readonly italic?: boolean; readonly small?: boolean }[];
  readonly align: "left" | "center" | "right";
  /** Columns this cell spans (default 1). */
  readonly span?: number;
}

/**
 * A ruled table: relative column widths, a header row repeated on each page, body rows.
 *
 * @category Render
 * @example
 * ```ts
 * const t: TableBlock = { kind: "table", role: "figures", widths: [3, 1], header: [], rows: [] };
 * ```
 */
export interface TableBlock {
  readonly kind: "table";
  readonly role: "figures" | "appendix";
  /** Relative widths of the columns (the writer scales them to the page). */
  readonly widths: readonly number[];
  readonly header: readonly TableCell[];
  readonly rows: readonly (readonly TableCell[])[];
}

/**
 * The signing row: "Nơi nhận" with its lines (when the report has them) and the signature block
 * (when it has a signer, or blanks in a form).
 *
 * @category Render
 * @example
 * ```ts
 * const s: SigningBlock = { kind: "signing", signature: { lines: ["CHÁNH VĂN PHÒNG"], name: "Trần Bình Minh" } };
 * ```
 */
export interface SigningBlock {
  readonly kind: "signing";
  readonly distribution?: { readonly label: string; readonly lines: readonly string[] };
  readonly signature?: { readonly lines: readonly string[]; readonly name: string };
}

/**
 * One block of the document, in reading order.
 *
 * @category Render
 * @example
 * ```ts
 * for (const b of model.blocks) if (b.kind === "heading") console.log(b.text);
 * ```
 */
export type Block = HeaderBlock | TitleBlock | RecipientsBlock | HeadingBlock | ParagraphBlock | TableBlock | SigningBlock;

/**
 * A footnote: its number (order of first reference) and paragraphs.
 *
 * @category Render
 * @example
 * ```ts
 * const f: FootnoteModel = { number: 1, id: "1", paragraphs: [[{ text: "Điển hình: Công văn số 395/UBND-VX…" }]] };
 * ```
 */
export interface FootnoteModel {
  readonly number: number;
  /** The report's footnote id. */
  readonly id: string;
  readonly paragraphs: readonly (readonly Inline[])[];
}

/**
 * An appendix of a rolled-up report: on its own landscape pages, with its label, title, the
 * "Kèm theo" line, coverage and table.
 *
 * @category Render
 * @example
 * ```ts
 * model.appendices.map((a) => a.label); // ["Phụ lục I", "Phụ lục II"]
 * ```
 */
export interface AppendixModel {
  readonly label: string;
  readonly title: string;
  readonly attached: string;
  readonly coverage: string;
  readonly table: TableBlock;
  readonly note?: string;
}

/**
 * The whole document: metadata, the blocks of the main pages, footnotes, appendices.
 *
 * @category Render
 * @example
 * ```ts
 * const model: DocumentModel = layoutReport(report);
 * model.blocks.filter((b) => b.kind === "heading").length;
 * ```
 */
export interface DocumentModel {
  readonly meta: {
    readonly title: string;
    readonly creator: string;
    /** ISO date stamped into the package (same report, same bytes). */
    readonly created: string;
  };
  readonly blocks: readonly Block[];
  readonly footnotes: readonly FootnoteModel[];
  readonly appendices: readonly AppendixModel[];
}
