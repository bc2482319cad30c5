import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    // The guides' code imports the package by name; in tests that name means the sources.
    alias: [
      { find: /^de-an-06$/, replacement: src("index.ts") },
      { find: /^de-an-06\/(render|communes|testing)$/, replacement: src("$1/index.ts") },
      { find: /^de-an-06\/testing\/vitest$/, replacement: src("testing/vitest.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    // The headless-Chromium test runs on its own: `npm run test:browser` (test/browser/vitest.config.ts).
    exclude: ["test/browser/**", "**/node_modules/**"],
    // The type tests (*.test-d.ts) when vitest runs alone (`npm run test:unit`). `npm test` turns
    // this pass off (`--typecheck.enabled=false`): its `tsc --noEmit -p .` step already compiles
    // every *.test-d.ts (tsconfig.json includes test/), and a broken type test fails that step.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
    // One module graph per worker, not one per test file: the tests share no mutable state (no
    // module mocks, spies restored), and evaluating src/ and zod again for each of 90 files was
    // half the suite's CPU time (docs/performance.md).
    isolate: false,
    // Every core: vitest's default leaves one free (one worker on a 2-core machine), and half the
    // files wait on processes they spawn (CLI, npm, tsc), so two workers took the suite from
    // 4 min 42 s to 2 min 14 s wall at load 4–5 on this 2-core machine, for the same CPU time.
    maxWorkers: availableParallelism(),
    testTimeout: 60_000,
    // Builds dist/ when it is missing (a fresh clone): the package and CLI tests read it. Then a
    // directory for the run's one `npm pack` (test/package/packed.ts).
    globalSetup: ["test/package/global-build.ts", "test/package/global-pack.ts"],
  },
});
