/**
 * The Node bundle's module-level patterns are written `new RegExp(…)` and its large JSON-only
 * tables `JSON.parse(…)`, for start-up (issue 17; scripts/startup-output.ts says why and
 * measures it). The values must be the same as the literals gave, and the source maps exact.
 */
import { readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { JSON_MIN_LENGTH, rewriteForStartup } from "../../scripts/startup-output.js";
import { built, ROOT } from "./built.js";

/** Runs a module's text (its `export { … }` turned into a return) and gives what it exported. */
function load(code: string): Record<string, unknown> {
  const body = code.replace(/export ?\{([^}]*)\};?/, (_, names: string) => `return {${names}};`);
  return new Function(body)() as Record<string, unknown>;
}

const big = (n: number) => Array.from({ length: n }, (_, i) => `"k${i}":"giá trị ${i} \\u00e0"`).join(",");

describe("rewriteForStartup", () => {
  it("writes module-level patterns as new RegExp with the same pattern, flags and matches", () => {
    const code = 'var A=/tháng[ ]+(\\d+)/u,B=/[/]\\//g;var C=[/(?<![\\p{L}])và/iu];function f(){return /x/y}\nexport{A,B,C,f};';
    const { code: out } = rewriteForStartup(code, undefined, "x.js");
    expect(out).toContain('new RegExp("tháng[ ]+(\\\\d+)","u")');
    expect(out).toContain("return /x/y"); // inside a function: a literal still
    expect(out.match(/new RegExp\(/g)).toHaveLength(3);
    const [before, after] = [load(code), load(out)];
    for (const k of ["A", "B", "C"]) {
      const [b, a] = [before[k], after[k]].map((v) => (Array.isArray(v) ? v[0] : v)) as [RegExp, RegExp];
      expect([k, a.source, a.flags]).toEqual([k, b.source, b.flags]);
      for (const text of ["tháng 5", "thang 5", "a//b", "là và", "Và", "xvà"]) expect([k, text, a.test(text)]).toEqual([k, text, b.test(text)]);
    }
  });

  it("writes a large JSON-only table as JSON.parse, equal key for key and in order", () => {
    const code = `var T={${big(200)},"1e3":1,n:-2.5,b:[true,false,null],"s":"a\\"b\\n"};var U={${big(200)},x:y};var y=1;var small={a:"b"};\nexport{T,U,small};`;
    expect(code.length).toBeGreaterThan(JSON_MIN_LENGTH * 2);
    const { code: out } = rewriteForStartup(code, undefined, "x.js");
    expect(out.match(/JSON\.parse\(/g)).toHaveLength(1); // U names a variable, small is small
    expect(out).toContain("var T=JSON.parse(");
    const [before, after] = [load(code), load(out)];
    expect(after.T).toStrictEqual(before.T);
    expect(Object.keys(after.T as object)).toEqual(Object.keys(before.T as object));
  });

  it("leaves a literal with __proto__, -0, holes, spreads or a line break, and a module with its own RegExp", () => {
    for (const part of ['"__proto__":{}', "z:-0", "q:[1,,2]", "...o", "t:`a\nb`"]) {
      const code = `var o={};var T={${big(200)},${part}};\nexport{T};`;
      expect([part, rewriteForStartup(code, undefined, "x.js").code]).toEqual([part, code]);
    }
    const own = "function RegExp(){}var A=/a/;\nexport{A};";
    expect(rewriteForStartup(own, undefined, "x.js").code).toBe(own);
  });

  it("gives a map that moves each position by the rewrites before it on its line", () => {
    const code = "var A=/ệ/u,B=1;\nvar C=/đ/,D=/ư/,E=2;";
    const names = ["A", "B", "C", "D", "E"];
    const position = (text: string, needle: string) => {
      const i = text.indexOf(needle);
      const before = text.slice(0, i);
      return { line: before.split("\n").length - 1, column: i - (before.lastIndexOf("\n") + 1) };
    };
    const cols = names.map((n) => position(code, `${n}=`));
    const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const v = (n: number) => { let x = n < 0 ? (-n << 1) | 1 : n << 1, s = ""; do { let d = x & 31; x >>>= 5; if (x) d |= 32; s += B64[d]; } while (x); return s; };
    let lastLine = 0, lastCol = 0;
    const rows: string[][] = [[], []];
    const lastGen = [0, 0];
    for (const { line, column } of cols) {
      rows[line]!.push(v(column - lastGen[line]!) + v(0) + v(line - lastLine) + v(column - lastCol));
      lastGen[line] = column; lastLine = line; lastCol = column;
    }
    const { code: out, map } = rewriteForStartup(code, { mappings: rows.map((r) => r.join(",")).join(";") }, "x.js");
    expect(out).toBe('var A=new RegExp("ệ","u"),B=1;\nvar C=new RegExp("đ"),D=new RegExp("ư"),E=2;');
    const sm = new SourceMap({ ...map!, file: "x.js" } as never);
    for (const [i, n] of names.entries()) {
      const at = position(out, `${n}=`);
      const e = sm.findEntry(at.line, at.column) as { originalLine: number; originalColumn: number };
      expect([n, e.originalLine, e.originalColumn]).toEqual([n, cols[i]!.line, cols[i]!.column]);
    }
  });
});

describe("dist/node/index.js", () => {
  const file = built("node/index.js");
  const code = readFileSync(file, "utf8");

  it("creates its module-level patterns with new RegExp and parses its English labels as JSON", () => {
    expect((code.match(/new RegExp\(/g) ?? []).length).toBeGreaterThan(150);
    expect(code).toMatch(/var ENGLISH_LABELS=JSON\.parse\("/);
  });

  it("maps a name written after a rewritten pattern to its place in the sources", () => {
    const map = new SourceMap(JSON.parse(readFileSync(join(dirname(file), "index.js.map"), "utf8")) as never);
    const i = code.indexOf("WRITTEN_YEAR=");
    expect(code.slice(0, i)).toMatch(/new RegExp\("\[ \]\+th\\u00E1ng[^\n]*$/);
    const before = code.slice(0, i);
    const at = { line: before.split("\n").length - 1, column: i - (before.lastIndexOf("\n") + 1) };
    const e = map.findEntry(at.line, at.column) as { originalSource: string; originalLine: number; originalColumn: number };
    const source = readFileSync(join(ROOT, "src", e.originalSource.replace(/^.*\/src\//, "")), "utf8").split("\n")[e.originalLine] ?? "";
    expect(source.slice(e.originalColumn)).toMatch(/^WRITTEN_YEAR = \/\[ \]\+năm/);
  });
});
