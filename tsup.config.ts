import { readFileSync } from "node:fs";
import { defineConfig, type Options } from "tsup";
import { asciiOutput } from "./scripts/ascii-output.js";
import { startupOutput } from "./scripts/startup-output.js";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

const entry = {
  index: "src/index.ts",
  "render/index": "src/render/index.ts",
  "communes/index": "src/communes/index.ts",
  "testing/index": "src/testing/index.ts",
  // A vitest setup module (registers the matchers and their types); imports vitest, a peer.
  "testing/vitest": "src/testing/vitest.ts",
};

// What every Node ESM bundle of dist/node shares: date-fns inlined, source maps, no declarations.
const nodeEsm = {
  outDir: "dist/node",
  format: ["esm"],
  platform: "node",
  target: "node20",
  treeshake: true,
  noExternal: [/^date-fns/],
  sourcemap: true,
  clean: false,
  dts: false,
} satisfies Options;

// `npm run build` empties dist/ first; the configs below run side by side and never clean.
export default defineConfig([
  // ESM, one file per source module (like date-fns): an application's bundler keeps only the
  // modules it imports ("sideEffects": false), so parsing a report does not ship the catalog,
  // the validation rules or the message tables (test/package/size.test.ts measures it).
  // The core entry never reaches `docx` (test/package/bundle.test.ts).
  {
    // src/sample is reached only through the testing entry (which re-exports the generator).
    entry: ["src/**/*.ts", "!src/cli/**"],
    bundle: false,
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "es2022",
  },
  // Declarations of the entries for `import` (.d.ts) and `require` (.d.cts), bundled from the
  // per-module declarations that `tsc -p tsconfig.build.json` wrote to .tsbuild/types just before
  // (`npm run build` runs it first; it also type-checks the modules the entries reach). Given
  // .d.ts files, rollup-plugin-dts only joins them: no second TypeScript program (tsup compiling
  // the sources itself took 36–41 s of CPU, tsc + this step 23–27 s, measured side by side; the
  // output is the same byte for byte but for the chunks' names). One rollup, written twice.
  {
    entry,
    format: ["esm", "cjs"],
    dts: { only: true, entry: Object.fromEntries(Object.entries(entry).map(([name, file]) => [name, file.replace(/^src\//, ".tsbuild/types/").replace(/\.ts$/, ".d.ts")])) },
    clean: false,
  },
  // CommonJS (.cjs), bundled per entry; its declarations come from the config above.
  {
    entry,
    format: ["cjs"],
    dts: false,
    sourcemap: true,
    clean: false,
    treeshake: true,
    target: "es2022",
    splitting: true,
  },
  // ESM for Node (the "node" export condition): the same three entries bundled, shared code in
  // chunks, date-fns inlined. Node loads ES modules one file at a time (read, compile, link), and
  // the per-module build above costs ~80 files at start-up; this one loads a handful besides zod.
  // Bundlers for the browser keep the per-module files (and their tree-shaking).
  // Start-up (issue 17) also pays to decode and parse the text: written without whitespace and
  // comments (names kept; the source maps lead back to the sources) and in pure ASCII (see
  // scripts/ascii-output.ts), the core's files decode and compile in ~10 ms less per import
  // (median of 40 imports of copies side by side: 47 → 36 ms). The core's file is also written
  // with minifySyntax (15 kB less; names and stack traces unchanged) and scripts/startup-output.ts
  // creates its module-level patterns with `new RegExp` (parsed once, not twice) and parses its
  // large JSON-only tables with JSON.parse: compile of the file 41 → 39 ms (vm.Script, median of 15
  // fresh processes), and bench/startup in CPU time 1,28 / 1,28 / 1,29 → 1,26 / 1,21 / 1,13 × zod
  // (the two builds in turn, three runs each, load 9–15; wall time at that load is noise).
  // The same plugin creates a module-level pattern that only the module reads on first use
  // (226 → 36 patterns created by the import): the core's top level runs in 2,8 ms instead of
  // 7,6 (zod loaded first, median of 20 fresh processes side by side). And it writes the ~430
  // arrows that are values of top-level object literals (the message tables) as methods, which
  // V8 pre-parses in a module where it parses an arrow in full: compile 51,4 → 47,7 ms CPU.
  // It also writes the large catalogs (arrays of object literals holding shared values) as rows
  // built by one object literal per shape, and the schemas' builders (`lazySchema(() => …)`) as
  // function expressions: compile + top level 35,7 → 32,9 ms CPU (p25 of 31 fresh processes).
  // The core entry is one file of its own: with chunks shared with render and communes, Node
  // linked ~450 imported names across four files at every start; alone it loads one file, and
  // imports in ~5 ms wall / ~13 ms CPU less (20 alternating imports of copies, load 1–2). Render
  // and communes share their chunks; like the testing entries, they carry their own copy of the
  // core's pure functions (no state is shared, so nothing depends on which copy runs).
  { ...nodeEsm, entry: { index: entry.index }, splitting: false, minifyWhitespace: true, minifySyntax: true, plugins: [startupOutput(), asciiOutput()] },
  {
    ...nodeEsm,
    entry: { "render/index": entry["render/index"], "communes/index": entry["communes/index"] },
    splitting: true,
    minifyWhitespace: true,
    plugins: [startupOutput(), asciiOutput()],
  },
  // The testing entries for Node, bundled on their own: built with the three above, their shared
  // chunks would split the core into twice as many files at start-up. They carry their own copy
  // of the core's pure functions (no state is shared, so nothing depends on which copy runs).
  { ...nodeEsm, entry: { "testing/index": entry["testing/index"], "testing/vitest": entry["testing/vitest"] }, splitting: false },
  // The CLI, ESM only, for Node.
  {
    entry: { "cli/main": "src/cli/main.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    define: { __DE_AN_06_VERSION__: JSON.stringify(version) },
    clean: false,
    dts: false,
  },
]);
