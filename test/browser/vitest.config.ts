import { defineConfig } from "vitest/config";

// `npm run test:browser`: the headless-Chromium test, kept out of `npm test` (it needs Debian's
// chromium package, which .ci/run installs).
export default defineConfig({
  test: {
    root: new URL("../..", import.meta.url).pathname,
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
