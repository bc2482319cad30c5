import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// Three library entries (core, render, communes) in ESM + CJS with types, and the CLI as ESM only.
// The core entry must never pull in `docx`; test/package/bundle.test.ts checks the built file.
export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      "render/index": "src/render/index.ts",
      "communes/index": "src/communes/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    target: "es2022",
    splitting: true,
  },
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
