import type { Score766Code } from "../indicators/messages.js";
import type { SchemaProblemCode } from "../schema/messages.js";
import type { Path, Problem, Severity } from "../schema/problem.js";
import type { ValidationMessageCode } from "./messages.js";
import type { NarrativeCode } from "./narrative/finding.js";

/**
 * What validation finds: the same shape as a schema {@link Problem} (`code`, `severity`,
 * `path`, `message`, `params`), plus the id of the rule that found it, so a UI can show the
 * rule's description or let the user switch it off.
 */

/**
 * One issue found in a report by {@link validateReport}. Compatible with {@link Problem}: schema
 * problems and rule findings travel in one list. `Code` is the union of codes it may have:
 * {@link validateReport} returns `ValidationIssue<ValidationIssueCode>` (widened by the codes of
 * the custom rules it is given).
 *
 * @category Validation
 * @example
 * ```ts
 * const issue: ValidationIssue = {
 *   code: "breakdown_mismatch",
 *   severity: "error",
 *   path: ["values", "nv.duoc_giao"],
 *   message: "…",
 *   params: { total: 16, sum: 20 },
 *   rule: "arithmetic.breakdown",
 * };
 * ```
 */
export interface ValidationIssue<Code extends string = string> extends Problem<Code> {
  /** Id of the {@link ValidationRule} that raised it (`schema` for schema problems). */
  readonly rule: string;
}

/**
 * What a rule's check returns: the issue without its message. The message is written from the
 * locale table by `code` and `params`; `severity` defaults to the rule's.
 *
 * @category Validation
 * @example
 * ```ts
 * const raw: RawIssue = { code: "date_missing", path: ["document", "date"], params: {} };
 * ```
 */
export interface RawIssue<Code extends string = string> {
  readonly code: Code;
  readonly path: Path;
  readonly params?: Readonly<Record<string, unknown>>;
  /** Overrides the rule's severity for this finding. */
  readonly severity?: Severity;
  /**
   * A message already written in the requested locale, for findings that come from another
   * module with its own locale table (narrative checking) or from a vendor's own rules whose
   * codes are not in {@link VALIDATION_MESSAGES}. Used as is when present; built-in rules leave it
   * out (except the narrative rule, which passes on the narrative checker's own message).
   */
  readonly message?: string;
}

/**
 * Every code {@link validateReport} may give with the built-in rules: the rules' and the engine's
 * ({@link ValidationMessageCode}), the catalog's data rules (`data_rule_violated`), the narrative
 * checker's ({@link NarrativeCode}), the 766 scores' ({@link Score766Code}) and the schema's ({@link SchemaProblemCode}, for an input that
 * does not parse). Custom rules widen it with their own codes. A misspelt code in a comparison
 * with an issue's `code` does not compile.
 *
 * @category Validation
 * @example
 * ```ts
 * const issues = validateReport(report);
 * issues.filter((i) => i.code === "part_exceeds_whole"); // "part_exceed_whole" would not compile
 * ```
 */
export type ValidationIssueCode =
  | ValidationMessageCode
  | "data_rule_violated"
  | NarrativeCode
  | Score766Code
  | SchemaProblemCode;
