import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/layout/text.js";
import { renderDocx, renderHtml } from "../../src/render/index.js";
import { findAll, parseXml, readBack, textOf, unzipDocx, validateXml } from "./docx-xml.js";
import { htmlTags } from "./html-text.js";
import { hostileReports as reports, ILLEGAL_XML } from "./hostile-reports.js";

describe("renderDocx and renderHtml on hostile reports (fuzz)", () => {
  it("turns 200 random reports with hostile text into documents whose every XML part parses", { timeout: 600_000 }, async () => {
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(reports, fc.boolean(), async (report, form) => {
        const bytes = await renderDocx(report, { form });
        const files = await unzipDocx(bytes);
        for (const [path, xml] of Object.entries(files)) {
          if (!path.endsWith(".xml") && !path.endsWith(".rels")) continue;
          expect(validateXml(xml), path).toBe(true);
          expect(ILLEGAL_XML.test(xml), path).toBe(false);
        }
        const { body } = await readBack(bytes);
        const paragraphs = findAll(body, "w:p").map(textOf);
        expect(paragraphs).toContain(cleanText(report.document.title).trim());
        expect(parseXml(files["docProps/core.xml"] ?? "").length).toBeGreaterThan(0);

        // The preview of the same report: only the writer's own tags, the title as text.
        const html = renderHtml(report, { form });
        expect(ILLEGAL_XML.test(html)).toBe(false);
        expect(htmlTags(html).filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
        rendered++;
      }),
      { numRuns: 200 },
    );
    expect(rendered).toBeGreaterThanOrEqual(200);
  });
});

/** The tags the HTML writer itself writes: hostile text never adds one. */
const ALLOWED_TAGS = new Set([
  "!doctype", "html", "head", "meta", "title", "style", "body", "article", "section", "table", "colgroup", "col", "thead", "tbody",
  "tr", "th", "td", "p", "div", "span", "sup", "a", "h2", "h3", "h4", "h5", "ol", "li", "hr",
]);

describe("cleanText", () => {
  it("normalises to NFC and drops what XML 1.0 forbids, keeping emoji", () => {
    expect(cleanText("Ba\u0301o ca\u0301o")).toBe("Báo cáo");
    expect(cleanText("Ba\u0300o")).toBe("Bào");
    expect(cleanText("a\u0000b\uFFFEc\uD800d\uDC00e")).toBe("abcde");
    expect(cleanText("😀 \uD83D\uDE00")).toBe("😀 😀");
    expect(cleanText("dòng 1\r\ndòng 2\tcột")).toBe("dòng 1 dòng 2 cột");
    expect(cleanText("<&>\"'")).toBe("<&>\"'");
  });

  it("always returns NFC text without characters XML forbids (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const out = cleanText(s);
        expect(ILLEGAL_XML.test(out)).toBe(false);
        expect(out).toBe(out.normalize("NFC"));
        expect(cleanText(out)).toBe(out);
      }),
      { numRuns: 500 },
    );
  });
});
