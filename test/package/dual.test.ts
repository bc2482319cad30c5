/**
 * The ESM and CommonJS builds are two copies of every class: an application (or two of its
 * dependencies) may load both. `instanceof ReportParseError` then fails across them;
 * `isReportParseError` does not.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { built } from "./built.js";

type Api = { parseReport: (x: unknown) => unknown; ReportParseError: new (...a: never[]) => Error; isReportParseError: (e: unknown) => boolean };

describe("isReportParseError across the ESM and CommonJS builds", () => {
  it("recognises an error thrown by the other build, where instanceof does not", async () => {
    const esm = (await import(pathToFileURL(built("index.js")).href)) as Api;
    const cjs = createRequire(import.meta.url)(built("index.cjs")) as Api;
    let fromCjs: unknown;
    try {
      cjs.parseReport({});
    } catch (error) {
      fromCjs = error;
    }
    expect(fromCjs).toBeInstanceOf(cjs.ReportParseError);
    expect(fromCjs instanceof esm.ReportParseError).toBe(false);
    expect(esm.isReportParseError(fromCjs)).toBe(true);
    expect(cjs.isReportParseError(fromCjs)).toBe(true);
    expect(esm.isReportParseError(new Error("Báo cáo không hợp lệ"))).toBe(false);
    expect(esm.isReportParseError({ name: "ReportParseError", problems: [] })).toBe(false);
  });
});
