/**
 * The package as a consumer receives it: `npm pack`, then publint (package.json fields,
 * exports, formats) and Are The Types Wrong (types resolve for node10, node16 CJS/ESM and
 * bundlers) on the tarball, both with no problems at all; then the tarball installed with
 * `--engine-strict` on this Node (every dependency's `engines` must hold) and used as an
 * application would: the CLI's `demo` and an import of each entry.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { publint } from "publint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./built.js";
import { packedTarball } from "./packed.js";

let dir = "";
let tarball = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "de-an-06-app-"));
  // The run's one `npm pack` of dist/ as built (packed.ts), shared with external-testing.test.ts.
  tarball = packedTarball();
}, 240_000);

// The directory holds an installed application (node_modules): removing it takes a while on a
// loaded machine.
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 120_000);

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

  it("ships the built entries, the CLI, the demo's seed reports and the notices, and no sources or tests", () => {
    const listing = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n").filter(Boolean);
    for (const f of ["package/dist/index.js", "package/dist/index.cjs", "package/dist/render/index.js", "package/dist/communes/index.js", "package/dist/testing/index.js", "package/dist/testing/vitest.js", "package/dist/cli/main.js", "package/LICENSE", "package/NOTICE.md", "package/README.md"]) {
      expect(listing).toContain(f);
    }
    // `demo` validates the three seed reports: they ship, and nothing else from test/ does (not the
    // constructed national report, nor the v1 encodings).
    const fixtures = readdirSync(join(ROOT, "test/fixtures")).filter((f) => /^00\d-.*\.json$/.test(f));
    expect(fixtures.length).toBe(3);
    for (const f of fixtures) expect(listing).toContain(`package/test/fixtures/${f}`);
    expect(listing.filter((f) => f.startsWith("package/test/fixtures/"))).toHaveLength(3);
    expect(listing.filter((f) => /^package\/(src|test|bench)\//.test(f) && !/^package\/test\/fixtures\/[^/]+\.json$/.test(f))).toEqual([]);
  });
});

describe("the tarball installed in an application (npm install --engine-strict)", () => {
  let app = "";
  beforeAll(() => {
    app = join(dir, "app");
    execFileSync("mkdir", ["-p", app]);
    writeFileSync(join(app, "package.json"), `${JSON.stringify({ name: "app", private: true, type: "module" })}\n`);
    // The dependencies come from npm's cache when `npm ci` filled it; the registry otherwise.
    const install = spawnSync("npm", ["install", "--engine-strict", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", tarball], {
      cwd: app,
      encoding: "utf8",
    });
    if (install.status !== 0) throw new Error(`npm install --engine-strict thất bại:\n${install.stderr}`);
  }, 240_000);

  it("installs on this Node with no engine warning, docx's nanoid included", () => {
    const lock = JSON.parse(readFileSync(join(app, "package-lock.json"), "utf8")) as { packages: Record<string, { engines?: { node?: string } }> };
    expect(Object.keys(lock.packages)).toContain("node_modules/de-an-06");
    const nanoid = Object.entries(lock.packages).find(([k]) => k.endsWith("node_modules/nanoid"));
    expect(nanoid?.[1].engines?.node).not.toMatch(/\^22/);
  });

  it("imports every entry by name, ESM and CommonJS", () => {
    const code = `
      const core = await import("de-an-06");
      const render = await import("de-an-06/render");
      const communes = await import("de-an-06/communes");
      const { createRequire } = await import("node:module");
      const cjs = createRequire(import.meta.url)("de-an-06");
      console.log(typeof core.parseReport, typeof render.renderDocx, communes.UNITS_2025.units.length > 3000, typeof cjs.validateReport);`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: app, encoding: "utf8" });
    expect(out.trim()).toBe("function function true function");
  });

  it("runs `de-an-06 demo` from the installed package", () => {
    const demo = spawnSync(join(app, "node_modules/.bin/de-an-06"), ["demo", "--out", "out"], { cwd: app, encoding: "utf8" });
    expect(demo.stderr).toBe("");
    expect(demo.status).toBe(0);
    expect(demo.stdout).toContain("Kiểm tra 3 báo cáo mẫu");
    expect(existsSync(join(app, "out/toan-quoc.docx"))).toBe(true);
  }, 120_000);
});
