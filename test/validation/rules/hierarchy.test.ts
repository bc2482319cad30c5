import { describe, expect, it } from "vitest";
import { indexUnits, type Report } from "../../../src/schema/index.js";
import { HIERARCHY_RULES, validateReport } from "../../../src/validation/index.js";
import { at, byCode, corrected004, fixture, type Raw } from "../helpers.js";

const rules = HIERARCHY_RULES;

/** A commune report of Nghệ An for May 2026, made from the commune seed. */
const commune = (code: string, name: string, patch?: (r: Raw) => void): Report =>
  corrected004((r) => {
    r.unit = { code, name, level: "xa" };
    r.document.place = name.replace(/^Xã /, "");
    patch?.(r);
  });

/** Nghệ An's May 2026 report, with the given figures. */
const province = (values: Record<string, number>, patch?: (r: Raw) => void): Report =>
  fixture("003-nghe-an-2026-02", (r) => {
    r.period = "202605";
    delete r.comparisons;
    Object.assign(r.values, values);
    patch?.(r);
  });

const a = commune("17001", "Xã A");
const b = commune("17002", "Xã B");

describe("hierarchy.rollup", () => {
  it("a parent's sum that equals its children's total passes", () => {
    const issues = validateReport(province({ "hs.tiep_nhan": 1952, "cnscd.da_thanh_lap": 2 }), { rules, children: [a, b] });
    expect(issues).toEqual([]);
  });

  it("a parent's sum that differs is an error with the imbalance", () => {
    const issues = validateReport(province({ "hs.tiep_nhan": 2000 }), { rules, children: [a, b] });
    const i = at(issues, "rollup_mismatch", ["values", "hs.tiep_nhan"]);
    expect(i?.severity).toBe("error");
    expect(i?.params).toMatchObject({ value: 2000, childrenTotal: 1952, imbalance: 48, reported: 2, missing: [] });
    expect(i?.message).toContain("chênh lệch 48");
  });

  it("children without the figure are named; the gap may be theirs, so a higher parent is a warning", () => {
    const bare = commune("17003", "Xã C", (r) => delete r.values["hs.tiep_nhan"]);
    const issues = validateReport(province({ "hs.tiep_nhan": 2500 }), { rules, children: [a, b, bare] });
    const i = at(issues, "rollup_mismatch", ["values", "hs.tiep_nhan"]);
    expect(i?.severity).toBe("warning");
    expect(i?.params).toMatchObject({ missing: ["17003"], missingNames: ["Xã C"], reported: 2 });
    expect(i?.message).toContain("chưa có số liệu của 1 đơn vị: Xã C");
    // …but a parent below what the children already add up to is wrong whatever the others say
    const below = validateReport(province({ "hs.tiep_nhan": 1900 }), { rules, children: [a, b, bare] });
    expect(at(below, "rollup_mismatch", ["values", "hs.tiep_nhan"])?.severity).toBe("error");
  });

  it("yes/no facts are counted (countTrue): 2 communes with a Tổ CNSCĐ, not 3", () => {
    const issues = validateReport(province({ "cnscd.da_thanh_lap": 3 }), { rules, children: [a, b] });
    expect(at(issues, "rollup_mismatch", ["values", "cnscd.da_thanh_lap"])?.params).toMatchObject({ childrenTotal: 2, imbalance: 1 });
  });

  it("with a unit index, units below that sent nothing are named too", () => {
    const units = indexUnits({
      validFrom: "2025-07-01",
      units: [
        { code: "40", name: "Tỉnh Nghệ An", level: "tinh", parent: "VN" },
        { code: "17001", name: "Xã A", level: "xa", parent: "40" },
        { code: "17002", name: "Xã B", level: "xa", parent: "40" },
        { code: "17009", name: "Xã Chưa Báo Cáo", level: "xa", parent: "40" },
      ],
    });
    const issues = validateReport(province({ "hs.tiep_nhan": 2000 }), { rules, children: [a, b], units });
    expect(at(issues, "rollup_mismatch", ["values", "hs.tiep_nhan"])?.params).toMatchObject({ missing: ["17009"], missingNames: ["Xã Chưa Báo Cáo"] });
    const stranger = commune("26001", "Xã Lạ");
    const withStranger = validateReport(province({ "hs.tiep_nhan": 1952 }), { rules, children: [a, b, stranger], units });
    expect(byCode(withStranger, "child_not_below").map((i) => i.params.child)).toEqual(["26001"]);
  });

  it("children of another period or level, and duplicates, are left out of the totals", () => {
    const april = commune("17003", "Xã C", (r) => (r.period = "202604"));
    const issues = validateReport(province({ "hs.tiep_nhan": 1952 }), { rules, children: [a, b, april, a] });
    expect(byCode(issues, "child_period_mismatch").map((i) => i.params.child)).toEqual(["17003"]);
    expect(byCode(issues, "child_duplicate").map((i) => i.params.child)).toEqual(["17001"]);
    expect(byCode(issues, "rollup_mismatch")).toEqual([]);
    const sonLa = province({ "hs.tiep_nhan": 10 }, (r) => (r.unit = { code: "14", name: "Tỉnh Sơn La", level: "tinh" }));
    const mixed = validateReport(province({ "hs.tiep_nhan": 1952 }), { rules, children: [a, b, sonLa] });
    expect(byCode(mixed, "child_level_mismatch").map((i) => i.params.child)).toEqual(["14"]);
    expect(byCode(mixed, "rollup_mismatch")).toEqual([]);
  });

  it("a child with only an approximate figure (“trên 1.500 lượt”) is not added: the parent may leave it out or carry an amount inside it", () => {
    const withCount = commune("17003", "Xã C", (r) => (r.values["tt.luot_phat_thanh"] = 200));
    // a and b state only "trên 1.500 lượt"; c gives 200.
    expect(validateReport(a, { rules: [] }).length).toBe(0);
    for (const value of [200, 3500]) {
      const issues = validateReport(province({ "tt.luot_phat_thanh": value }), { rules, children: [a, b, withCount] });
      expect(at(issues, "rollup_mismatch", ["values", "tt.luot_phat_thanh"])).toBeUndefined();
    }
    const below = validateReport(province({ "tt.luot_phat_thanh": 150 }), { rules, children: [a, b, withCount] });
    const i = at(below, "rollup_mismatch", ["values", "tt.luot_phat_thanh"]);
    expect(i?.severity).toBe("error");
    expect(i?.params).toMatchObject({ childrenTotal: 200, imbalance: -50, reported: 1, approximate: ["17001", "17002"] });
    expect(i?.message).toContain("2 đơn vị chỉ ghi số ước lượng, không cộng: Xã A, Xã B");
    expect(i?.message).not.toContain("—");
  });

  it("does not run for communes", () => {
    expect(validateReport(a, { rules, children: [b] })).toEqual([]);
  });
});
