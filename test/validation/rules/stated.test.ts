import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STATED_RULES, validateReport } from "../../../src/validation/index.js";
import { figureSetArb, reportFor, withFigures } from "../../../src/testing/index.js";
import { at, byRule, corrected004, fixture } from "../helpers.js";

const rules = STATED_RULES;
const withRate = (stated: Record<string, unknown>) =>
  validateReport(corrected004((r) => (r.stated["tl.ho_so_dung_han"] = stated)), { rules });

describe("stated.ratio (XBRL Calculations 1.1)", () => {
  it("“956/959 … 99,7%” is consistent; 99,8% is not", () => {
    expect(byRule(validateReport(fixture("004-dong-cuu-2026-05"), { rules }), "stated.ratio")).toEqual([]);
    const i = at(withRate({ value: 99.8, decimals: 1 }), "stated_ratio_inconsistent", ["stated", "tl.ho_so_dung_han"]);
    expect(i?.severity).toBe("error");
    expect(i?.params.computed).toBeCloseTo(99.687, 3);
    expect(i?.params.low).toBeCloseTo(99.75, 9);
    expect(i?.message).toContain("956/959");
    expect(i?.message).toContain("99,8%");
    expect(i?.message).toContain("99,687%");
  });

  it("the precision written sets the interval: 99,69 passes, 99,68 fails", () => {
    expect(withRate({ value: 99.69, decimals: 2 })).toEqual([]);
    expect(withRate({ value: 99.68, decimals: 2 })).toHaveLength(1);
    expect(withRate({ value: 100, decimals: 0 })).toEqual([]);
  });

  it("qualifiers widen the interval honestly", () => {
    expect(withRate({ value: 99, decimals: 0, qualifier: "hơn" })).toEqual([]);
    expect(withRate({ value: 99, decimals: 0, qualifier: "gần" })).toHaveLength(1);
    expect(withRate({ value: 99, decimals: 0, qualifier: "khoảng", tolerance: 1 })).toEqual([]);
    expect(withRate({ value: 95, decimals: 0, qualifier: "khoảng", tolerance: 1 })).toHaveLength(1);
  });

  it("the province seed's 2.999.991/3.002.648 = 99,91% holds", () => {
    expect(byRule(validateReport(fixture("003-nghe-an-2026-02"), { rules }), "stated.ratio")).toEqual([]);
  });

  it("property: a rate rounded to the decimals written is never a false alarm", () => {
    // Every indicator of a commune, written with 0 to 4 decimals, from counts that keep the catalog's relations.
    fc.assert(
      fc.property(figureSetArb(fc, { level: "xa", statedDecimals: "any" }), (figures) => {
        expect(byRule(validateReport(reportFor("09487", "202605", withFigures(figures)), { rules }), "stated.ratio")).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

});

describe("stated.value", () => {
  it("a count and its wording must agree: “hơn 1200” with 1.100 is flagged, 1.250 is not", () => {
    const bad = validateReport(corrected004((r) => (r.values["ho_tro.luot_nguoi_dan"] = 1100)), { rules });
    expect(at(bad, "stated_value_inconsistent", ["stated", "ho_tro.luot_nguoi_dan"])?.params).toMatchObject({ value: 1100, stated: 1200, qualifier: "hơn" });
    expect(validateReport(corrected004((r) => (r.values["ho_tro.luot_nguoi_dan"] = 1250)), { rules })).toEqual([]);
  });

  it("“157,9 tỷ đồng” (decimals −8) covers 157.930.000.000 but not 158.000.000.000", () => {
    const ok = validateReport(fixture("003-nghe-an-2026-02", (r) => (r.values["nh.du_no"] = 157_930_000_000)), { rules });
    expect(byRule(ok, "stated.value")).toEqual([]);
    const bad = validateReport(fixture("003-nghe-an-2026-02", (r) => (r.values["nh.du_no"] = 158_000_000_000)), { rules });
    expect(at(bad, "stated_value_inconsistent", ["stated", "nh.du_no"])).toBeDefined();
  });
});

describe("stated.bounds", () => {
  it("a score above its maximum is an error; a maximum unlike the catalog's a warning", () => {
    expect(byRule(validateReport(fixture("003-nghe-an-2026-02"), { rules }), "stated.bounds")).toEqual([]);
    const over = validateReport(fixture("003-nghe-an-2026-02", (r) => (r.stated["cs766.dvc_truc_tuyen"].value = 23)), { rules });
    expect(at(over, "stated_exceeds_max", ["stated", "cs766.dvc_truc_tuyen"])?.params).toMatchObject({ stated: 23, max: 22 });
    const max = validateReport(fixture("003-nghe-an-2026-02", (r) => (r.stated["cs766.so_hoa"].max = 25)), { rules });
    expect(at(max, "stated_max_differs", ["stated", "cs766.so_hoa", "max"])?.params).toMatchObject({ max: 25, expected: 22 });
    expect(at(max, "stated_max_differs", ["stated", "cs766.so_hoa", "max"])?.severity).toBe("warning");
  });

  it("a share of a whole above 100% is an error", () => {
    const bad = validateReport(
      corrected004((r) => {
        delete r.values["hs.dung_han"];
        r.stated["tl.ho_so_dung_han"] = { value: 100.4, decimals: 1 };
      }),
      { rules },
    );
    expect(at(bad, "stated_share_over_100", ["stated", "tl.ho_so_dung_han"])).toBeDefined();
  });
});
