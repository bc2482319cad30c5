/**
 * The commune seed (004, Xã Đông Cứu, tháng 05/2026) rolled up with two synthetic sibling
 * communes of Bắc Ninh gives a province report that validates; the seed's real slips stay in the
 * child (the rollup reports them) and never reach the province's figures. Also the synthetic
 * country: deterministic, schema-valid, and rolled all the way up xã → tỉnh → Bộ.
 */
import { describe, expect, it } from "vitest";
import { UNITS_2025 } from "../../../src/communes/index.js";
import { evaluateIndicators } from "../../../src/indicators/index.js";
import { rollup, rollupHierarchy, type RollupOptions } from "../../../src/rollup/index.js";
import { communesOf, generateCommuneReport, generateCountry } from "../../../src/testing/index.js";
import { parseReport, type Report } from "../../../src/schema/index.js";
import { indexUnits } from "../../../src/schema/unit.js";
import { validateReport } from "../../../src/validation/index.js";
import { loadReport } from "../../fixtures/index.js";

const BAC_NINH: RollupOptions = {
  unit: { code: "24", name: "Tỉnh Bắc Ninh", level: "tinh" },
  period: "202605",
  expected: UNITS_2025,
};
const siblings = communesOf("24").filter((u) => u.code !== "09487").slice(0, 2);
const synthetic = siblings.map((u) => generateCommuneReport(u, { seed: 6, period: "202605" }));
const errors = (r: Report) => validateReport(r).filter((i) => i.severity === "error");

/** 004 with its real slips corrected, as a careful officer would before sending it on. */
function corrected004(): Report {
  const r = loadReport("004-dong-cuu-2026-05");
  const values = { ...r.values };
  // "16 nhiệm vụ = 4 có thời hạn + 16 thường xuyên": the 16 are the regular ones, 12 + 4 = 16.
  values["nv.thuong_xuyen"] = (r.values["nv.duoc_giao"] as number) - (r.values["nv.co_thoi_han"] as number);
  // "trên 100 lượt" phát thanh beside 1.500 lượt truyền thanh xã: the broadcasts are the 1.500.
  const { ["tt.luot_phat_thanh"]: _approx, ...stated } = r.stated;
  values["tt.luot_phat_thanh"] = r.values["tt.luot_truyen_thanh_xa"] as number;
  return parseReport({ ...r, values, stated, document: { ...r.document, date: "2026-05-15" } });
}

describe("004 + two synthetic siblings → Tỉnh Bắc Ninh", () => {
  it("the synthetic siblings are valid reports of Bắc Ninh communes", () => {
    expect(siblings.map((u) => u.parent)).toEqual(["24", "24"]);
    for (const s of synthetic) {
      expect(parseReport(JSON.parse(JSON.stringify(s)))).toEqual(s);
      expect(errors(s)).toEqual([]);
    }
  });

  it("with 004 as it is: the province report has no validation error; the slips are reported, not rolled up", () => {
    const seed = loadReport("004-dong-cuu-2026-05");
    expect(errors(seed).map((i) => i.code)).toEqual(
      expect.arrayContaining(["breakdown_mismatch", "part_exceeds_whole"]),
    );
    const { report, issues, coverage } = rollup([seed, ...synthetic], BAC_NINH);
    expect(errors(report)).toEqual([]);
    expect(coverage.reported).toEqual([...synthetic.map((s) => s.unit.code), "09487"].sort());
    expect(coverage.missing).toHaveLength(96);
    // 16 ≠ 4 + 16: the breakdown's parts are left out of the province, which then withholds them.
    expect(issues.find((i) => i.code === "breakdown_inconsistent")?.params).toMatchObject({ unit: "09487", totalValue: 16, sum: 20 });
    expect(report.values["nv.co_thoi_han"]).toBeUndefined();
    expect(report.values["nv.duoc_giao"]).toBe(16 + synthetic.reduce((s, c) => s + (c.values["nv.duoc_giao"] as number), 0));
    // 1.500 lượt truyền thanh under "trên 100 lượt" (no exact whole): left out, named.
    expect(issues.find((i) => i.code === "child_part_without_whole")?.params).toMatchObject({
      unit: "09487",
      id: "tt.luot_truyen_thanh_xa",
      whole: "tt.luot_phat_thanh",
      value: 1500,
    });
    // A commune-only figure (levels ["xa"]) is not carried into the province's report: named once.
    expect(report.values["tt.luot_truyen_thanh_xa"]).toBeUndefined();
    expect(issues.find((i) => i.code === "element_outside_level")?.params.ids).toContain("tt.luot_truyen_thanh_xa");
    // Rates 004 states without counts are named, never averaged in.
    expect(issues.filter((i) => i.code === "stated_without_counts").every((i) => i.params.unit === "09487")).toBe(true);
  });

  it("with 004 corrected: still valid, and every figure is the exact sum of the three", () => {
    const seed = corrected004();
    const { report, provenance } = rollup([seed, ...synthetic], BAC_NINH);
    expect(errors(report)).toEqual([]);
    for (const id of ["hs.tiep_nhan", "hs.da_giai_quyet", "nv.thuong_xuyen", "tt.luot_phat_thanh"]) {
      const sum = [seed, ...synthetic].reduce((s, c) => s + ((c.values[id] as number | undefined) ?? 0), 0);
      expect(report.values[id]).toBe(sum);
      expect(provenance[id]?.find((c) => c.unit === "09487")?.value).toBe(seed.values[id]);
    }
    // On-time rate of the province = Σ đúng hạn ÷ Σ đã giải quyết.
    const [rate] = evaluateIndicators(report.values, { ids: ["tl.ho_so_dung_han"] });
    expect(rate?.numerator).toBe(report.values["hs.dung_han"]);
    expect(rate?.denominator).toBe(report.values["hs.da_giai_quyet"]);
  });
});

describe("the synthetic country", () => {
  const reports = generateCountry({ seed: 6, period: "202605" });

  it("has one report per commune of UNITS_2025, deterministic for a seed", () => {
    expect(reports).toHaveLength(3321);
    expect(new Set(reports.map((r) => r.unit.code)).size).toBe(3321);
    const again = generateCountry({ seed: 6, period: "202605" });
    expect(again).toEqual(reports);
    expect(generateCountry({ seed: 7, period: "202605" })).not.toEqual(reports);
    // A unit's report does not depend on which other units were generated.
    const one = generateCommuneReport({ code: reports[100]!.unit.code, name: reports[100]!.unit.name }, { seed: 6, period: "202605" });
    expect(one).toEqual(reports[100]);
  });

  it("has plausible figures: parts within wholes, breakdowns adding up, dates after the cut-off", () => {
    for (const r of reports.slice(0, 200)) {
      expect(errors(r)).toEqual([]);
      const v = r.values;
      expect(v["hs.da_giai_quyet"] as number).toBeLessThanOrEqual(v["hs.tiep_nhan"] as number);
      expect(r.document.date! > "2026-05-14").toBe(true);
    }
  });

  it("a share can be missing; the rollup then says who", () => {
    const some = generateCountry({ seed: 6, period: "202605", missingRate: 0.1 });
    expect(some.length).toBeGreaterThan(2800);
    expect(some.length).toBeLessThan(3150);
    const { national, provinces } = rollupHierarchy(some, { units: UNITS_2025, period: "202605" });
    const missing = Object.values(provinces).reduce((s, p) => s + p.coverage.missing.length, 0);
    expect(missing).toBe(3321 - some.length);
    expect(national.coverage.reported).toHaveLength(34);
  });

  it("rolls up xã → tỉnh → Bộ with every sum exact and the counted facts out of 3.321 xã", () => {
    const { national, provinces, issues } = rollupHierarchy(reports, { units: indexUnits(UNITS_2025), period: "202605" });
    expect(issues).toEqual([]);
    expect(Object.keys(provinces)).toHaveLength(34);
    for (const id of ["hs.tiep_nhan", "dd.tai_khoan", "kp.de_xuat"]) {
      const all = reports.reduce((s, r) => s + ((r.values[id] as number | undefined) ?? 0), 0);
      expect(national.report.values[id]).toBe(all);
      const byProvince = Object.values(provinces).reduce((s, p) => s + ((p.report.values[id] as number | undefined) ?? 0), 0);
      expect(byProvince).toBe(all);
    }
    const facts = reports.filter((r) => typeof r.values["cnscd.da_thanh_lap"] === "boolean");
    expect(national.countTrue?.["cnscd.da_thanh_lap"]).toEqual({
      count: facts.filter((r) => r.values["cnscd.da_thanh_lap"] === true).length,
      of: facts.length,
      complete: true,
    });
    expect(national.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(errors(national.report)).toEqual([]);
    for (const p of Object.values(provinces)) expect(errors(p.report)).toEqual([]);
  });
});
