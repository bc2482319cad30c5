import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeFigures } from "../../src/render/index.js";
import { indicatorCatalog } from "../../src/indicators/index.js";
import { parseReport, SECTION_IDS, type Report } from "../../src/schema/index.js";
import { loadFixture, loadReport } from "../fixtures/index.js";

function commune(change: (r: Record<string, any>) => void): Report {
  const raw = loadFixture("004-dong-cuu-2026-05") as Record<string, any>;
  change(raw);
  return parseReport(raw);
}

const withLastYear = commune((x) => {
  x.comparisons = { samePeriodLastYear: { period: "202505", values: { "hs.da_giai_quyet": 954, "hs.dung_han": 940 } } };
});

describe("describeFigures", () => {
  it("writes the hồ sơ sentence the reports are written in", () => {
    expect(describeFigures(withLastYear, "3")[0]).toBe(
      "Tổng số hồ sơ tiếp nhận 976 hồ sơ; đã giải quyết 959 hồ sơ, trả đúng và trước hạn 956/959 hồ sơ, đạt tỷ lệ 99,7%, tăng 1,2 điểm phần trăm so với cùng kỳ năm 2025.",
    );
  });

  it("writes stated rates, targets and qualifiers as stated", () => {
    const lines = describeFigures(loadReport("004-dong-cuu-2026-05"), "3");
    expect(lines).toContain("Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình trên tổng số TTHC đạt 100% (mục tiêu ≥ 80%: đạt).");
    expect(lines).toContain("Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 99,1%.");
    const section5 = describeFigures(loadReport("004-dong-cuu-2026-05"), "5");
    expect(section5).toContain(
      "Số lượt người dân được hỗ trợ kỹ năng số, cài đặt và sử dụng VNeID, DVC trực tuyến: hơn 1.200 lượt.",
    );
  });

  it("compares with the previous period when there is no same period last year", () => {
    const lines = describeFigures(loadReport("003-nghe-an-2026-02"), "4");
    expect(lines).toContain(
      "Số lượt tra cứu bằng căn cước phục vụ khám, chữa bệnh BHYT (lũy kế): 11.907.240 lượt, tăng 453.684 lượt so với tháng 01/2026.",
    );
  });

  it("says when a figure is estimated", () => {
    const r = commune((x) => {
      x.flags = { "hs.tiep_nhan": "estimated" };
    });
    expect(describeFigures(r, "3")[0]).toMatch(/^Tổng số hồ sơ tiếp nhận 976 hồ sơ \(ước tính\); /);
  });

  it("writes nothing for a section without figures", () => {
    expect(describeFigures(loadReport("004-dong-cuu-2026-05"), "8")).toEqual([]);
    expect(describeFigures(loadReport("004-dong-cuu-2026-05"), "9")).toEqual([]);
  });

  it("uses the caller's catalog", () => {
    const catalog = { ...indicatorCatalog, indicators: [] };
    expect(describeFigures(withLastYear, "3", { catalog })[0]).toBe("Tổng số hồ sơ tiếp nhận 976 hồ sơ; đã giải quyết 959 hồ sơ, trả đúng và trước hạn 956 hồ sơ.");
  });

  it("ends every sentence with a full stop and never throws (property)", () => {
    const ids = indicatorCatalog.elements.map((e) => e.id);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ids), fc.nat({ max: 1e9 }), { maxKeys: 30 }), (values) => {
        const r = commune((x) => {
          x.values = values;
          x.stated = {};
        });
        for (const s of SECTION_IDS) for (const line of describeFigures(r, s)) expect(line).toMatch(/[^\s.]\.$/u);
      }),
      { numRuns: 60 },
    );
  });
});
