/**
 * The reference web form (examples/web-form, issue 15 point 5) in headless Chromium: the page is
 * the example's own index.html and app.js, bundled with the BUILT package (dist/) for the
 * browser, served statically. Typing a wrong figure shows its Vietnamese message beside the
 * field; correcting it takes the message away; the button downloads a .docx that unzips and
 * holds the figure. With SAVE_WEB_FORM_PNG set, a screenshot is saved for the README
 * (docs/images/bieu-mau-web.png).
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, built } from "../package/built.js";
import { bundleForBrowser, launch, serve } from "./browser.js";

const DIR = join(ROOT, "examples/web-form");

let server: Server | undefined;
let url = "";
let session: Awaited<ReturnType<typeof launch>> | undefined;

beforeAll(async () => {
  built("index.js");
  built("render/index.js");
  // The example imports the package by name; here it is the build in dist/.
  const source = readFileSync(join(DIR, "app.js"), "utf8")
    .replace(/from "de-an-06\/render"/g, 'from "./dist/render/index.js"')
    .replace(/from "de-an-06"/g, 'from "./dist/index.js"');
  const js = await bundleForBrowser(source, ROOT);
  ({ server, url } = await serve({
    "/": ["text/html; charset=utf-8", readFileSync(join(DIR, "index.html"), "utf8")],
    "/bundle.js": ["text/javascript; charset=utf-8", js],
  }));
  session = await launch();
});

afterAll(async () => {
  await session?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
});

const input = (page: Page, id: string) => page.locator(`[data-input="${id}"]`);
const message = (page: Page, id: string) => page.locator(`[data-message-for="${id}"]`);

describe("the reference web form in headless Chromium", () => {
  it("shows a wrong figure's message beside it, takes it away when corrected, and downloads the .docx", async () => {
    const page = await session!.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.goto(`${url}/`);
    await page.waitForFunction(() => (window as unknown as { formReady?: boolean }).formReady === true);

    // The form is generated from formFields("xa"): commune fields, no province-only one.
    expect(await input(page, "hs.tiep_nhan").count()).toBe(1);
    expect(await input(page, "cnscd.da_thanh_lap").evaluate((e) => e.tagName)).toBe("SELECT");
    expect(await input(page, "tthc.phi_dia_gioi").count()).toBe(0);
    expect(await page.locator("legend").first().textContent()).toBe("1.1. Tham mưu ban hành văn bản chỉ đạo, triển khai");

    // Typed key by key, Vietnamese style.
    await input(page, "hs.tiep_nhan").pressSequentially("1.000");
    await input(page, "hs.da_giai_quyet").pressSequentially("9OO");
    await expect.poll(() => message(page, "hs.da_giai_quyet").textContent()).toBe("“Số hồ sơ đã giải quyết trong kỳ”: “9OO” không phải là số.");
    expect(await input(page, "hs.da_giai_quyet").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#download").isDisabled()).toBe(true);
    expect(await message(page, "hs.tiep_nhan").textContent()).toBe("");

    // A figure that reads but breaks a rule: on time more than resolved.
    await input(page, "hs.da_giai_quyet").fill("900");
    await input(page, "hs.dung_han").fill("950");
    await expect.poll(() => message(page, "hs.dung_han").textContent()).toContain(
      "“Số hồ sơ giải quyết đúng và trước hạn” (950) lớn hơn “Số hồ sơ đã giải quyết trong kỳ” (900)",
    );
    // … and its total hears of it too (on time + late may not exceed resolved).
    expect(await message(page, "hs.da_giai_quyet").textContent()).toContain("đã vượt tổng 900");
    if (process.env.SAVE_WEB_FORM_PNG) {
      // For the README: the messages beside the fields, the preview beside the form.
      await page.evaluate(() => {
        const legend = Array.from(document.querySelectorAll("legend")).find((l) => l.textContent?.startsWith("3.1."));
        window.scrollTo(0, (legend?.getBoundingClientRect().top ?? 0) + window.scrollY - 70);
        document.getElementById("preview-pane")?.scrollTo(0, 380);
      });
      writeFileSync(join(ROOT, "docs/images/bieu-mau-web.png"), await page.screenshot({ type: "png" }));
    }

    // Corrected: the message goes, the ratio shows what the counts give, the preview has the figures.
    await input(page, "hs.dung_han").fill("880");
    await expect.poll(() => message(page, "hs.dung_han").textContent()).toBe("");
    expect(await message(page, "hs.da_giai_quyet").textContent()).toBe("");
    expect(await input(page, "hs.dung_han").getAttribute("aria-invalid")).toBe("false");
    expect(await input(page, "tl.ho_so_dung_han").getAttribute("placeholder")).toBe("tự tính: 97,8%");
    await input(page, "cnscd.da_thanh_lap").selectOption("có");
    expect(await page.locator("#download").isDisabled()).toBe(false);
    const shown = (await page.locator("#preview article.nd30").textContent()) ?? "";
    expect(shown).toContain("ỦY BAN NHÂN DÂN");
    expect(shown).toContain("XÃ ĐÔNG CỨU");
    expect(shown).toContain("1.000");
    expect(shown).toContain("880");

    // The download: a .docx (a zip) whose document holds the figures typed.
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#download").click()]);
    expect(download.suggestedFilename()).toBe("bao-cao-09487-202605.docx");
    const bytes = readFileSync((await download.path())!);
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const text = xml.replace(/<[^>]+>/g, "");
    expect(text).toContain("Số hồ sơ tiếp nhận trong kỳ");
    expect(text).toContain("1.000");
    expect(text).toContain("880");
    expect(errors).toEqual([]);
    await page.close();
  });
});
