/**
 * `de-an-06/testing`: what people who write unit tests against the rules need — builders of
 * minimal valid reports for real units, generators for property tests (fast-check, passed in),
 * matchers for vitest and jest and assertions for any runner, and golden tests of rendered
 * documents by text. A test-only entry: the core and render entries never import it, and its
 * test dependencies (fast-check, vitest) are optional peer dependencies. It imports neither: the
 * generators take your `fc`, and vitest users add `de-an-06/testing/vitest` to their setup files
 * (it registers the matchers and their types).
 *
 * @module
 */
export {
  childrenOf,
  editReport,
  monthSeries,
  reportFor,
  withFigures,
  withParagraph,
  withStated,
  withValues,
  type FamilyOptions,
  type ParagraphPlace,
  type ReportChange,
  type ReportEdit,
  type ReportOverrides,
  type UnitRef,
} from "./builders.js";
export type { DeepPartial } from "./merge.js";
export { parseStated } from "./stated.js";
export { communesOf, unitOf } from "./units.js";
export { generateCommuneReport, generateCountry, type CountryOptions, type SampleContext, type SampleOptions } from "./sample.js";
export type { Arbitrary, FastCheckLike } from "./fast-check.js";
export {
  BREAKABLE_CODES,
  figureSetArb,
  inconsistentFiguresArb,
  reportArb,
  viNumberArb,
  type BreakableCode,
  type ExpectedIssue,
  type FigureSetOptions,
  type GeneratedFigures,
  type InconsistentFigures,
  type InconsistentOptions,
  type ReportArbOptions,
  type WrittenNumber,
  type WrittenNumberKind,
} from "./arbitraries.js";
export {
  assertIssue,
  assertIssuesExactly,
  assertNoErrors,
  describeIssues,
  findIssue,
  issueMatches,
  matchIssuesExactly,
  type ExpectedIssueLike,
  type IssueQuery,
  type IssuesLike,
} from "./issues.js";
export { deIssueMatchers, type DeIssueMatchers, type IssueMatcherContext, type IssueMatcherResult } from "./matchers.js";
export { docxText } from "./docx-text.js";
export { checkGolden, compareGoldenText, renderedText, type DocumentRenderer, type GoldenResult } from "./golden.js";
