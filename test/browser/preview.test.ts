/**
 * The HTML preview in a real browser (issue 12, "Done when"): for each of the three seed reports
 * the preview, laid out by headless Chromium, shows the same headings and body paragraphs as the
 * .docx (read back from its XML), in order; and a screenshot of its first page is not blank, its
 * headings sit one below the other in the order written. The screenshot of 003's first page is
 * saved for the docs (docs/images/xem-truoc-html-nghe-an.png) when SAVE_PREVIEW_PNG is set.
 */
import { writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderDocx, renderHtml } from "../../src/render/index.js";
import { FIXTURE_NAMES, loadReport } from "../fixtures/index.js";
import { ROOT } from "../package/built.js";
import { docxText } from "../render/docx-text.js";
import { norm } from "../render/seed-text.js";
import { launch, serve } from "./browser.js";

let server: Server | undefined;
let url = "";
let session: Awaited<ReturnType<typeof launch>> | undefined;

beforeAll(async () => {
  const routes: Record<string, readonly [string, string]> = {};
  for (const name of FIXTURE_NAMES) routes[`/${name}.html`] = ["text/html; charset=utf-8", renderHtml(loadReport(name))];
  ({ server, url } = await serve(routes));
  session = await launch();
});

afterAll(async () => {
  await session?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
});

/** What the browser shows: the text of the headings and body paragraphs, in order, with their boxes. */
interface Shown {
  readonly headings: { text: string; top: number; left: number }[];
  readonly body: string[];
}

describe.each(FIXTURE_NAMES)("the HTML preview of %s in headless Chromium", (name) => {
  it("shows the same headings and paragraphs as the .docx, in order", async () => {
    const page = await session!.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${url}/${name}.html`);
    const shown = await page.evaluate((): Shown => {
      // The visible text of an element without its footnote markers.
      const visible = (el: Element) => {
        const copy = el.cloneNode(true) as Element;
        copy.querySelectorAll("sup.fn-ref").forEach((sup) => sup.remove());
        return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
      };
      const blocks = Array.from(document.querySelectorAll(".nd30 .heading, .nd30 p.body"));
      return {
        headings: blocks
          .filter((b) => b.classList.contains("heading"))
          .map((h) => ({ text: visible(h), top: h.getBoundingClientRect().top, left: h.getBoundingClientRect().left })),
        body: blocks.map(visible),
      };
    });
    const docx = await docxText(await renderDocx(loadReport(name)));
    expect(errors).toEqual([]);
    expect(shown.headings.map((h) => h.text)).toEqual(docx.headings.map(norm));
    expect(shown.body).toEqual(docx.body.map(norm));
    // Laid out one below the other, in the order written.
    const tops = shown.headings.map((h) => h.top);
    expect(tops.every((t, i) => i === 0 || t > (tops[i - 1] ?? 0))).toBe(true);
    await page.close();
  });
});

describe("a page of the preview, as pixels", () => {
  it("is an A4 sheet with text on it, the headings inside the margins", async () => {
    const page = await session!.context.newPage();
    await page.setViewportSize({ width: 900, height: 1200 });
    await page.goto(`${url}/003-nghe-an-2026-02.html`);
    const sheet = page.locator("article.nd30");
    const box = await sheet.boundingBox();
    expect(box).not.toBeNull();
    // 210 mm at 96 dpi.
    expect(Math.round(box?.width ?? 0)).toBe(794);
    const first = { x: box?.x ?? 0, y: box?.y ?? 0, width: box?.width ?? 0, height: Math.round((297 / 210) * (box?.width ?? 0)) };
    const png = await page.screenshot({ clip: first, type: "png" });
    // Count the dark pixels of the screenshot in the page itself (decoding it on a canvas).
    const dark = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) n++;
      return { n, total: data.length / 4 };
    }, png.toString("base64"));
    // Text covers a few percent of a page: neither blank nor a black box.
    expect(dark.n / dark.total).toBeGreaterThan(0.01);
    expect(dark.n / dark.total).toBeLessThan(0.3);
    // The headings on the first page sit inside the left and right margins (30 and 15 mm).
    const headings = await page.$$eval(".nd30 .heading", (hs) => hs.map((h) => h.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: r.top })));
    const onFirst = headings.filter((h) => h.top < first.y + first.height);
    expect(onFirst.length).toBeGreaterThan(0);
    for (const h of onFirst) {
      expect(h.left).toBeGreaterThanOrEqual(first.x + 113 - 1); // 30 mm
      expect(h.right).toBeLessThanOrEqual(first.x + first.width - 56 + 1); // 15 mm
    }
    if (process.env.SAVE_PREVIEW_PNG) {
      // For the docs: the same page, small and grey like the other page images.
      await page.evaluate(() => {
        document.documentElement.style.zoom = "0.625";
        document.documentElement.style.filter = "grayscale(1)";
      });
      const small = await sheet.boundingBox();
      const clip = { x: small?.x ?? 0, y: small?.y ?? 0, width: small?.width ?? 0, height: Math.round((297 / 210) * (small?.width ?? 0)) };
      writeFileSync(join(ROOT, "docs/images/xem-truoc-html-nghe-an.png"), await page.screenshot({ clip, type: "png" }));
    }
    await page.close();
  });
});
