/**
 * Vitest global set-up: builds the package when `dist/` is missing, so that `npm run test:unit`
 * (and `npx vitest run`) works on a fresh clone. The package, CLI and documentation tests read the
 * built files (`built()` in ./built.ts); `npm test` builds first and this finds them there. An
 * existing build is used as it is: after changing the sources, `npm run build` (or `npm test`)
 * refreshes it.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./built.js";

/** One file of each build the tests read (tsup.config.ts): per-module ESM, CommonJS, declarations, Node bundle, CLI. */
export const BUILD_MARKERS = ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/node/index.js", "dist/cli/main.js"];

export default function buildWhenMissing(): void {
  const missing = BUILD_MARKERS.filter((f) => !existsSync(join(ROOT, f)));
  if (missing.length === 0) return;
  process.stderr.write(`dist/ chưa được build (thiếu ${missing.join(", ")}): chạy npm run build trước khi kiểm thử…\n`);
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const run = spawnSync(npm, ["run", "build"], { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  if (run.status !== 0) throw new Error(`npm run build thất bại (mã ${String(run.status ?? run.signal)}): các kiểm thử gói và dòng lệnh cần dist/.`);
}
