/**
 * Shared by the package checks: where the package root and the built files are. These tests
 * read `dist/` as `npm run build` leaves it (`npm test` builds first); run alone they say so.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The absolute path of a built file, or an error telling the reader to build first. */
export function built(relative: string): string {
  const file = join(ROOT, "dist", relative);
  if (!existsSync(file)) {
    throw new Error(`${relative} chưa được build: chạy \`npm run build\` trước (npm test tự làm việc này).`);
  }
  return file;
}

/**
 * Bundles and minifies built code the way a browser application would (ESM): the whole of
 * `entry`, or only `imports` from it (tree-shaken). zod is left out (`withZod` false, the
 * application brings its own copy) or bundled in (`withZod` true, what the user downloads).
 * Returns the bytes, their gzip size and the input files with bytes in the output.
 */
export async function bundleApp(entry: string, imports?: string, { withZod = false }: { withZod?: boolean } = {}) {
  const result = await build({
    ...(imports === undefined
      ? { entryPoints: [entry] }
      : { stdin: { contents: `export { ${imports} } from ${JSON.stringify(entry)};`, resolveDir: ROOT, loader: "js" as const } }),
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    external: withZod ? ["docx"] : ["zod", "zod/*"],
    charset: "utf8",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
  // Files esbuild read but tree-shook away entirely are not in the output.
  const output = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  const inputs = Object.keys(output).filter((i) => (output[i]?.bytesInOutput ?? 0) > 0);
  return { bytes, gzip: gzipSync(bytes, { level: 9 }).length, inputs };
}

/** Module hooks (run in Node's loader thread) that name every module loaded, on stderr. */
const HOOKS = `import { writeSync } from "node:fs";
export async function load(url, context, next) { writeSync(2, "@@module " + url + "\\n"); return next(url, context); }`;
const REGISTER = `import { register } from "node:module"; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});`;

/**
 * Runs `node <args>` in a fresh process and lists every module it loaded (file URLs, `node:`
 * built-ins included), with its exit status and stdout.
 */
export function loadedModules(args: readonly string[], cwd: string = ROOT): { modules: string[]; status: number | null; stdout: string } {
  const run = spawnSync(process.execPath, ["--import", `data:text/javascript,${encodeURIComponent(REGISTER)}`, ...args], {
    cwd,
    encoding: "utf8",
  });
  const modules = run.stderr
    .split("\n")
    .filter((l) => l.startsWith("@@module "))
    .map((l) => l.slice("@@module ".length));
  return { modules, status: run.status, stdout: run.stdout };
}
