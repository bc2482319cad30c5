/**
 * `npm pack` on a fresh clone (what docs/tich-hop.md tells integrators to do) builds first:
 * `prepack` runs the build, so the tarball holds the code even where no one ran `npm run build`.
 * The clone is the repository's tracked files copied to a temporary directory, with this
 * checkout's node_modules linked in; `npm pack --dry-run --json` lists what would ship.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./built.js";

let clone = "";
let files: string[] = [];

beforeAll(() => {
  clone = mkdtempSync(join(tmpdir(), "de-an-06-clone-"));
  const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const f of tracked) {
    if (!existsSync(join(ROOT, f))) continue;
    mkdirSync(dirname(join(clone, f)), { recursive: true });
    cpSync(join(ROOT, f), join(clone, f));
  }
  symlinkSync(join(ROOT, "node_modules"), join(clone, "node_modules"), "dir");
  const pack = spawnSync("npm", ["pack", "--dry-run", "--json"], { cwd: clone, encoding: "utf8" });
  if (pack.status !== 0) throw new Error(`npm pack --dry-run thất bại:\n${pack.stderr}`);
  // The prepack build logs to stdout before npm's JSON (some of its lines hold "["): the JSON is
  // the array that opens on a line of its own.
  const start = pack.stdout.search(/^\[\s*$/m);
  if (start < 0) throw new Error(`npm pack --dry-run --json không in JSON:\n${pack.stdout.slice(-2000)}`);
  const [result] = JSON.parse(pack.stdout.slice(start)) as { files: { path: string }[] }[];
  files = (result?.files ?? []).map((f) => f.path);
}, 400_000);

afterAll(() => {
  if (clone) rmSync(clone, { recursive: true, force: true });
});

describe("npm pack on a clone that was never built", () => {
  it("has no dist/ before packing", () => {
    expect(execFileSync("git", ["ls-files", "dist"], { cwd: ROOT, encoding: "utf8" })).toBe("");
  });

  it("builds in prepack: the entries, their types and the CLI are in the tarball", () => {
    for (const f of ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/render/index.js", "dist/communes/index.js", "dist/cli/main.js", "package.json", "README.md", "LICENSE", "NOTICE.md"]) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => f.startsWith("test/")).sort()).toEqual([
      "test/fixtures/002-son-la-vp-ubnd.json",
      "test/fixtures/003-nghe-an-2026-02.json",
      "test/fixtures/004-dong-cuu-2026-05.json",
    ]);
    expect(files.filter((f) => /^(src|bench|scripts|docs)\//.test(f))).toEqual([]);
  });
});
