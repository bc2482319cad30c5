import { Document, FootnoteReferenceRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { renderDocx } from "../../src/render/index.js";
import { checkGolden, compareGoldenText, docxText, renderedText, reportFor, withParagraph, type DocumentRenderer } from "../../src/testing/index.js";

/** A tiny renderer built with docx directly: the golden helper only needs report → bytes. */
const render: DocumentRenderer = async (r) => {
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph("Số liệu tính đến ngày 14/02/2026 & chưa kiểm tra.")] } },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: r.document.issuer ?? "", bold: true })] }),
          new Paragraph({ children: [new TextRun("BÁO CÁO"), new FootnoteReferenceRun(1)] }),
          new Paragraph(""),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph("Chỉ tiêu")] }), new TableCell({ children: [new Paragraph("Giá trị")] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph("Tỷ lệ <đúng hạn>")] }), new TableCell({ children: [new Paragraph("99,7%")] })] }),
            ],
          }),
          new Paragraph({ children: [new TextRun("Nơi nhận:"), new TextRun({ text: "\tLưu: VT.", break: 1 })] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
};

const EXPECTED = [
  "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
  "BÁO CÁO[^1]",
  "",
  "Chỉ tiêu | Giá trị",
  "Tỷ lệ <đúng hạn> | 99,7%",
  "Nơi nhận:\n\tLưu: VT.",
  "---",
  "[^1] Số liệu tính đến ngày 14/02/2026 & chưa kiểm tra.",
].join("\n");

describe("docxText", () => {
  it("reads paragraphs, table rows, tabs, breaks, footnote markers and footnotes, entities decoded", async () => {
    expect(await docxText(await render(reportFor("40", "202602")))).toBe(EXPECTED);
  });

  it("rejects bytes that are not a .docx, bilingually", async () => {
    await expect(docxText(new TextEncoder().encode("không phải docx"))).rejects.toThrow(/Không phải tệp \.docx.*not a \.docx/);
  });
});

describe("golden text", () => {
  it("passes when the text is the same, line endings, trailing spaces and NFD ignored", async () => {
    const result = await checkGolden(reportFor("40", "202602"), render, `${EXPECTED.normalize("NFD").replace(/\n/g, "  \r\n")}\n`);
    expect(result.pass).toBe(true);
    expect(result.message).toBe("");
  });

  it("fails with the differing lines, numbered, and the actual text to store", async () => {
    const result = await checkGolden(reportFor("01", "202602"), render, EXPECTED);
    expect(result.pass).toBe(false);
    expect(result.diff).toEqual(["1 - ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "1 + ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"]);
    expect(result.message).toMatch(/^Văn bản khác bản mẫu ở 2 dòng \/ the document's text differs/);
    expect(result.actual.split("\n")[0]).toBe("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI");
  });

  it("compares lines added at the end", () => {
    expect(compareGoldenText("a\nb", "a").diff).toEqual(["2 + b"]);
  });
});

describe("with the SDK's own renderer", () => {
  const report = reportFor("09487", "202605", withParagraph("Tiếp nhận 976 hồ sơ.", { outline: "3.1", numbering: "1." }));

  it("reads back what renderDocx printed: header, title, the author's heading and paragraph, in order", async () => {
    const lines = (await renderedText(report, (r) => renderDocx(r))).split("\n");
    const find = (re: RegExp) => lines.findIndex((l) => re.test(l));
    const order = [/^ỦY BAN NHÂN DÂN XÃ ĐÔNG CỨU \| CỘNG HÒA/, /^BÁO CÁO$/, /^Kết quả triển khai Đề án 06 tháng 05\/2026$/, /^1\. Kết quả thực hiện$/, /^Tiếp nhận 976 hồ sơ\./];
    const at = order.map(find);
    expect(at.every((i) => i >= 0), lines.join("\n")).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("matches its golden text (update with `npx vitest run -u test/testing/golden.test.ts` when the layout changes on purpose)", async () => {
    await expect(await renderedText(report, (r) => renderDocx(r))).toMatchFileSnapshot("golden/xa-dong-cuu-202605.txt");
  });
});
