/**
 * The Node bundle (dist/node) is written without whitespace and in pure ASCII, for start-up
 * (issue 17; scripts/ascii-output.ts says why), and its source maps still lead to the exact place
 * in the sources. The unit tests check the escaping and the map on small inputs; the others read
 * the build.
 */
import { readFileSync, readdirSync } from "node:fs";
import { SourceMap } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { escapeNonAscii } from "../../scripts/ascii-output.js";
import { built, ROOT } from "./built.js";
import { position, selfMappings } from "./source-maps.js";

describe("escapeNonAscii", () => {
  it("writes every non-ASCII character as \\u, and the patterns match what they matched", () => {
    const code = 'const a = /tháng[ ]+(\\d+)/u, b = /[ỷỉ]/, c = /😀|đ/u, d = /[😀]/u;\nexport { a, b, c, d };';
    const { code: out } = escapeNonAscii(code, undefined, "x.js");
    expect(out).toMatch(/^[\x00-\x7f]*$/);
    expect(out).toContain("/th\\u00E1ng[ ]+(\\d+)/u");
    const load = (src: string) => new Function(src.replace("export { a, b, c, d };", "return { a, b, c, d };"))() as Record<string, RegExp>;
    const [before, after] = [load(code), load(out)];
    for (const text of ["tháng 5", "thang 5", "tỷ", "tỉ", "ty", "😀", "đ", "d", "\ud83d"]) {
      for (const k of ["a", "b", "c", "d"]) expect([k, text, after[k]?.test(text)]).toEqual([k, text, before[k]?.test(text)]);
    }
  });

  it("refuses a character after a backslash, where \\u would change the meaning", () => {
    expect(() => escapeNonAscii("const a = /\\ệ/;", undefined, "x.js")).toThrow("x.js:1:13");
    expect(escapeNonAscii("const a = /\\\\ệ/;", undefined, "x.js").code).toBe("const a = /\\\\\\u1EC7/;");
  });

  it("gives a map that moves each position right by the escapes before it on its line", () => {
    // esbuild's map of `code` would have a mapping where each name starts; one per name here.
    const code = "var A=/ệ/u,B=1;\nvar C=/đ/,D=/ư/,E=2;";
    const names = ["A", "B", "C", "D", "E"];
    const cols = names.map((n) => position(code, `${n}=`));
    const { code: out, map } = escapeNonAscii(code, { mappings: selfMappings(code, names) }, "x.js");
    expect(map).toBeDefined();
    const sm = new SourceMap({ ...map!, file: "x.js" } as never);
    for (const [i, n] of names.entries()) {
      const at = position(out, `${n}=`);
      const e = sm.findEntry(at.line, at.column) as { originalLine: number; originalColumn: number };
      expect([n, e.originalLine, e.originalColumn]).toEqual([n, cols[i]!.line, cols[i]!.column]);
    }
  });
});

describe("dist/node", () => {
  const dir = dirname(built("node/index.js"));
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js") && !f.startsWith("testing"));

  it("is pure ASCII and without whitespace: index, render, communes and their chunks", () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) {
      const text = readFileSync(join(dir, f), "utf8");
      expect([f, /[^\x00-\x7f]/.test(text)]).toEqual([f, false]);
    }
    const index = readFileSync(join(dir, "index.js"), "utf8");
    expect(index.split("\n").length).toBeLessThan(50);
  });

  it("maps a name written after an escaped Vietnamese pattern to its place in the sources", () => {
    const code = readFileSync(join(dir, "index.js"), "utf8");
    const map = new SourceMap(JSON.parse(readFileSync(join(dir, "index.js.map"), "utf8")) as never);
    const at = position(code, "WRITTEN_YEAR=");
    // The pattern before it on the same line is escaped: `/[ ]+th\u00E1ng[ ]+…/uy`, written
    // `new RegExp("[ ]+th\u00E1ng[ ]+(\\d{1,2})…", "uy")` at module level (scripts/startup-output.ts).
    expect(code.slice(0, code.indexOf("WRITTEN_YEAR="))).toMatch(/th\\u00E1ng\[ \]\+\(\\\\?d\{1,2\}\)[^\n]*$/);
    const e = map.findEntry(at.line, at.column) as { originalSource: string; originalLine: number; originalColumn: number };
    const source = readFileSync(join(ROOT, "src", e.originalSource.replace(/^.*\/src\//, "")), "utf8").split("\n")[e.originalLine] ?? "";
    expect(source.slice(e.originalColumn)).toMatch(/^WRITTEN_YEAR = \/\[ \]\+năm/);
  });
});
