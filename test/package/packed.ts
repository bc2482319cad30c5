/**
 * One `npm pack` of the built package per test run, shared by the package tests that need the
 * tarball (shape.test.ts, external-testing.test.ts): the first to ask packs, into the run's
 * directory that global-pack.ts provides; a test file that asks meanwhile (another worker) waits
 * for it. `--ignore-scripts`: `prepack` would rebuild dist/ under the other tests' feet, and
 * `npm test` has just built it (prepack.test.ts checks that `npm pack` builds on a fresh clone).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";
import { ROOT, built } from "./built.js";
import type {} from "./global-pack.js";

/** The absolute path of this run's tarball of the package, packed on first use. */
export function packedTarball(): string {
  built("index.js");
  const dir = inject("packDir");
  const ready = join(dir, "tarball.txt");
  const failed = join(dir, "failed.txt");
  try {
    mkdirSync(join(dir, "lock"));
  } catch {
    return waitFor(ready, failed);
  }
  try {
    execFileSync("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", dir], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    const name = readdirSync(dir).find((f) => f.endsWith(".tgz"));
    if (!name) throw new Error("npm pack không tạo ra tệp .tgz");
    writeFileSync(`${ready}.tmp`, join(dir, name));
    renameSync(`${ready}.tmp`, ready);
    return join(dir, name);
  } catch (error) {
    writeFileSync(failed, String(error));
    throw error;
  }
}

function waitFor(ready: string, failed: string): string {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (existsSync(ready)) return readFileSync(ready, "utf8");
    if (existsSync(failed)) throw new Error(`npm pack thất bại (ở tệp kiểm thử khác):\n${readFileSync(failed, "utf8")}`);
    Atomics.wait(pause, 0, 0, 100);
  }
  throw new Error("Hết 180 s chờ npm pack ở tệp kiểm thử khác.");
}
