/**
 * `de-an-06/testing/vitest`: a vitest setup module. Importing it (from `setupFiles` in the vitest
 * config, or at the top of a test file) registers the issue matchers with vitest's `expect` and
 * adds their types to `expect(…)`. Kept apart from `de-an-06/testing`, which imports no test
 * runner, so jest and node:test users never need vitest installed or its types resolvable.
 *
 * @example
 * ```ts
 * // vitest.config.ts
 * export default defineConfig({ test: { setupFiles: ["de-an-06/testing/vitest"] } });
 * ```
 *
 * @module
 */
import { expect } from "vitest";
import { deIssueMatchers, type DeIssueMatchers } from "./matchers.js";

expect.extend(deIssueMatchers);

// vitest's `Assertion<T>` extends its `Matchers<T>` (re-exported from @vitest/expect): augmenting
// `Matchers` is what vitest ≥ 3.2 documents, and it reaches `expect(x)`; augmenting the
// re-exported `Assertion` does not merge (tsc reports the matcher missing).
declare module "vitest" {
  // Type parameters must match vitest's own declaration to merge.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-empty-object-type
  interface Matchers<T = any> extends DeIssueMatchers<T> {}
}
