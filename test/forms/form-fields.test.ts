import { describe, expect, it } from "vitest";
import { ENGLISH_LABELS, formFields } from "../../src/forms/index.js";
import { compileCatalog } from "../../src/indicators/compile.js";
import { indicatorCatalog } from "../../src/indicators/catalog.js";
import { extendCatalog } from "../../src/indicators/define.js";
import { ITEM_IDS, SECTION_IDS, compareOutlineIds } from "../../src/schema/outline.js";

const flat = (level: "xa" | "tinh" | "bo", options = {}) => formFields(level, options).flatMap((s) => s.fields);

describe("formFields", () => {
  it("lists for a commune only figures reported at commune level — no province-only element", () => {
    const fields = flat("xa");
    const ids = new Set(fields.map((f) => f.id));
    const provinceOnly = indicatorCatalog.elements.filter((e) => !(e.levels as readonly string[]).includes("xa")).map((e) => e.id);
    expect(provinceOnly.length).toBeGreaterThan(50);
    expect(provinceOnly.filter((id) => ids.has(id))).toEqual([]);
    expect(ids.has("tthc.phi_dia_gioi")).toBe(false);
    expect(ids.has("tl.tthc_phi_dia_gioi")).toBe(false);
    expect(ids.has("hs.tiep_nhan")).toBe(true);
    expect(ids.has("cnscd.da_thanh_lap")).toBe(true);
    // And a province's form has them, but not the commune-only yes/no fact.
    const tinh = new Set(flat("tinh").map((f) => f.id));
    expect(tinh.has("tthc.phi_dia_gioi")).toBe(true);
    expect(tinh.has("cnscd.da_thanh_lap")).toBe(false);
  });

  it("groups fields by outline item, in the outline's order, each field once", () => {
    const form = formFields("tinh");
    const order: string[] = [...SECTION_IDS, ...ITEM_IDS].sort(compareOutlineIds);
    const positions = form.map((s) => order.indexOf(s.id));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const s of form) {
      expect(s.fields.length).toBeGreaterThan(0);
      for (const f of s.fields) expect(f.item).toBe(s.id);
    }
    const ids = form.flatMap((s) => s.fields.map((f) => f.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(form.find((s) => s.id === "3.1")).toMatchObject({ section: "3", title: "Kết quả thực hiện", titleEn: "Results", sectionTitle: "Về cải cách thủ tục hành chính", sectionTitleEn: "Administrative procedure reform" });
  });

  it("gives each field its labels, unit, kind, slot and requirement", () => {
    const byId = new Map(flat("xa").map((f) => [f.id, f]));
    expect(byId.get("hs.tiep_nhan")).toMatchObject({ label: "Số hồ sơ tiếp nhận trong kỳ", labelEn: "Applications received in the period", unit: "hồ sơ", kind: "count", slot: "values", required: true, time: "sum", section: "3", item: "3.1" });
    expect(byId.get("dd.tai_khoan")).toMatchObject({ kind: "count", time: "last" });
    expect(byId.get("kp.de_xuat")).toMatchObject({ kind: "amount", unit: "đồng" });
    expect(byId.get("cnscd.da_thanh_lap")).toMatchObject({ kind: "yesno", slot: "values" });
    expect(byId.get("hs.dung_han")).toMatchObject({ partOf: "hs.da_giai_quyet" });
    expect(byId.get("tl.ho_so_dung_han")).toMatchObject({ kind: "ratio", slot: "stated", unit: "%", required: false, computedFrom: { numerator: "hs.dung_han", denominator: "hs.da_giai_quyet" } });
    expect(byId.get("cs766.tong")).toMatchObject({ kind: "score", slot: "stated", unit: "điểm" });
    // Required = what completeness expects at the level.
    const expected = new Set(compileCatalog(indicatorCatalog).expected.xa.map((f) => f.id));
    for (const f of byId.values()) if (f.kind !== "ratio" && f.kind !== "score") expect(f.required).toBe(expected.has(f.id));
    // The national form does not require what only communes and provinces report.
    const bo = new Map(flat("bo").map((f) => [f.id, f]));
    expect(bo.get("hs.tiep_nhan")?.required).toBe(false);
    expect(bo.get("dd.so_dinh_danh")?.required).toBe(true);
    // Every field of the default catalog has an English label of its own.
    for (const f of flat("bo")) expect(f.labelEn).toBe(ENGLISH_LABELS[f.id]);
  });

  it("gives the target in force for the period", () => {
    const at = (period: string) => flat("xa", { period }).find((f) => f.id === "tl.dvctt_toan_trinh")?.target;
    expect(at("202605")).toMatchObject({ op: ">=", value: 80, text: "≥ 80%" });
    expect(at("202405")).toBeUndefined();
    expect(flat("xa").find((f) => f.id === "tl.dvctt_toan_trinh")?.target?.value).toBe(80);
  });

  it("writes hints with the period's cut-off dates, in the locale asked", () => {
    const vi = new Map(flat("xa", { period: "202605" }).map((f) => [f.id, f]));
    expect(vi.get("hs.tiep_nhan")?.hint).toContain("từ ngày 15/04/2026 đến ngày 14/05/2026");
    expect(vi.get("dd.tai_khoan")?.hint).toContain("lũy kế đến ngày 14/05/2026");
    expect(vi.get("hs.dung_han")?.hint).toContain("Không lớn hơn “Số hồ sơ đã giải quyết trong kỳ”");
    expect(vi.get("tl.dvctt_toan_trinh")?.hint).toContain("Chỉ tiêu ≥ 80%");
    const en = new Map(flat("xa", { period: "202605", locale: "en" }).map((f) => [f.id, f]));
    expect(en.get("hs.tiep_nhan")?.hint).toContain("From 15/04/2026 to 14/05/2026");
    expect(en.get("cnscd.da_thanh_lap")?.hint).toBe("Yes or no.");
  });

  it("takes an extension catalog, compiled or not, and English labels for its own figures", () => {
    const wifi = { id: "na.diem_wifi", kind: "count", label: "Số điểm wifi công cộng", unit: "điểm", outlineItem: "5.2", levels: ["xa", "tinh"], aggregation: { units: "sum", time: "last" } } as const;
    const mine = extendCatalog({ elements: [wifi] });
    const plain = flat("xa", { catalog: mine }).find((f) => f.id === "na.diem_wifi");
    expect(plain).toMatchObject({ label: "Số điểm wifi công cộng", labelEn: "Số điểm wifi công cộng", required: true, item: "5.2" });
    const compiled = flat("xa", { catalog: compileCatalog(mine), englishLabels: { "na.diem_wifi": "Public wi-fi points" } }).find((f) => f.id === "na.diem_wifi");
    expect(compiled?.labelEn).toBe("Public wi-fi points");
    expect(flat("bo", { catalog: mine }).some((f) => f.id === "na.diem_wifi")).toBe(false);
  });
});
