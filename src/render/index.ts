/**
 * de-an-06/render — a report laid out once as plain data (`layoutReport`), printed as Word
 * (.docx, Nghị định 30/2020/NĐ-CP) or as an HTML preview; and the Vietnamese prose written from
 * a report's figures.
 *
 * @module
 */
export { renderDocx } from "./render-docx.js";
export { renderHtml, type RenderHtmlOptions } from "./render-html.js";
export type { RenderOptions } from "./options.js";
// The document model and its layout step, as the layout module exports them (one list, not two).
export * from "../layout/index.js";
export { PREVIEW_CSS } from "./html/style.js";
