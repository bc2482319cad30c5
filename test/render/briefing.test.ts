/**
 * Documents that are not a numbered, signed BÁO CÁO (issue 12, "Done when"): a briefing paper
 * ("TÀI LIỆU phục vụ Hội nghị…") with no number, date, recipients or signer renders without any
 * invented part; a draft shows its marking; a form to sign gets blanks, never made-up text.
 */
import { describe, expect, it } from "vitest";
import { layoutReport, renderDocx, renderHtml } from "../../src/render/index.js";
import { parseReport, type ReportInput } from "../../src/schema/index.js";
import { docxText } from "./docx-text.js";
import { htmlBlocks, textOfHtml } from "./html-text.js";

const BRIEFING: ReportInput = {
  schemaVersion: 2,
  unit: { code: "40", name: "Tỉnh Nghệ An", level: "tinh" },
  period: "202602",
  document: { kind: "tai_lieu", title: "Phục vụ Hội nghị sơ kết Đề án 06 tháng 02/2026" },
  body: [
    {
      numbering: "I.",
      title: "KẾT QUẢ NỔI BẬT",
      children: [
        { numbering: "1.", paragraphs: [{ runs: [{ text: "Đã cấp 3.454.035 thẻ căn cước" }, { footnote: "a" }, { text: "." }] }] },
        { numbering: "2.", title: "Dịch vụ công", paragraphs: ["Tỷ lệ hồ sơ trực tuyến đạt 99,1%."] },
      ],
    },
  ],
  footnotes: [{ id: "a", paragraphs: ["Số liệu đến ngày 14/02/2026."] }],
  values: { "hs.tiep_nhan": 976 },
};

describe("a briefing document (TÀI LIỆU, no number, date, recipients or signer)", () => {
  const report = parseReport(BRIEFING);

  it("lays out only what it has: no header, no Kính gửi, no end mark, no Nơi nhận, no signature", () => {
    const model = layoutReport(report);
    expect(model.blocks.map((b) => b.kind)).toEqual(["title", "heading", "paragraph", "heading", "paragraph"]);
    expect(model.blocks[0]).toEqual({ kind: "title", docType: "TÀI LIỆU", title: "Phục vụ Hội nghị sơ kết Đề án 06 tháng 02/2026" });
  });

  it("renders to a .docx whose every paragraph is the author's or the document kind", async () => {
    const text = await docxText(await renderDocx(report));
    const own = ["TÀI LIỆU", "Phục vụ Hội nghị sơ kết Đề án 06 tháng 02/2026", "I. KẾT QUẢ NỔI BẬT", "1. Đã cấp 3.454.035 thẻ căn cước.", "2. Dịch vụ công", "Tỷ lệ hồ sơ trực tuyến đạt 99,1%.", ""];
    expect(text.all.filter((t) => !own.includes(t))).toEqual([]);
    expect(text.tables).toBe(0);
    expect(text.footnotes).toEqual(["Số liệu đến ngày 14/02/2026."]);
    expect(text.references).toEqual(["1"]);
  });

  it("renders the same parts in the HTML preview", () => {
    const html = renderHtml(report);
    expect(htmlBlocks(html).headings).toEqual(["I. KẾT QUẢ NỔI BẬT", "2. Dịch vụ công"]);
    const visible = textOfHtml(html.slice(html.indexOf("<article")));
    for (const word of ["Kính gửi", "Nơi nhận", "CỘNG HÒA", "Số:", "./.", "……", "Chưa ký"]) expect(visible).not.toContain(word);
  });

  it("prints blanks for the văn thư only in a form to sign", async () => {
    const form = await docxText(await renderDocx(report, { form: true }));
    expect(form.all).toContain("Số: ……/……");
    expect(form.all.some((t) => /^……, ngày\s+tháng\s+năm/u.test(t))).toBe(true);
    expect(form.all).toContain("Nơi nhận:");
    // Blanks, never text: every paragraph of the form is the author's, a formula, or a blank.
    const allowed = /^(……|- ……|Số: ……\/……|……, ngày\s+tháng\s+năm\s*|Kính gửi: ……|Nơi nhận:|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc|TÀI LIỆU|Phục vụ Hội nghị.*|I\. KẾT QUẢ NỔI BẬT|1\. Đã cấp .*|2\. Dịch vụ công|Tỷ lệ hồ sơ .*|)$/u;
    expect(form.all.filter((t) => !allowed.test(t))).toEqual([]);
  });
});

describe("a draft (DỰ THẢO) and a date with the day left blank", () => {
  it("shows the marking above the kind and leaves the day blank", async () => {
    const r = parseReport({
      ...BRIEFING,
      document: { kind: "bao_cao", marking: "Dự thảo", issuer: "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", symbol: "BC-UBND", place: "Nghệ An", date: "2026-03", title: "Kết quả tháng 02/2026" },
    });
    const text = await docxText(await renderDocx(r));
    const at = text.all.indexOf("DỰ THẢO");
    expect(at).toBeGreaterThan(0);
    expect(text.all[at + 1]).toBe("BÁO CÁO");
    expect(text.all).toContain("Số:       /BC-UBND");
    expect(text.all).toContain("Nghệ An, ngày      tháng 3 năm 2026");
    expect(renderHtml(r)).toContain('<p class="marking">DỰ THẢO</p>');
  });
});
