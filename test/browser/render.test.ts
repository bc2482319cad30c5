/**
 * The SDK in a real browser: the built core (`dist/index.js`) and render (`dist/render/index.js`)
 * entries, bundled for the browser, load in headless Chromium; a seed report is parsed,
 * validated and rendered to .docx inside the page, and the bytes come back for checking.
 */
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, built } from "../package/built.js";
import { bundleForBrowser, launch, serve } from "./browser.js";

const FIXTURE = join(ROOT, "test/fixtures/004-dong-cuu-2026-05.json");

const PAGE_SCRIPT = `
import { parseReport, validateReport, formatViNumber } from "./dist/index.js";
import { renderDocx } from "./dist/render/index.js";
window.runDemo = async (json) => {
  const report = parseReport(json);
  const issues = validateReport(report);
  const bytes = await renderDocx(report);
  return {
    unit: report.unit.name,
    issues: issues.length,
    formatted: formatViNumber(3454035),
    isUint8Array: bytes instanceof Uint8Array,
    head: Array.from(bytes.subarray(0, 4)),
    size: bytes.length,
  };
};
window.ready = true;
`;

let server: Server | undefined;
let url = "";
let session: Awaited<ReturnType<typeof launch>> | undefined;

beforeAll(async () => {
  built("index.js");
  built("render/index.js");
  const js = await bundleForBrowser(PAGE_SCRIPT, ROOT);
  const html = `<!doctype html><meta charset="utf-8"><title>de-an-06</title><script type="module" src="/app.js"></script>`;
  ({ server, url } = await serve({
    "/": ["text/html; charset=utf-8", html],
    "/app.js": ["text/javascript; charset=utf-8", js],
    "/report.json": ["application/json; charset=utf-8", readFileSync(FIXTURE, "utf8")],
  }));
  session = await launch();
});

afterAll(async () => {
  await session?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
});

describe("in headless Chromium", () => {
  it("parses, validates and renders a seed report to a .docx in the page", async () => {
    const page = await session!.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${url}/`);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    const result = await page.evaluate(async () => {
      const json = (await (await fetch("/report.json")).json()) as unknown;
      const w = window as unknown as { runDemo: (j: unknown) => Promise<Record<string, unknown>> };
      return w.runDemo(json);
    });
    expect(errors).toEqual([]);
    expect(result.unit).toBe("Xã Đông Cứu");
    expect(result.formatted).toBe("3.454.035");
    expect(result.issues).toBeGreaterThan(0);
    expect(result.isUint8Array).toBe(true);
    // A .docx is a zip: local file header "PK\\x03\\x04".
    expect(result.head).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(result.size).toBeGreaterThan(5_000);
    expect(result.size).toBeLessThan(5_000_000);
  });
});
