import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderIndicatorsDoc } from "../../scripts/indicators-doc.js";
import { ELEMENTS, INDICATORS, SCORES, extendCatalog } from "../../src/index.js";

const docPath = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "docs", "indicators.md");

describe("docs/indicators.md", () => {
  it("is current (run `npm run gen:indicators` after changing the catalog)", () => {
    expect(readFileSync(docPath, "utf8")).toBe(renderIndicatorsDoc());
  });

  it("lists every element, indicator and score with id, label, unit, formula, target, aggregation, outline item", () => {
    const doc = renderIndicatorsDoc();
    expect(doc).toContain("| id | label | unit | formula | target | aggregation | outline item |");
    for (const x of [...ELEMENTS, ...INDICATORS, ...SCORES]) expect(doc).toContain(`| \`${x.id}\` | ${x.label} |`);
    expect(doc).toContain("| `tl.dvctt_toan_trinh` | Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình trên tổng số TTHC | % | `tthc.dvctt_toan_trinh` × 100 ÷ `tthc.tong` | ≥ 80% (");
    expect(doc).toContain("| `dat.doi_soat` | Số dữ liệu chủ sử dụng đất đã đối soát với CSDL quốc gia về dân cư | dữ liệu | = `dat.trung_khop` + `dat.sai_lech` + `dat.khong_co_thong_tin` |");
    expect(doc).toMatch(/not\*\* {0,1}\n? *confirmed/);
  });

  it("is deterministic and follows the catalog it is given", () => {
    expect(renderIndicatorsDoc()).toBe(renderIndicatorsDoc());
    const mine = extendCatalog({
      elements: [{ id: "na.diem_wifi", kind: "count", label: "Số điểm wifi | công cộng", unit: "điểm", outlineItem: "6.1", levels: ["tinh"], aggregation: { units: "sum", time: "last" } }],
    });
    expect(renderIndicatorsDoc(mine)).toContain("| `na.diem_wifi` | Số điểm wifi \\| công cộng | điểm |");
  });
});
