/**
 * Problems are data (DESIGN §4): every module reports what is wrong as a list of
 * `{ code, severity, path, message, params }`, with the message in Vietnamese by default.
 */

/**
 * How serious a problem is: `error` blocks, `warning` and `info` inform.
 *
 * @category Schema
 * @example
 * ```ts
 * const s: Severity = "warning";
 * ```
 */
export type Severity = "error" | "warning" | "info";

/**
 * Message language; Vietnamese is the default everywhere.
 *
 * @category Schema
 * @example
 * ```ts
 * validateReport(report, { locale: "en" satisfies Locale });
 * ```
 */
export type Locale = "vi" | "en";

/**
 * A path into a report or input value, as zod writes it.
 *
 * @category Schema
 * @example
 * ```ts
 * const p: Path = ["body", 1, "children", 0, "paragraphs", 2];
 * formatPath(p); // "body[1].children[0].paragraphs[2]"
 * ```
 */
export type Path = readonly (string | number)[];

/**
 * One problem found in a report or an input: machine-readable `code` and `params`,
 * a human `message` (Vietnamese unless `locale: "en"` was asked for) and the exact `path`.
 * `Code` is the union of codes it may have (any string by default).
 *
 * @category Schema
 * @example
 * ```ts
 * const p: Problem = {
 *   code: "invalid_type",
 *   severity: "error",
 *   path: ["values", "hs.tiep_nhan"],
 *   message: 'Trường "values.hs.tiep_nhan": cần một số nguyên, nhận được chuỗi.',
 *   params: { expected: "int", received: "string" },
 * };
 * ```
 */
export interface Problem<Code extends string = string> {
  /**
   * Stable snake_case code, e.g. `invalid_type`, `unit_unknown`, `part_exceeds_whole`. Each
   * module's results narrow it to the union of its codes ({@link SchemaProblemCode},
   * `ValidationIssueCode`, `RollupProblemCode`…), so that a misspelt code in a comparison does
   * not compile.
   */
  readonly code: Code;
  readonly severity: Severity;
  readonly path: Path;
  readonly message: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * Writes a path the way messages print it: `body[1].children[0].paragraphs[2]`, `values.hs.tiep_nhan`.
 *
 * @category Schema
 * @example
 * ```ts
 * formatPath(["body", 1, "children", 0, "paragraphs", 2]); // "body[1].children[0].paragraphs[2]"
 * formatPath([]);                                // "(gốc)"
 * ```
 */
export function formatPath(path: Path, locale: Locale = "vi"): string {
  if (path.length === 0) return locale === "vi" ? "(gốc)" : "(root)";
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out === "" ? seg : `.${seg}`;
  }
  return out;
}
