import { describe, expect, it } from "vitest";
import { reportTemplate } from "../../src/forms/index.js";
import { isReportParseError, safeParseReport } from "../../src/schema/parse.js";
import { walkBody } from "../../src/schema/body.js";
import { validateReport } from "../../src/validation/index.js";

const DONG_CUU = { code: "09487", name: "Xã Đông Cứu", level: "xa" } as const;
const BAC_NINH = { code: "24", name: "Tỉnh Bắc Ninh", level: "tinh" } as const;

const errors = (r: unknown) => validateReport(r).filter((i) => i.severity === "error");
const tags = (r: ReturnType<typeof reportTemplate>) => [...walkBody(r.body)].flatMap((v) => v.node.outline ?? []);

describe("reportTemplate", () => {
  it("gives a commune an empty, valid draft laid out from the outline", () => {
    const draft = reportTemplate(DONG_CUU, "202605");
    expect(safeParseReport(JSON.parse(JSON.stringify(draft))).success).toBe(true);
    expect(errors(draft)).toEqual([]);
    expect(draft.schemaVersion).toBe(2);
    expect(draft.origin).toBe("generated");
    expect(draft.document).toMatchObject({ kind: "bao_cao", marking: "DỰ THẢO", issuer: "ỦY BAN NHÂN DÂN XÃ ĐÔNG CỨU", symbol: "BC-UBND", place: "Đông Cứu", number: null, date: null });
    expect(draft.document.title).toBe("Kết quả triển khai Đề án 06, cải cách thủ tục hành chính và chuyển đổi số tháng 05/2026");
    // No invented signer, figures or prose.
    expect(draft.document.signer).toBeUndefined();
    expect(draft.values).toEqual({});
    expect(draft.stated).toEqual({});
    expect([...walkBody(draft.body)].every((v) => v.node.paragraphs.length === 0)).toBe(true);
    // Parts I–IV; sections 1–8 in part I (all expected at commune level), without 5.3 and 6.2 (province only).
    expect(draft.body.map((n) => `${n.numbering} ${n.title}`)).toEqual([
      "I. KẾT QUẢ CÁC MẶT CÔNG TÁC",
      "II. NHẬN XÉT, ĐÁNH GIÁ",
      "III. KIẾN NGHỊ, ĐỀ XUẤT",
      "IV. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI",
    ]);
    expect(draft.body[0]?.children.map((n) => n.outline?.[0])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(draft.presentation.figuresTable).toBe(true);
  });

  it("gives a province its own header and a valid draft for a quarter", () => {
    const draft = reportTemplate(BAC_NINH, "2026Q2");
    expect(errors(draft)).toEqual([]);
    expect(draft.document.issuer).toBe("ỦY BAN NHÂN DÂN TỈNH BẮC NINH");
    expect(draft.document.place).toBe("Bắc Ninh");
    expect(draft.document.title).toMatch(/quý II năm 2026|quý II\/2026|Quý II/u);
    expect(tags(draft)).toEqual(expect.arrayContaining(["assessment.strengths", "recommendations.government", "nextTasks"]));
  });

  it("gives the ministry its header", () => {
    const draft = reportTemplate({ code: "VN", name: "Toàn quốc", level: "bo" }, "2026");
    expect(errors(draft)).toEqual([]);
    expect(draft.document).toMatchObject({ issuer: "BỘ CÔNG AN", symbol: "BC-BCA", place: "Hà Nội" });
  });

  it("honours the document kind, header fields, agency and figures given", () => {
    const draft = reportTemplate(BAC_NINH, "202605", {
      kind: "tai_lieu",
      agency: { code: "so_y_te", name: "Sở Y tế" },
      document: { title: "Tài liệu phục vụ giao ban tháng 5" },
      values: { "yte.co_so_kcb": 12 },
      stated: { "tl.ho_so_dung_han": { value: 99.7, decimals: 1 } },
    });
    expect(errors(draft)).toEqual([]);
    expect(draft.document.kind).toBe("tai_lieu");
    expect(draft.document.symbol).toBeUndefined();
    expect(draft.document.issuer).toBe("SỞ Y TẾ");
    expect(draft.document.title).toBe("Tài liệu phục vụ giao ban tháng 5");
    expect(draft.agency).toEqual({ code: "so_y_te", name: "Sở Y tế" });
    expect(draft.values).toEqual({ "yte.co_so_kcb": 12 });
    expect(draft.stated["tl.ho_so_dung_han"]?.value).toBe(99.7);
  });

  it("normalises the unit name to NFC", () => {
    const draft = reportTemplate({ ...DONG_CUU, name: "Xã Đông Cứu".normalize("NFD") }, "202605");
    expect(draft.unit.name).toBe("Xã Đông Cứu".normalize("NFC"));
    expect(draft.document.issuer).toBe("ỦY BAN NHÂN DÂN XÃ ĐÔNG CỨU");
  });

  it("throws the typed parse error, with the problems, for a bad period or unit code", () => {
    let caught: unknown;
    try {
      reportTemplate({ ...DONG_CUU, code: "9487" }, "202613");
    } catch (error) {
      caught = error;
    }
    expect(isReportParseError(caught)).toBe(true);
    const paths = (caught as { problems: { path: readonly (string | number)[] }[] }).problems.map((p) => p.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["period", "unit.code"]));
  });
});
