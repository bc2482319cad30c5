/**
 * A tsup plugin that rewrites module-level expressions of the Node bundle (dist/node)
 * into ones V8 loads faster, with the same values, and with its source maps kept exact.
 *
 * Why (issue 17, start-up): a fresh `import("de-an-06")` compiles the whole bundle and runs its
 * top level. Measured on the core's bundle (median of fresh processes, vm.Script compile and run):
 * - A regular expression literal is parsed twice: V8 checks its pattern while it parses the file
 *   (an early error), then again when the literal is evaluated. `new RegExp("…", "flags")` is
 *   parsed once, when it runs. The module level of the core creates ~190 patterns (many with
 *   `\p{L}` and the `u` flag); written as `new RegExp`, the bundle compiles ~2,5–3 ms faster.
 *   Only patterns evaluated at load are rewritten: inside a function a literal is checked once at
 *   load (cheaply) and stays a literal, which V8 creates faster on every call. Not cheaply when
 *   it holds a `\p{…}` class: a literal that does and that is only read in place (`/…/u.test(s)`,
 *   `.exec(s)`, no `g` or `y` flag) becomes one module-level pattern created on first use, like
 *   those below: compile of the core 0,7–0,8 ms less (9 patterns; vm.SourceTextModule, CPU).
 * - Most of those patterns are not needed at load. A module-level `var NAME = /…/flags` that
 *   nothing else declares, assigns or exports is created on first use instead: the declaration
 *   becomes `NAME, NAME$re = function () { return NAME = new RegExp("…", "flags") }` and every
 *   read of `NAME` becomes `(NAME || NAME$re())`. Creating the core's ~190 such patterns (the
 *   `\p{L}` classes with `i` and `u` expand through ICU) was 4–5 ms of its top level.
 * - V8 compiles a module's top level eagerly and parses every arrow function written there in
 *   full, body and all: in a module, only `function`s and methods are pre-parsed (scanned for
 *   syntax, compiled when first called). The core's top level holds ~430 arrows as values of
 *   object literals (the message tables: `key: (p) => \`…\``), ~64 kB: each is written as the
 *   method `key(p) {return …}`.
 * - An arrow passed at load to `lazySchema` (the ~33 exported schemas: `lazySchema(() => z.…)`,
 *   ~16 kB) is parsed in full for the same reason; written `function () { return … }` it is
 *   pre-parsed, and parsed when the schema is first used (see {@link CALLS_ONLY}).
 * - A large object or array literal made only of JSON values (strings, numbers, booleans, null)
 *   is compiled into bytecode that builds it property by property; `JSON.parse("…")` of the same
 *   data scans one string and builds it faster (V8's own advice for literals over ~10 kB that run
 *   once). Only module-level `var` initialisers are rewritten, so each runs once, as before.
 * - A large array of object literals that also hold names (the catalogs: `levels: ALL`, shared by
 *   many entries, so not JSON) is written as flat rows built by one object literal per shape (see
 *   {@link objectRows}): the core's ~330 catalog objects compile 3–4 ms faster (1/12/2026).
 *
 * Same values: `new RegExp(p, f)` with `p` the literal's pattern text gives the same pattern,
 * flags, `source` and a fresh object each time it is evaluated, as the literal did. A pattern
 * created on first use is still one object for the life of the module, made from constant text
 * (no input, no clock): every read sees the object the module-level literal gave, with the same
 * `lastIndex` history; only the moment it is built moves (its syntax is checked at build time, so
 * no error can move with it). A name read before its declaration ran was `undefined` and is still
 * an error. `JSON.parse`
 * gives plain objects and arrays with the same keys in the same order and the same values; a
 * literal is rewritten only when every part of it is a JSON value (no `__proto__` key, no `-0`,
 * no holes, spreads, computed keys, names or calls), so no object is shared with another binding.
 * A method `key(p) {return e}` for the property `key: (p) => e` gives a function of the same name
 * and length that returns the same value (async ones included), is not a constructor either and
 * has no `prototype` either; it differs from the arrow only in `this`, `arguments`, `super` and
 * `new.target`, so an arrow that uses one is left as it is. Only its source text (`toString()`)
 * shows the change, as it already shows esbuild's minified text.
 *
 * The plugin returns a source map from the rewritten text to esbuild's (tsup folds it into
 * esbuild's map): a rewritten expression maps to the start of the original one, and every other
 * mapping of esbuild moves by the length change of the rewrites before it on its line.
 */
import ts from "typescript";
import { type ChunkPlugin, type RawMap, remapColumns } from "./ascii-output.js";

/** Literals at least this long (in characters of the bundle) are rewritten as `JSON.parse`. */
export const JSON_MIN_LENGTH = 2000;

/** The tsup plugin (tsup's `plugins` option). Put it before `asciiOutput()`. */
export function startupOutput(): ChunkPlugin {
  return {
    name: "startup-output",
    renderChunk(code, info) {
      if (!/\.m?js$/.test(info.path)) return undefined;
      const out = rewriteForStartup(code, info.map, info.path);
      return out.code === code ? undefined : out;
    },
  };
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * `code` with its module-level regular expression literals written `new RegExp(…)` and its large
 * module-level JSON-only literals written `JSON.parse(…)`, and (when `map` is esbuild's map of
 * `code`) a map from the rewritten text back to `code`. `file` names `code` in that map.
 */
export function rewriteForStartup(code: string, map: unknown, file: string): { code: string; map?: RawMap } {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  if (declaresRegExp(source)) return { code }; // `new RegExp` would not mean the global one
  const { lazy, taken, dynamic } = lazyPatterns(source);
  const shared = new Map<string, string>(); // a pattern read in place, by its `new RegExp(…)`: its variable
  const callees = declaredCallees(source);
  let builder: string | undefined; // the name of the function that builds rows of objects, once used
  const edits: Edit[] = [];
  const visit = (node: ts.Node, atLoad: boolean): void => {
    if (ts.isIdentifier(node)) {
      const pattern = lazy.get(node.text);
      if (pattern !== undefined && node !== pattern.declaration.name && isRead(node)) {
        const read = `(${node.text}||${pattern.getter}())`;
        const p = node.parent;
        edits.push({ start: node.getStart(source), end: node.end, text: ts.isShorthandPropertyAssignment(p) ? `${node.text}:${read}` : read });
      }
      return;
    }
    if (ts.isRegularExpressionLiteral(node)) {
      if (atLoad) edits.push(regExpEdit(node, source));
      else if (!dynamic && readInPlace(node)) {
        const create = regExpEdit(node, source).text;
        let name = shared.get(create);
        if (name === undefined) {
          name = `PATTERN$${shared.size + 1}`;
          for (let i = 2; taken.has(name) || taken.has(`${name}$re`); i++) name = `PATTERN$${shared.size + 1}_${i}`;
          taken.add(name);
          shared.set(create, name);
        }
        edits.push({ start: node.getStart(source), end: node.end, text: `(${name}||${name}$re())` });
      }
      return;
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && lazy.get(node.name.text)?.declaration === node) {
      const { getter, create } = lazy.get(node.name.text)!;
      edits.push({ start: node.getStart(source), end: node.end, text: `${node.name.text},${getter}=function(){return ${node.name.text}=${create}}` });
      return;
    }
    if (atLoad && ts.isVariableDeclaration(node) && node.initializer !== undefined && isModuleLevel(node)) {
      const init = node.initializer;
      const length = init.end - init.getStart(source);
      if (length >= JSON_MIN_LENGTH && (ts.isObjectLiteralExpression(init) || ts.isArrayLiteralExpression(init))) {
        const value = jsonValue(init);
        if (value !== NOT_JSON) {
          edits.push({ start: init.getStart(source), end: init.end, text: `JSON.parse(${JSON.stringify(JSON.stringify(value))})` });
          return;
        }
      }
      const rows = ts.isArrayLiteralExpression(init) && length >= JSON_MIN_LENGTH ? objectRows(init, source, code) : undefined;
      if (rows !== undefined) {
        builder ??= freeName("OBJECTS$", taken);
        edits.push(...rows.edits(builder));
        for (const value of rows.values) visit(value, true); // they still run at load, in the same order
        return;
      }
    }
    if (atLoad && ts.isArrowFunction(node) && calledOnly(node, callees) && fitsAsFunction(node, lazy) && !code.slice(node.getStart(source), node.body.getStart(source)).includes("\n")) {
      const arrow = node;
      const isAsync = arrow.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword) === true;
      const params = arrow.parameters.length === 0 ? "" : code.slice(arrow.parameters[0]!.getStart(source), arrow.parameters[arrow.parameters.length - 1]!.end);
      const block = ts.isBlock(arrow.body);
      edits.push({ start: arrow.getStart(source), end: arrow.body.getStart(source), text: `${isAsync ? "async " : ""}function(${params})${block ? "" : "{return "}` });
      if (!block) edits.push({ start: arrow.body.end, end: arrow.body.end, text: "}" });
      visit(arrow.body, false);
      return;
    }
    if (atLoad && ts.isPropertyAssignment(node) && ts.isArrowFunction(node.initializer) && asMethod(node, node.initializer, lazy)) {
      const arrow = node.initializer;
      const isAsync = arrow.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword) === true;
      const params = arrow.parameters.length === 0 ? "" : code.slice(arrow.parameters[0]!.getStart(source), arrow.parameters[arrow.parameters.length - 1]!.end);
      const bodyStart = arrow.body.getStart(source);
      const block = ts.isBlock(arrow.body);
      if (isAsync) edits.push({ start: node.getStart(source), end: node.getStart(source), text: "async " });
      edits.push({ start: node.name.end, end: bodyStart, text: `(${params})${block ? "" : "{return "}` });
      if (!block) edits.push({ start: arrow.body.end, end: arrow.body.end, text: "}" });
      ts.forEachChild(node.name, (child) => visit(child, atLoad)); // a computed key runs at load
      visit(arrow.body, false);
      return;
    }
    // Code in a function, a method or a class body runs when called or constructed, not at load.
    const inside = atLoad && !ts.isFunctionLike(node) && !ts.isClassLike(node);
    ts.forEachChild(node, (child) => visit(child, inside));
  };
  visit(source, true);
  // The shared patterns' variables, and functions (declared, so callable before this line runs).
  if (shared.size > 0) {
    const decls = [...shared].map(([create, name]) => `function ${name}$re(){return ${name}=${create}}`);
    edits.push({ start: code.length, end: code.length, text: `${code.endsWith("\n") ? "" : "\n"}var ${[...shared.values()].join(",")};${decls.join("")}\n` });
  }
  if (builder !== undefined) {
    edits.push({ start: code.length, end: code.length, text: `${code.endsWith("\n") || shared.size > 0 ? "" : "\n"}${OBJECTS_BUILDER.replace("OBJECTS$", builder)}\n` });
  }
  // The map below moves columns within a line: an expression written over several lines (a
  // template literal with a line break in a table) is left as it is.
  const oneLine = edits.filter((e) => !code.slice(e.start, e.end).includes("\n"));
  if (oneLine.length === 0) return { code };
  // An insertion (an empty range) goes before a rewrite that starts at the same place.
  oneLine.sort((a, b) => a.start - b.start || a.end - b.end);
  return applyEdits(code, oneLine, map, file);
}

/**
 * Whether the arrow function written as the value of `property` (`key: (p) => …` in an object
 * literal) can be written as the method `key(p) {…}`: a method is also not a constructor and has
 * no `prototype`, and is named after its key as the arrow is; it differs only in `this`,
 * `arguments`, `super` and `new.target`, so the arrow must use none of them (nor any arrow in
 * it). A `__proto__` key sets the prototype where a method would not. Its parameters are copied
 * as they are written, so they must not read a pattern created on first use.
 */
function asMethod(property: ts.PropertyAssignment, arrow: ts.ArrowFunction, lazy: ReadonlyMap<string, LazyPattern>): boolean {
  const key = property.name;
  if ((ts.isIdentifier(key) || ts.isStringLiteral(key)) && key.text === "__proto__") return false;
  return fitsAsFunction(arrow, lazy);
}

/**
 * Whether an arrow's body and parameters mean the same in a method or a `function`: it uses none
 * of `this`, `arguments`, `super` and `new.target` (nor does any arrow in it), and its parameters,
 * copied as they are written, read no pattern created on first use.
 */
function fitsAsFunction(arrow: ts.ArrowFunction, lazy: ReadonlyMap<string, LazyPattern>): boolean {
  let fits = true;
  const look = (node: ts.Node, inParameters: boolean): void => {
    if (!fits) return;
    if (node.kind === ts.SyntaxKind.ThisKeyword || node.kind === ts.SyntaxKind.SuperKeyword || ts.isMetaProperty(node) || (ts.isIdentifier(node) && (node.text === "arguments" || (inParameters && lazy.has(node.text))))) {
      fits = false;
      return;
    }
    ts.forEachChild(node, (child) => look(child, inParameters));
  };
  for (const p of arrow.parameters) look(p, true);
  look(arrow.body, false);
  return fits;
}

/**
 * Whether a pattern literal inside a function can be one object created on first use rather than
 * a new one at each evaluation: it holds a Unicode property class (`\p{…}`, which V8 expands
 * through ICU when it checks the file's syntax, ~0,1 ms each), has neither the `g` nor the `y`
 * flag (then `test` and `exec` never write its `lastIndex`, so it keeps no state from one call to
 * the next), and is only the receiver of a `.test(…)` or `.exec(…)` call written on it (so the
 * object is never seen elsewhere, stored or compared).
 */
function readInPlace(node: ts.RegularExpressionLiteral): boolean {
  const flags = node.text.slice(node.text.lastIndexOf("/") + 1);
  if (!/\\[pP]\{/.test(node.text) || flags.includes("g") || flags.includes("y")) return false;
  const access = node.parent;
  return ts.isPropertyAccessExpression(access) && access.expression === node && (access.name.text === "test" || access.name.text === "exec") && ts.isCallExpression(access.parent) && access.parent.expression === access;
}

/** Whether the module declares its own `RegExp` anywhere (then nothing is rewritten). `source` has parents. */
function declaresRegExp(source: ts.SourceFile): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(node) && node.text === "RegExp" && node.parent !== undefined) {
      const p = node.parent;
      const named = (p as { name?: ts.Node }).name === node;
      if (named && (ts.isVariableDeclaration(p) || ts.isFunctionDeclaration(p) || ts.isClassDeclaration(p) || ts.isParameter(p) || ts.isImportSpecifier(p) || ts.isBindingElement(p) || ts.isFunctionExpression(p) || ts.isClassExpression(p) || ts.isNamespaceImport(p) || ts.isImportClause(p))) {
        found = true;
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A variable declared in a `var`/`let`/`const` statement directly in the module. */
function isModuleLevel(decl: ts.VariableDeclaration): boolean {
  const list = decl.parent;
  const statement = list?.parent;
  return statement !== undefined && ts.isVariableStatement(statement) && statement.parent !== undefined && ts.isSourceFile(statement.parent);
}

/**
 * Functions of the SDK that take a function and only ever call it (never store it where code
 * outside them can reach it, construct it, or read its `this`): an arrow passed to one of them at
 * load can be a `function` expression, which V8 pre-parses instead of parsing in full. Only when
 * the module declares a function of that name itself (not an import, not a parameter).
 * `lazySchema` (src/schema/lazy-schema.ts) calls its builder once, plainly, on first use.
 */
export const CALLS_ONLY: ReadonlySet<string> = new Set(["lazySchema"]);

/** The names of {@link CALLS_ONLY} that the module declares, once, as a function at its top level. */
function declaredCallees(source: ts.SourceFile): Set<string> {
  const count = new Map<string, number>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && CALLS_ONLY.has(node.text) && roleOf(node) === "declaration") count.set(node.text, (count.get(node.text) ?? 0) + 1);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const out = new Set<string>();
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name !== undefined && count.get(statement.name.text) === 1) out.add(statement.name.text);
  }
  return out;
}

/** Whether `arrow` is an argument of a call of one of `callees` (by its name, directly). */
function calledOnly(arrow: ts.ArrowFunction, callees: ReadonlySet<string>): boolean {
  const call = arrow.parent;
  return ts.isCallExpression(call) && call.arguments.some((a) => a === arrow) && ts.isIdentifier(call.expression) && callees.has(call.expression.text);
}

/** `base`, or `base` with a number, that is no name in the module (and is then taken). */
function freeName(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}${i}`;
  taken.add(name);
  return name;
}

/**
 * The function that builds an array of objects from rows (see {@link objectRows}): `make[s](flat,
 * i)` is an object literal of shape `s` whose values are `flat[i]`, `flat[i + 1]`… (`count[s]` of
 * them); a shape of -1 spreads the next value, as `...x` did in the literal.
 */
export const OBJECTS_BUILDER = "function OBJECTS$(make,count,flat){let out=[];for(let i=0;i<flat.length;){let s=flat[i++];if(s<0)out.push(...flat[i++]);else out.push(make[s](flat,i)),i+=count[s]}return out}";

/**
 * A large module-level array literal of object literals (`[{id:"a",levels:ALL},{id:"b",…},…x]`)
 * written as rows: `OBJECTS$([(function(f,i){return{"id":f[i],"levels":f[i+1]}}),…],[2,…],[0,"a",ALL,
 * 0,"b",…,-1,x])`. V8 compiles an object literal of the top level into bytecode and a boilerplate
 * of every object (the core's catalogs: ~330 objects, ~80 kB), where a flat array of the same
 * values compiles into one; each shape's object is still built by an object literal, with the
 * same keys in the same order, so the objects are the same: own data properties, defined (not
 * assigned: no setter of Object.prototype runs), `Object.prototype` their prototype. Every value
 * expression stays where it is in the text, in the same order (so its source map position and its
 * order of evaluation are kept); only the keys and braces between them are rewritten. Refused
 * (undefined): an element that is not a plain object literal or a spread of a name, holes, a
 * key that is not a name or a string (numbers, computed keys), a method, an accessor, a shorthand,
 * a spread in an object, `__proto__`, a key written twice.
 */
function objectRows(array: ts.ArrayLiteralExpression, source: ts.SourceFile, code: string): { values: ts.Expression[]; edits: (builder: string) => Edit[] } | undefined {
  const shapes = new Map<string, number>();
  const parts: ({ spread: ts.SpreadElement } | { object: ts.ObjectLiteralExpression; shape: number })[] = [];
  let objects = 0;
  for (const element of array.elements) {
    if (ts.isSpreadElement(element) && ts.isIdentifier(element.expression)) {
      parts.push({ spread: element });
      continue;
    }
    if (!ts.isObjectLiteralExpression(element)) return undefined;
    const keys: string[] = [];
    for (const p of element.properties) {
      if (!ts.isPropertyAssignment(p) || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) return undefined;
      const key = p.name.text;
      if (key === "__proto__" || keys.includes(key)) return undefined;
      keys.push(key);
    }
    const shape = JSON.stringify(keys);
    if (!shapes.has(shape)) shapes.set(shape, shapes.size);
    parts.push({ object: element, shape: shapes.get(shape)! });
    objects++;
  }
  if (objects < 2) return undefined;
  // Every key and brace rewritten must be on one line (as in a bundle written without whitespace):
  // the source map moves columns within a line, and the rows are rewritten whole or not at all.
  const gaps = (p: (typeof parts)[number]): [number, number][] => {
    if ("spread" in p) return [[p.spread.getStart(source), p.spread.expression.getStart(source)]];
    const props = p.object.properties as ts.NodeArray<ts.PropertyAssignment>;
    if (props.length === 0) return [[p.object.getStart(source), p.object.end]];
    return [[p.object.getStart(source), props[0]!.initializer.getStart(source)], ...props.map((q, n): [number, number] => [q.initializer.end, props[n + 1]?.initializer.getStart(source) ?? p.object.end])];
  };
  if (parts.flatMap(gaps).some(([a, b]) => code.slice(a, b).includes("\n"))) return undefined;
  const values = parts.flatMap((p) => ("object" in p ? p.object.properties.map((q) => (q as ts.PropertyAssignment).initializer) : [p.spread.expression]));
  return {
    values,
    edits(builder) {
      const list = [...shapes.keys()].map((k) => JSON.parse(k) as string[]);
      // In parentheses: V8 compiles such a function with the module (it is called at load anyway)
      // instead of pre-parsing it then parsing it again at its first call.
      const make = list.map((keys) => `(function(f,i){return{${keys.map((k, n) => `${JSON.stringify(k)}:f[${n === 0 ? "i" : `i+${n}`}]`).join(",")}}})`);
      const open = `${builder}([${make.join(",")}],[${list.map((keys) => keys.length).join(",")}],[`;
      const start = array.getStart(source);
      const out: Edit[] = [{ start, end: start + 1, text: open }];
      for (const p of parts) {
        if ("spread" in p) {
          out.push({ start: p.spread.getStart(source), end: p.spread.expression.getStart(source), text: "-1," });
          continue;
        }
        const props = p.object.properties as ts.NodeArray<ts.PropertyAssignment>;
        const first = props[0];
        if (first === undefined) {
          out.push({ start: p.object.getStart(source), end: p.object.end, text: String(p.shape) });
          continue;
        }
        out.push({ start: p.object.getStart(source), end: first.initializer.getStart(source), text: `${p.shape},` });
        for (let n = 1; n < props.length; n++) out.push({ start: props[n - 1]!.initializer.end, end: props[n]!.initializer.getStart(source), text: "," });
        out.push({ start: props[props.length - 1]!.initializer.end, end: p.object.end, text: "" });
      }
      const close = array.end - 1;
      if (code[close] !== "]") throw new Error("objectRows: an array literal that does not end with ]");
      out.push({ start: close, end: array.end, text: "])" });
      return out;
    },
  };
}

interface LazyPattern {
  /** Its one declaration, `var NAME = /…/flags` at module level. */
  readonly declaration: ts.VariableDeclaration;
  /** The name of the function that creates it (a name used nowhere else in the module). */
  readonly getter: string;
  /** The expression that creates it: `new RegExp("…", "flags")`. */
  readonly create: string;
}

/**
 * The module-level patterns to create on first use, by name: each declared by `var NAME =
 * /…/flags` or `var NAME = new RegExp("…", "flags")` (constant text) directly in the module,
 * and its name declared nowhere else in the file (so every
 * `NAME` read in the file is that variable: no scope analysis needed), never assigned and not
 * exported. None when the module could reach a name at run time (`eval`, `with`). `source` has
 * parents.
 */
function lazyPatterns(source: ts.SourceFile): { lazy: Map<string, LazyPattern>; taken: Set<string>; dynamic: boolean } {
  const declarations = new Map<string, number>();
  const names = new Set<string>();
  const unfit = new Set<string>();
  let dynamic = false;
  const visit = (node: ts.Node): void => {
    if (ts.isWithStatement(node) || (ts.isIdentifier(node) && node.text === "eval")) dynamic = true;
    if (ts.isIdentifier(node)) {
      names.add(node.text);
      const role = roleOf(node);
      if (role === "declaration") declarations.set(node.text, (declarations.get(node.text) ?? 0) + 1);
      else if (role === "export" || (role === "read" && isAssigned(node))) unfit.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const lazy = new Map<string, LazyPattern>();
  if (dynamic) return { lazy, taken: names, dynamic };
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement) || (statement.declarationList.flags & ts.NodeFlags.BlockScoped) !== 0) continue;
    for (const declaration of statement.declarationList.declarations) {
      const { name, initializer } = declaration;
      if (!ts.isIdentifier(name) || initializer === undefined || declarations.get(name.text) !== 1 || unfit.has(name.text)) continue;
      const create = creation(initializer, source);
      if (create === undefined) continue;
      let getter = `${name.text}$re`;
      for (let i = 2; names.has(getter); i++) getter = `${name.text}$re${i}`;
      names.add(getter);
      lazy.set(name.text, { declaration, getter, create });
    }
  }
  return { lazy, taken: names, dynamic };
}

/**
 * `new RegExp("…", "flags")` for a pattern literal or for `new RegExp` of constant strings (the
 * module does not declare its own RegExp), or undefined for any other expression. The pattern
 * is created here once, so one that does not compile fails the build rather than moving its
 * error from load to first use.
 */
function creation(init: ts.Expression, source: ts.SourceFile): string | undefined {
  let text: string;
  let pattern: string;
  let flags: string;
  if (ts.isRegularExpressionLiteral(init)) {
    text = regExpEdit(init, source).text;
    const slash = init.text.lastIndexOf("/");
    [pattern, flags] = [init.text.slice(1, slash), init.text.slice(slash + 1)];
  } else {
    const args = ts.isNewExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === "RegExp" ? (init.arguments ?? []) : [];
    if (args.length === 0 || args.length > 2 || !args.every((a) => ts.isStringLiteral(a) || ts.isNoSubstitutionTemplateLiteral(a))) return undefined;
    text = init.getText(source);
    [pattern, flags] = [(args[0] as ts.StringLiteral).text, (args[1] as ts.StringLiteral | undefined)?.text ?? ""];
  }
  try {
    new RegExp(pattern, flags);
  } catch (e) {
    throw new Error(`${source.fileName}: the module-level pattern ${text} does not compile: ${String(e)}`);
  }
  return text;
}

/** What an identifier is where it stands: a binding it declares, a read of a variable, an export, or only a key or label. */
function roleOf(id: ts.Identifier): "declaration" | "read" | "export" | "other" {
  const p = id.parent;
  if (ts.isExportSpecifier(p) || ts.isExportAssignment(p)) return "export";
  if ((ts.isImportSpecifier(p) || ts.isBindingElement(p)) && p.propertyName === id) return "other";
  if (ts.isPropertyAccessExpression(p) && p.name === id) return "other";
  if (ts.isMetaProperty(p)) return "other";
  if ((ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p) || ts.isGetAccessorDeclaration(p) || ts.isSetAccessorDeclaration(p)) && p.name === id) return "other";
  if ((ts.isLabeledStatement(p) || ts.isBreakOrContinueStatement(p)) && p.label === id) return "other";
  if (
    (ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isBindingElement(p) || ts.isFunctionDeclaration(p) || ts.isFunctionExpression(p) || ts.isClassDeclaration(p) || ts.isClassExpression(p) || ts.isImportClause(p) || ts.isImportSpecifier(p) || ts.isNamespaceImport(p)) &&
    p.name === id
  ) {
    return "declaration";
  }
  return "read";
}

/** A read of a variable in its reference form (not a declaration, key or label). */
const isRead = (id: ts.Identifier): boolean => roleOf(id) === "read";

/** Whether a read identifier is written to: left of an assignment (destructuring included), `++`/`--`, a `for in/of` target. */
function isAssigned(id: ts.Identifier): boolean {
  let node: ts.Node = id;
  for (;;) {
    const p = node.parent;
    if (ts.isParenthesizedExpression(p) || ts.isArrayLiteralExpression(p) || ts.isObjectLiteralExpression(p) || ts.isSpreadElement(p) || ts.isSpreadAssignment(p) || ts.isShorthandPropertyAssignment(p) || (ts.isPropertyAssignment(p) && p.initializer === node)) {
      node = p;
      continue;
    }
    if (ts.isBinaryExpression(p)) return p.left === node && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
    if (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) return p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken;
    if (ts.isForInStatement(p) || ts.isForOfStatement(p)) return p.initializer === node;
    return false;
  }
}

function regExpEdit(node: ts.RegularExpressionLiteral, source: ts.SourceFile): Edit {
  const text = node.text;
  const slash = text.lastIndexOf("/");
  const pattern = text.slice(1, slash);
  const flags = text.slice(slash + 1);
  const args = flags === "" ? JSON.stringify(pattern) : `${JSON.stringify(pattern)},${JSON.stringify(flags)}`;
  return { start: node.getStart(source), end: node.end, text: `new RegExp(${args})` };
}

const NOT_JSON = Symbol("not JSON");
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The value of a literal made only of JSON values, or NOT_JSON. */
function jsonValue(node: ts.Expression): Json | typeof NOT_JSON {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return finite(Number(node.text));
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) {
    return finite(-Number(node.operand.text));
  }
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isParenthesizedExpression(node)) return jsonValue(node.expression);
  if (ts.isArrayLiteralExpression(node)) {
    const out: Json[] = [];
    for (const e of node.elements) {
      if (ts.isOmittedExpression(e) || ts.isSpreadElement(e)) return NOT_JSON;
      const v = jsonValue(e);
      if (v === NOT_JSON) return NOT_JSON;
      out.push(v);
    }
    return out;
  }
  if (ts.isObjectLiteralExpression(node)) {
    const keys = new Set<string>();
    const out: { [key: string]: Json } = {};
    for (const p of node.properties) {
      if (!ts.isPropertyAssignment(p)) return NOT_JSON;
      const key = ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : ts.isNumericLiteral(p.name) ? canonicalKey(p.name.text) : undefined;
      // `__proto__:` sets the prototype in a literal but is an own key in JSON; a repeated key
      // keeps its first place in a literal and in JSON alike, but is refused to stay simple.
      if (key === undefined || key === "__proto__" || keys.has(key)) return NOT_JSON;
      const v = jsonValue(p.initializer);
      if (v === NOT_JSON) return NOT_JSON;
      keys.add(key);
      Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return NOT_JSON;
}

const finite = (n: number): number | typeof NOT_JSON => (Number.isFinite(n) && !Object.is(n, -0) ? n : NOT_JSON);
/** The property key a numeric literal key stands for (`1e3: …` is the key "1000"). */
const canonicalKey = (text: string): string | undefined => {
  const n = Number(text);
  return Number.isFinite(n) ? String(n) : undefined;
};

// ── Rewriting with a source map ─────────────────────────────────────────────────────────────

/**
 * `code` with `edits` applied (sorted, not overlapping, none spanning a line break: the bundle's
 * expressions here are on one line, and an edit that spans one is refused), and a map from the
 * new text to `code`: each of esbuild's mapped columns moves by the length change of the edits
 * before it on its line; a column inside an edited range maps to the range's start.
 */
export function applyEdits(code: string, edits: readonly Edit[], map: unknown, file: string): { code: string; map?: RawMap } {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // Per line: the edits on it, as columns.
  const byLine = new Map<number, { start: number; end: number; delta: number }[]>();
  let out = "";
  let from = 0;
  for (const e of edits) {
    const line = lineOf(e.start);
    if (lineOf(e.end) !== line) throw new Error(`${file}: a rewritten expression spans lines (offset ${e.start})`);
    if (e.start < from) throw new Error(`${file}: overlapping rewrites (offset ${e.start})`);
    const col = e.start - (lineStarts[line] ?? 0);
    const list = byLine.get(line) ?? [];
    list.push({ start: col, end: col + (e.end - e.start), delta: e.text.length - (e.end - e.start) });
    byLine.set(line, list);
    out += code.slice(from, e.start) + e.text;
    from = e.end;
  }
  out += code.slice(from);

  const remapped = remapColumns(map, file, (line, col) => {
    let shift = 0;
    for (const e of byLine.get(line) ?? []) {
      if (e.end <= col) shift += e.delta;
      else if (e.start <= col) return e.start + shift; // inside a rewrite: its start
      else break;
    }
    return col + shift;
  });
  return remapped === undefined ? { code: out } : { code: out, map: remapped };
}
