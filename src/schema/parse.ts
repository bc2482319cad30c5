import { z } from "zod";
import { normalizeNfc } from "../format/nfc.js";
import type { SchemaProblemCode } from "./messages.js";
import type { Locale, Problem } from "./problem.js";
import { type Paragraph, walkBody } from "./body.js";
import { migrateReport } from "./migrate.js";
import { fromZod, problem } from "./zod-problem.js";
import { ReportSchema, type Report } from "./report.js";

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

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
const MAX_DEPTH = 32;

/**
 * Text that is already NFC without asking ICU: every character here is its own NFC form and none
 * composes with the character before it (no combining marks, NFC_Quick_Check = Yes): U+0000–U+02FF
 * (ASCII, Latin-1, Latin Extended-A/B: đ, ơ, ư), U+1EA0–U+1EF9 (the precomposed Vietnamese
 * letters: ế, ộ, ữ…) and U+2002–U+206F (dashes, quotes, ellipsis; not U+2000–2001, which NFC
 * maps to U+2002–2003). Keys, ids, dates and Vietnamese typed in NFC take this path; text with a
 * combining mark (typed in NFD) goes to `normalize`.
 */
const ALREADY_NFC = /^[\u0000-\u02ff\u1ea0-\u1ef9\u2002-\u206f]*$/;

/** `text` in Unicode NFC, in time linear in its length (long runs of marks are cut up). */
function nfc(text: string): string {
  return ALREADY_NFC.test(text) ? text : normalizeNfc(text);
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
  const checkRuns = (paragraphs: readonly Paragraph[], at: (string | number)[]): void => {
    paragraphs.forEach((p, pi) => {
      if (typeof p === "string") return;
      p.runs.forEach((r, ri) => {
        if ("footnote" in r && !footnotes.has(r.footnote))
          out.push(problem("unknown_footnote", [...at, pi, "runs", ri, "footnote"], { id: r.footnote }, locale));
      });
    });
  };
  for (const { node, indices } of walkBody(report.body)) {
    const at: (string | number)[] = ["body"];
    indices.forEach((n, k) => at.push(...(k === 0 ? [n] : ["children", n])));
    if (node.id !== undefined) {
      if (ids.has(node.id)) out.push(problem("duplicate_node_id", [...at, "id"], { id: node.id }, locale));
      ids.add(node.id);
    }
    node.titleFootnotes?.forEach((id, k) => {
      if (!footnotes.has(id)) out.push(problem("unknown_footnote", [...at, "titleFootnotes", k], { id }, locale));
    });
    checkRuns(node.paragraphs, [...at, "paragraphs"]);
  }
  report.footnotes.forEach((f, i) => checkRuns(f.paragraphs, ["footnotes", i, "paragraphs"]));
  for (const [id, node] of Object.entries(report.at)) {
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
