import {
  describeExactly,
  describeIssues,
  describeQuery,
  findIssue,
  issuesOf,
  matchIssuesExactly,
  type ExpectedIssueLike,
  type IssueQuery,
  type IssuesLike,
} from "./issues.js";

/**
 * Matchers for vitest and jest, registered with `expect.extend(deIssueMatchers)`. They only use
 * the shape both runners give a matcher (`this.isNot`, a `{ pass, message }` result), so this
 * entry imports neither runner.
 */

/**
 * The matchers' signatures, for augmenting a runner's `expect` types. vitest's `Assertion` is
 * augmented by this entry (through its `Matchers` interface); for jest, add
 * `declare global { namespace jest { interface Matchers<R> extends DeIssueMatchers<R> {} } }`.
 *
 * @category Testing
 * @example
 * ```ts
 * // jest (with @types/jest), in a .d.ts of your tests:
 * declare global {
 *   namespace jest {
 *     interface Matchers<R> extends DeIssueMatchers<R> {}
 *   }
 * }
 * ```
 */
export interface DeIssueMatchers<R = unknown> {
  /** Passes when some issue has the code and matches the query (path, severity, rule, params). */
  toHaveIssue(code: string, query?: IssueQuery): R;
  /** Passes when no issue has severity `error`. */
  toHaveNoErrors(): R;
  /** Passes when the issues are exactly the expected ones, one to one, in any order. */
  toHaveIssuesExactly(expected: readonly ExpectedIssueLike[]): R;
}

/**
 * What a matcher reads from the runner (`this` inside a matcher): vitest and jest both give it.
 *
 * @category Testing
 * @example
 * ```ts
 * deIssueMatchers.toHaveNoErrors.call({ isNot: false } satisfies IssueMatcherContext, []).pass; // true
 * ```
 */
export interface IssueMatcherContext {
  readonly isNot?: boolean;
}

/**
 * What a matcher returns to the runner: whether it passed, and the failure text (Vietnamese, then
 * English, then every issue found).
 *
 * @category Testing
 * @example
 * ```ts
 * const r: IssueMatcherResult = deIssueMatchers.toHaveIssue.call({}, [], "date_missing");
 * r.pass; // false
 * ```
 */
export interface IssueMatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

function guard(received: unknown): IssuesLike | IssueMatcherResult {
  try {
    issuesOf(received as IssuesLike);
    return received as IssuesLike;
  } catch (e) {
    return { pass: false, message: () => (e as Error).message };
  }
}
const failed = (x: IssuesLike | IssueMatcherResult): x is IssueMatcherResult => typeof (x as IssueMatcherResult).message === "function";

/**
 * The matchers, for `expect.extend(deIssueMatchers)` in vitest or jest (in a setup file, or at the
 * top of a test file). Each accepts a list of issues or a result carrying `issues`.
 *
 * @category Testing
 * @summary `toHaveIssue`, `toHaveNoErrors`, `toHaveIssuesExactly`.
 * @example
 * ```ts
 * import { expect } from "vitest";
 * import { deIssueMatchers } from "de-an-06/testing";
 * expect.extend(deIssueMatchers);
 *
 * expect(validateReport(report)).toHaveIssue("breakdown_mismatch", { path: "values.nv.duoc_giao" });
 * expect(validateReport(reportFor("40", "202602"))).toHaveNoErrors();
 * expect(issues).toHaveIssuesExactly(["date_missing"]);
 * ```
 */
export const deIssueMatchers = {
  toHaveIssue(this: IssueMatcherContext, received: unknown, code: string, query?: IssueQuery): IssueMatcherResult {
    const issues = guard(received);
    if (failed(issues)) return issues;
    const found = findIssue(issues, code, query);
    return {
      pass: found !== undefined,
      message: () =>
        found === undefined
          ? `Không thấy vấn đề / expected issue: ${describeQuery(code, query)}\n${describeIssues(issues)}`
          : `Không mong có vấn đề / expected no issue: ${describeQuery(code, query)}\n${describeIssues(issues)}`,
    };
  },
  toHaveNoErrors(this: IssueMatcherContext, received: unknown): IssueMatcherResult {
    const issues = guard(received);
    if (failed(issues)) return issues;
    const errors = issuesOf(issues).filter((i) => i.severity === "error").length;
    return {
      pass: errors === 0,
      message: () =>
        errors > 0
          ? `Có ${errors} lỗi / expected no errors, found ${errors}\n${describeIssues(issues)}`
          : `Không có lỗi nào / expected errors, found none\n${describeIssues(issues)}`,
    };
  },
  toHaveIssuesExactly(this: IssueMatcherContext, received: unknown, expected: readonly ExpectedIssueLike[]): IssueMatcherResult {
    const issues = guard(received);
    if (failed(issues)) return issues;
    const { missing, unexpected } = matchIssuesExactly(issues, expected);
    const pass = missing.length === 0 && unexpected.length === 0;
    return {
      pass,
      message: () => (pass ? `Không mong đúng các vấn đề này / expected other issues\n${describeIssues(issues)}` : describeExactly(issues, expected)),
    };
  },
};
