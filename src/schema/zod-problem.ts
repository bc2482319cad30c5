import type { z } from "zod";
import { schemaMessage, type SchemaProblemCode } from "./messages.js";
import { formatPath, type Locale, type Path, type Problem } from "./problem.js";

/** Schema problems (parse and migration): zod issues turned into our problems, one message table. */

/** A schema problem (always an error) with its message in `locale`. */
export function problem(code: SchemaProblemCode, path: Path, params: Record<string, unknown>, locale: Locale): Problem<SchemaProblemCode> {
  return { code, severity: "error", path, message: schemaMessage(locale, code, formatPath(path, locale), params), params };
}

/** A zod issue as one of our problems: our codes, the exact path, the message table's text. */
export function fromZod(issue: z.core.$ZodIssue, locale: Locale): Problem<SchemaProblemCode> {
  if (issue.code === "invalid_union") {
    // A count that is a number but not a valid one: report the number branch's own issue
    // ("phải là số nguyên", "≥ 0") rather than "none of the alternatives matched".
    const branch = issue.errors.find(
      (b) =>
        b.length > 0 &&
        b.every(
        (i) =>
          i.code !== "invalid_type" ||
          (i.expected === "int" && typeof (i as { input?: unknown }).input === "number"),
      ),
    );
    const inner = branch?.[0];
    if (inner) return fromZod({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue, locale);
  }
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  const { code, path: _p, message: _m, input: _i, ...rest } = issue as z.core.$ZodIssue & { input?: unknown };
  let ourCode: SchemaProblemCode = code;
  if (code === "custom") {
    const c = (issue as z.core.$ZodIssueCustom).params?.code;
    // Our refinements name their code (`invalid_period`): one of the schema table's.
    if (typeof c === "string") ourCode = c as SchemaProblemCode;
  }
  if (code === "too_big" && (issue as z.core.$ZodIssueTooBig).origin === "number") ourCode = "too_big";
  if (code === "invalid_type" && (issue as z.core.$ZodIssueInvalidType).expected === "int") ourCode = "not_integer";
  const params: Record<string, unknown> = { ...rest };
  if (code === "invalid_type") params.received = receivedType(issue);
  return problem(ourCode, path, params, locale);
}

function receivedType(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  if (input === undefined) return "undefined";
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  if (typeof input === "number") return Number.isNaN(input) ? "nan" : Number.isInteger(input) ? "int" : "number";
  return typeof input;
}
