// Bundles app.js with the package's browser build into bundle.js (esbuild, which the package's
// dev dependencies bring). In the repository, after `npm run build`: `node examples/web-form/build.mjs`,
// then serve the folder with any static server (`python3 -m http.server -d examples/web-form`).
// In your own project, `npm install de-an-06 esbuild` and bundle app.js the same way without the plugin.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const dist = fileURLToPath(new URL("../../dist/", import.meta.url));

await build({
  entryPoints: [`${here}app.js`],
  outfile: `${here}bundle.js`,
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  plugins: [
    {
      // The package itself, from this repository's dist/ (the files the browser condition exports).
      name: "de-an-06-from-dist",
      setup(b) {
        b.onResolve({ filter: /^de-an-06(\/render)?$/ }, (args) => ({ path: `${dist}${args.path === "de-an-06" ? "index.js" : "render/index.js"}` }));
      },
    },
  ],
});
console.log(`${here}bundle.js`);
