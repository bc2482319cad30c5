/*
 * The kinds of document, apart from the report schema (report.ts) so that code that only reads
 * parsed reports (the renderer) does not load zod.
 */

/**
 * The kinds of document a report may come as (Nghị định 30/2020, Phụ lục III): the name printed
 * above the title. `bao_cao` is the numbered BÁO CÁO; `tai_lieu` a briefing document ("TÀI LIỆU
 * phục vụ Hội nghị…"), which has no number and often no signer.
 *
 * @category Schema
 * @example
 * ```ts
 * DOCUMENT_KINDS.bao_cao; // "BÁO CÁO"
 * ```
 */
export const DOCUMENT_KINDS = {
  bao_cao: "BÁO CÁO",
  tai_lieu: "TÀI LIỆU",
  to_trinh: "TỜ TRÌNH",
  ke_hoach: "KẾ HOẠCH",
  thong_bao: "THÔNG BÁO",
} as const;

/**
 * A document kind: a key of {@link DOCUMENT_KINDS}.
 *
 * @category Schema
 * @example
 * ```ts
 * const kind: DocumentKind = "tai_lieu";
 * ```
 */
export type DocumentKind = keyof typeof DOCUMENT_KINDS;
