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
} from "../../../src/rollup/index.js";
import { headingText, walkBody, type BodyNode, type Report } from "../../../src/schema/index.js";
import { communeReport, part, PROVINCE, TEST_CATALOG } from "../helpers.js";

const OPTIONS: ComposeOptions = { unit: PROVINCE, period: "202605", catalog: TEST_CATALOG };

/** The heading lines of a body with their depth, and the paragraphs under each. */
const outlineOf = (body: readonly BodyNode[]) =>
  [...walkBody(body)].map((v) => `${"  ".repeat(v.depth)}${headingText(v.node)}${v.node.paragraphs.length > 0 ? ` | ${v.node.paragraphs.map((p) => (typeof p === "string" ? p : JSON.stringify(p))).join(" | ")}` : ""}`);
/** The node of a body tagged exactly `tag`. */
const tagged = (report: Report, tag: string) => [...walkBody(report.body)].find((v) => v.node.outline.includes(tag))?.node;

describe("composeReport", () => {
  const center: AgencyContribution = {
    agency: "tt_phvhcc",
    body: [part("1.", "Kết quả giải quyết TTHC", ["3.1"], ["Tiếp nhận 12.000 hồ sơ."])],
    values: { "t.nhan": 12_000 },
  };
  const bhxh: AgencyContribution = {
    agency: "bhxh_tinh",
    body: [part("I.", "CHI TRẢ AN SINH XÃ HỘI", ["4.1"], ["Chi trả qua tài khoản đạt 98,5%."])],
    values: { "t.tien": 5_000_000 },
  };

  it("lays out a generated draft from the outline, each agency's text under the item its part is tagged with", () => {
    const { report, provenance } = composeReport([bhxh, center], OPTIONS);
    expect(report.unit).toEqual(PROVINCE);
    expect(report.origin).toBe("generated");
    expect(report.document.marking).toBe("DỰ THẢO");
    expect(report.presentation.figuresTable).toBe(true);
    expect(outlineOf(report.body).slice(0, 12)).toEqual([
      "I. KẾT QUẢ CÁC MẶT CÔNG TÁC",
      "  1. Công tác tham mưu, chỉ đạo triển khai",
      "  2. Về hoàn thiện thể chế",
      "  3. Về cải cách thủ tục hành chính",
      "    3.1. Kết quả thực hiện | Tiếp nhận 12.000 hồ sơ.",
      "  4. Về phát triển kinh tế - xã hội",
      "    4.1. Triển khai các giải pháp thanh toán không dùng tiền mặt | Chi trả qua tài khoản đạt 98,5%.",
      "  5. Về phát triển công dân số",
      "  6. Về kết nối, chia sẻ, tạo lập dữ liệu",
      "  7. Về nguồn lực",
      "  8. Về triển khai các mô hình điểm của Đề án 06",
      "II. NHẬN XÉT, ĐÁNH GIÁ",
    ]);
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

  it("keeps an agency's untagged sub-headings and numbered paragraphs as text, renumbers footnotes, and reports untagged parts", () => {
    const yTe: AgencyContribution = {
      agency: "so_y_te",
      body: [
        part("1.", "Tiện ích số ngành y tế", ["5.1"], [], [
          part("a)", "Sổ sức khỏe điện tử", [], [{ runs: [{ text: "Đã tích hợp 1,2 triệu sổ" }, { footnote: "1" }, { text: "." }] }]),
          part("b)", undefined, [], ["Giấy chuyển tuyến điện tử đã triển khai tại 40 cơ sở."]),
        ]),
        part("2.", "Ghi chú riêng của Sở", [], ["Không thuộc mục nào của đề cương."]),
      ],
      footnotes: [{ id: "1", paragraphs: ["Số liệu đến ngày 14/5/2026."] }],
    };
    const gd: AgencyContribution = {
      agency: "so_gd_dt",
      body: [part("1.", "Học bạ số", ["5.1"], [{ runs: [{ text: "Cấp 300.000 học bạ số" }, { footnote: "1" }] }])],
      footnotes: [{ id: "1", paragraphs: ["Theo Cơ sở dữ liệu ngành giáo dục."] }],
    };
    const { report, issues } = composeReport([yTe, gd], OPTIONS);
    const item = tagged(report, "5.1")!;
    expect(item.paragraphs).toEqual([
      "a) Sổ sức khỏe điện tử",
      { runs: [{ text: "Đã tích hợp 1,2 triệu sổ" }, { footnote: "f2" }, { text: "." }] },
      "b) Giấy chuyển tuyến điện tử đã triển khai tại 40 cơ sở.",
      { runs: [{ text: "Cấp 300.000 học bạ số" }, { footnote: "f1" }] },
    ]);
    expect(report.footnotes).toEqual([
      { id: "f1", paragraphs: ["Theo Cơ sở dữ liệu ngành giáo dục."] },
      { id: "f2", paragraphs: ["Số liệu đến ngày 14/5/2026."] },
    ]);
    const untagged = issues.filter((i) => i.code === "contribution_untagged");
    expect(untagged.map((i) => [i.severity, i.path.join(".")])).toEqual([["warning", "contributions.so_y_te.body.1"]]);
    expect(untagged[0]?.message).toBe(
      "Phần “2. Ghi chú riêng của Sở” của Sở Y tế không gắn mục đề cương nào: chưa đưa vào bản tổng hợp (gắn outline cho phần này để đưa vào đúng mục).",
    );
  });

  it("an agency's own report counts as its contribution; assessments, recommendations and tasks go to their parts, each sentence once", () => {
    const own = communeReport("24", {}, {
      unit: { code: "24", name: "Tỉnh Bắc Ninh", level: "tinh" },
      agency: { code: "so_y_te", name: "Sở Y tế" },
      body: [
        part("I.", "HẠN CHẾ", ["assessment.limitations"], ["Thiếu thiết bị."]),
        part("II.", "KIẾN NGHỊ", ["recommendations.ministries"], ["Đề nghị Bộ Y tế hướng dẫn."]),
        part("III.", "NHIỆM VỤ", ["nextTasks"], ["Mở rộng sổ sức khỏe điện tử."]),
      ],
    });
    const also: AgencyContribution = { agency: "so_gd_dt", body: [part("1.", "Hạn chế", ["assessment.limitations"], ["Thiếu thiết bị."])] };
    const { report } = composeReport([own, also], OPTIONS);
    expect(tagged(report, "assessment.limitations")?.paragraphs).toEqual(["Thiếu thiết bị."]);
    expect(tagged(report, "recommendations.ministries")?.paragraphs).toEqual(["Đề nghị Bộ Y tế hướng dẫn."]);
    expect(tagged(report, "nextTasks")?.paragraphs).toEqual(["Mở rộng sổ sức khỏe điện tử."]);
  });

  it("at the national level the provinces' departments are owed by their ministries", () => {
    const { missing } = composeReport([], { ...OPTIONS, unit: { code: "VN", name: "Toàn quốc", level: "bo" } });
    expect(missing.filter((m) => m.item === "4.1").map((m) => m.agency).sort()).toEqual(["bhxh_vn", "bo_gd_dt", "bo_y_te"]);
  });
});

describe("gatherProse", () => {
  // Two communes, headed their own way, tagged with the outline parts they answer.
  const a = communeReport("00002", {}, {
    body: [
      part("I.", "KẾT QUẢ", [], [], [
        part("1.", "Cải cách TTHC", ["3"], ["Tiếp nhận 976 hồ sơ."], [
          part("-", "Hạn chế", ["assessment.limitations"], ["- Đường truyền chưa ổn định."]),
          part("-", "Nhiệm vụ", ["nextTasks"], ["Số hóa hồ sơ."]),
        ]),
      ]),
      part("II.", "TỒN TẠI", ["assessment.limitations"], ["Thiếu  nhân lực. "]),
      part("III.", "KIẾN NGHỊ", ["recommendations"], [], [part("1.", "Với Chính phủ", ["recommendations.government"], ["Bố trí kinh phí."])]),
      part("IV.", "PHƯƠNG HƯỚNG", ["nextTasks"], ["Rà soát dữ liệu dân cư."]),
    ],
  });
  const b = communeReport("00001", {}, {
    body: [
      part("1.", "Thủ tục hành chính", ["3.1"], [], [part("a)", "Tồn tại", ["assessment.limitations"], [{ runs: [{ text: "Đường truyền chưa ổn định.", bold: true }] }])]),
      part("2.", "Hạn chế chung", ["assessment.limitations"], ["Thiếu nhân lực."]),
      part("3.", "Kiến nghị", ["recommendations"], ["Đề nghị tỉnh hỗ trợ thiết bị."]),
      part("4.", "Nhiệm vụ", ["nextTasks"], ["Tuyên truyền VNeID."]),
    ],
  });

  it("keeps each sentence once with every unit that wrote it, by the outline tags of its part", () => {
    const prose = gatherProse([a, b]);
    // Under section 3 (tagged "3" or "3.1"): the limitation both wrote, bullet and emphasis aside.
    expect(prose.sections["3"]?.limitations).toEqual([
      {
        text: "Đường truyền chưa ổn định.",
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
    expect(prose.recommendations.government).toEqual([{ text: "Bố trí kinh phí.", sources: [{ unit: "00002", unitName: "Xã 00002" }] }]);
    // Addressed to no one in particular: the "other" recommendations.
    expect(prose.recommendations.other.map((t) => t.text)).toEqual(["Đề nghị tỉnh hỗ trợ thiết bị."]);
    expect(prose.nextTasks.map((t) => [t.text, t.sources[0]?.unit])).toEqual([
      ["Tuyên truyền VNeID.", "00001"],
      ["Rà soát dữ liệu dân cư.", "00002"],
    ]);
    // Order of arrival does not matter.
    expect(gatherProse([b, a])).toEqual(prose);
  });

  it("gathers nothing from parts without assessment, recommendation or task tags", () => {
    expect(gatherProse([communeReport("00003", {}, { body: [part("1.", "Kết quả", ["3"], ["Tiếp nhận 976 hồ sơ."])] })])).toEqual({
      sections: {},
      limitations: [],
      recommendations: { government: [], ministries: [], other: [] },
      nextTasks: [],
    });
  });

  it("becomes the body of a generated draft, and rollup can write it into the parent", () => {
    const parts = proseToReportParts(gatherProse([a, b]));
    expect(outlineOf(parts.body)).toEqual([
      "I. KẾT QUẢ CÁC MẶT CÔNG TÁC",
      "  3. Về cải cách thủ tục hành chính",
      "    3.2. Nhận xét, đánh giá",
      "      a) Tồn tại, hạn chế | - Đường truyền chưa ổn định.",
      "      b) Nhiệm vụ trọng tâm thời gian tới | - Số hóa hồ sơ.",
      "II. NHẬN XÉT, ĐÁNH GIÁ",
      "  1. Hạn chế, khó khăn, vướng mắc | Thiếu nhân lực.",
      "III. KIẾN NGHỊ, ĐỀ XUẤT",
      "  1. Với Chính phủ, Thủ tướng Chính phủ | Bố trí kinh phí.",
      "  2. Kiến nghị khác | Đề nghị tỉnh hỗ trợ thiết bị.",
      "IV. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI | Tuyên truyền VNeID. | Rà soát dữ liệu dân cư.",
    ]);
    const withProse = rollup([a, b], { unit: PROVINCE, period: "202605", catalog: TEST_CATALOG, withProse: true });
    expect(withProse.report.origin).toBe("generated");
    // The overall limitations (part II), not section 3's own "a) Tồn tại, hạn chế" met first.
    expect([...walkBody(withProse.report.body)].find((v) => v.node.id === "assessment.limitations")?.node.paragraphs).toEqual(["Thiếu nhân lực."]);
    // The draft's skeleton: every section expected at the level, every part, empty or not.
    expect(withProse.report.body.map((n) => n.numbering)).toEqual(["I.", "II.", "III.", "IV."]);
    expect(withProse.report.body[0]?.children.map((n) => n.outline[0])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    const without = rollup([a, b], { unit: PROVINCE, period: "202605", catalog: TEST_CATALOG });
    expect(tagged(without.report, "nextTasks")?.paragraphs).toEqual([]);
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
