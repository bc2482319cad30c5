/**
 * de-an-06/render — Word (.docx) output in the Nghị định 30/2020/NĐ-CP layout.
 *
 * @module
 */
export { renderDocx } from "./render-docx.js";
export type { RenderOptions } from "./options.js";
