/**
 * The package as a consumer receives it: `npm pack`, then publint (package.json fields,
 * exports, formats) and Are The Types Wrong (types resolve for node10, node16 CJS/ESM and
 * bundlers) on the tarball, both with no problems at all.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, openSync, closeSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { publint } from "publint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, built } from "./built.js";

let dir = "";
let tarball = "";

beforeAll(() => {
  built("index.js");
  dir = mkdtempSync(join(tmpdir(), "de-an-06-pack-"));
  execFileSync("npm", ["pack", "--silent", "--pack-destination", dir], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  const name = readdirSync(dir).find((f) => f.endsWith(".tgz"));
  if (!name) throw new Error("npm pack không tạo ra tệp .tgz");
  tarball = join(dir, name);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the packed tarball", () => {
  it("has no publint messages, suggestions included (strict)", async () => {
    const bytes = readFileSync(tarball);
    const { messages } = await publint({
      pkgDir: "package",
      pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
      level: "suggestion",
      strict: true,
    });
    expect(messages).toEqual([]);
  });

  it("has no Are-The-Types-Wrong problems for any entry or resolution mode", () => {
    // attw exits before a piped stdout is flushed past 64 kB, so its JSON goes to a file.
    const out = join(dir, "attw.json");
    const fd = openSync(out, "w");
    let status: number | null = null;
    try {
      status = spawnSync(join(ROOT, "node_modules/.bin/attw"), [tarball, "--format", "json"], {
        cwd: ROOT,
        stdio: ["ignore", fd, "pipe"],
      }).status;
    } finally {
      closeSync(fd);
    }
    const report = JSON.parse(readFileSync(out, "utf8")) as {
      analysis: { entrypoints: Record<string, unknown> };
      problems?: unknown[] | Record<string, unknown>;
    };
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual([".", "./communes", "./package.json", "./render", "./testing", "./testing/vitest"]);
    expect(Object.values(report.problems ?? {})).toEqual([]);
    expect(status).toBe(0);
  });

  it("ships the built entries, the CLI and the notices, and no sources or tests", () => {
    const listing = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n").filter(Boolean);
    for (const f of ["package/dist/index.js", "package/dist/index.cjs", "package/dist/render/index.js", "package/dist/communes/index.js", "package/dist/testing/index.js", "package/dist/testing/vitest.js", "package/dist/cli/main.js", "package/LICENSE", "package/NOTICE.md", "package/README.md"]) {
      expect(listing).toContain(f);
    }
    expect(listing.filter((f) => /^package\/(src|test|bench)\//.test(f))).toEqual([]);
  });
});
