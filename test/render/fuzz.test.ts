import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderDocx } from "../../src/render/index.js";
import { cleanText } from "../../src/render/text.js";
import { findAll, parseXml, readBack, tagOf, textOf, unzipDocx, validateXml } from "./docx-xml.js";
import { hostileReports as reports, ILLEGAL_XML } from "./hostile-reports.js";

describe("renderDocx on hostile reports (fuzz)", () => {
  it("renders 200 random reports with hostile text to documents whose every XML part parses", { timeout: 600_000 }, async () => {
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(reports, fc.boolean(), async (report, draft) => {
        const bytes = await renderDocx(report, { draft });
        const files = await unzipDocx(bytes);
        for (const [path, xml] of Object.entries(files)) {
          if (!path.endsWith(".xml") && !path.endsWith(".rels")) continue;
          expect(validateXml(xml), path).toBe(true);
          expect(ILLEGAL_XML.test(xml), path).toBe(false);
        }
        const { body } = await readBack(bytes);
        const paragraphs = findAll(body, "w:p").map(textOf);
        expect(paragraphs).toContain(cleanText(report.document.summary).trim());
        const ends = body.filter((n) => tagOf(n) === "w:p").map(textOf).filter((t) => t.endsWith("./."));
        expect(ends.length).toBeGreaterThanOrEqual(1);
        expect(parseXml(files["docProps/core.xml"] ?? "").length).toBeGreaterThan(0);
        rendered++;
      }),
      { numRuns: 200 },
    );
    expect(rendered).toBeGreaterThanOrEqual(200);
  });
});

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
