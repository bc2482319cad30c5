/**
 * Agency composition (composeReport) and prose gathering (gatherProse, proseToReportParts).
 */
import { describe, expect, it } from "vitest";
import {
  composeReport,
  gatherProse,
  proseToReportParts,
  rollup,
  type AgencyContribution,
  type ComposeOptions,
} from "../../src/rollup/index.js";
import { communeReport, PROVINCE, TEST_CATALOG } from "./helpers.js";

const OPTIONS: ComposeOptions = { unit: PROVINCE, period: "202605", catalog: TEST_CATALOG };
const para = (id: string, text: string) => ({ id, paragraphs: [], items: [{ id: `${id}.1`, paragraphs: [text] }] });

describe("composeReport", () => {
  const center: AgencyContribution = {
    agency: "tt_phvhcc",
    sections: [para("3", "Tiếp nhận 12.000 hồ sơ.")],
    values: { "t.nhan": 12_000 },
  };
  const bhxh: AgencyContribution = {
    agency: "bhxh_tinh",
    sections: [{ id: "4", paragraphs: [], items: [{ id: "4.1", paragraphs: ["Chi trả qua tài khoản đạt 98,5%."] }] }],
    values: { "t.tien": 5_000_000 },
  };

  it("builds the sections from the agencies' parts, in outline order", () => {
    const { report, provenance } = composeReport([bhxh, center], OPTIONS);
    expect(report.unit).toEqual(PROVINCE);
    expect(report.sections.map((s) => s.id)).toEqual(["3", "4"]);
    expect(report.sections[0]?.items[0]?.paragraphs).toEqual(["Tiếp nhận 12.000 hồ sơ."]);
    expect(report.values).toEqual({ "t.nhan": 12_000, "t.tien": 5_000_000 });
    expect(provenance["t.tien"]).toEqual([{ unit: "bhxh_tinh", unitName: "Bảo hiểm xã hội tỉnh", value: 5_000_000 }]);
  });

  it("lists every part nobody sent with the agency that owes it", () => {
    const { missing, issues } = composeReport([center, bhxh], OPTIONS);
    const owed = (item: string) => missing.filter((m) => m.item === item).map((m) => m.agency).sort();
    // 4.1 is led by BHXH tỉnh, Sở Y tế and Sở GD&ĐT: the latter two have not sent it.
    expect(owed("4.1")).toEqual(["so_gd_dt", "so_y_te"]);
    // 3.1 is the public-service centre's, which sent it; 1.2 is Công an tỉnh's.
    expect(owed("3.1")).toEqual([]);
    expect(owed("1.2")).toEqual(["cong_an_tinh"]);
    const yTe = missing.find((m) => m.item === "4.1" && m.agency === "so_y_te");
    expect(yTe?.agencyName).toBe("Sở Y tế");
    const issue = issues.find((i) => i.code === "contribution_missing" && i.params.item === "4.1" && i.params.agency === "so_y_te");
    expect(issue?.message).toContain("Sở Y tế chưa gửi phần mục 4.1");
  });

  it("two agencies giving one figure different values is an issue; the lead agency's is kept", () => {
    const other: AgencyContribution = { agency: "so_y_te", values: { "t.tien": 4_900_000 } };
    const { report, issues } = composeReport([bhxh, other], OPTIONS);
    const conflict = issues.find((i) => i.code === "conflicting_figure");
    expect(conflict?.severity).toBe("warning"); // settled: t.tien is led by BHXH tỉnh
    expect(report.values["t.tien"]).toBe(5_000_000);
    expect(conflict?.message).toContain("Bảo hiểm xã hội tỉnh ghi 5.000.000");
    expect(conflict?.message).toContain("Sở Y tế ghi 4.900.000");
  });

  it("without a lead to settle it, a conflict is an error and the figure is left out", () => {
    const a: AgencyContribution = { agency: "so_y_te", values: { "t.nhan": 10 } };
    const b: AgencyContribution = { agency: "so_gd_dt", values: { "t.nhan": 11 } };
    const { report, issues } = composeReport([a, b], OPTIONS);
    expect(report.values["t.nhan"]).toBeUndefined();
    expect(issues.find((i) => i.code === "conflicting_figure")?.severity).toBe("error");
    // Equal values agree.
    expect(composeReport([a, { ...b, values: { "t.nhan": 10 } }], OPTIONS).issues.some((i) => i.code === "conflicting_figure")).toBe(false);
  });

  it("starts from a base report (the communes' rollup) and rejects parts for another unit or period", () => {
    const base = rollup([communeReport("00001", { "t.nhan": 7 })], { ...OPTIONS }).report;
    const { report, issues } = composeReport(
      [{ ...center, values: {} }, { agency: "so_y_te", unit: "40" }, { agency: "so_gd_dt", period: "202604" }],
      { ...OPTIONS, base },
    );
    expect(report.values["t.nhan"]).toBe(7);
    expect(issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual(["contribution_wrong_unit", "contribution_wrong_period"]);
  });

  it("at the national level the provinces' departments are owed by their ministries", () => {
    const { missing } = composeReport([], { ...OPTIONS, unit: { code: "VN", name: "Toàn quốc", level: "bo" } });
    expect(missing.filter((m) => m.item === "4.1").map((m) => m.agency).sort()).toEqual(["bhxh_vn", "bo_gd_dt", "bo_y_te"]);
  });
});

describe("gatherProse", () => {
  const a = communeReport("00002", {}, {
    sections: [{ id: "3", paragraphs: [], items: [], assessment: { limitations: [{ text: "Đường truyền chưa ổn định.", responsible: "VNPT" }], focusTasks: ["Số hóa hồ sơ."] } }],
    assessment: { strengths: [], limitations: [{ text: "Thiếu  nhân lực. " }], causes: [], solutions: [], lessons: [] },
    recommendations: { government: ["Bố trí kinh phí."], ministries: [], other: [] },
    nextTasks: ["Rà soát dữ liệu dân cư."],
  });
  const b = communeReport("00001", {}, {
    sections: [{ id: "3", paragraphs: [], items: [], assessment: { limitations: [{ text: "Đường truyền chưa ổn định.", responsible: "VNPT" }], focusTasks: [] } }],
    assessment: { strengths: [], limitations: [{ text: "Thiếu nhân lực." }], causes: [], solutions: [], lessons: [] },
    nextTasks: ["Tuyên truyền VNeID."],
  });

  it("keeps each sentence once with every unit that wrote it, per section", () => {
    const prose = gatherProse([a, b]);
    expect(prose.sections["3"]?.limitations).toEqual([
      {
        text: "Đường truyền chưa ổn định.",
        responsible: "VNPT",
        sources: [
          { unit: "00001", unitName: "Xã 00001" },
          { unit: "00002", unitName: "Xã 00002" },
        ],
      },
    ]);
    expect(prose.sections["3"]?.focusTasks).toEqual([{ text: "Số hóa hồ sơ.", sources: [{ unit: "00002", unitName: "Xã 00002" }] }]);
    // Whitespace folded: "Thiếu  nhân lực. " and "Thiếu nhân lực." are one sentence.
    expect(prose.limitations).toEqual([
      { text: "Thiếu nhân lực.", sources: [{ unit: "00001", unitName: "Xã 00001" }, { unit: "00002", unitName: "Xã 00002" }] },
    ]);
    expect(prose.recommendations.government[0]?.sources).toEqual([{ unit: "00002", unitName: "Xã 00002" }]);
    expect(prose.nextTasks.map((t) => [t.text, t.sources[0]?.unit])).toEqual([
      ["Tuyên truyền VNeID.", "00001"],
      ["Rà soát dữ liệu dân cư.", "00002"],
    ]);
    // Order of arrival does not matter.
    expect(gatherProse([b, a])).toEqual(prose);
  });

  it("becomes editable report parts, and rollup can write them into the parent", () => {
    const parts = proseToReportParts(gatherProse([a, b]));
    expect(parts.sections[0]?.assessment?.limitations).toEqual([{ text: "Đường truyền chưa ổn định.", responsible: "VNPT" }]);
    expect(parts.nextTasks).toHaveLength(2);
    const withProse = rollup([a, b], { unit: PROVINCE, period: "202605", catalog: TEST_CATALOG, withProse: true });
    expect(withProse.report.assessment.limitations).toEqual([{ text: "Thiếu nhân lực." }]);
    const without = rollup([a, b], { unit: PROVINCE, period: "202605", catalog: TEST_CATALOG });
    expect(without.report.nextTasks).toEqual([]);
    // Gathered on first read, the same as gathering directly, and plain data when copied.
    expect(Object.keys(without)).toContain("prose");
    expect(structuredClone(without.prose)).toEqual(gatherProse([a, b]));
    expect(without.prose).toBe(without.prose);
    expect(JSON.parse(JSON.stringify(rollup([b, a], { unit: PROVINCE, period: "202605", catalog: TEST_CATALOG }))).prose).toEqual(
      JSON.parse(JSON.stringify(gatherProse([a, b]))),
    );
    expect({ ...without }.prose?.nextTasks).toHaveLength(2);
  });
});
