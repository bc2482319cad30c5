import { z } from "zod";
import { NOT_SURE, fastParse } from "./fast-parse.js";
import { prepare } from "./nfc-copy.js";
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
