import { describe, expect, it } from "vitest";
import { TIME_RULES, validateReport } from "../../../src/validation/index.js";
import { at, byCode, byRule, corrected004, fixture, type Raw } from "../helpers.js";

const rules = TIME_RULES;

describe("time.date_after_cutoff", () => {
  it("flags the commune seed: dated 08/05/2026 for May, whose cut-off runs to 14/05/2026", () => {
    const i = at(validateReport(fixture("004-dong-cuu-2026-05"), { rules }), "date_before_cutoff_end", ["document", "date"]);
    expect(i?.severity).toBe("error");
    expect(i?.params).toMatchObject({ date: "2026-05-08", cutoffFrom: "2026-04-15", cutoffTo: "2026-05-14" });
    expect(i?.message).toBe(
      "Báo cáo ghi ngày 08/05/2026, trước khi kết thúc kỳ chốt số liệu tháng 05/2026 (từ 15/04/2026 đến 14/05/2026).",
    );
  });

  it("the cut-off day itself is still too early; the day after is fine", () => {
    const on = validateReport(corrected004((r) => (r.document.date = "2026-05-14")), { rules });
    expect(byCode(on, "date_before_cutoff_end")).toHaveLength(1);
    expect(validateReport(corrected004(), { rules })).toEqual([]);
  });

  it("a half-year report dated in June before the 14th is early too", () => {
    const r = fixture("002-son-la-vp-ubnd", (raw) => (raw.document.date = "2026-06-10"));
    expect(at(validateReport(r, { rules }), "date_before_cutoff_end", ["document", "date"])?.params.cutoffTo).toBe("2026-06-14");
  });
});

describe("time.date_missing", () => {
  it("a report dated “ngày    tháng 3 năm 2026”, the day left blank, is a warning naming what is written", () => {
    const i = at(validateReport(fixture("003-nghe-an-2026-02"), { rules }), "date_missing", ["document", "date"]);
    expect(i?.severity).toBe("warning");
    expect(i?.params).toEqual({ partial: "2026-03" });
    expect(i?.message).toBe('Báo cáo chưa ghi đủ ngày ban hành (trường "document.date" mới ghi 2026-03, còn để trống ngày).');
  });

  it("an undated report is a warning “chưa ghi ngày”", () => {
    const i = at(validateReport(fixture("003-nghe-an-2026-02", (r) => (r.document.date = null)), { rules }), "date_missing", ["document", "date"]);
    expect(i?.severity).toBe("warning");
    expect(i?.message).toBe("Báo cáo chưa ghi ngày ban hành.");
  });
});

describe("time.period_kind", () => {
  it("communes have no 9-month report; provinces do", () => {
    const xa = validateReport(corrected004((r) => (r.period = "2026N9")), { rules });
    expect(at(xa, "period_kind_not_reported", ["period"])?.params).toMatchObject({ kind: "nine", level: "xa" });
    expect(at(xa, "period_kind_not_reported", ["period"])?.message).toContain("cấp xã");
    const tinh = validateReport(fixture("003-nghe-an-2026-02", (r) => (r.period = "2026N9")), { rules });
    expect(byRule(tinh, "time.period_kind")).toEqual([]);
  });
});

describe("time.cumulative", () => {
  const march = (patch?: (r: Raw) => void) =>
    fixture("003-nghe-an-2026-02", (r) => {
      r.period = "202603";
      delete r.comparisons;
      patch?.(r);
    });

  it("a cumulative figure below the previous report's is flagged", () => {
    const previous = fixture("003-nghe-an-2026-02");
    const issues = validateReport(march((r) => (r.values["cc.the_da_cap"] = 3_454_000)), { rules, previous });
    const i = at(issues, "cumulative_decreased", ["values", "cc.the_da_cap"]);
    expect(i?.params).toMatchObject({ earlier: 3_454_035, value: 3_454_000, drop: 35, earlierPeriod: "202602", source: "previous" });
    expect(i?.message).toContain("tháng 02/2026");
  });

  it("growing figures and flows are not flagged", () => {
    const previous = fixture("003-nghe-an-2026-02", (r) => (r.values["tt.tin_bai"] = 1_000));
    expect(byRule(validateReport(march(), { rules, previous }), "time.cumulative")).toEqual([]);
  });

  it("a previous report of another unit or a later period is not used", () => {
    const other = fixture("003-nghe-an-2026-02", (r) => (r.unit = { code: "14", name: "Tỉnh Sơn La", level: "tinh" }));
    expect(byCode(validateReport(march(), { rules, previous: other }), "previous_unit_mismatch")).toHaveLength(1);
    const later = fixture("003-nghe-an-2026-02", (r) => (r.period = "202604"));
    expect(byCode(validateReport(march(), { rules, previous: later }), "previous_not_earlier")).toHaveLength(1);
  });

  it("without a previous report, the report's own comparison figures are used", () => {
    expect(byRule(validateReport(fixture("003-nghe-an-2026-02"), { rules }), "time.cumulative")).toEqual([]);
    const bad = fixture("003-nghe-an-2026-02", (r) => (r.comparisons.previous.values["yte.luot_tra_cuu_can_cuoc"] = 12_000_000));
    const i = at(validateReport(bad, { rules }), "cumulative_decreased", ["values", "yte.luot_tra_cuu_can_cuoc"]);
    expect(i?.params).toMatchObject({ source: "comparison", earlier: 12_000_000 });
  });
});

describe("time.comparison_periods and time.comparison_matches_previous", () => {
  it("the comparison periods must be the previous period and last year's", () => {
    const bad = fixture("003-nghe-an-2026-02", (r) => {
      r.comparisons.previous.period = "202512";
      r.comparisons.samePeriodLastYear = { period: "202501", values: {} };
    });
    const issues = validateReport(bad, { rules });
    expect(at(issues, "comparison_period_mismatch", ["comparisons", "previous", "period"])?.params).toMatchObject({ expected: "202601" });
    expect(at(issues, "comparison_period_mismatch", ["comparisons", "samePeriodLastYear", "period"])?.params).toMatchObject({ expected: "202502" });
  });

  it("figures quoted for the previous period agree with the previous report", () => {
    const january = fixture("003-nghe-an-2026-02", (r) => {
      r.period = "202601";
      delete r.comparisons;
      r.values["yte.luot_tra_cuu_can_cuoc"] = 11_400_000;
    });
    const i = at(validateReport(fixture("003-nghe-an-2026-02"), { rules, previous: january }), "comparison_differs_from_previous", [
      "comparisons",
      "previous",
      "values",
      "yte.luot_tra_cuu_can_cuoc",
    ]);
    expect(i?.params).toMatchObject({ quoted: 11_453_556, actual: 11_400_000 });
  });
});
