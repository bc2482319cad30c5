/**
 * The core entry never drags in the Word renderer: nothing reachable from the built
 * `dist/index.js` (its chunks, or an application bundle made from it) comes from `docx`.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { built, bundleApp } from "./built.js";

/** Every built file reachable from `entry` through static and dynamic relative imports. */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:from\s*|import\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(resolve(dirname(file), m[1] ?? ""));
    }
  };
  visit(entry);
  return [...seen];
}

describe("core entry (de-an-06)", () => {
  it("reaches no docx module, in the built files or in an application bundle", async () => {
    const files = reachable(built("index.js"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/["']docx["']|["']docx\//);
      // Distinctive docx internals, in case it were ever inlined rather than imported.
      expect(text, file).not.toMatch(/w:document|wordprocessingml|new Packer|TextRun/);
    }
    const { inputs } = await bundleApp(built("index.js"));
    expect(inputs.filter((i) => /node_modules\/docx\//.test(i))).toEqual([]);
  });

  it("the CommonJS core requires no docx either", () => {
    const text = readFileSync(built("index.cjs"), "utf8");
    expect(text).not.toMatch(/require\(["']docx["']\)/);
  });
});
describe("entries that take parsed data: no zod in their bundles", () => {
  // renderDocx and UNITS_2025 read plain data; the schema modules they share with the core
  // (units, periods, levels) define zod schemas marked pure, so a bundler drops them and zod.
  for (const entry of ["render/index.js", "communes/index.js"]) {
    it(`de-an-06/${entry.replace("/index.js", "")} bundles without a byte of zod`, async () => {
      const { inputs } = await bundleApp(built(entry), undefined, { withZod: true });
      expect(inputs.some((i) => i.startsWith("dist/"))).toBe(true);
      expect(inputs.filter((i) => /node_modules\/zod\//.test(i))).toEqual([]);
    });
  }

  it("the core entry does bundle zod (so the check above can fail)", async () => {
    const { inputs } = await bundleApp(built("index.js"), "parseReport", { withZod: true });
    expect(inputs.filter((i) => /node_modules\/zod\//.test(i)).length).toBeGreaterThan(10);
  });
});

describe("render entry (de-an-06/render)", () => {
  it("is where docx lives: it imports the docx package (so the check above can fail)", () => {
    const files = reachable(built(join("render", "index.js")));
    const text = files.map((f) => readFileSync(f, "utf8")).join("\n");
    expect(text).toMatch(/from\s*["']docx["']/);
  });
});
