/**
 * The Node bundle's module-level patterns are written `new RegExp(…)` (created on first use when
 * only the module reads them) and its large JSON-only tables `JSON.parse(…)`, for start-up
 * (issue 17; scripts/startup-output.ts says why and measures it). The values must be the same as
 * the literals gave, and the source maps exact.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { JSON_MIN_LENGTH, rewriteForStartup } from "../../scripts/startup-output.js";
import { built, ROOT } from "./built.js";
import { countingRegExps, position, selfMappings } from "./source-maps.js";

/** Whether `new fn()` would construct (without calling it). */
function isConstructor(fn: unknown): boolean {
  try {
    Reflect.construct(String, [], fn as () => void);
    return true;
  } catch {
    return false;
  }
}

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

  it("creates a pattern only the module reads on first use: one object, the same results and lastIndex", () => {
    const code =
      'var A=/(\\p{L}+) (\\d+)/gu,B=new RegExp("^đ","iu"),K=1;var R=/x/;' +
      "function f(s){let m=A.exec(s);return [m?.[1],A.lastIndex,B.test(s),A===A]}function g(){return {A,B}}function h(R){return R}\nexport{f,g,h,K};";
    const { code: out } = rewriteForStartup(code, undefined, "x.js");
    expect(out).toContain('var A,A$re=function(){return A=new RegExp("(\\\\p{L}+) (\\\\d+)","gu")},B,B$re=function(){return B=new RegExp("^đ","iu")},K=1;');
    expect(out).toContain("let m=(A||A$re()).exec(s)");
    expect(out).toContain("return {A:(A||A$re()),B:(B||B$re())}");
    expect(out).toContain('var R=new RegExp("x");'); // also a parameter's name: left as it was
    // Counts what goes through the global RegExp (a literal does not): at load, then in calls.
    const counts: number[] = [];
    const [before, after] = countingRegExps(({ made, reset }) => {
      const b = load(code);
      counts.push(made());
      reset();
      const a = load(out);
      counts.push(made());
      const [f0, f1] = [b.f, a.f] as ((s: string) => unknown[])[];
      for (const s of ["Đà 12 và Huế 3", "Đà 12 và Huế 3", "Đà 12 và Huế 3", "không", "đi 5"]) expect(f1!(s)).toEqual(f0!(s));
      counts.push(made());
      return [b, a] as const;
    });
    expect(counts).toEqual([1, 1, 3]); // B at load before; R (now new RegExp) at load, A and B once, at first use
    const [g0, g1] = [before.g, after.g] as (() => { A: RegExp; B: RegExp })[];
    expect(g1!().A).toBe(g1!().A);
    expect([g1!().A.source, g1!().A.flags, g1!().B.source, g1!().B.flags]).toEqual([g0!().A.source, g0!().A.flags, g0!().B.source, g0!().B.flags]);
  });

  it("leaves a pattern eager when it is exported, assigned, declared twice, const, or the module uses eval", () => {
    const cases = [
      "var A=/a/;function f(){return A.test('a')}\nexport{A,f};",
      "var A=/a/;function f(){A=/b/;return A}\nexport{f};",
      "var A=/a/;function f(){[A]=[/b/];return A}\nexport{f};",
      "var A=/a/;function f(){for(A of [/b/]);return A}\nexport{f};",
      "var A=/a/;function f(A){return A}\nexport{f};",
      "var A=/a/;function f(){let A=1;return A}\nexport{f};",
      "const A=/a/;function f(){return A}\nexport{f};",
      "var A=/a/;function f(s){return eval(s)}\nexport{f};",
    ];
    for (const code of cases) expect([code, rewriteForStartup(code, undefined, "x.js").code]).toEqual([code, code.replace("A=/a/", 'A=new RegExp("a")')]);
    expect(() => rewriteForStartup('var A=new RegExp("(","u");function f(){return A}\nexport{f};', undefined, "x.js")).toThrow(/does not compile/);
  });

  it("writes the arrows that are values of the top level's object literals as methods, with the same results", async () => {
    const code =
      "var M={a:(p)=>`x${p.n}`,b:async p=>await p,c:p=>({k:p}),d:(a,b=2)=>(a,b),e:(x)=>{let y=x+1;return y},[\"f\"+1]:()=>1}," +
      "T={t:()=>this,u:function(){return(()=>arguments.length)()},__proto__:()=>1},I=(()=>1)(),N=[1,2].map(x=>x*3);" +
      "function f(){return {g:x=>x}}\nexport{M,T,I,N,f};";
    const { code: out } = rewriteForStartup(code, undefined, "x.js");
    expect(out).toContain("var M={a(p){return `x${p.n}`},async b(p){return await p},c(p){return ({k:p})},d(a,b=2){return (a,b)},e(x){let y=x+1;return y},[\"f\"+1](){return 1}},");
    expect(out).toContain("T={t:()=>this,u:function(){return(()=>arguments.length)()},__proto__:()=>1},I=(()=>1)(),N=[1,2].map(x=>x*3);"); // this, arguments, __proto__; not a property
    expect(out).toContain("function f(){return {g:x=>x}}"); // in a function: pre-parsed with it
    type Fn = ((...a: unknown[]) => unknown) & { prototype?: unknown };
    const [before, after] = [load(code), load(out)] as { M: Record<string, Fn> }[];
    const facts = (m: Record<string, Fn>) => Object.entries(m).map(([k, fn]) => [k, fn.name, fn.length, "prototype" in fn, isConstructor(fn)]);
    expect(facts(after!.M)).toEqual(facts(before!.M));
    expect([after!.M.a!({ n: 2 }), await after!.M.b!(Promise.resolve(3)), after!.M.c!(4), after!.M.d!(5), after!.M.e!(6), after!.M.f1!()]).toEqual([
      before!.M.a!({ n: 2 }),
      await before!.M.b!(Promise.resolve(3)),
      before!.M.c!(4),
      before!.M.d!(5),
      before!.M.e!(6),
      before!.M.f1!(),
    ]);
  });

  it("creates a \\p{…} pattern read in place in a function once, on first use, with the same results", () => {
    const code =
      "function f(s){return [/(?:^|[^\\p{L}])đạt$/iu.test(s),/(\\p{Lu})(\\d)/u.exec(s)?.slice(),/(?:^|[^\\p{L}])đạt$/iu.test(s)]}" +
      "function g(s){return [/[^\\p{L}]+/u,/\\p{L}/gu.test(s),/\\p{L}/yu.exec(s),/x/.test(s),s.split(/\\p{Zs}/u)]}\nexport{f,g};";
    const { code: out } = rewriteForStartup(code, undefined, "x.js");
    expect(out).toContain("function f(s){return [(PATTERN$1||PATTERN$1$re()).test(s),(PATTERN$2||PATTERN$2$re()).exec(s)?.slice(),(PATTERN$1||PATTERN$1$re()).test(s)]}");
    expect(out).toContain("function g(s){return [/[^\\p{L}]+/u,/\\p{L}/gu.test(s),/\\p{L}/yu.exec(s),/x/.test(s),s.split(/\\p{Zs}/u)]}"); // seen, stateful, cheap, passed on
    expect(out).toMatch(/\nvar PATTERN\$1,PATTERN\$2;function PATTERN\$1\$re\(\)\{return PATTERN\$1=new RegExp\("\(\?:\^\|\[\^\\\\p\{L\}\]\)đạt\$","iu"\)\}function PATTERN\$2\$re/);
    const counts: number[] = [];
    countingRegExps(({ made }) => {
      const [f0, f1] = [load(code).f, load(out).f] as ((s: string) => unknown[])[];
      counts.push(made());
      for (const s of ["Đã đạt", "ĐẠT", "xđạt", "Huế 3", "Q7", "", "Q7 đạt"]) expect([s, f1!(s)]).toEqual([s, f0!(s)]);
      counts.push(made());
    });
    expect(counts).toEqual([0, 2]); // none at load, each once however often it is read
  });

  it("writes a large array of object literals as rows, one object literal per shape: the same objects, values shared as before", () => {
    const entries = Array.from({ length: 60 }, (_, i) => `{id:"e${i}",label:"nh\\u00e3n ${i}",levels:ALL${i % 3 === 0 ? `,partOf:"e${i - 1}"` : ""}${i % 7 === 0 ? ",n:f(i0)" : ""}}`);
    const code = `function f(x){return x+1}var i0=1,ALL=["xa","tinh"],X=[{id:"x"}],T=[{"k-1":0,id:"a",when:/đ/u},{},${entries.join(",")},...X];\nexport{T,ALL,X};`;
    expect(code.length).toBeGreaterThan(JSON_MIN_LENGTH);
    const { code: out } = rewriteForStartup(code, undefined, "x.js");
    expect(out).toContain('T=OBJECTS$([(function(f,i){return{"k-1":f[i],"id":f[i+1],"when":f[i+2]}}),(function(f,i){return{}}),(function(f,i){return{"id":f[i],"label":f[i+1],"levels":f[i+2]');
    expect(out).toContain('],[3,0,5,3,4,4],[0,0,"a",new RegExp("đ","u"),1,2,"e0","nh\\u00e3n 0",ALL,"e-1",f(i0),3,"e1",'); // the values, where they were
    expect(out).toMatch(/,-1,X\]\);\nexport\{T,ALL,X\};\nfunction OBJECTS\$\(make,count,flat\)\{/);
    const [before, after] = [load(code), load(out)] as { T: Record<string, unknown>[]; ALL: unknown; X: unknown[] }[];
    expect(after!.T).toStrictEqual(before!.T);
    expect(after!.T.map((o) => Object.keys(o))).toEqual(before!.T.map((o) => Object.keys(o)));
    expect(after!.T.map((o) => Object.getPrototypeOf(o) === Object.prototype && Object.values(Object.getOwnPropertyDescriptors(o)).every((d) => d.writable && d.enumerable && d.configurable))).toEqual(before!.T.map(() => true));
    expect(after!.T.filter((o) => o.levels === after!.ALL)).toHaveLength(60); // shared, as the literal shared it
    expect(after!.T.at(-1)).toBe(after!.X[0]); // the spread element itself
  });

  it("builds the objects by definition, not assignment: a setter of Object.prototype does not run", () => {
    const code = `var n=0,T=[${Array.from({ length: 200 }, (_, i) => `{id:"e${i}",v:${i},n}`.replace(",n}", ",w:n}")).join(",")}];\nexport{T};`; // a name: not JSON
    const { code: out } = rewriteForStartup(code, undefined, "x.js");
    expect(out).toContain("OBJECTS$(");
    let set = 0;
    Object.defineProperty(Object.prototype, "v", { set: () => set++, configurable: true });
    try {
      const t = (load(out) as { T: { v: number }[] }).T;
      expect([set, Object.hasOwn(t[5]!, "v"), t[5]!.v]).toEqual([0, true, 5]);
    } finally {
      delete (Object.prototype as { v?: unknown }).v;
    }
  });

  it("leaves an array of objects with a method, an accessor, a shorthand, a spread, a computed, numeric, repeated or __proto__ key, or holes", () => {
    const rest = Array.from({ length: 120 }, (_, i) => `{id:"e${i}",v:${i}}`).join(",");
    for (const part of ["{m(){return 1}}", "{get g(){return 1}}", "{o}", "{...o}", '{["k"+1]:1}', "{1:2}", "{a:1,a:2}", '{"__proto__":o}', ",", "...[o]", "o"]) {
      const code = `var o={a:1};var T=[${part},${rest}];\nexport{T};`;
      const out = rewriteForStartup(code, undefined, "x.js").code;
      expect([part, out.includes("OBJECTS$")]).toEqual([part, false]);
    }
  });

  it("writes an arrow passed to the module's own lazySchema as a function expression, and no other", () => {
    const code =
      "function lazySchema(build){let s;return{get:()=>s??=build()}}var A=lazySchema(()=>({k:[1].map(x=>x*2)})),B=lazySchema(async(p,q=1)=>{return p}),C=lazySchema(()=>this),D=other(()=>1);" +
      "function other(g){return g}\nexport{A,B,C,D};";
    const { code: out } = rewriteForStartup(code, undefined, "x.js");
    expect(out).toContain("A=lazySchema(function(){return ({k:[1].map(x=>x*2)})}),B=lazySchema(async function(p,q=1){return p}),C=lazySchema(()=>this),D=other(()=>1);");
    const [before, after] = [load(code), load(out)] as { A: { get: () => unknown } }[];
    expect(after!.A.get()).toEqual(before!.A.get());
    // Not the module's own function (an import, or declared twice): left as it is.
    for (const other of ["import{lazySchema}from'z';var A=lazySchema(()=>1);\nexport{A};", "function lazySchema(b){return b}function f(lazySchema){return lazySchema(()=>1)}var A=lazySchema(()=>1);\nexport{A,f};"]) {
      expect(rewriteForStartup(other, undefined, "x.js").code).toBe(other);
    }
  });

  it("gives a map that moves each position by the rewrites before it on its line", () => {
    const code = "var A=/ệ/u,B=1;\nvar C=/đ/,D=/ư/,F={f:x=>x},E=2;\nexport{A,C,D};";
    const names = ["A", "B", "C", "D", "F", "E"];
    const cols = names.map((n) => position(code, `${n}=`));
    const { code: out, map } = rewriteForStartup(code, { mappings: selfMappings(code, names) }, "x.js");
    expect(out).toBe('var A=new RegExp("ệ","u"),B=1;\nvar C=new RegExp("đ"),D=new RegExp("ư"),F={f(x){return x}},E=2;\nexport{A,C,D};');
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

  it("builds its catalogs from rows and its schemas with function expressions", () => {
    for (const name of ["ELEMENTS", "NATIONAL_ELEMENTS", "INDICATORS"]) expect([name, code.includes(`${name}=OBJECTS$(`)]).toEqual([name, true]);
    expect((code.match(/lazySchema\(function\(/g) ?? []).length).toBeGreaterThan(30);
    expect(code).not.toMatch(/lazySchema\(\(/);
  });

  it("exports the same values as the sources: data key for key (shared objects shared), functions, schemas", async () => {
    const [bundle, sources] = await Promise.all([import(file) as Promise<Record<string, unknown>>, import("../../src/index.js") as Promise<Record<string, unknown>>]);
    const schemaOf = (s: z.ZodType) => ["input", "output"].map((io) => JSON.stringify(z.toJSONSchema(s, { io: io as "input", unrepresentable: "any" })));
    const seen = new Map<object, unknown>();
    // esbuild numbers a function whose name another module of the bundle also uses (checkFigures2).
    const fnFacts = (f: (...a: unknown[]) => unknown) => [f.name.replace(/\d+$/, ""), f.length, "prototype" in f];
    const differences: string[] = [];
    const compare = (a: unknown, b: unknown, path: string): void => {
      if (typeof a === "function" && typeof b === "function") {
        if (JSON.stringify(fnFacts(a as never)) !== JSON.stringify(fnFacts(b as never))) differences.push(`${path}: ${String(fnFacts(a as never))} / ${String(fnFacts(b as never))}`);
        return;
      }
      if (a === null || b === null || typeof a !== "object" || typeof b !== "object") {
        if (!Object.is(a, b)) differences.push(path);
        return;
      }
      if ("_zod" in a && "_zod" in b) {
        if (JSON.stringify(schemaOf(a as z.ZodType)) !== JSON.stringify(schemaOf(b as z.ZodType))) differences.push(`${path}: schema`);
        return;
      }
      if (seen.has(a)) {
        if (seen.get(a) !== b) differences.push(`${path}: shared in one, not in the other`);
        return;
      }
      seen.set(a, b);
      if (Object.getPrototypeOf(a) !== Object.prototype && Object.getPrototypeOf(a) !== Array.prototype && !(a instanceof RegExp) && !(a instanceof Set) && !(a instanceof Map)) differences.push(`${path}: prototype`);
      if (a instanceof RegExp || a instanceof Set || a instanceof Map) return compare(a instanceof RegExp ? [a.source, a.flags] : [...a], b instanceof RegExp ? [b.source, b.flags] : [...(b as Set<unknown>)], path);
      const [ka, kb] = [Reflect.ownKeys(a), Reflect.ownKeys(b)];
      if (JSON.stringify(ka.map(String)) !== JSON.stringify(kb.map(String))) return void differences.push(`${path}: keys`);
      for (const k of ka) compare((a as Record<PropertyKey, unknown>)[k], (b as Record<PropertyKey, unknown>)[k], `${path}.${String(k)}`);
    };
    expect(Object.keys(bundle).sort()).toEqual(Object.keys(sources).sort());
    for (const name of Object.keys(sources)) compare(bundle[name], sources[name], name);
    expect(differences).toEqual([]);
  });

  it("creates at load only the patterns its top level needs (the others on first use)", () => {
    expect((code.match(/\$re=function\(\)\{return /g) ?? []).length).toBeGreaterThan(150);
    const count = `const R = RegExp; let n = 0;
      globalThis.RegExp = new Proxy(R, { construct: (t, a) => (n++, Reflect.construct(t, a)) });
      await import(${JSON.stringify(file)}); console.log(n);`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", count], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(Number(run.stdout)).toBeLessThan(50); // 226 before
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

  it("maps the names after a pattern created on first use, and each read of it, to their places in the sources", () => {
    const map = new SourceMap(JSON.parse(readFileSync(join(dirname(file), "index.js.map"), "utf8")) as never);
    const sourceAt = (i: number) => {
      const before = code.slice(0, i);
      const e = map.findEntry(before.split("\n").length - 1, i - (before.lastIndexOf("\n") + 1)) as { originalSource: string; originalLine: number; originalColumn: number };
      return (readFileSync(join(ROOT, "src", e.originalSource.replace(/^.*\/src\//, "")), "utf8").split("\n")[e.originalLine] ?? "").slice(e.originalColumn);
    };
    const after = [...code.matchAll(/\$re=function\(\)\{return [\w$]+=new RegExp\("(?:[^"\\]|\\.)*"(?:,"[a-z]*")?\)\},([\w$]+)=/g)];
    const reads = [...code.matchAll(/\(([\w$]+)\|\|\1\$re\(\)\)/g)].filter((m) => !m[1]!.startsWith("PATTERN$"));
    const inPlace = [...code.matchAll(/\((PATTERN\$\d+)\|\|\1\$re\(\)\)/g)];
    expect(inPlace.length).toBeGreaterThan(5);
    for (const m of inPlace) expect([m[1], sourceAt(m.index)]).toEqual([m[1], expect.stringMatching(/^\/.*\\p\{/)]); // the literal it stands for
    expect(after.length).toBeGreaterThan(20);
    expect(reads.length).toBeGreaterThan(150);
    for (const m of after) {
      const name = m[1]!.replace(/\d+$/, ""); // esbuild numbers a name taken by another module
      expect([name, sourceAt(m.index + m[0].length - m[1]!.length - 1).startsWith(name)]).toEqual([name, true]);
    }
    // esbuild maps a read at its own place or at the expression it stands in: on its source line.
    for (const m of reads) {
      const name = m[1]!.replace(/\d+$/, "");
      expect([name, sourceAt(m.index).includes(name)]).toEqual([name, true]);
    }
  });
});
