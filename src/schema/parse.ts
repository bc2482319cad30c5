import { z } from "zod";
import { FORBIDDEN_KEYS, MAX_DEPTH as FAST_MAX_DEPTH, NOT_SURE, fastParse, nfcText } from "./fast-parse.js";
import type { SchemaProblemCode } from "./messages.js";
import type { Locale, Problem } from "./problem.js";
import type { BodyNode, Paragraph } from "./body.js";
import { migrateReport } from "./migrate.js";
import { fromZod, problem } from "./zod-problem.js";
import { ReportSchema, type Report } from "./report.js";
import { REPORT_SCHEMA_VERSION } from "./version.js";

/**
 * Options of {@link parseReport} and {@link safeParseReport}.
 *
 * @category Schema
 * @example
 * ```ts
 * safeParseReport(json, { locale: "en" } satisfies ParseOptions);
 * ```
 */
export interface ParseOptions {
  /** Language of messages (default `vi`). */
  readonly locale?: Locale;
}

/**
 * The result of {@link safeParseReport}: the report, or the problems that stop it.
 *
 * @category Schema
 * @example
 * ```ts
 * const r: SafeParseResult = safeParseReport(json);
 * if (r.success) r.data.unit.name; else r.problems[0]?.message;
 * ```
 */
export type SafeParseResult =
  | { readonly success: true; readonly data: Report; readonly problems: readonly Problem<SchemaProblemCode>[] }
  | { readonly success: false; readonly data?: undefined; readonly problems: readonly Problem<SchemaProblemCode>[] };

/** `Symbol.for`, so the ESM and CommonJS builds (two copies of the class) share it. */
const PARSE_ERROR_BRAND: unique symbol = Symbol.for("de-an-06.ReportParseError") as never;

/**
 * The one error {@link parseReport} throws: it carries every problem found.
 *
 * @category Schema
 * @example
 * ```ts
 * try { parseReport({}); } catch (e) {
 *   if (e instanceof ReportParseError) console.log(e.problems.length);
 * }
 * ```
 */
export class ReportParseError extends Error {
  override readonly name = "ReportParseError";
  readonly problems: readonly Problem<SchemaProblemCode>[];
  /** The brand {@link isReportParseError} looks for: one global symbol, the same in every copy. */
  readonly [PARSE_ERROR_BRAND] = true;
  /** `locale` is the language of the error's own message (the problems carry theirs). */
  constructor(problems: readonly Problem<SchemaProblemCode>[], locale: Locale = "vi") {
    const first = problems[0];
    const count = problems.length;
    super(
      locale === "en"
        ? `Invalid report: ${count} ${count === 1 ? "error" : "errors"}${first ? ` — ${first.message}` : ""}`
        : `Báo cáo không hợp lệ: ${count} lỗi${first ? ` — ${first.message}` : ""}`,
    );
    this.problems = problems;
  }
}

/**
 * Whether `error` is the {@link ReportParseError} thrown by {@link parseReport}, from whichever copy
 * of the package threw it: `instanceof` fails when the error comes from the CommonJS build and is
 * tested against the ESM class (or from two installed versions); this checks a global brand.
 *
 * @category Schema
 * @example
 * ```ts
 * try { parseReport({}); } catch (e) {
 *   if (isReportParseError(e)) console.log(e.problems[0]?.message);
 * }
 * ```
 */
export function isReportParseError(error: unknown): error is ReportParseError {
  return typeof error === "object" && error !== null && (error as { [PARSE_ERROR_BRAND]?: unknown })[PARSE_ERROR_BRAND] === true && Array.isArray((error as { problems?: unknown }).problems);
}

/**
 * How deep a report's JSON may nest. The deepest field of a valid report is 6 levels down; the
 * limit keeps a hostile file (thousands of nested arrays) from costing seconds or the stack.
 */
const MAX_DEPTH = FAST_MAX_DEPTH;

/** `text` in Unicode NFC, in time linear in its length (long runs of marks are cut up). */
const nfc = nfcText;

/** A character outside the plain-NFC ranges (see {@link isPlainNfcText}): the text may need `normalize`. */
const MAYBE_NOT_NFC = /[^\u0000-\u02ff\u1ea0-\u1ef9\u2002-\u206f]/;

/**
 * Whether `v` is plain JSON data that the copy below would reproduce exactly: arrays and objects
 * of the built-in prototypes (what `JSON.parse` and object literals give), every string and key
 * already NFC, no forbidden key, no function, symbol or bigint, no cycle, at most
 * {@link MAX_DEPTH} deep. Such input goes to the schema as it is: zod builds new objects and
 * arrays for its output, so the parsed report still shares nothing with the input. The scan
 * only reads (no allocation besides the stack of open containers), and costs a fifth of a copy.
 * Anything else, even a key to normalise, goes through the copy, which names every problem.
 */
function isPlainNfc(v: unknown, open: object[]): boolean {
  if (typeof v === "string") return !MAYBE_NOT_NFC.test(v);
  if (v === null || typeof v !== "object") return typeof v !== "function" && typeof v !== "symbol" && typeof v !== "bigint";
  if (open.length >= MAX_DEPTH || open.includes(v)) return false;
  open.push(v);
  if (Array.isArray(v)) {
    if (Object.getPrototypeOf(v) !== Array.prototype) return false;
    for (let i = 0; i < v.length; i++) if (!isPlainNfc(v[i], open)) return false;
  } else {
    if (Object.getPrototypeOf(v) !== Object.prototype) return false;
    const source = v as Record<string, unknown>;
    // `for…in` walks V8's cached key list without allocating one; with Object.prototype as the
    // prototype it meets the own enumerable keys (and, if something polluted Object.prototype,
    // that key too, which only sends the input to the copy).
    for (const key in source) {
      if (MAYBE_NOT_NFC.test(key) || FORBIDDEN_KEYS.has(key) || !isPlainNfc(source[key], open)) return false;
    }
  }
  open.pop();
  return true;
}

/**
 * Copies JSON-like input with every string and key in NFC, collecting forbidden keys
 * (`__proto__`, `constructor`, `prototype`) and non-JSON values as problems instead of dropping them.
 *
 * One new object or array per input object or array, built as plain literals (V8 keeps them in
 * its fast shape, which zod then reads fast); forbidden keys are never assigned, so a plain `{}`
 * is safe. Cycles are found on the stack of open containers (at most {@link MAX_DEPTH} deep).
 */
function prepare(input: unknown, locale: Locale): { value: unknown; problems: Problem<SchemaProblemCode>[] } {
  const problems: Problem<SchemaProblemCode>[] = [];
  if (isPlainNfc(input, [])) return { value: input, problems };
  // The containers being copied, outermost first; a cycle meets one of them again.
  const open: object[] = [];
  // One path, pushed and popped as the walk goes; copied only when a problem names it.
  const path: (string | number)[] = [];
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return nfc(v);
    if (v === null || typeof v !== "object") {
      if (typeof v === "function" || typeof v === "symbol" || typeof v === "bigint") {
        problems.push(problem("not_json", [...path], { type: typeof v }, locale));
      }
      return v;
    }
    if (open.includes(v)) {
      problems.push(problem("not_json", [...path], { type: "cycle" }, locale));
      return undefined;
    }
    if (path.length >= MAX_DEPTH) {
      problems.push(problem("too_deep", [...path], { max: MAX_DEPTH }, locale));
      return undefined;
    }
    open.push(v);
    let out: unknown[] | Record<string, unknown>;
    if (Array.isArray(v)) {
      const copy = new Array<unknown>(v.length);
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        copy[i] = walk(v[i]);
        path.pop();
      }
      out = copy;
    } else {
      const copy: Record<string, unknown> = {};
      const source = v as Record<string, unknown>;
      for (const key of Object.keys(source)) {
        const nkey = nfc(key);
        path.push(nkey);
        if (FORBIDDEN_KEYS.has(nkey)) problems.push(problem("forbidden_key", [...path], { key: nkey }, locale));
        else copy[nkey] = walk(source[key]);
        path.pop();
      }
      out = copy;
    }
    open.pop();
    return out;
  };
  return { value: walk(input), problems };
}

/**
 * References inside the document that zod cannot see: node ids are unique, every footnote marker
 * points at a footnote, footnote ids are unique, and every figure's `at` names a node.
 */
function bodyReferences(report: Report, locale: Locale): Problem<SchemaProblemCode>[] {
  const out: Problem<SchemaProblemCode>[] = [];
  const footnotes = new Set<string>();
  report.footnotes.forEach((f, i) => {
    if (footnotes.has(f.id)) out.push(problem("duplicate_footnote", ["footnotes", i, "id"], { id: f.id }, locale));
    footnotes.add(f.id);
  });
  const ids = new Set<string>();
  // One path, pushed and popped as the walk goes (pre-order, as the body is written); copied
  // only when a problem names it. The body is at most MAX_DEPTH deep, so recursion is safe.
  const path: (string | number)[] = [];
  const checkRuns = (paragraphs: readonly Paragraph[]): void => {
    for (let pi = 0; pi < paragraphs.length; pi++) {
      const p = paragraphs[pi]!;
      if (typeof p === "string") continue;
      for (let ri = 0; ri < p.runs.length; ri++) {
        const r = p.runs[ri]!;
        if ("footnote" in r && !footnotes.has(r.footnote))
          out.push(problem("unknown_footnote", [...path, pi, "runs", ri, "footnote"], { id: r.footnote }, locale));
      }
    }
  };
  const walk = (nodes: readonly BodyNode[]): void => {
    for (let n = 0; n < nodes.length; n++) {
      const node = nodes[n]!;
      path.push(n);
      if (node.id !== undefined) {
        if (ids.has(node.id)) out.push(problem("duplicate_node_id", [...path, "id"], { id: node.id }, locale));
        ids.add(node.id);
      }
      node.titleFootnotes?.forEach((id, k) => {
        if (!footnotes.has(id)) out.push(problem("unknown_footnote", [...path, "titleFootnotes", k], { id }, locale));
      });
      path.push("paragraphs");
      checkRuns(node.paragraphs);
      path.pop();
      if (node.children.length > 0) {
        path.push("children");
        walk(node.children);
        path.pop();
      }
      path.pop();
    }
  };
  path.push("body");
  walk(report.body);
  path.pop();
  report.footnotes.forEach((f, i) => {
    path.push("footnotes", i, "paragraphs");
    checkRuns(f.paragraphs);
    path.length = 0;
  });
  for (const id of Object.keys(report.at)) {
    const node = report.at[id]!;
    if (!ids.has(node)) out.push(problem("unknown_node", ["at", id], { id: node }, locale));
  }
  return out;
}

/**
 * Parses and checks a report without ever throwing. Text is normalised to NFC; unknown keys,
 * prototype keys, non-integer or unsafe-integer or negative counts, impossible dates and bad
 * period ids are problems with the exact path and a Vietnamese message.
 *
 * @category Schema
 * @summary Check untrusted JSON against the report schema.
 * @example
 * ```ts
 * const r = safeParseReport(JSON.parse(text));
 * if (!r.success) for (const p of r.problems) console.log(p.message);
 * // Trường "values.hs.tiep_nhan": giá trị phải ≥ 0 (số đếm không được âm).
 * ```
 */
export function safeParseReport(input: unknown, options: ParseOptions = {}): SafeParseResult {
  const locale = options.locale ?? "vi";
  try {
    // The fast accept path: a current-version report that is plain JSON, valid and NFC-ready is
    // checked, normalised and built in one walk, to exactly what the path below gives it.
    // Anything else, or anything it is not sure of, takes the path below, which names every problem.
    if (
      input !== null &&
      typeof input === "object" &&
      (input as { schemaVersion?: unknown }).schemaVersion === REPORT_SCHEMA_VERSION
    ) {
      const data = fastParse(ReportSchema, input);
      if (data !== NOT_SURE) {
        const references = bodyReferences(data as Report, locale);
        if (references.length > 0) return { success: false, problems: references };
        return { success: true, data: data as Report, problems: [] };
      }
    }
    const { value, problems } = prepare(input, locale);
    // Older shapes (schema version 1) are migrated first; an unknown version stops here.
    const migrated = migrateReport(value, { locale });
    if (!migrated.success) {
      for (const p of migrated.problems) problems.push(p);
      return { success: false, problems };
    }
    const result = ReportSchema.safeParse(migrated.data, { reportInput: true });
    // Appended one by one: `push(...list)` passes every problem as an argument, and 130.000
    // of them (one per bad key) overflow the stack.
    const all = problems;
    if (!result.success) for (const i of result.error.issues) all.push(fromZod(i, locale));
    else for (const p of bodyReferences(result.data as Report, locale)) all.push(p);
    if (all.length > 0) return { success: false, problems: all };
    return { success: true, data: result.data as Report, problems: [] };
  } catch (error) {
    // Never throw from the safe API: a hostile getter or proxy becomes a problem too.
    return {
      success: false,
      problems: [problem("not_json", [], { type: error instanceof Error ? error.name : typeof error }, locale)],
    };
  }
}

/**
 * Parses a report, throwing one {@link ReportParseError} that carries every problem.
 *
 * @category Schema
 * @example
 * ```ts
 * const report = parseReport(JSON.parse(readFileSync("004.json", "utf8")));
 * report.unit.name; // "Xã Đông Cứu"
 * ```
 */
export function parseReport(input: unknown, options: ParseOptions = {}): Report {
  const result = safeParseReport(input, options);
  if (!result.success) throw new ReportParseError(result.problems, options.locale);
  return result.data;
}

/**
 * The JSON Schema (draft 2020-12) of a report as it is written (defaults optional), with
 * Vietnamese titles and descriptions: the contract for systems not written in TypeScript.
 *
 * @category Schema
 * @example
 * ```ts
 * const schema = reportJsonSchema();
 * schema.title; // "Báo cáo Đề án 06"
 * ```
 */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ReportSchema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
}
