/**
 * rollupPeriods: one unit's months (or quarters) into a quarter, half, nine months or year —
 * flows summed, stocks and facts from the latest sub-period, rates recomputed from the combined
 * counts, coverage and provenance per sub-period; and every bad input (another unit, a period
 * outside the target, overlaps, duplicates, nothing at all) a problem with the report returned.
 */
import { describe, expect, it } from "vitest";
import { evaluateIndicators } from "../../../src/indicators/index.js";
import { DRAFT_MARKING, rollup, rollupPeriods, type RollupPeriodsOptions } from "../../../src/rollup/index.js";
import { ReportSchema, type Report } from "../../../src/schema/report.js";
import { editReport, withParagraph } from "../../../src/testing/index.js";
import { communeReport, deepFreeze, PROVINCE, TEST_CATALOG } from "../helpers.js";

const XA = { code: "09487", name: "Xã Đông Cứu", level: "xa" } as const;
const Q2: RollupPeriodsOptions = { unit: XA, period: "2026Q2", catalog: TEST_CATALOG };

/** A report of Đông Cứu (or `code`) for `period`. */
function month(period: string, values: Record<string, number | boolean>, extra: Partial<Report> = {}, code: string = XA.code): Report {
  const r = communeReport(code, values, extra);
  return { ...r, unit: code === XA.code ? XA : r.unit, period, document: { ...r.document, date: null }, ...extra };
}

const APRIL = month("202604", { "t.nhan": 100, "t.xong": 90, "t.dung": 80, "t.tre": 10, "t.tien": 1_000, "t.thu_tuc": 12, "t.to": false });
const MAY = month("202605", { "t.nhan": 200, "t.xong": 150, "t.dung": 150, "t.tre": 0, "t.tien": 1_500, "t.thu_tuc": 12, "t.to": true });
const JUNE = month("202606", { "t.nhan": 50, "t.xong": 60, "t.dung": 30, "t.tre": 30, "t.tien": 1_800, "t.thu_tuc": 13, "t.to": true });

const codes = (r: { issues: readonly { code: string }[] }) => r.issues.map((i) => i.code);

describe("a quarter from its three months", () => {
  const result = rollupPeriods([JUNE, APRIL, MAY], Q2);

  it("adds flows, takes stocks and yes/no facts from the last month", () => {
    expect(result.report.values).toEqual({
      "t.nhan": 350,
      "t.xong": 300,
      "t.dung": 260,
      "t.tre": 40,
      "t.tien": 1_800,
      "t.thu_tuc": 13,
      "t.to": true,
    });
    expect(result.issues).toEqual([]);
  });

  it("recomputes rates from the combined counts, never averaging the months' rates", () => {
    const [dung] = evaluateIndicators(result.report.values, { catalog: TEST_CATALOG, ids: ["t.tl_dung"] });
    // 260 / 300 = 86,7%; the average of 88,9%, 100% and 50% would be 79,6%.
    expect(dung?.value).toBeCloseTo(86.6667, 3);
    expect(result.report.stated).toEqual({});
  });

  it("is a generated draft of the quarter, valid under the schema", () => {
    const { report } = result;
    expect(report.period).toBe("2026Q2");
    expect(report.unit).toEqual(XA);
    expect(report.origin).toBe("generated");
    expect(report.document.marking).toBe(DRAFT_MARKING);
    expect(report.document.title).toContain("quý II năm 2026");
    expect(report.body.length).toBeGreaterThan(0);
    expect(ReportSchema.safeParse(report).success).toBe(true);
  });

  it("gives each draft its own outline body, plain data the caller may edit", () => {
    const other = rollupPeriods([APRIL], Q2);
    expect(other.report.body).not.toBe(result.report.body);
    expect(other.report.body).toEqual(result.report.body);
    (other.report.body as unknown[]).push({ id: "x", title: "Mục thêm", paragraphs: [], children: [] });
    expect(result.report.body).toHaveLength(other.report.body.length - 1);
    const edited = editReport(result.report, withParagraph("Đoạn văn mới."));
    expect(JSON.stringify(edited.body)).toContain("Đoạn văn mới.");
  });

  it("gives coverage and provenance per month", () => {
    expect(result.coverage).toMatchObject({ period: "2026Q2", expected: ["202604", "202605", "202606"], reported: ["202604", "202605", "202606"], missing: [], rejected: [] });
    expect(result.coverage.perFigure["t.nhan"]).toEqual({ contributed: 3, reported: 3 });
    expect(result.provenance["t.nhan"]?.map((c) => [c.period, c.value])).toEqual([
      ["202604", 100],
      ["202605", 200],
      ["202606", 50],
    ]);
    // A stock: only the month it was taken from.
    expect(result.provenance["t.tien"]).toEqual([{ unit: XA.code, unitName: XA.name, period: "202606", value: 1_800 }]);
    expect(result.rejected).toEqual([]);
  });

  it("does not change its inputs", () => {
    const frozen = [APRIL, MAY, JUNE].map((r) => deepFreeze(structuredClone(r)));
    const again = rollupPeriods(frozen, Q2);
    expect(again.report.values).toEqual(result.report.values);
  });
});

describe("gaps and stale stocks", () => {
  it("a missing month is listed in coverage and said, and the flows cover the months given", () => {
    const r = rollupPeriods([APRIL, JUNE], Q2);
    expect(r.coverage.missing).toEqual(["202605"]);
    expect(r.coverage.expected).toEqual(["202604", "202605", "202606"]);
    expect(r.report.values["t.nhan"]).toBe(150);
    const p = r.issues.find((i) => i.code === "periods_missing");
    expect(p?.severity).toBe("warning");
    expect(p?.message).toBe("Thiếu 1/3 kỳ của quý II năm 2026: tháng 05/2026. Số liệu tổng hợp chưa đủ kỳ.");
  });

  it("a stock missing from the last month is taken from the latest month that has it, and said", () => {
    const june = month("202606", { "t.nhan": 50 });
    const r = rollupPeriods([APRIL, MAY, june], Q2);
    expect(r.report.values["t.tien"]).toBe(1_500);
    expect(r.provenance["t.tien"]?.map((c) => c.period)).toEqual(["202605"]);
    const p = r.issues.find((i) => i.code === "period_last_not_latest" && i.path[1] === "t.tien");
    expect(p?.message).toBe("“t.tien” (số lũy kế, lấy số kỳ cuối) không có trong tháng 06/2026: lấy số của tháng 05/2026.");
  });

  it("a year from quarters says which quarter is missing, not which months", () => {
    const q = (p: string, n: number) => month(p, { "t.nhan": n });
    const r = rollupPeriods([q("2026Q1", 1), q("2026Q2", 2), q("2026Q4", 4)], { ...Q2, period: "2026" });
    expect(r.report.values["t.nhan"]).toBe(7);
    expect(r.coverage.missing).toEqual(["2026Q3"]);
    expect(r.coverage.expected).toEqual(["2026Q1", "2026Q2", "2026Q3", "2026Q4"]);
  });

  it("six months from a quarter and three months that do not overlap it", () => {
    const r = rollupPeriods([month("2026Q1", { "t.nhan": 300 }), APRIL, MAY, JUNE], { ...Q2, period: "2026S1" });
    expect(r.report.values["t.nhan"]).toBe(650);
    expect(r.coverage.reported).toEqual(["2026Q1", "202604", "202605", "202606"]);
    expect(r.coverage.missing).toEqual([]);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("nine months and a year of months", () => {
    const months = Array.from({ length: 12 }, (_, i) => month(`2026${String(i + 1).padStart(2, "0")}`, { "t.nhan": i + 1, "t.tien": 10 * (i + 1) }));
    const nine = rollupPeriods(months.slice(0, 9), { ...Q2, period: "2026N9" });
    expect(nine.report.values).toEqual({ "t.nhan": 45, "t.tien": 90 });
    const year = rollupPeriods(months, { ...Q2, period: "2026" });
    expect(year.report.values).toEqual({ "t.nhan": 78, "t.tien": 120 });
    expect(year.coverage.missing).toEqual([]);
  });
});

describe("bad input: problems with the reports returned, never exceptions", () => {
  it("a quarter beside one of its months overlaps: both are left out, with an error naming them", () => {
    const quarter = month("2026Q2", { "t.nhan": 999 });
    const r = rollupPeriods([APRIL, quarter, MAY, JUNE], { ...Q2, period: "2026S1" });
    const p = r.issues.find((i) => i.code === "periods_overlap");
    expect(p?.severity).toBe("error");
    expect(p?.params.periods).toEqual(["202604", "2026Q2", "202605", "202606"]);
    expect(r.rejected.map((x) => [x.index, x.codes])).toEqual([
      [0, ["periods_overlap"]],
      [1, ["periods_overlap"]],
      [2, ["periods_overlap"]],
      [3, ["periods_overlap"]],
    ]);
    expect(r.rejected[1]?.report).toBe(quarter);
    expect(r.report.values["t.nhan"]).toBeUndefined();
    expect(codes(r)).toContain("periods_empty");
  });

  it("only the overlapping reports are left out; the others still count", () => {
    const r = rollupPeriods([month("202601", { "t.nhan": 1 }), month("2026Q2", { "t.nhan": 1000 }), month("202606", { "t.nhan": 6 }), month("202603", { "t.nhan": 3 })], {
      ...Q2,
      period: "2026S1",
    });
    expect(r.report.values["t.nhan"]).toBe(4);
    expect(r.rejected.map((x) => x.index)).toEqual([1, 2]);
    expect(r.issues.find((i) => i.code === "periods_overlap")?.path).toEqual(["reports", 1, "period"]);
    expect(r.coverage.missing).toEqual(["202602", "202604", "202605", "202606"]);
  });

  it("the same month twice counts once (the later dated), the other is returned", () => {
    const corrected = month("202605", { "t.nhan": 210 }, { document: { ...MAY.document, date: "2026-05-20" } });
    const r = rollupPeriods([APRIL, { ...MAY, document: { ...MAY.document, date: "2026-05-15" } }, corrected, JUNE], Q2);
    expect(r.report.values["t.nhan"]).toBe(100 + 210 + 50);
    expect(r.coverage.duplicates).toEqual(["202605"]);
    expect(r.rejected.map((x) => [x.index, x.codes])).toEqual([[1, ["period_duplicate"]]]);
    const p = r.issues.find((i) => i.code === "period_duplicate");
    expect(p?.severity).toBe("warning");
    expect(p?.path).toEqual(["reports", 2, "period"]);
  });

  it("a report of another unit, level or agency is left out with an error", () => {
    const other = month("202605", { "t.nhan": 7 }, {}, "09490");
    const province = { ...MAY, unit: PROVINCE };
    const agency = { ...JUNE, agency: { code: "cong_an_xa", name: "Công an xã" } };
    const r = rollupPeriods([APRIL, other, province, agency], Q2);
    expect(r.rejected.map((x) => [x.index, x.codes])).toEqual([
      [1, ["period_other_unit"]],
      [2, ["period_other_unit"]],
      [3, ["period_other_unit"]],
    ]);
    const p = r.issues.find((i) => i.code === "period_other_unit");
    expect(p?.path).toEqual(["reports", 1, "unit"]);
    expect(p?.message).toBe("Báo cáo thứ 2 (tháng 05/2026) là của Xã 09490 (09490), không phải của Xã Đông Cứu (09487); không được tổng hợp.");
    expect(r.issues.find((i) => i.path[1] === 3)?.path).toEqual(["reports", 3, "agency"]);
    expect(r.report.values["t.nhan"]).toBe(100);
  });

  it("a month outside the quarter, a range and the quarter itself are not sub-periods", () => {
    const r = rollupPeriods(
      [APRIL, month("202607", { "t.nhan": 1 }), month("202505", { "t.nhan": 1 }), month("2026Q2", { "t.nhan": 1 }), month("2026-04-01_2026-04-30", { "t.nhan": 1 })],
      Q2,
    );
    expect(r.rejected.map((x) => [x.index, x.codes])).toEqual([
      [1, ["period_outside_target"]],
      [2, ["period_outside_target"]],
      [3, ["period_is_target"]],
      [4, ["period_invalid"]],
    ]);
    expect(r.issues.find((i) => i.code === "period_outside_target")?.message).toBe(
      "Báo cáo thứ 2: tháng 07/2026 không nằm trong quý II năm 2026; không được tổng hợp.",
    );
    expect(r.issues.find((i) => i.code === "period_is_target")?.message).toBe(
      "Báo cáo thứ 4 đã là báo cáo của cả quý II năm 2026: không tổng hợp chung với các kỳ nhỏ hơn (dùng báo cáo này, hoặc chỉ các kỳ nhỏ hơn).",
    );
    expect(r.coverage.rejected).toEqual(["202607", "202505", "2026Q2", "2026-04-01_2026-04-30"]);
  });

  it("nothing to roll up is an error, not an exception", () => {
    const r = rollupPeriods([], Q2);
    expect(r.issues.map((i) => [i.code, i.severity, i.path])).toEqual([["periods_empty", "error", ["reports"]]]);
    expect(r.issues[0]?.message).toBe("Không có báo cáo nào để tổng hợp thành quý II năm 2026.");
    expect(r.report.values).toEqual({});
    expect(r.coverage.missing).toEqual(["202604", "202605", "202606"]);
  });

  it("a target that has no sub-periods (a month, a range, nonsense) rejects every report", () => {
    for (const period of ["202605", "2026-04-01_2026-06-30", "2026Q7"]) {
      const r = rollupPeriods([APRIL], { ...Q2, period });
      expect(codes(r)).toEqual(["periods_target_invalid"]);
      expect(r.rejected).toEqual([{ index: 0, report: APRIL, codes: ["periods_target_invalid"] }]);
    }
  });

  it("invalid figures are errors and are not added; overflow is an error, never a wrong number", () => {
    const bad = month("202605", { "t.nhan": -3, "t.xong": 1.5, "t.tien": true });
    const r = rollupPeriods([APRIL, bad as Report], Q2);
    expect(r.issues.filter((i) => i.code === "period_invalid_value").map((i) => i.path)).toEqual([
      ["reports", 1, "values", "t.nhan"],
      ["reports", 1, "values", "t.xong"],
      ["reports", 1, "values", "t.tien"],
    ]);
    expect(r.report.values["t.nhan"]).toBe(100);
    expect(r.report.values["t.tien"]).toBe(1_000);
    const big = rollupPeriods([month("202604", { "t.nhan": Number.MAX_SAFE_INTEGER }), month("202605", { "t.nhan": 1 })], Q2);
    expect(big.issues.map((i) => [i.code, i.severity])).toContainEqual(["period_sum_overflow", "error"]);
    expect(big.report.values["t.nhan"]).toBeUndefined();
  });

  it("a month that states only a rate cannot be added: said, and the rate is not carried", () => {
    const rateOnly = month("202605", {}, { stated: { "t.tl_dung": { value: 100, decimals: 0, text: "100%" } } });
    const r = rollupPeriods([APRIL, rateOnly, JUNE], Q2);
    const p = r.issues.find((i) => i.code === "period_stated_without_counts");
    expect(p?.path).toEqual(["reports", 1, "stated", "t.tl_dung"]);
    expect(p?.message).toBe(
      "Tháng 05/2026 chỉ ghi “t.tl_dung” = 100% mà không có t.dung, t.xong: không cộng được tỷ lệ hay số ghi bằng lời qua các kỳ (không lấy trung bình tỷ lệ).",
    );
    expect(r.report.stated["t.tl_dung"]).toBeUndefined();
  });

  it("messages in English on request", () => {
    const r = rollupPeriods([APRIL, month("202607", {})], { ...Q2, locale: "en" });
    expect(r.issues.find((i) => i.code === "period_outside_target")?.message).toBe("Report #2: 202607 is not inside 2026Q2; not used.");
  });
});

describe("figures that need care", () => {
  it("an indicator whose numerator and denominator come from different months is flagged", () => {
    const r = rollupPeriods([APRIL, month("202605", { "t.xong": 10 }), month("202606", { "t.dung": 5 })], Q2);
    const p = r.issues.find((i) => i.code === "period_indicator_mixed_sources");
    expect(p?.params).toMatchObject({ id: "t.tl_dung", numeratorPeriods: ["202604", "202606"], denominatorPeriods: ["202604", "202605"] });
  });

  it("the most severe flag of the months added is kept; a stock keeps its month's flag", () => {
    const may = { ...MAY, flags: { "t.nhan": "estimated" as const, "t.tien": "provisional" as const } };
    const r = rollupPeriods([APRIL, may, { ...JUNE, flags: { "t.nhan": "provisional" as const } }], Q2);
    expect(r.report.flags).toEqual({ "t.nhan": "estimated" });
    expect(r.provenance["t.nhan"]?.[1]).toEqual({ unit: XA.code, unitName: XA.name, period: "202605", value: 200, estimated: true });
  });

  it("a province's monthly rollups into its quarter: counted facts keep the number they are out of", () => {
    const communes = (period: string, facts: boolean[]) => facts.map((f, i) => month(period, { "t.to": f, "t.nhan": 1 }, {}, `0948${i}`));
    const months = [
      communes("202604", [false, false, true]),
      communes("202605", [true, false, true]),
      communes("202606", [true, true, true, false]),
    ].map((children, i) => rollup(children, { unit: PROVINCE, period: `20260${i + 4}`, catalog: TEST_CATALOG }).report);
    const r = rollupPeriods(months, { unit: PROVINCE, period: "2026Q2", catalog: TEST_CATALOG });
    expect(r.report.values["t.to"]).toBe(3);
    expect(r.report.stated["t.to"]).toEqual({ value: 3, decimals: 0, max: 4 });
    expect(r.countTrue?.["t.to"]).toEqual({ count: 3, of: 4, complete: true });
    expect(r.report.values["t.nhan"]).toBe(10);
  });

  it("breakdowns by a dimension: a flow's parts added month by month, a stock's from its month", () => {
    const bd = (id: string, parts: [string, number][], complete = true) => ({
      id,
      dimension: "procedure" as const,
      complete,
      parts: parts.map(([key, value]) => ({ key, label: `Thủ tục ${key}`, value })),
    });
    const april = { ...APRIL, breakdowns: [bd("t.nhan", [["a", 60], ["b", 40]]), bd("t.tien", [["a", 1_000]])] };
    const may = { ...MAY, breakdowns: [bd("t.nhan", [["a", 150], ["c", 50]]), bd("t.tien", [["a", 1_500]])] };
    const full = rollupPeriods([april, may, { ...JUNE, breakdowns: [bd("t.nhan", [["b", 50]]), bd("t.tien", [["a", 1_000], ["b", 800]])] }], Q2);
    expect(full.report.breakdowns).toEqual([
      bd("t.tien", [["a", 1_000], ["b", 800]]),
      bd("t.nhan", [["a", 210], ["b", 90], ["c", 50]]),
    ]);
    // June gives hồ sơ without breaking them down: the parts are "trong đó", not the whole.
    const partial = rollupPeriods([april, may, JUNE], Q2);
    expect(partial.report.breakdowns).toEqual([bd("t.nhan", [["a", 210], ["b", 40], ["c", 50]], false)]);
  });

  it("what belongs to each month as written (comparisons, stated changes) is not carried, and said", () => {
    const may = { ...MAY, comparisons: { samePeriodLastYear: { period: "202505", values: { "t.nhan": 180 }, stated: {}, flags: {} } } };
    const r = rollupPeriods([APRIL, may, JUNE], Q2);
    expect(r.report.comparisons).toBeUndefined();
    const p = r.issues.find((i) => i.code === "period_not_carried");
    expect(p?.severity).toBe("info");
    expect(p?.message).toBe("Không chuyển sang báo cáo tổng hợp (thuộc riêng từng kỳ): số liệu so sánh (kỳ trước, cùng kỳ).");
  });
});
