import type { Path, Problem, Severity } from "../schema/problem.js";

/**
 * What validation finds: the same shape as a schema {@link Problem} (`code`, `severity`,
 * `path`, `message`, `params`), plus the id of the rule that found it, so a UI can show the
 * rule's description or let the user switch it off.
 */

/**
 * One issue found in a report by {@link validateReport}. Compatible with {@link Problem}: schema
 * problems and rule findings travel in one list.
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
export interface ValidationIssue extends Problem {
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
export interface RawIssue {
  readonly code: string;
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
