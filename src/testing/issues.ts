import { formatPath, type Path, type Problem, type Severity } from "../schema/problem.js";
import { VALIDATION_MESSAGES, validationMessage } from "../validation/messages.js";

/**
 * Finding issues in a result, for any test runner: by code, and optionally by path, severity,
 * rule and params. A failure says what was looked for and lists every issue found, each in
 * Vietnamese and in English, so the reader sees at once what the rules did say.
 */

/**
 * What the assertions accept: a list of issues (`validateReport`), or a result that carries
 * one (`validateInput`, `rollup`, `safeParseReport`'s failure).
 *
 * @category Testing
 * @example
 * ```ts
 * const a: IssuesLike = validateReport(report);
 * const b: IssuesLike = validateInput(json);
 * ```
 */
export type IssuesLike = readonly Problem[] | { readonly issues: readonly Problem[] };

/**
 * What an issue must also match, besides its code: its path (`"values.nv.duoc_giao"` as
 * `formatPath` writes it, or the path array), severity, rule id and some of its params.
 *
 * @category Testing
 * @example
 * ```ts
 * const q: IssueQuery = { path: "values.nv.duoc_giao", severity: "error", params: { totalValue: 16 } };
 * ```
 */
export interface IssueQuery {
  readonly path?: string | Path;
  readonly severity?: Severity;
  readonly rule?: string;
  /** Params the issue must carry with these values (compared as JSON); others are ignored. */
  readonly params?: Readonly<Record<string, unknown>>;
}

/**
 * An expected issue in {@link assertIssuesExactly} and `toHaveIssuesExactly`: a code alone, or a
 * code with a query.
 *
 * @category Testing
 * @example
 * ```ts
 * const e: ExpectedIssueLike[] = ["date_missing", { code: "breakdown_mismatch", path: "values.nv.duoc_giao" }];
 * ```
 */
export type ExpectedIssueLike = string | (IssueQuery & { readonly code: string });

/** The issues of an {@link IssuesLike}. */
export function issuesOf(x: IssuesLike): readonly Problem[] {
  if (Array.isArray(x)) return x as readonly Problem[];
  const inner = (x as { issues?: unknown }).issues;
  if (Array.isArray(inner)) return inner as readonly Problem[];
  throw new TypeError("Cần một danh sách vấn đề hoặc một kết quả có `issues` / expected a list of issues or a result with `issues`");
}

const json = (x: unknown) => JSON.stringify(x);

/**
 * Whether one issue has the code and matches the query.
 *
 * @category Testing
 * @example
 * ```ts
 * issueMatches(issue, "breakdown_mismatch", { path: ["values", "nv.duoc_giao"] }); // true
 * ```
 */
export function issueMatches(issue: Problem, code: string, query: IssueQuery = {}): boolean {
  if (issue.code !== code) return false;
  if (query.path !== undefined) {
    const ok = typeof query.path === "string" ? formatPath(issue.path) === query.path : json(issue.path) === json(query.path);
    if (!ok) return false;
  }
  if (query.severity !== undefined && issue.severity !== query.severity) return false;
  if (query.rule !== undefined && (issue as { rule?: string }).rule !== query.rule) return false;
  if (query.params) {
    for (const [k, v] of Object.entries(query.params)) if (json(issue.params[k]) !== json(v)) return false;
  }
  return true;
}

/**
 * The first issue with the code that matches the query, or `undefined`.
 *
 * @category Testing
 * @summary Find one issue by code and path.
 * @example
 * ```ts
 * findIssue(validateReport(report), "breakdown_mismatch", { path: "values.nv.duoc_giao" })?.params.totalValue; // 16
 * ```
 */
export function findIssue(issues: IssuesLike, code: string, query?: IssueQuery): Problem | undefined {
  return issuesOf(issues).find((i) => issueMatches(i, code, query));
}

const has = (table: object, code: string) => Object.prototype.hasOwnProperty.call(table, code);

/** The message of an issue in a locale: rewritten from the table when the code is there, else as given. */
function messageIn(issue: Problem, locale: "vi" | "en"): string {
  return has(VALIDATION_MESSAGES[locale], issue.code) ? validationMessage(locale, issue.code, issue.params) : issue.message;
}

/**
 * Every issue on a few lines each — code, severity, path, then the message in Vietnamese and in
 * English — as the assertions print them when they fail.
 *
 * @category Testing
 * @example
 * ```ts
 * describeIssues([]); // "Không có vấn đề nào / no issues."
 * ```
 */
export function describeIssues(issues: IssuesLike): string {
  const list = issuesOf(issues);
  if (list.length === 0) return "Không có vấn đề nào / no issues.";
  const lines = [`Các vấn đề tìm thấy / issues found (${list.length}):`];
  for (const i of list) {
    lines.push(`  - ${i.code} [${i.severity}] tại / at ${formatPath(i.path)}`);
    const vi = messageIn(i, "vi");
    const en = messageIn(i, "en");
    lines.push(`      vi: ${vi}`);
    if (en !== vi) lines.push(`      en: ${en}`);
  }
  return lines.join("\n");
}

/** "breakdown_mismatch tại / at values.nv.duoc_giao (error)" */
export function describeQuery(code: string, query: IssueQuery = {}): string {
  const parts = [code];
  if (query.path !== undefined) parts.push(`tại / at ${typeof query.path === "string" ? query.path : formatPath(query.path)}`);
  if (query.severity !== undefined) parts.push(`[${query.severity}]`);
  if (query.rule !== undefined) parts.push(`rule ${query.rule}`);
  if (query.params !== undefined) parts.push(`params ${json(query.params)}`);
  return parts.join(" ");
}

/**
 * Returns the issue with the code that matches the query; throws an `Error` listing every issue
 * found (Vietnamese and English) when there is none. For `node:test`, mocha, uvu…
 *
 * @category Testing
 * @summary Assert an issue, for any test runner.
 * @example
 * ```ts
 * import { test } from "node:test";
 * test("nhiệm vụ không khớp", () => {
 *   assertIssue(validateReport(report), "breakdown_mismatch", { path: "values.nv.duoc_giao" });
 * });
 * ```
 */
export function assertIssue(issues: IssuesLike, code: string, query?: IssueQuery): Problem {
  const found = findIssue(issues, code, query);
  if (found) return found;
  throw new Error(`Không thấy vấn đề / expected issue: ${describeQuery(code, query)}\n${describeIssues(issues)}`);
}

/**
 * Throws an `Error` listing every issue when there is one with severity `error`.
 *
 * @category Testing
 * @example
 * ```ts
 * assertNoErrors(validateReport(reportFor("40", "202602")));
 * ```
 */
export function assertNoErrors(issues: IssuesLike): void {
  const errors = issuesOf(issues).filter((i) => i.severity === "error");
  if (errors.length > 0) throw new Error(`Có ${errors.length} lỗi / expected no errors, found ${errors.length}\n${describeIssues(issues)}`);
}

/**
 * Matches issues against expectations one to one (in any order): the issues left over and the
 * expectations not met. Both empty means "exactly these issues".
 *
 * @category Testing
 * @example
 * ```ts
 * const { missing, unexpected } = matchIssuesExactly(issues, ["date_missing"]);
 * ```
 */
export function matchIssuesExactly(
  issues: IssuesLike,
  expected: readonly ExpectedIssueLike[],
): { readonly missing: readonly ExpectedIssueLike[]; readonly unexpected: readonly Problem[] } {
  const left = [...issuesOf(issues)];
  const missing: ExpectedIssueLike[] = [];
  for (const e of expected) {
    const [code, query] = typeof e === "string" ? [e, {}] : [e.code, e];
    const k = left.findIndex((i) => issueMatches(i, code, query));
    if (k < 0) missing.push(e);
    else left.splice(k, 1);
  }
  return { missing, unexpected: left };
}

/** The failure text of an exact match. */
export function describeExactly(issues: IssuesLike, expected: readonly ExpectedIssueLike[]): string {
  const { missing, unexpected } = matchIssuesExactly(issues, expected);
  const lines = [`Mong đợi đúng / expected exactly: ${expected.map((e) => (typeof e === "string" ? e : describeQuery(e.code, e))).join("; ") || "(không có / none)"}`];
  if (missing.length > 0) lines.push(`Thiếu / missing: ${missing.map((e) => (typeof e === "string" ? e : describeQuery(e.code, e))).join("; ")}`);
  if (unexpected.length > 0) lines.push(`Thừa / unexpected: ${unexpected.map((i) => `${i.code} tại / at ${formatPath(i.path)}`).join("; ")}`);
  lines.push(describeIssues(issues));
  return lines.join("\n");
}

/**
 * Throws an `Error` unless the issues are exactly the expected ones (one to one, any order).
 *
 * @category Testing
 * @example
 * ```ts
 * assertIssuesExactly(validateReport(report), [{ code: "breakdown_mismatch", path: "values.nv.duoc_giao" }]);
 * ```
 */
export function assertIssuesExactly(issues: IssuesLike, expected: readonly ExpectedIssueLike[]): void {
  const { missing, unexpected } = matchIssuesExactly(issues, expected);
  if (missing.length > 0 || unexpected.length > 0) throw new Error(describeExactly(issues, expected));
}
