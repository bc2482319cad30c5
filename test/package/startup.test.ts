/**
 * What a fresh process loads when it imports the package: every CLI run and every server start
 * pays for it. Node loads ES modules one file at a time, so under the "node" export condition the
 * package resolves to a bundled build (dist/node: a handful of files, date-fns inlined); bundlers
 * for the browser get one file per module (dist/*.js) to tree-shake, and those import date-fns one
 * function at a time (`date-fns/addDays`): its barrel alone is about 300 modules. The CLI loads
 * the Word writer (docx) only for the commands that use it. The time itself is a benchmark
 * (bench/startup.bench.ts), never a unit test.
 */
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { built, loadedModules } from "./built.js";

const ours = (m: string) => m.includes("/dist/") && !m.includes("/node_modules/");
const from = (pkg: string) => (m: string) => m.includes(`/node_modules/${pkg}/`);
const importing = (specifier: string) => loadedModules(["--input-type=module", "-e", `await import(${JSON.stringify(specifier)})`]);

describe('import("de-an-06") in Node, in a fresh process', () => {
  built("node/index.js");
  const { modules, status } = importing("de-an-06");

  it("loads a handful of files of its own, date-fns inlined, and no docx", () => {
    expect(status).toBe(0);
    const own = modules.filter(ours);
    expect(own.length).toBeGreaterThan(0);
    expect(own.length).toBeLessThanOrEqual(5);
    expect(own.every((m) => m.includes("/dist/node/"))).toBe(true);
    expect(modules.filter(from("date-fns"))).toEqual([]);
    expect(modules.filter(from("docx"))).toEqual([]);
  });

  it("loads render and communes from the same build (shared chunks, one copy of each module)", () => {
    const both = loadedModules(["--input-type=module", "-e", 'await import("de-an-06"); await import("de-an-06/render"); await import("de-an-06/communes");']);
    expect(both.status).toBe(0);
    const own = both.modules.filter(ours);
    expect(own.every((m) => m.includes("/dist/node/"))).toBe(true);
    expect(own.length).toBeLessThanOrEqual(8);
  });
});

describe("the per-module build for bundlers (dist/index.js)", () => {
  const { modules, status } = importing(pathToFileURL(built("index.js")).href);

  it("imports date-fns one function at a time, never through its barrel", () => {
    expect(status).toBe(0);
    const dateFns = modules.filter(from("date-fns"));
    expect(dateFns.length).toBeGreaterThan(0);
    expect(dateFns.filter((m) => /date-fns\/index\.js$/.test(m))).toEqual([]);
    expect(dateFns.length).toBeLessThanOrEqual(20);
  });
});

describe("the CLI (dist/cli/main.js)", () => {
  it("starts without docx or the sample generator for commands that do not need them", () => {
    const { modules, status, stdout } = loadedModules([built("cli/main.js"), "schema"]);
    expect(status).toBe(0);
    expect(stdout).toContain("Báo cáo Đề án 06");
    expect(modules.filter(from("docx"))).toEqual([]);
    expect(modules.filter(from("date-fns")).length).toBeLessThanOrEqual(20);
  });
});
