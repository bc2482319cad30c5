/**
 * de-an-06 — the core entry: schema, periods, units, formatting, indicators, validation,
 * rollup, the reporting cycle (submission, approval, inbox) and data exchange (rows, CSV, DHIS2).
 * No `docx` here: rendering lives in `de-an-06/render`.
 *
 * @module
 */
export * from "./schema/index.js";
export * from "./format/index.js";
export * from "./indicators/index.js";
export * from "./validation/index.js";
export * from "./rollup/index.js";
export * from "./forms/index.js";
export * from "./cycle/index.js";
export * from "./exchange/index.js";
