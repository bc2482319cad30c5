import { describe, expect, it } from "vitest";
import { COMPLETENESS_RULES, validateReport } from "../../../src/validation/index.js";
import { reportFor } from "../../../src/testing/index.js";
import { byCode, corrected004, fixture, nodeById } from "../helpers.js";

const rules = COMPLETENESS_RULES;

describe("completeness.sections", () => {
  it("the province seed lacks sections 7 and 8; section 8 names Công an tỉnh as the lead", () => {
    const missing = byCode(validateReport(fixture("003-nghe-an-2026-02"), { rules }), "section_missing");
    expect(missing.map((i) => i.params.section)).toEqual(["7", "8"]);
    expect(missing.every((i) => i.severity === "warning")).toBe(true);
    expect(missing[1]?.params.leadNames).toEqual(["Công an tỉnh"]);
    expect(missing[1]?.message).toBe(
      "Thiếu mục 8 “Về triển khai các mô hình điểm của Đề án 06” theo đề cương (Công an tỉnh chủ trì báo cáo).",
    );
  });

  it("a commune report whose parts answer all eight sections is complete; one whose part for section 3 is untagged is not", () => {
    expect(byCode(validateReport(corrected004(), { rules }), "section_missing")).toEqual([]);
    const cut = validateReport(corrected004((r) => (nodeById(r, "II-2").outline = [])), { rules });
    expect(byCode(cut, "section_missing").map((i) => i.params.section)).toEqual(["3"]);
    // the figures of a missing section are covered by the section's warning
    expect(byCode(cut, "figures_missing").some((i) => String(i.params.item).startsWith("3"))).toBe(false);
  });
});

describe("completeness by outline tags, whatever the headings", () => {
  it("a part covers its section through its own tag, an ancestor's, or an item's; an empty heading covers nothing", () => {
    const base = reportFor("09487", "202605");
    const missing = (body: unknown[]) =>
      byCode(validateReport({ ...base, body } as typeof base, { rules }), "section_missing").map((i) => i.params.section);
    const all = ["1", "2", "3", "4", "5", "6", "7", "8"];
    expect(missing([])).toEqual(all);
    const node = (outline: string[], paragraphs: string[], children: unknown[] = []) => ({ paragraphs, children, outline });
    expect(missing([node(["3"], [])])).toEqual(all);
    expect(missing([node(["3"], [], [node([], ["Tiếp nhận hồ sơ."])])])).toEqual(all.filter((s) => s !== "3"));
    expect(missing([node(["6.1", "3.1"], ["Kết nối dữ liệu."])])).toEqual(all.filter((s) => s !== "3" && s !== "6"));
  });
});

describe("completeness.figures", () => {
  const ids = (issues: ReturnType<typeof validateReport>) => byCode(issues, "figures_missing").flatMap((i) => i.params.ids as string[]);

  it("a figure the commune leaves out is listed under its outline item", () => {
    const without = validateReport(corrected004((r) => delete r.values["hs.tiep_nhan"]), { rules });
    expect(ids(without)).toContain("hs.tiep_nhan");
    const item = byCode(without, "figures_missing").find((i) => (i.params.ids as string[]).includes("hs.tiep_nhan"));
    expect(item?.params.item).toBe("3.1");
    // the part the commune wrote section 3 in: "II. … / 2. Nhóm tiện ích phục vụ giải quyết TTHC…"
    expect(item?.path).toEqual(["body", 1, "children", 1]);
    expect(ids(validateReport(corrected004(), { rules }))).not.toContain("hs.tiep_nhan");
  });

  it("an indicator counts as present when stated or computable from its counts", () => {
    expect(ids(validateReport(corrected004(), { rules }))).not.toContain("tl.ho_so_dung_han");
    const computed = validateReport(corrected004((r) => delete r.stated["tl.ho_so_dung_han"]), { rules });
    expect(ids(computed)).not.toContain("tl.ho_so_dung_han");
    const neither = validateReport(
      corrected004((r) => {
        delete r.stated["tl.ho_so_dung_han"];
        delete r.values["hs.dung_han"];
      }),
      { rules },
    );
    expect(ids(neither)).toContain("tl.ho_so_dung_han");
  });

  it("at province level each group names the agency that owes it", () => {
    const issues = byCode(validateReport(fixture("003-nghe-an-2026-02"), { rules }), "figures_missing");
    const bhxh = issues.find((i) => (i.params.lead as string[]).join() === "bhxh_tinh" && i.params.item === "4.1");
    expect(bhxh?.params.leadNames).toEqual(["Bảo hiểm xã hội tỉnh"]);
    expect(bhxh?.message).toContain("(Bảo hiểm xã hội tỉnh chủ trì báo cáo)");
    // a commune's warnings name no provincial department
    const xa = byCode(validateReport(corrected004(), { rules }), "figures_missing");
    expect(xa.every((i) => (i.params.leadNames as string[]).length === 0)).toBe(true);
  });

  it("an agency's own report is asked only for the figures it leads", () => {
    const issues = byCode(validateReport(fixture("002-son-la-vp-ubnd"), { rules }), "figures_missing");
    expect(issues.length).toBeGreaterThan(0);
    const province = byCode(validateReport(fixture("002-son-la-vp-ubnd", (r) => delete r.agency), { rules }), "figures_missing");
    expect(ids(province).length).toBeGreaterThan(ids(issues).length);
  });
});
