import { describe, expect, it } from "vitest";
import { layoutReport, renderDocx, renderHtml } from "../../src/render/index.js";
import { parseReport } from "../../src/schema/index.js";
import { FIXTURE_NAMES, loadFixture, loadReport } from "../fixtures/index.js";
import { docxText } from "./docx-text.js";
import { findAll, parseXml, textOf, unzipDocx } from "./docx-xml.js";
import { htmlBlocks, htmlTags, textOfHtml } from "./html-text.js";
import { norm } from "./seed-text.js";

const HOSTILE = `<script>alert("x")</script> & <img src=x onerror=alert(1)> "quoted" 'single' </p></article>`;

describe("renderHtml: the same document as the .docx", () => {
  it.each(FIXTURE_NAMES)("has the same headings and body paragraphs as the .docx for %s", async (name) => {
    const report = loadReport(name);
    const html = htmlBlocks(renderHtml(report));
    const docx = await docxText(await renderDocx(report));
    expect(html.headings.map(norm)).toEqual(docx.headings.map(norm));
    expect(html.body.map(norm)).toEqual(docx.body.map(norm));
  });

  it("prints footnotes as numbered notes at the end, with anchored markers in place", () => {
    const html = renderHtml(loadReport("003-nghe-an-2026-02"));
    expect(html).toContain('<sup class="fn-ref"><a href="#chu-thich-1" id="tham-chieu-1">1</a></sup>');
    expect(html).toContain('<li id="chu-thich-1"><span class="fn-number">1</span>Điển hình: Công văn số 395/UBND-VX');
    expect(html).toContain('<li id="chu-thich-2"><span class="fn-number">2</span>Năm học 2025 - 2026');
    // The notes come after the body and before nothing else but the appendices.
    expect(html.indexOf('class="footnotes"')).toBeGreaterThan(html.indexOf("Nơi nhận:"));
  });

  it("is deterministic: same report, same string", () => {
    const r = loadReport("004-dong-cuu-2026-05");
    expect(renderHtml(r, { figuresTable: true })).toBe(renderHtml(r, { figuresTable: true }));
  });

  it("gives the article alone when asked (fragment)", () => {
    const html = renderHtml(loadReport("002-son-la-vp-ubnd"), { fragment: true });
    expect(html.startsWith('<article class="nd30" lang="vi">')).toBe(true);
    expect(html.endsWith("</article>")).toBe(true);
  });
});

describe("renderHtml: hostile text stays text", () => {
  const raw = loadFixture("002-son-la-vp-ubnd") as Record<string, any>;
  raw.document.title = HOSTILE;
  raw.document.place = HOSTILE;
  raw.document.recipients = [HOSTILE, HOSTILE];
  raw.document.signer.name = HOSTILE;
  raw.body[1].title = HOSTILE;
  raw.body[1].id = "x";
  raw.body[1].children[0].paragraphs = [{ runs: [{ text: HOSTILE, bold: true }] }];
  const report = parseReport(raw);

  it("escapes every text: no tag, attribute or entity comes from the report", () => {
    const html = renderHtml(report);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(htmlTags(html)).not.toContain("script");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &#39;single&#39;");
    // Read back, the text is the author's, character for character.
    expect(htmlBlocks(html).headings).toContain(`I. ${HOSTILE}`);
    expect(textOfHtml(html)).toContain(HOSTILE);
  });

  it("keeps the .docx well formed with the same text", async () => {
    const files = await unzipDocx(await renderDocx(report));
    const texts = findAll(parseXml(files["word/document.xml"] ?? ""), "w:p").map(textOf);
    expect(texts).toContain(HOSTILE);
    expect(texts).toContain(`I. ${HOSTILE}`);
  });
});

describe("layoutReport", () => {
  it("does not change the report it lays out", () => {
    const r = loadReport("003-nghe-an-2026-02");
    const before = JSON.stringify(r);
    layoutReport(r, { figuresTable: true, form: true });
    expect(JSON.stringify(r)).toBe(before);
  });

  it("numbers footnotes in the order of their first marker, titles' markers included", () => {
    const model = layoutReport(loadReport("003-nghe-an-2026-02"));
    expect(model.footnotes.map((f) => [f.number, f.id])).toEqual([
      [1, "1"],
      [2, "2"],
    ]);
    const heading = model.blocks.find((b) => b.kind === "heading" && b.text === "2.3. Nhóm phát triển kinh tế, xã hội");
    expect(heading).toMatchObject({ footnotes: [2] });
  });

  it("drops a footnote marker that points at no footnote (the parse reports it; the renderer never crashes on it)", () => {
    const r = loadReport("003-nghe-an-2026-02");
    const broken = { ...r, footnotes: r.footnotes.filter((f) => f.id !== "1") };
    const model = layoutReport(broken);
    expect(model.footnotes.map((f) => f.id)).toEqual(["2"]);
    const markers = model.blocks.flatMap((b): number[] => {
      if (b.kind === "paragraph") return b.inlines.flatMap((i) => ("footnote" in i ? [i.footnote] : []));
      return b.kind === "heading" ? [...(b.footnotes ?? [])] : [];
    });
    expect(markers).toHaveLength(1);
  });

  it("writes real Word footnotes: word/footnotes.xml holds their text, document.xml their references", async () => {
    const files = await unzipDocx(await renderDocx(loadReport("003-nghe-an-2026-02")));
    const notes = findAll(parseXml(files["word/footnotes.xml"] ?? ""), "w:footnote").filter((f) => (f[":@"] ?? {})["w:type"] === undefined);
    expect(notes.map((n) => textOf(n).slice(0, 30))).toEqual(["Điển hình: Công văn số 395/UBN", "Năm học 2025 - 2026 không triể"]);
    expect(files["word/document.xml"]).toMatch(/<w:footnoteReference w:id="1"\/>[\s\S]*<w:footnoteReference w:id="2"\/>/u);
  });

  it("renders every fixture to the same bytes twice", async () => {
    for (const name of FIXTURE_NAMES) {
      const r = loadReport(name);
      const [a, b] = await Promise.all([renderDocx(r, { figuresTable: true }), renderDocx(r, { figuresTable: true })]);
      expect(Buffer.from(a).equals(Buffer.from(b)), name).toBe(true);
    }
  });
});
