/**
 * de-an-06/render — Word (.docx) output in the Nghị định 30/2020/NĐ-CP layout, and the
 * Vietnamese prose written from a report's figures.
 *
 * @module
 */
export { renderDocx } from "./render-docx.js";
export type { RenderOptions } from "./options.js";
export { describeFigures, type DescribeFiguresOptions } from "./describe-figures.js";
