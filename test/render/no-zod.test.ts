/**
 * The render entry takes parsed data: bundled for a browser, `de-an-06/render` does not load zod
 * (an application that only previews or prints reports it has already parsed pays nothing for
 * the schemas).
 */
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

describe("the render entry", () => {
  it("imports no zod module at run time", async () => {
    const result = await build({
      entryPoints: ["src/render/index.ts"],
      bundle: true,
      format: "esm",
      platform: "browser",
      write: false,
      metafile: true,
      external: ["zod", "zod/*", "docx"],
      logLevel: "silent",
    });
    const importers = Object.entries(result.metafile.inputs)
      .filter(([, input]) => input.imports.some((i) => i.path === "zod" || i.path.startsWith("zod/")))
      .map(([file]) => file);
    expect(importers).toEqual([]);
    expect(Object.keys(result.metafile.inputs).some((f) => f.startsWith("src/layout/"))).toBe(true);
  });
});
