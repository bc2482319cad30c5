/**
 * What a fresh process loads when it imports the package: every CLI run and every server start
 * pays for it. The date-fns barrel (`import … from "date-fns"`) alone is about 300 modules, so
 * the SDK imports one module per function (`date-fns/addDays`); the CLI loads the Word writer
 * (docx) and the synthetic-country generator only for the commands that use them. The time
 * itself is a benchmark (bench/startup.bench.ts), never a unit test.
 */
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { built, loadedModules } from "./built.js";

const ours = (m: string) => m.includes("/dist/");
const from = (pkg: string) => (m: string) => m.includes(`/node_modules/${pkg}/`);

describe("importing the core entry (de-an-06) in a fresh process", () => {
  const { modules, status } = loadedModules(["--input-type=module", "-e", `await import(${JSON.stringify(pathToFileURL(built("index.js")).href)})`]);

  it("loads date-fns one function at a time, never through its barrel", () => {
    expect(status).toBe(0);
    const dateFns = modules.filter(from("date-fns"));
    expect(dateFns.length).toBeGreaterThan(0);
    expect(dateFns.filter((m) => /date-fns\/index\.js$/.test(m))).toEqual([]);
    expect(dateFns.length).toBeLessThanOrEqual(20);
  });

  it("loads no docx, and fewer modules of its own than zod loads", () => {
    expect(modules.filter(from("docx"))).toEqual([]);
    expect(modules.filter(ours).length).toBeLessThanOrEqual(modules.filter(from("zod")).length);
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
