import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ARITHMETIC_RULES, validateReport } from "../../../src/validation/index.js";
import { figureSetArb, inconsistentFiguresArb, reportFor, withFigures, type GeneratedFigures } from "../../../src/testing/index.js";
import "../../../src/testing/vitest.js";
import { at, byRule, corrected004, fixture } from "../helpers.js";

const rules = ARITHMETIC_RULES;

describe("arithmetic.breakdown", () => {
  it("flags the commune seed's task tally: 4 with a deadline + 16 recurring ≠ 16 assigned", () => {
    const issues = validateReport(fixture("004-dong-cuu-2026-05"), { rules });
    const i = at(issues, "breakdown_mismatch", ["values", "nv.duoc_giao"]);
    expect(i?.severity).toBe("error");
    expect(i?.params).toMatchObject({ breakdown: "bd.nhiem_vu_loai", totalValue: 16, sum: 20, difference: 4 });
    expect(i?.message).toContain("Tổng số nhiệm vụ được giao");
    expect(i?.message).toContain("20");
  });

  it("is quiet once the tally adds up", () => {
    expect(byRule(validateReport(corrected004(), { rules }), "arithmetic.breakdown")).toEqual([]);
  });

  it("completed + unfinished = assigned", () => {
    const bad = validateReport(corrected004((r) => (r.values["nv.hoan_thanh"] = 10)), { rules });
    expect(bad.find((i) => i.params.breakdown === "bd.nhiem_vu_tien_do")?.params).toMatchObject({ totalValue: 16, sum: 10 });
    const good = validateReport(corrected004((r) => (r.values["nv.hoan_thanh"] = 16)), { rules });
    expect(good.filter((i) => i.params.breakdown === "bd.nhiem_vu_tien_do")).toEqual([]);
  });

  it("resolved = on time + late (956 + 3 = 959)", () => {
    expect(validateReport(corrected004((r) => (r.values["hs.qua_han"] = 3)), { rules })).toEqual([]);
    const bad = validateReport(corrected004((r) => (r.values["hs.qua_han"] = 5)), { rules });
    expect(at(bad, "breakdown_mismatch", ["values", "hs.da_giai_quyet"])?.params).toMatchObject({ sum: 961, difference: 2 });
  });

  it("land data: checked = matched + mismatched + absent (the province seed adds up; a bad copy does not)", () => {
    expect(byRule(validateReport(fixture("003-nghe-an-2026-02"), { rules }), "arithmetic.breakdown")).toEqual([]);
    const bad = validateReport(fixture("003-nghe-an-2026-02", (r) => (r.values["dat.sai_lech"] += 1)), { rules });
    expect(at(bad, "breakdown_mismatch", ["values", "dat.doi_soat"])?.params.difference).toBe(1);
  });

  it("parts already above the total are flagged even when a part is missing", () => {
    const bad = validateReport(corrected004((r) => (r.values["hs.dung_han"] = 960)), { rules });
    const i = at(bad, "breakdown_parts_exceed_total", ["values", "hs.da_giai_quyet"]);
    expect(i?.params.missing).toEqual(["hs.qua_han"]);
  });

  it("a rounded stated total is no false alarm (XBRL interval)", () => {
    const ok = validateReport(
      fixture("003-nghe-an-2026-02", (r) => {
        delete r.values["dat.doi_soat"];
        r.stated["dat.doi_soat"] = { value: 2_000_000, decimals: -5, text: "2,0 triệu" };
      }),
      { rules },
    );
    expect(byRule(ok, "arithmetic.breakdown")).toEqual([]);
    const bad = validateReport(
      fixture("003-nghe-an-2026-02", (r) => {
        delete r.values["dat.doi_soat"];
        r.stated["dat.doi_soat"] = { value: 2_100_000, decimals: -5 };
      }),
      { rules },
    );
    expect(at(bad, "breakdown_mismatch", ["stated", "dat.doi_soat"])).toBeDefined();
  });

  it("property: exact parts that add up are never flagged, any other total always is", () => {
    const breakdowns = (figures: GeneratedFigures) =>
      byRule(validateReport(reportFor("09487", "202605", withFigures(figures)), { rules }), "arithmetic.breakdown");
    fc.assert(
      fc.property(figureSetArb(fc, { level: "xa", stated: false }), (f) => {
        expect(breakdowns(f)).toEqual([]);
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(inconsistentFiguresArb(fc, { level: "xa", codes: ["breakdown_mismatch"] }), ({ figures, expected }) => {
        expect(breakdowns(figures)).toHaveIssue(expected.code, { path: expected.path });
      }),
      { numRuns: 100 },
    );
  });

});

describe("arithmetic.part_whole", () => {
  it("a part above its whole is an error", () => {
    const bad = validateReport(corrected004((r) => (r.values["hs.da_giai_quyet"] = 1000)), { rules });
    const i = at(bad, "part_exceeds_whole", ["values", "hs.da_giai_quyet"]);
    expect(i?.severity).toBe("error");
    expect(i?.params).toMatchObject({ whole: "hs.tiep_nhan", partValue: 1000, wholeValue: 976 });
  });

  it("“trên 100 lượt” with a part of 1.500 is no contradiction; an exact 100 would be", () => {
    expect(byRule(validateReport(fixture("004-dong-cuu-2026-05"), { rules }), "arithmetic.part_whole")).toEqual([]);
    const bad = validateReport(fixture("004-dong-cuu-2026-05", (r) => delete r.stated["tt.luot_phat_thanh"].qualifier), { rules });
    const i = at(bad, "part_exceeds_whole", ["values", "tt.luot_truyen_thanh_xa"]);
    expect(i?.params).toMatchObject({ partValue: 1500, wholeValue: 100 });
  });

  it("the province seed's free certificates (56.715, 36.610) stay within the 125.695 in force", () => {
    expect(byRule(validateReport(fixture("003-nghe-an-2026-02"), { rules }), "arithmetic.part_whole")).toEqual([]);
    const bad = validateReport(fixture("003-nghe-an-2026-02", (r) => (r.values["cks.vnpt_mien_phi"] = 125_696)), { rules });
    expect(at(bad, "part_exceeds_whole", ["values", "cks.vnpt_mien_phi"])).toBeDefined();
  });
});
