import { describe, expect, it } from "vitest";
import { outlineItem, parseReport } from "../../src/schema/index.js";
import {
  childrenOf,
  communesOf,
  editReport,
  monthSeries,
  parseStated,
  reportFor,
  unitOf,
  withFigures,
  withParagraph,
  withStated,
  withValues,
} from "../../src/testing/index.js";

describe("reportFor", () => {
  it("builds a valid v2 report of a real unit, dated the day after the cut-off", () => {
    const r = reportFor("40", "202602");
    expect(parseReport(r)).toEqual(r);
    expect(r.schemaVersion).toBe(2);
    expect(r.unit).toEqual({ code: "40", name: "Tỉnh Nghệ An", level: "tinh" });
    expect(r.document).toMatchObject({ issuer: "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", place: "Nghệ An", date: "2026-02-15", symbol: "BC-UBND" });
    expect(r.body).toEqual([]);
    expect(r.values).toEqual({});
  });

  it("names a commune's parent province in “Kính gửi”", () => {
    const r = reportFor("09487", "202605");
    expect(r.unit).toEqual({ code: "09487", name: "Xã Đông Cứu", level: "xa" });
    expect(r.document.recipients).toEqual(["Ủy ban nhân dân tỉnh Bắc Ninh"]);
    expect(unitOf("09487").parent).toBe("24");
  });

  it("merges overrides deeply, replaces arrays, and removes a field given as undefined", () => {
    const r = reportFor("09487", "202605", { document: { number: 12, distribution: ["Lưu: VT."], signer: undefined } });
    expect(r.document.number).toBe(12);
    expect(r.document.issuer).toBe("ỦY BAN NHÂN DÂN XÃ ĐÔNG CỨU");
    expect(r.document.distribution).toEqual(["Lưu: VT."]);
    expect(r.document.signer).toBeUndefined();
  });

  it("takes a unit object for units outside the list, and rejects unknown codes and periods", () => {
    expect(reportFor({ code: "99001", name: "Xã Thử Nghiệm", level: "xa" }, "202605").document.place).toBe("Thử Nghiệm");
    expect(() => reportFor("99", "202605")).toThrow(/Không có đơn vị mã “99”.*no unit/);
    expect(() => reportFor("40", "2026-13")).toThrow(/Mã kỳ báo cáo không hợp lệ/);
  });

  it("builds the national report with the ministry as issuer", () => {
    expect(reportFor("VN", "2026").document).toMatchObject({ issuer: "BỘ CÔNG AN", symbol: "BC-BCA", date: "2026-12-15" });
  });

  it("does not mutate the report it edits", () => {
    const r = Object.freeze(reportFor("40", "202602"));
    const e = editReport(r, withValues({ "hs.tiep_nhan": 1 }), { document: { number: 3 } });
    expect(r.values).toEqual({});
    expect(e.values).toEqual({ "hs.tiep_nhan": 1 });
    expect(e.document.number).toBe(3);
  });
});

describe("figure edits", () => {
  it("withValues merges counts and removes one given as undefined", () => {
    const r = reportFor("40", "202602", withValues({ "hs.tiep_nhan": 976, "hs.da_giai_quyet": 959 }), withValues({ "hs.tiep_nhan": undefined }));
    expect(r.values).toEqual({ "hs.da_giai_quyet": 959 });
  });

  it("withStated reads the figure as written, with precision and qualifier", () => {
    const r = reportFor("40", "202602", withStated("tl.ho_so_dung_han", "99,7%"), withStated("tt.luot_phat_thanh", "trên 1.500 lượt"));
    expect(r.stated["tl.ho_so_dung_han"]).toEqual({ value: 99.7, decimals: 1, text: "99,7%" });
    expect(r.stated["tt.luot_phat_thanh"]).toEqual({ value: 1500, decimals: 0, qualifier: "trên", text: "trên 1.500 lượt" });
  });

  it("withFigures sets values and stated at once", () => {
    const r = reportFor("40", "202602", withFigures({ values: { "hs.dung_han": 956 }, stated: { "tl.ho_so_dung_han": { value: 99.7, decimals: 1 } } }));
    expect(r.values).toEqual({ "hs.dung_han": 956 });
    expect(r.stated["tl.ho_so_dung_han"]?.value).toBe(99.7);
  });
});

describe("parseStated", () => {
  it.each([
    ["99,7%", { value: 99.7, decimals: 1 }],
    ["hơn 1.200 hồ sơ", { value: 1200, decimals: 0, qualifier: "hơn" }],
    ["gần như 100%", { value: 100, decimals: 0, qualifier: "gần như" }],
    ["157,9 tỷ đồng", { value: 157_900_000_000, decimals: -8 }],
    ["1,5 triệu", { value: 1_500_000, decimals: -5 }],
    ["18/22 điểm", { value: 18, decimals: 0, max: 22 }],
  ])("%s", (text, want) => {
    expect(parseStated(text)).toEqual({ ...want, text });
  });

  it("rejects text with no figure, in Vietnamese and English", () => {
    expect(() => parseStated("chưa có số liệu")).toThrow(/Không đọc được số liệu.*cannot read/);
  });
});

describe("withParagraph", () => {
  it("creates a node tagged with the outline item, titled after it, then adds to it", () => {
    const r = reportFor("09487", "202605", withParagraph("Tiếp nhận 976 hồ sơ.", { outline: "3.1" }), withParagraph("Đúng hạn 99,7%.", { outline: "3.1" }));
    expect(r.body).toHaveLength(1);
    expect(r.body[0]).toMatchObject({ outline: ["3.1"], paragraphs: ["Tiếp nhận 976 hồ sơ.", "Đúng hạn 99,7%."] });
    expect(r.body[0]?.title).toBe(outlineItem("3.1")?.title);
  });

  it("finds a nested node by id, and creates one with that id when there is none", () => {
    const base = reportFor("09487", "202605", {
      body: [{ numbering: "I.", title: "KẾT QUẢ", children: [{ id: "i-1", numbering: "1.", title: "Tuyên truyền" }] }],
    });
    const r = editReport(base, withParagraph("Đăng 12 tin bài.", "i-1"), withParagraph("Kiến nghị.", "kien-nghi"));
    expect(r.body[0]?.children[0]?.paragraphs).toEqual(["Đăng 12 tin bài."]);
    expect(r.body[1]).toMatchObject({ id: "kien-nghi", paragraphs: ["Kiến nghị."] });
  });

  it("without a place, adds to the last top-level node (or a new untitled one)", () => {
    const r = reportFor("09487", "202605", withParagraph("Mở đầu."), withParagraph("Tiếp."));
    expect(r.body).toEqual([{ paragraphs: ["Mở đầu.", "Tiếp."], children: [], outline: [] }]);
  });
});

describe("families and series", () => {
  it("childrenOf gives real communes of the province, with per-commune changes", () => {
    const communes = childrenOf("24", "202605", { count: 3, each: (_, i) => withValues({ "hs.tiep_nhan": 10 * (i + 1) }) });
    expect(communes.map((r) => r.unit.code)).toEqual(communesOf("24").slice(0, 3).map((u) => u.code));
    expect(communes.map((r) => r.values["hs.tiep_nhan"])).toEqual([10, 20, 30]);
    expect(childrenOf("24", "202605")).toHaveLength(communesOf("24").length);
    expect(() => childrenOf("09487", "202605")).toThrow(/không có đơn vị cấp dưới.*no units under "09487"/);
  });

  it("childrenOf the country gives the 34 provinces' reports", () => {
    const provinces = childrenOf("VN", "202606", { count: 2 });
    expect(provinces.map((r) => [r.unit.name, r.unit.level])).toEqual([["Thành phố Hà Nội", "tinh"], ["Tỉnh Cao Bằng", "tinh"]]);
    expect(childrenOf("VN", "202606")).toHaveLength(34);
    expect(communesOf("VN")).toEqual([]);
  });

  it("monthSeries gives the months of a quarter, half, nine months or year", () => {
    expect(monthSeries("40", "2026Q2").map((r) => r.period)).toEqual(["202604", "202605", "202606"]);
    expect(monthSeries("40", "2026S2")).toHaveLength(6);
    expect(monthSeries("40", "2026N9")).toHaveLength(9);
    const series = monthSeries("09487", "2026", (month, i) => withValues({ "cc.the_da_cap": 1000 + i }));
    expect(series.map((r) => r.values["cc.the_da_cap"])).toEqual([1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011]);
  });
});
